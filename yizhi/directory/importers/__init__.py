"""Importers of directory rows (hospitals, doctors) and the generated demo set."""
