"""claimaudit: a static analyzer for health-marketing text."""

__version__ = "0.1.0"
SCHEMA_VERSION = "1.0"

from analyzer.startup import import_spacy  # noqa: E402

import_spacy()  # before any module of ours imports spaCy: see analyzer/startup.py
