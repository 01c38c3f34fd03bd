"""The record dataclasses and the storage columns agree."""
from extract.records import Article, field_names
from storage.db import open_db
from storage.migrations import ARTICLE_COPY_COLUMNS, ARTICLE_DISCOVERY_COLUMNS, ARTICLE_STORAGE_COLUMNS


def test_article_fields_are_the_article_columns():
    db = open_db(memory=True)
    columns = set(db["articles"].columns_dict)
    assert columns == set(field_names(Article)) | set(ARTICLE_STORAGE_COLUMNS) | set(ARTICLE_DISCOVERY_COLUMNS) \
        | set(ARTICLE_COPY_COLUMNS)


def test_database_file_uses_wal_and_full_text_search(tmp_path):
    db = open_db(tmp_path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert "articles_fts" in db.table_names()
    again = open_db(tmp_path)  # opening twice applies no migration twice
    assert [m.name for m in __import__("storage.migrations", fromlist=["x"]).migrations.applied(again)] == [
        "m001_articles", "m002_runs", "m003_figures", "m004_discovery", "m005_digests_reviews", "m007_urn_fingerprints", "m008_metrics", "m009_headline_figures",
        "m010_notifications", "m011_date_source", "m012_near_copies", "m013_day_start",
        "m014_corrections_end_their_day", "m015_correction_notes_end_their_day",
        "m016_updated_headlines_end_their_day"]


def test_ledger_fields_are_the_figure_columns():
    from extract.records import LedgerFigure

    from storage.migrations import FIGURE_STORAGE_COLUMNS

    db = open_db(memory=True)
    assert set(db["figures"].columns_dict) == set(field_names(LedgerFigure)) | set(FIGURE_STORAGE_COLUMNS)
