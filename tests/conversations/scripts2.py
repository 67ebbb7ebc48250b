"""A second set of buyers (es-1xx / en-1xx), written blind to the implementation: only
SPEC.md, ERP.md and the demo ERP folder (`mostrador demo-data --as-of 2026-11-25`) were
read. Same notation as scripts.py (README.md); `?date YYYY-MM-DD` is the date in any
common notation, `[tap N]` / `[tap REGEX]` taps an option of the last list picker or
quick reply, `@ order-line SKU QTY` and `@ promise DATE [AMOUNT]` read `/api/v1`.

The facts come from the contract and the demo data, not from what the bot says:

- Short stock (ERP.md "Availability"), the clock at midday Santiago on 2026-11-25, all
  warehouses before their cutoff; available = on_hand - reserved - damaged:
  BRG-10002 6200-DDU NSK: SCL 9, 38 incoming at HOU on 2026-12-13; substitutes
  BRG-10001 (5), BRG-10003 (SCL 20: covers 20), BRG-10004 (0).
  BRG-10061 6204-2RSH SKF: SCL 1, nothing incoming; BRG-10064 NTN covers 20 (SCL 22).
  BLT-10177 A114 Gates: SCL 1, 19 incoming at HOU on 2026-11-28; BLT-10178 (SCL 12)
  and BLT-10179 (SCL 17) cover 10.
- After the sale: order_status.csv — C001 SO-80001 shipped GD-55120 Chilexpress
  99120455 ETA 2026-11-26, SO-80004 delivered; C002 SO-80002 picking ETA 2026-11-27,
  SO-80005 invoiced UPS 1Z999AA10123456784 F-39990; C004 SO-80003 received; C005
  SO-80006 cancelled. Last purchase (sales_history.csv, by date): C001 F-40150
  (2026-11-23: BLT-10033 4, BLT-10101 50, BRG-10261 4, SAF-10014 10; BLT-10101 has 15
  available), C002 F-40149 (2026-11-20: ABR-10020 50, ABR-10021 4, BRG-10032 50,
  BRG-10257 50; BRG-10257 has 17 available).
- Receivables: C004 F-50008 12,800.00 due 2026-10-01 (55 days overdue), F-50009 balance
  2,100.00 due 2026-11-05 (20 days), F-50010 6,000.00 not due: 14,900.00 overdue.
  C003 F-50007 2,300.00 due 2026-10-16 (40 days), blocked "Cheques protestados en
  octubre". C002 F-50005 8,400.00 due 2026-12-05. "el viernes" on Wednesday
  2026-11-25 is 2026-11-27; "tomorrow" is 2026-11-26.
"""

SCRIPTS = [
    # ------------------------------------------------------------------ short stock
    """
name: es-101-stock-corto-parcial-y-resto
title: Short stock: 9 of 20 now, the rest back-ordered with its ETA once the buyer chooses it
phone: +56912345001
customer: C001
language: es
tags: short-stock, back-order

> necesito 20 rodamientos 6200-DDU NSK
$ BRG-10002 20
~ (?<![\\d.,])9(?![\\d]|[.,]\\d)
?date 2026-12-13
= BRG-10003
> pedido
?no-order
> mándame los 9 que hay y el resto cuando llegue
?order
~ (?<![\\d.,])11(?![\\d]|[.,]\\d)
?date 2026-12-13
@ order-line BRG-10002 9
""",
    # Session 15: issue #14 item 12 read as one step (the order's message is the one
    # confirmation); the facts kept, the order now at the step that asked, the next step
    # (the old 'yes') repeating it with no second order.
    """
name: en-102-short-stock-substitute
title: Short stock: the buyer takes the substitute that covers the quantity, at its price; "order" places it, "confirm" after it is no second order
phone: +14155550101
customer: C002
language: en
tags: short-stock, substitute

> 20 bearings 6204-2RSH SKF
= BRG-10061
~ (?<![\\d.,])1(?![\\d]|[.,]\\d)
= BRG-10064
~ 10[.,]50
> ok send the NTN ones instead
$ BRG-10064 20
> order
?order
~ 210[.,]00
@ orders 1
@ order-line BRG-10064 20
> confirm
?order
@ orders 1
@ order-line BRG-10064 20
""",
    """
name: es-103-stock-corto-pide-vendedor
title: Short stock, the buyer wants a seller: queued, no order
phone: +56912345001
customer: C001
language: es
tags: short-stock, seller

> 10 correas A114 gates
$ BLT-10177 10
?date 2026-11-28
~ BLT-1017[89]
> pedido
?no-order
> prefiero que me llame un vendedor
?seller
?no-order
@ queue
""",
    """
name: en-104-short-stock-ship-and-backorder
title: Short stock in English: ship the one in stock, back-order 9 for Nov 28
phone: +14155550101
customer: C002
language: en
tags: short-stock, back-order

> need 10 A114 Gates belts
$ BLT-10177 10
?date 2026-11-28
> order
?no-order
> ship the one you have and backorder the rest
?order
~ (?<![\\d.,])9(?![\\d]|[.,]\\d)
?date 2026-11-28
?en
""",
    """
name: es-105-stock-corto-quita-y-pide
title: One short line among two: the cart is kept, the short line removed, the rest ordered
phone: +56912345001
customer: C001
language: es
tags: short-stock, cart, edit

> 6 correas A42 gates
| 20 rodamientos 6204-2RSH SKF
$ BLT-10033 6
= BRG-10061
> pedido
?no-order
> carrito
= BLT-10033
= BRG-10061
> quita los rodamientos
!= BRG-10061
$ BLT-10033 6
> pedido
~ 38[.,]10
> confirmo
?order
@ orders 1
@ order-line BLT-10033 6
""",
    # ------------------------------------------------------------ corrections mid-cart
    """
name: es-106-no-eran-300
title: "no, eran 300" corrects the quantity; it is not added to it
phone: +56912345001
customer: C001
language: es
tags: cart, correction, margin

> 30 pernos M8x40 zincados din 933
$ FAS-10022 30
> no, eran 300
$ FAS-10022 300
!~ (?<![\\d.,])330(?![\\d])
?not-item
> carrito
$ FAS-10022 300
!~ (?s)FAS-10022.*FAS-10022
""",
    """
name: en-107-make-that-12
title: "sorry make that 12" corrects the last line's quantity
phone: +14155550101
customer: C002
language: en
tags: cart, correction

> 10 A42 Gates belts
$ BLT-10033 10
> sorry make that 12
$ BLT-10033 12
!~ (?<![\\d.,])22(?![\\d])
?not-item
""",
    """
name: es-108-quita-el-segundo
title: "quita el segundo" removes the second line; the total is the other two
phone: +56912345001
customer: C001
language: es
tags: cart, edit, total

> 6 correas A42 gates
| 3 valvulas bola bronce 1/2 npt
| 20 rodamientos 6205-2RSH SKF
$ BLT-10033 6
$ VAL-10001 3
$ BRG-10076 20
> quita el segundo
!= VAL-10001
= BLT-10033
= BRG-10076
~ 250[.,]50
?not-item
""",
    """
name: en-109-change-the-bolts
title: "change the bolts to 500" names the line by its item, not its number
phone: +17135550105
customer: C005
language: en
tags: cart, correction

> 200 hex bolts M8x40 zinc DIN 933
| 10 kg E7018 1/8 Lincoln
$ FAS-10022 200
$ WLD-10005 10
> change the bolts to 500
$ FAS-10022 500
= WLD-10005
?not-item
""",
    """
name: es-110-agrega-mas-a-los-pernos
title: "agrégale 10 más a los pernos" adds to the line that is there
phone: +56912345001
customer: C001
language: es
tags: cart, merge

> 20 pernos M8x40 zincados din 933
$ FAS-10022 20
> agrégale 10 más a los pernos
$ FAS-10022 30
!~ (?s)FAS-10022.*FAS-10022
?not-item
""",
    # ------------------------------------------------------- several items, odd shapes
    """
name: es-111-items-con-comas
title: Three items on one line separated by commas
phone: +56912345001
customer: C001
language: es
tags: items, multi

> 20 pernos M8x40 zincados din 933, 6 correas A42 gates, 3 valvulas bola bronce 1/2 npt
$ FAS-10022 20
$ BLT-10033 6
$ VAL-10001 3
?not-item
""",
    """
name: en-112-qty-after-code
title: Our codes with the quantity after them in three shapes (qty:, - N pcs, (N units))
phone: +14155550101
customer: C002
language: en
tags: items, code, quantity

> BRG-10076 qty: 10
| BLT-10033 - 6 pcs
| VAL-10001 (3 units)
$ BRG-10076 10
$ BLT-10033 6
$ VAL-10001 3
""",
    """
name: es-113-tabla-pegada
title: A table pasted from a spreadsheet: header row, quantity column, pipes
phone: +56912345001
customer: C001
language: es
tags: items, multi, table

> Cant | Descripción
| 10 | rodamiento 6205-2RSH SKF
| 6 | correa A42 gates
| 3 | valvula bola bronce 1/2 npt
$ BRG-10076 10
$ BLT-10033 6
$ VAL-10001 3
""",
    """
name: en-114-semicolons-x-before
title: Items separated by semicolons, "x10" before the item
phone: +17135550105
customer: C005
language: en
tags: items, multi, quantity

> x10 6205 open SKF bearings; x6 A42 Gates belts; 5 kg E7018 1/8 Lincoln
$ BRG-10086 10
$ BLT-10033 6
$ WLD-10005 5
?not-item
""",
    """
name: es-115-cantidad-al-final-con-unidad
title: Quantity with its unit at the end (3 unid., 200 mts, 6 un)
phone: +56912345001
customer: C001
language: es
tags: items, quantity

> valvula bola bronce 1/2 npt 3 unid.
| cable thhn 12 awg negro 200 mts
| correa A42 gates 6 un
$ VAL-10001 3
$ ELE-10001 200
$ BLT-10033 6
""",
    # -------------------------------------------------------------- after the sale
    """
name: es-116-estado-pedidos-erp
title: estado lists the customer's ERP orders with status, document, carrier, tracking, ETA
phone: +56912345001
customer: C001
language: es
tags: status, erp

> estado
= SO-80001
= GD-55120
= Chilexpress
= 99120455
?date 2026-11-26
= SO-80004
!= SO-80002
!= SO-80003
?not-item
""",
    """
name: en-117-where-is-my-order
title: "where's my order?" lists the ERP orders of this customer only
phone: +14155550101
customer: C002
language: en
tags: status, erp

> hi, where's my order?
= SO-80002
~ (?i)pick
?date 2026-11-27
= SO-80005
= 1Z999AA10123456784
!= SO-80001
?not-item
?en
""",
    """
name: es-118-estado-de-un-pedido-erp
title: "estado SO-…" of one ERP order names its carrier and tracking link, not the others
phone: +56912345001
customer: C001
language: es
tags: status, erp

> estado SO-80001
= Chilexpress
= https://tracking.example/chilexpress/99120455
?date 2026-11-26
!= SO-80004
?not-item
""",
    """
name: es-119-repetir-ultimo-pedido
title: repetir último pedido: the cart from the last invoice in sales_history, re-priced today
phone: +56912345001
customer: C001
language: es
tags: reorder, margin

> repetir último pedido
$ BLT-10033 4
$ BLT-10101 50
$ BRG-10261 4
$ SAF-10014 10
?no-order
?not-item
""",
    """
name: en-120-same-as-last-time
title: "same as last time" rebuilds the cart from the last invoice, short line said
phone: +14155550101
customer: C002
language: en
tags: reorder

> same as last time please
$ ABR-10020 50
$ ABR-10021 4
$ BRG-10032 50
$ BRG-10257 50
~ (?<![\\d.,])17(?![\\d]|[.,]\\d)
?no-order
?not-item
""",
    """
name: es-121-estado-de-cuenta-dias-y-saldo
title: estado de cuenta: each open invoice with its balance and days overdue, and the overdue total
phone: +51987654004
customer: C004
language: es
tags: account, hold

> me manda el estado de cuenta porfa
= F-50008
~ (?<![\\d.,])({days-since 2026-10-01})(?![\\d]|[.,]\\d)
= F-50009
~ 2[.,]?100[.,]00
~ (?<![\\d.,])({days-since 2026-11-05})(?![\\d]|[.,]\\d)
= F-50010
~ 14[.,]?900
?not-item
?es
""",
    """
name: es-122-pago-el-viernes
title: "pago el viernes" is kept as a promise to pay on the coming Friday
phone: +51987654004
customer: C004
language: es
tags: account, promise

> estado de cuenta
= F-50008
> ok, pago el viernes
?not-item
~ {friday}
@ promise {friday}
""",
    """
name: en-123-transfer-tomorrow
title: "we'll transfer 8,400 tomorrow" is a promise with date and amount
phone: +14155550101
customer: C002
language: en
tags: account, promise

> we'll transfer the 8,400 tomorrow for F-50005
?not-item
~ {date+1}
@ promise {date+1} 8400.00
""",
    """
name: es-124-donde-esta-mi-pedido
title: ¿dónde está mi pedido? answers with the ERP order just received
phone: +51987654004
customer: C004
language: es
tags: status, erp

> buenas, ¿dónde está mi pedido?
= SO-80003
~ (?i)recib
!= SO-80001
?not-item
?es
""",
    """
name: en-125-status-cancelled
title: status shows a cancelled ERP order as cancelled
phone: +17135550105
customer: C005
language: en
tags: status, erp

> status
= SO-80006
~ (?i)cancel
?not-item
""",
    # ------------------------------------------------- PO and delivery at order time
    # Session 15: issue #14 item 12 read as one step (the order's message is the one
    # confirmation); the facts kept, the order now at the step that asked, the next step
    # (the old 'yes') repeating it with no second order.
    """
name: es-126-oc-y-entrega-con-pedido
title: The PO and a delivery note given with "pedido": the order with the total, PO kept; "confirmo" after it is no second order
phone: +56912345001
customer: C001
language: es
tags: order, po, confirm

> 6 correas A42 gates
$ BLT-10033 6
> pedido, OC 4500-7788, entregar en faena Los Bronces
~ 38[.,]10
?order
@ orders 1
@ order-po 4500-7788
?not-item
> confirmo
?order
@ orders 1
@ order-po 4500-7788
""",
    # Session 15: issue #14 item 12 read as one step (the order's message is the one
    # confirmation); the facts kept, the order now at the step that asked, the next step
    # (the old 'yes') repeating it with no second order.
    """
name: en-127-po-with-the-yes
title: The PO number comes with a "yes" after the order: it goes on that order, no second one
phone: +17135550105
customer: C005
language: en
tags: order, po, confirm

> 10 kg E7018 1/8 Lincoln
$ WLD-10005 10
> order
~ 49[.,]70
?order
@ orders 1
> yes, PO NW-2291
~ NW-2291
~ O-\\d{4}-\\d{5}
@ orders 1
@ order-po NW-2291
""",
    # ---------------------------------------------------------- acks mid-flow
    """
name: es-128-gracias-no-es-aceptar
title: "ok" and "gracias!" between a quote and "acepto" are not acceptances nor items
phone: +56912345001
customer: C001
language: es
tags: ack, quote, accept

> 6 correas A42 gates
$ BLT-10033 6
> ok
?not-item
?no-order
> cotizar
?quote
> gracias!
?not-item
?no-order
> acepto
?order
@ orders 1
""",
    """
name: en-129-hi-while-choosing
title: A greeting and thanks while a choice is open keep the choice; "2" then picks
phone: +14155550101
customer: C002
language: en
tags: ack, choice, pending

> 4 ball valves 1/2"
? choice 2
> hi
?not-item
> thanks
?not-item
> 2
~ VAL-10(001|100|265|364|463)
?not-item
""",
    # ------------------------------------------------------------------ language
    """
name: en-130-switches-to-spanish-mid-cart
title: An English buyer continues in Spanish; the cart and replies follow in Spanish
phone: +14155550101
customer: C002
language: es
tags: language, cart

> 6 A42 Gates belts
$ BLT-10033 6
?en
> también necesito 20 pernos M8x40 zincados din 933 por favor
$ FAS-10022 20
?es
> carrito
= BLT-10033
= FAS-10022
?es
""",
    """
name: es-131-ingles-y-cotiza
title: A Spanish customer asks and quotes in English: answered in English throughout
phone: +51987654004
customer: C004
language: en
tags: language, quote

> hi, I need 6 breakers 3P 16A C curve Schneider
$ ELE-10067 6
?en
> quote please
?quote
?en
""",
    # ------------------------------------------------------------------ guests
    """
name: en-132-guest-becomes-lead
title: An English guest orders: asked for company, tax id and email; queued as a lead, no order
phone: +12025550177
customer: guest
language: en
tags: guest, order, lead

> need 6 A42 Gates belts
$ BLT-10033 6
~ (?i)compan|who
> order
~ (?i)tax|EIN
~ (?i)e-?mail
?no-order
> Acme Pumps Inc, EIN 12-3456789, purchasing@acmepumps.example
?not-item
@ queue
@ orders 0
""",
    """
name: es-133-invitado-cotiza-lista
title: A guest gets a quote at list price, never a customer's contract price
phone: +56922223333
customer: guest
language: es
tags: guest, quote

> hola, me cotiza esto porfa
| 50 pernos M8x40 zincados din 933
| 6 correas A42 gates
$ FAS-10022 50
$ BLT-10033 6
!= 6.35
> cotizar
?quote
~ 55[.,]84
""",
    # ------------------------------------------------------------------ credit
    """
name: es-134-bloqueado-pide-cuenta-y-pedido
title: A blocked workshop asks its statement (40 days overdue), then orders: approval, not confirmed
phone: +56987654003
customer: C003
language: es
tags: credit, blocked, account

> estado de cuenta
= F-50007
~ 2[.,]?300
~ (?<![\\d.,])({days-since 2026-10-16})(?![\\d]|[.,]\\d)
?not-item
> 10 correas A42 gates
$ BLT-10033 10
= Cheques protestados
> pedido
> confirmo
?approval
@ queue
""",
    # ------------------------------------------------------------------ waiting
    """
name: es-135-espera-items-silencio
title: While waiting for a seller: one acknowledgement, items get no reply, menu answers
phone: +56912345001
customer: C001
language: es
tags: seller, waiting

> quiero hablar con un vendedor
?seller
@ queue
> hola?
? reply
> necesito 10 rodamientos 6205-2RSH SKF
? no-reply
> menu
? reply
?es
""",
    """
name: en-136-waiting-status-erp
title: While waiting for a person, status still lists the ERP orders
phone: +14155550101
customer: C002
language: en
tags: seller, waiting, status

> can I talk to a human please
?seller
@ queue
> status
= SO-80002
?not-item
@ queue
""",
    # ------------------------------------------------------------------ taps
    """
name: es-137-toca-y-escribe
title: A tapped list option, then a typed number, each picks its option
phone: +56912345001
customer: C001
language: es
tags: choice, tap

> 10 valvulas de bola 1/2
? choice 2
> [tap 2]
~ VAL-10(001|100|265|364|463)
?not-item
> 4 valvulas de bola 3/4
? choice 2
> 1
?not-item
> carrito
~ (?s)VAL-\\d{5}.*VAL-\\d{5}
""",
    """
name: en-138-tap-accept
title: The quote's Accept quick reply, tapped, makes the order
phone: +14155550101
customer: C002
language: en
tags: quote, tap, accept

> 6 A42 Gates belts
$ BLT-10033 6
> quote
?quote
> [tap (?i)accept]
?order
@ orders 1
""",
    # ------------------------------------------------------------------ more shapes
    """
name: es-139-en-que-va-mi-pedido
title: "en qué va el pedido SO-…" asks the status of that ERP order in the buyer's words
phone: +56912345001
customer: C001
language: es
tags: status, erp

> hola, en qué va el pedido SO-80004?
= SO-80004
~ (?i)entregad
!= SO-80001
?not-item
""",
    """
name: es-140-hola-cotizar-dos-items-con-y
title: Greeting, verb and two items joined by "y" in one sentence: both priced
phone: +56912345001
customer: C001
language: es
tags: items, multi, greeting

> hola, cotizar 50 pernos M8x40 zincados din 933 y 6 correas A42 gates
$ FAS-10022 50
$ BLT-10033 6
?not-item
""",
    """
name: es-141-toca-pedir-lo-disponible
title: Short stock: the buyer taps "order what is available"; 9 ordered at the 9-unit price, 11 left in the cart
phone: +56912345001
customer: C001
language: es
tags: short-stock, back-order, tap

> 20 rodamientos 6200-DDU NSK
$ BRG-10002 20
> pedido
?no-order
> [tap (?i)disponible]
?order
~ 72[.,]99
@ orders 1
@ order-line BRG-10002 9
> carrito
= BRG-10002
~ (?<![\\d.,])11(?![\\d]|[.,]\\d)
""",
    """
name: en-142-tap-talk-to-a-seller
title: The quote's "Talk to a seller" quick reply, tapped, queues the chat; no order
phone: +14155550101
customer: C002
language: en
tags: quote, tap, seller

> 10 bearings 6205-2RSH SKF
$ BRG-10076 10
> quote
?quote
> [tap (?i)seller]
?seller
?no-order
@ queue
""",
    """
name: es-143-retenido-pedido-a-aprobacion
title: A customer on hold orders: it waits for approval, the buyer is told why and the total
phone: +51987654004
customer: C004
language: es
tags: credit, hold, order

> 6 termomagnéticos 3P 16A curva C schneider
$ ELE-10067 6
= F-50008
> pedido
?approval
~ (?i)vencid|atrasad|mora|F-50008
~ 166[.,]92
@ queue
> confirmo
? reply
~ (?i)pedido espera
!~ (?i)cotizaci[oó]n espera
@ queue
""",
    # ------------------------------------------------------------------ second batch
    """
name: en-144-the-usual
title: "the usual" rebuilds the cart from the last invoice (April), re-priced today
phone: +17135550105
customer: C005
language: en
tags: reorder

> the usual please
$ ABR-10077 50
$ FAS-10096 10
$ FAS-10148 50
$ WLD-10005 2
?no-order
?not-item
""",
    # Session 15: issue #14 item 12 read as one step (the order's message is the one
    # confirmation); the facts kept, the order now at the step that asked, the next step
    # (the old 'yes') repeating it with no second order.
    """
name: es-146-toca-cambiar-por-sustituto
title: Short stock: the buyer taps the substitute; the order is for 20 of it at this customer's price, placed with the tap; "sí" after it is no second order
phone: +56912345001
customer: C001
language: es
tags: short-stock, substitute, tap

> 20 rodamientos 6204-2RSH SKF
= BRG-10061
> pedido
?no-order
> [tap (?i)cambiar|sustitu|alternativ]
~ 191[.,]60
?order
@ orders 1
@ order-line BRG-10064 20
> sí
?order
@ orders 1
@ order-line BRG-10064 20
""",
    """
name: en-147-status-of-this-order
title: "status O-…" after an order shows that order, not the ERP's others
phone: +14155550101
customer: C002
language: en
tags: status, order

> 6 A42 Gates belts
$ BLT-10033 6
> quote
?quote
> accept
?order
> status {order}
= {order}
!= SO-80002
?not-item
""",
    """
name: es-150-pago-el-viernes-con-monto
title: "el viernes les pago 5.000": a promise with the amount as a Chilean writes it
phone: +56912345001
customer: C001
language: es
tags: account, promise, thousands

> el viernes les pago 5.000
?not-item
~ 5[.,]000
~ {friday}
@ promise {friday} 5000.00
""",
    """
name: en-151-pay-on-a-date-with-cents
title: "we'll pay $1,250.50 on Dec 3": a promise with date and amount in cents
phone: +14155550101
customer: C002
language: en
tags: account, promise

> we'll pay $1,250.50 on Dec 3
?not-item
?date 2026-12-03
~ 1,?250\\.50
@ promise 2026-12-03 1250.50
""",
]
