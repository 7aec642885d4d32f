"""'Stel uw vraag': a resident's contact request becomes a zaak at their municipality."""
