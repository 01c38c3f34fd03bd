"""Look at a digest as a reader does: headless Chromium renders it at desktop and phone widths.

`python -m jobs.screenshots DIGEST.html OUT_DIR` writes OUT_DIR/desktop-first-screen.png (1280 x 1000),
desktop-full.png and phone-full.png (390 px wide, every <details> closed as on arrival), and prints the measured
page heights, whether the page scrolls sideways on the phone, and where each event's summary block ends.
Needs Debian's `chromium` (or Google Chrome) on PATH.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

WIDTHS = {"desktop": 1280, "phone": 390}
FIRST_SCREEN = 1000
_MEASURE = """<script>
window.addEventListener('load', () => {
  const boxes = [...document.querySelectorAll('.overview .box')].map(b => Math.round(b.getBoundingClientRect().bottom));
  document.title = 'MEASURE' + JSON.stringify({height: document.documentElement.scrollHeight,
    width: document.documentElement.scrollWidth, viewport: window.innerWidth, boxes: boxes});
});
</script>"""


class NoBrowser(RuntimeError):
    pass


def browser() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    raise NoBrowser("no headless browser found: install Debian's chromium (apt-get install chromium)")


def _chromium(*args: str, timeout: float = 120) -> str:
    cmd = [browser(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--mute-audio",
           "--force-device-scale-factor=1", "--no-first-run", "--disable-extensions", *args]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    return done.stdout


def measure(html: Path, width: int) -> dict:
    """Page height and width at a window width, and the bottom of each event's summary block (px)."""
    text = html.read_text(encoding="utf-8")
    text = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", text, count=1)
    with tempfile.TemporaryDirectory() as tmp:
        probe = Path(tmp) / "probe.html"
        probe.write_text(text.replace("</body>", _MEASURE + "</body>", 1), encoding="utf-8")
        dom = _chromium(f"--window-size={width},{FIRST_SCREEN}", "--virtual-time-budget=5000", "--dump-dom",
                        probe.as_uri())
    found = re.search(r"<title>MEASURE(.*?)</title>", dom, re.S)
    if not found:
        raise RuntimeError(f"could not measure {html} at {width} px")
    return json.loads(found.group(1).replace("&quot;", '"'))


def screenshot(html: Path, out: Path, width: int, height: int) -> None:
    _chromium(f"--window-size={width},{height}", f"--screenshot={out}", html.resolve().as_uri())


def look(html: Path, out_dir: Path) -> dict:
    out_dir.mkdir(parents=True, exist_ok=True)
    report = {}
    for name, width in WIDTHS.items():
        m = measure(html, width)
        screenshot(html, out_dir / f"{name}-full.png", width, m["height"])
        report[name] = m
    screenshot(html, out_dir / "desktop-first-screen.png", WIDTHS["desktop"], FIRST_SCREEN)
    return report


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m jobs.screenshots DIGEST.html OUT_DIR", file=sys.stderr)
        return 2
    html, out_dir = Path(argv[0]), Path(argv[1])
    if not html.is_file():
        print(f"screenshots: {html} is not a file; run `make demo` first", file=sys.stderr)
        return 2
    try:
        report = look(html, out_dir)
    except (NoBrowser, RuntimeError, subprocess.TimeoutExpired) as exc:
        print(f"screenshots: {exc}", file=sys.stderr)
        return 1
    for name, m in report.items():
        sideways = "scrolls sideways" if m["width"] > m["viewport"] else "no sideways scrolling"
        print(f"{name} ({WIDTHS[name]} px): page {m['height']} px tall, {sideways}; summary blocks end at "
              f"{', '.join(str(b) for b in m['boxes']) or '-'} px")
    print(f"screenshots in {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
