"""WhatsApp as Twilio delivers it: signed webhooks from a `Customer`, and a local
server standing in for Twilio's Messages API (`FakeTwilio`)."""

from __future__ import annotations

import itertools
import json
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from flask import Flask
from twilio.request_validator import RequestValidator

TOKEN = "twilio-auth-token"
PUBLIC = "https://mostrador.example"
OUR_NUMBER = "whatsapp:+14155238886"


class FakeTwilio:
    """A local server answering POST /2010-04-01/Accounts/<sid>/Messages.json like Twilio."""

    def __init__(self) -> None:
        self.sent: list[dict[str, str]] = []
        self.fail_next: list[int] = []
        numbers = itertools.count(1)
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                form = dict(
                    urllib.parse.parse_qsl(
                        self.rfile.read(int(self.headers["Content-Length"])).decode()
                    )
                )
                if fake.fail_next:
                    status = fake.fail_next.pop(0)
                    body = json.dumps(
                        {
                            "code": 20429 if status == 429 else 20500,
                            "message": "busy",
                            "status": status,
                        }
                    ).encode()
                    self.send_response(status)
                else:
                    sid = f"SMf{next(numbers):031d}"  # never equal to an inbound sid
                    fake.sent.append({**form, "sid": sid})
                    body = json.dumps(
                        {
                            "sid": sid,
                            "status": "queued",
                            "to": form.get("To"),
                            "from": form.get("From"),
                            "body": form.get("Body"),
                        }
                    ).encode()
                    self.send_response(201)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        # A short poll so that shutting it down after each test takes no half second.
        threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        ).start()

    def bodies(self, to: str) -> list[str]:
        return [m.get("Body", "") for m in self.sent if m["To"] == to]


class Customer:
    """Writes to the webhook as Twilio would deliver a customer's WhatsApp message."""

    _sids = itertools.count(1)

    def __init__(self, app: Flask, phone: str) -> None:
        self.client = app.test_client()
        self.address = f"whatsapp:{phone}"

    def send(self, body: str, sid: str | None = None, *, token: str = TOKEN, **fields: str) -> Any:
        """Post `body` signed with `token`; `fields` add to or replace Twilio's form fields."""
        params = {"MessageSid": sid or f"SM{next(self._sids):032x}", "AccountSid": "AC" + "1" * 32,
                  "From": self.address, "To": OUR_NUMBER, "Body": body, "NumMedia": "0",
                  "ProfileName": "WhatsApp name", "WaId": self.address[10:], **fields}  # fmt: skip
        signature = RequestValidator(token).compute_signature(f"{PUBLIC}/webhooks/whatsapp", params)
        response = self.client.post(
            "/webhooks/whatsapp", data=params, headers={"X-Twilio-Signature": signature}
        )
        response.close()  # as a WSGI server does once the answer is out: runs the job
        return response
