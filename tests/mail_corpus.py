"""A blind corpus of RFQ mail (issues #13/#14): thirty mails from the demo distributor's
customers' contacts, written as their mail clients send them, by someone who has not read
the mail reader (bot/, flows/, channels/, templates/ were not opened to write them).

Each case is the mail (or the thread) and the facts a buyer would check in our answer,
taken from the demo ERP folder (`mostrador demo-data --as-of 2026-11-25`): which SKU and
quantity each line must be quoted with (the unit price is computed by the harness with
ERP.md's rule, tests/conversations/erp_rules.py), which lines a seller must complete (a
fragment of the buyer's words the reply must repeat), the reply's language, the PO kept.
A case is never changed after its result was seen (tests/test_mail_corpus.py says how a
failing case is marked).

First run, on main at 6de5272: 12 of 30 passed. What the 18 others missed, by class:
an HTML or XLSX table's quantity column (every line x 1; the XLSX title row an open line,
its second sheet unread); signatures, Outlook `De:` blocks and a PDF's footer read as
open lines; forwarded mail and subject-only RFQs not quoted at all; a Gmail reply
`Aprobado, OC …` above the quoted quote made no order; a reply changing a quantity not
taken as a revision (no new version, or a second quote); one item the matcher left open.
Fixed by class in session 20 (channels/email/body.py, mime.py, extract.py, flows/rfq.py,
flows/mail_changes.py): 29 of 30; the matcher's "C-curve breakers" case is still marked.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from email.message import EmailMessage
from email.utils import format_datetime

OURS = "ventas@mostrador.example"

# contacts.csv of the demo folder
JORGE = ("C001", "Jorge Müller", "jorge.muller@minera-losandes.example")
CARLA = ("C001", "Carla Soto", "carla.soto@minera-losandes.example")
SARAH = ("C002", "Sarah Johnson", "sarah.johnson@pacific-industrial.example")
TOM = ("C002", "Tom Baker", "tom.baker@pacific-industrial.example")
RAUL = ("C003", "Raúl Fuentes", "elrayo.taller@correo.example")
ANA = ("C004", "Ana Paredes", "ana.paredes@constructorasur.example")
DAVE = ("C005", "Dave Miller", "dave@northwind-fab.example")

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
SENT = dt.datetime(2026, 11, 28, 9, 14, tzinfo=dt.timezone(dt.timedelta(hours=-3)))

Who = tuple[str, str, str]
Attachment = tuple[str, str, bytes]


@dataclass(frozen=True)
class Line:
    """A line the quote must hold: our SKU and the quantity the buyer asked for."""

    sku: str
    qty: Decimal


def ln(sku: str, qty: str | int) -> Line:
    return Line(sku, Decimal(str(qty)))


@dataclass(frozen=True)
class Case:
    name: str
    who: Who
    language: str  # of every reply
    mail: bytes
    follow: Callable[[EmailMessage], bytes] | None = None  # the buyer's next mail in the thread
    lines: tuple[Line, ...] = ()  # the (last version of the) quote's settled lines
    open: tuple[str, ...] = ()  # the buyer's words of each line a seller must complete
    replies: int | None = 1  # mails the buyer gets from us, in all (None: not fixed)
    version: int = 1
    po: str | None = None  # an order exists, with this purchase order number
    ordered: bool = False
    set_aside: bool = False  # nothing answered, no quote: the mail is moved aside
    xfail: str | None = None  # the first missed fact, when the corpus was first run

    @property
    def customer(self) -> str:
        return self.who[0]


# ---------------------------------------------------------------- builders


def _head(
    who: Who, subject: str, message_id: str, headers: dict[str, str] | None
) -> EmailMessage:
    message = EmailMessage()
    message["From"] = f"{who[1]} <{who[2]}>"
    message["To"] = f"Ventas <{OURS}>"
    message["Subject"] = subject
    message["Date"] = format_datetime(SENT)
    message["Message-ID"] = message_id
    for key, value in (headers or {}).items():
        message[key] = value
    return message


def _attach(message: EmailMessage, attachments: Sequence[Attachment]) -> bytes:
    for filename, content_type, data in attachments:
        maintype, subtype = content_type.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return message.as_bytes()


def plain(
    who: Who,
    body: str,
    *,
    subject: str = "Cotización",
    message_id: str = "<rfq-1@buyer.example>",
    headers: dict[str, str] | None = None,
    attachments: Sequence[Attachment] = (),
) -> bytes:
    message = _head(who, subject, message_id, headers)
    message.set_content(body)
    return _attach(message, attachments)


def html_only(
    who: Who, html: str, *, subject: str, message_id: str = "<rfq-1@buyer.example>"
) -> bytes:
    """Outlook set to HTML: one text/html part, no plain text."""
    message = _head(who, subject, message_id, {"X-Mailer": "Microsoft Outlook 16.0"})
    message.set_content(html, subtype="html")
    return message.as_bytes()


def gmail(
    who: Who,
    text: str,
    *,
    subject: str,
    message_id: str = "<CAJrfq1@mail.gmail.com>",
    headers: dict[str, str] | None = None,
) -> bytes:
    """Gmail's multipart/alternative: the plain text and an HTML rendering of it."""
    message = _head(who, subject, message_id, headers)
    message.set_content(text)
    html = "".join(
        f"<div>{part or '<br>'}</div>"
        for part in text.replace("&", "&amp;").replace("<", "&lt;").split("\n")
    )
    message.add_alternative(f'<div dir="ltr">{html}</div>', subtype="html")
    return message.as_bytes()


def outlook_html(rows: Sequence[Sequence[str]], before: str, after: str) -> str:
    """An Outlook (Word) HTML body: paragraphs, a bordered table, a signature."""

    def para(text: str) -> str:
        return "".join(
            f'<p class="MsoNormal">{t or "&nbsp;"}<o:p></o:p></p>' for t in text.split("\n")
        )

    cells = "".join(
        "<tr>"
        + "".join(
            '<td width="160" valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">'
            f'<p class="MsoNormal">{"<b>" + c + "</b>" if i == 0 else c}<o:p></o:p></p></td>'
            for c in row
        )
        + "</tr>"
        for i, row in enumerate(rows)
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:'
        'office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta '
        'http-equiv="Content-Type" content="text/html; charset=utf-8"><style><!-- p.MsoNormal'
        " {margin:0cm;font-size:11.0pt;font-family:Calibri,sans-serif;} --></style></head>"
        '<body lang="ES-CL" link="#0563C1"><div class="WordSection1">'
        f"{para(before)}"
        '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
        f'style="border-collapse:collapse;border:none"><tbody>{cells}</tbody></table>'
        f"{para(after)}</div></body></html>"
    )


def quoted(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.splitlines())


def our_text(ours: EmailMessage) -> str:
    return ours.get_body(("plain",)).get_content()  # type: ignore[union-attr]


def in_thread(ours: EmailMessage) -> dict[str, str]:
    return {"In-Reply-To": ours["Message-ID"], "References": ours["Message-ID"]}


def xlsx(sheets: dict[str, list[list[object]]], merges: dict[str, list[str]]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
        sheet["A1"].font = Font(bold=True, size=14)
        for merged in merges.get(title, []):
            sheet.merge_cells(merged)
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


def pdf(html: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=html).write_pdf()


# ---------------------------------------------------------------- signatures

FIRMA_MINERA = """\
--
Jorge Müller Retamal
Jefe de Abastecimiento | Planta Los Bronces
Minera Los Andes SpA — RUT 76.123.456-7
Av. Apoquindo 4500, piso 12, Las Condes, Santiago
Tel. +56 2 2345 6789 anexo 214 | Cel. +56 9 1234 5001
www.minera-losandes.example

Este mensaje y sus adjuntos son confidenciales y para uso exclusivo del destinatario.
Si usted lo recibió por error, por favor notifique al remitente y elimínelo.
This e-mail and its attachments are confidential and intended solely for the addressee.
If you received it in error, please notify the sender and delete it.
Antes de imprimir este correo piense en el medio ambiente."""

FIRMA_RAYO = """\
Atte.
Raúl Fuentes S.
Taller Mecánico El Rayo
RUT: 12.345.678-9
Calle Los Aromos 221, San Bernardo
Fono: (2) 2859 4410 / WhatsApp +56 9 8765 4003
Horario: lunes a viernes 8:30 a 18:00, sábado 9:00 a 13:00

AVISO DE CONFIDENCIALIDAD: La información contenida en este correo es privada y
confidencial. Se prohíbe su divulgación, copia o distribución sin autorización.
CONFIDENTIALITY NOTICE: The information in this e-mail is private and confidential.
Any disclosure, copying or distribution without authorization is prohibited."""

SIG_NORTHWIND = """\
Dave Miller | Purchasing Manager
Northwind Fabrication LLC
8800 Westpark Dr, Houston, TX 77063
O: (713) 555-0105 ext. 204 | M: (832) 555-0199
EIN 87-7654321 | www.northwind-fab.example

CONFIDENTIALITY NOTICE: This message, including any attachments, is for the sole use of
the intended recipient(s) and may contain confidential and privileged information. Any
unauthorized review, use, disclosure or distribution is prohibited.
AVISO: Este mensaje es confidencial. Si lo recibió por error, bórrelo y avísenos."""

SIG_PACIFIC = """\
Best regards,

Sarah Johnson
Senior Buyer | Pacific Industrial Supply Inc.
1200 Harbor Blvd, Oakland, CA 94607
Phone +1 (415) 555-0101 | Fax +1 (415) 555-0111
Tax ID 94-1234567"""

FIRMA_SUR = """\
Saludos cordiales,

Ana Paredes Quispe
Logística y Compras
Constructora Sur Ltda. | RUC 20512345678
Av. Javier Prado Este 3190, San Borja, Lima - Perú
Telf.: (01) 615-4400 anexo 118 | Cel.: +51 987 654 004

"Antes de imprimir este e-mail, piense si es necesario hacerlo"."""


# ---------------------------------------------------------------- the corpus


ESCRIBIO = f"El sáb, 28 nov 2026 a las 10:14, Ventas <{OURS}> escribió:"
WROTE = f"On Sat, Nov 28, 2026 at 7:14 AM Ventas <{OURS}> wrote:"


def gmail_reply(who: Who, text: str, ours: EmailMessage, said: str, message_id: str) -> bytes:
    """The buyer's Gmail answer to our mail `ours`, our text quoted below `said`."""
    return gmail(
        who,
        f"{text}\n\n{said}\n" + quoted(our_text(ours)),
        subject=f"Re: {ours['Subject']}",
        message_id=message_id,
        headers=in_thread(ours),
    )


def _accept_es(ours: EmailMessage) -> bytes:
    text = "Aprobado, OC 4500123\n\nFavor despachar a planta.\n\nSaludos\nJorge"
    return gmail_reply(JORGE, text, ours, ESCRIBIO, "<CAJrfq2@mail.gmail.com>")


def _accept_en(ours: EmailMessage) -> bytes:
    block = (
        f"From: Ventas <{OURS}>\nSent: Saturday, November 28, 2026 7:14 AM\n"
        f"To: Sarah Johnson <{SARAH[2]}>\nSubject: {ours['Subject']}\n\n"
    )
    return plain(
        SARAH,
        "Hi,\n\nApproved - please go ahead. Our PO number is 7781245.\n\n"
        + SIG_PACIFIC
        + "\n\n"
        + block
        + our_text(ours),
        subject=f"RE: {ours['Subject']}",
        message_id="<BY5PR11MB4001@namprd11.prod.outlook.com>",
        headers=in_thread(ours),
    )


def _more_es(ours: EmailMessage) -> bytes:
    text = (
        "Hola, favor cambiar la cantidad de los rodamientos 6206-2RSH SKF a 40 unidades. "
        "Lo demás se mantiene igual.\n\nGracias,\nJorge"
    )
    return gmail_reply(JORGE, text, ours, ESCRIBIO, "<CAJrfq3@mail.gmail.com>")


def _more_en(ours: EmailMessage) -> bytes:
    text = "Please change the MIG wire to 6 spools, everything else stays the same.\n\nThanks,\nDave"
    return gmail_reply(DAVE, text, ours, WROTE, "<CAFdave2@mail.gmail.com>")


def _out_of_office(ours: EmailMessage) -> bytes:
    return plain(
        TOM,
        "Thank you for your message. I am out of the office until Monday, December 7, with "
        "limited access to email.\nFor urgent purchasing matters please contact Sarah Johnson "
        f"at {SARAH[2]} or +1 (415) 555-0101.\n\nTom Baker",
        subject=f"Automatic reply: {ours['Subject']}",
        message_id="<SJ0PR11MB5678-auto@namprd11.prod.outlook.com>",
        headers={
            **in_thread(ours),
            "Auto-Submitted": "auto-generated",
            "X-Auto-Response-Suppress": "All",
        },
    )


TABLE_ES = [
    ["Ítem", "Cant.", "Unidad", "Descripción"],
    ["1", "20", "UN", "Rodamiento rígido de bolas 6205-2RSH SKF"],
    ["2", "10", "UN", "Correa en V A42 Gates"],
    ["3", "200", "UN", "Perno hexagonal DIN 933 M10x30 G8.8 zincado"],
]

TABLE_EN = [
    ["Qty", "Description", "Mfr / P/N"],
    ["12", 'Ball valve, brass, 3/4" NPT, full port 600 WOG', "-"],
    ["50", "Hex nut DIN 934 M10 zinc plated", "-"],
    ["6", "Contactor 3P 25A, 220VAC coil", "Schneider"],
]


def _xlsx_minera() -> bytes:
    rows: list[list[object]] = [
        ["MINERA LOS ANDES SpA — SOLICITUD DE COTIZACIÓN N° SC-2211", None, None, None, None, None],
        ["Fecha: 27-11-2026", None, None, "Solicitante: J. Müller", None, None],
        ["Ítem", "Descripción", None, "Cantidad", "Unidad", "Observaciones"],
        [1, "CORREA EN V B54 GATES", None, 6, "UN", "Urgente, equipo detenido"],
        [2, "TUERCA HEXAGONAL DIN 934 M10 ZINCADA", None, 100, "UN", None],
        [3, "RODAMIENTO 6310 SKF", None, 2, "UN", "Marca SKF, no alternativo"],
        [4, "INTERRUPTOR AUTOMATICO 1P 16A CURVA C SCHNEIDER", None, 10, "UN", None],
    ]
    terms: list[list[object]] = [
        ["Condiciones de la solicitud"],
        ["Plazo de entrega: indicar en días hábiles"],
        ["Lugar de entrega: Bodega Planta Los Bronces"],
        ["Forma de pago: 45 días"],
    ]
    merges = ["A1:F1", "A2:C2", "B3:C3"] + [f"B{r}:C{r}" for r in range(4, 8)]
    return xlsx({"Solicitud": rows, "Condiciones": terms}, {"Solicitud": merges})


def _xlsx_pacific() -> bytes:
    plant1: list[list[object]] = [
        ["Pacific Industrial Supply Inc. - Request for Quotation RFQ-88412", None, None, None],
        ["Buyer: Tom Baker", None, "Due: 12/04/2026", None],
        ["Line", "Description", "Qty", "Remarks"],
        [1, "Deep groove ball bearing 6005-2RSH SKF", 10, "Oakland stock"],
        [2, "Miniature circuit breaker 2P 20A curve C ABB", 8, None],
    ]
    plant2: list[list[object]] = [
        ["Plant 2 - Stockton", None, None, None],
        [None, None, None, None],
        ["Line", "Description", "Qty", "Remarks"],
        [1, "Cut-off wheel 4-1/2in 115x1.0x22.23 inox 3M", 50, "box qty ok"],
    ]
    return xlsx(
        {"Plant 1": plant1, "Plant 2": plant2}, {"Plant 1": ["A1:D1"], "Plant 2": ["A1:D1"]}
    )


CSV_SUR = (
    "Código;Descripción;Cantidad;UM;Precio ref.\r\n"
    ';ELECTRODO E7018 1/8" LINCOLN;12,5;KG;5,40\r\n'
    ";TUERCA HEXAGONAL DIN 934 M12 ZINCADA;20;UN;0,10\r\n"
    ";CONTACTOR TRIPOLAR 25A BOBINA 220VAC ABB;3;UN;52,32\r\n"
).encode("utf-8-sig")

CSV_NORTHWIND = (
    b"Item,Description,Qty,UOM\r\n"
    b'1,"Ball valve brass 1/2"" NPT full port",10,EA\r\n'
    b"2,Contactor 3P 25A 220VAC coil ABB,2,EA\r\n"
    b"3,Flat washer DIN 125 M10 zinc,500,EA\r\n"
)

PO_MINERA = """
<html><head><style>body{font-family:sans-serif;font-size:10pt} td,th{border:1px solid #444;
padding:3px} table{border-collapse:collapse;width:100%}</style></head><body>
<h2>MINERA LOS ANDES SpA</h2><p>RUT 76.123.456-7 — Av. Apoquindo 4500, Las Condes</p>
<h1>ORDEN DE COMPRA N° 4500987</h1>
<p>Proveedor: Mostrador Distribuciones — Fecha: 27/11/2026 — Condición de pago: 45 días</p>
<table><tr><th>Pos.</th><th>Código</th><th>Descripción</th><th>Cant.</th><th>UM</th>
<th>Precio unit.</th></tr>
<tr><td>10</td><td></td><td>RODAMIENTO 6200 SKF</td><td>12</td><td>UN</td><td></td></tr>
<tr><td>20</td><td></td><td>DISCO FLAP 115MM GRANO 80 NORTON</td><td>25</td><td>UN</td><td></td></tr>
<tr><td>30</td><td></td><td>CORREA A50 GATES</td><td>4</td><td>UN</td><td></td></tr>
</table><p>Entregar en Bodega Planta Los Bronces. Indicar N° de OC en la factura.</p>
</body></html>"""


CASES: list[Case] = [
    Case(
        "outlook_html_table_es",
        JORGE,
        "es",
        html_only(
            JORGE,
            outlook_html(
                TABLE_ES,
                "Estimados,\n\nJunto con saludar, favor cotizar lo siguiente:\n",
                "\nQuedo atento.\nSaludos cordiales,\n\nJorge Müller\nJefe de Abastecimiento\n"
                "Minera Los Andes SpA | Tel. +56 2 2345 6789",
            ),
            subject="Solicitud de cotización - repuestos planta",
        ),
        lines=(ln("BRG-10076", 20), ln("BLT-10033", 10), ln("FAS-10017", 200)),
    ),
    Case(
        "outlook_html_table_en",
        SARAH,
        "en",
        html_only(
            SARAH,
            outlook_html(
                TABLE_EN,
                "Hello,\n\nPlease quote the items below, best lead time.\n",
                "\n" + SIG_PACIFIC,
            ),
            subject="RFQ 88390 - valves, nuts, contactors",
        ),
        lines=(ln("VAL-10010", 12), ln("FAS-10024", 50), ln("ELE-10166", 6)),
    ),
    Case(
        "gmail_quoted_history_es",
        JORGE,
        "es",
        gmail(
            JORGE,
            "Hola Paula,\n\nAhora necesito cotización de:\n30 rodamientos 6206-2RSH SKF\n"
            "4 correas A50 Gates\n\nGracias!\nJorge\n\n"
            "El jue, 26 nov 2026 a las 10:14, Paula Rojas <paula.rojas@mostrador.example> "
            "escribió:\n> Hola Jorge, te confirmo el despacho de:\n> 20 rodamientos 6204-2RSH "
            "SKF\n> 12 correas A42 Gates\n>\n> Saludos,\n> Paula",
            subject="Re: Despacho semana 48",
        ),
        lines=(ln("BRG-10091", 30), ln("BLT-10049", 4)),
    ),
    Case(
        "gmail_quoted_history_en",
        DAVE,
        "en",
        gmail(
            DAVE,
            "Hi team,\n\nCan you quote 4 spools of ER70S-6 0.9mm MIG wire, Lincoln, 15 kg, and "
            "500 DIN 125 M10 flat washers zinc plated?\n\nThanks,\nDave\n\n"
            "On Thu, Nov 26, 2026 at 10:14 AM Mike Chen <mike.chen@mostrador.example> wrote:\n"
            "> Hi Dave,\n> the 2 x contactor 3P 25A 220VAC ABB you asked about are in stock.\n"
            ">\n> On Wed, Nov 25, 2026 Dave Miller wrote:\n> > 2 x contactor 3P 25A 220VAC ABB\n"
            "> > 10 ball valves brass 1/2\" NPT",
            subject="Re: contactors",
            message_id="<CAFdave1@mail.gmail.com>",
        ),
        lines=(ln("WLD-10049", 4), ln("FAS-10029", 500)),
    ),
    Case(
        "outlook_reply_block_en",
        TOM,
        "en",
        plain(
            TOM,
            "Mike,\n\nPlease quote 8 pcs 2P 20A C-curve breakers ABB and 20 socket head cap "
            "screws DIN 912 M8x25 8.8 zinc.\n\nThanks\nTom\n\n"
            "From: Mike Chen <mike.chen@mostrador.example>\nSent: Tuesday, November 24, 2026 "
            f"3:02 PM\nTo: Tom Baker <{TOM[2]}>\nSubject: RE: breakers\n\nTom, the 1P 16A "
            "Schneider breakers (24 ea) shipped today.\n\n"
            "From: Tom Baker\nSent: Monday, November 23, 2026 9:40 AM\nTo: Mike Chen\n"
            "Subject: breakers\n\n24 ea MCB 1P 16A C Schneider",
            subject="RE: breakers",
            message_id="<SJ0PR11MB5678@namprd11.prod.outlook.com>",
        ),
        lines=(ln("ELE-10086", 8), ln("FAS-10031", 20)),
    ),
    Case(
        "outlook_reply_block_es",
        ANA,
        "es",
        plain(
            ANA,
            "Buenos días,\n\nPor favor cotizar:\n15 válvulas de bola de bronce 1/2\" NPT paso "
            "total\n1 bomba sumergible Grundfos SP 5A-12\n\n" + FIRMA_SUR + "\n\n"
            "De: Paula Rojas <paula.rojas@mostrador.example>\nEnviado el: martes, 24 de "
            f"noviembre de 2026 11:20\nPara: Ana Paredes <{ANA[2]}>\nAsunto: RE: Pernos\n\n"
            "Ana, adjunto la cotización de 500 pernos M12x40.",
            subject="RE: Pernos",
            message_id="<PAXPR02MB7001@eurprd02.prod.outlook.com>",
        ),
        lines=(ln("VAL-10001", 15),),
        open=("Grundfos",),
    ),
    Case(
        "forwarded_es",
        CARLA,
        "es",
        gmail(
            CARLA,
            "Paula, favor cotizar lo que pide planta (abajo). Cargar a Minera Los Andes.\n\n"
            "Carla\n\n---------- Forwarded message ---------\n"
            "De: Pedro Rojas <pedro.rojas@minera-losandes.example>\n"
            "Date: vie, 27 nov 2026 a las 17:02\nSubject: Repuestos chancador\n"
            f"To: Carla Soto <{CARLA[2]}>\n\n"
            "Carla, necesitamos para el lunes:\n- 6 correas B54 Gates\n"
            "- 100 tuercas hexagonales M10 DIN 934 zincadas\n- 2 rodamientos 6310 SKF\n\n"
            "Pedro Rojas\nMantención Mecánica",
            subject="Fwd: Repuestos chancador",
            message_id="<CAJcarla1@mail.gmail.com>",
        ),
        lines=(ln("BLT-10265", 6), ln("FAS-10024", 100), ln("BRG-10356", 2)),
    ),
    Case(
        "forwarded_en",
        SARAH,
        "en",
        plain(
            SARAH,
            "See below from our Stockton plant, please quote.\n\n" + SIG_PACIFIC + "\n\n"
            "-----Original Message-----\nFrom: Mark Ortiz <mark.ortiz@pacific-industrial.example>"
            f"\nSent: Friday, November 27, 2026 4:55 PM\nTo: Sarah Johnson <{SARAH[2]}>\n"
            "Subject: valves for line 3\n\nSarah - need\n4 ea 1\" brass gate valve NPT class 125"
            "\n10 ea 90 deg elbow galvanized 1/2\" NPT\n\nMark",
            subject="FW: valves for line 3",
            message_id="<BY5PR11MB4002@namprd11.prod.outlook.com>",
        ),
        lines=(ln("VAL-10020", 4), ln("VAL-10199", 10)),
    ),
    Case(
        "long_signature_es",
        RAUL,
        "es",
        plain(
            RAUL,
            "Buenas tardes\nNecesito cotización de:\n10 kg electrodo 7018 1/8 Indura\n"
            "20 discos flap 115mm grano 80 Norton\n\n" + FIRMA_RAYO,
            subject="cotizacion",
            message_id="<20261128091400.rayo@correo.example>",
        ),
        lines=(ln("WLD-10037", 10), ln("ABR-10065", 20)),
    ),
    Case(
        "long_signature_en",
        DAVE,
        "en",
        plain(
            DAVE,
            "Need pricing on 25 cut-off wheels 4-1/2\" x 1.0mm inox Norton and 30 flap discs "
            "4-1/2\" grit 80 zirconia 3M.\n\n" + SIG_NORTHWIND,
            subject="pricing - abrasives",
            message_id="<20261128-dave-2@northwind-fab.example>",
        ),
        lines=(ln("ABR-10001", 25), ln("ABR-10073", 30)),
    ),
    Case(
        "numbered_lines_es",
        ANA,
        "es",
        plain(
            ANA,
            "Estimados:\nSolicito cotización para obra Surco:\n\n"
            "1.- 20 pernos DIN 933 M12x40 G8.8 zincados\n"
            "2.- 20 tuercas M12 DIN 934 zincadas\n"
            "3.- 40 golillas planas M12 DIN 125 zincadas\n\n" + FIRMA_SUR,
            subject="Solicitud de cotización obra Surco",
            message_id="<PAXPR02MB7002@eurprd02.prod.outlook.com>",
        ),
        lines=(ln("FAS-10088", 20), ln("FAS-10044", 20), ln("FAS-10049", 40)),
    ),
    Case(
        "item_colon_en",
        SARAH,
        "en",
        plain(
            SARAH,
            "Good morning,\n\nKindly quote:\n\nItem 1: Bearing 6204-DDU NSK, Qty: 40 ea\n"
            "Item 2: V-belt A42 Gates, Qty: 10 ea\n\n" + SIG_PACIFIC,
            subject="RFQ 88405",
            message_id="<BY5PR11MB4003@namprd11.prod.outlook.com>",
        ),
        lines=(ln("BRG-10062", 40), ln("BLT-10033", 10)),
    ),
    Case(
        "pasted_excel_tabs_es",
        JORGE,
        "es",
        plain(
            JORGE,
            "Paula, pego la lista del planificador:\n\n"
            "Item\tCódigo SAP\tDescripción\tCant.\tUM\n"
            "1\t100234\tRODAMIENTO 6204-2RSH SKF\t24\tUN\n"
            "2\t100871\tVALVULA BOLA BRONCE 3/4\" NPT\t3\tUN\n"
            "3\t101557\tSELLO MECANICO BOMBA WARMAN 6/4\t2\tUN\n\n" + FIRMA_MINERA,
            subject="Cotización lista planificador",
            message_id="<CAJrfq4@mail.gmail.com>",
        ),
        lines=(ln("BRG-10061", 24), ln("VAL-10010", 3)),
        open=("WARMAN",),
    ),
    Case(
        "pipes_en",
        DAVE,
        "en",
        plain(
            DAVE,
            "Quote please:\n\nQty | Description | P/N\n10 | Ball valve brass 1/2\" NPT | VAL-10001"
            "\n2 | Contactor 3P 25A 220VAC coil ABB | ELE-10196\n100 | Hex bolt M12x40 DIN 933 "
            "8.8 zinc | \n\n" + SIG_NORTHWIND,
            subject="RFQ",
            message_id="<20261128-dave-3@northwind-fab.example>",
        ),
        lines=(ln("VAL-10001", 10), ln("ELE-10196", 2), ln("FAS-10088", 100)),
    ),
    Case(
        "quantities_after_es",
        RAUL,
        "es",
        plain(
            RAUL,
            "hola buenas, me cotiza\nrodamiento 6205 2RS SKF x 20\ncorrea A42 gates - 10 pzas\n"
            "perno hexagonal M10x30 DIN 933 8.8 zincado (200)\ngracias\n\n" + FIRMA_RAYO,
            subject="cotizar",
            message_id="<20261128091500.rayo@correo.example>",
        ),
        lines=(ln("BRG-10076", 20), ln("BLT-10033", 10), ln("FAS-10017", 200)),
    ),
    Case(
        "customer_part_numbers_es",
        JORGE,
        "es",
        plain(
            JORGE,
            "Estimada Paula:\nFavor cotizar según nuestros códigos:\n\nMLA-47-1030 x 12\n"
            "MLA-48-1090 - 300\nCódigo MLA-44-1000, cant. 5\n\n" + FIRMA_MINERA,
            subject="Cotización códigos MLA",
            message_id="<CAJrfq5@mail.gmail.com>",
        ),
        lines=(ln("BRG-10011", 12), ln("FAS-10026", 300), ln("BLT-10002", 5)),
    ),
    Case(
        "our_skus_en",
        SARAH,
        "en",
        plain(
            SARAH,
            "Hi Mike,\n\nRepeat items from your catalog:\nBRG-10466 qty 10\nP/N ELE-10049 x 24\n"
            "FAS-10024 - 500\n\n" + SIG_PACIFIC,
            subject="Quote request - catalog items",
            message_id="<BY5PR11MB4004@namprd11.prod.outlook.com>",
        ),
        lines=(ln("BRG-10466", 10), ln("ELE-10049", 24), ln("FAS-10024", 500)),
    ),
    Case(
        "xlsx_title_rows_es",
        JORGE,
        "es",
        plain(
            JORGE,
            "Estimados, adjunto solicitud SC-2211.\n\n" + FIRMA_MINERA,
            subject="Solicitud de cotización SC-2211",
            message_id="<CAJrfq6@mail.gmail.com>",
            attachments=[("SC-2211.xlsx", XLSX, _xlsx_minera())],
        ),
        lines=(
            ln("BLT-10265", 6),
            ln("FAS-10024", 100),
            ln("BRG-10356", 2),
            ln("ELE-10049", 10),
        ),
    ),
    Case(
        "xlsx_two_sheets_en",
        TOM,
        "en",
        plain(
            TOM,
            "Hi,\n\nPlease see attached RFQ-88412 (two plants, two tabs).\n\nRegards,\nTom Baker"
            "\nMaintenance Purchasing | Pacific Industrial Supply Inc.\n+1 (415) 555-0102",
            subject="RFQ-88412",
            message_id="<SJ0PR11MB5679@namprd11.prod.outlook.com>",
            attachments=[("RFQ-88412.xlsx", XLSX, _xlsx_pacific())],
        ),
        lines=(ln("BRG-10466", 10), ln("ELE-10086", 8), ln("ABR-10013", 50)),
    ),
    Case(
        "csv_semicolon_comma_decimal_es",
        ANA,
        "es",
        plain(
            ANA,
            "Buenas tardes, adjunto requerimiento en CSV.\n\n" + FIRMA_SUR,
            subject="Requerimiento almacén obra",
            message_id="<PAXPR02MB7003@eurprd02.prod.outlook.com>",
            attachments=[("requerimiento.csv", "text/csv", CSV_SUR)],
        ),
        lines=(ln("WLD-10005", "12.5"), ln("FAS-10044", 20), ln("ELE-10196", 3)),
    ),
    Case(
        "pdf_purchase_order_es",
        JORGE,
        "es",
        plain(
            JORGE,
            "Adjunto OC 4500987.\n\nSaludos,\nJorge",
            subject="OC 4500987",
            message_id="<CAJrfq7@mail.gmail.com>",
            attachments=[("OC_4500987.pdf", "application/pdf", pdf(PO_MINERA))],
        ),
        lines=(ln("BRG-10011", 12), ln("ABR-10065", 25), ln("BLT-10049", 4)),
    ),
    Case(
        "attachment_only_en",
        DAVE,
        "en",
        plain(
            DAVE,
            "",
            subject="",
            message_id="<20261128-dave-4@northwind-fab.example>",
            attachments=[("rfq_northwind.csv", "text/csv", CSV_NORTHWIND)],
        ),
        lines=(ln("VAL-10001", 10), ln("ELE-10196", 2), ln("FAS-10029", 500)),
    ),
    Case(
        "subject_only_es",
        RAUL,
        "es",
        plain(
            RAUL,
            "Enviado desde mi iPhone",
            subject="Cotizar 10 rodamientos 6205 2RS SKF",
            message_id="<A1B2C3D4-rayo@correo.example>",
        ),
        lines=(ln("BRG-10076", 10),),
    ),
    Case(
        "subject_only_en",
        SARAH,
        "en",
        plain(
            SARAH,
            "",
            subject="RFQ - 25 pcs 6204-2RSH SKF bearings",
            message_id="<BY5PR11MB4005@namprd11.prod.outlook.com>",
        ),
        lines=(ln("BRG-10061", 25),),
    ),
    Case(
        "acceptance_with_po_es",
        JORGE,
        "es",
        plain(
            JORGE,
            "Paula, favor cotizar:\n12 correas A42 Gates\n100 tuercas DIN 934 M10 zincadas\n\n"
            "Saludos\nJorge",
            subject="Cotización correas",
            message_id="<CAJrfq1@mail.gmail.com>",
        ),
        follow=_accept_es,
        lines=(ln("BLT-10033", 12), ln("FAS-10024", 100)),
        replies=2,
        po="4500123",
        ordered=True,
    ),
    Case(
        "acceptance_with_po_en",
        SARAH,
        "en",
        plain(
            SARAH,
            "Hi,\n\nPlease quote 10 ea 6005-2RSH SKF and 8 ea MCB 2P 20A C ABB.\n\n" + SIG_PACIFIC,
            subject="RFQ 88420",
            message_id="<BY5PR11MB4006@namprd11.prod.outlook.com>",
        ),
        follow=_accept_en,
        lines=(ln("BRG-10466", 10), ln("ELE-10086", 8)),
        replies=2,
        po="7781245",
        ordered=True,
    ),
    Case(
        "quantity_changed_es",
        JORGE,
        "es",
        plain(
            JORGE,
            "Favor cotizar:\n- 30 rodamientos 6206-2RSH SKF\n- 6 correas B54 Gates\n\n"
            + FIRMA_MINERA,
            subject="Cotización rodamientos",
            message_id="<CAJrfq1@mail.gmail.com>",
        ),
        follow=_more_es,
        lines=(ln("BRG-10091", 40), ln("BLT-10265", 6)),
        replies=2,
        version=2,
    ),
    Case(
        "quantity_changed_en",
        DAVE,
        "en",
        plain(
            DAVE,
            "Please quote:\n- MIG wire ER70S-6 0.9mm 15kg spool Lincoln x 4\n"
            "- flap disc 4-1/2\" grit 80 zirconia 3M x 30\n\n" + SIG_NORTHWIND,
            subject="RFQ welding consumables",
            message_id="<CAFdave1@mail.gmail.com>",
        ),
        follow=_more_en,
        lines=(ln("WLD-10049", 6), ln("ABR-10073", 30)),
        replies=2,
        version=2,
    ),
    Case(
        "out_of_office_in_thread_en",
        TOM,
        "en",
        plain(
            TOM,
            "Please quote 10 each 6005-2RSH SKF bearings.\n\nTom",
            subject="bearings",
            message_id="<SJ0PR11MB5680@namprd11.prod.outlook.com>",
        ),
        follow=_out_of_office,
        lines=(ln("BRG-10466", 10),),
        replies=1,
    ),
    Case(
        "out_of_office_es",
        CARLA,
        "es",
        plain(
            CARLA,
            "Estaré fuera de la oficina hasta el lunes 7 de diciembre, con acceso limitado al "
            "correo.\nPara cotizaciones urgentes de rodamientos o correas contactar a Jorge "
            f"Müller ({JORGE[2]}, +56 9 1234 5001).\n\nCarla Soto\nMinera Los Andes SpA",
            subject="Respuesta automática: Programa de entregas diciembre",
            message_id="<CAJcarla-auto@mail.gmail.com>",
            headers={"Auto-Submitted": "auto-replied", "Precedence": "bulk"},
        ),
        replies=0,
        set_aside=True,
    ),
]

assert len(CASES) == 30 and len({c.name for c in CASES}) == 30
