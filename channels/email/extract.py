"""Request lines out of an RFQ: the mail's text, and CSV, XLSX or PDF attachments.

Buyers send tables with or without a header, in any column order, in Spanish or
English. Columns are found by name (qty/cant/cantidad, description/descripción,
part/código/SKU, unit/unidad) or, without a header, by content: the column of whole
numbers is the quantity, the longest text the description. Each row becomes one line
the matcher reads, e.g. "MLA-44-1020 Rodamiento 6204 2RS x 20 un".
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterable, Sequence

from bot.intents import recognise
from bot.joined import request_lines
from bot.joined.tables import ALIGNED, DESCRIPTION, LINE_NUMBER, PART, QTY, UNIT
from bot.matching.text import fold
from channels.email.body import contact_line
from channels.email.mime import Attachment

MAX_ROWS = 1000
HEADER_ROWS = 10  # a table's header is looked for in its first rows (under a title)
MAX_UNZIPPED = 50 * 1024 * 1024  # an XLSX is a zip: refuse bombs before opening it

# Column names (QTY, DESCRIPTION, PART, UNIT) are bot/joined/tables.py's, shared with pasted tables.

_GREETING = re.compile(
    r"^(?:hola|estimad[oa]s?|buen(?:os|as) (?:dias|tardes)|good (?:morning|afternoon)|hi|hello|"
    r"dear|gracias|thanks|thank you|saludos|please (?:quote|send)|favor (?:de )?cotizar|"
    r"necesito cotizar|solicito|adjunto|attached|(?:please )?(?:see|find) attached|"
    r"(?:te |les )?(?:env[ií]o |ver )?adjunto)\b",
    re.I,
)
# A numeric item code (5-8 digits, as SAP Business One and many ERPs number items).
_CODE = re.compile(r"(?<![\d+/.,-])\d{5,8}(?![\d/.,]\d)")
_BULLET = re.compile(r"^\s*(?:[-*•·]|\(?\d{1,3}[.)-])\s+")
# A line pointing at the attachment ("RFQ 88431 attached (CSV export from our system)",
# "Mike - RFQ NW-2291 attached.", "Adjunto requerimiento SC-2211"): its figures are the
# document's reference, never a count of an item.
_POINTS_AT_FILE = re.compile(r"\b(?:attach\w*|enclosed|adjunt\w*|anex[oa]\w*)\b", re.I)
_DOCUMENT_REFERENCE = re.compile(
    r"\b(?:rfq|rfp|po|p\.o\.|oc|o/c|orden de compra|purchase order|requerimiento|req|"
    r"solicitud|sc|cotizaci[oó]n|quotation|quote)\b\.?\s*(?:n[°º.o]*\s*)?[:#]?\s*"
    r"[A-Z]*-?\d[\w/-]*",
    re.I,
)
# A document's field, not an item: "Fecha de emisión: 27/11/2026", "PO Number: NW-45-2219",
# "Condición de pago: Crédito 30 días", "Sub total: — IGV 18%: —", "Page 1 of 2" (a PDF's
# letterhead and terms read as text, or a mail's).
_FIELD = re.compile(
    r"^\s*(?:(?:order |issue |delivery |required |ship |due )?date|fecha(?: de \w+)?|"
    r"(?:po|p\.o\.|oc|purchase order|orden de compra|rfq)\s*(?:number|no\.?|n[°º]|#)?|"
    r"(?:payment )?terms|condici[oó]n(?:es)? de pago|forma de pago|plazo(?: de entrega)?|"
    r"lugar de entrega|ship(?:ping)? (?:to|via)|deliver(?:y)? to|vendor|supplier|proveedor|"
    r"buyer|comprador|solicitante|valid(?:ity| until)?|validez|sub\s*-?\s*total|total|"
    r"iva|igv|vat|tax|impuesto)\s*:|^\s*(?:page|p[aá]gina|hoja)\s+\d+\s+(?:of|de)\s+\d+\s*$",
    re.I,
)
# A table's totals row, not an item: "TOTAL QTY 108", "Subtotal", "Sub total: —".
_TOTAL_ROW = re.compile(r"^\s*(?:(?:sub\s*-?\s*)?total(?:es)?|gran(?:d)? total|suma)\b", re.I)


class AttachmentError(ValueError):
    """An attachment that cannot be read; the message says why."""


def lines_from_text(text: str) -> list[str]:
    """Item lines in a mail body: lines with a number and a word, bullets removed.

    A line that says something rather than asks for an item ("Please proceed with
    Q-2026-00012", "OC 4500123", "Saludos") is conversation (bot/intents.py), and a
    signature's or letterhead's contact line (a phone, a tax id, an address, a web
    site: `body.contact_line`) is not an item: neither is a line.
    """
    result = []
    # (the same reading as a chat message: items after a greeting, several on a line,
    # a table pasted with pipes; bot/joined/)
    kept = ("" if contact_line(raw) or _points_at_file(raw) or _FIELD.match(raw)
            else _BULLET.sub("", raw) for raw in text.splitlines())  # fmt: skip
    for found in request_lines("\n".join(kept)):
        line = found.strip()
        if not line or line.endswith(":") or _GREETING.match(fold(line)) or contact_line(line):
            continue
        if recognise(line).name is not None:
            continue
        worded = re.search(r"\d", line) and re.search(r"[A-Za-zÁÉÍÓÚáéíóúñÑ]{2,}", line)
        if worded or _CODE.search(line):  # "0100035 - 500": a numeric item code and a count
            result.append(line)
    return result[:MAX_ROWS]


def _points_at_file(line: str) -> bool:
    """Whether `line` only points at the attachment, its figures a document's reference."""
    if not _POINTS_AT_FILE.search(line):
        return False
    return not re.search(r"\d", _DOCUMENT_REFERENCE.sub(" ", line))


# What a subject says before its items: "RE:", "Fwd:", "RFQ -", "Cotización:", "Cotizar".
_SUBJECT_LEAD = re.compile(
    r"^(?:\s*(?:re|fwd?|rv|tr|aw)\s*:)*\s*(?:(?:rfq|rfp|quote request|request for quot\w*|"
    r"solicitud de cotizaci[oó]n|cotizaci[oó]n|cotizar|quote|pricing)\b\s*[-–—:]?\s*)?",
    re.I,
)

_COUNTED = re.compile(r"^\d{1,5}(?:[.,]\d+)?\s+[^\s-]|\bx\s*\d{1,5}$", re.I)


def lines_from_subject(subject: str) -> list[str]:
    """Item lines in a subject ("Cotizar 10 rodamientos 6205 2RS SKF", "RFQ - 25 pcs
    6204-2RSH SKF bearings"), for a new mail whose body and attachments have none. Only
    a subject that counts what it asks for is read: "RFQ 88390 - valves" is a reference."""
    said = _SUBJECT_LEAD.sub("", subject, count=1).strip()
    if not _COUNTED.search(said):
        return []
    return lines_from_text(said)


def lines_from_attachment(attachment: Attachment) -> list[str]:
    """Item lines from a CSV, XLSX or PDF attachment; raises `AttachmentError`."""
    name = attachment.filename.lower()
    kind = attachment.content_type
    if name.endswith(".csv") or kind == "text/csv":
        return lines_from_rows(_csv_rows(attachment.data))
    if name.endswith((".xlsx", ".xlsm")) or kind.endswith("spreadsheetml.sheet"):
        sheets = _xlsx_sheets(attachment.data)
        result = lines_from_rows(sheets[0]) if sheets else []
        for rows in sheets[1:]:  # a further sheet is read when a header names its columns
            result += lines_from_rows(rows, headed=True)  # (not a sheet of terms or notes)
        return result[:MAX_ROWS]
    if name.endswith(".pdf") or kind == "application/pdf":
        return _pdf_lines(attachment.data)
    return []  # images, signatures, logos: not request lines


def lines_from_rows(rows: Iterable[Sequence[object]], *, headed: bool = False) -> list[str]:
    """One line per row, columns by the header's names or else by content.

    The header is looked for in the first rows (HEADER_ROWS), under a sheet's title,
    date or logo rows, which are not items; `headed`: rows without a header are not
    read (a workbook's further sheet of terms and conditions).
    """
    table = [[_cell(c) for c in row] for row in rows]
    table = [row for row in table if any(row)][: MAX_ROWS + HEADER_ROWS]
    if not table:
        return []
    at, columns = next(((i, found) for i, row in enumerate(table[:HEADER_ROWS])
                        if (found := _columns_by_header(row))), (0, {}))  # fmt: skip
    if not columns and headed:
        return []
    body = table[at + 1 :] if columns else table
    if columns:
        _item_codes(table[at], body, columns)
    else:
        columns = _columns_by_content(body)
    result = []
    for row in body:
        qty = _at(row, columns.get("qty"))
        part, description = _at(row, columns.get("part")), _at(row, columns.get("description"))
        unit = _at(row, columns.get("unit"))
        item = " ".join(x for x in (part, description) if x)
        if not item or _TOTAL_ROW.match(item):  # "TOTAL QTY | =SUM(D4:D6)"
            continue
        if qty and re.fullmatch(r"\d+(?:[.,]\d+)?", qty):
            item += f" x {qty}" + (f" {unit}" if unit else "")
        result.append(item)
    return result[:MAX_ROWS]


def _item_codes(
    header: Sequence[str], body: Sequence[Sequence[str]], columns: dict[str, int]
) -> None:
    """An "Item"/"Artículo" column holding our codes (not 1, 2, 3…) is the part column.

    "Item" usually numbers the lines, so it is read as a description only as a last
    resort; when its cells are item codes, the code wins over the description.
    """
    if "part" in columns:
        return
    for i, name in enumerate(header):
        if fold(name).strip().rstrip(":") not in ("item", "articulo", "art", "art."):
            continue
        values = [_at(row, i) for row in body if _at(row, i)]
        codes = [v for v in values if _CODE.fullmatch(v) or re.fullmatch(r"[A-Za-z]+-?\d[\w-]*", v)]
        if values and len(codes) == len(values):
            columns["part"] = i
            if columns.get("description") == i:
                del columns["description"]
        return


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _at(row: Sequence[str], index: int | None) -> str:
    return row[index].strip() if index is not None and index < len(row) else ""


# "Vendor Item No.", "Vendor Part #", "Código proveedor": the number the buyer's ERP keeps
# for the item in *our* catalog, the part column before the buyer's own "Item No.".
_OURS = re.compile(
    r"^(?:vendor|supplier|proveedor)\s+(.+)$|^(.+?)\s+(?:del\s+)?(?:proveedor|vendor)$"
)
_ITEM_NUMBER = ("item no.", "item no", "item #", "item number", "item")


def _header_key(name: str) -> str:
    key = fold(name).strip().rstrip(":").strip()
    ours = _OURS.match(key)
    named = (ours[1] or ours[2]) if ours else ""
    return PART[0] if named in PART or named in _ITEM_NUMBER else key


def _columns_by_header(header: Sequence[str]) -> dict[str, int]:
    """Each role's column: the one whose header is the most specific name for it."""
    keys = [_header_key(name) for name in header]
    columns: dict[str, int] = {}
    taken: set[int] = set()
    roles = (("part", PART), ("qty", QTY), ("unit", UNIT), ("description", DESCRIPTION))
    for role, names in roles:
        ranked = sorted(
            (names.index(k), i) for i, k in enumerate(keys) if k in names and i not in taken
        )
        if ranked:
            columns[role] = ranked[0][1]
            taken.add(ranked[0][1])
    return columns if ("description" in columns or "part" in columns) else {}


def _columns_by_content(rows: Sequence[Sequence[str]]) -> dict[str, int]:
    width = max((len(r) for r in rows), default=0)
    numeric, lengths = [], []
    for i in range(width):
        values = [r[i] for r in rows if i < len(r) and r[i]]
        numeric.append(bool(values) and all(re.fullmatch(r"\d+(?:[.,]\d+)?", v) for v in values))
        lengths.append(sum(len(v) for v in values) / max(1, len(values)))
    columns: dict[str, int] = {}
    quantities = [i for i in range(width) if numeric[i]]
    if quantities:
        columns["qty"] = (
            quantities[-1] if len(quantities) > 1 and quantities[0] == 0 else quantities[0]
        )
    texts = [i for i in range(width) if not numeric[i]]
    if texts:
        columns["description"] = max(texts, key=lambda i: lengths[i])
    return columns


def _csv_rows(data: bytes) -> list[list[str]]:
    text = None
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    if text is None:
        raise AttachmentError("CSV attachment is not text")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    return list(csv.reader(io.StringIO(text), dialect))


def _xlsx_sheets(data: bytes) -> list[list[tuple[object, ...]]]:
    """Each sheet's first rows, in the workbook's order (MAX_ROWS rows in all, at most)."""
    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unzipped = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile as exc:
        raise AttachmentError(f"XLSX attachment is not a valid workbook: {exc}") from exc
    if unzipped > MAX_UNZIPPED:
        raise AttachmentError(f"XLSX attachment unpacks to {unzipped} bytes (a zip bomb?)")
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on broken files
        raise AttachmentError(f"XLSX attachment cannot be read: {exc}") from exc
    try:
        sheets: list[list[tuple[object, ...]]] = []
        left = MAX_ROWS + HEADER_ROWS
        for sheet in workbook.worksheets:
            if left <= 0:
                break
            read = zip(range(left), sheet.iter_rows(values_only=True), strict=False)
            rows: list[tuple[object, ...]] = [row for _, row in read]
            sheets.append(rows)
            left -= len(rows)
        return sheets
    finally:
        workbook.close()


def _pdf_lines(data: bytes) -> list[str]:
    """A PDF's request lines: the rows of its items table, when a header names its
    columns (a purchase order as an ERP prints it: its letterhead, terms and totals are
    no items, its line numbers no counts); else its text read as a mail body is."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if len(reader.pages) > 50:
            raise AttachmentError(f"PDF attachment has {len(reader.pages)} pages (at most 50)")
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
    except (PdfReadError, ValueError, KeyError) as exc:
        raise AttachmentError(f"PDF attachment cannot be read: {exc}") from exc
    try:  # the text as laid out on the page: a table's cells apart by runs of spaces
        laid_out = "\n".join(page.extract_text(extraction_mode="layout") or ""
                             for page in reader.pages)  # fmt: skip
    except Exception:  # pypdf's layout mode trips on fonts the plain mode reads
        laid_out = ""
    return pdf_table_rows(laid_out, text) or lines_from_text(text)


# The kind of cell each role of a printed table holds (a row's empty cells are not printed).
_FITS = {
    "line": re.compile(r"\d{1,4}"),  # 1, 2, 3 or 10, 20, 30
    "part": re.compile(r"[^\s]*\d[^\s]*"),
    "description": re.compile(r".*[^\W\d_]{2}.*"),
    "qty": re.compile(r"\d{1,7}(?:[.,]\d+)?"),
    "unit": re.compile(r"[^\W\d_]{1,6}\.?"),
    "other": re.compile(r"[^A-Za-z]*|TBD|N/?A", re.I),  # prices, totals, dates
}


def pdf_table_rows(laid_out: str, text: str = "") -> list[str]:
    """Each row of the items tables in a PDF's laid-out text, as a line the matcher reads
    ("Ball valve brass 1\" NPT full port x 6 EA"); none when no header names a
    quantity and a description or part column.

    Each cell of a row takes the first column from the last one taken whose kind it is,
    so the empty cells a row leaves out (a part number, the prices to quote) shift
    nothing; a cell no column left takes goes with the description before it. A table
    ends at its totals row or at a line that is no row (a note under it). The plain
    `text` keeps a cell's lines together where the layout puts a row's other cells
    beside the middle one: a line of words alone (a description wrapped in its cell,
    above or below its row) joins the description it runs on from there. Layout mode
    can also lose a space between words ("zincplated"): a row whose letters are a line
    of the plain text takes its words from that line.
    """
    plain = text.splitlines()
    at_plain = {_squeezed(line): at for at, line in reversed(list(enumerate(plain)))}
    rows: list[dict[str, str]] = []
    wrapped: set[int] = set()  # the plain lines of descriptions wrapped in their cells
    roles: list[str] | None = None
    for line in laid_out.splitlines():
        cells = [c for c in ALIGNED.split(line.strip()) if c]
        if not cells:
            continue
        at = at_plain.get(_squeezed(line))
        cells = _respaced(cells, plain[at] if at is not None else "")
        if roles is not None and not _TOTAL_ROW.match(cells[0]):
            row = _table_row(cells, roles)
            if "qty" in row and ({"part", "description"} & set(row)):
                rows.append(row)
                continue
            if set(row) == {"description"}:  # a description wrapped in its cell
                if at is not None:
                    wrapped.add(at)
                continue
        roles = _table_header(cells)
    result = []
    for row in rows:
        description = _unwrapped(row.get("description", ""), plain, at_plain, wrapped)
        item = " ".join(x for x in (row.get("part"), description) if x)
        result.append(f"{item} x {row['qty']}" + (f" {row['unit']}" if row.get("unit") else ""))
    return result[:MAX_ROWS]


def _squeezed(text: str) -> str:
    return re.sub(r"\s", "", text)


def _unwrapped(description: str, plain: list[str], at_plain: dict[str, int],
               wrapped: set[int]) -> str:  # fmt: skip
    """A row's description with the wrapped lines of its cell, in the plain text's order."""
    at = at_plain.get(_squeezed(description))
    if at is None or not description:
        return description
    first, last = at, at
    while first - 1 in wrapped:
        first -= 1
    while last + 1 in wrapped:
        last += 1
    wrapped -= set(range(first, last + 1))  # each wrapped line joins one description
    return " ".join(plain[i].strip() for i in range(first, last + 1))


def _respaced(cells: list[str], line: str) -> list[str]:
    """`cells` with the words of `line`, the same letters spaced as the plain text has
    them ("zincplated" → "zinc plated"); `cells` as they are without such a line."""
    if not line:
        return cells
    result, at = [], 0
    for cell in cells:
        letters = len(re.sub(r"\s", "", cell))
        start = at
        while letters and at < len(line):
            letters -= not line[at].isspace()
            at += 1
        result.append(line[start:at].strip())
    return result


def _table_header(cells: list[str]) -> list[str] | None:
    """The role of each column when `cells` are an items table's header, else None."""
    columns = _columns_by_header(cells)
    if "qty" not in columns or len(cells) < 3:
        return None
    roles = ["other"] * len(cells)
    for role, at in columns.items():
        roles[at] = role
    for at, cell in enumerate(cells):
        if roles[at] == "other" and fold(cell).strip().rstrip(".:") in (*LINE_NUMBER, "it"):
            roles[at] = "line"
    return roles


def _table_row(cells: list[str], roles: list[str]) -> dict[str, str]:
    """A printed row's cells by role (see `pdf_table_rows`)."""
    row: dict[str, str] = {}
    at = 0
    for cell in cells:
        column = next((j for j in range(at, len(roles))
                       if _FITS[roles[j]].fullmatch(cell)), None)  # fmt: skip
        if column is None:
            if "description" in row and at and roles[at - 1] == "description":
                row["description"] += f" {cell}"
            continue
        if roles[column] != "other":
            row[roles[column]] = cell
        at = column + 1
    return row
