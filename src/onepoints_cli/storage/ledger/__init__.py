"""The ledger on disk: one locked, atomic write saved with its versions (store), the TOML codec and its cache, the history's files, undo and redo (versions), and what a broken hand edit is told."""
