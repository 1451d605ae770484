"""Everything that knows about the terminal: rich tables, messages and JSON."""
