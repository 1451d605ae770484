"""Changes to the ledger as pure functions (edits), what counts as the same activity twice, finding a record by id, what changed between two versions, and the ledger as it stood on a day."""
