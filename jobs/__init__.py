"""Command line, scheduling and digests."""
