"""The GDELT DOC 2.0 API: query URLs, the search window, ArtList answers. Pure: no network."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from urllib.parse import quote_plus, urlencode

from extract.discovery.candidates import MAX_CANDIDATES, Candidate, DiscoveryError


def gdelt_url(endpoint: str, query: str, languages, start: datetime, end: datetime, max_records: int = 250) -> str:
    """An ArtList query in JSON for articles seen between start and end (UTC)."""
    langs = [f"sourcelang:{lang}" for lang in languages]
    if len(langs) > 1:
        query = f"{query} ({' OR '.join(langs)})"
    elif langs:
        query = f"{query} {langs[0]}"
    params = {"query": query, "mode": "ArtList", "format": "json", "sort": "DateDesc",
              "maxrecords": str(max(1, min(max_records, 250))),
              "startdatetime": start.astimezone(timezone.utc).strftime("%Y%m%d%H%M%S"),
              "enddatetime": end.astimezone(timezone.utc).strftime("%Y%m%d%H%M%S")}
    return f"{endpoint}?{urlencode(params, quote_via=quote_plus)}"


def gdelt_window(last_ok: str, now: datetime, backfill_days: int) -> datetime:
    """Where a GDELT query starts: an hour before the last successful run, at most backfill_days back."""
    earliest = now - timedelta(days=backfill_days)
    if last_ok:
        try:
            since = datetime.fromisoformat(last_ok).astimezone(timezone.utc) - timedelta(hours=1)
            return max(since, earliest)
        except ValueError:
            pass
    return earliest


def parse_gdelt(body: bytes, languages=()) -> list[Candidate]:
    """Articles of an ArtList JSON response, optionally only in the given source languages."""
    text = body.decode("utf-8", "replace").strip()
    if not text:
        return []
    try:
        data = json.loads(text)
    except ValueError:
        # GDELT answers a bad query with a plain-text sentence instead of JSON
        raise DiscoveryError(f"GDELT did not return JSON: {' '.join(text[:200].split())!r}") from None
    if not isinstance(data, dict):
        raise DiscoveryError("GDELT returned JSON without an 'articles' list")
    wanted = {lang.lower() for lang in languages}
    found = []
    for item in data.get("articles") or []:
        if not isinstance(item, dict) or not isinstance(item.get("url"), str):
            continue
        language = str(item.get("language") or "")
        if wanted and language.lower() not in wanted:
            continue
        found.append(Candidate(url=item["url"].strip(), title=" ".join(str(item.get("title") or "").split()),
                               published=_gdelt_time(str(item.get("seendate") or "")),
                               outlet=str(item.get("domain") or ""), language=language))
        if len(found) >= MAX_CANDIDATES:
            break
    return found


def _gdelt_time(value: str) -> str:
    try:
        return datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc).isoformat()
    except ValueError:
        return ""
