r"""A nineteenth set of buyers (es-1901..es-1920 / en-1901..en-1920, 20 per language), written
blind to the implementation by h2: only SPEC.md (conversation, after the sale, what real buyers
write), ERP.md (price, availability, credit, approvals), the corpus notation (README.md),
build.py / erp_rules.py, the format of scripts18.py (its docstring and two scripts) and the demo
ERP folder (`mostrador demo-data --as-of 2026-11-25`) were read; not bot/, flows/, channels/,
templates/, workers/ or bench/, nor other scripts files. Played once on main by its author;
scripts were not changed after seeing the results (the played runner's DISAGREE list names the
first missed fact).

What it leans on: a buyer who takes `el que tengas` / `whichever you've got in stock` /
`whatever you have in Houston` / `el más barato` / `the cheapest` among the options the bot
offered (one option is the only one that covers the quantity, or the cheapest by the customer's
price); `lo mismo que la última vez pero el doble` / `same as last time but double`; quantities
changed in the cart by the item's name (`los discos que sean 50`, `make the bearings 30`, `las
correas que sean 4 nomás`), an item removed by name, and the cart asked again with its total; a
22-line list in one message (every line priced, every reply under 1,600 characters); a buyer
asking for an alternative when the item is short, and one asking for delivery from a given
warehouse or city; after the sale: a warranty claim, a return, a wrong item delivered (a seller
takes it, no new order), an invoice copy (F-50010, F-50011), an ERP order's state (SO-80002), "did
you get my PO?" (for an order placed in the chat, and for a PO the bot never saw); two contacts of
one customer in their own chats (Jorge/Carla of C001, Sarah/Tom of C002): one asks the quote, the
other accepts it by its number; everything in capitals, counts in words, emoji as bullets, "see
attached list" with nothing attached (the bot asks for it). Voices from Uruguay, Paraguay, the
Dominican Republic, Panama, El Salvador, Nigeria, South Africa, Ireland, Malaysia and New Zealand,
plus the demo's own customers in Chile, Peru and the US.

Notation added for this set: `> [as +PHONE] text` is `text` written by another contact of the
same customer (contacts.csv) from their own phone, in their own chat; the facts under it are about
the replies in that chat (tests/test_conversations_played.py, tests/test_conversation_corpus.py).

Facts used (demo data, never the bot's answers):

- Prices: ERP.md's rule (erp_rules.py; build.py fills them in); guests see list prices.
- Available = on_hand - reserved - damaged per warehouse; default warehouses C001/C003 SCL, C004
  LIM, C002/C005 HOU.
- WLD-10017 (E6011 1/8" ESAB, KG): none anywhere, nothing incoming; its substitutes WLD-10001
  (Lincoln: none on hand, 56 kg in SCL on 2026-12-07) and WLD-10033 (Indura: SCL 329, LIM 136,
  HOU 117), so the one in stock is the Indura.
- BRG-10336 (6309-2Z SKF): none on hand, 42 in SCL on 2026-12-17; substitutes BRG-10337 (NSK:
  SCL 3, LIM 5, HOU 7), BRG-10338 (FAG: LIM 42), BRG-10339 (NTN: SCL 30): in Santiago only the NTN
  covers 20.
- BRG-10306 (6307-2Z SKF): none anywhere, nothing incoming; substitutes BRG-10307 (NSK: SCL 6),
  BRG-10308 (FAG: SCL 24, LIM 39, HOU 7), BRG-10309 (NTN: SCL 33, HOU 10): in Houston only the
  NTN covers 10.
- BRG-10126 (6208-2Z SKF): none anywhere, nothing incoming; substitutes BRG-10127 (NSK: SCL 35),
  BRG-10128 (FAG: SCL 5), BRG-10129 (NTN: SCL 45, HOU 34).
- BLT-10061 (A56 Gates): HOU 20 (25 asked); substitutes BLT-10062 (Optibelt) and BLT-10063
  (Dayco) none, BLT-10064 (Bando: SCL 26, LIM 21) the only one covering 25.
- 6207-2RS by brand (BRG-10106 SKF, 10107 NSK, 10108 FAG, 10109 NTN, 10110 KOYO): the cheapest
  for C001 (10.69) and C002 (11.71) is the KOYO BRG-10110 (SCL 14, LIM 12).
- Last purchases (sales_history.csv): C004 on 2026-11-16 (F-40147): SAF-10014 4, VAL-10014 50,
  SAF-10025 4, SAF-10022 2; C005 on 2026-04-25 (F-40146): ABR-10077 50, FAS-10096 10, WLD-10005 2,
  FAS-10148 50. Doubled: ABR-10077 100 is short (SCL 19, LIM 37), FAS-10096 has none.
- BRG-10076 (6205-2RSH SKF): LIM 47, HOU 11, none in SCL. BRG-10346 (6310-2RSH SKF): SCL 60,
  HOU 48. VAL-10010 (ball valve brass 3/4" NPT): LIM 6 only.
- After the sale (order_status.csv): SO-80002 C002 picking, ETA 2026-11-27, no tracking yet;
  SO-80004 C001 delivered (GD-55007); SO-80005 C002 invoiced (F-39990, UPS). Receivables: C004
  F-50010 6,000.00 due 2026-12-15; C005 F-50011 15,999.99 due 2026-12-10.
- Credit: C003 blocked ("Cheques protestados en octubre"); C004 on hold (F-50008 12,800.00 due
  2026-10-01, more than 30 days overdue): an order goes to approval, a quote can always be given.
- es-1916 is tagged `margin`: C004's last order is safety glasses and boots, whose price for C004
  is under MARGIN_FLOOR_PCT (the order goes to approval anyway: C004 is on hold).
- Contacts: C001 Jorge Müller +56912345001 (buyer) and Carla Soto +56912345002 (approver); C002
  Sarah Johnson +14155550101 (buyer) and Tom Baker +14155550102 (approver).
"""

HOLD = r"~ (?i)F-50008|12[.,]800|vencid|overdue"
BLOCKED = r"~ (?i)protestad|bloquead"
ATTACH_ES = r"~ (?i)adjunt|archivo|foto|imagen|no (nos )?(lleg|recib|vi)|reenv"
ATTACH_EN = r"~ (?i)attach|file|photo|image|did ?n[o']t (get|receive|come)|nothing (came|arrived)|paste|resend|send (it|the list) again"
NO_SKU = r"!~ [A-Z]{3}-\d{5}"

SCRIPTS = [
    # ------------------------------------------------------------------ Spanish
    r"""
name: es-1901-jorge-6309-2z-el-que-tengas-en-santiago
title: C001 asks 20 6309-2Z SKF (none on hand, 42 on 2026-12-17), then `mándame el que tengas en Santiago`: the NTN (30 in SCL) priced and ordered
phone: +56912345001
customer: C001
language: es
tags: short-stock, the-one-in-stock, order

> hola, necesito 20 rodamientos 6309-2z skf
?date 2026-12-17
~ BRG-1033[789]
> mándame el que tengas en Santiago nomás
$ BRG-10339 20
> pedido
?order
@ orders 1
@ order-line BRG-10339 20
?es
""",
    r"""
name: es-1902-carla-los-discos-que-sean-50-saca-las-correas
title: C001's approver prices wheels, belts and flap discs, then `los discos de corte que sean 50`, `saca las correas`, `cuánto va el carrito?`: the cart with 50 wheels and the flap discs, no belts, its total
phone: +56912345002
customer: C001
language: es
tags: cart, change-by-name, remove-by-name, total

> cotízame 20 discos de corte 4 1/2 x 1,6 metal norton, 10 correas a42 gates y 15 discos flap 4 1/2 grano 60 norton
$ ABR-10004 20
$ BLT-10033 10
$ ABR-10063 15
> los discos de corte que sean 50
$ ABR-10004 50
> y saca las correas
? reply
> cuánto va el carrito?
$ ABR-10004 50
$ ABR-10063 15
!= BLT-10033
~ (?i)total
?es
""",
    r"""
name: es-1903-ana-entrega-en-bodega-lima-retenida
title: C004 (on hold) asks bolts and six 3/4" brass valves for delivery at its Lima warehouse (the valves only in LIM): priced, Lima named, the hold said; `pedido` goes to approval
phone: +51987654004
customer: C004
language: es
tags: hold, warehouse, delivery

> buenas, necesito 30 pernos m12x50 din 933 zincados y 6 válvulas de bola de bronce 3/4 npt, entrega en nuestra bodega de Lima
$ FAS-10167 30
$ VAL-10010 6
~ (?i)lima
"""
    + HOLD
    + r"""
> pedido
?approval
?es
""",
    r"""
name: es-1904-uy-invitado-cantidades-en-palabras
title: A guest in Montevideo asks in words for doce 6305-2RSH SKF and veinticinco Norton grit 60 flap discs: list prices, who they buy for asked; a quote
phone: +59899123456
customer: guest
language: es
tags: guest, uruguay, words, quote

> buenas tardes, quería saber precio de doce rodamientos 6305 2rsh skf y veinticinco discos flap de 4 1/2 grano 60 norton
$ BRG-10271 12
$ ABR-10063 25
> bárbaro, pasame la cotización
?quote
?es
""",
    r"""
name: es-1905-py-invitado-todo-en-mayusculas
title: A guest in Asunción writes all in capitals (40 M10x30 DIN 933 zinc bolts, 8 B54 Gates belts) and asks what it all costs: list prices and the total 102.16
phone: +595981234567
customer: guest
language: es
tags: guest, paraguay, capitals, total

> BUENAS TARDES NECESITO 40 PERNOS M10X30 DIN 933 ZINCADOS Y 8 CORREAS B54 GATES
$ FAS-10017 40
$ BLT-10265 8
> CUANTO SALE TODO?
~ 102[.,]16
?es
""",
    r"""
name: es-1906-do-invitado-vinetas-emoji
title: A guest in Santo Domingo lists three items with 🔹 bullets (bearings, stainless valves, 2 bags of ties): each priced at list; a quote
phone: +18095551234
customer: guest
language: es
tags: guest, dominican-republic, emoji, boxes, quote

> Saludos, para cotizar:
| 🔹 10 rodamientos 6206 2rsh skf
| 🔹 4 válvulas de bola inox 316 de 1 pulgada npt
| 🔹 2 bolsas de amarras 370x4.8 negras
$ BRG-10091 10
$ VAL-10118 4
$ ELE-10295 2
?not-item
> cotízame eso por favor
?quote
?es
""",
    r"""
name: es-1907-pa-invitado-ver-adjunto-sin-adjunto
title: A guest in Panama writes `le envío el listado, ver adjunto` with nothing attached: the bot asks for the list, nothing priced; then the list typed: wheels and helmets at list
phone: +50761234567
customer: guest
language: es
tags: guest, panama, attachment-missing

> buenas, le envío el listado para cotizar, ver adjunto
"""
    + ATTACH_ES
    + "\n"
    + NO_SKU
    + r"""
> ah perdón, aquí va:
| 12 discos de corte 4 1/2 x 1,6 metal norton
| 6 cascos blancos msa
$ ABR-10004 12
$ SAF-10016 6
?es
""",
    r"""
name: es-1908-sv-invitado-alternativa-6208-2z
title: A guest in San Salvador asks 30 6208-2Z SKF (none, nothing incoming) and what alternative there is: substitutes that cover 30 offered, the NTN taken, a quote
phone: +50371234567
customer: guest
language: es
tags: guest, el-salvador, short-stock, substitute, quote

> buen día, ¿tienen 30 rodamientos 6208 2z skf? si no hay, ¿qué alternativa me da?
~ BRG-1012[79]
> ok, el ntn entonces
$ BRG-10129 30
> cotícelo por favor
?quote
?es
""",
    r"""
name: es-1909-jorge-garantia-rodamientos-ruidosos
title: C001 says bearings delivered with GD-55007 (SO-80004) came noisy and wants a warranty claim: a seller takes it, no order
phone: +56912345001
customer: C001
language: es
tags: after-sale, warranty, seller

> hola, los rodamientos que nos llegaron con la guía GD-55007 vienen malos, hacen ruido al girar. quiero hacer efectiva la garantía
?seller
@ queue
?no-order
?es
""",
    r"""
name: es-1910-carla-so-80004-item-equivocado
title: C001's approver says SO-80004 brought A68 belts instead of the A86 ordered: a seller takes the exchange, no new order
phone: +56912345002
customer: C001
language: es
tags: after-sale, wrong-item, seller

> buenas tardes, en el pedido SO-80004 nos mandaron correas A68 y nosotros pedimos A86. ¿cómo hacemos el cambio?
?seller
@ queue
?no-order
?es
""",
    r"""
name: es-1911-ana-copia-factura-f-50010
title: C004 asks for a copy of F-50010: the invoice, 6,000.00, due 2026-12-15
phone: +51987654004
customer: C004
language: es
tags: after-sale, invoice-copy

> hola, me pueden reenviar la factura F-50010 porfa? la necesita contabilidad
~ F-50010
~ 6[.,]000
?date 2026-12-15
?es
""",
    r"""
name: es-1912-jorge-les-llego-la-oc
title: C001 orders 8 A42 belts with OC 4500-9012, then asks `¿les llegó nuestra OC?`: the order named with its PO
phone: +56912345001
customer: C001
language: es
tags: order, po, did-you-get-my-po

> 8 correas a42 gates
$ BLT-10033 8
> pedido, OC 4500-9012
?order
@ order-po 4500-9012
> oye, ¿les llegó nuestra OC 4500-9012?
~ 4500-9012
?order
@ orders 1
?es
""",
    r"""
name: es-1913-jorge-cotiza-carla-acepta-por-numero
title: C001: Jorge gets a quote for 6310-2RSH bearings and A42 belts; Carla, from her own phone, accepts it by its number with OC 4500-9013: one order with both lines
phone: +56912345001
customer: C001
language: es
tags: two-contacts, quote, accept-by-number, po

> necesito 12 rodamientos 6310 2rsh skf y 6 correas a42 gates
$ BRG-10346 12
$ BLT-10033 6
> cotizar
?quote
> [as +56912345002] hola, apruebo la cotización {quote}, nuestra OC es 4500-9013
?order
@ orders 1
@ order-po 4500-9013
@ order-line BRG-10346 12
@ order-line BLT-10033 6
?es
""",
    r"""
name: es-1914-raul-bloqueado-las-correas-que-sean-4
title: C003 (blocked) prices Indura rod, A42 belts and wheels, then `las correas que sean 4 nomás` and asks the total: blocked said, 4 belts, total 135.36
phone: +56987654003
customer: C003
language: es
tags: blocked, change-by-name, total

> hola, necesito 10 kilos de electrodo 7018 1/8 indura, 6 correas a42 gates y 25 discos de corte 4 1/2 x 1,6 metal norton
$ WLD-10037 10
$ BLT-10033 6
$ ABR-10004 25
"""
    + BLOCKED
    + r"""
> las correas que sean 4 nomás
$ BLT-10033 4
> cuánto va el total?
~ 135[.,]36
?es
""",
    r"""
name: es-1915-jorge-lista-de-22-lineas
title: C001 sends a 22-line list in one message: every line priced, every reply under 1,600 characters
phone: +56912345001
customer: C001
language: es
tags: long-list, split

> buenas, necesito cotizar esto para la parada de planta:
| 10 rodamientos 6305-2RSH SKF
| 8 rodamientos 6206-2RSH SKF
| 12 rodamientos 6310-2RSH SKF
| 6 correas A42 Gates
| 4 correas B54 Gates
| 5 correas A48 Gates
| 200 pernos DIN 933 M10x30 zincados
| 300 pernos DIN 933 M12x50 zincados
| 300 tuercas DIN 934 M12 zincadas
| 6 válvulas de bola bronce 1/2" NPT
| 4 válvulas de bola inox 316 1" NPT
| 50 discos de corte 4 1/2 x 1,6 metal Norton
| 20 discos flap 4 1/2 grano 60 Norton
| 25 kg electrodo E7018 1/8 Lincoln
| 2 bobinas alambre MIG ER70S-6 1.0mm 15 kg Lincoln
| 100 m cable THHN 12 AWG verde
| 3 bolsas de amarras 200x4.8 negras
| 4 correas A50 Gates
| 6 rodamientos 6207-2RSH SKF
| 80 m cable THHN 10 AWG negro
| 10 discos de corte 7" x 1,6 metal Norton
| 4 válvulas de bola bronce 1" NPT
$ BRG-10271 10
$ BRG-10091 8
$ BRG-10346 12
$ BLT-10033 6
$ BLT-10265 4
$ BLT-10045 5
$ FAS-10017 200
$ FAS-10167 300
$ FAS-10044 300
$ VAL-10001 6
$ VAL-10118 4
$ ABR-10004 50
$ ABR-10063 20
$ WLD-10005 25
$ WLD-10051 2
$ ELE-10004 100
$ ELE-10287 3
$ BLT-10049 4
$ BRG-10106 6
$ ELE-10013 80
$ ABR-10006 10
$ VAL-10019 4
?es
""",
    r"""
name: es-1916-ana-lo-mismo-que-la-ultima-pero-el-doble
title: C004 (on hold) asks `lo mismo que la última vez pero el doble`: F-40147's four lines doubled and priced today; `pedido` goes to approval
phone: +51987654004
customer: C004
language: es
tags: reorder, double, hold, margin

> hola, quiero lo mismo que la última vez pero el doble
$ SAF-10014 8
$ VAL-10014 100
$ SAF-10025 8
$ SAF-10022 4
> pedido
?approval
?es
""",
    r"""
name: es-1917-jorge-6207-2rs-el-mas-barato
title: C001 asks 10 6207-2RS without a brand, then `dame el más barato`: the KOYO (10.69 for C001) priced and ordered
phone: +56912345001
customer: C001
language: es
tags: brand-open, cheapest, order

> necesito 10 rodamientos 6207 2rs
~ (?i)koyo
> dame el más barato
$ BRG-10110 10
> pedido
?order
@ order-line BRG-10110 10
?es
""",
    r"""
name: es-1918-ana-botas-de-otra-talla-devolucion
title: C004 says two pairs of size-40 boots came instead of size 42 and wants to return them: a seller takes it, no order
phone: +51987654004
customer: C004
language: es
tags: after-sale, return, wrong-item, seller

> buenas, nos llegaron 2 pares de botas de seguridad talla 40 y pedimos talla 42, queremos devolverlas y que nos manden las correctas
?seller
@ queue
?no-order
?es
""",
    r"""
name: es-1919-carla-40-rodamientos-desde-lima
title: C001's approver wants 40 6205-2RSH SKF dispatched from Lima (none in SCL, 47 in LIM): priced, Lima named, ordered
phone: +56912345002
customer: C001
language: es
tags: warehouse, delivery, order

> necesito 40 rodamientos 6205 2rsh skf, que salgan de la bodega de Lima porque van a la obra en Perú
$ BRG-10076 40
~ (?i)lima|LIM
> pedido
?order
@ order-line BRG-10076 40
?es
""",
    r"""
name: es-1920-py-invitado-electrodo-esab-el-que-tengan
title: A guest in Ciudad del Este asks 15 kg ESAB E6011 1/8 (none, nothing incoming), then `el que tengan en stock`: the Indura at list price; a quote
phone: +595971234567
customer: guest
language: es
tags: guest, paraguay, short-stock, the-one-in-stock, quote

> hola, precio de 15 kilos de electrodo 6011 de 1/8 esab
~ WLD-10033
> bueno, el que tengan en stock nomás
$ WLD-10033 15
> cotizame
?quote
?es
""",
    # ------------------------------------------------------------------ English
    r"""
name: en-1901-sarah-esab-6011-whichever-in-stock
title: C002 asks 25 kg ESAB E6011 1/8" (none, nothing incoming), then `whichever one you've got in stock`: the Indura priced and ordered
phone: +14155550101
customer: C002
language: en
tags: short-stock, the-one-in-stock, order

> hi, need 25 kg of ESAB 6011 rod 1/8
~ WLD-10033
> ok just send whichever one you've got in stock
$ WLD-10033 25
> order it
?order
@ order-line WLD-10033 25
?en
""",
    r"""
name: en-1902-sarah-make-the-bearings-30-drop-the-belts
title: C002 prices bearings, belts and bolts, then `make the bearings 30`, `drop the belts`, `what's the cart total now?`: 30 bearings and the bolts, no belts, total 627.30
phone: +14155550101
customer: C002
language: en
tags: cart, change-by-name, remove-by-name, total

> need 20 6310-2RSH SKF bearings, 6 A50 Gates belts and 200 M8x40 DIN 933 zinc bolts
$ BRG-10346 20
$ BLT-10049 6
$ FAS-10022 200
> make the bearings 30
$ BRG-10346 30
> drop the belts
? reply
> what's the cart total now?
$ BRG-10346 30
$ FAS-10022 200
!= BLT-10049
~ 627\.30|627,30
?en
""",
    r"""
name: en-1903-sarah-quotes-tom-accepts-by-number
title: C002: Sarah gets a quote for 6205-2RSH bearings and M12x30 bolts; Tom, from his own phone, approves it by its number with PO 55-9031: one order with both lines
phone: +14155550101
customer: C002
language: en
tags: two-contacts, quote, accept-by-number, po

> quote pls: 10 6205-2RSH SKF bearings and 300 M12x30 DIN 933 zinc bolts
$ BRG-10076 10
$ FAS-10041 300
?quote
> [as +14155550102] Hi, approved — please proceed with {quote}, PO 55-9031
?order
@ orders 1
@ order-po 55-9031
@ order-line BRG-10076 10
@ order-line FAS-10041 300
?en
""",
    r"""
name: en-1904-ng-guest-22-line-list
title: A guest in Lagos sends a 22-line list in one message: every line priced at list, every reply under 1,600 characters
phone: +2348031234567
customer: guest
language: en
tags: guest, nigeria, long-list, split

> Good day sir, kindly quote the following items for our plant:
| 10 pcs bearing 6205-2RSH SKF
| 10 pcs bearing 6207-2RSH SKF
| 6 pcs bearing 6308-2RSH SKF
| 4 pcs v-belt A50 Gates
| 4 pcs v-belt B54 Gates
| 300 pcs hex bolt M10x40 DIN 933 zinc
| 300 pcs hex nut M10 DIN 934 zinc
| 300 pcs flat washer M10 DIN 125 zinc
| 300 pcs spring washer M10 DIN 127 zinc
| 5 pcs brass ball valve 1" NPT
| 5 pcs stainless 316 ball valve 1/2" NPT
| 100 pcs cut-off wheel 7" 180x1.6 metal Norton
| 50 pcs flap disc 4-1/2" grit 60 Norton
| 40 kg electrode E7018 1/8" Lincoln
| 20 kg electrode E6013 1/8" Lincoln
| 2 spools MIG wire ER70S-6 0.8mm 15kg Lincoln
| 200 m THHN wire 10 AWG black
| 5 bags cable ties 300x4.8 black
| 10 pcs bearing 6305-2RSH SKF
| 4 pcs v-belt A48 Gates
| 50 pcs cut-off wheel 4-1/2" 115x1.6 metal Norton
| 3 bags cable ties 200x4.8 black
$ BRG-10076 10
$ BRG-10106 10
$ BRG-10316 6
$ BLT-10049 4
$ BLT-10265 4
$ FAS-10043 300
$ FAS-10024 300
$ FAS-10029 300
$ FAS-10039 300
$ VAL-10019 5
$ VAL-10100 5
$ ABR-10006 100
$ ABR-10063 50
$ WLD-10005 40
$ WLD-10009 20
$ WLD-10050 2
$ ELE-10013 200
$ ELE-10291 5
$ BRG-10271 10
$ BLT-10045 4
$ ABR-10004 50
$ ELE-10287 3
?en
""",
    r"""
name: en-1905-za-guest-all-capitals
title: A guest in Johannesburg writes in capitals (50 M12x30 DIN 933 zinc bolts, 10 A44 Gates belts): list prices; a quote
phone: +27821234567
customer: guest
language: en
tags: guest, south-africa, capitals, quote

> HOWZIT, NEED 50 M12X30 DIN 933 ZINC BOLTS AND 10 A44 GATES V BELTS. WHATS THE DAMAGE?
$ FAS-10041 50
$ BLT-10037 10
> SHOT, SEND THE QUOTE
?quote
?en
""",
    r"""
name: en-1906-ie-guest-twelve-and-a-dozen-pairs
title: A guest in Cork asks for twelve 6306-2RSH SKF bearings and a dozen A48 Gates belts: list prices, 12 of each
phone: +353871234567
customer: guest
language: en
tags: guest, ireland, words, dozen

> Hi there, could you price twelve 6306-2RSH SKF bearings and a dozen A48 Gates v-belts please
$ BRG-10286 12
$ BLT-10045 12
?en
""",
    r"""
name: en-1907-my-guest-see-attached-nothing-attached
title: A guest in Kuala Lumpur writes `pls see attached list for quotation` with nothing attached: the bot asks for it, nothing priced; then the list typed: bearings and ties at list
phone: +60123456789
customer: guest
language: en
tags: guest, malaysia, attachment-missing

> Hi boss, pls see attached list for quotation. Thanks
"""
    + ATTACH_EN
    + "\n"
    + NO_SKU
    + r"""
> sorry boss here:
| 8 pcs 6207-2RSH SKF
| 4 bags cable tie 300x4.8 black
$ BRG-10106 8
$ ELE-10291 4
?en
""",
    r"""
name: en-1908-nz-guest-a56-closest-sub
title: A guest in Christchurch asks 25 A56 Gates belts (20 in HOU) and the closest substitute if short: the Bando (the only one covering 25) offered, taken, quoted
phone: +64211234567
customer: guest
language: en
tags: guest, new-zealand, short-stock, substitute, quote

> Kia ora, after 25 A56 Gates v-belts. If you can't do 25 what's the closest sub?
~ BLT-10064
> sweet as, go the Bando then
$ BLT-10064 25
> quote pls
?quote
?en
""",
    r"""
name: en-1909-sarah-so-80005-wrong-bearings
title: C002 says SO-80005 came with 6205-2Z instead of the 6205-2RSH ordered and needs a swap: a seller takes it, no new order
phone: +14155550101
customer: C002
language: en
tags: after-sale, wrong-item, seller

> Hi, SO-80005 came in with the wrong bearings — we ordered 6205-2RSH and got 6205-2Z. Need these swapped asap
?seller
@ queue
?no-order
?en
""",
    r"""
name: en-1910-dave-rusted-mig-spool-warranty
title: C005 says a MIG spool from the April order is rusted through and asks how to claim warranty: a seller takes it, no order
phone: +17135550105
customer: C005
language: en
tags: after-sale, warranty, seller

> hey one of the mig wire spools from our april order is rusted thru, how do i do a warranty claim on it
?seller
@ queue
?no-order
?en
""",
    r"""
name: en-1911-dave-copy-of-f-50011
title: C005 asks for a copy of F-50011: the invoice, 15,999.99, due 2026-12-10
phone: +17135550105
customer: C005
language: en
tags: after-sale, invoice-copy

> can you shoot me a copy of invoice F-50011, accounting lost it
~ F-50011
~ 15[.,]?999[.,]99
?date 2026-12-10
?en
""",
    r"""
name: en-1912-sarah-did-you-get-my-po
title: C002 orders 20 6310-2RSH with PO 55-9012, then asks `did you get my PO?`: the order named with its PO
phone: +14155550101
customer: C002
language: en
tags: order, po, did-you-get-my-po

> 20 6310-2RSH SKF bearings
$ BRG-10346 20
> go ahead and order, PO 55-9012
?order
@ order-po 55-9012
> did you get my PO 55-9012?
~ 55-9012
?order
@ orders 1
?en
""",
    r"""
name: en-1913-tom-tracking-so-80002
title: C002's approver asks for tracking on SO-80002: being picked, no tracking yet, ETA 2026-11-27
phone: +14155550102
customer: C002
language: en
tags: after-sale, tracking

> do you have tracking for SO-80002 yet?
~ SO-80002
~ (?i)pick
?date 2026-11-27
?en
""",
    r"""
name: en-1914-dave-same-as-last-time-but-double
title: C005 asks `same as last time but double`: F-40146's four lines doubled (the flap discs short, the DIN 931 bolts none) and priced today
phone: +17135550105
customer: C005
language: en
tags: reorder, double, short-stock

> same as last time but double
$ ABR-10077 100
$ FAS-10096 20
$ WLD-10005 4
$ FAS-10148 100
?en
""",
    r"""
name: en-1915-sarah-6207-2rs-the-cheapest
title: C002 asks 10 6207-2RS without a brand, then `the cheapest`: the KOYO (11.71 for C002) priced and quoted
phone: +14155550101
customer: C002
language: en
tags: brand-open, cheapest, quote

> 10 6207 2RS bearings pls
~ (?i)koyo
> the cheapest one
$ BRG-10110 10
> quote
?quote
?en
""",
    r"""
name: en-1916-dave-out-of-santiago
title: C005 wants 40 6310-2RSH SKF shipped out of the Santiago warehouse (SCL 60, HOU 48): priced, Santiago named, ordered
phone: +17135550105
customer: C005
language: en
tags: warehouse, delivery, order

> need 40 6310-2RSH SKF, ship em out of your Santiago warehouse, it's for our Chile job
$ BRG-10346 40
~ (?i)santiago|SCL
> order
?order
@ order-line BRG-10346 40
?en
""",
    r"""
name: en-1917-sarah-return-flap-discs
title: C002 wants to return 10 flap discs from the last order (wrong grit): a seller takes it, no order
phone: +14155550101
customer: C002
language: en
tags: after-sale, return, seller

> Hi, we need to return 10 of the flap discs from our last order, the guys ordered the wrong grit. How do we do an RMA?
?seller
@ queue
?no-order
?en
""",
    r"""
name: en-1918-dave-emoji-bullets-words
title: C005 lists three items with ✅ bullets and counts in words (twenty bearings, fifty bolts, four belts): each priced
phone: +17135550105
customer: C005
language: en
tags: emoji, words

> ✅ twenty 6305-2RSH SKF bearings
| ✅ fifty M10x40 DIN 933 zinc bolts
| ✅ four A48 Gates belts
$ BRG-10271 20
$ FAS-10043 50
$ BLT-10045 4
?not-item
?en
""",
    r"""
name: en-1919-dave-did-you-get-po-7781-c
title: C005 asks whether the PO 7781-C he emailed yesterday arrived (no such order in the chat): the PO named back, no order made
phone: +17135550105
customer: C005
language: en
tags: did-you-get-my-po, no-order

> hey did you guys get our PO 7781-C? emailed it over yesterday for the rod
~ 7781-C
?no-order
?en
""",
    r"""
name: en-1920-dave-6307-2z-whatever-you-have-in-houston
title: C005 asks 10 6307-2Z SKF (none, nothing incoming), then `whatever you have in Houston`: the NTN (10 in HOU) priced and ordered
phone: +17135550105
customer: C005
language: en
tags: short-stock, the-one-in-stock, order

> need 10 6307-2Z SKF
~ BRG-1030[789]
> whatever you have in Houston is fine
$ BRG-10309 10
> order
?order
@ order-line BRG-10309 10
?en
""",
]
