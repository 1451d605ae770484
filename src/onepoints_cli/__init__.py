"""onepoints: track OneStream OnePoints against each certification's expiry."""

# A literal rather than importlib.metadata: reading package metadata on every
# start would slow `--version`, which must feel instant (docs/performance.md).
__version__ = "0.1.0"
