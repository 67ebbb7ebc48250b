"""Learning from sellers: a customer's request words remembered as one of our SKUs.

When a seller completes an open line in the console (with "remember for this
customer" ticked) or a buyer picks one of the offered options, the request is read
into its canonical key (`request_key`: "rulemanes 6204 sellados" and "rodamiento
6204 2rs" are one key) and kept in `learned_references`. The matcher answers the
next request with that key from that customer with the SKU (`reason: "learned"`).
A seller can forget one; `mostrador xref export` writes them as
cross_references.csv so the ERP can adopt them.
"""

from __future__ import annotations

import csv
import weakref
from collections.abc import Callable
from typing import IO, Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from bot import audit
from bot.clock import utcnow
from bot.matching.index import CatalogIndex
from bot.matching.matcher import learn_key
from bot.models import LearnedReference, Product


def remember(
    session: Session,
    index: CatalogIndex,
    *,
    customer_id: str,
    text: str,
    sku: str,
    actor: str,
    source: str,
    quote_number: str | None = None,
) -> LearnedReference | None:
    """Remember that `customer_id` means `sku` by `text`; the newest teaching wins.

    Returns None (and remembers nothing) when the text has no words to key on or
    the SKU is not a product.
    """
    key = learn_key(index, text)
    if not key or session.get(Product, sku) is None:
        return None
    ref = session.exec(
        select(LearnedReference).where(
            LearnedReference.customer_id == customer_id, LearnedReference.request_key == key
        )
    ).first()
    if ref is None:
        ref = LearnedReference(customer_id=customer_id, request_key=key, request_text="", sku=sku,
                               source=source, created_by=actor, created_at=utcnow())  # fmt: skip
    elif ref.sku == sku:
        return ref
    ref.sku, ref.request_text, ref.source = sku, text.strip()[:500], source
    ref.created_by, ref.created_at, ref.quote_number = actor, utcnow(), quote_number
    session.add(ref)
    _changed(session, customer_id)
    audit.record(
        session, f"customer:{customer_id}", "reference learned", actor, quote_number,
        request=ref.request_text, sku=sku, source=source,
    )  # fmt: skip
    return ref


def forget(session: Session, ref_id: int, actor: str) -> LearnedReference | None:
    """Forget one learned reference; None if there is no such reference."""
    ref = session.get(LearnedReference, ref_id)
    if ref is None:
        return None
    session.delete(ref)
    _changed(session, ref.customer_id)
    audit.record(
        session, f"customer:{ref.customer_id}", "reference forgotten", actor, None,
        request=ref.request_text, sku=ref.sku,
    )  # fmt: skip
    return ref


def for_customer(session: Session, customer_id: str) -> list[LearnedReference]:
    return list(
        session.exec(
            select(LearnedReference)
            .where(LearnedReference.customer_id == customer_id)
            .order_by(col(LearnedReference.created_at).desc())
        )
    )


def lookup(session: Session, customer_id: str) -> Callable[[str], str | None]:
    """`key → SKU` for the matcher, for one customer."""

    known: dict[str, str] | None = None

    def find(key: str) -> str | None:
        nonlocal known
        if known is None:  # one read per context (a request, a turn), not one per line
            known = _known(session, customer_id)
        return known.get(key)

    return find


# A customer's learned keys, built once and bound per read (issue #19: building it cost
# more than running it, on every turn).
_KNOWN = select(LearnedReference.request_key, LearnedReference.sku).where(
    col(LearnedReference.customer_id) == sa.bindparam("customer_id")
)

# What a turn's first read (workers/turns.py) says of its customer's learned references:
# how many, and when the newest was taught. Both move whenever a seller or a buyer teaches
# one (`remember` stamps it now) or a seller forgets one.
STAMPS = "mostrador.learned_stamps"  # session.info: customer_id → that stamp, as read
# Per engine (a test's app has its own), per customer: the stamp and the keys read under it.
_KEPT: weakref.WeakKeyDictionary[sa.Engine, dict[str, tuple[Any, dict[str, str]]]] = (
    weakref.WeakKeyDictionary()
)


def stamp_columns(customer_id: Any) -> list[Any]:
    """The stamp of `customer_id`'s (a column) learned references, as two scalar
    subqueries to read beside it (and hand to `stamped`)."""
    of_customer = col(LearnedReference.customer_id) == customer_id
    return [
        select(sa.func.count()).select_from(LearnedReference).where(of_customer)
        .scalar_subquery(),
        select(sa.func.max(LearnedReference.created_at)).where(of_customer).scalar_subquery(),
    ]  # fmt: skip


def stamped(session: Session, customer_id: str, stamp: tuple[Any, ...]) -> None:
    """`customer_id`'s learned references are as `stamp` says in this session: a lookup
    answers from the keys this process read under the same stamp, without reading them
    again (issue #19: a statement every turn for what changes a few times a month)."""
    session.info.setdefault(STAMPS, {})[customer_id] = tuple(stamp)


def _known(session: Session, customer_id: str) -> dict[str, str]:
    stamp = session.info.get(STAMPS, {}).get(customer_id)
    if stamp is None:
        return dict(session.execute(_KNOWN, {"customer_id": customer_id}).all())
    kept = _kept(session)
    found = kept.get(customer_id)
    if found is not None and found[0] == stamp:
        return found[1]
    known = dict(session.execute(_KNOWN, {"customer_id": customer_id}).all())
    kept[customer_id] = (stamp, known)  # read after the stamp: as new as it, or newer
    return known


def _kept(session: Session) -> dict[str, tuple[Any, dict[str, str]]]:
    bind = session.get_bind()
    engine = bind.engine if isinstance(bind, sa.Connection) else bind
    return _KEPT.setdefault(engine, {})


def _changed(session: Session, customer_id: str) -> None:
    """A reference of `customer_id` taught or forgotten in `session`: its lookups read
    them again (in this process at once; elsewhere the stamp has moved once it commits,
    even where the clock stands still, as in tests)."""
    session.info.get(STAMPS, {}).pop(customer_id, None)
    _kept(session).pop(customer_id, None)


def export_csv(session: Session, out: IO[str]) -> int:
    """Write every learned reference as cross_references.csv rows; returns how many.

    The customer's part number column holds the words the customer wrote.
    """
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["customer_id", "customer_part", "sku"])
    rows = session.exec(
        select(LearnedReference).order_by(
            col(LearnedReference.customer_id), col(LearnedReference.id)
        )
    ).all()
    for ref in rows:
        writer.writerow([ref.customer_id, ref.request_text, ref.sku])
    return len(rows)
