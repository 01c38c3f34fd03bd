"""Pure extraction: pages and text in, records out. No I/O, no clock."""
