"""Ranking: read the query, fetch candidates from the index, score them, say why."""
