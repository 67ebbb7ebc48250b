"""`mostrador email`: the RFQ mailbox."""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import AppGroup

from bot.cli.schema import needs_schema
from channels.email.mailbox import poll_once, wait_for_mail

email_cli = AppGroup("email", help="The RFQ mailbox.")


@email_cli.command("poll")
@click.option("--once", is_flag=True, help="Read new mail once and stop.")
@click.option(
    "--every",
    type=click.IntRange(min=5),
    default=60,
    show_default=True,
    help="Seconds between polls when not --once.",
)
@needs_schema
def email_poll(once: bool, every: int) -> None:
    """Fetch and answer new RFQ mail; bad mail goes to the Quarantine folder.

    Between polls it waits with IMAP IDLE when the server offers it (new mail is
    answered at once), else sleeps `--every` seconds.
    """
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    while True:
        try:
            report = poll_once(app)
        except RuntimeError as exc:
            raise click.ClickException(str(exc)) from exc
        click.echo(
            f"read {report.read}, answered {report.answered}, "
            f"already seen {report.already_seen}, for sellers {report.held}, "
            f"quarantined {len(report.quarantined)}"
        )
        for uid, reason in report.quarantined:
            click.echo(f"  quarantined UID {uid}: {reason}")
        if once:
            return
        try:
            wait_for_mail(app, every)
        except OSError as exc:  # the server went away: poll again after a pause
            click.echo(f"waiting for mail failed ({exc}); polling again", err=True)
