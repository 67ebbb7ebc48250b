"""What the matcher learned for a customer from sellers and buyers; a seller can forget one."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import login_required
from werkzeug.wrappers import Response

from bot.db import get_engine, get_session, session_scope
from bot.matching.learning import for_customer, forget
from bot.models import Customer, LearnedReference
from bot.web.console.auth import me
from bot.web.console.blueprint import bp


@bp.app_template_global()
def learned_references(customer_id: str) -> list[LearnedReference]:
    """For the customer panel (templates/console/_learned_refs.html)."""
    return for_customer(get_session(), customer_id)


@bp.get("/customers/<customer_id>/learned")
@login_required
def learned(customer_id: str) -> str:
    session = get_session()
    customer = session.get(Customer, customer_id)
    if customer is None:
        abort(404)
    return render_template(
        "console/learned.html",
        customer=customer,
        refs=for_customer(session, customer_id),
        user=me(),
    )


@bp.post("/learned/<int:ref_id>/forget")
@login_required
def forget_reference(ref_id: int) -> Response:
    with session_scope(get_engine(), write=True) as session:
        ref = session.get(LearnedReference, ref_id)
        if ref is None:
            abort(404)
        customer_id = ref.customer_id
        forget(session, ref_id, me().email)
    flash("Forgotten: the next such request is matched as before.", "ok")
    back = request.form.get("next") or ""
    if back.startswith("/console/") and "//" not in back:  # only back into the console
        return redirect(back)
    return redirect(url_for("console.learned", customer_id=customer_id))
