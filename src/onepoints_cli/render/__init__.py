"""Everything that knows about the terminal: tables, cards, messages and JSON (rich only draws bundle's progress bar)."""
