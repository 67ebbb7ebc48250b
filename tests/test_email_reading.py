"""Reading RFQ mail: bodies, attachments and broken mail, without servers."""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage

import pytest
from openpyxl import Workbook

from channels.email.extract import (
    AttachmentError,
    lines_from_attachment,
    lines_from_rows,
    lines_from_text,
)
from channels.email.mime import Attachment, MailProblem, ParsedMail, parse_mail


def mail(
    body: str = "",
    *,
    html: str | None = None,
    sender: str = "Ana <ana@sur.example>",
    headers: dict[str, str] | None = None,
    attachments: list[tuple[str, str, bytes]] = (),
) -> bytes:  # type: ignore[assignment]
    message = EmailMessage()
    message["From"], message["To"] = sender, "ventas@mostrador.example"
    message["Subject"], message["Message-ID"] = "Cotización", "<rfq-1@sur.example>"
    for key, value in (headers or {}).items():
        message[key] = value
    message.set_content(body)
    if html is not None:
        message.add_alternative(html, subtype="html")
    for filename, content_type, data in attachments:
        maintype, subtype = content_type.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return message.as_bytes()


def test_a_spanish_rfq_in_the_body_becomes_lines() -> None:
    body = (
        "Estimados,\nfavor cotizar lo siguiente:\n\n- 20 rodamientos 6204 2RS\n"
        '2) perno hex M8x40 zincado x 500\n• valvula bola bronce 1/2" npt (10 un)\n\n'
        "Saludos,\nAna Paredes\nConstructora Sur\nTel +51 987 654 004\n\n"
        "El lun, 23 nov 2026 escribió Ventas:\n> cotización anterior\n"
    )
    parsed = parse_mail(mail(body))
    assert isinstance(parsed, ParsedMail)
    assert (parsed.sender, parsed.sender_name) == ("ana@sur.example", "Ana")
    assert lines_from_text(parsed.text) == [
        "20 rodamientos 6204 2RS",
        "perno hex M8x40 zincado x 500",
        'valvula bola bronce 1/2" npt (10 un)',
    ]


def test_html_only_mail_is_read_as_text() -> None:
    html = (
        "<html><head><style>p{color:red}</style></head><body><p>Please quote:</p>"
        "<table><tr><td>20</td><td>bearing 6204-2RS</td></tr>"
        "<tr><td>500</td><td>hex bolt M8x40 zinc</td></tr></table></body></html>"
    )
    message = EmailMessage()
    message["From"], message["Message-ID"] = "buyer@pacific.example", "<h@x>"
    message.set_content(html, subtype="html")
    parsed = parse_mail(message.as_bytes())
    assert isinstance(parsed, ParsedMail)
    assert lines_from_text(parsed.text) == ["20 bearing 6204-2RS", "500 hex bolt M8x40 zinc"]


def test_a_reply_keeps_its_thread_headers_and_only_its_new_text() -> None:
    parsed = parse_mail(
        mail(
            "Aceptamos Q-2026-00012, gracias.\n\nOn Mon someone wrote:\n> old",
            headers={
                "In-Reply-To": "<q12@mostrador.example>",
                "References": "<rfq-0@sur.example> <q12@mostrador.example>",
            },
        )
    )
    assert isinstance(parsed, ParsedMail)
    assert parsed.text == "Aceptamos Q-2026-00012, gracias."
    assert parsed.in_reply_to == "<q12@mostrador.example>"
    assert parsed.references == ["<rfq-0@sur.example>", "<q12@mostrador.example>"]


def xlsx(rows: list[list[object]]) -> bytes:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_an_xlsx_with_a_header_in_any_order() -> None:
    data = xlsx(
        [
            ["Código", "Descripción", "Cant.", "Unidad"],
            ["MLA-44-1020", "Rodamiento 6204 2RS", 20, "un"],
            [None, "Perno hex M8x40 zincado", 500, None],
        ]
        + [[None, f"correa A{40 + i}", i + 1, None] for i in range(98)]
    )
    lines = lines_from_attachment(Attachment("rfq.xlsx", "application/octet-stream", data))
    assert len(lines) == 100
    assert lines[:2] == ["MLA-44-1020 Rodamiento 6204 2RS x 20 un", "Perno hex M8x40 zincado x 500"]


def test_a_csv_without_header_is_read_by_content() -> None:
    data = "20;rodamiento 6204 2rs\n500;perno m8x40 zp\n".encode("cp1252")
    assert lines_from_attachment(Attachment("pedido.csv", "text/csv", data)) == [
        "rodamiento 6204 2rs x 20",
        "perno m8x40 zp x 500",
    ]


@pytest.mark.slow  # renders and reads a real PDF
def test_a_pdf_purchase_order_is_read() -> None:
    from weasyprint import HTML

    pdf = HTML(
        string="<p>Orden de compra 4711</p><p>1. 20 rodamientos 6204 2RS SKF</p>"
        "<p>2. correa A42 Gates x 2</p>"
    ).write_pdf()
    lines = lines_from_attachment(Attachment("oc.pdf", "application/pdf", pdf))
    assert "20 rodamientos 6204 2RS SKF" in lines and "correa A42 Gates x 2" in lines


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (mail("out of office", headers={"Auto-Submitted": "auto-replied"}), "auto-reply"),
        (mail("x", headers={"X-Autoreply": "yes"}), "auto-reply"),
        (mail("x", sender="MAILER-DAEMON@sur.example"), "bounce"),
        (mail("x", sender="ventas@mostrador.example"), "loop"),
        (mail("x", headers={"Precedence": "bulk"}), "bulk"),
        (b"From: a@b.example\nSubject: no id\n\nhello", "no Message-ID"),
        (
            mail("x", attachments=[("big.pdf", "application/pdf", b"0" * (11 * 1024 * 1024))]),
            "over the",
        ),
    ],
)
def test_mail_we_must_not_answer_or_cannot_read_is_set_aside(raw: bytes, reason: str) -> None:
    problem = parse_mail(raw, our_address="ventas@mostrador.example")
    assert isinstance(problem, MailProblem) and reason in problem.reason


def test_truncated_mime_and_wrong_charsets_never_crash() -> None:
    truncated = (
        b"From: a@b.example\nMessage-ID: <t@x>\nContent-Type: multipart/mixed; "
        b"boundary=XX\n\n--XX\nContent-Type: text/plain\n\n20 rodamientos 6204"
    )
    parsed = parse_mail(truncated)
    assert isinstance(parsed, ParsedMail) and "6204" in parsed.text
    lying = (
        b"From: a@b.example\nMessage-ID: <c@x>\nContent-Type: text/plain; charset=klingon"
        b"\n\n20 v\xe1lvulas 1/2"
    )
    parsed = parse_mail(lying)
    assert isinstance(parsed, ParsedMail) and "20 válvulas 1/2" in parsed.text
    assert isinstance(parse_mail(b"\x00\xff garbage"), MailProblem)


def test_unreadable_attachments_say_why() -> None:
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * (60 * 1024 * 1024))
    with pytest.raises(AttachmentError, match="zip bomb"):
        lines_from_attachment(Attachment("bomb.xlsx", "application/octet-stream", bomb.getvalue()))
    with pytest.raises(AttachmentError, match="not a valid workbook"):
        lines_from_attachment(Attachment("x.xlsx", "application/octet-stream", b"not a zip"))
    with pytest.raises(AttachmentError, match="PDF"):
        lines_from_attachment(Attachment("x.pdf", "application/pdf", b"%PDF-1.4 broken"))
    assert lines_from_rows([]) == []


def test_a_body_of_numeric_item_codes_is_read_line_by_line() -> None:
    body = (
        "Buenos días,\nfavor cotizar:\n\n0100035 - 500\n0200101 x 1.000\n"
        "3) 0300007\n\nSaludos,\nPedro\n"
    )
    assert lines_from_text(body) == ["0100035 - 500", "0200101 x 1.000", "0300007"]


def test_an_item_column_holding_our_codes_is_the_part_column() -> None:
    data = xlsx(
        [
            ["Item", "Descripción", "Cantidad"],
            ["0100035", "Rodamiento 6204 NSK", 20],  # the code wins over the words
            [200101, "Tuerca M8", 500],  # a cell Excel turned into a number
        ]
    )
    lines = lines_from_attachment(Attachment("rfq.xlsx", "application/octet-stream", data))
    assert lines == ["0100035 Rodamiento 6204 NSK x 20", "200101 Tuerca M8 x 500"]
    numbered = xlsx([["Item", "Descripción", "Cantidad"], [1, "Tuerca M8", 5], [2, "perno", 6]])
    lines = lines_from_attachment(Attachment("rfq.xlsx", "application/octet-stream", numbered))
    assert lines == ["Tuerca M8 x 5", "perno x 6"]  # line numbers are not codes


def test_a_body_with_a_pasted_table_and_items_on_one_line_is_read_as_a_chat_is() -> None:
    body = (
        "Buenos días,\nfavor cotizar 40 pernos M12x60, 40 tuercas M12 y 40 golillas M12\n\n"
        "Cant | Código | Descripción\n6 | | correa B55 gates\n2 | FLT-20017 | filtro aceite\n\n"
        "Hi, please quote x3 oil seals 35x52x7\n\nSaludos,\nAna"
    )
    assert lines_from_text(body) == [
        "40 pernos M12x60",
        "40 tuercas M12",
        "40 golillas M12",
        "correa B55 gates\t6",
        "FLT-20017 filtro aceite\t2",
        "x3 oil seals 35x52x7",
    ]
