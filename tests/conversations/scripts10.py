r"""A tenth set of buyers (es-1001..es-1020 / en-1021..en-1040, 20 per language), written
blind to the implementation: only SPEC.md, ERP.md, the corpus notation (README.md),
build.py / erp_rules.py, test_conversation_corpus.py, scripts8.py / scripts9.py for their
format and the demo ERP folder (`mostrador demo-data --as-of 2026-11-25`) were read; not
bot/, flows/, channels/, templates/, workers/, bench/, nor the played runner's DISAGREE
list, and the set was not played by its author.

What it tries that the earlier sets did little of: a WhatsApp chat copied and forwarded
with its `[09:14, 25/11/2026] Name:` stamps (Chilean and US formats: the stamps are not
quantities), prices challenged against what the buyer paid before (C001's A102 belts at
11.99 in July, C002's 50A contactors at 72.71 in June: the price stays the rule's, a quote
is at the rule's price, a seller is the way to argue it), `lo de siempre` / `the usual`
(the last purchase) with a line cut or swapped, a designation corrected (`era 6305 no
6205`), a PO sent in its own message before the acceptance and a PO sent after the order,
an order that would exceed the customer's available credit (C002: limit 60,000, open
balance 9,650 with the disputed F-50006, so 50,350 available; a 51,615.00 order goes to
approval), a guest who says he is a known customer writing from another phone (list prices,
never the contract's), stock asked for in one warehouse (Lima), packs asked in pieces (`300
zip ties` = 3 bags of 100), `pares`, `nos`, `pzas`, shop shorthand (`hcs gr5 zp`), emoji
bullets, a bare order number (`la 80001`) and its tracking link, the one acknowledgement while
a seller holds the chat, a Spanish greeting from an English buyer (`Hola!` does not switch),
and buyers from Ecuador (`full urgente`), Costa Rica (`pura vida mae`, `diay`), Uruguay
(`bo`, `ta`, `precisaría`), the Dominican Republic (`klk`), Monterrey (`pzas`, RFC),
Australia (`after 10 x`), India (`nos`, `do the needful`), Nigeria (`sir`, `pls`), South
Africa (`howzit`, `lekker`) and East Texas (`y'all`).

The facts come from the contract and the demo data, never from what the bot says:

- Prices: ERP.md's rule (erp_rules.py; build.py fills them in); a guest sees list prices.
  Lines under the margin floor (C004's glasses and boots) get no price fact.
- Availability = on_hand - reserved - damaged per warehouse (ERP.md); every line that is
  ordered is covered by one warehouse. Short on purpose: VAL-10080 (2-1/2" brass nipple)
  SCL 21, 32 incoming on 2026-12-22, no substitutes (es-1014); VAL-10050 (1-1/4" brass tee)
  LIM 19, 10 incoming to LIM on 2026-12-15, SCL 25: 30 is short everywhere (es-1006);
  BLT-10061 (A56 Gates) HOU 20, 25 incoming on 2026-12-10, no substitute covers 30
  (en-1031); VAL-10014 SCL 37 (C004's usual 50 cut to 30, es-1004); BRG-10081 (6205-2Z SKF)
  is short but only asked, then corrected (es-1002); ABR-10077 short and FAS-10096 with no
  stock in C005's usual (swapped and dropped, en-1027).
- Brand by rule: C003 bought Indura electrodes last and prefers Indura (E6013 1/8 ->
  WLD-10041), and its cut-off wheels were Norton (ABR-10001) (es-1005).
- After the sale (order_status.csv): SO-80001 C001 shipped (Chilexpress 99120455,
  https://tracking.example/chilexpress/99120455), SO-80004 C001 delivered, SO-80002 C002
  picking (ETA 2026-11-27), SO-80003 C004 received, SO-80006 C005 cancelled.
- Receivables: C003 F-50007 2,300.00; C004 F-50008 12,800.00 due 2026-10-01, F-50009
  balance 2,100.00, F-50010 6,000.00; C005 F-50011 15,999.99 due 2026-12-10.
- Credit: C003 blocked ("Cheques protestados en octubre"); C004 on hold (F-50008 more than
  30 days overdue); C002 hold only for an order above 50,350.00 (en-1029).
- Last purchases (sales_history.csv): C004 F-40147 (SAF-10014 4, VAL-10014 50, SAF-10025 4,
  SAF-10022 2); C005 F-40146 (ABR-10077 50, FAS-10096 10, WLD-10005 2, FAS-10148 50).
- Dates: `mañana` is {date+1}, `on friday` {friday}; 2026-11-25 is a Wednesday.
"""

T = "\t"
GUEST_ES = r"~ (?i)empresa|compa[nñ][ií]a|raz[oó]n social|para qui[eé]n|a nombre de|negocio"
GUEST_EN = r"~ (?i)company|business|on behalf|who (are you|do you) (buy|purchas)"
MAIL = r"~ (?i)e-?mail|correo"
HOLD_ES = r"~ (?i)vencid|mora\b|atrasad|F-50008|12[.,]?800"
BLOCK_ES = r"~ (?i)bloque|cheques protestados"
PERSON_ES = r"~ (?i)vendedor|asesor|ejecutiv|paula|colega|una persona|alguien del equipo"
CREDIT_EN = r"~ (?i)credit|limit|approv|review"


SCRIPTS = [
    # ------------------------------------------------------------------ Spanish
    r"""
name: es-1001-jorge-reenvia-chat-bodega
title: C001 forwards the storekeeper's WhatsApp lines with their time stamps; the stamps are not items nor quantities; ordered
phone: +56912345001
customer: C001
language: es
tags: forwarded, pasted, timestamps, order

> te reenvio lo q me mando el bodeguero, cotizame eso porfa
| [09:14, 25/11/2026] Pedro Bodega: jefe faltan 8 rodamientos 6309 zz ntn
| [09:15, 25/11/2026] Pedro Bodega: y 6 correas B62 bando
| [09:21, 25/11/2026] Pedro Bodega: y 25 discos flap de 7" grano 80 norton
$ BRG-10339 8
$ BLT-10284 6
$ ABR-10066 25
?not-item
> dale, pásalo a pedido
?order
@ orders 1
@ order-line BRG-10339 8
@ order-line BLT-10284 6
@ order-line ABR-10066 25
""",
    r"""
name: es-1002-era-6305-no-6205
title: C001 asks 10 SKF 6205 ZZ, corrects the designation ("era 6305, no 6205"), then the quantity to 12; the cart has only the 6305s
phone: +56912345001
customer: C001
language: es
tags: correction, designation, change, cart, order

> necesito 10 rodamientos 6205 zz skf
$ BRG-10081 10
> uy no, me equivoqué, era 6305 no 6205
$ BRG-10276 10
> ponle 12 mejor
$ BRG-10276 12
> carrito
= BRG-10276
!= BRG-10081
> pedido
?order
@ orders 1
@ order-line BRG-10276 12
""",
    rf"""
name: es-1003-carla-precio-subio
title: C001's approver challenges the A102 belts' price against July's 11,99; the quote stays at today's rule price; then asks for Paula
phone: +56912345002
customer: C001
language: es
tags: price-challenged, quote, seller

> hola, precio de 10 correas A102 gates?
$ BLT-10153 10
> uf, en julio las pagamos a 11,99 c/u, por qué subieron tanto?
?not-item
?no-order
> ya, mándame la cotización igual
?quote
$ BLT-10153 10
> ok, pero que me llame la Paula para ver ese precio
{PERSON_ES}
@ queue
""",
    rf"""
name: es-1004-ana-lo-de-siempre
title: C004 (on hold) asks for "lo de siempre": its last purchase; cuts the tees to 30 and raises the size-42 boots to 6 by description; the order goes to approval
phone: +51987654004
customer: C004
language: es
tags: peru, reorder, usual, change, hold, approval

> buen día ingeniero, me manda lo de siempre por favor 🙏
= SAF-10014
$ VAL-10014 50
= SAF-10025
= SAF-10022
{HOLD_ES}
?no-order
> las tees déjalas en 30 y los botines de la talla 42 ponle 6
$ VAL-10014 30
= SAF-10025
> pedido
?approval
@ queue
""",
    rf"""
name: es-1005-raul-bloqueado-electrodos-de-siempre
title: The blocked workshop asks E6013 1/8 rod without a brand (Indura by its history) and "the same" 1 mm inox wheels (Norton), promises 1.000 tomorrow, gets a quote, no order
phone: +56987654003
customer: C003
language: es
tags: blocked, brand-by-rule, voice, promise, quote

> oiga necesito 20 kilos de soldadura 6013 de 1/8 y 10 discos de corte de 4 1/2 de 1 mm pa inox los mismos de la otra vez
$ WLD-10041 20
$ ABR-10001 10
{BLOCK_ES}
> mañana le deposito 1.000 a cuenta de la factura
@ promise {{date+1}} 1000.00
> ya, cotizame eso entonces
?quote
?no-order
""",
    rf"""
name: es-1006-ana-hay-en-lima
title: C004 asks whether Lima has 30 brass tees 1 1/4 NPT (Lima 19, 10 more on 2026-12-15, Santiago 25): the hold once, then a quote of the 19
phone: +51987654004
customer: C004
language: es
tags: peru, warehouse, short-stock, eta, hold, quote

> hola, tienen en Lima 30 tees de bronce de 1 1/4 npt? es para obra, no quiero que vengan de Santiago
$ VAL-10050 30
~ \b19\b
?date 2026-12-15
{HOLD_ES}
?no-order
> ok, cotízame las 19 que tienen en Lima nomás
$ VAL-10050 19
?quote
""",
    r"""
name: es-1007-jorge-pega-ingles-y-vuelve
title: C001 pastes a supplier's English line, then goes on in Spanish adding breakers: the replies end in Spanish; a quote
phone: +56912345001
customer: C001
language: es
tags: language, switch, pasted, quote

> Please quote 12 pcs contactor 3P 40A coil 220VAC Siemens
$ ELE-10232 12
> jaja perdón, copié el mail del proveedor. agrégale 12 automáticos 3P 40A schneider curva C
$ ELE-10073 12
?es
> cotizar
?quote
?es
""",
    rf"""
name: es-1008-ec-guayaquil-full-urgente
title: An Ecuadorian guest (`full urgente`) prices NTN bearings at list, asks about shipping to Ecuador, orders and gives company, RUC and email in one message: a lead
phone: +593991558008
customer: guest
language: es
tags: guest, ecuador, lead

> buenas tardes, le saluda el Ing. Paredes desde Guayaquil, necesitamos full urgente 30 rodamientos 6205 zz ntn y 30 rodamientos 6206 zz ntn
$ BRG-10084 30
$ BRG-10099 30
{GUEST_ES}
> ustedes envían a Ecuador?
? reply
?no-order
> ok háganme el pedido. Camaronera del Pacífico S.A., RUC 0992345678001, compras@camaroneradelpacifico.example
@ queue
?no-order
""",
    r"""
name: es-1009-cr-pura-vida-si-llevo-50
title: A Costa Rican guest (`pura vida mae`, `ocupo`, `diay`) prices 12 Siemens breakers, asks for a better price on 50 (list price still), then for a seller
phone: +50688558009
customer: guest
language: es
tags: guest, costa-rica, price-challenged, seller

> pura vida mae, tienen breakers de 2 polos de 20 amperios siemens? ocupo 12
$ ELE-10113 12
> y si llevo 50 me lo dejan más barato?
$ ELE-10113 50
?no-order
> diay, entonces páseme con un vendedor
?seller
@ queue
""",
    rf"""
name: es-1010-dice-ser-jorge-otro-celular
title: A guest says he is C001's buyer writing from a personal phone: list prices, never C001's contract price; ordering asks for his details; a lead
phone: +56955581010
customer: guest
language: es
tags: guest, claims-customer, list-price, lead

> hola, soy Jorge Müller de Minera Los Andes, te escribo del celular personal porque el otro se me quedó sin batería. necesito 6 correas A102 gates
$ BLT-10153 6
!~ 12[.,]87
> pero yo tengo precio de convenio con ustedes
? reply
!~ 12[.,]87
> ya, hazme el pedido igual
{MAIL}
?no-order
> Minera Los Andes SpA, 76.123.456-7, jorge.muller@minera-losandes.example
@ queue
?no-order
""",
    r"""
name: es-1011-oc-sin-firmar-y-acepta
title: C001 quotes stainless gate and check valves, sends the PO number "but wait for the manager's signature" (not an acceptance), then accepts: the order keeps the PO
phone: +56912345001
customer: C001
language: es
tags: quote, po, late-po, accept

> cotízame 4 válvulas de compuerta inox 1" npt y 4 válvulas de retención inox 1" npt
$ VAL-10119 4
$ VAL-10120 4
> cotizar
?quote
> la OC es la 4500-3391, pero espera que la firme el gerente antes de confirmar
?no-order
> listo, firmada. acepto la cotización
?order
@ orders 1
@ order-po 4500-3391
@ order-line VAL-10119 4
@ order-line VAL-10120 4
""",
    r"""
name: es-1012-carla-vinetas-emoji-saca-el-ultimo
title: C001 lists four lines with emoji bullets, removes the last one by position and raises the bearings by description, checks the cart and orders
phone: +56912345002
customer: C001
language: es
tags: emoji, bullets, remove, change, cart, order

> hola, necesito esto pa la planta:
| 🔩 300 pernos m12x50 din 933 zincados
| 🔩 300 tuercas m12 din 934 zincadas
| ⚙️ 6 rodamientos 6206 zz ntn
| 🔧 4 válvulas de bola inox 1/2 npt
$ FAS-10167 300
$ FAS-10044 300
$ BRG-10099 6
$ VAL-10100 4
?not-item
> el último sácalo, y los rodamientos súbelos a 10
$ BRG-10099 10
> carrito
= FAS-10167
= BRG-10099
!= VAL-10100
> pedido
?order
@ orders 1
@ order-line FAS-10167 300
@ order-line FAS-10044 300
@ order-line BRG-10099 10
""",
    r"""
name: es-1013-ana-abono-manana
title: C004 asks what is pending, promises the F-50009 balance (2,100.00) for tomorrow, and asks whether SO-80003 shipped
phone: +51987654004
customer: C004
language: es
tags: peru, statement, promise, status

> buenas, cuánto tenemos pendiente con ustedes?
= F-50008
= F-50009
~ 2[.,]?100
> mañana abonamos los 2,100.00 de la F-50009
@ promise {date+1} 2100.00
> y la SO-80003 ya la despacharon?
= SO-80003
~ (?i)recib
> gracias
?not-item
""",
    r"""
name: es-1014-niples-manda-los-que-hay
title: C001 asks 40 brass nipples 2 1/2 NPT when 21 are on hand (32 due 2026-12-22, no substitute); asks when the rest comes; ships the 21 and back-orders the rest
phone: +56912345001
customer: C001
language: es
tags: short-stock, eta, backorder, order

> 40 niples hexagonales de bronce 2 1/2 npt
$ VAL-10080 40
~ \b21\b
?no-order
> y cuándo les llegan más?
?date 2026-12-22
> ya, mándame los 21 que hay y el resto cuando lleguen
?order
@ orders 1
""",
    r"""
name: es-1015-mejor-que-me-llame-y-espera
title: C001 prices flap discs, asks someone to call about delivery to the mine, then writes twice while waiting: one acknowledgement, then silence
phone: +56912345001
customer: C001
language: es
tags: seller, waiting, ack-once

> 15 discos flap 4 1/2 grano 80 3M
$ ABR-10073 15
> oye mejor que me llame alguien, tengo que ver un tema de despacho a faena
?seller
@ queue
> hola??
? reply
@ queue
> ???
? no-reply
@ queue
""",
    r"""
name: es-1016-uy-bo-precisaria-rulemanes
title: A Uruguayan guest (`bo`, `precisaría`, `ta`) prices FAG bearings and Gates belts, asks for a `presupuesto`, thanks: a quote, no order
phone: +59899558016
customer: guest
language: es
tags: guest, uruguay, quote, ack

> buenas bo, precisaría 10 rulemanes 6206 2rs fag y 4 correas B50 gates
$ BRG-10093 10
$ BLT-10257 4
> ta, pasame un presupuesto
?quote
> ta, gracias bo
?not-item
?no-order
""",
    rf"""
name: es-1017-mx-monterrey-pzas-rfc
title: A Monterrey guest counts in `pzas`, asks for an invoice with RFC, orders and gives company, RFC and email: a lead
phone: +528181558017
customer: guest
language: es
tags: guest, mexico, pzas, lead

> buenas tardes, me urge cotización de 10 pzas válvula de bola acero al carbón 3/4 npt y 20 pzas niple hexagonal galvanizado 3/4 npt
$ VAL-10274 10
$ VAL-10209 20
{GUEST_ES}
> me pueden facturar con RFC?
? reply
> va, levántenme el pedido
?no-order
> Grupo Industrial Noreste SA de CV, RFC GIN010101AB1, compras@gin-noreste.example
@ queue
?no-order
""",
    r"""
name: es-1018-no-perdon-eran-40-recotiza
title: C001 quotes 30 bags of ties, corrects "no perdón, eran 40" after the quote, asks for the quote again and accepts it: the order has 40
phone: +56912345001
customer: C001
language: es
tags: correction, requote, accept

> cotízame 30 bolsas de amarras plásticas negras 370x4.8
$ ELE-10295 30
?quote
> no perdón, eran 40
$ ELE-10295 40
> mándame la cotización de nuevo
?quote
$ ELE-10295 40
> acepto
?order
@ orders 1
@ order-line ELE-10295 40
""",
    r"""
name: es-1019-rd-klk-compuerta-bronce-a-inox
title: A Dominican guest (`klk`) prices brass 2" gate valves, asks the stainless price, asks about delivery to Santo Domingo, quotes only the stainless ones
phone: +18095581019
customer: guest
language: es
tags: guest, dominican-republic, material, quote

> klk, tienen válvulas de compuerta de bronce de 2 pulgadas npt? necesito 6
$ VAL-10065 6
> y en acero inoxidable cuánto salen?
$ VAL-10164 6
> cuánto tarda en llegar a Santo Domingo?
? reply
> mándame la cotización de las de inox nomás
?quote
= VAL-10164
!= VAL-10065
""",
    r"""
name: es-1020-carla-la-80001-link-y-correas
title: C001's approver asks the tracking link of "la 80001" (a bare number) and about 80004, then 6 B62 Optibelt belts for tomorrow, and orders
phone: +56912345002
customer: C001
language: es
tags: status, bare-number, tracking, item, order

> hola, me mandas el link de seguimiento de la 80001?
= SO-80001
~ (?i)tracking\.example/chilexpress/99120455|99120455
> y la 80004 ya llegó?
= SO-80004
~ (?i)entregad
> ok. necesito 6 correas B62 optibelt para mañana, alcanzan a despacharlas?
$ BLT-10282 6
> pedido
?order
@ orders 1
@ order-line BLT-10282 6
""",
    # ------------------------------------------------------------------ English
    rf"""
name: en-1021-au-gday-after-10-x
title: An Australian guest (`G'day`, `after 10 x`, `cheers`) prices belts and flap discs at list, says who they buy for, gets a quote
phone: +61412551021
customer: guest
language: en
tags: guest, australia, x-before, quote

> G'day, after 10 x B50 Gates belts and 20 x 7" flap discs 80 grit Norton for a conveyor job, cheers
$ BLT-10257 10
$ ABR-10066 20
{GUEST_EN}
> we're a maintenance contractor on a mine site in Kalgoorlie. can you send a quote mate
?quote
> legend, cheers
?not-item
?no-order
""",
    r"""
name: en-1022-in-kindly-quote-nos
title: An Indian guest (`Dear Sir`, `nos`, `do the needful`) asks a numbered quote at list, then "Thanks and regards" is not an item
phone: +919820551022
customer: guest
language: en
tags: guest, india, nos, numbered, quote

> Dear Sir, Kindly quote for below items:
| 1. Bearing 6309 ZZ KOYO - 15 nos
| 2. Bearing 6306 ZZ NSK - 20 nos
| Please do the needful.
$ BRG-10340 15
$ BRG-10292 20
?not-item
> Kindly send the quotation.
?quote
> Thanks and regards
?not-item
?no-order
""",
    r"""
name: en-1023-ng-sir-discount-sales-man
title: A Nigerian guest (`sir`, `pls`) prices Siemens contactors at list, asks for a discount (list price stays), then for a sales man
phone: +2348031551023
customer: guest
language: en
tags: guest, nigeria, price-challenged, seller

> Good afternoon sir. Pls I need price for 4 pieces contactor 40A 220V AC coil Siemens
$ ELE-10232 4
> Sir can you do discount? I am buying for my company
?no-order
> ok let me talk to your sales man
?seller
@ queue
""",
    r"""
name: en-1024-sarah-why-8059
title: C002 prices 50A 110VAC contactors, challenges $80.59 against the 72.71 paid in June; the quote stays at the rule price
phone: +14155550101
customer: C002
language: en
tags: price-challenged, quote

> hey, need 6 of the 50A contactors w/ 110VAC coil, Schneider
$ ELE-10177 6
> wait why $80.59?? we paid 72.71 in June
?not-item
?no-order
> fine, quote the 6 anyway, I'll take it up with Mike
?quote
$ ELE-10177 6
""",
    r"""
name: en-1025-sarah-po-after-the-order
title: C002 orders NSK 6305 ZZ bearings, then sends the PO number after the order exists: the order keeps it
phone: +14155550101
customer: C002
language: en
tags: order, late-po

> 10 x 6305 ZZ NSK bearings pls
$ BRG-10277 10
> order it
?order
@ orders 1
> oops forgot the PO, it's PI-90211, can you put it on that order
@ orders 1
@ order-po PI-90211
""",
    r"""
name: en-1026-dave-ship-out-of-houston
title: C005 asks 300 zip ties (3 bags of 100) and contactors, and whether it ships out of Houston; orders
phone: +17135550105
customer: C005
language: en
tags: packs, warehouse, delivery, order

> need 300 black zip ties 370mm x 7.6 and 4 x 3P 40A Schneider contactors 110VAC coil. if I order now does it go out of Houston?
$ ELE-10296 3
$ ELE-10174 4
~ (?i)\bHOU\b|houston
> ok order
?order
@ orders 1
@ order-line ELE-10296 3
@ order-line ELE-10174 4
""",
    r"""
name: en-1027-dave-the-usual-swap-and-drop
title: C005 asks for "the usual" (April's order): swaps the short Klingspor flap discs for 3M ones, drops the bolts nobody has, orders
phone: +17135550105
customer: C005
language: en
tags: reorder, usual, substitute, remove, order

> the usual please
$ ABR-10077 50
$ FAS-10096 10
$ WLD-10005 2
$ FAS-10148 50
?no-order
> swap the klingspor flap discs for the 3M ones, same grit, and drop the M10 bolts
$ ABR-10069 50
> order
?order
@ orders 1
@ order-line ABR-10069 50
@ order-line WLD-10005 2
@ order-line FAS-10148 50
""",
    r"""
name: en-1028-sarah-fwd-maint-chat
title: C002 forwards her maintenance tech's WhatsApp lines with US time stamps; the stamps are not quantities; a quote
phone: +14155550101
customer: C002
language: en
tags: forwarded, pasted, timestamps, quote

> fwd from our maintenance guy, pls quote
| [11/25/26, 8:02 AM] Luis Maint: need 12 6203 zz nsk
| [11/25/26, 8:03 AM] Luis Maint: + 4 B38 dayco belts
| [11/25/26, 8:10 AM] Luis Maint: and 2 of the 2P 63A siemens breakers
$ BRG-10052 12
$ BLT-10235 4
$ ELE-10120 2
?not-item
> quote
?quote
= BRG-10052
= BLT-10235
= ELE-10120
""",
    rf"""
name: en-1029-tom-project-over-credit
title: C002's approver orders a 51,615.00 panel project when 50,350.00 of credit is available: the order goes to approval, with the reason
phone: +14155550102
customer: C002
language: en
tags: credit-limit, hold, approval

> Tom here. Project order for the Stockton line:
| 180 x contactor 3P 95A 24VDC coil Schneider
| 180 x contactor 3P 50A 110VAC coil Schneider
| 180 x contactor 3P 50A 220VAC coil Schneider
$ ELE-10185 180
$ ELE-10177 180
$ ELE-10175 180
> order
?approval
{CREDIT_EN}
@ queue
""",
    r"""
name: en-1030-dave-4k-on-friday
title: C005 asks what it owes, promises "4k on friday" (4,000.00) and the rest by the 10th, then asks about SO-80006
phone: +17135550105
customer: C005
language: en
tags: statement, promise, shorthand, status

> how much do we owe you guys right now?
= F-50011
~ 15,?999\.99
> ok we'll send 4k on friday and the rest by the 10th
@ promise {friday} 4000.00
> and what happened with SO-80006?
= SO-80006
~ (?i)cancel
""",
    r"""
name: en-1031-sarah-a56-ship-20-backorder
title: C002 asks 30 A56 Gates belts when Houston has 20 (25 due 2026-12-10, no substitute covers 30); asks the ETA, ships 20 and back-orders 10
phone: +14155550101
customer: C002
language: en
tags: short-stock, eta, backorder, order

> need 30 A56 Gates v-belts
$ BLT-10061 30
~ \b20\b
?no-order
> when do you get more in?
?date 2026-12-10
> ok send the 20 now and backorder the other 10
?order
@ orders 1
""",
    r"""
name: en-1032-dave-no-wait-twenty-kilos
title: C005 dictates rod (thirty, "no wait" twenty kilos) and a spool of wire, and asks why SO-80006 was cancelled in the same message; orders
phone: +17135550105
customer: C005
language: en
tags: voice, self-correction, several-asks, status, order

> hey its dave uh need thirty kilos of 7018 3/32 esab rod no wait twenty kilos and one spool of the point 8 mil esab mig wire, also why did SO-80006 get cancelled
$ WLD-10022 20
$ WLD-10054 1
= SO-80006
> order
?order
@ orders 1
@ order-line WLD-10022 20
@ order-line WLD-10054 1
""",
    r"""
name: en-1033-sarah-hola-stays-english
title: C002 opens with "Hola!" and writes English: the replies stay in English; a quote
phone: +14155550101
customer: C002
language: en
tags: language, greeting, quote

> Hola! Sarah here 😊 need 8 x 6007 2RS FAG and 8 x 6007 ZZ NSK
$ BRG-10498 8
$ BRG-10502 8
?en
> quote pls
?quote
?en
""",
    rf"""
name: en-1034-za-howzit-whats-the-damage
title: A South African guest (`howzit`, `what's the damage`, `lekker`, `bru`) prices 3M flap discs at list, gets a quote, then "cheers bru"
phone: +27825551034
customer: guest
language: en
tags: guest, south-africa, quote, ack

> Howzit, need 6 x 7 inch flap discs 60 grit 3M, what's the damage?
$ ABR-10072 6
{GUEST_EN}
> small fab shop in Germiston. lekker, send a quote
?quote
> cheers bru
?not-item
?no-order
""",
    r"""
name: en-1035-dave-shop-shorthand-pray
title: C005 writes shop shorthand with emoji bullets (`hcs gr5 zp`, SHCS), then 🙏 is not an item nor an order; then orders
phone: +17135550105
customer: C005
language: en
tags: shorthand, emoji, inch, order

> 🔩 500 x 1/2-13 x 1-1/2 hcs gr5 zp
| 🔩 200 x M10x30 shcs din 912 8.8 zp
$ FAS-10190 500
$ FAS-10093 200
?not-item
> 🙏
?not-item
?no-order
> order
?order
@ orders 1
@ order-line FAS-10190 500
@ order-line FAS-10093 200
""",
    r"""
name: en-1036-dave-middle-one-and-black-oxide
title: C005 lists three M10 lines, makes "the middle one" 400, switches the cap screws from zinc 8.8 to black oxide 10.9, orders
phone: +17135550105
customer: C005
language: en
tags: position, material, change, order

> 200 M10x30 socket head cap screws DIN 912 8.8 zinc, 200 M10 hex nuts DIN 934 zinc, 200 M10x40 hex bolts DIN 933 8.8 zinc
$ FAS-10093 200
$ FAS-10024 200
$ FAS-10043 200
> the middle one make it 400
$ FAS-10024 400
> and the cap screws should be black oxide 10.9, not zinc
$ FAS-10321 200
> order
?order
@ orders 1
@ order-line FAS-10321 200
@ order-line FAS-10024 400
@ order-line FAS-10043 200
""",
    r"""
name: en-1037-sarah-mike-mid-cart-status
title: C002 prices Schneider breakers, asks for Mike mid-cart, writes "hello?" (one acknowledgement), and `status` still answers while waiting
phone: +14155550101
customer: C002
language: en
tags: seller, waiting, status

> need 20 x 2P 25A Schneider breakers
$ ELE-10061 20
> actually can I get Mike on the phone? it's about a bigger project
?seller
@ queue
> hello?
? reply
> status
= SO-80002
@ queue
""",
    rf"""
name: en-1038-tx-yall-bid-tomorrow
title: An East Texas guest (`howdy`, `y'all`) prices 1" stainless gate valves at list for a bid, says the company, gets a formal quote
phone: +19035551038
customer: guest
language: en
tags: guest, us, quote

> Howdy, y'all carry 1" stainless gate valves NPT? need 8 for a bid due tomorrow
$ VAL-10119 8
{GUEST_EN}
> we're Lone Star Mechanical out of Tyler TX. can you send a formal quote I can attach to the bid
?quote
= VAL-10119
?no-order
""",
    r"""
name: en-1039-sarah-get-rid-of-bando-dozen
title: C002 prices Gates and Bando B50 belts and NTN bearings, drops "the Bando ones" by brand, makes the bearings "a dozen", orders
phone: +14155550101
customer: C002
language: en
tags: remove, brand, dozen, order

> need pricing on 10 B50 Gates belts, 10 B50 Bando belts and 6 6206 ZZ NTN bearings
$ BLT-10257 10
$ BLT-10260 10
$ BRG-10099 6
> get rid of the Bando ones and make the bearings a dozen
$ BRG-10099 12
> order
?order
@ orders 1
@ order-line BLT-10257 10
@ order-line BRG-10099 12
""",
    r"""
name: en-1040-dave-300-ties-1500-washers
title: C005 asks 300 zip ties 200x3.6 (3 bags of 100) and 1,500 M8 flat washers; orders
phone: +17135550105
customer: C005
language: en
tags: packs, thousands, order

> need 300 black zip ties 200 x 3.6 and 1,500 M8 flat washers zinc DIN 125
$ ELE-10286 3
$ FAS-10009 1500
> order
?order
@ orders 1
@ order-line ELE-10286 3
@ order-line FAS-10009 1500
""",
]

assert len(SCRIPTS) == 40
