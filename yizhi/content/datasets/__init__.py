"""Importers of public datasets into content: doctor–patient Q&A."""
