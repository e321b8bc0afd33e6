"""Page views, a module per page family."""
