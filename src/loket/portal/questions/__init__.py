"""The life-event question pages, search, and the choice of municipality for visitors."""
