"""One thin spider per source type."""
