"""A disk cache for what is slow to build from ``lexicons/`` and always the same for the same
files: the loaded lexicon of a language and its compiled phrase index.

An entry is keyed by a hash of everything it is built from: the content of every lexicon
file (bundled and extra directories), the source of the modules that build it, and the
versions of Python and spaCy. An edited phrase, a new rule file or an upgrade gives a new
key; nothing is ever stale. Entries not used lately are removed: of each kind, the
``KEEP`` most recently used stay (one per language and set of extra lexicon directories).

Where: ``$CLAIMAUDIT_CACHE_DIR``, else ``$XDG_CACHE_HOME/claimaudit``, else
``~/.cache/claimaudit``. ``CLAIMAUDIT_CACHE_DIR=off`` turns the cache off. A cache that
cannot be read or written is skipped without a word: it only ever saves time.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import spacy

from analyzer.startup import long_lived

T = TypeVar("T")
FORMAT = "1"
KEEP = 6  # entries of one kind kept; older ones are removed when a new one is written
_BUILDERS = ("cache.py", "datafile.py", "disclosures.py", "evidence.py", "knowledge.py", "lexicon.py", "model.py", "nlp.py",
             "patterns.py", "phrases.py", "rules.py")


def cache_dir() -> Path | None:
    chosen = os.environ.get("CLAIMAUDIT_CACHE_DIR")
    if chosen is not None:
        return None if chosen.strip().lower() in ("", "off", "0", "none") else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "claimaudit"


def content_key(kind: str, roots: Iterable[Path], *extra: str) -> str:
    """A hash of ``kind``, ``extra``, every ``*.yml`` under ``roots`` (absolute path and
    bytes), the modules that build cached things, and the Python and spaCy versions."""
    digest = hashlib.sha256()
    for part in (FORMAT, kind, *extra, _sources_digest(tuple(str(root) for root in roots))):
        digest.update(part.encode("utf-8") + b"\0")
    return digest.hexdigest()[:32]


@lru_cache(maxsize=16)
def _sources_digest(roots: tuple[str, ...]) -> str:
    """Hash of the lexicon files under ``roots``, the building modules and the versions (read
    once per process: the files do not change under a running audit)."""
    digest = hashlib.sha256()
    for part in (sys.version, spacy.__version__):
        digest.update(part.encode("utf-8") + b"\0")
    here = Path(__file__).resolve().parent
    for name in _BUILDERS:
        digest.update((here / name).read_bytes())
    for root in roots:  # absolute paths too: loaded rules name their file in messages
        for path in sorted(Path(root).resolve().rglob("*.yml")):
            digest.update(str(path).encode("utf-8") + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()


def cached(kind: str, key: str, build: Callable[[], T]) -> T:
    """``build()``, or its result from an earlier run with the same key."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{kind}-{key}.pickle"
    try:
        with path.open("rb") as handle, long_lived():  # hundreds of thousands of tuples
            value = pickle.load(handle)
    except Exception:  # missing, unreadable, truncated or from another version: build afresh
        pass
    else:
        try:
            os.utime(path)  # recently used: kept when older entries are pruned
        except OSError:  # a read-only cache is still a cache
            pass
        return value
    value = build()
    temporary = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=f".{kind}-", delete=False) as handle:
            temporary = handle.name
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)  # atomic: a parallel run reads a whole file or none
        prune(folder, kind)
    except Exception:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
    return value


def prune(folder: Path, kind: str, keep: int = KEEP) -> None:
    """Remove all but the ``keep`` most recently used entries of ``kind`` in ``folder``."""
    entries = []
    for path in folder.glob(f"{kind}-*.pickle"):
        try:
            entries.append((path.stat().st_mtime, path))
        except OSError:  # removed by a parallel run
            pass
    for _, path in sorted(entries, reverse=True)[keep:]:
        path.unlink(missing_ok=True)
