"""spaCy components and glue: parsing, quotes."""
