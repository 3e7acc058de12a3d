"""Import spaCy quickly: without its command line, and without the garbage collector.

A clinic's CI runs claimaudit once per changed file, so start-up counts. Importing spaCy is
most of it, and two parts of that are not needed:

* ``spacy/__init__.py`` runs ``from .cli.info import info`` for the ``spacy.info()`` helper.
  That one line loads the whole of ``spacy.cli``: weasel, requests, httpx, the project
  commands. On this project's machines it is about 0.4 s of a 1.9 s start-up, for code that
  claimaudit never calls.
* The cyclic garbage collector walks every object made so far, again and again, while
  thousands of modules and classes are made; nothing made by an import is garbage.
  ``long_lived`` turns it off meanwhile, then moves what was made to the collector's permanent
  generation (``gc.freeze``), so that later collections do not walk it either. The same is
  done when the lexicon caches are unpickled (analyzer/cache.py). The price: a reference
  cycle made before that point, in a program that imports claimaudit, is never collected.

``import_spacy`` imports spaCy with a placeholder for ``spacy.cli.info`` whose
``info`` loads the real one on first call, then takes the placeholders out of
``sys.modules`` again, so a later ``import spacy.cli`` (``python -m spacy``, a test) loads
the real package as usual. Nothing else in spaCy imports ``spacy.cli``. The collector is
paused meanwhile (``long_lived``). If spaCy was imported before claimaudit, nothing happens.
"""

from __future__ import annotations

import gc
import importlib.util
import sys
import types
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PLACEHOLDERS = ("spacy.cli", "spacy.cli.info")


@contextmanager
def long_lived() -> Iterator[None]:
    """Make objects that live as long as the process: the collector is off meanwhile, and
    what was made is frozen afterwards (see the module's docstring)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if collecting:
            gc.enable()


def _info(*args, **kwargs):
    """``spacy.info``, loading spaCy's command line on first call."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def import_spacy() -> None:
    if "spacy" in sys.modules:
        return
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return
    package = types.ModuleType("spacy.cli")
    package.__path__ = [str(Path(next(iter(spec.submodule_search_locations))) / "cli")]
    info_module = types.ModuleType("spacy.cli.info")
    info_module.info = _info
    sys.modules.update({"spacy.cli": package, "spacy.cli.info": info_module})
    try:
        with long_lived():
            import spacy  # noqa: F401
    finally:
        for name in PLACEHOLDERS:
            if sys.modules.get(name) in (package, info_module):
                del sys.modules[name]
