"""A table pasted into a message: its header row says which column is which (Cant/Qty,
Descripción/Description, Código/P/N, Unidad/Unit, Marca/Brand), and each row becomes one
line with its count. Cells come between pipes, tabs, semicolons or runs of spaces.

The column names are shared with the mail's CSV/XLSX attachments (channels/email/extract.py).
"""

from __future__ import annotations

import re

from bot.joined.items import NAMES_ITEM
from bot.matching.text import fold

# Column names of a pasted table, most specific first ("Item" numbers the lines unless
# no other column describes the item). Shared with the mail's CSV/XLSX attachments.
QTY = ("cantidad", "quantity", "qty", "cant", "cant.", "cantidades", "q", "qte", "pcs",
       "unidades", "ctd", "cnt")  # fmt: skip
DESCRIPTION = ("descripcion", "description", "desc", "detalle", "producto", "articulo",
               "material", "glosa", "nombre", "name", "item")  # fmt: skip
PART = ("part number", "numero de parte", "n parte", "part no", "part #", "part", "pn", "p/n",
        "codigo", "cod", "cod.", "sku", "item code", "referencia", "ref", "code")  # fmt: skip
UNIT = ("unidad", "unit", "uom", "um", "u/m", "und")
BRAND = ("marca", "brand", "fabricante", "manufacturer", "mfr", "mfg", "make")
LINE_NUMBER = ("#", "n", "no", "nro", "n°", "nº", "linea", "line", "pos", "posicion", "item")
# A markdown rule under a header: "|---|:---:|".
RULE = re.compile(r"^[\s|:+=-]*$")

# Cells of a sheet pasted as text, aligned with spaces: two spaces or more between them.
ALIGNED = re.compile(r"\s{2,}")


def header_columns(cells: list[str]) -> dict[str, int] | None:
    """Each role's column when `cells` are a table's header, else None.

    A header naming two things in one cell ("Mfr / P/N", "Marca/Modelo") takes the
    role of the first name the columns know."""
    known = QTY + DESCRIPTION + PART + UNIT + BRAND + LINE_NUMBER
    keys = [_key(c, known) for c in cells]
    if not any(keys) or not all(k in known or k + "." in known for k in keys if k):
        return None
    columns: dict[str, int] = {}
    for role, names in (("part", PART), ("qty", QTY), ("unit", UNIT), ("brand", BRAND),
                        ("description", DESCRIPTION)):
        ranked = sorted((names.index(k), i) for i, k in enumerate(keys)
                        if k in names and i not in columns.values())  # fmt: skip
        if ranked:
            columns[role] = ranked[0][1]
    if "qty" not in columns or not ({"description", "part"} & set(columns)):
        return None
    return columns


def _key(cell: str, known: tuple[str, ...]) -> str:
    key = fold(cell).strip().rstrip(":.").strip()
    names = [k.strip().rstrip(".") for k in re.split(r"\s+/\s+", key)]
    if key not in known and len(names) > 1 and all(k in known or k + "." in known for k in names):
        return names[0]
    return key


def row_line(cells: list[str], columns: dict[str, int]) -> str:
    """A table row as a line the matcher reads: the item, then its count and unit."""

    def at(role: str) -> str:
        i = columns.get(role)
        cell = cells[i].strip() if i is not None and i < len(cells) else ""
        return "" if re.fullmatch(r"[-–—/.]*|n/?a", cell, re.I) else cell  # "-": left blank

    item = " ".join(x for x in (at("part"), at("description"), at("brand")) if x)
    quantity, unit = at("qty"), at("unit")
    if not item or not re.fullmatch(r"\d[\d.,]*", quantity):
        return item
    if re.search(r"[^\W\d_]", item):
        return "\t".join(x for x in (item, quantity, unit) if x)
    return f"{item} - {quantity}" + (f" {unit}" if unit else "")  # "0100035 - 500"


def aligned_row(line: str, header: dict[str, int] | None) -> bool:
    """Whether `line` is a row (or the header) of a sheet pasted as text, its cells aligned
    with spaces ("Line  Description   Qty  UoM" above "1  Contactor 25A …  10  EA")."""
    cells = ALIGNED.split(line.strip())
    if len(cells) < 2:
        return False
    return header_columns(cells) is not None or (header is not None and len(cells) > 2)


# A row of two cells pasted from a sheet, the count alone in the second, apart by two
# spaces or more or a tab: "MLA-44-1000    10", "6205 2RS SKF\t8".
CODE_THEN_COUNT = re.compile(r"^(\S.*?\S)(?:\s{2,}|\t)(\d{1,5})$")


def count_cell(line: str) -> str:
    """ "MLA-44-1000    10" → "MLA-44-1000 x 10": a sheet's row of an item and its count
    (no header above it) read as the item with its count after it."""
    row = CODE_THEN_COUNT.match(line)
    if row is None or "\t" in row[1] or ALIGNED.search(row[1]) or not NAMES_ITEM.search(row[1]):
        return line
    return f"{row[1]} x {row[2]}"
