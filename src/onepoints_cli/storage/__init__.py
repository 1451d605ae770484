"""The only code that reads or writes the ledger and config files."""
