"""Say how each family of name-list predicates is cleaned.

A profile is a family's split pattern, its rewrites in order, the fragment
rules it is checked by and the shape its names may have; `PROFILES` maps
every name-list predicate to its family's profile.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from yizhi.knowledge.normalise.fragments import DEFAULT_SHAPE, RULES_BY_CODE, NameShape
from yizhi.knowledge.normalise.predicates import (
    ALIAS_PREDICATES,
    CODE_PREDICATES,
    DESCRIPTIVE_PREDICATES,
    EXAM_PREDICATES,
    FOREIGN_PREDICATES,
    INGREDIENT_PREDICATES,
    PRODUCT_PREDICATES,
)
from yizhi.knowledge.normalise.single_chars import (
    ELEMENTS,
    KNOWN_SINGLE_CHAR_TERMS,
    SUBSTANCES,
)
from yizhi.knowledge.normalise.splitting import (
    COMMA_SPLIT,
    SEMICOLON_SPLIT,
    SENTENCE_SPLIT,
)
from yizhi.knowledge.normalise.steps import (
    drop_label_notes,
    drop_list_notes,
    extract_generic_name,
    fold_width,
    squash_spaces,
    strip_edges,
    strip_footnote,
    strip_heading,
    strip_numbering,
    strip_trailing_etc,
)
from yizhi.knowledge.normalise.wording import (
    strip_cause_wording,
    strip_ingredient_wording,
    strip_qualifier,
)


@dataclass(frozen=True, slots=True)
class Profile:
    """How the values of one family of name-list predicates are cleaned."""

    split: re.Pattern[str]
    rewrites: tuple[Callable[[str], str], ...]
    rules: tuple[str, ...] = tuple(RULES_BY_CODE)
    shape: NameShape = DEFAULT_SHAPE
    enumerations: bool = True  # split on 、 too
    brackets: bool = True  # split at unmatched brackets


# Other names are only checked for being empty, a placeholder or a sentence:
# 和悦 and 可乐宁 are brands that start like clauses, 999 and 654—2 are brands
# without a letter.
_PROPER_NAME_RULES = ("empty", "no_letters", "lone_char", "placeholder", "sentence")
_PRODUCT_RULES = ("empty", "lone_char", "placeholder", "sentence")

_LEAD_IN = (fold_width, extract_generic_name, drop_label_notes)
_TRIM = (strip_edges, strip_numbering, strip_heading, strip_trailing_etc)
_DESCRIBE = (
    *_LEAD_IN,
    drop_list_notes,
    *_TRIM,
    strip_footnote,
    strip_cause_wording,
    strip_qualifier,
)
PROPER_SHAPE = NameShape(max_length=60, max_glued_length=60, single_chars=frozenset())

PROFILES: dict[str, Profile] = {
    **dict.fromkeys(DESCRIPTIVE_PREDICATES, Profile(SENTENCE_SPLIT, _DESCRIBE)),
    **dict.fromkeys(
        EXAM_PREDICATES,
        Profile(SENTENCE_SPLIT, _DESCRIBE, shape=NameShape(single_chars=frozenset())),
    ),
    **dict.fromkeys(
        INGREDIENT_PREDICATES,
        Profile(
            SENTENCE_SPLIT,
            (*_DESCRIBE, strip_ingredient_wording),
            shape=NameShape(single_chars=frozenset(ELEMENTS + SUBSTANCES)),
        ),
    ),
    **dict.fromkeys(
        ALIAS_PREDICATES,
        Profile(
            COMMA_SPLIT,
            (*_LEAD_IN, drop_list_notes, *_TRIM),
            _PROPER_NAME_RULES,
            NameShape(max_length=40, any_single_cjk=True),
        ),
    ),
    **dict.fromkeys(
        PRODUCT_PREDICATES,
        Profile(
            SEMICOLON_SPLIT,
            (*_LEAD_IN, *_TRIM),
            _PRODUCT_RULES,
            # 毒 is a class of its own in 药品监管分级 (医疗用毒性药品); 痔 a parent.
            NameShape(
                max_length=60,
                max_glued_length=60,
                single_chars=KNOWN_SINGLE_CHAR_TERMS | {"毒"},
            ),
            enumerations=False,
        ),
    ),
    **dict.fromkeys(
        FOREIGN_PREDICATES,
        Profile(
            SEMICOLON_SPLIT,
            (fold_width, squash_spaces, strip_edges),
            ("empty", "no_letters", "lone_char"),
            NameShape(max_length=200, single_chars=frozenset()),
            enumerations=False,
            brackets=False,
        ),
    ),
    **dict.fromkeys(
        CODE_PREDICATES,
        Profile(
            re.compile(r"[，,；;\s]"),
            (fold_width, strip_edges),
            ("empty",),  # CAS numbers have no letter: 103577—45—3
            PROPER_SHAPE,
            brackets=False,
        ),
    ),
}
