r"""A fourth set of buyers (es-3xx / en-3xx), written before anyone tuned on them: only
SPEC.md, ERP.md, the corpus notation (README.md), build.py / erp_rules.py and the demo ERP
folder (`mostrador demo-data --as-of 2026-11-25`) were read; not bot/, flows/, templates/,
channels/ nor the other tests, and the earlier sets only for their format. Buyers write as
on WhatsApp: no accents, typos, emoji, Chilean `cotizai`/`mandai`/`ya po`/`pillo`, Mexican
`qué onda`/`órale`/`levanten el pedido`, Peruvian `proforma`/`abonamos`/`este…`, Colombian
`manejan`/`requiero`/`de una`, Argentine `la marca me da igual`, US `fwd`, `cn u chek`,
`y'all`; lists forwarded with bullets and dots, dictated run-ons, a header line over a
list, an elliptical second item (`and 100 ea 1/2-13 x 1-1/2`).

The facts come from the contract and the demo data, never from what the bot says:

- Prices: ERP.md's rule (erp_rules.py; build.py fills them in); a guest sees list prices.
  MINING's tiers (1/10/100) make VAL-10065 60.57 for 10 and 57.69 for 100 (C001).
- Availability = on_hand - reserved - damaged, per warehouse (ERP.md):
  BRG-10067 (6204-ZZ NSK) SCL 12, 31 incoming to HOU on 2026-12-16; its substitute
  BRG-10066 (6204-2Z SKF) has 57 in SCL. BLT-10061 (A56 Gates) HOU 20, 25 incoming to HOU on
  2026-12-10; substitute BLT-10064 (A56 Bando) SCL 26. BRG-10138 (6209-2RSR FAG) SCL 10 only,
  nothing incoming; substitutes BRG-10136 (SKF, SCL 55) and BRG-10137 (NSK, SCL 37) cover 16.
  FAS-10049 (washer M12 zinc) 0 everywhere, 1,142 incoming on 2026-12-14.
- Brand left open (SPEC): a guest with no history gets brand_preferences' Belts → Gates
  (BLT-10257 for B50).
- Customer part numbers (cross_references.csv): C001 MLA-46-1020 = ABR-10005,
  MLA-47-1030 = BRG-10011.
- Credit (ERP.md): C003 blocked ("Cheques protestados en octubre", F-50007 2,300.00 due
  2026-10-16); C004 on hold (F-50008 12,800.00 due 2026-10-01, > 30 days); C001, C002, C005
  ok.
- After the sale (order_status.csv): C001 SO-80001 shipped by Chilexpress 99120455, guide
  GD-55120, ETA 2026-11-26; C002 SO-80002 picking, ETA 2026-11-27. Receivables: C001 F-50004
  6,084.00 due 2026-12-12, F-50001 13,611.00 (+ F-50004 = 19,695.00); C002 F-50005 8,400.00
  due 2026-12-05; C004 F-50009 balance 2,100.00.
- Last purchase (sales_history.csv, latest date): C001 F-40150 (2026-11-23: BLT-10033 4,
  SAF-10014 10, BLT-10101 50, BRG-10261 4; SAF-10014 is under the margin floor at C001's
  contract price); C002 F-40149 (2026-11-20: BRG-10257 50, ABR-10021 4, BRG-10032 50,
  ABR-10020 50).
- "el 4/12" (Chile, day/month) is 2026-12-04; "mañana" / "tomorrow" is `{date+1}`.
"""

GUEST_ES = r"~ (?i)empresa|compa[nñ][ií]a|raz[oó]n social|para qui[eé]n|a nombre de|negocio"
GUEST_EN = r"~ (?i)company|business|on behalf|who (are you|do you) (buy|purchas)"
TAX_ES = r"~ (?i)\brut\b|\bnit\b|cuit|\brfc\b|\bruc\b|identificaci[oó]n (fiscal|tributaria)|tax"
TAX_EN = r"~ (?i)tax id|\bein\b|tax number|vat"
MAIL = r"~ (?i)e-?mail|correo"
HOLD_ES = r"~ (?i)vencid|mora\b|atrasad|F-50008|12[.,]?800"
PERSON_ES = r"~ (?i)vendedor|asesor|ejecutiv|paula|colega|una persona|alguien del equipo"
NOT_ES = r"!~ (?i)\b(gracias|usted|hola|precio|pedido|disponible)\b"


SCRIPTS = [
    # ------------------------------------------------------------------ items, typos, lists
    r"""
name: es-301-cotizai-emoji
title: Chilean "me cotizai" with an emoji and "pa hoy": the bearing read and priced for C001, with its stock
phone: +56912345001
customer: C001
language: es
tags: item, typos, chile

> holi 👋 me cotizai 6 rodamientos 6206 2rs skf? pa hoy si se puede
$ BRG-10091 6
~ (?i)santiago|\bSCL\b|(?<![\d.,])19(?![\d]|[.,]\d)
?not-item
?es
""",
    r"""
name: es-302-lista-reenviada-vinetas
title: A forwarded maintenance list (bold header, emoji bullets, quantities after dots): three lines priced, then a quote
phone: +56912345001
customer: C001
language: es
tags: several-items, forwarded, quote

> te reenvio lo q me pidio el jefe de mantencion 👇
| *REQUERIMIENTO MANTENCION PLANTA 2*
| ▪️ disco flap 4.5" grano 80 klingspor .... 10 un
| ▪️ correa B42 dayco .... 4 un
| ▪️ allen M6x20 zincado .... 100 un
$ ABR-10081 10
$ BLT-10243 4
$ FAS-10152 100
?not-item
> cotizalo todo porfa
?quote
""",
    rf"""
name: es-303-mx-que-onda-contactores
title: A Mexican guest ("qué onda, me pasas precio") asks for three 18 A contactors: list price, asked who they buy for
phone: +5213312340303
customer: guest
language: es
tags: guest, mexico, question

> qué onda, me pasas precio de 3 contactores de 18 amperes bobina 220 schneider? son pa un tablero
$ ELE-10163 3
{GUEST_ES}
?not-item
?es
""",
    rf"""
name: es-304-co-manejan-compuertas-lead
title: A Colombian guest ("manejan…", "requiero", "de una") prices gate valves and orders: company, NIT and email asked, then a lead, no order
phone: +573001230304
customer: guest
language: es
tags: guest, lead, colombia

> Buenas tardes, quisiera saber si manejan valvulas de compuerta en bronce de 2 pulgadas rosca NPT, requiero 5 unidades
$ VAL-10065 5
?not-item
> de una, hagamos el pedido
{GUEST_ES}
{TAX_ES}
{MAIL}
?no-order
> Ferreteria Industrial El Tornillo SAS, NIT 900.456.123-1, compras@eltornillo.com.co
@ queue
?no-order
""",
    rf"""
name: es-305-pe-proforma-en-mora
title: A Peruvian customer on hold asks for a "proforma" of check valves: priced, the overdue said, the order goes to approval
phone: +51987654004
customer: C004
language: es
tags: peru, credit, hold, approval

> buenas ing, me podria enviar una proforma de 8 valvulas check de bronce de 3 pulgadas npt? es para la obra de surco
$ VAL-10084 8
{HOLD_ES}
> ok procedemos, genere la orden nomas
?approval
@ queue
""",
    r"""
name: es-306-bloqueado-quiere-despacho
title: The blocked workshop asks for 30 flap discs for tomorrow, then "ingrésalo como pedido": priced, the block and its reason said, not confirmed
phone: +56987654003
customer: C003
language: es
tags: credit, blocked, approval

> hola buenas, soy raul del taller. necesito 30 discos flap de 4 1/2 grano 60 norton, me los pueden despachar mañana?
$ ABR-10063 30
~ (?i)bloque|cheques protestados
> ya, ingresalo como pedido entonces
?approval
@ queue
""",
    rf"""
name: es-307-ar-marca-me-da-igual
title: An Argentine guest asks for B50 belts "la marca me da igual": the brand by rule (Gates) at list price
phone: +5493415550307
customer: guest
language: es
tags: guest, argentina, brand

> Buenas! una consulta, tienen correas B50? necesitaria 4, la marca me da igual. Gracias!
$ BLT-10257 4
{GUEST_ES}
?es
""",
    r"""
name: es-308-me-equivoque-eran-2rs
title: "uy no, me equivoqué, tienen q ser sellados de goma, 2rs": the line becomes the 2RS bearing, and the quote has only it
phone: +56912345001
customer: C001
language: es
tags: correction, quote

> necesito 8 rodamientos 6305 zz skf
$ BRG-10276 8
> uy no, me equivoque, tienen q ser sellados de goma, 2rs
$ BRG-10271 8
?not-item
> cotizame eso
?quote
= BRG-10271
!= BRG-10276
""",
    # ------------------------------------------------------------------ after the sale
    r"""
name: es-309-guia-cuando-llega
title: "la guía GD-55120 cuándo me llega??": the shipped ERP order with carrier, tracking and ETA
phone: +56912345001
customer: C001
language: es
tags: status

> oye la guia GD-55120 cuando me llega??
~ (?i)chilexpress
= 99120455
?date 2026-11-26
?not-item
?no-order
""",
    r"""
name: es-310-reenviame-la-factura
title: "me puedes reenviar la factura F-50004? no la pillo": that invoice with its balance and due date
phone: +56912345001
customer: C001
language: es
tags: statement, invoice

> me puedes reenviar la factura F-50004? no la pillo en el correo
= F-50004
~ 6[.,]?084
?date 2026-12-12
?not-item
?no-order
""",
    r"""
name: es-311-pagamos-el-4-12
title: "el 4/12 pagamos la F-50001 y la F-50004, son 19.695": a promise for 2026-12-04 and 19,695.00
phone: +56912345001
customer: C001
language: es
tags: promise, chile

> hola, les aviso que el 4/12 pagamos la F-50001 y la F-50004, son 19.695 en total
@ promise 2026-12-04 19695.00
?not-item
?no-order
""",
    r"""
name: es-312-pe-manana-abonamos
title: A Peruvian customer on hold: "mañana sin falta abonamos los 2100 de la F-50009": a promise for tomorrow and 2,100.00
phone: +51987654004
customer: C004
language: es
tags: promise, peru

> buenas tardes, mañana sin falta abonamos los 2100 de la F-50009
@ promise {date+1} 2100.00
?not-item
?no-order
""",
    rf"""
name: es-313-que-me-llame-la-paula
title: "necesito que me llame la Paula urgente": a person is asked for by the seller's first name, queued, nothing read as an item
phone: +56912345001
customer: C001
language: es
tags: seller

> necesito que me llame la Paula urgente porfa, tenemos un problema con una entrega
{PERSON_ES}
@ queue
?not-item
?no-order
""",
    rf"""
name: es-314-mx-orale-levanten-pedido
title: A Mexican guest prices welding rod, then "órale, levanten el pedido": company, RFC and email asked, then a lead, no order
phone: +5214425550314
customer: guest
language: es
tags: guest, lead, mexico, kg

> buen dia, me interesa comprar 10 kilos de soldadura 6013 de 1/8 marca lincoln, me pueden facturar a mi empresa?
$ WLD-10009 10
?not-item
> orale, levanten el pedido porfa
{TAX_ES}
{MAIL}
?no-order
> Aceros del Bajio SA de CV, RFC ABA0102037X1, compras@acerosdelbajio.mx
@ queue
?no-order
""",
    r"""
name: es-315-ocupo-20-hay
title: 20 of a bearing with 12 on hand: the incoming date and the covering SKF substitute; "cámbialo por el skf y hazme el pedido" orders 20 SKF
phone: +56912345001
customer: C001
language: es
tags: short-stock, substitute, order

> ocupo 20 rodamientos 6204 zz nsk pa mañana, hay?
$ BRG-10067 20
?date 2026-12-16
= BRG-10066
> ya, cambialo por el skf y hazme el pedido
?order
@ orders 1
@ order-line BRG-10066 20
""",
    r"""
name: es-316-reponer-ultima-compra
title: "necesito reponer lo mismo de la última compra": F-40150's four lines re-priced today, nothing ordered
phone: +56912345001
customer: C001
language: es
tags: reorder, margin

> hola! necesito reponer lo mismo de la ultima compra porfa
$ BLT-10033 4
$ SAF-10014 10
$ BLT-10101 50
$ BRG-10261 4
?no-order
""",
    r"""
name: es-317-bloqueado-cuanto-les-debo
title: The blocked customer asks "¿cuánto les debo?" to be unblocked: the overdue invoice, its balance and due date
phone: +56987654003
customer: C003
language: es
tags: statement, blocked

> cuanto les debo? quiero ponerme al dia pa que me desbloqueen
= F-50007
~ 2[.,]?300
?date 2026-10-16
?not-item
?no-order
""",
    r"""
name: es-318-stock-golillas-precio-tuercas
title: Stock of one item and the price of another in one message, "200 de cada una": both priced at 200, the washers' incoming date
phone: +56912345001
customer: C001
language: es
tags: question, stock, several-items

> tienen stock de golillas planas m12 zincadas? y cuanto valen las tuercas m12 din 934 zincadas? ocupo 200 de cada una
$ FAS-10049 200
$ FAS-10044 200
?date 2026-12-14
?not-item
""",
    r"""
name: es-319-aprobado-por-gerencia-oc
title: Cable, a formal quote, then "ok, aprobado por gerencia ✅ va con OC N° 4500778812": one order keeping the PO
phone: +56912345001
customer: C001
language: es
tags: quote, accept, po

> necesito 40 mts de cable 14 awg azul thhn
$ ELE-10011 40
> mandame la cotizacion formal
?quote
> ok, aprobado por gerencia ✅ va con OC N° 4500778812
?order
@ orders 1
@ order-po 4500778812
@ order-line ELE-10011 40
""",
    r"""
name: es-320-jajaja-buen-finde
title: The approver's chit-chat ("jajaja ya po, gracias por lo de ayer 🙌"): no item, no options, no seller, no order
phone: +56912345002
customer: C001
language: es
tags: ack, chit-chat

> jajaja ya po, gracias por lo de ayer 🙌 que tengan buen finde
?not-item
? no-choice
@ no-queue
?no-order
""",
    rf"""
name: es-321-pe-dictado-este
title: A dictated Peruvian run-on ("le escribe Ana… este… media pulgada… eso nomás"): both items priced for the customer on hold, the overdue said
phone: +51987654004
customer: C004
language: es
tags: voice, several-items, peru, hold

> hola buenas tardes le escribe Ana de Constructora Sur este queria pedirle una cotizacion de 50 metros de cable thhn numero 12 color negro y tambien 10 valvulas de bola de media pulgada de bronce npt eso nomas gracias
$ ELE-10001 50
$ VAL-10001 10
{HOLD_ES}
?es
""",
    r"""
name: es-322-sacame-las-golillas
title: Two items with "+", then "sácame las golillas y ponle 4 correas b50 gates": the cart has the nuts and the belts, not the washers
phone: +56912345001
customer: C001
language: es
tags: cart, remove, change

> 20 tuercas m10 din 934 zincadas + 20 golillas planas m10 zincadas
$ FAS-10024 20
$ FAS-10029 20
> sabes que, sacame las golillas y ponle 4 correas b50 gates
$ BLT-10257 4
?not-item
> carrito
= FAS-10024
= BLT-10257
!= FAS-10029
""",
    r"""
name: es-323-codigos-del-cliente-x
title: Two of the customer's own part numbers with "x 25" / "x 6": their SKUs at C001's prices
phone: +56912345001
customer: C001
language: es
tags: codes, cross-reference

> me cotizas el MLA-46-1020 x 25 y el MLA-47-1030 x 6 porfa
$ ABR-10005 25
$ BRG-10011 6
?not-item
""",
    r"""
name: es-324-y-si-llevo-100
title: 10 gate valves priced, then "y si llevo 100 cuánto me queda c/u?": the 100-tier price of the MINING list
phone: +56912345001
customer: C001
language: es
tags: question, tiers

> precio de 10 valvulas compuerta bronce 2" npt
$ VAL-10065 10
> y si llevo 100 cuanto me queda c/u?
$ VAL-10065 100
?not-item
""",
    # ------------------------------------------------------------------ English
    r"""
name: en-325-fwd-from-maintenance
title: A forwarded list ("fwd from our maintenance guy ⬇️", "6x …", "can you price these out"): three lines priced for C002
phone: +14155550101
customer: C002
language: en
tags: several-items, forwarded

> fwd from our maintenance guy ⬇️
| 6x 6308 2RS SKF
| 10x B76 gates
| 2x contactor 40A 24VDC schneider
| can you price these out
$ BRG-10316 6
$ BLT-10309 10
$ ELE-10173 2
?not-item
?en
""",
    r"""
name: en-326-running-low-mig-wire
title: "🔥 running low on mig wire. need 4 spools … 15kg": 4 spools (the 15 kg is the spool), priced with C005's welding discount
phone: +17135550105
customer: C005
language: en
tags: item, emoji, pack

> 🔥 running low on mig wire. need 4 spools ER70S-6 1.0mm lincoln 15kg
$ WLD-10051 4
?not-item
?en
""",
    r"""
name: en-327-cn-u-chek-stok
title: Texting shorthand ("cn u chek if u hve … in stok? need like 16"): priced, and the two substitutes that cover 16
phone: +14155550101
customer: C002
language: en
tags: abbreviations, short-stock, substitute

> cn u chek if u hve 6209 2rs fag in stok? need like 16
$ BRG-10138 16
= BRG-10136
= BRG-10137
?not-item
""",
    r"""
name: en-328-approved-po-hash
title: Breakers, a quote, then "approved, go ahead — PO# 55012-OAK": one order keeping the PO
phone: +14155550101
customer: C002
language: en
tags: quote, accept, po

> 24 schneider 2 pole 20 amp C curve breakers pls
$ ELE-10059 24
> quote
?quote
> approved, go ahead — PO# 55012-OAK
?order
@ orders 1
@ order-po 55012-OAK
@ order-line ELE-10059 24
""",
    r"""
name: en-329-did-the-bearings-ship
title: "hey did the bearings from last week ship yet?": the ERP order in picking with its ETA, nothing read as an item
phone: +14155550101
customer: C002
language: en
tags: status

> hey did the bearings from last week ship yet?
= SO-80002
~ (?i)picking
?date 2026-11-27
?not-item
?no-order
""",
    r"""
name: en-330-ap-needs-copy-of-inv
title: The approver: "AP needs a copy of inv F-50005": that invoice with its balance and due date
phone: +14155550102
customer: C002
language: en
tags: statement, invoice

> AP needs a copy of inv F-50005, can u send it over
= F-50005
~ 8,?400\.00|8\.400,00
?date 2026-12-05
?not-item
""",
    r"""
name: en-331-ap-releasing-payment
title: "fyi AP is releasing payment for F-50005 tomorrow": a promise for tomorrow
phone: +14155550101
customer: C002
language: en
tags: promise

> fyi AP is releasing payment for F-50005 tomorrow
@ promise {date+1}
?not-item
?no-order
""",
    rf"""
name: en-332-hvac-shop-phoenix-lead
title: A guest HVAC shop asks "got 3/4 brass gate valves npt? need 10", then "ok lets do it, how do i order": list price, company, EIN and email, a lead
phone: +16025550332
customer: guest
language: en
tags: guest, lead, question

> hi there, small hvac shop here in phoenix. got 3/4" brass gate valves npt? need 10
$ VAL-10011 10
?not-item
> ok lets do it, how do i order
{GUEST_EN}
{TAX_EN}
{MAIL}
?no-order
> Desert Air Mechanical LLC, EIN 86-2233445, purchasing@desertairmech.com
@ queue
?no-order
""",
    r"""
name: en-333-scratch-that-schneider
title: "wait scratch that, make them schneider": the ABB contactors become Schneider ones, the cart has only those
phone: +14155550101
customer: C002
language: en
tags: change, cart

> need 10 ABB contactors 18A 220V coil
$ ELE-10193 10
> wait scratch that, make them schneider
$ ELE-10163 10
?not-item
> cart
= ELE-10163
!= ELE-10193
""",
    r"""
name: en-334-real-person-warranty
title: "can i get a real person pls, this is about a warranty claim": queued, no item read
phone: +17135550105
customer: C005
language: en
tags: seller

> can i get a real person pls, this is about a warranty claim
?seller
@ queue
?not-item
?no-order
""",
    r"""
name: en-335-send-20-backorder-5
title: 25 belts with 20 in Houston: the incoming date and the Bando substitute; "send the 20 you have now and backorder the other 5" makes the order
phone: +14155550101
customer: C002
language: en
tags: short-stock, backorder

> need 25 A56 gates belts asap
$ BLT-10061 25
?date 2026-12-10
= BLT-10064
> send the 20 you have now and backorder the other 5
?order
""",
    r"""
name: en-336-repeat-our-last-order
title: "can you repeat our last order?": F-40149's four lines re-priced today for C002, nothing ordered
phone: +14155550101
customer: C002
language: en
tags: reorder

> can you repeat our last order?
$ BRG-10257 50
$ ABR-10021 4
$ BRG-10032 50
$ ABR-10020 50
?no-order
""",
    r"""
name: en-337-bullets-quote
title: "morning, pls quote:" over three "• N x …" bullets: each priced (list prices, C005's abrasives discount)
phone: +17135550105
customer: C005
language: en
tags: several-items, bullets

> morning, pls quote:
| • 3 x 6205-2RSH SKF
| • 10 x flap disc 4-1/2 60 grit 3M
| • 5 x B64 gates
$ BRG-10076 3
$ ABR-10071 10
$ BLT-10285 5
?not-item
""",
    rf"""
name: en-338-happy-thanksgiving
title: "happy thanksgiving y'all 🦃 office is closed tmrw btw": no item, no options, no seller, nothing in Spanish
phone: +14155550101
customer: C002
language: en
tags: ack, chit-chat

> happy thanksgiving y'all 🦃 office is closed tmrw btw
?not-item
? no-choice
@ no-queue
?no-order
{NOT_ES}
""",
    r"""
name: en-339-best-price-how-soon
title: "whats your best price on 40 schneider 18A contactors, 24vdc coil? and how soon can u ship to houston": priced, Houston's stock
phone: +17135550105
customer: C005
language: en
tags: question, stock

> whats your best price on 40 schneider 18A contactors, 24vdc coil? and how soon can u ship to houston
$ ELE-10164 40
~ (?i)houston|\bHOU\b
?not-item
""",
    r"""
name: en-340-inch-bolts-lets-do-it
title: Two inch cap screws, the second elliptical ("and 100 ea 1/2-13 x 1-1/2"), a quote, then "lets do it": one order
phone: +17135550105
customer: C005
language: en
tags: several-items, quote, accept

> pls quote 250 ea 1/2-13 x 2 gr5 hex caps zinc and 100 ea 1/2-13 x 1-1/2
$ FAS-10195 250
$ FAS-10190 100
> quote
?quote
> lets do it
?order
@ orders 1
@ order-line FAS-10195 250
@ order-line FAS-10190 100
""",
]
