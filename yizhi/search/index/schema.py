"""The fields of the index and how each document fills them.

`raw` fields hold whole values (keys, kinds, names as typed) for exact term
lookups and filters; `whitespace` fields hold text the project's segmenter has
already cut into words.
"""

from __future__ import annotations

import json

import tantivy

from yizhi.search.index.analysis import (
    MAX_BODY_CHARS,
    analyse,
    exact_form,
    pinyin_forms,
)
from yizhi.search.index.documents import IndexDocument

RAW = "raw"
WORDS = "whitespace"
# Only the canonical name and a few aliases get pinyin forms: pinyin of a long
# English alias or an ICD code helps nobody.
MAX_PINYIN_NAMES = 4
MAX_PINYIN_NAME_LENGTH = 12


def build_schema() -> tantivy.Schema:
    """Return the schema of the search index."""
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("key", stored=True, tokenizer_name=RAW)
    builder.add_text_field("kind", stored=True, tokenizer_name=RAW)
    builder.add_text_field("department", stored=True, tokenizer_name=RAW)
    builder.add_text_field("tag", stored=True, tokenizer_name=RAW)
    builder.add_text_field("link", stored=True, tokenizer_name=RAW)
    builder.add_text_field("name_exact", stored=True, tokenizer_name=RAW)
    builder.add_text_field("pinyin", stored=False, tokenizer_name=RAW)
    builder.add_text_field("initials", stored=False, tokenizer_name=RAW)
    builder.add_text_field("names", stored=False, tokenizer_name=WORDS)
    builder.add_text_field("title_words", stored=False, tokenizer_name=WORDS)
    builder.add_text_field("body", stored=False, tokenizer_name=WORDS)
    # What a hit shows (title, url, snippet) is stored as one JSON value and
    # never indexed.
    builder.add_bytes_field("stored", stored=True, indexed=False)
    builder.add_float_field("prior", stored=False, fast=True)
    return builder.build()


def to_tantivy(document: IndexDocument) -> tantivy.Document:
    """Analyse one document into the fields of the schema."""
    doc = tantivy.Document()
    doc.add_text("key", document.key)
    doc.add_text("kind", document.kind)
    for department in document.departments:
        doc.add_text("department", department)
    for tag in document.tags:
        doc.add_text("tag", tag)
    for link in document.links:
        doc.add_text("link", link)
    names = tuple(dict.fromkeys(filter(None, map(exact_form, document.names))))
    for name in names:
        doc.add_text("name_exact", name)
    for name in names[:MAX_PINYIN_NAMES]:
        if len(name) <= MAX_PINYIN_NAME_LENGTH and not name.isascii():
            spelled, initials = pinyin_forms(name)
            doc.add_text("pinyin", spelled)
            doc.add_text("initials", initials)
    doc.add_text("names", " ".join(word for name in names for word in analyse(name)))
    doc.add_text("title_words", " ".join(analyse(document.title)))
    doc.add_text("body", " ".join(analyse(document.body, limit=MAX_BODY_CHARS)))
    doc.add_bytes("stored", json.dumps(_stored(document), ensure_ascii=False).encode())
    doc.add_float("prior", float(document.prior))
    return doc


def _stored(document: IndexDocument) -> dict:
    return {
        "title": document.title,
        "url": document.url,
        "snippet": document.snippet,
        "names": list(document.names[:8]),
        "is_demo": document.is_demo,
        "prior": document.prior,
    }


def from_stored(fields: dict) -> dict:
    """Return what a hit needs to render, from a stored tantivy document."""
    stored = json.loads(bytes(fields["stored"][0]))
    stored["key"] = fields["key"][0]
    stored["kind"] = fields["kind"][0]
    stored["departments"] = list(fields.get("department", ()))
    stored["tags"] = list(fields.get("tag", ()))
    stored["links"] = list(fields.get("link", ()))
    stored["exact_names"] = list(fields.get("name_exact", ()))
    return stored
