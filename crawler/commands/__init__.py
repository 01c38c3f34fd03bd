"""Scrapy commands of the confwatch project (COMMANDS_MODULE)."""
