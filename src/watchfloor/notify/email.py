"""Notices by email over SMTP (STARTTLS and login when configured)."""

from __future__ import annotations

import smtplib
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from watchfloor.notify.config import EmailTarget
from watchfloor.notify.notice import Notice
from watchfloor.notify.webhook import DeliveryError
from watchfloor.report.safety import inert, one_line


def message_of(notice: Notice, target: EmailTarget) -> EmailMessage:
    message = EmailMessage()
    # a line break in a header would be refused (or start a new header): one line each
    message["Subject"] = f"[watchfloor] {one_line(notice.title)}"
    message["From"] = target.sender
    message["To"] = ", ".join(target.recipients)
    message["Date"] = format_datetime(notice.at)
    message["Message-ID"] = make_msgid(domain="watchfloor")
    message["X-Watchfloor-Key"] = one_line(notice.key)
    lines = [inert(notice.summary), ""]
    if notice.link:
        lines += [one_line(notice.link), ""]
    lines += ["-- ", "The notice as JSON:", notice.payload()]
    message.set_content("\n".join(lines))
    return message


def send(notice: Notice, target: EmailTarget) -> None:
    """Send one notice; raises DeliveryError naming the server and the reason."""
    try:
        with smtplib.SMTP(target.host, target.port, timeout=target.timeout) as smtp:
            if target.starttls:
                smtp.starttls()
            if target.username and target.password:
                smtp.login(target.username, target.password)
            smtp.send_message(message_of(notice, target))
    except (smtplib.SMTPException, OSError) as exc:
        raise DeliveryError(
            f"email through {target.host}:{target.port} failed: {exc}"
        ) from exc
