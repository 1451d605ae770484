"""onepoints: track OneStream OnePoints against each certification's expiry."""

# A literal rather than importlib.metadata: reading package metadata costs
# several milliseconds on every start, and `--version` must feel instant.
__version__ = "0.1.0"
