"""The column order of the generator's tuples, per registry model.

Persons and addresses carry their id (others point at them); residences, nationalities and
relationships get theirs from the database.
"""

from ..models import Address, Person, PersonNationality, Relationship, Residence

PERSON = (
    "id", "a_number", "bsn", "disputed_bsn", "first_names", "noble_title", "name_prefix", "surname",
    "name_usage", "birth_date", "birth_place", "birth_country", "gender", "death_date", "death_place",
    "death_country", "secrecy", "suspension_date", "suspension_reason", "first_registered_on",
)  # fmt: skip
ADDRESS = (
    "id", "nummeraanduiding_id", "adresseerbaar_object_id", "street", "public_space_name", "house_number",
    "house_letter", "house_number_addition", "postcode", "place", "municipality_id", "is_residential",
)  # fmt: skip
RESIDENCE = (
    "municipality_id", "person_id", "address_id", "location_description", "address_function", "valid_from",
    "valid_until", "registered_in_municipality_on", "municipality_code",
)  # fmt: skip
NATIONALITY = ("person_id", "nationality", "special_dutch", "acquired_reason", "ended_reason", "valid_from")
RELATIONSHIP = (
    "person_id", "kind", "parent_number", "related_person_id", "bsn", "a_number", "first_names", "noble_title",
    "name_prefix", "surname", "birth_date", "birth_place", "birth_country", "gender", "valid_from",
    "valid_until", "partnership_type", "start_place", "start_country", "end_place", "end_country", "end_reason",
)  # fmt: skip

# (Rows attribute, model, columns), in an order that satisfies the foreign keys.
TABLES = (
    ("persons", Person, PERSON),
    ("addresses", Address, ADDRESS),
    ("residences", Residence, RESIDENCE),
    ("nationalities", PersonNationality, NATIONALITY),
    ("relationships", Relationship, RELATIONSHIP),
)
