"""The one error the parser raises for input it cannot turn into an article."""


class ParseError(ValueError):
    """Raised with a Chinese message an editor can act on.

    Import batches catch it per file and go on, so the message names what is
    wrong with this file (empty, binary, not a health article) and nothing else.
    """
