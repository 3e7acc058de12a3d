"""Reports people read: HTML (one document, or a batch with an index), SARIF, CSV, Markdown.

``view`` turns a DocumentResult into plain data; ``html`` fills the jinja2 templates of
``reports/`` with it; ``sarif``, ``table`` (CSV) and ``markdown`` write the machine and
pull-request formats; ``progress`` is the terminal progress bar of a batch.
"""

from analyzer.errors import ClaimAuditError


class ReportError(ClaimAuditError):
    """A report cannot be written as asked (e.g. several documents' HTML to one file)."""

    code = "CA320"
