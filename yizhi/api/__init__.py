"""The JSON API under /api/v1/: the same knowledge as the pages, for programs.

Built with django-ninja, so the OpenAPI schema (/api/v1/openapi.json, browsed at
/api/docs) is generated from the code that serves the requests.
"""
