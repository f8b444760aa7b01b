"""Suite-wide guards: no network, no NLTK downloads; shared fixtures."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "seeds" / "000_f40a1664c5cdecd9.txt"


class NetworkBlocked(socket.gaierror):
    """Raised where the network would be used; an OSError, as a real offline machine gives."""


LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "localhost", "0.0.0.0", ""})


def _is_local(address) -> bool:
    """Unix sockets and loopback: how worker processes and an in-process dask cluster talk to us."""
    return isinstance(address, (str, bytes)) or (isinstance(address, tuple) and address[0] in LOOPBACK_HOSTS)


@pytest.fixture(autouse=True)
def _no_network(monkeypatch):
    """newscli works offline: a connection beyond this machine, or an NLTK download, fails the test."""
    real_connect = socket.socket.connect
    real_getaddrinfo = socket.getaddrinfo

    def connect(self, address):
        if not _is_local(address):
            raise NetworkBlocked(f"newscli tried to connect to {address!r}")
        return real_connect(self, address)

    def getaddrinfo(host, *args, **kwargs):
        if host not in LOOPBACK_HOSTS and host is not None:
            raise NetworkBlocked(f"newscli tried to resolve {host!r}")
        return real_getaddrinfo(host, *args, **kwargs)

    def refuse(*args, **kwargs):
        raise NetworkBlocked("newscli tried to download NLTK data")

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    import nltk

    monkeypatch.setattr(nltk, "download", refuse)
    monkeypatch.setattr(nltk.downloader, "download", refuse)


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample_doc(sample_text):
    from newscli.document import build_document

    return build_document(sample_text)


def fresh_interpreter(code: str) -> str:
    """What ``code`` prints, run by a fresh interpreter in the repository (where newscli's imports, NLTK's or the
    way worker processes start must not depend on what the suite has loaded); it must exit 0."""
    finished = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=False)
    assert finished.returncode == 0, finished.stderr
    return finished.stdout.strip()


def attributed_holders(text: str) -> list[str]:
    """The holder's mention of each attribution the sources analysis finds in ``text`` (the sources tests' probe)."""
    from newscli.document import build_document
    from newscli.entities import extract_entities
    from newscli.quotes import extract_quotes
    from newscli.sources.attributions import find_attributions

    document = build_document(text)
    entities = extract_entities(document)
    return [found.speaker.mention for found in find_attributions(document, extract_quotes(document, entities=entities), entities)]
