"""The crontab line and the systemd units of docs/operations.md work as written."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT

OPERATIONS = (ROOT / "docs" / "operations.md").read_text(encoding="utf-8")
UNITS = sorted((ROOT / "deploy" / "systemd").iterdir())


def installed(text: str) -> str:
    """A unit or command with the documented install paths replaced by this checkout's."""
    return (text.replace("/opt/confwatch/.venv/bin/confwatch", str(Path(sys.executable).with_name("confwatch")))
            .replace("/opt/confwatch", str(ROOT)))


def test_the_docs_show_each_unit_file_as_it_is():
    assert [u.name for u in UNITS] == ["confwatch-schedule.service", "confwatch.service", "confwatch.timer"]
    for unit in UNITS:
        assert unit.read_text(encoding="utf-8").strip() in OPERATIONS, f"{unit.name} differs from the docs"


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
def test_systemd_units_pass_systemd_analyze_verify(tmp_path):
    for unit in UNITS:
        (tmp_path / unit.name).write_text(installed(unit.read_text(encoding="utf-8")), encoding="utf-8")
    result = subprocess.run(["systemd-analyze", "verify", *sorted(map(str, tmp_path.iterdir()))],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "confwatch" not in result.stderr, result.stderr


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
def test_the_timer_fires_at_six_in_shanghai():
    calendar = next(line.split("=", 1)[1] for line in (ROOT / "deploy" / "systemd" / "confwatch.timer")
                    .read_text().splitlines() if line.startswith("OnCalendar="))
    result = subprocess.run(["systemd-analyze", "calendar", calendar], capture_output=True, text=True, timeout=60,
                            env={"TZ": "UTC", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert "22:00:00 UTC" in result.stdout  # 06:00 in Shanghai (UTC+8) is 22:00 UTC the day before
