"""Notifications through Apprise (Slack, Teams, Telegram, Matrix, ntfy, a webhook ...): the digest's summary
once per digest day and URL, and alerts for figures matching [[alerts]] rules, each at most once per URL.

URLs come from [notify] urls; a secret is written as a ${ENV_VAR} reference and read from the environment when
sending, so it never lands in the configuration, the database or any message. What identifies a URL in the
database and in errors is its redacted form.
"""
from __future__ import annotations

import hashlib
import logging
import os
import re
from contextlib import contextmanager

import apprise

from extract.metrics import metric_names
from jobs.config import Config
from jobs.mail import _alive
from jobs.render import render_alert_markdown, render_summary_markdown
from storage import clock
from storage.notifications import claim, mark_sent, release, sent_at, sent_keys

_ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
MAX_ALERT_LINES = 20


class NotifyError(RuntimeError):
    """A notification could not be sent; the message names the URL without its secrets."""


def _expand(url: str) -> tuple[str, list[str]]:
    """The URL with ${VAR} references replaced from the environment, and the secret values used."""
    secrets = []

    def value(m: re.Match) -> str:
        name = m.group(1)
        if name not in os.environ:
            raise NotifyError(f"notify URL {redact(url)} refers to ${{{name}}}, but that environment variable is "
                              f"not set; export {name}=... before running")
        secrets.append(os.environ[name])
        return os.environ[name]
    return _ENV_REF.sub(value, url), [s for s in secrets if s]


def redact(url: str) -> str:
    """The URL as it may be shown: Apprise's privacy form (passwords and tokens masked) without its options."""
    plugin = apprise.Apprise.instantiate(_ENV_REF.sub("VAR", url), suppress_exceptions=True)
    if plugin:
        return plugin.url(privacy=True).split("?", 1)[0]
    return url.split("://", 1)[0] + "://***"


def url_key(url: str) -> str:
    """How the database names a configured URL: redacted, plus a digest of the whole (references unexpanded)."""
    return f"{redact(url)}#{hashlib.sha256(url.encode()).hexdigest()[:12]}"


class _Collect(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record):
        self.messages.append(record.getMessage())


@contextmanager
def _apprise_log():
    handler, logger = _Collect(), logging.getLogger("apprise")
    logger.addHandler(handler)
    try:
        yield handler.messages
    finally:
        logger.removeHandler(handler)


def send(url: str, title: str, body: str) -> None:
    """Send one Markdown message through one configured URL; raise NotifyError saying why it failed."""
    expanded, secrets = _expand(url)
    notifier = apprise.Apprise()
    if not notifier.add(expanded):
        raise NotifyError(f"notify URL {redact(url)} is not a URL Apprise can send to (see "
                          "https://github.com/caronc/apprise/wiki for the services and their URLs)")
    with _apprise_log() as messages:
        ok = notifier.notify(body=body, title=title, body_format=apprise.NotifyFormat.MARKDOWN)
    if not ok:
        detail = "; ".join(dict.fromkeys(messages)) or "no answer"
        for secret in secrets:
            detail = detail.replace(secret, "***")
        raise NotifyError(f"notification to {redact(url)} failed: {detail[:500]}")


def _send_once(db, key: str, url: str, title: str, body: str) -> str:
    """Send unless (key, url) was sent before or is being sent; 'sent' or what happened instead."""
    ident = url_key(url)
    if not claim(db, key, ident, os.getpid(), alive=_alive):
        return f"already sent on {sent_at(db, key, ident)}"
    try:
        send(url, title, body)
    except NotifyError as exc:
        release(db, key, ident, os.getpid(), str(exc))
        raise
    except BaseException:
        release(db, key, ident, os.getpid(), "interrupted")
        raise
    mark_sent(db, key, ident, clock.now_iso())
    return "sent"


def notify_digest(db, config: Config, data: dict) -> tuple[list[str], list[str]]:
    """Send a written digest's summary through every [notify] URL not yet sent that day; (outcomes, errors)."""
    title, body = render_summary_markdown(data)
    outcomes, errors = [], []
    for url in config.notify["urls"]:
        try:
            outcomes.append(f"{redact(url)}: {_send_once(db, 'digest:' + data['day'], url, title, body)}")
        except NotifyError as exc:
            errors.append(str(exc))
    return outcomes, errors


def check_alerts(db, config: Config, figures: list[dict]) -> tuple[int, list[str]]:
    """Notify every figure matching an [[alerts]] rule through every URL that has not had it for that rule;
    one message per rule and URL. Returns (figures notified, errors)."""
    events, names = {e.id: e.name for e in config.events}, metric_names(config.metrics)
    notified, errors = 0, []
    for rule in config.alerts:
        matching = [f for f in figures if rule.matches(f) and f.get("review") != "rejected"]
        if not matching:
            continue
        for url in config.notify["urls"]:
            ident = url_key(url)
            keys = {f"alert:{rule.name}:{f['id']}": f for f in matching}
            todo = {k: f for k, f in keys.items() if k not in sent_keys(db, ident, list(keys))}
            claimed = [k for k in todo if claim(db, k, ident, os.getpid(), alive=_alive)]
            if not claimed:
                continue
            figs = [todo[k] for k in claimed]
            title, body = render_alert_markdown(rule.name, figs[:MAX_ALERT_LINES], len(figs), events, names)
            try:
                send(url, title, body)
            except Exception as exc:  # noqa: BLE001 - any failure leaves the figures unsent
                for k in claimed:
                    release(db, k, ident, os.getpid(), str(exc))
                errors.append(str(exc) if isinstance(exc, NotifyError) else f"notification to {redact(url)}: {exc}")
                continue
            now = clock.now_iso()
            for k in claimed:
                mark_sent(db, k, ident, now)
            notified += len(claimed)
    return notified, errors
