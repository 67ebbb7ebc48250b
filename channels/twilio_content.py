"""Twilio's Content API: list pickers and quick replies, created once per shape.

A shape is a content type with a number of options (`twilio/list-picker:5`) whose every
text is a variable (`{{1}}` the body, then title, id and description of each option).
The first time a shape is needed it is created with `POST {TWILIO_CONTENT_API_BASE_URL}
/v1/Content` and its SID kept in `content_shapes`; every later message of that shape is
sent with that `ContentSid` and its own `ContentVariables`. Two workers creating the
same shape at once keep the first SID stored (the other resource is simply unused).
"""

from __future__ import annotations

from typing import Any

import requests
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session

from bot.choices import LIST, Choices
from bot.clock import utcnow
from bot.models import ContentShape
from bot.senders import PermanentSendError, RetryableSendError

LIST_PICKER, QUICK_REPLY = "twilio/list-picker", "twilio/quick-reply"


def shape_key(choices: Choices) -> str:
    kind = LIST_PICKER if choices.kind == LIST else QUICK_REPLY
    return f"{kind}:{len(choices.options)}"


def definition(choices: Choices) -> dict[str, Any]:
    """The content resource for `choices`' shape: every text a numbered variable."""
    count = len(choices.options)
    defaults: dict[str, str] = {"1": "body"}
    if choices.kind == LIST:
        defaults["2"] = "button"
        items = []
        for n in range(count):
            title, id_, description = (str(3 + 3 * n + k) for k in range(3))
            items.append({"item": f"{{{{{title}}}}}", "id": f"{{{{{id_}}}}}",
                          "description": f"{{{{{description}}}}}"})  # fmt: skip
            defaults.update({title: f"item {n + 1}", id_: f"id{n + 1}", description: "-"})
        types = {LIST_PICKER: {"body": "{{1}}", "button": "{{2}}", "items": items}}
    else:
        actions = []
        for n in range(count):
            title, id_ = str(2 + 2 * n), str(3 + 2 * n)
            actions.append({"title": f"{{{{{title}}}}}", "id": f"{{{{{id_}}}}}"})
            defaults.update({title: f"button {n + 1}", id_: f"id{n + 1}"})
        types = {QUICK_REPLY: {"body": "{{1}}", "actions": actions}}
    types["twilio/text"] = {"body": "{{1}}"}  # where the channel cannot show options
    name = shape_key(choices).replace("twilio/", "mostrador_").replace("-", "_").replace(":", "_")
    return {"friendly_name": name, "language": "es", "variables": defaults, "types": types}


def variables(choices: Choices) -> dict[str, str]:
    """ContentVariables filling the shape's variables with this message's texts."""
    values = {"1": choices.body}
    if choices.kind == LIST:
        values["2"] = choices.button
        for n, option in enumerate(choices.options):
            values[str(3 + 3 * n)] = option.title
            values[str(4 + 3 * n)] = option.id
            values[str(5 + 3 * n)] = option.description or option.title  # required
    else:
        for n, option in enumerate(choices.options):
            values[str(2 + 2 * n)] = option.title
            values[str(3 + 2 * n)] = option.id
    return values


class ContentApi:
    """`POST /v1/Content` with the account's credentials."""

    def __init__(self, account_sid: str, auth_token: str, base_url: str) -> None:
        self.auth = (account_sid, auth_token)
        self.url = base_url.rstrip("/") + "/v1/Content"

    def create(self, resource: dict[str, Any]) -> str:
        try:
            response = requests.post(self.url, json=resource, auth=self.auth, timeout=15)
        except requests.RequestException as exc:
            raise RetryableSendError(f"Twilio Content API unreachable: {exc}") from exc
        if response.status_code == 429 or response.status_code >= 500:
            raise RetryableSendError(f"Twilio Content API {response.status_code}")
        if response.status_code >= 400:
            raise PermanentSendError(
                f"Twilio Content API {response.status_code}: {response.text[:300]}",
                str(response.status_code),
            )
        return str(response.json()["sid"])


class ContentShapes:
    """The SID of each shape: from `content_shapes`, else created once and stored."""

    def __init__(self, api: ContentApi, engine: Engine) -> None:
        self.api = api
        self.engine = engine

    def sid_for(self, choices: Choices) -> str:
        key = shape_key(choices)
        with Session(self.engine) as session:
            known = session.get(ContentShape, key)
            if known is not None:
                return known.content_sid
        sid = self.api.create(definition(choices))
        with Session(self.engine) as session:
            session.add(ContentShape(key=key, content_sid=sid,
                                     created_at=utcnow()))  # fmt: skip
            try:
                session.commit()
            except sa.exc.IntegrityError:  # created at the same time elsewhere: keep theirs
                session.rollback()
                stored = session.get(ContentShape, key)
                assert stored is not None
                return stored.content_sid
        return sid
