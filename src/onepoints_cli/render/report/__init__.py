"""HTML pages: `onepoints report` (one self-contained page to print or hand on) and
the bundle's summary.html (the reviewer's index). Standard library only: html
escapes, f-strings assemble; a template engine would not pay for two pages."""
