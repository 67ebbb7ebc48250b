"""Configuration from the environment (and a `.env` file), as SPEC.md lists it.

Every setting has one home here so that the web process, the RQ worker and the
CLI agree on what they run against. Values are parsed once, at app creation, and
a bad value stops start-up with a message naming the variable: a typo in
`MARGIN_FLOOR_PCT` must not silently become "no margin floor".
"""

from __future__ import annotations

import datetime as dt
import os
import re
import secrets
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from dotenv import dotenv_values

from bot.hours import BusinessHours, HoursError
from bot.limits import MAX_REQUEST_BYTES

# Where the code sits: the checkout (or installed tree) holding bot/ and templates/.
ROOT = Path(__file__).resolve().parent.parent
# Every buyer- and seller-facing text: Jinja2 pages, messages, mail, the quote document.
TEMPLATES = ROOT / "templates"


class ConfigError(ValueError):
    """A configuration value that cannot be used; the message names the variable."""


def _bool(name: str, raw: str) -> bool:
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off", ""}:
        return False
    raise ConfigError(f"{name}: expected true/false, got {raw!r}")


def _int(name: str, raw: str) -> int:
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"{name}: expected a whole number, got {raw!r}") from None


def _decimal(name: str, raw: str) -> Decimal:
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise ConfigError(f"{name}: expected a number, got {raw!r}") from None
    if not value.is_finite():
        raise ConfigError(f"{name}: expected a finite number, got {raw!r}")
    return value


def _hours(name: str, raw: str) -> BusinessHours:
    try:
        return BusinessHours.parse(raw)
    except HoursError as exc:
        raise ConfigError(f"{name}: {exc}") from None


_QUIET = re.compile(r"([01]\d|2[0-3]):[0-5]\d\s*-\s*([01]\d|2[0-3]):[0-5]\d")

# name -> (default, parser). None as default means "unset".
_SETTINGS: dict[str, tuple[str | None, Any]] = {
    "DATABASE_URL": (None, str),  # resolved against the instance folder below
    "REDIS_URL": (None, str),
    "PUBLIC_BASE_URL": ("http://127.0.0.1:5000", str),
    "TWILIO_ACCOUNT_SID": (None, str),
    "TWILIO_AUTH_TOKEN": (None, str),
    "TWILIO_WHATSAPP_FROM": (None, str),
    "TWILIO_API_BASE_URL": ("https://api.twilio.com", str),
    # Twilio's Content API: list pickers and quick replies are created there (SPEC.md).
    "TWILIO_CONTENT_API_BASE_URL": ("https://content.twilio.com", str),
    # Twilio's typing indicator while a turn takes over a second; off unless the account
    # supports it (`TWILIO_TYPING=1`). Its base URL, for a gateway or a test double.
    "TWILIO_TYPING": ("false", _bool),
    "TWILIO_MESSAGING_API_BASE_URL": ("https://messaging.twilio.com", str),
    # The secret webhooks are signed with when it is not the Auth Token (a SharedKey).
    "TWILIO_WEBHOOK_SECRET": (None, str),
    # The approved template (Content SID) sent outside WhatsApp's 24-hour window.
    "TWILIO_TEMPLATE_SID": (None, str),
    # Each proactive notice's approved template: one SID, or `es=HX…,en=HX…` (README).
    "TWILIO_TEMPLATE_QUOTE_REMINDER": (None, str),
    "TWILIO_TEMPLATE_ORDER_SHIPPED": (None, str),
    "TWILIO_TEMPLATE_BACK_IN_STOCK": (None, str),
    "IMAP_HOST": (None, str),
    "IMAP_PORT": ("993", _int),
    "IMAP_USER": (None, str),
    "IMAP_PASSWORD": (None, str),
    "IMAP_SSL": ("true", _bool),
    "IMAP_FOLDER": ("INBOX", str),
    "SMTP_HOST": (None, str),
    "SMTP_PORT": ("587", _int),
    "SMTP_USER": (None, str),
    "SMTP_PASSWORD": (None, str),
    "SMTP_STARTTLS": ("true", _bool),
    "MAIL_FROM": (None, str),
    "API_TOKEN": (None, str),
    "SECRET_KEY": (None, str),  # generated into the instance folder when unset
    "ERP_OUTBOX_DIR": (None, str),  # defaults to <instance>/erp-outbox
    "ERP_WEBHOOK_URL": (None, str),
    "ERP_IMPORT_DIR": (None, str),  # folder the `rq cron` ERP sync imports (README)
    # An import removing more than this percent of a table's rows is refused (ERP.md).
    "IMPORT_MAX_DROP_PCT": ("20", _decimal),
    "MARGIN_FLOOR_PCT": ("10", _decimal),
    "MAX_DISCOUNT_PCT": ("15", _decimal),
    "QUOTE_VALID_DAYS": ("15", _int),
    # Days before a quote's expiry its customer is reminded (SPEC.md).
    "QUOTE_REMINDER_DAYS": ("2", _int),
    # Local hours (the customer's time zone) when no proactive notice goes out.
    "NOTICE_QUIET_HOURS": ("21:00-08:00", str),
    # The distributor on quote and statement documents (our addition; README):
    # name, tax id, address, a free line (mail, phone, web) and a logo file (PNG/JPEG/SVG).
    "COMPANY_NAME": ("Mostrador Demo Distributor", str),
    "COMPANY_TAX_ID": ("77.654.321-0", str),
    "COMPANY_ADDRESS": ("Av. Industrial 1234, Quilicura, Santiago, Chile", str),
    "COMPANY_DETAILS": ("ventas@mostrador.example · +56 2 2345 6789", str),
    "COMPANY_LOGO": (None, str),
    # Tax on documents: net × TAX_RATE_PCT %, rounded half-up to the cent.
    "TAX_RATE_PCT": ("0", _decimal),
    "TAX_NAME": ("Tax", str),
    # A console sign-in ends after this many idle hours, and after 12 at most (README).
    "CONSOLE_SESSION_HOURS": ("8", _int),
    # Failed console sign-ins allowed per account and per address (then 429; README).
    "CONSOLE_SIGNIN_LIMIT_ACCOUNT": ("10 per 15 minutes", str),
    "CONSOLE_SIGNIN_LIMIT_ADDRESS": ("30 per 15 minutes", str),
    # How many reverse proxies stand before gunicorn (their X-Forwarded-* are trusted).
    "PROXY_HOPS": ("0", _int),
    # Brand left open by the buyer: offer one by rule ("choose") or ask ("ask").
    "BRAND_CHOICE": ("choose", str),
    # When sellers answer (bot/hours.py); unset = always. Named to a buyer who waits.
    "BUSINESS_HOURS": (None, _hours),
    # The language of the ERP's `description` column: those buyers read items by it.
    "DESCRIPTION_LANGUAGE": ("es", str),
    # Insights: a quoted line is won when the customer orders the SKU within these days.
    "WIN_WINDOW_DAYS": ("30", _int),
    # Open chats a seller is assigned at most before round-robin skips them (SPEC.md).
    "SELLER_MAX_CHATS": ("10", _int),
}


def load_settings(
    instance_path: str | os.PathLike[str],
    environ: Mapping[str, str] | None = None,
    dotenv_path: str | os.PathLike[str] | None = ".env",
) -> dict[str, Any]:
    """Return the settings, the process environment winning over `.env`.

    Args:
        instance_path: the app's instance folder (SQLite file, secret key, outbox).
        environ: the environment to read; `os.environ` when None.
        dotenv_path: a `.env` file to read if it exists; None to skip.
    """
    source: dict[str, str] = {}
    if dotenv_path is not None and Path(dotenv_path).is_file():
        source.update({k: v for k, v in dotenv_values(dotenv_path).items() if v is not None})
    source.update(os.environ if environ is None else environ)

    settings: dict[str, Any] = {}
    for name, (default, parse) in _SETTINGS.items():
        raw = source.get(name)
        if raw is None or raw == "":
            raw = default
        settings[name] = None if raw is None else parse(name, raw) if parse is not str else raw

    instance = Path(instance_path)
    if not settings["DATABASE_URL"]:
        settings["DATABASE_URL"] = f"sqlite:///{instance / 'mostrador.db'}"
    if not settings["ERP_OUTBOX_DIR"]:
        settings["ERP_OUTBOX_DIR"] = str(instance / "erp-outbox")
    for pct in ("MARGIN_FLOOR_PCT", "MAX_DISCOUNT_PCT", "IMPORT_MAX_DROP_PCT", "TAX_RATE_PCT"):
        if not Decimal(0) <= settings[pct] <= Decimal(100):
            raise ConfigError(f"{pct}: expected a percentage between 0 and 100")
    if settings["QUOTE_VALID_DAYS"] < 1:
        raise ConfigError("QUOTE_VALID_DAYS: expected at least 1 day")
    if settings["QUOTE_REMINDER_DAYS"] < 0:
        raise ConfigError("QUOTE_REMINDER_DAYS: expected 0 days or more")
    if not _QUIET.fullmatch(settings["NOTICE_QUIET_HOURS"].strip()):
        raise ConfigError("NOTICE_QUIET_HOURS: expected e.g. '21:00-08:00'")
    logo = settings["COMPANY_LOGO"]
    if logo and not Path(logo).is_file():
        raise ConfigError(f"COMPANY_LOGO: no such file: {logo}")
    if settings["WIN_WINDOW_DAYS"] < 0:
        raise ConfigError("WIN_WINDOW_DAYS: expected 0 days or more")
    if settings["BRAND_CHOICE"] not in ("choose", "ask"):
        raise ConfigError("BRAND_CHOICE: expected 'choose' or 'ask'")
    if settings["SELLER_MAX_CHATS"] < 1:
        raise ConfigError("SELLER_MAX_CHATS: expected at least 1 chat")
    if not 1 <= settings["CONSOLE_SESSION_HOURS"] <= 12:
        raise ConfigError("CONSOLE_SESSION_HOURS: expected 1 to 12 hours")
    if not settings["SECRET_KEY"]:
        settings["SECRET_KEY"] = _instance_secret(instance)
    settings["PUBLIC_BASE_URL"] = settings["PUBLIC_BASE_URL"].rstrip("/")
    settings["MAX_CONTENT_LENGTH"] = MAX_REQUEST_BYTES  # Flask answers 413 past it, unread
    return settings


def session_cookies(config: Mapping[str, Any]) -> dict[str, Any]:
    """Flask's and Flask-Login's cookie settings, derived from ours.

    Set explicitly rather than with `config.setdefault`, which does nothing for these
    keys (Flask and Flask-Login have their own defaults: no `Secure`, no `SameSite`, 31
    days, a year for the remember cookie). `Secure` follows PUBLIC_BASE_URL: behind
    https the browser never sends the cookie over plain http.
    """
    secure = str(config["PUBLIC_BASE_URL"]).startswith("https://")
    lifetime = dt.timedelta(hours=int(config["CONSOLE_SESSION_HOURS"]))
    return {
        "SESSION_COOKIE_SECURE": secure,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "PERMANENT_SESSION_LIFETIME": lifetime,  # idle expiry: refreshed on each request
        "REMEMBER_COOKIE_SECURE": secure,  # the console never sets one; if it ever does
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        "REMEMBER_COOKIE_DURATION": lifetime,
    }


def _instance_secret(instance: Path) -> str:
    """Read, or create once, a random secret kept in the instance folder.

    Sessions survive restarts and all processes on the machine share the key,
    without anyone having to invent one for a demo.
    """
    path = instance / "secret_key"
    if path.is_file():
        return path.read_text().strip()
    instance.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    # O_EXCL: if two processes race on first start, one key wins and both use it.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text().strip()
    with os.fdopen(fd, "w") as handle:
        handle.write(key)
    return key
