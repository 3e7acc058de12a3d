"""Tests of the report formats (a package, so that its conftest does not shadow tests/conftest.py)."""
