"""Tests of what the documentation shows: every console transcript, and the shipped examples."""
