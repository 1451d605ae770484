"""Exam attempts: when the next may be taken and a result is due (schedule), and changing the record of attempts (records)."""
