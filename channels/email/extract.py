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
from bot.joined.tables import DESCRIPTION, PART, QTY, UNIT
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
    kept = ("" if contact_line(raw) else _BULLET.sub("", raw) for raw in text.splitlines())
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
        return lines_from_text(_pdf_text(attachment.data))
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
        if not item:
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


def _columns_by_header(header: Sequence[str]) -> dict[str, int]:
    """Each role's column: the one whose header is the most specific name for it."""
    keys = [fold(name).strip().rstrip(":") for name in header]
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


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if len(reader.pages) > 50:
            raise AttachmentError(f"PDF attachment has {len(reader.pages)} pages (at most 50)")
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    except (PdfReadError, ValueError, KeyError) as exc:
        raise AttachmentError(f"PDF attachment cannot be read: {exc}") from exc
