"""Importing saved documents and exporting stored articles."""
from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from extract.article import article_from_document
from extract.encoding import declared_charset, decode_page
from extract.metrics import VOCABULARY, Metric
from extract.records import Article, ExtractionError
from extract.seedformat import format_seed
from storage.clock import now_iso
from storage.ingest import store_article
from storage.clusters import ClusterIndex
from storage.runs import add_counts, finish_run, record_error, start_run

MAX_IMPORT_BYTES = 20_000_000


@dataclass
class ImportResult:
    new: list[Article] = field(default_factory=list)
    updated: list[Article] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    run_id: str = ""


def _read(path: Path) -> str:
    if path.stat().st_size > MAX_IMPORT_BYTES:
        raise ExtractionError(f"larger than {MAX_IMPORT_BYTES} bytes")
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if b"<" in data[:1000]:  # a saved page in another charset: its declaration, else detection
            return decode_page(data, declared_charset("", data))[0]
        raise ExtractionError("not UTF-8 text") from None


def import_files(db, paths: Iterable[str], events=(), vocabulary: tuple[Metric, ...] = VOCABULARY,
                 url: str = "") -> ImportResult:
    """Import files in the order given; a file that fails is recorded and skipped. url: the address one saved
    page was fetched from (it is then read as if fetched there)."""
    result = ImportResult(run_id=start_run(db, kind="import", now=now_iso(), pid=os.getpid()))
    clusters = ClusterIndex(db)
    for raw in paths:
        path = Path(raw)
        try:
            content = _read(path)
            article = article_from_document(content, name=path.name, fetched_at=now_iso(), source="import", url=url)
        except (OSError, ExtractionError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            result.failed.append((str(path), reason))
            record_error(db, result.run_id, source="import", url=str(path), message=reason, now=now_iso())
            continue
        is_new = store_article(db, article, events, run_id=result.run_id, now=now_iso(), clusters=clusters,
                               vocabulary=vocabulary).is_new
        (result.new if is_new else result.updated).append(article)
    add_counts(db, result.run_id, "import", new=len(result.new), updated=len(result.updated),
               errors=len(result.failed))
    finish_run(db, result.run_id, status="partial" if result.failed else "ok", now=now_iso())
    return result


def seed_filename(article: Article) -> str:
    """A file name for an exported article: date and id."""
    return f"{article.date}_{article.id}.txt"


def export_articles(articles: Iterator[Article], fmt: str, out_dir: str | None, stream) -> int:
    """Write articles as seed text, JSON or JSON Lines; to out_dir (seed: one file each) or stream."""
    count = 0
    if fmt == "seed":
        if out_dir:
            Path(out_dir).mkdir(parents=True, exist_ok=True)
        for article in articles:
            text = format_seed(article.date, article.title, article.text)
            if out_dir:
                Path(out_dir, seed_filename(article)).write_text(text, encoding="utf-8")
            else:
                stream.write(text)
            count += 1
        return count
    if out_dir:
        Path(out_dir).mkdir(parents=True, exist_ok=True)
    target = open(Path(out_dir) / f"articles.{fmt}", "w", encoding="utf-8") if out_dir else stream
    try:
        if fmt == "jsonl":
            for article in articles:
                target.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
                count += 1
        else:
            rows = [a.to_dict() for a in articles]
            count = len(rows)
            target.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    finally:
        if out_dir:
            target.close()
    return count
