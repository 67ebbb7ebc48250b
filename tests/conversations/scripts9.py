r"""A ninth set of buyers (es-8xx / en-8xx, 20 per language), written blind to the
implementation: only SPEC.md, ERP.md, the corpus notation (README.md), build.py /
erp_rules.py, the first lines of scripts.py and scripts8.py for their format, and the demo
ERP folder (`mostrador demo-data --as-of 2026-11-25`) were read; not bot/, flows/,
channels/, templates/, workers/, bench/, nor the played runner's DISAGREE list, and the set
was not played by its author.

What it tries that the earlier sets did little of: several asks in one message (a due
date, a shipment and an item, numbered `1) 2) 3)`; items and "cuánto les debemos" in one
voice-dictated run-on), reorders whose last purchase no longer fits (C002's last invoice has
two lines short today: one swapped for a substitute, one cut to what one warehouse holds;
C001's without the glasses and with the A76 belts cut to the 15 on hand), short stock
settled by naming the substitute's brand (`pasame el SKF nomas`), a Spanish speaker of an
English customer (Tom Baker writes in Spanish: the replies switch), a Chilean approver asking
for English, Spain's `presupuesto`/`arandelas`/`cincados`, Peru's `llaves termomagnéticas` and
`cancelamos` (= we pay), Argentina's `rulemanes`/`bulones`, Mexico's `baleros`/`chumaceras` (an
item the catalog does not carry: an open line for a seller), Colombia's `me regala`, Trinidad,
Jamaica, Alberta, Ohio and the UK (`do you lot stock`, `quote that up`); a quote accepted
after "lo reviso con gerencia" with `{quote}` and a PO, a quote revised then accepted with a
PO, a guest giving company, then tax id and email in two messages, a promise on "the 9th".

The facts come from the contract and the demo data, never from what the bot says:

- Prices: ERP.md's rule (erp_rules.py; build.py fills them in); a guest sees list prices.
  Every item is named precisely enough to be one SKU (brand, coil voltage, finish, thread
  standard, material, 1.0 vs 1.6 mm), except en-837's `4 ball valves 1/2"` (brass, stainless
  and carbon steel NPT, brass and stainless BSP: options) and es-820's valve without a
  quantity.
- Availability = on_hand - reserved - damaged per warehouse (ERP.md); every line that is
  ordered is covered by one warehouse. Short on purpose: BRG-10257 (6304 NSK) HOU 17 only, no
  incoming; substitutes covering 40 from SCL: BRG-10256 SKF (42) and BRG-10259 NTN (59), only
  BRG-10259 covers 50 (es-810, en-821). BRG-10032 (6202 NSK) SCL 35 / LIM 20: 50 is short, 30
  fits (en-821). BLT-10101 (A76 Gates) SCL 15 only (es-802). ELE-10008 (THHN 14 AWG white) HOU
  144, 242 incoming to HOU on 2026-12-09, no substitutes (en-834).
- Customer part numbers (cross_references.csv, C001): MLA-44-1000 BLT-10002, MLA-47-1030
  BRG-10011, MLA-46-1020 ABR-10005.
- After the sale (order_status.csv): SO-80001 C001 shipped (Chilexpress 99120455), SO-80004
  C001 delivered, SO-80002 C002 picking (ETA 2026-11-27), SO-80005 C002 invoiced (F-39990, UPS
  1Z999AA10123456784), SO-80003 C004 received.
- Receivables: C001 F-50003 5,373.00 due 2026-12-01 (and F-50001/2/4, none overdue); C002
  F-50005 8,400.00 due 2026-12-05, F-50006 1,250.00 disputed; C003 F-50007 2,300.00 due
  2026-10-16; C004 F-50008 12,800.00 due 2026-10-01, F-50009 balance 2,100.00 due 2026-11-05,
  F-50010 6,000.00; C005 F-50011 15,999.99 due 2026-12-10.
- Credit: C003 blocked ("Cheques protestados en octubre"): quotes still given, no order;
  C004 on hold (F-50008 more than 30 days overdue): said once, its order goes to approval.
- Last purchases (sales_history.csv): C001 F-40150 of 2026-11-23 (BLT-10033 4, SAF-10014 10,
  BLT-10101 50, BRG-10261 4); C002 F-40149 of 2026-11-20 (BRG-10257 50, ABR-10021 4,
  BRG-10032 50, ABR-10020 50).
- Dates: 2026-11-25 is a Wednesday; `el lunes 30` is 2026-11-30, `the 9th` 2026-12-09, `el 1
  de diciembre` 2026-12-01, `Dec 5` 2026-12-05, `el viernes` {friday}.
"""

T = "\t"
GUEST_ES = r"~ (?i)empresa|compa[nñ][ií]a|raz[oó]n social|para qui[eé]n|a nombre de|negocio"
GUEST_EN = r"~ (?i)company|business|on behalf|who (are you|do you) (buy|purchas)"
TAX_EN = r"~ (?i)tax id|\bein\b|tax number|business number|\bbn\b|gst|vat"
MAIL = r"~ (?i)e-?mail|correo"
HOLD_ES = r"~ (?i)vencid|mora\b|atrasad|F-50008|12[.,]?800"
BLOCK_ES = r"~ (?i)bloque|cheques protestados"
PERSON_ES = r"~ (?i)vendedor|asesor|ejecutiv|paula|colega|una persona|alguien del equipo"


SCRIPTS = [
    # ------------------------------------------------------------------ Spanish
    r"""
name: es-801-wena-pernos-y-cuanto-debemos
title: C001 dictates bolts, nuts and "cuánto les debemos" in one run-on; quotes it and accepts with "dale, acepto"
phone: +56912345001
customer: C001
language: es
tags: voice, several-asks, statement, quote, accept

> wena aca jorge oye necesito 30 pernos hexagonales m12x40 din 933 zincados y 15 tuercas m12 din 934 zincadas y de paso dime cuanto les debemos a la fecha porfa
$ FAS-10088 30
$ FAS-10044 15
= F-50003
~ 5[.,]?373
?no-order
> ya cotizame eso
?quote
= FAS-10088
= FAS-10044
> dale, acepto
?order
@ orders 1
@ order-line FAS-10088 30
@ order-line FAS-10044 15
""",
    r"""
name: es-802-carla-repite-sin-lentes
title: C001's approver asks about SO-80004 and SO-80001, repeats the last purchase without the glasses, cuts the short A76 belts to the 15 on hand and orders
phone: +56912345002
customer: C001
language: es
tags: status, reorder, remove, short-stock, order

> hola buenas tardes, una consulta, la SO-80004 ya se entrego? y la SO-80001?
= SO-80004
~ (?i)entregad
= SO-80001
~ (?i)chilexpress|99120455
> ok gracias. necesito repetir la ultima compra pero sin los lentes
$ BLT-10033 4
$ BRG-10261 4
= BLT-10101
!= SAF-10014
?no-order
> de las correas A76 ponle 15 no mas, las que tengan
$ BLT-10101 15
> pedido
?order
@ orders 1
@ order-line BLT-10101 15
@ order-line BLT-10033 4
@ order-line BRG-10261 4
""",
    rf"""
name: es-803-raul-bloqueado-por-que
title: The blocked workshop asks for cut-off wheels, asks why it is blocked, promises the 2.300 on Friday and still gets a quote, never an order
phone: +56987654003
customer: C003
language: es
tags: blocked, credit, promise, quote

> hola necesito 10 discos de corte de 7 pulgadas para metal norton
$ ABR-10006 10
{BLOCK_ES}
> pero porq estoy bloqueado si yo pague todo
~ (?i)cheques protestados
> ya el viernes deposito los 2.300 de la factura
@ promise {{friday}} 2300.00
> ya mandame la cotizacion igual
?quote
?no-order
""",
    rf"""
name: es-804-ana-obra-pedido-retenido
title: C004 (on hold) asks for tees and valves for a site, asks what is overdue, promises F-50008 for Monday 30 ("cancelamos"), orders anyway: to approval
phone: +51987654004
customer: C004
language: es
tags: peru, hold, credit, promise, approval

> buenos dias, para la obra de san borja necesitamos 20 tees de bronce 3/4 npt y 4 valvulas de bola de bronce de 1 1/2 npt
$ VAL-10014 20
$ VAL-10055 4
{HOLD_ES}
> cuanto tenemos vencido?
= F-50008
~ 12[.,]?800
> el lunes 30 cancelamos la F-50008 completa
@ promise 2026-11-30
> ok igual hagan el pedido por favor
?approval
@ queue
""",
    rf"""
name: es-805-mx-chumaceras-y-baleros
title: A Guadalajara guest asks for pillow blocks the catalog does not carry and SKF 6205 bearings; the quote keeps the pillow blocks as an open line for a seller
phone: +523312345805
customer: guest
language: es
tags: guest, mexico, not-in-catalog, open-line, quote

> que onda buenas, ocupo 4 chumaceras de piso UCP205 y 10 baleros 6205 2rs skf, me pasa precio?
$ BRG-10076 10
{GUEST_ES}
> pa un taller en guadalajara. las chumaceras no las manejan?
? reply
> ok cotizeme lo que haya y lo otro que lo vea alguien
?quote
@ quote needs_review
@ queue
""",
    rf"""
name: es-806-co-me-regala-contactores-lead
title: A Colombian guest asks the price of 2 contactors, then 5, orders, and gives company, NIT and email in one line: a lead, no order
phone: +573105558806
customer: guest
language: es
tags: guest, colombia, change, lead

> Buenas tardes, me regala el precio de 2 contactores tripolares 25A bobina 24VDC schneider por favor
$ ELE-10167 2
> y si fueran 5?
$ ELE-10167 5
> listo, hagamos el pedido
{GUEST_ES}
?no-order
> Ferreteria Industrial El Tornillo SAS, NIT 900.123.456-7, compras@eltornillo.example
@ queue
?no-order
""",
    r"""
name: es-807-ar-rulemanes-bulones-vendedor
title: An Argentine guest (`che`, `rulemanes`, `bulones`) prices FAG bearings and bolts, then asks for someone in sales
phone: +5491145558807
customer: guest
language: es
tags: guest, argentina, items, seller

> che hola, tenes rulemanes 6305 2rs fag? necesito 8
$ BRG-10273 8
> y 200 bulones m10x30 8.8 zincados rosca completa
$ FAS-10017 200
> pasame con alguien de ventas que quiero abrir cuenta corriente
?seller
@ queue
""",
    r"""
name: es-808-es-valencia-presupuesto
title: A Valencia workshop (Spain: `podéis`, `cincados`, `arandelas`, `presupuesto`) prices screws and washers, asks for a `presupuesto` (a quote) and leaves it there
phone: +34612558808
customer: guest
language: es
tags: guest, spain, items, quote, ack

> Buenos días, somos un taller en Valencia. ¿Me podéis pasar precio de 50 tornillos allen DIN 912 M8x30 8.8 cincados y 50 arandelas planas DIN 125 M8 cincadas?
$ FAS-10051 50
$ FAS-10009 50
> vale, ¿me lo pasáis en un presupuesto?
?quote
= FAS-10051
= FAS-10009
> perfecto, gracias, lo consulto con mi socio y os digo
?not-item
?no-order
""",
    r"""
name: es-809-jorge-pega-codigos-panol
title: C001 pastes three of its own part numbers with quantities after spaces, corrects the first to 12 by position and quotes
phone: +56912345001
customer: C001
language: es
tags: part-numbers, pasted, change, quote

> buenas, te pego lo del pañol:
| MLA-44-1000    10
| MLA-47-1030    6
| MLA-46-1020    20
$ BLT-10002 10
$ BRG-10011 6
$ ABR-10005 20
?not-item
> el primero son 12 no 10
$ BLT-10002 12
> cotizar
?quote
= BLT-10002
= BRG-10011
= ABR-10005
""",
    r"""
name: es-810-jorge-nsk-corto-pasame-skf
title: 40 NSK 6304 bearings when 17 are on hand: the SKF and NTN substitutes that cover 40 with their prices; "pasame el SKF nomas" and the order
phone: +56912345001
customer: C001
language: es
tags: short-stock, substitute, brand, order

> necesito 40 rodamientos 6304 2RS NSK urgente pa mañana
= BRG-10257
~ \b17\b
$ BRG-10256 40
$ BRG-10259 40
?no-order
> pasame el SKF nomas
$ BRG-10256 40
> pedido
?order
@ orders 1
@ order-line BRG-10256 40
""",
    rf"""
name: es-811-ana-so-80003-solo-cotiza
title: C004 asks about SO-80003, then for a quote of 6 `llaves termomagnéticas` (Peru: breakers) "todavía no me aprueban la compra": hold said, quote given, no order; "gracias ingeniero"
phone: +51987654004
customer: C004
language: es
tags: peru, status, hold, quote, ack

> hola, la SO-80003 en que esta? ya la recibieron?
= SO-80003
~ (?i)recibid
> ok. cotizame 6 llaves termomagneticas 2P 20A abb, todavia no me aprueban la compra
$ ELE-10086 6
{HOLD_ES}
> la cotizacion porfa
?quote
?no-order
> gracias ingeniero
?not-item
?no-order
""",
    rf"""
name: es-812-jorge-quiere-hablar-con-paula
title: C001 asks for Paula by name over contract prices; while waiting, `estado de mis pedidos` still answers
phone: +56912345001
customer: C001
language: es
tags: seller, by-name, waiting, status

> hola, me puedes comunicar con la paula? es por unos precios de contrato que no me cuadran
{PERSON_ES}
@ queue
> mientras tanto, estado de mis pedidos
= SO-80001
@ queue
""",
    rf"""
name: es-813-raul-cuanto-debo-desbloqueo
title: The blocked workshop asks what it owes, how to get unblocked, then for someone
phone: +56987654003
customer: C003
language: es
tags: blocked, statement, seller

> cuanto debo yo
= F-50007
~ 2[.,]?300
= {{days-since 2026-10-16}}
> y q tengo que hacer pa que me desbloqueen
{BLOCK_ES}
> quiero hablar con alguien
{PERSON_ES}
@ queue
""",
    r"""
name: es-814-carla-oc-despues-de-gerencia
title: C001's approver quotes bearings and discs, says she will check with management (not an acceptance), then approves with OC 4500-3310 naming the quote
phone: +56912345002
customer: C001
language: es
tags: quote, ack, accept, po

> Hola, necesito cotizar 20 rodamientos 6310 2RS SKF y 25 discos de corte 7" inox Norton
$ BRG-10346 20
$ ABR-10005 25
> cotizacion por favor
?quote
> lo reviso con gerencia y te confirmo
?not-item
?no-order
> Aprobado. OC 4500-3310, procesen la {quote} por favor
?order
@ orders 1
@ order-po 4500-3310
@ order-line BRG-10346 20
@ order-line ABR-10005 25
""",
    rf"""
name: es-815-pe-minera-huaraz-lead
title: A Peruvian mine's engineer (guest) prices wire in metres and ABB breakers, orders, gives company, RUC and email: a lead
phone: +51944558815
customer: guest
language: es
tags: guest, peru, metres, lead

> Buenas tardes, le escribe el ing. Quispe de Minera Huaraz. Necesitamos 100 mts de cable thhn 10 awg blanco y 6 interruptores termomagneticos 2P 32A ABB
$ ELE-10014 100
$ ELE-10089 6
> ya, hagamos el pedido
{MAIL}
?no-order
> Minera Huaraz SAC, RUC 20512345678, logistica@minerahuaraz.example
@ queue
?no-order
""",
    r"""
name: es-816-jorge-docena-ciento-par
title: C001 counts in words (`una docena`, `medio ciento`, `un par`), asks the total and orders
phone: +56912345001
customer: C001
language: es
tags: words, total, order

> jorge aca, anota: una docena de correas B54 gates, medio ciento de pernos m10x35 din 933 zincados y un par de valvulas de bola inox 1" npt
$ BLT-10265 12
$ FAS-10028 50
$ VAL-10118 2
> y cuanto es el total?
~ 235[.,]62
> ya, pedido
?order
@ orders 1
@ order-line BLT-10265 12
@ order-line FAS-10028 50
@ order-line VAL-10118 2
""",
    r"""
name: es-817-tom-escribe-en-espanol
title: C002's approver (an English customer) writes in Spanish: the replies switch to Spanish; the unit price asked again; a quote
phone: +14155550102
customer: C002
language: es
tags: language, switch, quote

> hola! necesito 4 contactores 3P 18A bobina 24VDC schneider, perdon mi español
$ ELE-10164 4
?es
> cuanto cuesta cada uno?
~ 41[.,]73
> ok, cotizacion por favor
?quote
?es
""",
    r"""
name: es-818-jorge-tres-preguntas-numeradas
title: C001 asks three things numbered in one message (a due date, a shipment, an item), then promises F-50003 for its due date
phone: +56912345001
customer: C001
language: es
tags: several-asks, due-date, status, item, promise

> hola, 3 cosas: 1) cuando vence la F-50003? 2) la SO-80001 ya salio? 3) cotizame 10 discos flap 4 1/2 grano 60 norton
?date 2026-12-01
= SO-80001
~ (?i)chilexpress|99120455
$ ABR-10063 10
> esa factura la pagamos el 1 de diciembre
@ promise 2026-12-01
> gracias!
?not-item
""",
    r"""
name: es-819-jorge-bronce-no-mejor-inox
title: C001 asks for brass ball valves, switches them to stainless, adds stainless unions and orders
phone: +56912345001
customer: C001
language: es
tags: change, material, add, order

> 20 valvulas de bola de bronce 1/2 npt
$ VAL-10001 20
> no, mejor que sean inox
$ VAL-10100 20
> y agregale 10 uniones americanas inox 1/2 npt
$ VAL-10106 10
> pedido
?order
@ orders 1
@ order-line VAL-10100 20
@ order-line VAL-10106 10
""",
    r"""
name: es-820-cl-gasfiter-sin-cantidad
title: A Chilean plumber (guest) asks the price of a valve without a quantity, answers "2 no mas", then thanks
phone: +56977558820
customer: guest
language: es
tags: guest, chile, no-quantity, ack

> hola buenas, soy gasfiter, a cuanto la llave de bola de bronce de 3/4 npt?
= VAL-10010
?asks-qty
> 2 no mas
$ VAL-10010 2
> ya gracias, despues le confirmo
?not-item
?no-order
""",
    # ------------------------------------------------------------------ English
    r"""
name: en-821-sarah-reorder-two-short
title: C002 repeats its last order: the NSK 6304s are short (swapped for the NTN ones) and the 6202s cut to 30; ordered with a PO
phone: +14155550101
customer: C002
language: en
tags: reorder, short-stock, substitute, change, po

> Hi, can you repeat our last order please
$ ABR-10021 4
$ ABR-10020 50
= BRG-10257
= BRG-10032
?no-order
> swap the NSK 6304s for the NTN ones
$ BRG-10259 50
> and make the 6202s 30
$ BRG-10032 30
> ok order it, PO PI-88120
?order
@ orders 1
@ order-po PI-88120
@ order-line BRG-10259 50
@ order-line BRG-10032 30
@ order-line ABR-10021 4
@ order-line ABR-10020 50
""",
    r"""
name: en-822-dave-wire-and-rod-on-the-9th
title: C005 prices MIG wire and rod, asks what it owes, promises to wire it "on the 9th", then asks for the quote
phone: +17135550105
customer: C005
language: en
tags: items, statement, promise, quote

> hey dave here, need 2 spools ER70S-6 .9mm ESAB mig wire and 10 kg of 7018 1/8 lincoln rod
$ WLD-10053 2
$ WLD-10005 10
> what do we owe you right now
= F-50011
~ 15,?999\.99
> ok ill wire it on the 9th
@ promise 2026-12-09
> send me a quote for the wire and rod
?quote
= WLD-10053
= WLD-10005
""",
    rf"""
name: en-823-sarah-pastes-sheet
title: C002 pastes three spreadsheet rows (tabs, a header, the brand in its own column), quotes, then "thx" is not an acceptance
phone: +14155550101
customer: C002
language: en
tags: table, quote, ack

> Hi Sarah from Pacific, pls quote below
| Item{T}Qty{T}Brand
| 6208 2RS bearing{T}6{T}SKF
| B60 V-belt{T}10{T}Optibelt
| Contactor 3P 12A 24VDC coil{T}5{T}ABB
$ BRG-10121 6
$ BLT-10278 10
$ ELE-10191 5
?not-item
> quote
?quote
> thx
?not-item
?no-order
""",
    r"""
name: en-824-tom-approves-with-po
title: C002's approver asks for contactors and breakers while the buyer is out, quotes and approves with a PO
phone: +14155550102
customer: C002
language: en
tags: items, quote, accept, po

> Hi, Tom Baker here, Sarah's out this week. Need 10 contactors 3P 32A 24VDC coil Schneider and 10 breakers 3P 32A curve C Schneider
$ ELE-10170 10
$ ELE-10071 10
> quote please
?quote
> Approved. PO 4471-TB2, go ahead
?order
@ orders 1
@ order-po 4471-TB2
@ order-line ELE-10170 10
@ order-line ELE-10071 10
""",
    rf"""
name: en-825-uk-do-you-lot-stock-nylocs
title: A UK guest (`do you lot stock`, `cheers`, `quote that up`) prices nylocs and washers at list and asks about an account
phone: +447700558825
customer: guest
language: en
tags: guest, uk, items, quote

> Hiya, do you lot stock DIN 985 nyloc nuts M16 zinc? need 500 cheers
$ FAS-10094 500
{GUEST_EN}
> and 500 M16 flat washers DIN 125 zinc too
$ FAS-10089 500
> brilliant, can you quote that up
?quote
> who do I talk to about opening an account?
? reply
?no-order
""",
    rf"""
name: en-826-ca-alberta-flap-discs-lead
title: An Alberta fab shop (guest) prices flap discs, asks about shipping to Edmonton, orders and gives company, BN and email: a lead
phone: +17805558826
customer: guest
language: en
tags: guest, canada, lead

> Hey there, Alberta fab shop here. Need a price on 40 flap discs 7in 80 grit Klingspor
$ ABR-10082 40
> do you ship to Edmonton?
? reply
> ok lets order them
{MAIL}
?no-order
> Prairie Steelworks Ltd, BN 123456789RT0001, purchasing@prairiesteel.example
@ queue
?no-order
""",
    r"""
name: en-827-tt-stainless-valves-rep
title: A Trinidad guest prices three 2" stainless NPT ball valves at list and asks for a sales rep
phone: +18685558827
customer: guest
language: en
tags: guest, caribbean, item, seller

> Good day, need 3 stainless ball valves 2 inch NPT for a plant in Point Lisas, Trinidad
$ VAL-10163 3
> Can I speak to a sales rep please
?seller
@ queue
""",
    r"""
name: en-828-sarah-two-orders-and-disputed
title: C002 asks about SO-80002 (ETA) and SO-80005 in one message, then whether F-50006 is still disputed; "ok thx"
phone: +14155550101
customer: C002
language: en
tags: status, several-asks, disputed, ack

> morning! where are we on SO-80002? and did SO-80005 ever ship
= SO-80002
?date 2026-11-27
= SO-80005
~ (?i)1Z999AA10123456784|UPS|F-39990
> also F-50006 is still disputed right? we're not paying that one till the credit memo
= F-50006
~ (?i)disput
> ok thx
?not-item
""",
    r"""
name: en-829-dave-voice-half-inch-screws
title: C005 dictates inch cap screws in words and a breaker, correcting the breaker quantity inside the message; orders
phone: +17135550105
customer: C005
language: en
tags: voice, words, inch, self-correction, order

> hey this is dave at northwind uh I need fifty half inch by one inch hex cap screws grade five and uh also fifty of the half inch by two inch and a three pole 20 amp breaker schneider actually make that two breakers
$ FAS-10185 50
$ FAS-10195 50
$ ELE-10068 2
> order
?order
@ orders 1
@ order-line FAS-10185 50
@ order-line FAS-10195 50
@ order-line ELE-10068 2
""",
    r"""
name: en-830-dave-requote-then-po
title: C005 quotes 25 stainless bolts, bumps them to 100 for a new quote, approves with a PO: the order is the revised one
phone: +17135550105
customer: C005
language: en
tags: quote, change, requote, accept, po

> quote 25 hex bolts M8x20 DIN 933 A2 stainless
$ FAS-10127 25
?quote
> bump the bolts to 100 and send a new quote
$ FAS-10127 100
?quote
> ok approved, PO NW-5521
?order
@ orders 1
@ order-po NW-5521
@ order-line FAS-10127 100
""",
    r"""
name: en-831-sarah-ea-lines-drop-one
title: C002 lists three items with `ea`, drops the unions, checks the cart and orders
phone: +14155550101
customer: C002
language: en
tags: ea, remove, cart, order

> need pricing:
| 12 ea 6206 2RSH SKF
| 20 ea 1P 20A breaker Siemens
| 6 ea SS316 union 1" NPT
$ BRG-10091 12
$ ELE-10104 20
$ VAL-10124 6
> drop the unions
?not-item
> cart
= BRG-10091
= ELE-10104
!= VAL-10124
> order
?order
@ orders 1
@ order-line BRG-10091 12
@ order-line ELE-10104 20
""",
    r"""
name: en-832-sarah-volume-pricing-call
title: C002 prices Dewalt cut-off wheels, raises to 100 "if the price is better", then asks sales to call about volume pricing
phone: +14155550101
customer: C002
language: en
tags: items, change, seller

> need 30 cut off wheels 9" inox dewalt
$ ABR-10055 30
> actually make it 100 if the price is better
$ ABR-10055 100
> can someone from sales call me about volume pricing
?seller
@ queue
""",
    rf"""
name: en-833-oh-buckeye-lead-in-steps
title: An Ohio guest orders Gates belts and gives the company, then the EIN and email in a second message: a lead, no order
phone: +16145558833
customer: guest
language: en
tags: guest, us, lead, steps

> Hi, I'm with Buckeye Conveyor in Columbus, need 12 B54 Gates belts
$ BLT-10265 12
> ok order it
?no-order
> Buckeye Conveyor LLC
{TAX_EN}
?no-order
> EIN 31-1234567, ap@buckeyeconveyor.example
@ queue
?no-order
""",
    r"""
name: en-834-dave-wire-ship-and-backorder
title: C005 asks 300 m of wire when 144 are on hand (242 due 2026-12-09, no substitute); ships the 144 and back-orders the rest
phone: +17135550105
customer: C005
language: en
tags: metres, short-stock, backorder, order

> need 300 m of THHN 14 AWG white
$ ELE-10008 300
~ \b144\b
?date 2026-12-09
?no-order
> ship the 144 now and backorder the rest
?order
@ orders 1
""",
    r"""
name: en-835-sarah-thx-run-it-by-tom
title: C002 quotes bearings and 14" wheels, then "thx, will run it by Tom" is neither an item nor an acceptance
phone: +14155550101
customer: C002
language: en
tags: quote, ack

> Hi, quote 6 bearings 6205-2Z SKF and 4 cut off wheels 14" inox 3M
$ BRG-10081 6
$ ABR-10021 4
> quote
?quote
> thx, will run it by Tom and get back to you
?not-item
?no-order
@ no-queue
""",
    r"""
name: en-836-carla-asks-for-english
title: C001's approver (a Spanish customer) asks for English for a new plant manager and quotes SKF 6310s: replies in English
phone: +56912345002
customer: C001
language: en
tags: language, switch, quote

> Hi, our new plant manager is from Houston so please answer in English from now on. Quote 20 x 6310 2RS SKF bearings
$ BRG-10346 20
?en
> quote
?quote
?en
""",
    r"""
name: en-837-dave-valve-options-stainless
title: C005 asks for 1/2" ball valves with nothing else: options; "the stainless NPT one" picks VAL-10100; order
phone: +17135550105
customer: C005
language: en
tags: choice, material, order

> 4 ball valves 1/2"
? choice 3
> the stainless NPT one
$ VAL-10100 4
> order
?order
@ orders 1
@ order-line VAL-10100 4
""",
    r"""
name: en-838-sarah-pay-dec-5
title: C002 asks its balance, promises F-50005's 8,400.00 on Dec 5, and says F-50006 waits for a credit memo (not an item)
phone: +14155550101
customer: C002
language: en
tags: statement, promise, disputed

> hey, what's our balance?
= F-50005
~ 8,?400
= F-50006
> we'll pay F-50005, the 8,400.00, on Dec 5
@ promise 2026-12-05 8400.00
> F-50006 stays on hold till we get the credit memo
?not-item
""",
    r"""
name: en-839-jm-rods-and-discs
title: A Jamaican guest prices Lincoln rod by the kg and 1 mm Dewalt discs, quotes, then "respect, will call back"
phone: +18765558839
customer: guest
language: en
tags: guest, caribbean, kg, quote, ack

> Yes boss, need 10 kg of E6013 1/8 Lincoln rod and 20 cut off discs 4.5 inch x 1mm metal dewalt
$ WLD-10009 10
$ ABR-10050 20
> quote pls
?quote
> respect, will call back
?not-item
?no-order
""",
    r"""
name: en-840-dave-x-after-two-changes
title: C005 lists three M10 items with `x N` after them, drops the washers and cuts the bolts to 150 in one message, orders
phone: +17135550105
customer: C005
language: en
tags: x-after, remove, change, order

> M10 nyloc zinc DIN 985 x 200, M10 flat washer zinc DIN 125 x 200, M10x50 hex bolt DIN 931 8.8 zinc x 200
$ FAS-10034 200
$ FAS-10029 200
$ FAS-10182 200
> forget the washers, and make the bolts 150
$ FAS-10182 150
> order
?order
@ orders 1
@ order-line FAS-10034 200
@ order-line FAS-10182 150
""",
]

assert len(SCRIPTS) == 40
