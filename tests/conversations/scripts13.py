r"""A thirteenth set of buyers (es-1301..es-1320 / en-1321..en-1340, 20 per language), written
blind to the implementation: only SPEC.md, ERP.md, the corpus notation (README.md),
build.py / erp_rules.py, test_conversation_corpus.py, the docstrings of scripts10-12 and
scripts12.py for its format, and the demo ERP folder (`mostrador demo-data --as-of
2026-11-25`) were read; not bot/, flows/, channels/, templates/, workers/, bench/, other
tests, nor the played runner's DISAGREE list, and the set was not played by its author.

What it leans on, where the earlier sets were thin:

- Ordering as buyers do it: `pedido` / `order` / `confirmar` / `confirm` / `dale, mándalo`,
  with the PO in the same message or in a later one, a delivery address or `retiro en
  bodega` / will-call pickup said in passing; the confirmation names the order number and
  the order total (the sum of the line totals), and the order keeps the PO (es-1301,
  es-1302, es-1312, es-1313, es-1314, en-1321, en-1322, en-1326, en-1332, en-1336).
- Orders placed days ago asked in words (`¿ya salió lo de ayer?`, `where's my stuff`), by
  the ERP's document (`GD-55120`), by the ERP order number, by the buyer's own PO of an order
  placed in the same conversation; tracking, carriers and ETAs from order_status.csv
  (es-1303, es-1304, es-1311, es-1314, en-1323, en-1324, en-1329, en-1334); a guest asking
  `where's my order` never sees another customer's orders (en-1335).
- Quantities in units of measure: cable in `rollos de 100 metros` and metres (uom M),
  welding rod in kilos (uom KG) and MIG wire in 15 kg spools (EA), `media docena` of pairs
  of gloves and `un par` of boots (uom PAIR), `una docena`, `half a dozen`, `a pair`,
  `cajas` / `bags` of 100 cable ties (pack_qty 100) (es-1306, es-1309, es-1313, es-1315,
  es-1318, en-1325, en-1326, en-1331, en-1337).
- The customer's own part numbers (C001's MLA-… in cross_references.csv) mixed with plain
  descriptions, and a mistyped one corrected afterwards; a SKU of ours with a digit missing
  (es-1307, en-1333).
- Things the distributor does not sell at all (a Stihl chainsaw, a laptop, a pressure
  washer, cutting oil in litres) beside real lines: the real lines priced, the others left
  open on the quote for a seller (needs_review, in the queue) (es-1308, es-1315, es-1319,
  en-1327, en-1335).
- Credit: C003 blocked asking to order (no order, the reason, a promise on Friday), C004 on
  hold ordering (approval) and promising to pay F-50008 on Monday 30 (es-1305, es-1316,
  es-1304, es-1311, es-1320); C002's money in good standing (en-1338, en-1340).
- A seller asked for mid-conversation and the buyer keeps writing (one acknowledgement, then
  silence; `estado`/`status` still answered), with BUSINESS_HOURS unset (es-1310, en-1328).
- Voice-note run-ons with several asks (balance, a shipment, items in one message) and
  corrections (`no espera, los discos son 30 no 20`, `no, 30 not 20`, `1,200 not 1,500`)
  (es-1311, es-1312, es-1318, en-1329, en-1330, en-1339).

The facts come from the contract and the demo data, never from what the bot says:

- Prices: ERP.md's rule (erp_rules.py; build.py fills them in); a guest sees list prices.
  Safety items under the margin floor for the buyer (helmets, leather and cut-resistant
  gloves, ear plugs) were not used; the nitrile gloves and boots a guest asks for are above it.
- Order totals (a `~` fact, in any notation) are the sum of the line totals build.py prints
  for the lines in the cart at the moment of the order; the order number is `O-YYYY-NNNNN`.
- Availability = on_hand - reserved - damaged per warehouse (ERP.md); every line that is
  ordered is covered by one warehouse, most by the customer's default one (C001 SCL, C002
  and C005 HOU, C004 LIM).
- Units: ELE-100xx THHN wire is sold by the metre (M); WLD-100xx electrodes by the kilo
  (KG); WLD-10057 (MIG ER70S-6 0.9 mm Indura) is one 15 kg spool (EA); SAF-10002 nitrile
  gloves and SAF-10025 boots by the pair (PAIR); ELE-102xx cable ties are bags (BOX) of 100.
- Cross references (C001): MLA-47-1030 -> BRG-10011, MLA-46-1020 -> ABR-10005,
  MLA-48-1090 -> FAS-10026.
- After the sale (order_status.csv): SO-80001 C001 shipped 2026-11-24 (GD-55120,
  Chilexpress 99120455, ETA 2026-11-26); SO-80004 C001 delivered (GD-55007); SO-80002 C002
  picking (ETA 2026-11-27); SO-80005 C002 invoiced F-39990 (UPS 1Z999AA10123456784);
  SO-80003 C004 received; SO-80006 C005 cancelled.
- Credit: C003 blocked ("Cheques protestados en octubre", F-50007 2,300.00); C004 on hold
  (F-50008 12,800.00 due 2026-10-01); C002 F-50005 8,400.00 due 2026-12-05, F-50006 1,250.00
  disputed, nothing overdue; C005 F-50011 15,999.99 due 2026-12-10.
- Dates: 2026-11-25 is a Wednesday; `el lunes 30` / `monday the 30th` is 2026-11-30; `el viernes` is
  {friday}; `mañana` {date+1}.
"""


from tests.conversations.scripts12 import (
    BLOCK_ES,
    GUEST_EN,
    GUEST_ES,
    HOLD_ES,
    LEAD_EN,
    LEAD_ES,
)

SO_ANY = r"!~ SO-800\d\d"


SCRIPTS = [
    # ------------------------------------------------------------------ Spanish
    r"""
name: es-1301-jorge-pedido-con-oc-retiro-en-bodega
title: C001 asks bearings and belts, then `pedido, OC 4500-4120, lo retiramos en bodega`: an order with its number, total and PO
phone: +56912345001
customer: C001
language: es
tags: order, po, pickup

> hola! necesito 10 rodamientos 6306 2rs skf y 6 correas b54 gates
$ BRG-10286 10
$ BLT-10265 6
?no-order
> pedido nomás, OC 4500-4120, lo retiramos en bodega mañana en la mañana
?order
~ (?<![\d.,])203[.,]68(?!\d)
@ orders 1
@ order-po 4500-4120
= 4500-4120
@ order-line BRG-10286 10
@ order-line BLT-10265 6
""",
    r"""
name: es-1302-carla-cotiza-oc-despues-dale-mandalo
title: C001's approver quotes valves and nipples, says the PO comes later (no order), then `OC 4500-4133, dale mándalo`: the order at the quoted prices with the PO
phone: +56912345002
customer: C001
language: es
tags: quote, po-later, accept, order

> buenas tardes, necesito precio de 6 válvulas de bola de bronce 1 1/4 npt y 12 válvulas de bola de bronce de 1/2 npt
$ VAL-10046 6
$ VAL-10001 12
> cotizar
?quote
?no-order
> ok, espera que me firmen la OC y te aviso
?no-order
> ya, OC 4500-4133, dale mándalo
?order
~ (?<![\d.,])307[.,]14(?!\d)
@ orders 1
@ order-po 4500-4133
= 4500-4133
""",
    r"""
name: es-1303-jorge-ya-salio-lo-de-ayer
title: C001 asks whether yesterday's order went out (SO-80001 shipped on the 24th, Chilexpress 99120455), then by its dispatch guide GD-55120 when it arrives (26 Nov)
phone: +56912345001
customer: C001
language: es
tags: status, erp-document, tracking

> hola, ¿ya salió lo de ayer?
= SO-80001
= Chilexpress
= 99120455
?no-order
> ya y la guía GD-55120 cuándo llega a faena?
~ SO-80001|GD-55120
?date 2026-11-26
?not-item
?no-order
> ok gracias
?no-order
""",
    rf"""
name: es-1304-ana-en-que-va-mi-pedido-y-otro-mas
title: C004 (on hold) asks how SO-80003 is going (received), then orders contactors and cable: told of the hold, the order goes to approval
phone: +51987654004
customer: C004
language: es
tags: peru, status, hold, approval

> buenos días, ¿en qué va nuestro pedido SO-80003?
= SO-80003
~ (?i)recib
?no-order
> ok. aparte necesito 10 contactores abb 18A bobina 220v y 150 metros de cable thhn 12 awg rojo
$ ELE-10193 10
$ ELE-10003 150
{HOLD_ES}
> hazme el pedido con eso, entrega en obra San Borja
?approval
@ queue
""",
    rf"""
name: es-1305-raul-bloqueado-quiere-pedir
title: C003 (blocked) asks 25 kilos of E6011 1/8 Indura and wants them sent today: the price, the block and its reason; `pedido` goes to approval, never confirmed; a promise for Friday
phone: +56987654003
customer: C003
language: es
tags: blocked, kg, order, promise

> wena, necesito 25 kilos de soldadura 6011 de 1/8 indura, me la mandan hoy?
$ WLD-10033 25
{BLOCK_ES}
> pedido
?approval
@ queue
> ya po, el viernes les pago los 2.300 y me liberan
@ promise {{friday}} 2300.00
""",
    r"""
name: es-1306-jorge-cable-en-rollos-y-metros
title: C001 asks two 100 m rolls of white THHN 12 (200 m) and 50 m of blue 14, corrects the blue to 80 m, quotes
phone: +56912345001
customer: C001
language: es
tags: uom, metres, rolls, change, quote

> necesito 2 rollos de 100 metros de cable thhn 12 awg blanco y 50 metros de thhn 14 awg azul
$ ELE-10002 200
$ ELE-10011 50
> perdón, del azul son 80 metros no 50
$ ELE-10011 80
> cotiza porfa
?quote
""",
    r"""
name: es-1307-jorge-codigos-propios-y-uno-mal-escrito
title: C001 mixes its own part numbers (MLA-47-1030, MLA-46-1020) with belts, mistypes a third one, corrects it to MLA-48-1090
phone: +56912345001
customer: C001
language: es
tags: cross-reference, typo, correction

> hola, mándame precio de:
| 4 MLA-47-1030
| 20 MLA-46-1020
| 6 correas b60 gates
$ BRG-10011 4
$ ABR-10005 20
$ BLT-10277 6
> y 100 del MLA-48-1009
? reply
?no-order
> perdón me equivoqué, es el MLA-48-1090, 100 unidades
$ FAS-10026 100
?no-order
""",
    r"""
name: es-1308-jorge-motosierra-y-notebook
title: C001 asks bearings together with a Stihl chainsaw and a laptop (not sold): the bearings priced, the quote needs a seller for the two other lines
phone: +56912345001
customer: C001
language: es
tags: not-sold, open-lines, quote, seller

> necesito 10 rodamientos 6308 2rs skf, una motosierra stihl ms 250 para la cuadrilla y un notebook lenovo para la oficina de bodega
$ BRG-10316 10
?no-order
> cotizar
?quote
@ quote needs_review
@ queue
""",
    rf"""
name: es-1309-pe-invitado-media-docena-y-un-par
title: A Peruvian guest asks half a dozen pairs of nitrile gloves, a pair of boots and a dozen bearings at list price, a quote, then an order to pick up in Lima: a lead
phone: +51944131309
customer: guest
language: es
tags: guest, peru, pairs, dozen, pickup, lead

> buenas tardes, quisiera media docena de pares de guantes de nitrilo talla L, un par de zapatos de seguridad punta de acero talla 42 y una docena de rodamientos 6203 zz skf
$ SAF-10002 6
$ SAF-10025 1
$ BRG-10051 12
{GUEST_ES}
> me hace la cotización por favor
?quote
> ya, hágame el pedido, lo recojo en su tienda de Lima
{LEAD_ES}
?no-order
""",
    r"""
name: es-1310-jorge-pide-vendedor-y-sigue-escribiendo
title: C001 asks a seller for a volume price mid-cart, keeps writing (one acknowledgement, then silence), `estado` still answers with SO-80001
phone: +56912345001
customer: C001
language: es
tags: seller, waiting, status

> necesito 40 rodamientos 6205 zz fag
$ BRG-10083 40
> pásame con un vendedor porfa, por esa cantidad quiero ver un mejor precio
?seller
@ queue
> y agrégale 20 rodamientos 6206 2rs skf también
? reply
@ queue
> hola??
? no-reply
> estado
= SO-80001
""",
    rf"""
name: es-1311-ana-audio-deuda-despacho-e-items
title: C004 (on hold) dictates one run-on: what it owes, whether last week's order went out (SO-80003 received), cable and belts: all answered, the hold said
phone: +51987654004
customer: C004
language: es
tags: peru, voice, several-asks, account, status, hold

> hola ingeniero buenas tardes le escribe ana de constructora sur mire necesito saber cuánto les debemos porque contabilidad me está preguntando y también si ya despacharon lo que pedimos la semana pasada y aparte cotíceme 100 metros de cable thhn 12 awg rojo y 6 correas b62 bando por favor
= F-50008
~ 12[.,]?800
= SO-80003
$ ELE-10003 100
$ BLT-10284 6
{HOLD_ES}
?no-order
""",
    r"""
name: es-1312-jorge-no-eran-30-y-despacho-a-faena
title: C001 asks flap discs and M12x40 bolts, corrects the discs to 30 and the bolts to 300, orders with a site address said in passing
phone: +56912345001
customer: C001
language: es
tags: correction, order, delivery-address

> necesito 20 discos flap 4 1/2 grano 80 norton y 200 pernos m12x40 zincados 8.8 hilo completo
$ ABR-10065 20
$ FAS-10088 200
> no espera, los discos son 30 no 20
$ ABR-10065 30
> y los pernos súbelos a 300
$ FAS-10088 300
> pedido, que lo despachen a faena Los Bronces, camino a Farellones km 30
?order
~ (?<![\d.,])199[.,]20(?!\d)
@ orders 1
@ order-line ABR-10065 30
@ order-line FAS-10088 300
""",
    r"""
name: es-1313-jorge-kilos-de-electrodo-y-rollos-mig
title: C001 asks 40 kilos of E7018 1/8 Lincoln and two 15 kg spools of Indura MIG wire 0.9, then `confirmar`: the order
phone: +56912345001
customer: C001
language: es
tags: kg, spools, order

> necesito 40 kilos de electrodo 7018 1/8 lincoln y 2 rollos de alambre mig er70s-6 0.9 indura de 15 kg
$ WLD-10005 40
$ WLD-10057 2
> confirmar
?order
~ (?<![\d.,])255[.,]52(?!\d)
@ order-line WLD-10005 40
@ order-line WLD-10057 2
""",
    r"""
name: es-1314-jorge-en-que-va-la-oc
title: C001 orders with OC 4500-4190, then asks how `la OC 4500-4190` is going: the reply names that order
phone: +56912345001
customer: C001
language: es
tags: order, po, status-by-po

> 8 correas a42 gates y 12 valvulas de bola bronce 1 npt
$ BLT-10033 8
$ VAL-10019 12
> pedido con OC 4500-4190
?order
@ order-po 4500-4190
> oye y en qué va la OC 4500-4190?
= {order}
@ orders 1
""",
    rf"""
name: es-1315-cl-invitado-hidrolavadora-y-amarras
title: A Chilean guest asks a Kärcher pressure washer (not sold) and 2 bags of 200x4.8 cable ties: the ties at list price, the washer left open on the quote
phone: +56955131315
customer: guest
language: es
tags: guest, chile, not-sold, packs, quote, open-lines

> hola buenas, tienen hidrolavadora karcher? y necesito 2 bolsas de amarras plasticas 200x4.8 negras
$ ELE-10287 2
{GUEST_ES}
> cotízame las dos cosas porfa, es pa Servicios Eléctricos Maipo
?quote
@ quote needs_review
?no-order
""",
    r"""
name: es-1316-raul-por-que-no-me-dejan-comprar
title: C003 (blocked) asks why it cannot buy (cheques protestados, F-50007 2,300.00), promises to pay tomorrow, then gets a quote for cut-off wheels: no order
phone: +56987654003
customer: C003
language: es
tags: blocked, why, promise, quote

> oiga por qué no me dejan comprar? me dijeron que estoy bloqueado
~ (?i)cheques protestados
= F-50007
?no-order
> mañana les deposito los 2.300
@ promise {date+1} 2300.00
> entonces pásame precio de 30 discos de corte 4 1/2 metal norton de 1mm
$ ABR-10002 30
> cotizar
?quote
?no-order
""",
    r"""
name: es-1317-jorge-amarras-bolsas-y-unidades
title: C001 asks 3 bags of 370x4.8 ties and 400 ties of 100x2.5 (4 bags), then `pedido`
phone: +56912345001
customer: C001
language: es
tags: packs, pieces, order

> necesito 3 bolsas de amarras 370x4.8 y 400 amarras de 100x2.5
$ ELE-10295 3
$ ELE-10277 4
> pedido
?order
@ order-line ELE-10295 3
@ order-line ELE-10277 4
""",
    r"""
name: es-1318-mx-invitado-audio-kilos-no-mejor-25
title: A Mexican guest dictates 30 kilos of E6013 1/8 Lincoln, `no mejor 25`, and half a dozen 7-inch Norton metal cut-off wheels: list prices, a quote
phone: +523312131318
customer: guest
language: es
tags: guest, mexico, voice, kg, correction, quote

> qué tal buenas tardes oiga ocupo este unos 30 kilos de soldadura 6013 de un octavo lincoln no mejor 25 kilos y también media docena de discos de corte de 7 pulgadas para metal norton
$ WLD-10009 25
$ ABR-10006 6
?no-order
> me manda la cotización porfa
?quote
""",
    r"""
name: es-1319-jorge-aceite-en-litros-y-rodamientos
title: C001 asks 20 litres of cutting oil and 10 of coolant (not sold) with NTN 6306 ZZ bearings (none in Santiago, 56 in Lima) and says he picks up: the bearings priced, the oils open
phone: +56912345001
customer: C001
language: es
tags: not-sold, litres, open-lines, quote

> buenas, necesito 20 litros de aceite de corte, 10 litros de refrigerante y 4 rodamientos 6306 zz ntn, lo retiro yo en bodega
$ BRG-10294 4
?no-order
> cotizar
?quote
@ quote needs_review
""",
    rf"""
name: es-1320-ana-lunes-30-pagamos-y-pedido
title: C004 (on hold) says they pay F-50008's 12,800 on Monday 30 (a promise), orders B62 belts: the order to approval
phone: +51987654004
customer: C004
language: es
tags: peru, hold, promise, approval

> buenos días, el lunes 30 transferimos los 12.800 de la F-50008
@ promise 2026-11-30 12800.00
> mientras tanto necesito 8 correas b62 bando, pedido porfa
$ BLT-10284 8
{HOLD_ES}
?approval
@ queue
""",
    # ------------------------------------------------------------------ English
    r"""
name: en-1321-sarah-order-po-and-dock
title: C002 asks FAG bearings and brass unions, then `order, PO 55-2290, ship to our Oakland dock`: an order with its number, total and PO
phone: +14155550101
customer: C002
language: en
tags: order, po, delivery-address

> hi! need 40 6203-2RSR FAG and 30 brass unions 3/8 npt
$ BRG-10048 40
$ VAL-10043 30
?no-order
> order please, PO 55-2290, ship to our Oakland dock as usual
?order
~ (?<![\d.,])514[.,]80(?!\d)
@ orders 1
@ order-po 55-2290
= 55-2290
""",
    r"""
name: en-1322-dave-quote-po-to-follow-confirm
title: C005 quotes 7018 rod and flap discs, says the PO follows (no order), then `confirm, PO NW-7731`: the order with the PO
phone: +17135550105
customer: C005
language: en
tags: quote, po-later, confirm, order

> need 60 kg of 7018 1/8 lincoln and 40 7" flap discs 80 grit norton
$ WLD-10005 60
$ ABR-10066 40
> quote
?quote
?no-order
> ok PO to follow, waiting on the boss
?no-order
> confirm, PO NW-7731
?order
~ (?<![\d.,])550[.,]60(?!\d)
@ order-po NW-7731
= NW-7731
""",
    r"""
name: en-1323-sarah-wheres-my-stuff
title: C002 asks `where's my stuff`: SO-80002 picking (ETA Nov 27) and SO-80005 invoiced with UPS 1Z999AA10123456784
phone: +14155550101
customer: C002
language: en
tags: status, tracking

> hey where's my stuff?? the guys on the floor keep asking
= SO-80002
?date 2026-11-27
= SO-80005
= UPS
?no-order
> ok thanks
?no-order
""",
    r"""
name: en-1324-tom-status-by-erp-number
title: C002's approver asks about SO-80005 by number: invoiced, invoice F-39990, UPS tracking
phone: +14155550102
customer: C002
language: en
tags: status, erp-order, invoice

> what's the status on SO-80005?
= SO-80005
~ (?i)invoic
= F-39990
= UPS
= 1Z999AA10123456784
?no-order
""",
    r"""
name: en-1325-dave-kilos-of-rod-and-two-dozen-wheels
title: C005 asks 30 kilos of E7018 1/8 Lincoln and two dozen 4-1/2 1.6 mm Norton metal cut-off wheels, then `order`
phone: +17135550105
customer: C005
language: en
tags: kg, dozen, order

> need 30 kilos of 7018 1/8 lincoln and 2 dozen 4.5" cutoff wheels norton metal 1.6mm
$ WLD-10005 30
$ ABR-10004 24
> order
?order
~ (?<![\d.,])203[.,]34(?!\d)
@ order-line WLD-10005 30
@ order-line ABR-10004 24
""",
    r"""
name: en-1326-sarah-two-rolls-then-250-m
title: C002 asks two 100 m rolls of black THHN 10 (200 m) and 2 bags of 370x7.6 ties, makes the wire 250 m, orders
phone: +14155550101
customer: C002
language: en
tags: uom, metres, rolls, packs, correction, order

> need two 100m rolls of THHN 10 AWG black and 2 bags of the 370x7.6 zip ties
$ ELE-10013 200
$ ELE-10296 2
> actually make the wire 250 m
$ ELE-10013 250
> ok order it
?order
~ (?<![\d.,])300[.,]96(?!\d)
@ order-line ELE-10013 250
@ order-line ELE-10296 2
""",
    r"""
name: en-1327-dave-chainsaw-laptop-and-bearings
title: C005 asks a chainsaw and a laptop (not sold) with 10 6203-2ZR FAG bearings: the bearings priced, the quote needs a seller
phone: +17135550105
customer: C005
language: en
tags: not-sold, open-lines, quote, seller

> need a stihl chainsaw for the yard crew, a dell laptop for the office and 10 6203-2ZR FAG bearings
$ BRG-10053 10
?no-order
> quote
?quote
@ quote needs_review
@ queue
""",
    r"""
name: en-1328-sarah-asks-for-mike-keeps-writing
title: C002 asks for Mike mid-cart, keeps adding (one acknowledgement, then silence), `status` still answers with SO-80002
phone: +14155550101
customer: C002
language: en
tags: seller, waiting, status

> 50 6202-2ZR FAG please
$ BRG-10038 50
> can I talk to Mike? need to ask about a blanket order
?seller
@ queue
> also add 20 6205 FAG open
? reply
@ queue
> ??
? no-reply
> status
= SO-80002
""",
    r"""
name: en-1329-dave-voice-owe-due-items-cancelled
title: C005 dictates one run-on: what it owes and when it is due (F-50011, Dec 10), 20 kilos of 7018 5/32 and a dozen A50 Gates belts, and whether SO-80006 was cancelled
phone: +17135550105
customer: C005
language: en
tags: voice, several-asks, account, status, kg, dozen

> hey uh dave here need to know what we owe you guys and when that invoice is due and also send me uh twenty kilos of 7018 5/32 lincoln and a dozen a50 gates belts oh and did SO-80006 get cancelled or what
= F-50011
~ 15[.,]?999[.,]99
?date 2026-12-10
$ WLD-10007 20
$ BLT-10049 12
= SO-80006
~ (?i)cancel
?no-order
""",
    r"""
name: en-1330-sarah-no-30-not-20
title: C002 asks 20 6207 SKF open bearings and 10 swing check valves 2" brass, corrects the bearings to 30, quotes and accepts
phone: +14155550101
customer: C002
language: en
tags: correction, quote, accept, order

> 20 6207 SKF open bearings and 10 swing check valves brass 2" npt
$ BRG-10116 20
$ VAL-10066 10
> no, 30 not 20 on the bearings
$ BRG-10116 30
> quote pls
?quote
> accept
?order
~ (?<![\d.,])1[.,]?001[.,]70(?!\d)
@ order-line BRG-10116 30
@ order-line VAL-10066 10
""",
    rf"""
name: en-1331-uk-guest-half-dozen-and-a-pair
title: A UK guest asks half a dozen pairs of nitrile gloves L, a pair of size 42 boots and 10 6205-2ZR FAG at list price, a quote, then an order with pickup: a lead
phone: +447700131331
customer: guest
language: en
tags: guest, uk, pairs, dozen, pickup, lead

> hiya, half a dozen pairs of nitrile gloves size L, a pair of steel toe boots size 42 and 10 6205-2ZR FAG bearings please
$ SAF-10002 6
$ SAF-10025 1
$ BRG-10083 10
{GUEST_EN}
> can you send a quote
?quote
> lovely, place the order, we'll collect from Houston
{LEAD_EN}
?no-order
""",
    r"""
name: en-1332-tom-approved-po-same-message
title: C002's approver quotes ABB contactors and 4-inch brass gate valves, then `approved, go ahead — PO 55-2301`: the order with the PO
phone: +14155550102
customer: C002
language: en
tags: quote, accept, po, order

> Tom here. need pricing on 10 ABB contactors 12A 220V coil and 4 gate valves brass 4" NPT
$ ELE-10190 10
$ VAL-10092 4
> quote
?quote
> approved, go ahead — PO 55-2301
?order
~ (?<![\d.,])950[.,]10(?!\d)
@ order-po 55-2301
= 55-2301
""",
    r"""
name: en-1333-dave-typo-sku-then-right
title: C005 asks a SKU with a digit missing (BRG-1053), then the right one (BRG-10053): priced, never a wrong SKU with confidence
phone: +17135550105
customer: C005
language: en
tags: typo, sku, correction

> price on 25 BRG-1053
? reply
?no-order
> sorry fat fingers, BRG-10053 x 25
$ BRG-10053 25
?no-order
""",
    r"""
name: en-1334-sarah-wheres-po-55-2310
title: C002 orders with PO 55-2310, then asks `where's PO 55-2310 at?`: the reply names that order
phone: +14155550101
customer: C002
language: en
tags: order, po, status-by-po

> 30 6304-2ZR FAG and 12 swing check valves brass 2" NPT
$ BRG-10263 30
$ VAL-10066 12
> order, PO 55-2310
?order
@ order-po 55-2310
> where's PO 55-2310 at?
= {order}
@ orders 1
""",
    rf"""
name: en-1335-ca-guest-wheres-my-order-and-laptop
title: A Canadian guest asks where his order is (no orders: never another customer's), then a laptop and 12 6203-2RSR FAG: list price, the laptop open on the quote
phone: +16045131335
customer: guest
language: en
tags: guest, canada, status, not-sold, quote

> hey where's my order? placed it last week eh
{SO_ANY}
?no-order
> nvm. also need a laptop for the shop and 12 6203-2RSR FAG
$ BRG-10048 12
{GUEST_EN}
> quote it please, for Maple Ridge Millwrights
?quote
@ quote needs_review
""",
    r"""
name: en-1336-dave-will-call-pickup
title: C005 asks FAG 6209 bearings and B60 Dayco belts, then `go ahead and place the order, we'll pick up at will call`: the order
phone: +17135550105
customer: C005
language: en
tags: order, pickup

> 12 6209-2ZR FAG and 8 B60 dayco belts
$ BRG-10143 12
$ BLT-10279 8
> go ahead and place the order, we'll pick it up at will call tomorrow
?order
~ (?<![\d.,])297[.,]48(?!\d)
@ orders 1
""",
    r"""
name: en-1337-sarah-bag-of-ties-and-pieces
title: C002 asks 300 zip ties 200x3.6 (3 bags of 100) and one bag of 100x3.6, then `order`
phone: +14155550101
customer: C002
language: en
tags: packs, pieces, order

> need 300 zip ties 200x3.6 black and a bag of the 100x3.6
$ ELE-10286 3
$ ELE-10278 1
> order
?order
@ order-line ELE-10286 3
@ order-line ELE-10278 1
""",
    r"""
name: en-1338-tom-ach-monday-and-disputed
title: C002's approver says the ACH for F-50005 (8,400.00) goes out Monday (a promise on Nov 30) and F-50006 is still disputed
phone: +14155550102
customer: C002
language: en
tags: account, promise, disputed

> hi, ACH for the 8,400.00 on F-50005 goes out monday the 30th. F-50006 we still dispute, that one stays on hold on our side
@ promise 2026-11-30 8400.00
?no-order
> can you send me the statement too
= F-50005
= F-50006
~ (?i)disput
""",
    r"""
name: en-1339-dave-1200-not-1500
title: C005 asks 800 1/2-13 x 3 grade 5 cap screws and 1,500 M10 lock washers, corrects the washers to 1,200, orders
phone: +17135550105
customer: C005
language: en
tags: thousands, correction, order

> need 800 1/2-13 x 3 gr5 hex cap screws zinc and 1,500 M10 spring lock washers zinc
$ FAS-10210 800
$ FAS-10039 1500
> no wait — 1,200 lock washers not 1,500
$ FAS-10039 1200
> order
?order
~ (?<![\d.,])108[.,]00(?!\d)
@ order-line FAS-10039 1200
@ order-line FAS-10210 800
""",
    r"""
name: en-1340-tom-anything-overdue-then-order
title: C002's approver asks whether anything is overdue (nothing: F-50005 due Dec 5, F-50006 disputed), then orders 6202-2Z SKF bearings
phone: +14155550102
customer: C002
language: en
tags: account, credit-ok, order

> do we have anything overdue with you guys? don't want the order held up
= F-50005
?date 2026-12-05
?no-order
> good. 40 6202-2Z SKF then, order
$ BRG-10036 40
?order
@ orders 1
""",
]
