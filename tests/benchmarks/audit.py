"""Run pip-audit on confwatch's environment and print what it finds. Exit 1 only when an advisory has a fixed
version to upgrade to; advisories without a fix, and an audit that could not reach its advisory database (an
offline machine), are reported and do not fail."""
from __future__ import annotations

import json
import subprocess
import sys


def main() -> int:
    done = subprocess.run([sys.executable, "-m", "pip_audit", "--format", "json", "--progress-spinner", "off",
                           "--timeout", "20", "--skip-editable"], capture_output=True, text=True, timeout=600)
    try:
        report = json.loads(done.stdout)
    except json.JSONDecodeError:
        print(f"audit: pip-audit could not finish (exit {done.returncode}): "
              f"{(done.stderr.strip().splitlines() or ['no output'])[-1]}")
        return 0
    fixable = 0
    for dep in report.get("dependencies", []):
        for vuln in dep.get("vulns", []):
            fixes = vuln.get("fix_versions") or []
            fixable += bool(fixes)
            print(f"audit: {dep['name']} {dep['version']}: {vuln['id']} "
                  + (f"fixed in {', '.join(fixes)}" if fixes else "no fixed release yet"))
    print(f"audit: {len(report.get('dependencies', []))} packages checked, {fixable} advisories with a fix")
    return 1 if fixable else 0


if __name__ == "__main__":
    sys.exit(main())
