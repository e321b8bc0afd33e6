"""Clean what no page or endpoint should see before it reaches them."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, QueryDict


class BlankNulCharacters:
    """Read U+0000 in the path and the query parameters as a space.

    No name, query or filter holds one, but PostgreSQL refuses it in any text
    it is given: every lookup with it would be a server error there (SQLite
    just finds nothing). A space keeps the value's length, so a parameter that
    must not be empty stays valid, and reads as the blank it stands for.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if "\x00" in request.path_info:
            request.path_info = request.path_info.replace("\x00", " ")
            request.path = request.path.replace("\x00", " ")
        query = request.META.get("QUERY_STRING", "")
        if "%00" in query:
            # Decoded, "%00" is U+0000 and nothing else is.
            request.GET = QueryDict(
                query.replace("%00", "%20"), encoding=request.encoding
            )
        return self.get_response(request)
