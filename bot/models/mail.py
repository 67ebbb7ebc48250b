"""Where the RFQ mailbox reader is: per folder, UIDVALIDITY and the last UID read."""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import Field, SQLModel


class MailCursor(SQLModel, table=True):
    """Read position in one IMAP folder. A new UIDVALIDITY means the UIDs were reset:
    the folder is read again from the start (Message-IDs keep it from answering twice).
    The row is locked while a poller runs, so two pollers never read the same mail."""

    __tablename__ = "mail_cursors"

    folder: str = Field(primary_key=True, max_length=200)
    uidvalidity: int = Field(default=0, sa_type=sa.BigInteger)
    last_uid: int = Field(default=0, sa_type=sa.BigInteger)
