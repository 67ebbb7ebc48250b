"""Signing in and out of the console, and who may do what."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar, cast

from flask import abort, flash, redirect, render_template, request, session, url_for
from flask_login import UserMixin, current_user, login_required, login_user, logout_user
from flask_wtf.csrf import CSRFError
from werkzeug.wrappers import Response

from bot.approvals import ROLE_RANK
from bot.clock import utcnow
from bot.db import get_engine, get_session, session_scope
from bot.models import User
from bot.users import authenticate
from bot.web.console.blueprint import bp, login_manager

MAX_SIGNED_IN = dt.timedelta(hours=12)  # however active: sign in again after this
F = TypeVar("F", bound=Callable[..., Any])


class Seller(UserMixin):
    """The signed-in user as Flask-Login sees it (loaded afresh on every request, so a
    deactivated user or a changed role applies at once)."""

    def __init__(self, user: User) -> None:
        self.id, self.email, self.name, self.role = user.id, user.email, user.name, user.role

    def may(self, role: str) -> bool:
        return ROLE_RANK.get(self.role, 0) >= ROLE_RANK.get(role, 99)


@login_manager.user_loader
def _load(user_id: str) -> Seller | None:
    user = get_session().get(User, int(user_id)) if user_id.isdigit() else None
    return Seller(user) if user is not None and user.active else None


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
    logout_user()
    session.clear()
    return redirect(url_for("console.login"))


@bp.errorhandler(CSRFError)
def _csrf_refused(error: CSRFError) -> tuple[str, int]:
    return render_template(
        "console/error.html", title="Form expired", detail=error.description
    ), 400
