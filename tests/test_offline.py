"""newscli never reaches beyond this machine: the suite's guard must itself work."""

import socket

import pytest

from .conftest import NetworkBlocked


def test_the_network_guard_blocks_remote_connections():
    with pytest.raises(NetworkBlocked):
        socket.create_connection(("example.com", 80), timeout=1)
    import nltk

    with pytest.raises(NetworkBlocked):
        nltk.download("cmudict")
