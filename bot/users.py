"""Console users: adding them and checking a password at sign-in.

Passwords are hashed with Werkzeug's `generate_password_hash` (scrypt, salted), the
same library Flask itself depends on; the clear password is never stored or logged.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import sqlalchemy as sa
from sqlmodel import Session, col, select
from werkzeug.security import check_password_hash, generate_password_hash

from bot import audit
from bot.db import begin_write
from bot.models import User

ROLES = ("seller", "manager")
MIN_PASSWORD = 8
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
# Compared against when the email is unknown, so a wrong email costs as long as a
# wrong password and sign-in does not reveal who has an account.
_DUMMY_HASH = generate_password_hash("not-a-password")


class UserError(ValueError):
    """A user that cannot be added as asked; the message says why."""


def add_user(
    session: Session,
    email: str,
    *,
    role: str,
    password: str,
    name: str | None,
    now: dt.datetime,
    actor: str,
    replace: bool = False,
    tz: str | None = None,
    phone: str | None = None,
) -> User:
    """Add a console user (or, with `replace`, reset an existing one's role and password).

    `tz` is the IANA zone the console shows them times in (None: their browser's).
    """
    email = email.strip().lower()
    if not _EMAIL.fullmatch(email):
        raise UserError(f"{email!r} is not an email address")
    if role not in ROLES:
        raise UserError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
    if len(password) < MIN_PASSWORD:
        raise UserError(f"a password needs at least {MIN_PASSWORD} characters")
    if tz is not None:
        try:
            ZoneInfo(tz)
        except (ZoneInfoNotFoundError, ValueError):
            raise UserError(f"{tz!r} is not an IANA time zone (e.g. America/Santiago)") from None
    begin_write(session)
    user = session.exec(select(User).where(User.email == email)).first()
    if user is not None and not replace:
        raise UserError(f"{email} already exists (use --replace to reset role and password)")
    if user is None:
        user = User(email=email, name="", role=role, password_hash="", created_at=now)
    user.name = (name or email.split("@")[0]).strip()[:200]
    if phone is not None:  # shown on the quotes this seller sends
        user.phone = phone.strip()[:32] or None
    if user.id is not None:  # a reset password: sessions signed in with the old one end
        user.session_version += 1
    user.role, user.active = role, True
    if tz is not None:
        user.tz = tz
    user.password_hash = generate_password_hash(password)
    session.add(user)
    audit.record(session, f"user:{email}", "user_saved", actor, None, role=role)
    return user


def authenticate(session: Session, email: str, password: str, now: dt.datetime) -> User | None:
    """The active user with this email and password, or None (whichever part was wrong)."""
    user = session.exec(select(User).where(User.email == email.strip().lower())).first()
    if user is None or not user.active:
        check_password_hash(_DUMMY_HASH, password)
        return None
    if not check_password_hash(user.password_hash, password):
        return None
    begin_write(session)
    user.last_login_at = now
    session.add(user)
    return user


def end_sessions(session: Session, user_id: int, actor: str) -> None:
    """Sign `user_id` out everywhere: every console cookie issued so far stops working.

    The version is part of each cookie's identity and checked on every request, so a
    signed cookie copied before sign-out is refused after it (the cookie itself lives
    in the browser; only this number lives on the server).
    """
    begin_write(session)
    ended = session.execute(
        sa.update(User)
        .where(col(User.id) == user_id)
        .values(session_version=col(User.session_version) + 1, last_seen_at=None)
        .returning(col(User.email))
    ).scalar()
    if ended is not None:
        audit.record(session, f"user:{ended}", "signed_out", actor, None)
