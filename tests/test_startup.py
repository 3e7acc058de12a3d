"""Start-up: a single-file audit loads neither spaCy's command line nor the report libraries,
and spaCy stays whole for code that does want its command line."""

from __future__ import annotations

import json
import subprocess
import sys


def run_python(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout


def test_the_cli_module_loads_without_spacys_command_line_or_report_libraries():
    loaded = json.loads(run_python(
        "import sys, analyzer.cli\n"
        "print(__import__('json').dumps([m for m in ('spacy.cli', 'weasel', 'requests', 'httpx', 'jinja2', 'rich')"
        " if m in sys.modules]))"))
    assert loaded == []


def test_spacy_command_line_and_info_still_work_after_claimaudit_is_imported():
    out = json.loads(run_python(
        "import json, analyzer, spacy, spacy.cli\n"
        "info = spacy.info()\n"
        "print(json.dumps({'setup_cli': callable(spacy.cli.setup_cli), 'version': info['spacy_version']}))"))
    import spacy

    assert out == {"setup_cli": True, "version": spacy.__version__}


def test_a_single_file_audit_runs_with_the_lazy_imports(tmp_path):
    ad = tmp_path / "ad.txt"
    ad.write_text("Our exosome drip cures cancer.\n", encoding="utf-8")
    html = tmp_path / "ad.html"
    result = subprocess.run([sys.executable, "-m", "analyzer.cli", "audit", str(ad), "--format", "html", "-o", str(html)], check=False,
                            capture_output=True, text=True)
    assert result.returncode == 1, result.stderr
    assert "cures cancer" in html.read_text(encoding="utf-8")
