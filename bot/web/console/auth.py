"""Signing in and out of the console, and who may do what.

A session cookie names the user and their `session_version`; signing out raises the
version on the server, so that cookie (and any copy of it) stops working even though
the browser may keep it. Failed sign-ins are throttled (`throttle.py`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar, cast

from flask import abort, flash, redirect, render_template, request, session, url_for
from flask_limiter import RateLimitExceeded
from flask_login import UserMixin, current_user, login_required, login_user, logout_user
from flask_wtf.csrf import CSRFError
from werkzeug.wrappers import Response

from bot.approvals import ROLE_RANK
from bot.clock import utcnow
from bot.db import get_engine, get_session, session_scope
from bot.models import User
from bot.users import authenticate, end_sessions
from bot.web.console import throttle
from bot.web.console.blueprint import bp, login_manager

MAX_SIGNED_IN = dt.timedelta(hours=12)  # however active: sign in again after this
F = TypeVar("F", bound=Callable[..., Any])


class Seller(UserMixin):
    """The signed-in user as Flask-Login sees it (loaded afresh on every request, so a
    deactivated user or a changed role applies at once)."""

    def __init__(self, user: User) -> None:
        self.id, self.email, self.name, self.role = user.id, user.email, user.name, user.role
        self.version = user.session_version
        self.tz, self.last_seen_at = user.tz, user.last_seen_at

    def get_id(self) -> str:
        """What the session cookie holds: the user and the version it was signed in at."""
        return f"{self.id}:{self.version}"

    def may(self, role: str) -> bool:
        return ROLE_RANK.get(self.role, 0) >= ROLE_RANK.get(role, 99)


@login_manager.user_loader
def _load(session_id: str) -> Seller | None:
    """The signed-in user, unless deactivated or signed out since the cookie was issued."""
    user_id, _, version = session_id.partition(":")
    if not (user_id.isdigit() and version.isdigit()):
        return None  # a cookie from before versions, or not ours: sign in again
    user = get_session().get(User, int(user_id))
    if user is None or not user.active or user.session_version != int(version):
        return None
    return Seller(user)


def me() -> Seller:
    """The signed-in seller (views are all behind `login_required`)."""
    return cast(Seller, current_user._get_current_object())


def role_required(role: str) -> Callable[[F], F]:
    """Refuse (403) a view to users below `role`."""

    def wrap(view: F) -> F:
        @wraps(view)
        @login_required
        def checked(*args: Any, **kwargs: Any) -> Any:
            if not me().may(role):
                abort(403, description=f"this needs the {role} role")
            return view(*args, **kwargs)

        return cast(F, checked)

    return wrap


@bp.before_app_request
def _expire() -> None:
    """End sign-ins older than MAX_SIGNED_IN (idle ones expire with the cookie)."""
    started = session.get("signed_in_at")
    if (
        started is not None
        and utcnow().timestamp() - float(started) > MAX_SIGNED_IN.total_seconds()
    ):
        logout_user()
        session.clear()


@bp.route("/login", methods=["GET", "POST"])
@throttle.per_account
@throttle.per_address
def login() -> Response | str:
    """Sign in with email and password."""
    if request.method == "POST":
        email = request.form.get("email", "")
        with session_scope(get_engine()) as db:
            user = authenticate(db, email, request.form.get("password", ""), utcnow())
            seller = Seller(user) if user else None
        if seller is None:
            flash("Wrong email or password.", "error")
            return render_template("console/login.html", email=email), 401  # type: ignore[return-value]
        session.clear()
        login_user(seller)
        session.permanent = True  # expires after CONSOLE_SESSION_HOURS idle
        session["signed_in_at"] = utcnow().timestamp()
        target = request.args.get("next", "")
        safe = target.startswith("/console") and not target.startswith("//")
        return redirect(target if safe else url_for("console.queue"))
    return render_template("console/login.html", email="")


@bp.post("/logout")
def logout() -> Response:
    """Sign out here and on the server: the cookie, and any copy of it, stops working."""
    seller = me() if current_user.is_authenticated else None
    if seller is not None and seller.id is not None:
        with session_scope(get_engine(), write=True) as db:
            end_sessions(db, seller.id, seller.email)  # and no longer present

    logout_user()
    session.clear()
    return redirect(url_for("console.login"))


@bp.errorhandler(RateLimitExceeded)
def _throttled(error: RateLimitExceeded) -> tuple[str, int, dict[str, str]]:
    minutes = throttle.retry_minutes(error)
    flash(
        "Too many failed sign-ins for this account or from this address. "
        f"Try again in {minutes} minute{'s' if minutes > 1 else ''}, "
        "or ask a manager to reset your password.",
        "error",
    )
    page = render_template("console/login.html", email=request.form.get("email", ""))
    return page, 429, {"Retry-After": str(minutes * 60)}


@bp.errorhandler(CSRFError)
def _csrf_refused(error: CSRFError) -> tuple[str, int]:
    return render_template(
        "console/error.html", title="Form expired", detail=error.description
    ), 400
