r"""A third set of buyers (es-2xx / en-2xx), written before anyone tuned on them: only
SPEC.md, ERP.md, the corpus notation (README.md) and the demo ERP folder
(`mostrador demo-data --as-of 2026-11-25`) were read; not the flows, the matcher, the
intents nor the templates, nor the other scripts beyond the format. Buyers write as on
WhatsApp: typos, no accents, abbreviations, Chilean / Mexican / Argentine / Peruvian
Spanish (`wena`, `porfa`, `altiro`, `ocupo`, `bulones`, `che`, `haceme`, `chamba`),
several items in one message, voice-to-text run-ons, a change of mind, price and
stock asked together.

The facts come from the contract and the demo data, not from what the bot says:

- Prices: ERP.md's rule (erp_rules.py); a guest sees list prices.
- Availability = on_hand - reserved - damaged (ERP.md). ELE-10167 (contactor 25A 24VDC
  Schneider) has 44 in SCL only; WLD-10005 (E7018 1/8" Lincoln) 223 in HOU.
  BRG-10081 (6205-2Z SKF): SCL 3 (+15 on 2026-11-29), HOU 7, LIM 0: no warehouse covers
  20; its substitutes BRG-10083 (FAG, HOU 41) and BRG-10084 (NTN, SCL 40) cover 20.
- Credit (ERP.md): C003 blocked ("Cheques protestados en octubre"); C004 on hold (F-50008
  12,800.00 due 2026-10-01, over 30 days overdue); C001, C002, C005 ok (C002's overdue
  F-50006 is disputed).
- After the sale (order_status.csv): C001 SO-80001 shipped Chilexpress 99120455, SO-80004
  delivered; C002 SO-80002 picking ETA 2026-11-27; C005 SO-80006 cancelled.
  Receivables: C001 F-50001..F-50004 (F-50003 5,373.00); C002 F-50005 8,400.00 and
  F-50006 1,250.00 disputed; C005 F-50011 15,999.99.
- Last purchase (sales_history.csv, by date): C004 F-40147 (2026-11-16: SAF-10014 4,
  SAF-10022 2, SAF-10025 4, VAL-10014 50); C005 F-40146 (2026-04-25: ABR-10077 50,
  FAS-10096 10, FAS-10148 50, WLD-10005 2).
- "el viernes" / "on friday" is the coming Friday (`{friday}`); "el lunes 30" is
  2026-11-30; "dec 10" is 2026-12-10.
"""

GUEST_ES = r"~ (?i)empresa|compa[nñ][ií]a|raz[oó]n social|para qui[eé]n|a nombre de"
GUEST_EN = r"~ (?i)company|business|on behalf|who (are you|do you) (buy|purchas)"
TAX_ES = r"~ (?i)rut|cuit|rfc|ruc|identificaci[oó]n (fiscal|tributaria)|tax"
TAX_EN = r"~ (?i)tax id|\bein\b|tax number|vat"
MAIL = r"~ (?i)e-?mail|correo"


SCRIPTS = [
    # ------------------------------------------------------------------ items, typos
    r"""
name: es-201-wena-typos-sin-tildes
title: Chilean greeting with typos and no accents: the item is read, priced for C001
phone: +56912345001
customer: C001
language: es
tags: item, typos

> wena, nesecito 12 rodamientos 6205 zz ntn porfa
$ BRG-10084 12
?not-item
?es
""",
    r"""
name: es-202-precio-y-stock-juntos
title: Price and stock in one question, no quantity: the price, the stock and the quantity asked
phone: +56912345001
customer: C001
language: es
tags: question, stock, no-qty

> cuanto sale el contactor 25A bobina 24vdc schneider y cuantos tienen??
$ ELE-10167 1
~ (?i)santiago|\bSCL\b|(?<![\d.,])44(?![\d]|[.,]\d)
?asks-qty
?es
""",
    rf"""
name: es-203-mx-invitado-ocupo-valvulas
title: A Mexican guest: "ocupo" (I need), "válvula de esfera de latón"; list price, asked who they buy for
phone: +5215512340203
customer: guest
language: es
tags: guest, mexico, quote

> buenas tardes, ocupo 6 valvulas de esfera de laton de 1 pulgada npt, me puede cotizar?
$ VAL-10019 6
{GUEST_ES}
?not-item
> cotizacion porfavor
?quote
?no-order
""",
    r"""
name: es-204-ar-invitado-bulones
title: An Argentine guest asks for "bulones" with "che, tenés": list price, never a contract price
phone: +5491155550204
customer: guest
language: es
tags: guest, argentina, question

> che tenes bulones hexagonales M10x40 8.8 zincados din 933? necesito 200
$ FAS-10043 200
?not-item
?es
""",
    r"""
name: es-205-pe-obra-cable-credito
title: A Peruvian customer on credit hold: the cable priced, the hold said early, the order goes to approval
phone: +51987654004
customer: C004
language: es
tags: peru, credit, hold, approval

> buenos dias, para la obra en san borja necesito 100 metros de cable thhn 10 awg rojo, cuanto seria?
$ ELE-10015 100
~ (?i)vencid|mora|atrasad|F-50008
> ya, hagame el pedido por fa
?approval
@ queue
""",
    r"""
name: es-206-bloqueado-docena-discos
title: A blocked customer asks the price of a dozen discs: 12 priced, the block and its reason said, a quote still given
phone: +56987654003
customer: C003
language: es
tags: credit, blocked, dozen, quote

> hola cuanto me sale la docena de discos de corte 4 1/2 inox de 1 mm norton
$ ABR-10001 12
~ (?i)bloque|cheques protestados
> ya cotizalo nomas
?quote
""",
    r"""
name: es-207-lista-con-guiones
title: Three items on their own lines with dashes after a greeting: each read and priced
phone: +56912345001
customer: C001
language: es
tags: several-items

> hola buenas
| - 500 pernos hex m8x20 8.8 zincado din 933
| - 4 correas A44 dayco
| - 10 kg soldadura 6011 3/32 lincoln
$ FAS-10001 500
$ BLT-10039 4
$ WLD-10002 10
?not-item
""",
    r"""
name: es-208-dictado-por-voz
title: A voice-to-text run-on with two items and no punctuation: both read
phone: +56912345001
customer: C001
language: es
tags: voice, several-items

> hola si mira necesito que me coticen 10 rodamientos 6205 zz ntn y tambien 20 kilos de electrodo 7018 de 1/8 indura eso seria todo gracias
$ BRG-10084 10
$ WLD-10037 20
""",
    r"""
name: es-209-cambia-de-marca
title: The buyer changes his mind on the brand: the quote has the Dayco belt, not the Gates one
phone: +56912345001
customer: C001
language: es
tags: change, quote

> necesito 8 correas A44 gates
$ BLT-10037 8
> no mejor dayco, las gates no me las aceptan en faena
$ BLT-10039 8
> cotiza altiro
?quote
= BLT-10039
!= BLT-10037
""",
    r"""
name: es-210-acepta-con-oc
title: Quote, then "acepto" with the buyer's OC number: an order that keeps the PO
phone: +56912345001
customer: C001
language: es
tags: quote, accept, po

> 50 pernos hexagonales m10x40 8.8 zincados din 933
$ FAS-10043 50
> cotiza
?quote
> acepto, nuestra OC es 4500123456
?order
@ orders 1
@ order-po 4500123456
@ order-line FAS-10043 50
""",
    # ------------------------------------------------------------------ after the sale
    r"""
name: es-211-en-que-va-mi-pedido
title: "¿En qué va mi pedido, ya lo despacharon?": the ERP orders with carrier and tracking
phone: +56912345001
customer: C001
language: es
tags: status

> hola me pueden decir en que va mi pedido? ya lo despacharon?
= SO-80001
~ (?i)chilexpress
= 99120455
?not-item
?no-order
""",
    r"""
name: es-212-mandame-estado-de-cuenta
title: "me mandas el estado de cuenta porfa": the four open invoices with a balance
phone: +56912345001
customer: C001
language: es
tags: statement

> me mandas el estado de cuenta porfa
= F-50001
= F-50002
= F-50003
= F-50004
~ 5[.,]?373[.,]00
?not-item
""",
    r"""
name: es-213-pe-pago-el-viernes
title: A Peruvian customer on hold promises to pay the overdue invoice on Friday: kept as a promise
phone: +51987654004
customer: C004
language: es
tags: promise, peru

> buenas, la factura F-50008 la cancelamos el viernes sin falta
@ promise {friday}
?not-item
?no-order
""",
    r"""
name: es-214-transfiero-el-lunes-30
title: "el lunes 30 transfiero 5.373": a promise for 2026-11-30 and 5,373.00 (Chilean thousands)
phone: +56912345001
customer: C001
language: es
tags: promise

> oye el lunes 30 transfiero 5.373 de la F-50003
@ promise 2026-11-30 5373.00
?not-item
""",
    r"""
name: es-215-mx-quiero-un-vendedor
title: A Mexican guest asks for a seller for a big project: queued, no item read
phone: +5215512340215
customer: guest
language: es
tags: guest, seller

> oigan quiero hablar con un vendedor, es para un proyecto grande de una planta
?seller
?not-item
@ queue
""",
    rf"""
name: es-216-ar-invitado-pide-y-da-datos
title: An Argentine guest prices discs, orders: asked company, CUIT and email, then a lead in the queue
phone: +5491155550216
customer: guest
language: es
tags: guest, lead, argentina

> hola buen dia, precio de 10 discos de corte 115 x 1.0 inox norton
$ ABR-10001 10
> dale, haceme el pedido
{GUEST_ES}
{MAIL}
?no-order
> Metalurgica Quilmes SRL, CUIT 30-71234567-9, compras@metquilmes.com.ar
@ queue
?no-order
""",
    r"""
name: es-217-ok-dale-acepto
title: Quote for 30 kg of rod, then "ok dale, acepto" without the number: the order
phone: +56912345001
customer: C001
language: es
tags: quote, accept, kg

> cotizame 30 kilos de electrodo 7018 1/8 lincoln
$ WLD-10005 30
> cotizar
?quote
> ok dale, acepto
?order
@ orders 1
@ order-line WLD-10005 30
""",
    r"""
name: es-218-aprobadora-estado-so
title: The customer's second contact asks "estado SO-80004": delivered
phone: +56912345002
customer: C001
language: es
tags: status

> estado SO-80004
= SO-80004
~ (?i)entregad
?not-item
""",
    r"""
name: es-219-pe-lo-mismo-que-la-ultima
title: "lo mismo que la última vez" from a customer on hold: F-40147's four lines re-priced today
phone: +51987654004
customer: C004
language: es
tags: reorder, peru, margin

> hola, mandame lo mismo que la ultima vez porfa
$ SAF-10014 4
$ SAF-10022 2
$ SAF-10025 4
$ VAL-10014 50
?no-order
""",
    r"""
name: es-220-gracias-lo-veo-con-mi-jefe
title: Items, then "perfecto gracias, lo veo con mi jefe": not an item, not an order, no seller
phone: +56912345001
customer: C001
language: es
tags: ack, cart

> 15 valvulas de bola bronce 1 pulgada npt
$ VAL-10019 15
> perfecto gracias, lo veo con mi jefe y te confirmo
?not-item
?no-order
@ no-queue
""",
    # ------------------------------------------------------------------ English
    r"""
name: en-221-breakers-abbreviated
title: "hi need 25 pcs 1p 16a breakers siemens curve c": read and priced for C002
phone: +14155550101
customer: C002
language: en
tags: item, abbreviations

> hi need 25 pcs 1p 16a breakers siemens curve c
$ ELE-10103 25
?not-item
?en
""",
    r"""
name: en-222-how-much-and-how-many
title: Price and stock asked together, with kg: the welding rod priced (family discount) and its stock
phone: +17135550105
customer: C005
language: en
tags: question, stock, kg

> how much for E7018 1/8 lincoln rods and how many you got? need 20 kg
$ WLD-10005 20
~ (?i)houston|\bHOU\b|(?<![\d.,])223(?![\d]|[.,]\d)
?en
""",
    r"""
name: en-223-commas-quote-pls
title: "quote pls:" and three comma-separated items, then quote: each line priced, one quote
phone: +14155550101
customer: C002
language: en
tags: several-items, quote

> quote pls: 100 hex bolts M8x20 10.9 black din 933, 6 A44 optibelt belts, 10 kg E7018 1/8 esab
$ FAS-10023 100
$ BLT-10038 6
$ WLD-10021 10
> quote
?quote
""",
    r"""
name: en-224-voice-run-on
title: A voice-to-text run-on with two items: both read, list prices for a customer without a price list
phone: +17135550105
customer: C005
language: en
tags: voice, several-items

> hey this is dave from northwind i need 12 of the 2 pole 20 amp curve c breakers from abb and also 100 meters of number 10 thhn black wire thats it thanks
$ ELE-10086 12
$ ELE-10013 100
""",
    r"""
name: en-225-actually-120-not-60
title: "actually i need 120 not 60": the line becomes 120 (re-priced), not a new item
phone: +14155550101
customer: C002
language: en
tags: change

> 60 pcs FAS-10043
$ FAS-10043 60
> actually i need 120 not 60
$ FAS-10043 120
?not-item
""",
    r"""
name: en-226-order-with-po-in-message
title: An order asked for with the PO in the same message, then "yes confirm": one order keeping the PO
phone: +14155550101
customer: C002
language: en
tags: order, po

> pls place an order for 40 FAS-10148, our PO# PSI-7781
$ FAS-10148 40
> yes confirm
@ orders 1
@ order-po PSI-7781
@ order-line FAS-10148 40
""",
    r"""
name: en-227-where-are-we-on-so
title: "where are we on SO-80002?": picking, ETA Nov 27
phone: +14155550101
customer: C002
language: en
tags: status

> where are we on SO-80002?
= SO-80002
~ (?i)picking
?date 2026-11-27
?not-item
""",
    r"""
name: en-228-any-update-on-my-orders
title: "any update on my orders?" from a customer whose ERP order was cancelled
phone: +17135550105
customer: C005
language: en
tags: status

> any update on my orders?
= SO-80006
~ (?i)cancel
?not-item
?no-order
""",
    r"""
name: en-229-send-me-our-statement
title: "can you send me our statement": both invoices, the disputed one marked
phone: +14155550101
customer: C002
language: en
tags: statement

> can you send me our statement
= F-50005
= F-50006
~ 8,?400\.00
~ (?i)disput
?not-item
""",
    r"""
name: en-230-wire-on-dec-10
title: "we'll wire the 15,999.99 on dec 10": a promise for that date and amount
phone: +17135550105
customer: C005
language: en
tags: promise

> we'll wire the 15,999.99 on dec 10
@ promise 2026-12-10 15999.99
?not-item
""",
    r"""
name: en-231-talk-to-mike
title: The approver asks to talk to their seller by first name: queued, nothing read as an item
phone: +14155550102
customer: C002
language: en
tags: seller

> can i talk to mike please, need a custom quote on a big job
?seller
?not-item
@ queue
""",
    rf"""
name: en-232-guest-do-you-sell-valves
title: A guest asks "do you sell ball valves? need 4 of the 1 inch brass npt": list price, asked who they buy for
phone: +13055550232
customer: guest
language: en
tags: guest, question

> hi do you sell ball valves? need 4 of the 1 inch brass npt
$ VAL-10019 4
{GUEST_EN}
?no-order
""",
    rf"""
name: en-233-guest-order-becomes-lead
title: A guest orders welding rod: asked company, tax id and email, then a lead in the queue, no order
phone: +12145550233
customer: guest
language: en
tags: guest, lead

> 20 kg of 3/32 6011 esab rod
$ WLD-10018 20
> order
{GUEST_EN}
{TAX_EN}
{MAIL}
?no-order
> Gulf Coast Welding LLC, EIN 74-1234567, buy@gcweld.com
@ queue
?no-order
""",
    r"""
name: en-234-sounds-good-go-ahead
title: An item by code, a quote, then "sounds good, go ahead" without the number: the order
phone: +17135550105
customer: C005
language: en
tags: quote, accept

> 50 FAS-10103
$ FAS-10103 50
> quote
?quote
> sounds good, go ahead
?order
@ orders 1
@ order-line FAS-10103 50
""",
    r"""
name: en-235-accept-with-number-and-po
title: An item by code, a quote, then "accept Q-… PO 4412": the order at the quoted price, keeping the PO
phone: +14155550101
customer: C002
language: en
tags: quote, accept, po

> 30 ELE-10113
$ ELE-10113 30
> quote
?quote
> accept {quote} PO 4412
?order
@ order-po 4412
@ order-line ELE-10113 30
""",
    r"""
name: en-236-same-as-last-time-april
title: "same as last time" from a customer whose last purchase is from April: four lines re-priced today
phone: +17135550105
customer: C005
language: en
tags: reorder

> same as last time pls
$ ABR-10077 50
$ FAS-10096 10
$ FAS-10148 50
$ WLD-10005 2
?no-order
""",
    r"""
name: en-237-hw-much-4-a-b62
title: Texting shorthand ("hw much 4 a b62 belt gates? nd 3 asap"): 3 × BLT-10281
phone: +14155550101
customer: C002
language: en
tags: abbreviations, question

> hw much 4 a b62 belt gates? nd 3 asap
$ BLT-10281 3
?not-item
""",
    r"""
name: en-238-good-morning-thx
title: "good morning!" then "thx": greeted by name, no item, no options, no seller
phone: +17135550105
customer: C005
language: en
tags: greeting, ack

> good morning!
= Dave
?not-item
? no-choice
> thx
?not-item
@ no-queue
?no-order
""",
    r"""
name: en-239-short-stock-what-can-you-do
title: 20 of a bearing no warehouse covers: the incoming date and both covering substitutes, no order on "order"
phone: +14155550101
customer: C002
language: en
tags: short-stock, substitute

> need 20 6205-2Z SKF bearings, what can you do
$ BRG-10081 20
?date 2026-11-29
= BRG-10083
= BRG-10084
> order
?no-order
""",
    r"""
name: en-240-remove-the-breakers
title: Two items on two lines, "remove the breakers", then cart: only the contactors left
phone: +17135550105
customer: C005
language: en
tags: cart, remove

> 10 contactors 25a 110vac siemens
| 30 1p 16a siemens breakers
$ ELE-10228 10
$ ELE-10103 30
> remove the breakers
?not-item
> cart
= ELE-10228
!= ELE-10103
""",
]
