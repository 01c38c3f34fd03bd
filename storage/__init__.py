"""SQLite storage through sqlite-utils: the only package that writes SQL."""
