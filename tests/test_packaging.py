"""The wheel carries lexicons/ and reports/: installed into a fresh venv, it audits a
sample from a directory far from the source tree."""

from __future__ import annotations

import shutil
import site
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLES


@pytest.mark.slow
def test_wheel_installs_into_fresh_venv_and_audits_from_elsewhere(tmp_path):
    wheel_dir = tmp_path / "wheel"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(wheel_dir), str(ROOT)],
                   check=True, capture_output=True)
    wheel = next(wheel_dir.glob("claimaudit-*.whl"))
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    # Dependencies come from this test environment (no network); claimaudit itself only from the wheel.
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             check=True, capture_output=True, text=True).stdout.strip()
    deps = [p for p in {sysconfig.get_paths()["purelib"], *site.getsitepackages()} if Path(p).is_dir()]
    (Path(purelib) / "_deps.pth").write_text("\n".join(deps) + "\n")
    subprocess.run([str(python), "-m", "pip", "install", "--no-deps", "-q", str(wheel)], check=True, capture_output=True)
    workdir = tmp_path / "elsewhere"
    workdir.mkdir()
    shutil.copy(SAMPLES / "ads" / "exosome-drip.md", workdir / "ad.md")
    result = subprocess.run([str(env_dir / "bin" / "claimaudit"), "audit", "ad.md", "--format", "json"],
                            cwd=workdir, capture_output=True, text=True, env={"PATH": "/usr/bin:/bin"})
    assert result.returncode == 1, result.stderr
    assert '"CURE_TREATMENT_CLAIM"' in result.stdout
    located = subprocess.run([str(python), "-c", "from analyzer.resources import data_dir; print(data_dir('lexicons'))"],
                             cwd=workdir, capture_output=True, text=True, check=True,
                             env={"PATH": "/usr/bin:/bin"}).stdout.strip()  # no PYTHONPATH to a source tree
    assert located.startswith(purelib), located
