"""The built-in providers: knowledge entities and departments, content, directory."""
