"""The configuration as data: events, sources and settings parsed from TOML text and validated.

Pure: text in, a Config out. Reading the file is storage/config.py's job; checking crontab expressions
needs APScheduler, so the caller passes that check in (jobs/config.py does).
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from typing import Callable
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from extract.metrics import VOCABULARY, Metric
from extract.urls import redact_url

SOURCE_TYPES = ("feed", "sitemap", "listing", "gdelt", "google_news", "bing_news")
SEARCH_TYPES = ("gdelt", "google_news", "bing_news")
ANY_HOST = "*"

# Settings every source may have, and those of one type, with their defaults.
COMMON_SOURCE_KEYS = {"name": "", "type": "", "url": "", "enabled": True, "hosts": [], "max_articles": 100,
                      "username_env": "", "password_env": ""}
TYPE_SOURCE_KEYS = {
    "feed": {"filter": True},
    "sitemap": {"filter": True, "max_sitemaps": 20},
    "listing": {"follow": "", "next": "", "max_pages": 3, "filter": False},
    "gdelt": {"queries": [], "languages": ["english", "chinese"], "backfill_days": 30, "interval": 5.0,
              "backoff": 30.0},
    "google_news": {"queries": [], "language": "en-US", "region": "US"},
    "bing_news": {"queries": [], "market": "en-US"},
}


class ConfigError(ValueError):
    """The configuration is invalid; the message names the file, the key and the problem."""


@dataclass(frozen=True)
class Event:
    id: str
    name: str
    aliases: tuple[str, ...]
    city: str
    month: int
    context: tuple[str, ...] = ()  # words one of which must appear for an abbreviation alias to count
    loose_aliases: tuple[str, ...] = ()  # names other things share: they count only with a context word too
    first_year: int = 0  # the year of the first edition: "the fourth ...", "第七届" name an edition


@dataclass(frozen=True)
class Source:
    name: str
    type: str
    url: str
    enabled: bool = True
    hosts: tuple[str, ...] = ()
    max_articles: int = 100
    options: dict = field(default_factory=dict, hash=False, compare=False)  # the type's own settings
    username_env: str = ""  # environment variables with the credentials sent (Basic auth) to its own host only
    password_env: str = ""

    def option(self, key: str):
        """A type-specific setting, or its default."""
        return self.options.get(key, TYPE_SOURCE_KEYS[self.type][key])

    def allowed_hosts(self) -> tuple[str, ...]:
        """Hosts this source may fetch from: its own host and those configured ("*": any public host name)."""
        own = (urlsplit(self.url).hostname or "").lower()
        own = own[4:] if own.startswith("www.") else own
        return tuple(dict.fromkeys((own, *self.hosts)))


@dataclass(frozen=True)
class Alert:
    """A rule checked after every run: figures of an event (and metric) with a status, at or above a value."""
    name: str
    event: str = ""  # empty: any event
    metric: str = ""  # empty: any metric
    status: str = ""  # new, changed, refined, conflict; empty: new or changed
    min_value: float = 0.0

    def matches(self, figure: dict) -> bool:
        if figure["status"] not in ("new", "changed") or (self.event and figure["event"] != self.event) \
                or (self.metric and figure["metric"] != self.metric) or figure["value"] < self.min_value:
            return False
        if self.status in ("refined", "conflict"):
            return figure["status"] == "changed" and figure["kind"] == self.status
        return not self.status or figure["status"] == self.status


@dataclass(frozen=True)
class Config:
    path: str
    events: tuple[Event, ...]
    sources: tuple[Source, ...]
    crawl: dict = field(default_factory=dict)
    schedule: dict = field(default_factory=dict)
    digest: dict = field(default_factory=dict)
    mail: dict = field(default_factory=dict)
    notify: dict = field(default_factory=dict)
    alerts: tuple["Alert", ...] = ()
    metrics: tuple[Metric, ...] = VOCABULARY  # [[metrics]] of the file first, then the packaged vocabulary

    def enabled_sources(self, type_: str | None = None) -> list[Source]:
        """Enabled sources, optionally of one type."""
        return [s for s in self.sources if s.enabled and (type_ is None or s.type == type_)]


CRAWL_DEFAULTS = {
    "delay": 1.0,
    "timeout": 30,
    "max_bytes": 10_000_000,
    "extract_timeout": 30.0,
    "extract_workers": 2,
    "proxy": "",
    "user_agent": "confwatch/0.1 (news monitor)",
    "keep_logs": 30,
    "retry_max_wait": 60.0,
    "max_minutes": 120.0,
}
SCHEDULE_DEFAULTS = {"timezone": "Asia/Shanghai", "crawl": ["0 6 * * *"], "digest": "30 7 * * *",
                     "misfire_grace": 3600, "catch_up_days": 7}
DIGEST_DEFAULTS = {"window_hours": 24, "quiet_days": 7, "season_days": 120, "feed_entries": 60,
                   "list_baseline": False, "base_url": ""}
NOTIFY_DEFAULTS = {"urls": []}
ALERT_KEYS = {"event": "", "metric": "", "status": "", "min_value": 0.0, "name": ""}
ALERT_STATUSES = ("new", "changed", "refined", "conflict")
MAIL_DEFAULTS = {"enabled": False, "host": "", "port": 587, "tls": "starttls", "username": "", "password_env": "",
                 "sender": "", "recipients": [], "subject": "confwatch digest", "timeout": 30}
TLS_MODES = ("starttls", "ssl", "none")


CronCheck = Callable[[str, str], object]


def _err(label: str, key: str, problem: str) -> ConfigError:
    return ConfigError(f"{label}: {key}: {problem}")


def _str(label, key, value, *, required=True) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        return _raise(_err(label, key, "must be a non-empty string"))
    return value.strip()


def _raise(exc):
    raise exc


def _section(label: str, data: dict, name: str, defaults: dict) -> dict:
    given = data.get(name, {})
    if not isinstance(given, dict):
        raise _err(label, name, "must be a table")
    unknown = set(given) - set(defaults)
    if unknown:
        raise _err(label, f"{name}.{sorted(unknown)[0]}", f"unknown setting; known: {', '.join(sorted(defaults))}")
    merged = {**defaults, **given}
    for key, default in defaults.items():
        value = merged[key]
        ok = isinstance(value, type(default)) or (isinstance(default, float) and isinstance(value, int))
        if not ok or isinstance(value, bool) != isinstance(default, bool):
            raise _err(label, f"{name}.{key}", f"must be a {type(default).__name__}")
        if isinstance(value, (int, float)) and not isinstance(value, bool) and value < 0:
            raise _err(label, f"{name}.{key}", "must not be negative")
    return merged


def _check_crawl(label: str, crawl: dict) -> dict:
    proxy = crawl["proxy"]
    if proxy and (urlsplit(proxy).scheme not in ("http", "https") or not urlsplit(proxy).hostname):
        raise _err(label, "crawl.proxy", f"{proxy!r} is not an http(s) proxy URL such as http://127.0.0.1:3128")
    if crawl["extract_workers"] < 1:
        raise _err(label, "crawl.extract_workers", "must be at least 1")
    if crawl["max_minutes"] < 0:
        raise _err(label, "crawl.max_minutes", "must be 0 (no limit) or more minutes")
    return crawl


def _check_schedule(label: str, schedule: dict, check_cron: CronCheck | None) -> dict:
    try:
        ZoneInfo(schedule["timezone"])
    except (ValueError, ZoneInfoNotFoundError):
        raise _err(label, "schedule.timezone", f"unknown time zone {schedule['timezone']!r}; use an IANA name "
                                               "such as \"Asia/Shanghai\" or \"UTC\"") from None
    if not all(isinstance(e, str) for e in schedule["crawl"]):
        raise _err(label, "schedule.crawl", "must be a list of crontab expressions, e.g. [\"0 6 * * *\"]")
    for key, expr in [*((f"schedule.crawl[{i}]", e) for i, e in enumerate(schedule["crawl"])),
                      ("schedule.digest", schedule["digest"])]:
        if check_cron is None:
            continue
        try:
            check_cron(expr, schedule["timezone"])
        except ValueError as exc:
            raise _err(label, key, f"{expr!r} is not a crontab expression (minute hour day month weekday, "
                                   f"e.g. \"0 6 * * *\"): {exc}") from None
    if not all(f.isdigit() for f in schedule["digest"].split()[:2]):
        raise _err(label, "schedule.digest", "minute and hour must be plain numbers (the digest day ends then); "
                                             "restrict the days with the other fields")
    if schedule["misfire_grace"] < 1:
        raise _err(label, "schedule.misfire_grace", "must be at least 1 (seconds)")
    return schedule


def _check_digest(label: str, digest: dict) -> dict:
    if digest["window_hours"] < 1:
        raise _err(label, "digest.window_hours", "must be at least 1")
    base = digest["base_url"]
    if base and (urlsplit(base).scheme not in ("http", "https", "file") or urlsplit(base).query):
        raise _err(label, "digest.base_url", f"{base!r} is not an http(s) or file URL of the digests directory "
                                             "(such as https://example.org/confwatch/)")
    if base and not base.endswith("/"):
        digest = {**digest, "base_url": base + "/"}
    return digest


def _check_notify(label: str, notify: dict) -> dict:
    for url in notify["urls"]:
        if not isinstance(url, str) or "://" not in url:
            raise _err(label, "notify.urls", f"{str(url)[:40]!r} is not an Apprise URL such as json://host/path or "
                                             "ntfy://topic; secrets go in ${ENV_VAR} references")
    return notify


def _entry(label: str, key: str, raw, keys: dict) -> dict:
    """One [[table]] entry checked against its known keys and their types; every key with its value or default."""
    if not isinstance(raw, dict):
        raise _err(label, key, "must be a table")
    extra = set(raw) - set(keys)
    if extra:
        raise _err(label, f"{key}.{sorted(extra)[0]}", f"unknown setting; known: {', '.join(sorted(keys))}")
    return {name: _typed(label, f"{key}.{name}", raw.get(name, default), default) for name, default in keys.items()}


def _alert(label: str, key: str, raw, events: set[str]) -> Alert:
    values = _entry(label, key, raw, ALERT_KEYS)
    if values["event"] and values["event"] not in events:
        raise _err(label, f"{key}.event", f"{values['event']!r} is not an event id; known: {', '.join(sorted(events))}")
    if values["status"] and values["status"] not in ALERT_STATUSES:
        raise _err(label, f"{key}.status", f"must be one of {', '.join(ALERT_STATUSES)}")
    name = values["name"] or " ".join(filter(None, [values["event"], values["metric"], values["status"]])) or "any"
    return Alert(name=name, event=values["event"], metric=values["metric"], status=values["status"],
                 min_value=float(values["min_value"]))


def _no_password(label: str, data: dict) -> dict:
    if isinstance(data.get("mail"), dict) and "password" in data["mail"]:
        raise _err(label, "mail.password", "the password is never written in the file; put it in an environment "
                                           "variable and name that variable in mail.password_env")
    return data


def _check_mail(label: str, mail: dict) -> dict:
    if mail["tls"] not in TLS_MODES:
        raise _err(label, "mail.tls", f"{mail['tls']!r} is not one of {', '.join(TLS_MODES)}")
    if not all(isinstance(r, str) and "@" in r for r in mail["recipients"]):
        raise _err(label, "mail.recipients", "must be a list of e-mail addresses")
    if mail["enabled"]:
        for key in ("host", "sender"):
            if not mail[key].strip():
                raise _err(label, f"mail.{key}", "is needed when mail.enabled is true")
        if not mail["recipients"]:
            raise _err(label, "mail.recipients", "is needed when mail.enabled is true")
    return mail


def parse_config(text: str, label: str = "<config>", check_cron: CronCheck | None = None) -> Config:
    """Parse configuration text; raise ConfigError naming label, key and problem. check_cron(expr, timezone)
    raises ValueError for a crontab expression it cannot read."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{label}: not valid TOML: {exc}") from None
    known = {"events", "sources", "crawl", "schedule", "digest", "mail", "metrics", "notify", "alerts"}
    for key in data:
        if key not in known:
            raise _err(label, key, f"unknown section; known: {', '.join(sorted(known))}")
    events = []
    for i, raw in enumerate(data.get("events", [])):
        key = f"events[{i}]"
        if not isinstance(raw, dict):
            raise _err(label, key, "must be a table")
        aliases, loose = raw.get("aliases", []), raw.get("loose_aliases", [])
        for name_, value in (("aliases", aliases), ("loose_aliases", loose)):
            if not isinstance(value, list) or not all(isinstance(a, str) and a.strip() for a in value):
                raise _err(label, f"{key}.{name_}", "must be a list of non-empty strings")
        month = raw.get("month", 0)
        if not isinstance(month, int) or not 1 <= month <= 12:
            raise _err(label, f"{key}.month", "must be a month number from 1 to 12")
        name = _str(label, f"{key}.name", raw.get("name"))
        city = _str(label, f"{key}.city", raw.get("city", ""), required=False)
        context = raw.get("context", [city] if city else [])
        if not isinstance(context, list) or not all(isinstance(c, str) and c.strip() for c in context):
            raise _err(label, f"{key}.context", "must be a list of non-empty strings")
        extra = set(raw) - {"id", "name", "aliases", "loose_aliases", "city", "month", "context", "first_year"}
        if extra:
            raise _err(label, f"{key}.{sorted(extra)[0]}", "unknown setting; known: aliases, city, context, "
                                                          "first_year, id, loose_aliases, month, name")
        first_year = raw.get("first_year", 0)
        if not isinstance(first_year, int) or isinstance(first_year, bool) or not (first_year == 0
                                                                                  or 1990 <= first_year <= 2100):
            raise _err(label, f"{key}.first_year", "must be the year of the first edition, such as 2018")
        events.append(Event(id=_str(label, f"{key}.id", raw.get("id")), name=name,
                            aliases=tuple(dict.fromkeys([name, *aliases, *loose])), city=city, month=month,
                            context=tuple(c.strip() for c in context), loose_aliases=tuple(loose),
                            first_year=first_year))
    if not events:
        raise _err(label, "events", "at least one [[events]] entry is needed")
    _unique(label, "events", [e.id for e in events], "id")
    sources = [_source(label, f"sources[{i}]", raw) for i, raw in enumerate(data.get("sources", []))]
    _unique(label, "sources", [s.name for s in sources], "name")
    metrics = tuple(_metric(label, f"metrics[{i}]", raw) for i, raw in enumerate(data.get("metrics", [])))
    return Config(path=label, events=tuple(events), sources=tuple(sources), metrics=metrics + VOCABULARY,
                  crawl=_check_crawl(label, _section(label, data, "crawl", CRAWL_DEFAULTS)),
                  schedule=_check_schedule(label, _section(label, data, "schedule", SCHEDULE_DEFAULTS), check_cron),
                  digest=_check_digest(label, _section(label, data, "digest", DIGEST_DEFAULTS)),
                  mail=_check_mail(label, _section(label, _no_password(label, data), "mail", MAIL_DEFAULTS)),
                  notify=_check_notify(label, _section(label, data, "notify", NOTIFY_DEFAULTS)),
                  alerts=tuple(_alert(label, f"alerts[{i}]", raw, {e.id for e in events})
                               for i, raw in enumerate(data.get("alerts", []))))


def _typed(label: str, key: str, value, default):
    """Check a setting against the type of its default."""
    if isinstance(default, bool) or isinstance(value, bool):
        if not (isinstance(value, bool) and isinstance(default, bool)):
            raise _err(label, key, "must be true or false")
    elif isinstance(default, list):
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise _err(label, key, "must be a list of non-empty strings")
    elif isinstance(default, (int, float)):
        if not isinstance(value, (int, float)) or (isinstance(default, int) and not isinstance(value, int)):
            raise _err(label, key, f"must be a {'whole ' if isinstance(default, int) else ''}number")
        if value < 0:
            raise _err(label, key, "must not be negative")
    elif not isinstance(value, str):
        raise _err(label, key, "must be a string")
    return value


def _source(label: str, key: str, raw) -> Source:
    """Validate one [[sources]] entry."""
    if not isinstance(raw, dict):
        raise _err(label, key, "must be a table")
    stype = _str(label, f"{key}.type", raw.get("type"))
    if stype not in SOURCE_TYPES:
        raise _err(label, f"{key}.type", f"unknown source type {stype!r}; known: {', '.join(SOURCE_TYPES)}")
    own = TYPE_SOURCE_KEYS[stype]
    extra = set(raw) - set(COMMON_SOURCE_KEYS) - set(own)
    if extra:
        known = ", ".join(sorted({*COMMON_SOURCE_KEYS, *own}))
        raise _err(label, f"{key}.{sorted(extra)[0]}", f"unknown setting for a {stype} source; known: {known}")
    url = _str(label, f"{key}.url", raw.get("url"))
    if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).hostname:
        raise _err(label, f"{key}.url", f"{redact_url(url)!r} is not an http(s) URL")
    if urlsplit(url).username or urlsplit(url).password:
        raise _err(label, f"{key}.url", f"{redact_url(url)!r} carries credentials, which would end up in logs and "
                                        "the database: remove them from the URL and set username_env and "
                                        "password_env to the names of environment variables that hold them")
    for name in ("enabled", "hosts", "max_articles", "username_env", "password_env"):
        _typed(label, f"{key}.{name}", raw.get(name, COMMON_SOURCE_KEYS[name]), COMMON_SOURCE_KEYS[name])
    if raw.get("max_articles", 1) < 1:
        raise _err(label, f"{key}.max_articles", "must be a positive whole number")
    options = {name: _typed(label, f"{key}.{name}", raw[name], default)
               for name, default in own.items() if name in raw}
    for pattern in ("follow", "next"):
        if options.get(pattern):
            try:
                re.compile(options[pattern])
            except re.error as exc:
                raise _err(label, f"{key}.{pattern}", f"not a valid regular expression: {exc}") from None
    if stype in SEARCH_TYPES and "hosts" not in raw:
        raise _err(label, f"{key}.hosts", f"a {stype} source finds articles on any site: set hosts = [\"*\"] to "
                                          "allow any public host name, or list the hosts it may fetch from")
    if stype == "listing" and not options.get("follow"):
        raise _err(label, f"{key}.follow", "a listing source needs a regular expression matching its article links")
    if bool(raw.get("username_env")) != bool(raw.get("password_env")):
        raise _err(label, f"{key}.{'password_env' if raw.get('username_env') else 'username_env'}",
                   "is needed too: the source logs in with both")
    return Source(name=_str(label, f"{key}.name", raw.get("name")), type=stype, url=url,
                  enabled=raw.get("enabled", True), hosts=tuple(h.lower().strip() for h in raw.get("hosts", [])),
                  max_articles=raw.get("max_articles", 100), options=options,
                  username_env=raw.get("username_env", ""), password_env=raw.get("password_env", ""))


def _unique(label: str, section: str, values: list[str], key: str) -> None:
    seen = set()
    for i, value in enumerate(values):
        if value in seen:
            raise _err(label, f"{section}[{i}].{key}", f"duplicate {key} {value!r}")
        seen.add(value)


METRIC_KEYS = {"key": "", "name": "", "units": [], "nouns": [], "before": [], "follow": [], "sentence": [],
               "rank": 50}
METRIC_UNITS = ("count", "money", "m2", "km", "km/h", "ton", "day", "percent", "percentage_point", "other")


def _metric(label: str, key: str, raw) -> Metric:
    """Validate one [[metrics]] entry: a metric of the vocabulary, added before the packaged ones."""
    values = _entry(label, key, raw, METRIC_KEYS)
    for name in ("key", "name"):
        _str(label, f"{key}.{name}", raw.get(name))
    bad = [u for u in values["units"] if u not in METRIC_UNITS]
    if not values["units"] or bad:
        raise _err(label, f"{key}.units", f"must list units among {', '.join(METRIC_UNITS)}")
    for name in ("nouns", "before", "follow", "sentence"):
        for pattern in values[name]:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise _err(label, f"{key}.{name}", f"{pattern!r} is not a valid regular expression: {exc}") from None
    return Metric(values["key"].strip(), values["name"].strip(), tuple(values["units"]), tuple(values["nouns"]),
                  tuple(values["before"]), tuple(values["sentence"]), values["rank"], tuple(values["follow"]))
