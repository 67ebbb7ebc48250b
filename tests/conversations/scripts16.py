r"""A sixteenth set of buyers (es-1601..es-1620 / en-1601..en-1620, 20 per language), written
blind to the implementation by h9: only SPEC.md (conversation, after the sale, what real buyers
write), ERP.md (price, availability, credit, approvals), the corpus notation (README.md),
build.py / erp_rules.py, the format of scripts15.py and the demo ERP folder
(`mostrador demo-data --as-of 2026-11-25`) were read; not bot/, flows/, channels/, templates/,
workers/ or bench/. Played once on main by its author; scripts were not changed after seeing the
results (the played runner's DISAGREE list names the first missed fact).

What it leans on: ordinary days at the counter. A regular who reorders with small changes
(`lo mismo del último pedido pero sin …`, `same as our last order but just …`), a technician who
knows only what the part looks like or where it goes (the small grinder's thin wheel, a conveyor
idler's bearing, 20 cm ties), spreadsheet rows pasted with a header row and mixed units (und,
c/u, pzas, un, pares, mts, bolsas, kg / ea, pcs, kg, pr, pairs, bags), three prices then `ok send
the quote`, a quote accepted with a PO and a delivery date, `is it in stock in <city>?`, `when
will it arrive?` for an item with none on hand, an order's status and tracking, an invoice's due
date, an answer that carries more than was asked, emoji, voice-note run-ons, typos and
abbreviations; blocked and on-hold customers ordering. Voices from Chile, Mexico, Peru, Colombia,
Argentina (rulemanes, bulones), Spain, the US, the UK, Canada, South Africa and the Philippines.

Facts used (demo data, never the bot's answers):

- Prices: ERP.md's rule (erp_rules.py; build.py fills them in); guests see list prices.
- Availability = on_hand - reserved - damaged per warehouse (customers' default warehouse holds
  every count asked, except where said). ABR-10004 (4-1/2" 1.6 metal Norton): LIM 152, HOU 99.
  VAL-10002 (1/2" gate valve): HOU 23. BRG-10065 (6204-2RS Koyo): SCL 48. BRG-10061 (6204-2RSH
  SKF): SCL 1, none elsewhere. Nothing on hand, incoming: SAF-10015 (amber glasses) 68 on
  2026-12-10; BRG-10067 (6204 ZZ NSK) in HOU 31 on 2026-12-16; ELE-10279 (ties 100x4.8) 173 on
  2026-12-05.
- Packs: ELE-10277/10278/10285 are bags of 100 (uom BOX): a count of bags is the quantity.
- Margins: safety items sit near the 10 % floor for C001/C002/C005 (nitrile gloves, helmets),
  so none is priced for them here; a guest's white helmet is at 10.0 %, not under it.
- Customer part: C001's MLA-47-1030 is BRG-10011 (cross_references.csv). C003 prefers Indura
  welding (brand_preferences.csv): WLD-10037.
- Last purchases (sales_history.csv): C001 F-40150 BLT-10033 x4, SAF-10014 x10, BLT-10101 x50,
  BRG-10261 x4; C002 F-40149 ABR-10020 x50, ABR-10021 x4, BRG-10032 x50, BRG-10257 x50.
- After the sale (order_status.csv): SO-80001 C001 shipped, Chilexpress 99120455, ETA
  2026-11-26; SO-80002 C002 picking, ETA 2026-11-27; SO-80005 C002 invoiced F-39990, UPS
  1Z999AA10123456784. Receivables: C001 F-50003 due 2026-12-01 (5,373.00), F-50004 due
  2026-12-12 (6,084.00); C005 F-50011 due 2026-12-10 (15,999.99).
- Credit: C003 blocked ("Cheques protestados en octubre"); C004 on hold (F-50008 12,800.00 due
  2026-10-01, more than 30 days overdue): an order goes to approval, a quote can always be given.
"""

from tests.conversations.scripts12 import BLOCK_ES, HOLD_ES

SCRIPTS = [
    # ------------------------------------------------------------------ Spanish
    r"""
name: es-1601-jorge-lo-mismo-sin-lentes-ni-a76
title: C001 reorders its last purchase (F-40150) without the glasses nor the A76 belts, and 6 bearings instead of 4: the A42 belts and the 6304 bearings priced
phone: +56912345001
customer: C001
language: es
tags: reorder, change, regular

> hola! lo mismo del último pedido pero sin los lentes ni las correas A76, y los rodamientos que sean 6 en vez de 4
$ BLT-10033 4
$ BRG-10261 6
?no-order
?es
""",
    r"""
name: es-1602-mx-tecnico-disco-esmeriladora-chica
title: A guest technician from Mexico describes the wheel for the small 4-1/2" grinder, for iron, the thin 1 mm one, Norton, 25 pieces: ABR-10002 at list price
phone: +525512601602
customer: guest
language: es
tags: guest, description, maintenance

> qué onda, ocupo los discos de corte para la esmeriladora chiquita de 4 1/2, pa fierro, los delgaditos de 1 mm, norton, unos 25 porfa
$ ABR-10002 25
?not-item
?no-order
""",
    r"""
name: es-1603-carla-pega-planilla-diez-lineas
title: C001's approver pastes ten spreadsheet rows with a header (Cant / Unid / Descripción) and mixed units (und, c/u, pzas, un, u, mts, bolsas, kg): every line priced, then a quote
phone: +56912345002
customer: C001
language: es
tags: paste, table, header, units, quote

> te paso la lista del mes
| Cant	Unid	Descripción
| 20	und	rodamiento 6204 2z skf
| 8	c/u	correa b54 gates
| 250	pzas	perno m10x30 din 933 zincado
| 100	un	perno m12x50 din 933 zincado
| 25	und	disco corte 7" metal norton
| 12	u	tee bronce 1/2 npt
| 150	mts	cable thhn 12 awg blanco
| 5	bolsas	amarras 200x2.5 negras
| 10	kg	electrodo 7018 1/8 lincoln
| 6	und	válvula compuerta bronce 1/2 npt
$ BRG-10066 20
$ BLT-10265 8
$ FAS-10017 250
$ FAS-10167 100
$ ABR-10006 25
$ VAL-10005 12
$ ELE-10002 150
$ ELE-10285 5
$ WLD-10005 10
$ VAL-10002 6
?no-order
> cotiza todo
?quote
?es
""",
    r"""
name: es-1604-ana-hay-stock-en-lima-discos
title: C004 (Lima) asks whether Lima has 40 Norton 4-1/2" x 1.6 metal wheels (152 there): priced, Lima named, no order
phone: +51987654004
customer: C004
language: es
tags: stock, city, price

> buenas tardes, ¿tienen stock en Lima de disco de corte 4 1/2 x 1.6 para metal norton? necesito 40 unidades
$ ABR-10004 40
~ (?i)lima
?no-order
""",
    r"""
name: es-1605-ar-rulemanes-bulones-mandame-cotizacion
title: A guest from Argentina asks what 10 rulemanes 6204 2Z SKF, 4 A42 Gates belts and 100 bulones M10x30 cost, then `dale, mandame la cotización`: list prices, a quote
phone: +5491155501605
customer: guest
language: es
tags: guest, price-check, quote, argentina

> hola che, cuánto me salen 10 rulemanes 6204 2z skf, 4 correas a42 gates y 100 bulones m10x30 din 933 zincados?
$ BRG-10066 10
$ BLT-10033 4
$ FAS-10017 100
?no-order
> dale, mandame la cotización
?quote
?no-order
""",
    r"""
name: es-1606-co-nota-de-voz-amarras
title: A guest from Colombia writes as a voice note: 10 little bags of the thin black 20 cm cable ties (2.5 mm), a correction and nothing else: ELE-10285 x 10
phone: +573001601606
customer: guest
language: es
tags: guest, voice-note, description, colombia

> hola buenas 🙏 mire le cuento que necesito pues unas amarras negras de esas de 20 centímetros delgaditas de 2.5 eh unas 10 bolsitas y también eh cinta no perdón nada más eso
$ ELE-10285 10
?not-item
?no-order
""",
    r"""
name: es-1607-es-cascos-y-tapones-vale
title: A guest from Spain asks price of 6 white ratchet helmets and 2 pairs of size 39 steel toe boots: list prices
phone: +34611601607
customer: guest
language: es
tags: guest, price, spain

> Buenos días, ¿me podéis pasar precio de 6 cascos de seguridad blancos con ruleta y 2 pares de botas de seguridad punta de acero talla 39? Vale, gracias
$ SAF-10016 6
$ SAF-10022 2
?no-order
?es
""",
    r"""
name: es-1608-jorge-cotiza-acepta-con-oc-y-fecha
title: C001 quotes 10 SKF 6304-2Z, then accepts with PO 4500012345 and a delivery day: one order keeping the PO
phone: +56912345001
customer: C001
language: es
tags: quote, accept, po, delivery-date

> cotízame 10 rodamientos 6304 2z skf porfa
$ BRG-10261 10
> cotizar
?quote
?no-order
> ok aprobado, va con OC 4500012345, los necesitamos para el jueves 3 en faena
?order
@ order-po 4500012345
@ orders 1
""",
    r"""
name: es-1609-jorge-cuando-llega-so-80001
title: C001 asks when SO-80001 arrives: shipped with Chilexpress, tracking 99120455, ETA 2026-11-26
phone: +56912345001
customer: C001
language: es
tags: after-sale, status, eta

> wena, cuándo llega el SO-80001?
= 99120455
~ (?i)chilexpress
?date 2026-11-26
?no-order
""",
    r"""
name: es-1610-jorge-cuando-vence-factura
title: C001 asks when invoice F-50003 is due: 2026-12-01, 5,373.00
phone: +56912345001
customer: C001
language: es
tags: after-sale, invoice, due-date

> hola, una consulta, cuándo vence la factura F-50003?
?date 2026-12-01
~ 5[.,]?373
?no-order
""",
    r"""
name: es-1611-mx-cuando-llegan-lentes-ambar
title: A guest from Mexico asks when the amber anti-fog safety glasses arrive (none on hand, 68 incoming 2026-12-10), needs 20
phone: +525533601611
customer: guest
language: es
tags: guest, eta, short-stock, mexico

> oigan cuándo les llegan los lentes de seguridad ámbar antiempañantes? ocupo 20
~ (?i)SAF-10015|[áa]mbar|amber
?date 2026-12-10
?no-order
""",
    r"""
name: es-1612-jorge-responde-con-mas-de-lo-pedido
title: C001 asks `rodamientos 6204` (several kinds), then answers the question with the kind, the count and another item: 20 SKF 2Z and 4 B54 Gates belts priced
phone: +56912345001
customer: C001
language: es
tags: choice, answer-plus, regular

> necesito rodamientos 6204
? choice
?no-order
> los 2z skf, 20, y de paso agrégame 4 correas b54 gates
$ BRG-10066 20
$ BLT-10265 4
?no-order
""",
    r"""
name: es-1613-raul-bloqueado-soldadura-indura
title: Blocked C003 asks 10 kg of Indura E7018 1/8 (its preferred welding brand) and orders: priced, the block told in words, no order confirmed
phone: +56987654003
customer: C003
language: es
tags: blocked, credit, welding

> hola, 10 kilos de soldadura 7018 de 1/8 indura
$ WLD-10037 10
> ya, haga el pedido
BLOCK_ES
!~ (?i)pedido (confirmado|ingresado|creado)
""",
    r"""
name: es-1614-ana-en-espera-pernos-m12
title: C004 (on hold: F-50008 overdue) asks 200 M12x50 DIN 933 bolts and confirms: priced; the order goes to approval with the overdue invoice named
phone: +51987654004
customer: C004
language: es
tags: hold, credit, approval

> hola, 200 pernos m12x50 din 933 zincados por favor
$ FAS-10167 200
> confírmame el pedido
HOLD_ES
?approval
""",
    r"""
name: es-1615-jorge-faltas-de-ortografia-abreviaturas
title: C001 writes with typos and abbreviations (nesesito, rodamineto, mts, valv, x 6): three lines priced
phone: +56912345001
customer: C001
language: es
tags: typos, abbreviations, units

> nesesito 150 mts cable thhn 12 awg verde, 2 valv compuerta bronce 1/2 npt y rodamineto 6200 skf x 6
$ ELE-10004 150
$ VAL-10002 2
$ BRG-10011 6
?not-item
?no-order
""",
    r"""
name: es-1616-carla-codigo-propio-mla
title: C001's approver asks 8 of its own part number MLA-47-1030 (cross reference to BRG-10011, 6200 SKF)
phone: +56912345002
customer: C001
language: es
tags: customer-part, cross-reference

> necesito 8 del MLA-47-1030 para mañana si se puede
$ BRG-10011 8
?not-item
?no-order
""",
    r"""
name: es-1617-es-existencias-santiago-koyo
title: A guest from Spain asks whether there is stock in Santiago of 30 Koyo 6204-2RS (48 there): priced at list, Santiago named
phone: +34622601617
customer: guest
language: es
tags: guest, stock, city, spain

> Hola! ¿Hay existencias en Santiago del rodamiento 6204-2RS Koyo? Serían 30 uds
$ BRG-10065 30
~ (?i)santiago
?no-order
""",
    r"""
name: es-1618-ar-audio-sin-puntuacion
title: A guest from Argentina writes one long unpunctuated voice-note message: 20 Norton 7" inox wheels and 5 kg Lincoln E7018 5/32, `eso nomás`
phone: +5491166601618
customer: guest
language: es
tags: guest, voice-note, run-on, argentina

> hola que tal mira necesito cotizar 20 discos de corte de 7 pulgadas para acero inoxidable norton y 5 kilos de electrodo 7018 de 5/32 lincoln eso nomas gracias
$ ABR-10005 20
$ WLD-10007 5
?not-item
?no-order
""",
    r"""
name: es-1619-co-perno-inox-hilo-completo
title: A guest from Colombia asks what one M8x40 stainless hex bolt full thread costs, for 500: FAS-10376 at list
phone: +573152601619
customer: guest
language: es
tags: guest, price, colombia

> buenas, cuánto vale la unidad del perno hexagonal m8x40 inoxidable hilo completo? serían 500
$ FAS-10376 500
?no-order
""",
    r"""
name: es-1620-carla-tres-precios-manda-cotizacion
title: C001's approver asks prices of three items, 10 of each, then `ok mándame la cotización`: a quote
phone: +56912345002
customer: C001
language: es
tags: price-check, quote

> precio del rodamiento 6204 zz koyo, de la correa a42 gates y del disco de corte 7" metal norton, 10 de cada uno
$ BRG-10070 10
$ BLT-10033 10
$ ABR-10006 10
?no-order
> ok mándame la cotización
?quote
?no-order
?es
""",
    # ------------------------------------------------------------------ English
    r"""
name: en-1601-sarah-same-as-last-only-the-9-inch
title: C002 reorders only the 9" 3M wheels of its last purchase (F-40149), 60 instead of 50, skipping the rest: ABR-10020 x 60 priced
phone: +14155550101
customer: C002
language: en
tags: reorder, change, regular

> Hi! same as our last order but just the 9 inch cut off wheels this time, make it 60. skip the bearings and the 14"
$ ABR-10020 60
?not-item
?no-order
?en
""",
    r"""
name: en-1602-uk-zip-ties-four-inch-thin
title: A guest from the UK describes 4 inch black zip ties, 2.5 mm wide, 3 bags: ELE-10277 x 3 at list
phone: +447700601602
customer: guest
language: en
tags: guest, description, uk

> Hiya, after some of them black zip ties, 100mm long the thin 2.5mm ones, 3 bags please
$ ELE-10277 3
?not-item
?no-order
""",
    r"""
name: en-1603-dave-pastes-spreadsheet-nine-rows
title: C005 pastes nine spreadsheet rows with a header (Qty / UOM / Item) and mixed units (ea, pcs, kg, pr, pairs, bags): every line priced, then a quote
phone: +17135550105
customer: C005
language: en
tags: paste, table, header, units, quote

> pls quote the below
| Qty	UOM	Item
| 50	ea	hex bolt m8x40 din 933 zinc
| 200	pcs	hex bolt M8x40 stainless A2 din 933
| 10	kg	E7018 5/32 lincoln
| 5	kg	E7018 1/8 lincoln
| 24	pr	leather welding gloves M
| 6	ea	gate valve brass 1/2 npt
| 12	pairs	steel toe boots size 39
| 90	ea	4-1/2" cut off wheel 1.6mm metal norton
| 3	bags	cable tie 100x3.6 black
$ FAS-10022 50
$ FAS-10376 200
$ WLD-10007 10
$ WLD-10005 5
$ SAF-10005 24
$ VAL-10002 6
$ SAF-10022 12
$ ABR-10004 90
$ ELE-10278 3
?no-order
> quote
?quote
?en
""",
    r"""
name: en-1604-ca-stock-in-houston-gate-valves
title: A guest from Canada asks whether Houston has 15 brass 1/2" gate valves (23 there): list price, Houston named
phone: +14165601604
customer: guest
language: en
tags: guest, stock, city, canada

> Hi there, do you have stock in Houston of the 1/2" brass gate valve NPT? need 15, eh
$ VAL-10002 15
~ (?i)houston
?no-order
""",
    r"""
name: en-1605-ph-price-po-then-send-quote
title: A guest from the Philippines asks the price of three items with `po`, then `ok po kindly send the quote`: list prices, a quote
phone: +639171601605
customer: guest
language: en
tags: guest, price-check, quote, philippines

> Good day po! May I ask the price of 20 pcs 6204 ZZ Koyo bearing, 10 pcs A42 Gates belt and 50 pcs M10x30 hex bolt DIN 933 zinc? Thank you po
$ BRG-10070 20
$ BLT-10033 10
$ FAS-10017 50
?no-order
> ok po kindly send the quote
?quote
?no-order
""",
    r"""
name: en-1606-za-howzit-7018-rods
title: A guest from South Africa asks 10 kg of Lincoln 7018 rods 3.2 mm (`shot`): WLD-10005 at list
phone: +27821601606
customer: guest
language: en
tags: guest, welding, south-africa

> Howzit, need 10kg of 7018 rods 3.2mm lincoln, what's the damage? shot
$ WLD-10005 10
?not-item
?no-order
""",
    r"""
name: en-1607-tom-quote-approved-po-and-date
title: C002's approver quotes 30 stainless M8x40 bolts and 4 brass 1/2" gate valves, then approves with PO 7781-22 and a delivery date: one order keeping the PO
phone: +14155550102
customer: C002
language: en
tags: quote, accept, po, delivery-date

> quote 30 M8x40 stainless hex bolts din 933 and 4 brass 1/2" gate valves npt
$ FAS-10376 30
$ VAL-10002 4
> quote
?quote
?no-order
> Approved. PO 7781-22, need it delivered by Dec 4
?order
@ order-po 7781-22
@ orders 1
""",
    r"""
name: en-1608-sarah-wheres-so-80002
title: C002 asks where SO-80002 is: being picked, ETA 2026-11-27
phone: +14155550101
customer: C002
language: en
tags: after-sale, status, eta

> where's SO-80002 at? we need it by friday
~ (?i)pick|prepar
?date 2026-11-27
?no-order
""",
    r"""
name: en-1609-dave-invoice-due
title: C005 asks when F-50011 is due: 2026-12-10, 15,999.99
phone: +17135550105
customer: C005
language: en
tags: after-sale, invoice, due-date

> hey when is invoice F-50011 due?
?date 2026-12-10
~ 15,?999\.99
?no-order
""",
    r"""
name: en-1610-sarah-when-back-in-houston
title: C002 asks when the NSK 6204 ZZ is back in Houston (none there, 31 incoming 2026-12-16), needs 20
phone: +14155550101
customer: C002
language: en
tags: eta, short-stock

> when will the 6204 ZZ NSK bearing be back in stock in Houston? need 20
?date 2026-12-16
?no-order
""",
    r"""
name: en-1611-uk-typos-tees-couplings
title: A guest from the UK writes with typos (`ther`, `pric`): 6 brass 1/2" NPT tees and 10 brass 1/2" couplings at list
phone: +447700601611
customer: guest
language: en
tags: guest, typos, fittings, uk

> hi ther can i get a pric on 6 x 1/2 inch brass tee npt and 10 x 1/2 brass couplings npt cheers
$ VAL-10005 6
$ VAL-10006 10
?not-item
?no-order
""",
    r"""
name: en-1612-sarah-answers-with-more
title: C002 asks `cut off wheels 4 1/2` (several kinds), then answers with the kind, the count and another item: 40 Norton 1.6 metal and 10 kg Lincoln E7018 1/8
phone: +14155550101
customer: C002
language: en
tags: choice, answer-plus

> need cut off wheels 4 1/2
? choice
?no-order
> the 1.6mm metal norton ones, 40 please, and also add 10 kg of 7018 1/8 lincoln rods
$ ABR-10004 40
$ WLD-10005 10
?no-order
""",
    r"""
name: en-1613-dave-emoji-order
title: C005 writes with emoji: 250 zinc M8x40 DIN 933 bolts and 12 pairs of size M leather welding gloves, then `🚀 order it`: one order
phone: +17135550105
customer: C005
language: en
tags: emoji, order

> yo 👋 🔩 250 x M8x40 hex bolts zinc din 933 👍 and 🧤 12 pr leather welding gloves size M
$ FAS-10022 250
$ SAF-10005 12
?no-order
> 🚀 order it
?order
@ order-line FAS-10022 250
@ order-line SAF-10005 12
@ orders 1
""",
    r"""
name: en-1614-sarah-ea-abbreviations
title: C002 writes `ea` and `+`: 25 ea Norton 5" inox wheels + 4 ea brass 1/2" gate valves priced
phone: +14155550101
customer: C002
language: en
tags: abbreviations, units

> need 25 ea 5in inox cutoff wheels norton + 4 ea 1/2 brass gate valves
$ ABR-10011 25
$ VAL-10002 4
?not-item
?no-order
""",
    r"""
name: en-1615-ca-conveyor-idler-bearing
title: A guest from Canada describes a conveyor idler bearing: 6204 rubber-sealed both sides, SKF, 12 (BRG-10061 has 1 in Santiago only): the SKF named, no order
phone: +16045601615
customer: guest
language: en
tags: guest, description, short-stock, canada

> Hi, looking for a bearing for a conveyor idler, it's a 6204 sealed both sides with rubber seals, SKF if possible, need 12
= BRG-10061
?not-item
?no-order
""",
    r"""
name: en-1616-za-steel-toe-boots-two-sizes
title: A guest from South Africa asks the price of 3 pairs of size 39 and 2 pairs of size 42 steel toe boots: list prices
phone: +27831601616
customer: guest
language: en
tags: guest, price, sizes, south-africa

> Morning, what's the price on steel toe boots, 3 pairs size 39 and 2 pairs size 42? Cheers
$ SAF-10022 3
$ SAF-10025 2
?no-order
""",
    r"""
name: en-1617-ph-when-cable-ties-arrive
title: A guest from the Philippines asks when the 100 x 4.8 mm cable ties arrive (none on hand, 173 incoming 2026-12-05), 5 bags
phone: +639181601617
customer: guest
language: en
tags: guest, eta, philippines

> hello po, when is the stock of cable tie 100mm x 4.8mm arriving? we need 5 bags po
?date 2026-12-05
?no-order
""",
    r"""
name: en-1618-sarah-three-prices-send-quote
title: C002 asks prices of three items, then `ok send the quote`: priced, a quote
phone: +14155550101
customer: C002
language: en
tags: price-check, quote

> prices on:
| 10 6204 ZZ Koyo
| 200 m8x40 zinc hex bolts din 933
| 5 bags 100x3.6 black zip ties
$ BRG-10070 10
$ FAS-10022 200
$ ELE-10278 5
?no-order
> ok send the quote
?quote
?no-order
?en
""",
    r"""
name: en-1619-carla-asks-due-date-in-english
title: C001's approver (a Spanish customer) asks in English when invoice F-50004 is due: 2026-12-12, 6,084.00, the reply in English
phone: +56912345002
customer: C001
language: en
tags: after-sale, invoice, due-date, language

> hi, can you check the due date of invoice F-50004 please?
?date 2026-12-12
~ 6,?084
?no-order
?en
""",
    r"""
name: en-1620-sarah-has-so-80005-shipped
title: C002 asks whether SO-80005 shipped and its tracking: invoiced F-39990, UPS 1Z999AA10123456784
phone: +14155550101
customer: C002
language: en
tags: after-sale, tracking

> has SO-80005 shipped? can I get the tracking #
= 1Z999AA10123456784
?no-order
""",
]

# The shared facts of scripts12.py, named on a line of their own above, written out.
_NAMED = {"BLOCK_ES": BLOCK_ES, "HOLD_ES": HOLD_ES}


def _expand(script: str) -> str:
    return "\n".join(_NAMED.get(line.strip(), line) for line in script.split("\n"))


SCRIPTS = [_expand(script) for script in SCRIPTS]
