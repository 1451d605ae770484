"""Spreadsheets: activities written as CSV (`export`), and a CSV or JSON file's rows
read back and imported (`import`), all or nothing.

Pure: no clock, no file I/O; app/transfer.py reads and writes the files.
- columns.py: the columns, and the Table every reader makes
- text.py: a file's bytes as text (UTF-8 with or without BOM, UTF-16, Windows-1252)
- csv_table.py / json_table.py: the rows of a CSV (any of Excel's dialects) or of the JSON export
- reading.py: which of the two a file is, by its content
- cells.py: amounts and dates as spreadsheets write them (decimal comma, 04.03.2026)
- export.py: the CSV `export` writes, plain or for Excel on a European locale
- importing.py: the rows checked, then all added or none
"""
