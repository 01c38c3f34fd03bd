"""Imported files without a URL: two different articles with one date and headline stay two; the same file
imported again changes nothing; rows stored before the fingerprint was added are found again."""
from jobs.transfer import import_files
from storage.articles import iter_articles
from storage.config import read_config
from storage.db import open_db

EVENTS = read_config(None).events

HEAD = " date 2024-11-29 World Intelligent Manufacturing Conference opens in Nanjing\n\n"
FIRST = HEAD + "The conference opened in Nanjing with more than 240 companies on show across 50,000 square meters.\n"
SECOND = HEAD + "Organizers of the Nanjing conference signed 30 projects worth 12 billion yuan on its first day.\n"


def test_two_articles_with_one_date_and_headline_are_both_kept(tmp_path):
    (tmp_path / "a.txt").write_text(FIRST)
    (tmp_path / "b.txt").write_text(SECOND)
    db = open_db(memory=True)
    result = import_files(db, [tmp_path / "a.txt", tmp_path / "b.txt"], EVENTS)
    assert len(result.new) == 2 and not result.failed
    texts = " | ".join(a.text for a in iter_articles(db))
    assert "240 companies" in texts and "30 projects" in texts
    assert db["figures"].count >= 3  # both articles keep their figures

    again = import_files(db, [tmp_path / "b.txt", tmp_path / "a.txt"], EVENTS)
    assert again.new == [] and len(again.updated) == 2
    assert db["articles"].count == 2


def test_a_row_stored_before_fingerprints_is_found_again(tmp_path):
    from sqlite_utils import Database

    from storage.migrations import migrations

    path = tmp_path / "confwatch.db"
    (tmp_path / "a.txt").write_text(FIRST)
    db = open_db(tmp_path)
    import_files(db, [tmp_path / "a.txt"])
    row = next(db.query("select id, canonical_url from articles"))
    # as an older confwatch stored it: no fingerprint, and the last migration not applied
    old = row["canonical_url"].rsplit(":", 1)[0]
    db.execute("update articles set canonical_url = ?, url_key = ? where id = ?", [old, old, row["id"]])
    db.execute("delete from _sqlite_migrations where name = 'm007_urn_fingerprints'")
    db.conn.commit()
    db.close()
    assert "m007_urn_fingerprints" in [m.name for m in migrations.pending(Database(path))]

    db = open_db(tmp_path)
    assert next(db.query("select canonical_url from articles"))["canonical_url"] == row["canonical_url"]
    again = import_files(db, [tmp_path / "a.txt"])
    assert again.new == [] and db["articles"].count == 1
