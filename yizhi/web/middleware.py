"""Clean what no page or endpoint should see before it reaches them."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, QueryDict


class DropNulCharacters:
    """Remove U+0000 from the path and the query parameters.

    No name, query or filter holds one, so it carries no meaning, but
    PostgreSQL refuses it in any text it is given: every lookup with it would
    be a server error there (SQLite just finds nothing). Without it the request
    is answered as if it had never been typed: a page, a 404 or a 422.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if "\x00" in request.path_info:
            request.path_info = request.path_info.replace("\x00", "")
            request.path = request.path.replace("\x00", "")
        query = request.META.get("QUERY_STRING", "")
        if "%00" in query:
            # Decoded, "%00" is U+0000 and nothing else is: drop it before.
            request.GET = QueryDict(query.replace("%00", ""), encoding=request.encoding)
        return self.get_response(request)
