"""Reading evidence: from the text of a certificate, email or invitation to a
proposed activity, each field marked found, guessed, ambiguous or missing.

Pure: storage/documents.py reads the files and hands over their text as a Source.
"""
