from __future__ import annotations

from pathlib import Path

import pytest

from watchfloor.errors import DataFileError
from watchfloor.notify import load_notify_config, sign, verify

GOOD = """\
webhooks:
  - url: https://hooks.example.org/watch
    secret_env: HOOK_SECRET
atom:
  path: out/alerts.atom
  max_entries: 20
email:
  host: smtp.example.org
  port: 587
  starttls: true
  username_env: SMTP_USER
  password_env: SMTP_PASSWORD
  from: watchfloor@example.org
  to: duty@example.org
"""
ENV = {"HOOK_SECRET": "abc", "SMTP_USER": "watch", "SMTP_PASSWORD": "pw"}


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "notify.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_settings_with_secrets_from_the_environment(tmp_path: Path) -> None:
    config = load_notify_config(write(tmp_path, GOOD), ENV)
    (hook,) = config.webhooks
    assert hook.secret == "abc" and hook.url == "https://hooks.example.org/watch"
    assert config.atom is not None and config.atom.path == tmp_path / "out" / "alerts.atom"
    assert config.atom.max_entries == 20
    assert config.email is not None
    assert (config.email.port, config.email.starttls) == (587, True)
    assert (config.email.username, config.email.password) == ("watch", "pw")
    assert config.email.recipients == ("duty@example.org",)


@pytest.mark.parametrize(
    ("old", "new", "line", "message"),
    [
        ("https://hooks.example.org/watch", "hooks.example.org", 2, "http:// or https://"),
        ("    secret_env: HOOK_SECRET", "    secret_env: UNSET_VARIABLE", 3, "not set"),
        ("  max_entries: 20", "  max_entries: 0", 6, "between 1 and 10000"),
        ("  port: 587", "  port: smtp", 9, "whole number"),
        ("  to: duty@example.org", "  to: [duty]", 14, "not an email address"),
        ("  starttls: true", "  startls: true", 10, "unknown key 'startls'"),
        ("email:", "mail:", 7, "unknown key 'mail'"),
    ],
)
def test_mistakes_name_file_and_line(
    tmp_path: Path, old: str, new: str, line: int, message: str
) -> None:
    assert old in GOOD
    path = write(tmp_path, GOOD.replace(old, new, 1))
    with pytest.raises(DataFileError) as caught:
        load_notify_config(path, ENV)
    assert (caught.value.path, caught.value.line) == (str(path), line), str(caught.value)
    assert message in str(caught.value)


def test_nothing_to_send_to_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="at least one of"):
        load_notify_config(write(tmp_path, "webhooks: []\n"), ENV)


def test_signatures_refuse_other_bodies_and_old_timestamps() -> None:
    body = b'{"key": "x"}'
    signature = sign("abc", 1_700_000_000, body)
    assert signature.startswith("v1=") and len(signature) == 3 + 64
    assert verify("abc", "1700000000", body, signature, now=1_700_000_100)
    assert not verify("abc", "1700000000", body + b" ", signature, now=1_700_000_100)
    assert not verify("abc", "1700000000", body, signature, now=1_700_001_000)  # replayed
    assert not verify("abc", "not-a-time", body, signature, now=1_700_000_100)
