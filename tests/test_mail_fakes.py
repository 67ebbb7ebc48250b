"""The IMAP server the mail tests deliver through (started by bench/pymap_server.py for
tests/mail_fakes.py and the email benchmark) starts whatever else the machine is doing: it
waits for pymap to greet, and starts it again elsewhere when the port it picked was taken
before pymap could bind it."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.pymap_server import free_port, start_pymap, stop_pymap
from tests.mail_fakes import Mailbox, rfq

pytestmark = pytest.mark.server  # starts pymap


def test_a_port_taken_by_something_silent_is_not_mistaken_for_pymap(tmp_path: Path) -> None:
    with socket.socket() as squatter:  # accepts connections (backlog), never greets
        squatter.bind(("127.0.0.1", 0))
        squatter.listen(8)
        taken = squatter.getsockname()[1]
        picks: Iterator[int] = iter([taken])

        server, port = start_pymap(tmp_path, pick_port=lambda: next(picks, None) or free_port())
        try:
            assert port != taken
            assert server.poll() is None
            box = Mailbox(port)
            box.drop(rfq("10 rodamientos 6204 2RS SKF"))
            assert box.count("INBOX") == 1
            assert list(tmp_path.glob(f"pymap-{taken}.log"))  # why the first try failed, kept
        finally:
            stop_pymap(server)
    assert server.poll() is not None
