"""One reader per format `onepoints scan` opens: PDF (pypdf), email (the
standard library's email package), invitation (icalendar), Outlook .msg
(olefile), plain text and saved HTML. storage/document_text.py picks one."""
