"""The digest e-mail: a real SMTP conversation with a server on loopback, sent once per day."""
import email
import socket
from datetime import date
from email import policy

import pytest
from aiosmtpd.controller import Controller

from jobs.config import parse_config
from jobs.digest import write_digest
from jobs.mail import MailError, send_digest
from storage.db import open_db
from tests.helpers import ROOT, confwatch, demo_config

DAY = date(2026, 11, 21)


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos),
                              email.message_from_bytes(envelope.content, policy=policy.default)))
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def smtp():
    inbox = Inbox()
    # aiosmtpd checks it is up by connecting to its port, so the port is chosen (by the OS) beforehand
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


def config_with_mail(port, extra=""):
    text = (ROOT / "storage" / "default_config.toml").read_text()
    text += (f'\n[mail]\nenabled = true\nhost = "127.0.0.1"\nport = {port}\ntls = "none"\n'
             f'sender = "confwatch@example.org"\nrecipients = ["reader@example.org", "desk@example.org"]\n{extra}')
    return parse_config(text, "mail.toml")


def test_digest_is_sent_once_as_text_and_html(tmp_path, smtp):
    inbox, port = smtp
    config = config_with_mail(port)
    db = open_db(tmp_path)
    written = write_digest(db, config, str(tmp_path), DAY)
    html = written.html.read_text()
    assert send_digest(db, config, written.data, html) == "sent"
    again = send_digest(db, config, written.data, html)
    assert again.startswith("already sent on") and "reader@example.org" in again
    assert len(inbox.messages) == 1
    sender, rcpts, msg = inbox.messages[0]
    assert sender == "confwatch@example.org" and rcpts == ["reader@example.org", "desk@example.org"]
    assert msg["Subject"].startswith("confwatch digest 2026-11-21:")
    assert msg.get_content_type() == "multipart/alternative"
    parts = {p.get_content_type(): p.get_content() for p in msg.iter_parts()}
    assert "Nothing new" in parts["text/plain"] and parts["text/html"].lstrip().startswith("<!DOCTYPE html>")
    row = db["digests"].get("2026-11-21")
    assert row["sent_at"] and row["message_id"] == msg["Message-ID"]
    # rewriting the digest later that day keeps the sent mark
    write_digest(db, config, str(tmp_path), DAY)
    assert db["digests"].get("2026-11-21")["sent_at"] == row["sent_at"]


def test_login_password_comes_from_the_named_environment_variable(tmp_path, smtp, monkeypatch):
    _, port = smtp
    config = config_with_mail(port, 'username = "reader"\npassword_env = "CONFWATCH_TEST_SMTP_PASSWORD"\n')
    db = open_db(tmp_path)
    written = write_digest(db, config, str(tmp_path), DAY)
    monkeypatch.delenv("CONFWATCH_TEST_SMTP_PASSWORD", raising=False)
    with pytest.raises(MailError, match="CONFWATCH_TEST_SMTP_PASSWORD.*not set"):
        send_digest(db, config, written.data, "<html></html>")
    assert db["digests"].get("2026-11-21")["sent_at"] == ""  # not marked: the next run tries again


def test_unreachable_server_is_a_clear_error_and_the_day_stays_unsent(tmp_path):
    port = free_port()  # nothing listens there
    config = config_with_mail(port)
    db = open_db(tmp_path)
    written = write_digest(db, config, str(tmp_path), DAY)
    with pytest.raises(MailError, match=f"127.0.0.1:{port}.*mail.host"):
        send_digest(db, config, written.data, "<html></html>")
    assert db["digests"].get("2026-11-21")["sent_at"] == ""


def test_password_in_the_file_is_refused():
    text = (ROOT / "storage" / "default_config.toml").read_text() + '\n[mail]\npassword = "hunter2"\n'
    with pytest.raises(Exception, match="mail.password: the password is never written in the file"):
        parse_config(text, "x.toml")


def test_cli_run_sends_the_digest_of_the_last_complete_day_once(tmp_path, smtp, sample_site):
    inbox, port = smtp
    cfg = demo_config(tmp_path, sample_site.proxy,
                      f'\n[mail]\nenabled = true\nhost = "127.0.0.1"\nport = {port}\ntls = "none"\n'
                      f'sender = "cw@example.org"\nrecipients = ["reader@example.org"]\n')
    data = str(tmp_path / "data")
    env = {"CONFWATCH_NOW": "2026-11-21T08:00:00+08:00"}
    first = confwatch("--data", data, "--config", str(cfg), "run", env=env)
    assert first.returncode == 0, first.stderr
    assert "e-mail for 2026-11-21 sent" in first.stderr
    second = confwatch("--data", data, "--config", str(cfg), "digest", "--send", env=env)
    assert second.returncode == 0 and "already sent" in second.stderr
    assert len(inbox.messages) == 1
