"""Where notices go: a YAML file (webhooks, an Atom feed, email), validated with
file:line errors. Secrets are never written in it: it names environment variables."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from watchfloor.yamlfile import Spot, read_yaml


@dataclass(frozen=True, slots=True)
class WebhookTarget:
    url: str
    secret: str
    timeout: float = 10.0

    @property
    def channel(self) -> str:
        return f"webhook:{self.url}"


@dataclass(frozen=True, slots=True)
class AtomTarget:
    path: Path
    title: str = "watchfloor alerts"
    feed_id: str = "urn:watchfloor:alerts"
    max_entries: int = 100

    @property
    def channel(self) -> str:
        return f"atom:{self.path}"


@dataclass(frozen=True, slots=True)
class EmailTarget:
    host: str
    port: int
    sender: str
    recipients: tuple[str, ...]
    starttls: bool = False
    username: str | None = None
    password: str | None = None
    timeout: float = 30.0

    @property
    def channel(self) -> str:
        return f"email:{','.join(self.recipients)}"


@dataclass(frozen=True, slots=True)
class NotifyConfig:
    source: str
    webhooks: tuple[WebhookTarget, ...] = ()
    atom: AtomTarget | None = None
    email: EmailTarget | None = None


def load_notify_config(path: Path, environ: Mapping[str, str] | None = None) -> NotifyConfig:
    """Read ``path``; secrets come from the variables it names in ``environ`` (the
    process environment if None). Raises DataFileError naming file and line."""
    env = os.environ if environ is None else environ
    root = read_yaml(path)
    top = root.mapping("the notification settings", ("webhooks", "atom", "email"))
    webhooks = tuple(_webhook(s, env) for s in top["webhooks"].items("webhooks")) if (
        "webhooks" in top) else ()  # fmt: skip
    atom = _atom(top["atom"], path.parent) if "atom" in top else None
    email = _email(top["email"], env) if "email" in top else None
    if not webhooks and atom is None and email is None:
        raise root.error("give at least one of webhooks, atom or email")
    return NotifyConfig(root.file, webhooks, atom, email)


def _webhook(spot: Spot, env: Mapping[str, str]) -> WebhookTarget:
    given = spot.mapping("a webhook", ("url", "secret_env", "timeout"))
    for key in ("url", "secret_env"):
        if key not in given:
            raise spot.error(f"a webhook needs {key}")
    url = given["url"].text("url")
    if urlparse(url).scheme not in ("http", "https") or not urlparse(url).netloc:
        raise given["url"].error(f"url {url!r}: give an http:// or https:// address")
    secret = _secret(given["secret_env"], env)
    if secret is None:
        raise given["secret_env"].error("the webhook's secret variable is not set")
    timeout = given["timeout"].number("timeout", 0.1, 600) if "timeout" in given else 10.0
    return WebhookTarget(url, secret, timeout)


def _atom(spot: Spot, folder: Path) -> AtomTarget:
    given = spot.mapping("atom", ("path", "title", "id", "max_entries"))
    if "path" not in given:
        raise spot.error("atom needs the path of the feed file to write")
    path = Path(given["path"].text("path")).expanduser()
    return AtomTarget(
        path=path if path.is_absolute() else folder / path,
        title=given["title"].text("title") if "title" in given else "watchfloor alerts",
        feed_id=given["id"].text("id") if "id" in given else "urn:watchfloor:alerts",
        max_entries=given["max_entries"].whole("max_entries", 1, 10000)
        if "max_entries" in given else 100,
    )  # fmt: skip


def _email(spot: Spot, env: Mapping[str, str]) -> EmailTarget:
    keys = ("host", "port", "from", "to", "starttls", "username_env", "password_env", "timeout")
    given = spot.mapping("email", keys)
    for key in ("host", "from", "to"):
        if key not in given:
            raise spot.error(f"email needs {key}")
    recipients = given["to"].texts("a recipient")
    for address, item in zip(recipients, given["to"].each("to"), strict=True):
        if "@" not in address:
            raise item.error(f"{address!r} is not an email address")
    return EmailTarget(
        host=given["host"].text("host"),
        port=given["port"].whole("port", 1, 65535) if "port" in given else 25,
        sender=given["from"].text("from"),
        recipients=recipients,
        starttls=given["starttls"].flag("starttls") if "starttls" in given else False,
        username=_secret(given.get("username_env"), env),
        password=_secret(given.get("password_env"), env),
        timeout=given["timeout"].number("timeout", 0.1, 600) if "timeout" in given else 30.0,
    )


def _secret(spot: Spot | None, env: Mapping[str, str]) -> str | None:
    """The value of the environment variable ``spot`` names (None if it is not set)."""
    if spot is None:
        return None
    name = spot.text("an environment variable's name")
    if not name.replace("_", "").isalnum():
        raise spot.error(f"{name!r} is not an environment variable's name")
    return env.get(name) or None
