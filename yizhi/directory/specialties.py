"""Find the knowledge-base diseases a doctor's 擅长 text names.

擅长 is free text (「擅长面肌痉挛、三叉神经痛及帕金森病的诊治」). Linking the
diseases in it lets a disease page list the doctors who treat it. The scan
takes the longest known name at each position, so 偏头痛 is found as itself
and not as 头痛, and names shorter than two characters are never matched
(一个字的病名如「疣」 would light up inside unrelated words).
"""

from __future__ import annotations

from collections.abc import Iterable

from yizhi.knowledge.choices import EntityKind
from yizhi.knowledge.models import Alias, Entity

MIN_LENGTH = 2
# Longer names exist (rare syndromes run past 30 characters), but 擅长 text
# names diseases the way people say them; 20 keeps the scan cheap.
MAX_LENGTH = 20


class SpecialtyMatcher:
    """Disease names and aliases, and a scan of free text for them."""

    def __init__(self, names: dict[str, int]) -> None:
        self.names = {
            name: pk
            for name, pk in names.items()
            if MIN_LENGTH <= len(name) <= MAX_LENGTH
        }
        self.longest = max((len(name) for name in self.names), default=0)

    @classmethod
    def from_database(cls) -> SpecialtyMatcher:
        """Load every disease name, then aliases where no name claims the string."""
        names: dict[str, int] = {}
        diseases = Entity.objects.filter(kind=EntityKind.DISEASE)
        for name, pk in diseases.values_list("name", "pk").order_by("pk"):
            names.setdefault(name, pk)
        aliases = Alias.objects.filter(entity__kind=EntityKind.DISEASE)
        for name, pk in aliases.values_list("name", "entity_id").order_by("pk"):
            names.setdefault(name, pk)
        return cls(names)

    def find(self, text: str) -> list[int]:
        """Return the ids of the diseases named in `text`, in order, each once."""
        return list(dict.fromkeys(pk for _, pk in self.scan(text)))

    def find_names(self, text: str) -> list[str]:
        """Return the names found in `text` as written there, in order, each once."""
        return list(dict.fromkeys(name for name, _ in self.scan(text)))

    def scan(self, text: str) -> list[tuple[str, int]]:
        """Return every (name, id) matched, left to right, longest first."""
        matches: list[tuple[str, int]] = []
        position = 0
        while position < len(text):
            match = self._longest_at(text, position)
            if match is None:
                position += 1
                continue
            matches.append(match)
            position += len(match[0])
        return matches

    def _longest_at(self, text: str, start: int) -> tuple[str, int] | None:
        end = min(len(text), start + self.longest)
        for stop in range(end, start + MIN_LENGTH - 1, -1):
            candidate = text[start:stop]
            if candidate in self.names:
                return candidate, self.names[candidate]
        return None


def matcher_for(names: Iterable[tuple[str, int]]) -> SpecialtyMatcher:
    """Build a matcher from (name, id) pairs; the first pair for a name wins."""
    table: dict[str, int] = {}
    for name, pk in names:
        table.setdefault(name, pk)
    return SpecialtyMatcher(table)
