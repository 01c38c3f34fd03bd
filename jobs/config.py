"""The configuration as jobs/ use it: read from its file, crontab expressions checked with APScheduler."""
from __future__ import annotations

from zoneinfo import ZoneInfo

from extract.config import (ANY_HOST, CRAWL_DEFAULTS, DIGEST_DEFAULTS, MAIL_DEFAULTS, SCHEDULE_DEFAULTS,
                            SOURCE_TYPES, Config, ConfigError, Event, Source, parse_config as parse_text)
from storage.config import PACKAGED_LABEL, read_config

def load_config(path: str | None = None) -> Config:
    """Load and validate the configuration (--config, ./confwatch.toml or the packaged default); raise
    ConfigError naming file, key and problem."""
    return read_config(path, cron_trigger)


def parse_config(text: str, label: str = "<config>") -> Config:
    """Parse configuration text, crontab expressions included; raise ConfigError naming label, key and problem."""
    return parse_text(text, label, cron_trigger)


__all__ = ["ANY_HOST", "CRAWL_DEFAULTS", "DIGEST_DEFAULTS", "MAIL_DEFAULTS", "PACKAGED_LABEL", "SCHEDULE_DEFAULTS",
           "SOURCE_TYPES", "Config", "ConfigError", "Event", "Source", "cron_trigger", "crontab_weekdays", "load_config",
           "parse_config"]

WEEKDAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")


def crontab_weekdays(field: str) -> str:
    """A crontab day-of-week field (0 or 7 = Sunday, names, ranges, lists, steps) as a list of day names.
    APScheduler 3 numbers the days from Monday = 0, so numbers are never handed to it."""
    if field in ("*", "?"):
        return "*"
    days: set[int] = set()
    for item in field.lower().split(","):
        part, _, step = item.partition("/")
        if part == "*":
            low, high = 0, 6
        else:
            first, _, last = part.partition("-")
            low, high = _weekday(first), _weekday(last) if last else None
            if high is None:
                high = 6 if step else low
            elif high == 0 and last.strip() == "7":
                high = 7
        if not step.isdigit() and step:
            raise ValueError(f"weekday step {step!r} is not a number")
        if high < low:
            raise ValueError(f"weekday range {part!r} runs backwards")
        days.update(d % 7 for d in range(low, high + 1, int(step or 1)))
    return ",".join(WEEKDAYS[d] for d in sorted(days))


def _weekday(token: str) -> int:
    token = token.strip()
    if token.isdigit() and int(token) <= 7:
        return int(token) % 7
    if token[:3] in WEEKDAYS:
        return WEEKDAYS.index(token[:3])
    raise ValueError(f"{token!r} is not a weekday (0-7 or sun-sat)")


def cron_trigger(expr: str, timezone: str):
    """An APScheduler cron trigger from a five-field crontab expression, weekdays read as crontab reads them;
    ValueError names the problem."""
    from apscheduler.triggers.cron import CronTrigger

    fields = expr.split()
    if len(fields) != 5:
        raise ValueError(f"expected 5 fields, found {len(fields)}")
    return CronTrigger.from_crontab(" ".join([*fields[:4], crontab_weekdays(fields[4])]), timezone=ZoneInfo(timezone))

