"""claimaudit: a static analyzer for health-marketing text."""

__version__ = "0.1.0"
SCHEMA_VERSION = "1.0"
