"""E-mailing a digest: one multipart message (plain text and HTML), at most once per digest day."""
from __future__ import annotations

import os
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from storage import clock
from jobs.render import render_text
from storage.digests import claim_sending, get_digest, mark_sent, release_sending




class MailError(RuntimeError):
    """The digest could not be sent; the message names the setting or the server's answer."""


def build_message(mail: dict, data: dict, html: str) -> EmailMessage:
    """The digest as a multipart/alternative message."""
    c = data["counts"]
    msg = EmailMessage()
    subject = f"{mail['subject']} {data['day']}: {c['new_figures']} new figures, {c['articles']} new articles"
    msg["Subject"] = subject.replace("\r", " ").replace("\n", " ")
    msg["From"] = mail["sender"]
    msg["To"] = ", ".join(mail["recipients"])
    msg["Date"] = formatdate(localtime=False)
    msg["Message-ID"] = make_msgid(domain=mail["sender"].rsplit("@", 1)[-1] or None)
    msg.set_content(render_text(data))
    msg.add_alternative(html, subtype="html")
    return msg


def _password(mail: dict) -> str:
    name = mail["password_env"]
    if not name:
        return ""
    value = os.environ.get(name)
    if value is None:
        raise MailError(f"mail.password_env names {name!r}, but that environment variable is not set; "
                        f"export {name}=... before running, or clear mail.password_env")
    return value


def send_message(mail: dict, msg: EmailMessage) -> None:
    """Send through the configured SMTP server; raise MailError naming what went wrong."""
    host, port, timeout = mail["host"], mail["port"], mail["timeout"]
    password = _password(mail)
    try:
        if mail["tls"] == "ssl":
            server = smtplib.SMTP_SSL(host, port, timeout=timeout, context=ssl.create_default_context())
        else:
            server = smtplib.SMTP(host, port, timeout=timeout)
        with server:
            server.ehlo()
            if mail["tls"] == "starttls":
                server.starttls(context=ssl.create_default_context())
                server.ehlo()
            if mail["username"]:
                server.login(mail["username"], password)
            refused = server.send_message(msg)
    except smtplib.SMTPAuthenticationError as exc:
        raise MailError(f"SMTP server {host}:{port} refused the login of {mail['username']!r}: {exc.smtp_code} "
                        f"{exc.smtp_error.decode('utf-8', 'replace')}") from None
    except smtplib.SMTPNotSupportedError as exc:
        raise MailError(f"SMTP server {host}:{port}: {exc}; set mail.tls to match the server "
                        f"(starttls, ssl or none)") from None
    except (smtplib.SMTPException, OSError) as exc:
        raise MailError(f"cannot send through {host}:{port} (mail.host, mail.port, mail.tls): {exc}") from None
    if refused:
        raise MailError(f"SMTP server {host}:{port} refused recipients: {', '.join(sorted(refused))}")


def send_digest(db, config, data: dict, html: str, *, force: bool = False) -> str:
    """E-mail a written digest unless that day was sent already; return 'sent' or 'already sent on ...'."""
    mail = config.mail
    if not mail["enabled"]:
        raise MailError(f"{config.path}: [mail] enabled = false; set enabled = true with host, sender and "
                        "recipients to send digests")
    day = data["day"]
    if not claim_sending(db, day, os.getpid(), force=force, alive=_alive):
        row = get_digest(db, day)
        return f"already sent on {row['sent_at']} to {row['sent_to']}"
    try:
        msg = build_message(mail, data, html)
        send_message(mail, msg)
    except BaseException:
        release_sending(db, day, os.getpid())
        raise
    mark_sent(db, day, at=clock.now_iso(), to=", ".join(mail["recipients"]), message_id=msg["Message-ID"])
    return "sent"


def _alive(pid: str) -> bool:
    try:
        os.kill(int(pid), 0)
    except (ValueError, ProcessLookupError):
        return False
    except PermissionError:
        return True
    return True
