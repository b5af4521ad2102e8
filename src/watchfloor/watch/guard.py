"""The address guard: a feed may not reach private, loopback, link-local or otherwise
non-public addresses (a server-side request forgery guard) unless its feeds file says
``allow_private: true``.

The host is resolved here and every address it resolves to is checked; the request
then connects to the checked address itself (``fetch.py`` pins it), so a name that
resolves differently a moment later cannot slip through. Redirects are checked again.
"""

from __future__ import annotations

import ipaddress
import socket

from watchfloor.watch.errors import FetchError


def vetted_address(url: str, host: str, port: int, allow_private: bool) -> str:
    """An address of ``host`` to connect to; FetchError when it cannot be resolved or
    (unless ``allow_private``) when any address it resolves to is not public."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(url, f"cannot resolve {host} ({exc})", retryable=True) from exc
    addresses = [str(info[4][0]) for info in infos]
    if not addresses:
        raise FetchError(url, f"{host} resolves to no address", retryable=True)
    if not allow_private:
        for address in addresses:
            if not is_public(address):
                raise FetchError(
                    url,
                    f"refused: {host} resolves to {address}, a private, loopback or link-local "
                    "address; if the feed is meant to be inside your network, add "
                    "'allow_private: true' to it in the feeds file",
                    retryable=False,
                    refused=True,
                )
    return addresses[0]


def is_public(address: str) -> bool:
    """Whether ``address`` is a public unicast address (IPv4-mapped IPv6 judged as IPv4)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast
