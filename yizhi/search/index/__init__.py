"""The full-text index over everything a person can search for.

Providers (one per kind of item) turn models into `IndexDocument` values; the
store analyses them once, with the project's segmenter, and keeps them in one
tantivy index. Nothing here decides what ranks first: that is `search.ranking`.
"""
