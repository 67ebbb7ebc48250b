"""WhatsApp as Twilio delivers it: signed webhooks from a `Customer`, and a local
server standing in for Twilio's Messages API, Content API and typing indicator
(`FakeTwilio`)."""

from __future__ import annotations

import itertools
import json
import re
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
    """A local server answering like Twilio: POST /2010-04-01/Accounts/<sid>/Messages.json
    (kept in `sent`), POST /v1/Content (JSON; kept in `contents` by SID, with the
    credentials it came with) and POST /v2/Indicators/Typing.json (kept in `typing`)."""

    def __init__(self) -> None:
        self.sent: list[dict[str, str]] = []
        self.fail_next: list[int] = []
        self.contents: dict[str, dict[str, Any]] = {}
        self.content_auth: list[str] = []
        self.typing: list[dict[str, str]] = []
        numbers = itertools.count(1)
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def _json(self, status: int, answer: dict[str, Any]) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(json.dumps(answer).encode())

            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers["Content-Length"]))
                if self.path == "/v1/Content":
                    sid = f"HX{next(numbers):032x}"
                    fake.contents[sid] = json.loads(raw)
                    fake.content_auth.append(self.headers.get("Authorization", ""))
                    return self._json(201, {"sid": sid, **fake.contents[sid]})
                form = dict(urllib.parse.parse_qsl(raw.decode()))
                if self.path == "/v2/Indicators/Typing.json":
                    fake.typing.append(form)
                    return self._json(200, {"success": True})
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
        """The text messages sent to `to` (content messages, which carry no Body, left out:
        `options` and `body_of` read those)."""
        return [m["Body"] for m in self.sent if m["To"] == to and "Body" in m]

    def options(self, message: dict[str, str]) -> list[dict[str, str]]:
        """The options a Content API message showed: its shape filled with its variables."""
        if "ContentSid" not in message or message["ContentSid"] not in self.contents:
            return []
        values = json.loads(message.get("ContentVariables") or "{}")
        types = self.contents[message["ContentSid"]]["types"]

        def fill(text: str) -> str:
            return re.sub(r"\{\{(\d+)\}\}", lambda m: values[m[1]], text)

        if "twilio/list-picker" in types:
            return [{"title": fill(i["item"]), "id": fill(i["id"]),
                     "description": fill(i["description"])}
                    for i in types["twilio/list-picker"]["items"]]  # fmt: skip
        return [{"title": fill(a["title"]), "id": fill(a["id"])}
                for a in types["twilio/quick-reply"]["actions"]]  # fmt: skip

    def body_of(self, message: dict[str, str]) -> str:
        """What the buyer reads: the Body, or a content message's body variable."""
        if "ContentSid" in message and message["ContentSid"] in self.contents:
            return str(json.loads(message.get("ContentVariables") or "{}").get("1", ""))
        return message.get("Body", "")


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
