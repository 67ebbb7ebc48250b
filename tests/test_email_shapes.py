"""Mail clients' shapes, read without servers (issues #13/#14, the blind corpora's classes):
Outlook's HTML tables, signatures and disclaimers, forwarded mail, a workbook's title
rows and second sheet, a subject that is the whole request, a quantity changed in words,
a purchase order as an ERP prints it, a sheet's totals row, a line pointing at the file.
"""

from __future__ import annotations

from decimal import Decimal
from email.message import EmailMessage

import pytest

from bot.models import QuoteLine
from channels.email.extract import lines_from_attachment, lines_from_subject, lines_from_text
from channels.email.mime import Attachment, ParsedMail, parse_mail
from flows.mail_changes import told_changes
from tests.mail_corpus import XLSX, pdf, xlsx


def read(body: str = "", *, subject: str = "Cotización", html: str | None = None) -> list[str]:
    """The request lines of a mail with this body (plain, or HTML only)."""
    message = EmailMessage()
    message["From"], message["To"] = "Ana <ana@sur.example>", "ventas@mostrador.example"
    message["Subject"], message["Message-ID"] = subject, "<s-1@sur.example>"
    message.set_content(html if html is not None else body, subtype="html" if html else "plain")
    parsed = parse_mail(message.as_bytes())
    assert isinstance(parsed, ParsedMail)
    return lines_from_text(parsed.text)


def outlook(rows: list[list[str]], after: str = "") -> str:
    """Outlook's HTML: every cell a paragraph of its own, as Word writes it."""
    cells = "".join(
        "<tr>" + "".join(f'<td><p class="MsoNormal">{c}<o:p></o:p></p></td>' for c in row) + "</tr>"
        for row in rows
    )
    tail = "".join(f'<p class="MsoNormal">{line}</p>' for line in after.split("\n"))
    return (f'<html><body><p class="MsoNormal">Favor cotizar:</p><table border="1">'
            f"<tbody>{cells}</tbody></table>{tail}</body></html>")  # fmt: skip


def test_an_outlook_table_keeps_each_rows_quantity() -> None:
    rows = [["Ítem", "Cant.", "Unidad", "Descripción"], ["1", "20", "UN", "Rodamiento 6205-2RSH SKF"],
            ["2", "10", "UN", "Correa en V A42 Gates"]]  # fmt: skip
    assert read(html=outlook(rows)) == ["Rodamiento 6205-2RSH SKF\t20\tUN", "Correa en V A42 Gates\t10\tUN"]
    english = [["Qty", "Description", "Mfr / P/N"], ["12", 'Ball valve brass 3/4" NPT', "-"],
               ["6", "Contactor 3P 25A 220VAC coil", "Schneider"]]  # fmt: skip
    assert read(html=outlook(english)) == [
        'Ball valve brass 3/4" NPT\t12',  # a "-" cell says nothing
        "Contactor 3P 25A 220VAC coil Schneider\t6",
    ]


def test_signatures_and_letterheads_are_no_items_and_the_items_stay() -> None:
    peruvian = (
        "Por favor cotizar:\n15 válvulas de bola de bronce 1/2\" NPT\n\nSaludos cordiales,\n\n"
        "Ana Paredes Quispe\nConstructora Sur Ltda. | RUC 20512345678\n"
        "Av. Javier Prado Este 3190, San Borja, Lima - Perú\n"
        "Telf.: (01) 615-4400 anexo 118 | Cel.: +51 987 654 004"
    )
    assert read(peruvian) == ['15 válvulas de bola de bronce 1/2" NPT']
    english = (  # no sign-off: the contact lines themselves are known
        "Need pricing on 25 cut-off wheels 4-1/2\" x 1.0mm inox Norton.\n\n"
        "Dave Miller | Purchasing Manager\nNorthwind Fabrication LLC\n"
        "8800 Westpark Dr, Houston, TX 77063\nO: (713) 555-0105 ext. 204 | M: (832) 555-0199\n"
        "EIN 87-7654321 | www.northwind-fab.example\n\nCONFIDENTIALITY NOTICE: This message, "
        "including any attachments, is for the sole use of the intended recipient(s)."
    )
    assert read(english) == ['25 cut-off wheels 4-1/2" x 1.0mm inox Norton.']
    letterhead = "MINERA LOS ANDES SpA\nRUT 76.123.456-7 — Av. Apoquindo 4500, Las Condes\n" \
        "10 RODAMIENTO 6200 SKF 12 UN"  # a PDF's text  # fmt: skip
    assert lines_from_text(letterhead) == ["10 RODAMIENTO 6200 SKF 12 UN"]
    alike = ["Filtro de aceite, LF 16015 Fleetguard x 4", "20 barras St 52 de 6 m",
             "2 soluciones buffer pH 7.00 500 ml"]  # items, though shaped a little like them
    assert lines_from_text("\n".join(alike)) == alike


def test_a_forwarded_request_is_read_and_a_replys_history_is_not() -> None:
    gmail = (
        "Paula, favor cotizar lo que pide planta (abajo).\n\nCarla\n\n"
        "---------- Forwarded message ---------\nDe: Pedro Rojas <pedro@minera.example>\n"
        "Date: vie, 27 nov 2026 a las 17:02\nSubject: Repuestos\nTo: Carla <carla@minera.example>"
        "\n\nCarla, necesitamos:\n- 6 correas B54 Gates\n- 2 rodamientos 6310 SKF\n\nPedro Rojas"
    )
    assert read(gmail, subject="Fwd: Repuestos") == ["6 correas B54 Gates", "2 rodamientos 6310 SKF"]
    outlook_fw = (
        "See below, please quote.\n\nBest regards,\nSarah\n\n-----Original Message-----\n"
        "From: Mark Ortiz\nSent: Friday, November 27, 2026 4:55 PM\nTo: Sarah Johnson\n"
        "Subject: valves\n\nSarah - need\n4 ea 1\" brass gate valve NPT class 125\n\nMark"
    )
    assert read(outlook_fw, subject="FW: valves") == ['4 ea 1" brass gate valve NPT class 125']
    # the same block under a reply's subject is history: not read again, nor what it forwarded
    assert read(outlook_fw, subject="RE: valves") == []
    history = "Gracias, recibido.\n\nDe: Ventas\nEnviado el: lunes\n\nAdjunto cotización.\n\n"
    assert read(history + gmail[gmail.index("----------"):], subject="RE: Repuestos") == []


def test_a_workbooks_header_under_its_title_and_every_sheet_with_a_header_are_read() -> None:
    data = xlsx({
        "Solicitud": [["MINERA LOS ANDES — SOLICITUD SC-2211"], ["Fecha: 27-11-2026"],
                      ["Ítem", "Descripción", "Cantidad", "Unidad"],
                      [1, "CORREA EN V B54 GATES", 6, "UN"], [2, "RODAMIENTO 6310 SKF", 2, "UN"]],
        "Plant 2": [["Plant 2 - Stockton"], [None], ["Line", "Description", "Qty"],
                    [1, "Cut-off wheel 4-1/2in inox 3M", 50]],
        "Condiciones": [["Plazo de entrega: indicar en días hábiles"], ["Forma de pago: 45 días"]],
    }, {})  # fmt: skip
    assert lines_from_attachment(Attachment("sc.xlsx", "application/octet-stream", data)) == [
        "CORREA EN V B54 GATES x 6 UN",
        "RODAMIENTO 6310 SKF x 2 UN",
        "Cut-off wheel 4-1/2in inox 3M x 50",
    ]


def test_a_subject_that_counts_what_it_asks_for_is_the_request() -> None:
    assert lines_from_subject("Cotizar 10 rodamientos 6205 2RS SKF") == ["10 rodamientos 6205 2RS SKF"]
    assert lines_from_subject("RFQ - 25 pcs 6204-2RSH SKF bearings") == ["25 pcs 6204-2RSH SKF bearings"]
    for reference in ("RFQ 88390 - valves, nuts", "OC 4500987", "Re: Despacho semana 48"):
        assert lines_from_subject(reference) == []


def quoted(position: int, text: str, sku: str, quantity: int) -> QuoteLine:
    return QuoteLine(quote_id=1, position=position, status="priced", request_text=text,
                     match_decision="auto", sku=sku, name=text, quantity=Decimal(quantity))  # fmt: skip


def test_a_quantity_changed_in_words_names_its_quoted_line() -> None:
    quote = [quoted(1, "MIG wire ER70S-6 0.9mm 15kg spool Lincoln", "WLD-10049", 4),
             quoted(2, 'flap disc 4-1/2" grit 80 zirconia 3M', "ABR-10073", 30)]  # fmt: skip
    said = "Please change the MIG wire to 6 spools, everything else stays the same.\n\nThanks,\nDave"
    (change,) = told_changes(said, [said.splitlines()[0]], quote)
    assert (change.position, change.quantity) == (1, Decimal(6))  # not the 6 of ER70S-6
    spanish = [quoted(1, "30 rodamientos 6206-2RSH SKF", "BRG-10091", 30),
               quoted(2, "6 correas B54 Gates", "BLT-10265", 6)]  # fmt: skip
    said = "Hola, favor cambiar la cantidad de los rodamientos 6206-2RSH SKF a 40 unidades."
    (change,) = told_changes(said, [], spanish)
    assert (change.position, change.quantity) == (1, Decimal(40))  # not 6206 of them
    # a new item beside the change: no revision (it gets a quote of its own)
    assert told_changes(said + "\n20 pernos M10", ["20 pernos M10"], spanish) == []


PO_EN = """<html><body style="font-family:sans-serif;font-size:9pt"><table style="width:100%">
<tr><td><b>Acme Mining Corp.</b><br>400 Ridge Rd<br>Elko, NV 89801</td><td style="text-align:right">
<h2>PURCHASE ORDER</h2>PO #: 7781-B<br>Order Date: 11/20/2026<br>Page 1 of 1</td></tr></table>
<table border="1" style="border-collapse:collapse;width:100%"><tr><th>Payment Terms</th><th>Freight
</th><th>Requested</th></tr><tr><td>Net 45</td><td>Prepaid</td><td>12/15/2026</td></tr></table><br>
<table border="1" style="border-collapse:collapse;width:100%"><tr><th>Item</th>
<th>Supplier Part No.</th><th>Description</th><th>Quantity</th><th>U/M</th><th>Price</th>
<th>Amount</th></tr><tr><td>1</td><td></td><td>Hex nut DIN 934 M8 zinc plated</td><td>300</td>
<td>EA</td><td></td><td></td></tr><tr><td>2</td><td>BRG-10031</td><td>Deep groove ball bearing
6202-2RSH SKF</td><td>12</td><td>EA</td><td></td><td></td></tr><tr><td>3</td><td></td>
<td style="width:30%">V-belt B54 Gates Hi-Power II classical section, for the primary crusher
drive</td><td>4</td><td>EA</td><td></td><td></td></tr><tr><td colspan="5"></td><td>Subtotal</td>
<td>0.00</td></tr><tr><td colspan="5"></td><td>Sales Tax 8.25%</td><td>0.00</td></tr></table>
<p>Ship complete. Questions: purchasing@acme.example</p></body></html>"""

PO_ES = """<html><body style="font-family:sans-serif;font-size:9pt">
<h2>FERRETERÍA INDUSTRIAL DEL NORTE S.A.</h2><p>RUC 20601234567 — Jr. Comercio 455, Trujillo</p>
<h1>ORDEN DE COMPRA N° 2026-0456</h1><p>Fecha: 20/11/2026<br>Forma de pago: Factura a 60 días<br>
Plazo de entrega: 7 días</p><table border="1" style="border-collapse:collapse;width:100%"><tr>
<th>N°</th><th>Cód.</th><th>Descripción</th><th>UM</th><th>Cantidad</th><th>Precio</th>
<th>Importe</th></tr><tr><td>1</td><td></td><td>PERNO HEXAGONAL M12X50 GRADO 8.8</td><td>UND</td>
<td>150</td><td></td><td></td></tr><tr><td>2</td><td></td><td>TUERCA HEXAGONAL M12 ZINCADA</td>
<td>UND</td><td>150</td><td></td><td></td></tr><tr><td>3</td><td></td><td>ARANDELA PLANA M12</td>
<td>UND</td><td>300</td><td></td><td></td></tr></table><p>Subtotal: — IGV 18%: — Total: —</p>
</body></html>"""


@pytest.mark.slow  # renders and reads real PDFs
def test_a_printed_purchase_orders_items_are_its_table_rows_and_nothing_else() -> None:
    def read_pdf(html: str) -> list[str]:
        return lines_from_attachment(Attachment("po.pdf", "application/pdf", pdf(html)))

    # no letterhead, terms, totals nor note; a description wrapped in its cell read whole
    assert read_pdf(PO_EN) == [
        "Hex nut DIN 934 M8 zinc plated x 300",
        "BRG-10031 Deep groove ball bearing 6202-2RSH SKF x 12",
        "V-belt B54 Gates Hi-Power II classical section, for the primary crusher drive x 4",
    ]
    # the N° column numbers the lines: the counts are the Cantidad after the UM
    assert read_pdf(PO_ES) == [
        "PERNO HEXAGONAL M12X50 GRADO 8.8 x 150 UND",
        "TUERCA HEXAGONAL M12 ZINCADA x 150 UND",
        "ARANDELA PLANA M12 x 300 UND",
    ]


def test_a_sheets_totals_row_and_a_line_pointing_at_the_file_are_no_items() -> None:
    book = xlsx({"Pedido": [["Código", "Descripción", "Cant."], ["", "CORREA A50 GATES", 6],
                            ["", "RODAMIENTO 6305 2RS SKF", 10], ["", "Total unidades", 16]]}, {})  # fmt: skip
    assert lines_from_attachment(Attachment("p.xlsx", XLSX, book)) == [
        "CORREA A50 GATES x 6", "RODAMIENTO 6305 2RS SKF x 10"]  # fmt: skip
    # an ERP's export: the vendor's item number is ours, the buyer's own "Item No." is not
    export = (b"Vendor Item No.,Item No.,Description,Quantity\r\nBLT-10257,ACM-0042,V-belt B50,10\r\n"
              b",ACM-0077,Hex bolt M10x40 8.8 zinc,100\r\n")  # fmt: skip
    assert lines_from_attachment(Attachment("e.csv", "application/vnd.ms-excel", export)) == [
        "BLT-10257 V-belt B50 x 10", "Hex bolt M10x40 8.8 zinc x 100"]  # fmt: skip
    pointing = ["RFQ 55120 attached, thanks", "Adjunto requerimiento SC-3310 de la planta.",
                "PO 4500123 enclosed (PDF)"]  # fmt: skip
    assert lines_from_text("\n".join(pointing)) == []
    assert lines_from_text("Adjunto 20 pernos M10 más") == ["20 pernos M10 más"]  # a count


def test_a_documents_fields_are_no_items_and_its_items_stay() -> None:
    printed = (  # a purchase order's text without an items table's header
        "ORDEN DE COMPRA N° 7712\nFecha de emisión: 20/11/2026\nCondición de pago: 60 días\n"
        "Plazo de entrega: 5 días hábiles\nPO Number: 4410-22\nPage 1 of 2\n"
        "20 rodamientos 6205 2RS SKF\n6 correas B54 Gates\nSub total: — IVA 19%: — Total: —"
    )
    assert lines_from_text(printed) == ["20 rodamientos 6205 2RS SKF", "6 correas B54 Gates"]
