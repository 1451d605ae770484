"""Evidence paths as the file system compares them.

Windows compares paths without regard to case and takes / for \\
(`C:\\Docs\\Cert.pdf` is `c:/docs/cert.pdf`); POSIX compares them byte for byte.
The rule is a parameter (storage/path_keys.py passes the running platform's), so
both are tested on any machine. The same rule as os.path.normcase: ntpath's
and posixpath's, which are plain string functions.
"""

from __future__ import annotations

import ntpath
import posixpath


def path_key(path: str, *, windows: bool) -> str:
    """What two paths are compared by: equal keys, the same file name."""
    return ntpath.normcase(path) if windows else posixpath.normcase(path)


def name_key(path: str, *, windows: bool) -> str:
    """The last part of the path, compared the same way."""
    return path_key(ntpath.basename(path) if windows else posixpath.basename(path), windows=windows)
