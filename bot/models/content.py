"""Twilio Content API resources Mostrador created, by shape, so each is created once."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Field, SQLModel

from bot.models.fields import time_field


class ContentShape(SQLModel, table=True):
    """One content resource per shape (`twilio/list-picker:5`: a list of five items, every
    text a variable); every list of five is then sent as this `content_sid` with its own
    ContentVariables (channels/twilio_content.py)."""

    __tablename__ = "content_shapes"

    key: str = Field(primary_key=True, max_length=64)
    content_sid: str = Field(max_length=64)
    created_at: dt.datetime = time_field()
