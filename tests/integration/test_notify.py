"""Notifications through Apprise to a real HTTP receiver on 127.0.0.1: the digest's summary once per day and URL,
alerts once per figure, failures on record without secrets."""
import base64
import json
import sqlite3
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from jobs.config import parse_config
from jobs.digest import write_digest
from jobs.notify import check_alerts, notify_digest
from storage.db import open_db
from storage.ledger import query_figures
from tests.helpers import ROOT, confwatch
from tests.unit.test_digest import DAY, IN_WINDOW, RELEASE, add

SECRET = "s3cr3t-token-value"


class Receiver:
    """A webhook endpoint: records every POST (path, headers, JSON body); answers `status`."""

    def __init__(self):
        self.posts, self.status = [], 200
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server's naming
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                outer.posts.append({"path": self.path, "auth": self.headers.get("Authorization", ""),
                                    "body": json.loads(body or b"{}")})
                self.send_response(outer.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver():
    r = Receiver()
    yield r
    r.close()


def config_for(receiver, extra: str = ""):
    text = (ROOT / "storage" / "default_config.toml").read_text()
    text += (f'\n[notify]\nurls = ["json://robot:${{CW_HOOK_SECRET}}@127.0.0.1:{receiver.port}/hook"]\n' + extra)
    return parse_config(text, "test.toml"), text


@pytest.fixture
def secret(monkeypatch):
    monkeypatch.setenv("CW_HOOK_SECRET", SECRET)


def test_the_digest_summary_is_sent_once_per_day_and_url(tmp_path, receiver, secret):
    config, _ = config_for(receiver)
    db = open_db(tmp_path)
    add(db, "2020 WIMC closes", RELEASE, "https://www.prnewswire.com/news-releases/wimc-closes-301.html")
    written = write_digest(db, config, str(tmp_path), DAY)
    for _ in range(3):
        outcomes, errors = notify_digest(db, config, written.data)
        assert not errors
    (post,) = receiver.posts
    assert post["path"] == "/hook"
    assert base64.b64decode(post["auth"].split()[1]).decode() == f"robot:{SECRET}"  # the secret, from the environment
    message = post["body"]
    assert message["title"].startswith("confwatch 2026-11-21:") and "new figure" in message["title"]
    # the change itself, not a link: the event, its edition and headline figures
    assert "World Intelligent Manufacturing Conference" in message["message"]
    assert "2020 edition" in message["message"] and "53.63 billion yuan" in message["message"]
    (outcome,) = outcomes  # the URL as it may be shown: its secret masked
    assert outcome.startswith(f"json://robot:****@127.0.0.1:{receiver.port}/hook: already sent on 20")
    with sqlite3.connect(tmp_path / "confwatch.db") as conn:
        assert SECRET not in repr(conn.execute("select * from notifications").fetchall())


def test_a_failing_receiver_leaves_the_day_unsent_and_the_error_names_the_url_without_its_secret(tmp_path, receiver,
                                                                                                 secret):
    config, _ = config_for(receiver)
    db = open_db(tmp_path)
    add(db, "2020 WIMC closes", RELEASE, "https://www.prnewswire.com/news-releases/wimc-closes-301.html")
    written = write_digest(db, config, str(tmp_path), DAY)
    receiver.status = 500
    outcomes, errors = notify_digest(db, config, written.data)
    assert not outcomes and len(errors) == 1
    assert f"json://robot:****@127.0.0.1:{receiver.port}/hook" in errors[0] and SECRET not in errors[0]
    receiver.status = 200
    outcomes, errors = notify_digest(db, config, written.data)  # the next run tries again
    assert not errors and outcomes[0].endswith(": sent") and len(receiver.posts) == 2


def test_an_unset_secret_variable_is_named(tmp_path, receiver, monkeypatch):
    monkeypatch.delenv("CW_HOOK_SECRET", raising=False)
    config, _ = config_for(receiver)
    db = open_db(tmp_path)
    written = write_digest(db, config, str(tmp_path), DAY)
    _, errors = notify_digest(db, config, written.data)
    assert "${CW_HOOK_SECRET}" in errors[0] and "export CW_HOOK_SECRET" in errors[0] and not receiver.posts


def test_alerts_notify_each_matching_figure_once(tmp_path, receiver, secret):
    rules = ('[[alerts]]\nevent = "wimc"\nmetric = "contract_value"\nstatus = "new"\n'
             '[[alerts]]\nname = "big projects"\nmetric = "projects_signed"\nmin_value = 100\n')
    config, _ = config_for(receiver, rules)
    db = open_db(tmp_path)
    add(db, "2020 WIMC closes", RELEASE, "https://www.prnewswire.com/news-releases/wimc-closes-301.html")
    figures = [f for f in query_figures(db) if f["status"] in ("new", "changed")]
    assert check_alerts(db, config, figures) == (1, [])
    assert check_alerts(db, config, figures) == (0, [])  # each figure at most once
    (post,) = receiver.posts  # "30 projects" is under the second rule's minimum
    body = post["body"]
    assert post["body"]["title"] == "confwatch alert wimc contract_value new: 1 figure"
    assert "World Intelligent Manufacturing Conference 2020 contract value" in body["message"]
    assert "53.63 billion yuan (new)" in body["message"] and "prnewswire.com" in body["message"]


def test_digest_send_from_the_command_line_notifies_once(tmp_path, receiver):
    _, text = config_for(receiver)
    cfg = tmp_path / "confwatch.toml"
    cfg.write_text(text)
    db = open_db(tmp_path / "data")
    add(db, "2020 WIMC closes", RELEASE, "https://www.prnewswire.com/news-releases/wimc-closes-301.html", now=IN_WINDOW)
    db.conn.close()
    env = {"CONFWATCH_NOW": "2026-11-21T08:00:00+08:00", "CW_HOOK_SECRET": SECRET}
    for _ in range(2):
        result = confwatch("--data", str(tmp_path / "data"), "--config", str(cfg), "digest", "--send", env=env)
        assert result.returncode == 0, result.stderr
        assert SECRET not in result.stderr + result.stdout
    assert len(receiver.posts) == 1 and "already sent on" in result.stderr
