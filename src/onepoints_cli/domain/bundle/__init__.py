"""The evidence bundle: which activities go in (selection), what the zip holds (members, contents), and the accepted extension cases that use it for good."""
