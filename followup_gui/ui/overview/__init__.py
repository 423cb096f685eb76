"""The overview page: the search in pictures."""
