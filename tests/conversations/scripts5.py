r"""A fifth set of buyers (es-4xx / en-4xx), written before anyone tuned on them: only
SPEC.md, ERP.md, the corpus notation (README.md), build.py / erp_rules.py and the demo ERP
folder (`mostrador demo-data --as-of 2026-11-25`) were read; not bot/, flows/, templates/,
channels/ nor the other tests, and the earlier sets only for their format. It stresses
what the earlier sets did not: several items per message in many shapes (a table pasted
from a spreadsheet with tabs, `x N` and `c/u`, `@`/`ea`, emoji numbering `1️⃣`, a
dictated run-on with `coma`/`punto` spoken), quantities in words (`doce`, `cincuenta`,
`media docena`, `una docena`, `dos bolsas`, `un ciento`, `un millar`, `two dozen`, `half a dozen`,
`a hundred`, `a bag`), customer part numbers with `cód.`/`ref`/`our p/n` around them,
short stock settled in a few words, changes and removals by position and by kind
(`el segundo ponle 30`, `sacá los bulones`, `make the second one 30 and drop the
couplings`), a seller asked for mid-cart and messages while waiting for one, guests
turning into leads over several messages, PO numbers with and without the quote number,
status / invoice / statement / disputed-invoice questions, promises to pay, a credit
hold and a block, reorders, switching language mid-cart and back, and chit-chat that
names the seller without asking for her.

The facts come from the contract and the demo data, never from what the bot says:

- Prices: ERP.md's rule (erp_rules.py; build.py fills them in); a guest sees list prices.
- Quantities: a dozen 12, half a dozen 6, `ciento` 100, `millar` 1,000; boots are sold by
  the PAIR (`10 pairs` is 10); cable ties are sold by the bag (uom BOX, 100
  per bag): `dos bolsas` / `a bag` are 2 / 1; MIG wire by the 15 kg spool (`rollos`).
- Availability = on_hand - reserved - damaged, per warehouse (ERP.md):
  BRG-10171 (6211-2Z SKF) SCL 14, nothing elsewhere, 51 incoming to HOU on 2026-12-16;
  of its substitutes BRG-10173 (FAG, SCL 53) and BRG-10174 (NTN, LIM 45) cover 20,
  BRG-10172 (NSK, SCL 19) does not. BLT-10261 (B52 Gates) SCL 6 + LIM 4, 8 incoming to HOU
  on 2026-12-08; its substitutes BLT-10262/10263/10264 (Optibelt/Dayco/Bando) each cover
  12 from SCL. BRG-10107 (6207-DDU NSK) HOU 11 only, 44 incoming to HOU on 2026-12-19;
  substitutes BRG-10106 (SKF, SCL 27), BRG-10108 (FAG, SCL 20), BRG-10109 (NTN, LIM 51).
- Brand left open (SPEC): a guest with no history gets brand_preferences' Welding → Lincoln
  (WLD-10005 for E7018 1/8").
- Customer part numbers (cross_references.csv, C001): MLA-44-1000 = BLT-10002,
  MLA-45-1060 = ABR-10016, MLA-48-1090 = FAS-10026, MLA-47-1080 = BLT-10024,
  MLA-46-1370 = BLT-10106.
- Credit (ERP.md): C003 blocked ("Cheques protestados en octubre", F-50007); C004 on hold
  (F-50008 12,800.00 due 2026-10-01, > 30 days overdue; F-50009 balance 2,100.00 of
  4,350.50; F-50010 6,000.00 due 2026-12-15); C001, C002, C005 ok. C002's F-50006
  (1,250.00, due 2026-11-05) is disputed.
- After the sale (order_status.csv): C001 SO-80004 delivered (GD-55007, Chilexpress
  99120001); C002 SO-80002 picking (ETA 2026-11-27), SO-80005 invoiced (UPS
  1Z999AA10123456784, invoice F-39990); C004 SO-80003 received.
- Last purchase (sales_history.csv, latest date): C003 F-40148 (2026-08-22: ABR-10002 20,
  ABR-10007 50, FAS-10023 2, FAS-10049 10); C005 F-40146 (2026-04-25: ABR-10077 50,
  FAS-10096 10, WLD-10005 2, FAS-10148 50).
- "el martes 1 de diciembre" is 2026-12-01 (a Tuesday); "friday" is `{friday}`.
"""

GUEST_ES = r"~ (?i)empresa|compa[nñ][ií]a|raz[oó]n social|para qui[eé]n|a nombre de|negocio"
GUEST_EN = r"~ (?i)company|business|on behalf|who (are you|do you) (buy|purchas)"
TAX_ES = r"~ (?i)\brut\b|\bnit\b|cuit|\brfc\b|\bruc\b|identificaci[oó]n (fiscal|tributaria)|tax"
TAX_EN = r"~ (?i)tax id|\bein\b|tax number|vat"
MAIL = r"~ (?i)e-?mail|correo"
HOLD_ES = r"~ (?i)vencid|mora\b|atrasad|F-50008|12[.,]?800"
BLOCK_ES = r"~ (?i)bloque|cheques protestados"
PERSON_ES = r"~ (?i)vendedor|asesor|ejecutiv|paula|colega|una persona|alguien del equipo"
NOT_ES = r"!~ (?i)\b(gracias|usted|hola|precio|pedido|disponible)\b"


SCRIPTS = [
    # ------------------------------------------------------------------ several items, shapes
    r"""
name: es-401-tabla-excel-con-tabs
title: A table pasted from a spreadsheet (header row, tab-separated columns, quantity last): three lines priced for C001, then a quote
phone: +56912345001
customer: C001
language: es
tags: several-items, table, quote

> hola te pego lo que necesitamos
| ITEM	DESCRIPCION	CANT.
| 1	RODAMIENTO 6205 2RS SKF	10
| 2	PERNO HEX DIN 933 M10X30 ZINCADO	200
| 3	TUERCA HEXAGONAL DIN 934 M10 ZINCADA	200
$ BRG-10076 10
$ FAS-10017 200
$ FAS-10024 200
?not-item
> cotiza porfa
?quote
""",
    r"""
name: es-402-x-y-cu
title: "a cuánto c/u:" over three items written "nombre x N": each read with its quantity and priced for C001
phone: +56912345001
customer: C001
language: es
tags: several-items, question

> hola, a cuanto c/u: correa A56 gates x 6, rodamiento 6204 2rs skf x 12, disco corte 7 pulg inox norton x 25
$ BLT-10061 6
$ BRG-10061 12
$ ABR-10005 25
?not-item
?es
""",
    r"""
name: es-403-dictado-coma-punto
title: A voice note typed by the phone, quantities in words and "coma"/"punto" spoken: three items priced for C001
phone: +56912345001
customer: C001
language: es
tags: voice, several-items, words

> hola habla jorge necesito doce rodamientos 6204 zz skf coma cincuenta pernos hexagonales m8 por 25 hilo completo zincados coma y veinte tuercas hexagonales m8 zincadas punto gracias
$ BRG-10066 12
$ FAS-10002 50
$ FAS-10004 20
?not-item
?es
""",
    rf"""
name: es-404-media-docena-y-bolsas
title: The customer on hold counts in words ("media docena", "una docena", "dos bolsas"): 6 valves, 12 elbows, 2 bags of ties, and the overdue said
phone: +51987654004
customer: C004
language: es
tags: words, pack, several-items, hold

> buenos dias, para la obra necesito media docena de valvulas de bola de bronce de 3/4 npt, una docena de codos 90 galvanizados de 1/2 y dos bolsas de amarras plasticas de 200x3.6
$ VAL-10010 6
$ VAL-10199 12
$ ELE-10286 2
{HOLD_ES}
?not-item
""",
    r"""
name: es-405-cod-ref-nuestro-codigo
title: Three of the customer's own part numbers, each with a different word around it ("cód.", "ref", "nuestro código") and "unid": their SKUs at C001's prices
phone: +56912345001
customer: C001
language: es
tags: codes, cross-reference, several-items

> buenas, me cotizan:
| cód. MLA-44-1000 10 unid
| ref MLA-45-1060 5 unid
| nuestro codigo MLA-48-1090 100 unid
$ BLT-10002 10
$ ABR-10016 5
$ FAS-10026 100
?not-item
""",
    # ------------------------------------------------------------------ short stock, changes
    r"""
name: es-406-manda-los-14-y-el-resto
title: 20 bearings with 14 in Santiago: the incoming date and a covering substitute; "mándame los 14 que hay y el resto cuando llegue" makes the order
phone: +56912345001
customer: C001
language: es
tags: short-stock, backorder, order

> necesito 20 rodamientos 6211 zz skf
$ BRG-10171 20
?date 2026-12-16
= BRG-10173
> ya, mandame los 14 que hay y el resto cuando llegue
?order
@ orders 1
""",
    r"""
name: es-407-la-bando-entonces
title: 12 B52 Gates belts with 10 on hand: substitutes offered; "ok la bando entonces" then "hazme el pedido" orders 12 Bando belts
phone: +56912345001
customer: C001
language: es
tags: short-stock, substitute, order

> 12 correas b52 gates
$ BLT-10261 12
?date 2026-12-08
= BLT-10264
> ok la bando entonces
$ BLT-10264 12
> hazme el pedido
?order
@ orders 1
@ order-line BLT-10264 12
""",
    r"""
name: es-408-el-segundo-ponle-30
title: Three fittings in one message, then "el segundo ponle 30": the elbows become 30, the other two lines stay
phone: +56912345001
customer: C001
language: es
tags: several-items, change, cart

> 5 valvulas de bola bronce 1/2 npt, 10 codos 90 galvanizados 1/2 y 8 coplas galvanizadas 1/2
$ VAL-10001 5
$ VAL-10199 10
$ VAL-10201 8
> el segundo ponle 30
$ VAL-10199 30
?not-item
> carrito
= VAL-10001
= VAL-10199
= VAL-10201
""",
    rf"""
name: es-409-ar-saca-los-bulones
title: An Argentine guest orders bolts, nuts and washers ("bulones", "arandelas"), then "sacá los bulones": list prices, the cart keeps only nuts and washers
phone: +5491155550409
customer: guest
language: es
tags: guest, argentina, several-items, remove

> Hola buen dia! les paso pedido:
| 100 bulones M12x50 zincados hilo completo
| 100 tuercas hexagonales M12 zincadas
| 100 arandelas planas M12 zincadas
$ FAS-10167 100
$ FAS-10044 100
$ FAS-10049 100
{GUEST_ES}
> sacá los bulones, esos los consigo acá. lo demás pasame el total
?not-item
> carrito
= FAS-10044
= FAS-10049
!= FAS-10167
""",
    # ------------------------------------------------------------------ people, guests
    rf"""
name: es-410-mejor-un-ejecutivo
title: Flap discs priced, then "mejor pásame con un ejecutivo, quiero negociar volumen": queued, nothing read as an item
phone: +56912345001
customer: C001
language: es
tags: seller, cart

> 20 discos flap 4.5 grano 40 norton
$ ABR-10061 20
> oye mejor pasame con un ejecutivo, quiero negociar precio por volumen
{PERSON_ES}
@ queue
?not-item
?no-order
""",
    r"""
name: es-411-espera-y-pregunta-estado
title: Asks for her adviser about a wrongly issued invoice, writes again while waiting (one acknowledgement, no options), then "estado" still answers
phone: +51987654004
customer: C004
language: es
tags: seller, waiting, status, peru

> buenas tardes, necesito hablar con mi asesora por una factura mal emitida
@ queue
?not-item
> ya les mande el correo con el detalle, quedo atenta
? no-choice
@ queue
?not-item
?no-order
> estado
= SO-80003
""",
    rf"""
name: es-412-invitado-datos-en-tres-mensajes
title: A Chilean guest prices E7018 rod (brand by rule), wants to buy, then gives company, RUT and email in three messages: a lead, no order
phone: +56977770412
customer: guest
language: es
tags: guest, lead, brand, kg

> hola buenas, tienen electrodo 7018 de 1/8? necesito 20 kilos
$ WLD-10005 20
?not-item
> ok quiero comprarlos, como lo hago?
{GUEST_ES}
{TAX_ES}
{MAIL}
?no-order
> Maestranza Los Pinos Ltda
> rut 76.555.444-3
> y el correo es compras@maestranzalospinos.cl
@ queue
?no-order
""",
    # ------------------------------------------------------------------ quotes, acceptances, PO
    r"""
name: es-413-acepto-con-numero-y-oc
title: Washers and bolts quoted, then "acepto la {quote}, OC 4500991122": one order keeping the PO, both lines on it
phone: +56912345001
customer: C001
language: es
tags: quote, accept, po

> cotizame 100 golillas de presion m10 zincadas y 100 pernos m10x40 hilo completo zincados
$ FAS-10039 100
$ FAS-10043 100
> cotizar
?quote
> acepto la {quote}, OC 4500991122
?order
@ orders 1
@ order-po 4500991122
@ order-line FAS-10039 100
@ order-line FAS-10043 100
""",
    r"""
name: es-414-dale-acepto-nomas
title: 30 galvanized 1" elbows quoted, then "dale, acepto nomás" without the number: one order at the quoted price
phone: +56912345001
customer: C001
language: es
tags: quote, accept

> precio de 30 codos 90 galvanizados de 1 pulgada
$ VAL-10211 30
> mandame la cotizacion
?quote
> dale, acepto nomas
?order
@ orders 1
@ order-line VAL-10211 30
""",
    # ------------------------------------------------------------------ after the sale
    r"""
name: es-415-ya-entregaron-la-so
title: "¿la SO-80004 ya la entregaron?": the ERP order delivered, with its guide; nothing read as an item
phone: +56912345001
customer: C001
language: es
tags: status

> la SO-80004 ya la entregaron? no me acuerdo si llego
= SO-80004
~ (?i)entregad|delivered
= GD-55007
?not-item
?no-order
""",
    r"""
name: es-416-cuanto-me-falta-f-50009
title: "¿cuánto me falta pagar de la F-50009?": that invoice's balance (2,100.00 of 4,350.50)
phone: +51987654004
customer: C004
language: es
tags: invoice, peru

> disculpe cuanto me falta pagar de la F-50009? ya hicimos un abono
= F-50009
~ 2[.,]?100
?not-item
?no-order
""",
    r"""
name: es-417-estado-de-cuenta-pe
title: "me envía mi estado de cuenta por favor": the three open invoices, the overdue one with its days
phone: +51987654004
customer: C004
language: es
tags: statement, peru, hold

> ingeniero buenas, me envia mi estado de cuenta por favor
= F-50008
= F-50009
= F-50010
~ 12[.,]?800
~ (?<![\d.,])({days-since 2026-10-01})(?![\d]|[.,]\d)
?not-item
?no-order
""",
    r"""
name: es-418-martes-1-transferimos
title: "el martes 1 de diciembre transferimos los $5.373 de la F-50003": a promise for 2026-12-01 and 5,373.00
phone: +56912345001
customer: C001
language: es
tags: promise

> hola, el martes 1 de diciembre les transferimos los $5.373 de la F-50003
@ promise 2026-12-01 5373.00
?not-item
?no-order
""",
    rf"""
name: es-419-retenido-hagan-el-pedido
title: The customer on hold asks for cable and tees and "si está ok hagan el pedido": priced, the overdue said, the order goes to approval
phone: +51987654004
customer: C004
language: es
tags: credit, hold, approval, several-items

> hola, para la obra necesito 200 mts de cable thhn 10 awg rojo y 30 tees de bronce de 1/2 npt
$ ELE-10015 200
$ VAL-10005 30
{HOLD_ES}
> si esta ok hagan el pedido de una
?approval
@ queue
""",
    rf"""
name: es-420-bloqueado-repite-lo-ultimo
title: The blocked workshop asks "me repite lo de la última compra?": F-40148's four lines re-priced today, the block and its reason said, nothing ordered
phone: +56987654003
customer: C003
language: es
tags: reorder, credit, blocked

> hola, me repite lo de la ultima compra? los discos y todo eso
$ ABR-10002 20
$ ABR-10007 50
$ FAS-10023 2
$ FAS-10049 10
{BLOCK_ES}
?no-order
""",
    # ------------------------------------------------------------------ language, chit-chat
    r"""
name: es-421-colega-en-ingles-y-vuelve
title: Spanish, then an English message from a colleague adding an item (replies in English), then back to Spanish for the quote (replies in Spanish, both lines quoted)
phone: +56912345001
customer: C001
language: es
tags: language, cart, quote

> hola, precio 10 rodamientos 6310 2rs skf
$ BRG-10346 10
?es
> hi, this is Jorge's colleague from the Houston office, could you also add 5 contactors 32A with 220V coil, schneider? thanks
$ ELE-10169 5
?en
> ya, volvi jaja. cotizame todo eso porfa
?quote
= BRG-10346
= ELE-10169
?es
""",
    r"""
name: es-422-emojis-numerados
title: A list numbered with keycap emojis (1️⃣ 2️⃣ 3️⃣) and a 🙏: three lines priced, the MIG wire by the spool
phone: +56912345001
customer: C001
language: es
tags: several-items, emoji, pack

> buenas! necesito esto pa mañana:
| 1️⃣ 4 correas B62 gates
| 2️⃣ 10 discos flap 4 1/2 grano 80 norton
| 3️⃣ 2 rollos de alambre mig 0.9 esab 🙏
$ BLT-10281 4
$ ABR-10065 10
$ WLD-10053 2
?not-item
""",
    r"""
name: es-423-saludos-a-la-paula
title: Chit-chat that names the seller without asking for her ("saludos a la Paula de mi parte 😅"): no item, no options, not queued, no order
phone: +56912345001
customer: C001
language: es
tags: ack, chit-chat

> jaja no te preocupes, saludos a la Paula de mi parte 😅 que esten bien
?not-item
? no-choice
@ no-queue
?no-order
""",
    r"""
name: es-424-un-ciento-y-un-millar
title: "un ciento de pernos … y un millar de golillas": 100 and 1,000, priced for C001
phone: +56912345001
customer: C001
language: es
tags: words, several-items

> necesito un ciento de pernos m10x30 hilo completo zincados y un millar de golillas planas m10 zincadas
$ FAS-10017 100
$ FAS-10029 1000
?not-item
?es
""",
    # ------------------------------------------------------------------ English
    r"""
name: en-425-pasted-sheet-qty-first
title: A spreadsheet pasted with its header row (Qty / Description / Mfr, tab-separated, quantity first): three lines priced for C002
phone: +14155550101
customer: C002
language: en
tags: several-items, table

> hi Sarah here, pasting from our sheet:
| Qty	Description	Mfr
| 12	Ball bearing 6310-2RS	SKF
| 6	V-belt B68	Gates
| 2	Contactor 25A 24VDC coil	Schneider
$ BRG-10346 12
$ BLT-10293 6
$ ELE-10167 2
?not-item
?en
""",
    r"""
name: en-426-ea-how-much-each
title: "need pricing:" with "N ea" before each item and "how much each?": three lines priced for C005 (list and its abrasives discount)
phone: +17135550105
customer: C005
language: en
tags: several-items, question

> need pricing: 250 ea 3/8-16 x 1 gr5 hex cap screws zinc, 50 ea M10 nylon lock nuts zinc, 10 ea flap discs 4.5 80 grit norton. how much each?
$ FAS-10125 250
$ FAS-10034 50
$ ABR-10065 10
?not-item
?en
""",
    r"""
name: en-427-two-dozen-half-a-dozen
title: Quantities in words ("two dozen", "half a dozen", "a hundred"): 24, 6 and 100, priced for C002
phone: +14155550101
customer: C002
language: en
tags: words, several-items

> can I get two dozen 6204 2rs skf, half a dozen B52 gates belts and a hundred M12 hex nuts zinc
$ BRG-10061 24
$ BLT-10261 6
$ FAS-10044 100
?not-item
?en
""",
    r"""
name: en-428-dictated-on-the-road
title: A dictated run-on from the road ("twenty kilos", "three spools", "a bag"): rod by the kg, spools and one bag of cable ties, priced for C005
phone: +17135550105
customer: C005
language: en
tags: voice, words, several-items

> hey its dave im driving so dictating this I need twenty kilos of 7018 1/8 lincoln rod and three spools of mig wire point 9 millimeter lincoln and a bag of the 200 x 4.8 black zip ties thanks
$ WLD-10005 20
$ WLD-10049 3
$ ELE-10287 1
?not-item
?en
""",
    r"""
name: en-429-our-pn-in-english
title: The Chilean buyer writes in English with "our p/n … qty N": the cross-referenced SKUs at C001's prices, replies in English
phone: +56912345001
customer: C001
language: en
tags: codes, cross-reference, language

> hi, please quote our p/n MLA-47-1080 qty 12 and our p/n MLA-46-1370 qty 8, thank you
$ BLT-10024 12
$ BLT-10106 8
?not-item
?en
""",
    r"""
name: en-430-swap-to-the-skf
title: 20 bearings with 11 in Houston: the incoming date and covering substitutes; "k swap to the skf and place the order" orders 20 SKF
phone: +14155550101
customer: C002
language: en
tags: short-stock, substitute, order

> 20 6207 2rs nsk
$ BRG-10107 20
?date 2026-12-19
= BRG-10106
> k swap to the skf and place the order
?order
@ orders 1
@ order-line BRG-10106 20
""",
    r"""
name: en-431-second-one-30-drop-couplings
title: A numbered list of three fittings, then "make the second one 30 and drop the couplings": elbows 30, couplings gone from the cart
phone: +17135550105
customer: C005
language: en
tags: several-items, change, remove, cart

> 1) 10 brass ball valves 3/4 npt 2) 20 galvanized 90 elbows 3/4 3) 20 galv couplings 3/4
$ VAL-10010 10
$ VAL-10205 20
$ VAL-10207 20
> make the second one 30 and drop the couplings
$ VAL-10205 30
?not-item
> cart
= VAL-10010
= VAL-10205
!= VAL-10207
""",
    r"""
name: en-432-someone-call-me-then-waits
title: Contactors priced, "can someone from sales call me?" queues it; the next message while waiting gets no options and no item reading
phone: +14155550101
customer: C002
language: en
tags: seller, waiting, cart

> 12 contactors 9A 24VDC schneider
$ ELE-10158 12
> actually can someone from sales call me? want to talk volume pricing
?seller
@ queue
?no-order
> no rush, I'm at my desk till 5
? no-choice
@ queue
?not-item
""",
    rf"""
name: en-433-guest-boots-lead
title: A guest asks for 10 pairs of steel-toe boots size 42, wants to order, then sends company, EIN and email in one message: list price, a lead, no order
phone: +12145550433
customer: guest
language: en
tags: guest, lead, pair

> hi do you guys sell safety boots? need 10 pairs steel toe size 42
$ SAF-10025 10
?not-item
> yes we'd like to order those
{GUEST_EN}
{TAX_EN}
{MAIL}
?no-order
> Lone Star Welding Supply LLC
| EIN 74-3344556
| buying@lonestarws.com
@ queue
?no-order
""",
    r"""
name: en-434-po-then-accepting-quote
title: 40 breakers quoted, then "PO 88123 — accepting {quote}": one order keeping the PO
phone: +14155550101
customer: C002
language: en
tags: quote, accept, po

> quote 40 schneider 2 pole 16 amp breakers curve C
$ ELE-10058 40
> quote
?quote
> PO 88123 — accepting {quote}
?order
@ orders 1
@ order-po 88123
@ order-line ELE-10058 40
""",
    r"""
name: en-435-looks-good-go-ahead
title: MIG wire quoted, then "looks good 👍 go ahead" without the number: one order
phone: +17135550105
customer: C005
language: en
tags: quote, accept, emoji

> how much for 5 spools 0.9mm ESAB mig wire
$ WLD-10053 5
> send me a quote
?quote
> looks good 👍 go ahead
?order
@ orders 1
@ order-line WLD-10053 5
""",
    r"""
name: en-436-tracking-on-so-80005
title: "any tracking on SO-80005?": the invoiced ERP order with UPS, its tracking number and invoice
phone: +14155550101
customer: C002
language: en
tags: status

> any tracking on SO-80005?
= SO-80005
~ (?i)\bUPS\b
= 1Z999AA10123456784
= F-39990
?not-item
?no-order
""",
    r"""
name: en-437-disputed-invoice
title: "why am I still seeing F-50006? we disputed that one": the invoice, its balance and that it is disputed
phone: +14155550101
customer: C002
language: en
tags: statement, invoice, dispute

> why am I still seeing F-50006 on our statement? we disputed that one
= F-50006
~ 1,?250\.00|1\.250,00
~ (?i)disput
?not-item
?no-order
""",
    r"""
name: en-438-check-in-the-mail-friday
title: "we'll put a check in the mail for F-50011 friday": a promise for the coming Friday
phone: +17135550105
customer: C005
language: en
tags: promise

> heads up we'll put a check in the mail for F-50011 friday
@ promise {friday}
?not-item
?no-order
""",
    r"""
name: en-439-reorder-our-last
title: "reorder our last order pls": F-40146's four lines re-priced today for C005, nothing ordered
phone: +17135550105
customer: C005
language: en
tags: reorder

> reorder our last order pls
$ ABR-10077 50
$ FAS-10096 10
$ WLD-10005 2
$ FAS-10148 50
?no-order
""",
    rf"""
name: en-440-anything-in-picking-then-ttyl
title: The approver asks "anything of ours still in picking?" (SO-80002 with its ETA), then "ok cool, ttyl 👋": no item, no options, not queued
phone: +14155550102
customer: C002
language: en
tags: status, ack, chit-chat

> lol thx for the heads up. btw is anything of ours still in picking?
= SO-80002
~ (?i)picking
?date 2026-11-27
?not-item
> ok cool, ttyl 👋
?not-item
? no-choice
@ no-queue
?no-order
{NOT_ES}
""",
]
