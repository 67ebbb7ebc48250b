r"""A fifteenth set of buyers (es-1501..es-1520 / en-1501..en-1520, 20 per language), written
blind to the implementation by h2 in session 17: only SPEC.md (conversation, after the sale,
what real buyers write), ERP.md (price, availability, credit, approvals), the corpus notation
(README.md), build.py / erp_rules.py, the format of scripts14.py and the demo ERP folder
(`mostrador demo-data --as-of 2026-11-25`) were read; not bot/, flows/, channels/, templates/,
workers/ or bench/. Played once on main by its author; scripts were not changed after seeing the
results (the played runner's DISAGREE list names the first missed fact).

What it leans on: buyers who send several short messages in a row before the bot answers
(`hola` / `necesito` / `20 rodamientos …` / `y 10 …`), orders changed after they are placed
(a line added, a line cancelled, another warehouse: a seller's, still one order), a quote asked
in one language and accepted in the other, prices challenged with a competitor's number beyond
MAX_DISCOUNT_PCT (a seller), partial acceptance (`solo las líneas 1 y 3`), a delivery split
between warehouses, `lo mismo que mi último pedido pero el doble`, credit asked mid-cart,
guests who give company and tax id in one message (a lead), short stock with substitutes and
back-orders with ETA, blocked and on-hold customers, invoices and orders asked about; voices
from Chile, Mexico, Peru, Argentina, Colombia, Venezuela, Spain, the US, the UK, India and
Nigeria.

Facts used (demo data, never the bot's answers):

- Prices: ERP.md's rule (erp_rules.py; build.py fills them in); guests see list prices.
  C001's BRG-10078 (6205-2RSR FAG) is 11.00: `8 dólares` is 27 % off; C005's FAS-10017 (M10x30
  DIN 933) at 2,000 is 0.15: `10 cents` is 33 % off; a guest's FAS-10022 is 0.14: `0,09` is
  36 % off; each beyond MAX_DISCOUNT_PCT (15): a seller's.
- Availability = on_hand - reserved - damaged per warehouse. BRG-10286 (6306-2RSH SKF): SCL 11,
  LIM 29 (30 fits in neither: 11 + 19). BRG-10088 (6205 FAG open): SCL 32, LIM 55, HOU 37 (60
  fits in none: 37 + 23). FAS-10017: SCL 263 (+1,968 incoming 2026-12-20), LIM 531, HOU 1,280:
  2,000 fits in none. ELE-10008 (THHN 14 white): HOU 144, 242 incoming 2026-12-09. BRG-10081
  (6205-2Z SKF): SCL 3, HOU 7; its substitute BRG-10083 (FAG 2ZR) has 21 in SCL, 41 in HOU.
- Credit: available = credit_limit - Σ receivable balances (no open Mostrador orders at the
  start): C001 250,000 - 41,005 = 208,995.00; C002 60,000 - 9,650 = 50,350.00 (F-50006 1,250.00
  disputed). C003 blocked ("Cheques protestados en octubre", F-50007 2,300.00); C004 on hold
  (F-50008 12,800.00 due 2026-10-01; F-50009 balance 2,100.00).
- Last purchases (sales_history.csv): C001 F-40150 (2026-11-23) BLT-10033 x4, SAF-10014 x10,
  BLT-10101 x50, BRG-10261 x4; C002 F-40149 (2026-11-20) ABR-10020 x50, ABR-10021 x4, BRG-10032
  x50, BRG-10257 x50. Doubled: 8/20/100/8 and 100/8/100/100 (C001's 20 SAF-10014 sit under
  the margin floor: priced all the same, an order of them would need approval).
- After the sale (order_status.csv): SO-80002 C002 picking (ETA 2026-11-27); SO-80003 C004
  received; SO-80004 C001 delivered (GD-55007); SO-80005 C002 invoiced F-39990.
- An order already placed is changed (a line added or cancelled, another warehouse) by a
  seller (SPEC: the console cancels an order not yet in the ERP); the bot never makes a second
  order of it.
"""

from tests.conversations.scripts12 import (
    BLOCK_ES,
    GUEST_EN,
    GUEST_ES,
    HOLD_ES,
    LEAD_EN,
    LEAD_ES,
)

SCRIPTS = [
    # ------------------------------------------------------------------ Spanish
    r"""
name: es-1501-jorge-rafaga-hola-necesito-rodamientos
title: C001 writes four short messages in a row (`hola` / `necesito` / `20 rodamientos 6204 zz skf` / `y 10 6205 2rs nsk`): both lines priced, then a quote
phone: +56912345001
customer: C001
language: es
tags: burst, several-messages, quote

> hola
> necesito
?not-item
> 20 rodamientos 6204 zz skf
$ BRG-10066 20
> y 10 6205 2rs nsk
$ BRG-10077 10
?no-order
> cotiza eso
?quote
?es
""",
    r"""
name: es-1502-carla-agrega-linea-al-pedido
title: C001's approver orders 10 B54 Gates belts, then asks to add 6 B60 to that order: a seller's, still one order
phone: +56912345002
customer: C001
language: es
tags: order, change-after-order, seller

> hola, 10 correas b54 gates
$ BLT-10265 10
> pedido
?order
@ orders 1
> oye agrégale 6 correas b60 gates a ese mismo pedido {order}
?seller
@ orders 1
""",
    r"""
name: es-1503-jorge-cambia-bodega-del-pedido
title: C001 orders 10 brass 1/2 NPT ball valves, then asks it to ship from Lima instead of Santiago: a seller's, still one order
phone: +56912345001
customer: C001
language: es
tags: order, change-after-order, warehouse, seller

> 10 válvulas de bola bronce 1/2 npt
$ VAL-10001 10
> dale, pedido
?order
@ orders 1
> oye perdón, ese pedido mejor despáchenlo desde la bodega de Lima, no de Santiago
?seller
@ orders 1
""",
    r"""
name: es-1504-jorge-cancela-una-linea-del-pedido
title: C001 orders belts and bolts, then cancels the bolts line of {order}: a seller's, still one order
phone: +56912345001
customer: C001
language: es
tags: order, change-after-order, cancel-line, seller

> necesito 4 correas a42 gates y 200 pernos m10x30 din 933 zincados
$ BLT-10033 4
$ FAS-10017 200
> confirmar pedido
?order
@ orders 1
> del pedido {order} cancela la línea de los pernos porfa, las correas sí
?seller
@ orders 1
""",
    r"""
name: es-1505-carla-cotiza-en-espanol-acepta-en-ingles
title: C001's approver asks a quote in Spanish, then accepts it in English with a PO: the order at the quoted prices, the PO kept, replies now in English
phone: +56912345002
customer: C001
language: en
tags: quote, accept, language, po

> hola, me cotizas 6 válvulas de bola bronce 1/2 npt y 200 pernos m10x30 din 933 zincados?
$ VAL-10001 6
$ FAS-10017 200
> cotizar
?quote
?no-order
> Hi, our plant manager is reading this thread. We accept quote {quote}, please go ahead, PO 4500-6001. Thank you
?order
@ order-po 4500-6001
@ orders 1
?en
""",
    r"""
name: es-1506-jorge-la-competencia-a-8-dolares
title: C001 asks 20 FAG 6205 2RS (11.00), then says the competition sells them at 8 dollars: 27 % off is beyond what the bot may give, a seller
phone: +56912345001
customer: C001
language: es
tags: price-challenge, discount, seller

> precio de 20 rodamientos 6205 2rs fag
$ BRG-10078 20
> uff caro, en la competencia me los dejan a 8 dólares cada uno. me lo igualas a 8?
?seller
@ queue
?no-order
""",
    r"""
name: es-1507-carla-solo-lineas-1-y-3
title: C001's approver quotes three lines and approves only lines 1 and 3: one order of the belts and the bolts
phone: +56912345002
customer: C001
language: es
tags: quote, partial-accept, order

> cotízame por favor:
| 1) 10 correas b54 gates
| 2) 6 válvulas de bola bronce 1/2 npt
| 3) 200 pernos m10x30 din 933 zincados
$ BLT-10265 10
$ VAL-10001 6
$ FAS-10017 200
> cotizar
?quote
> gerencia aprobó solo las líneas 1 y 3 de la {quote}, la 2 no. procedan
?order
@ order-line BLT-10265 10
@ order-line FAS-10017 200
@ orders 1
""",
    r"""
name: es-1508-jorge-despacho-partido-santiago-y-lima
title: C001 asks 30 SKF 6306 2RS (11 in Santiago, 29 in Lima, none covers 30); asks 11 from Santiago and 19 from Lima, then `pedido`: one order, two lines
phone: +56912345001
customer: C001
language: es
tags: short-stock, split-delivery, order

> necesito 30 rodamientos 6306 2rs skf
= BRG-10286
~ (?<![\d.,])11(?![\d.,])
~ (?<![\d.,])29(?![\d.,])
?no-order
> ok mándame los 11 de Santiago y los otros 19 desde Lima
?no-order
> pedido
?order
@ order-line BRG-10286 11
@ order-line BRG-10286 19
@ orders 1
""",
    r"""
name: es-1509-jorge-cuanto-credito-me-queda
title: C001 asks bolts, then mid-cart how much credit is left (208,995.00), then adds belts: the cart keeps both lines
phone: +56912345001
customer: C001
language: es
tags: credit, mid-cart, cart

> 200 pernos m10x30 din 933 zincados
$ FAS-10017 200
> oye antes de seguir, ¿cuánto crédito me queda disponible?
~ (?<![\d])208[.,]?995
> ya, agrega 4 correas a42 gates
$ BLT-10033 4
> carrito
$ FAS-10017 200
$ BLT-10033 4
?no-order
""",
    r"""
name: es-1510-jorge-lo-mismo-pero-el-doble
title: C001 asks `lo mismo de mi último pedido pero el doble`: F-40150's four lines doubled, re-priced today
phone: +56912345001
customer: C001
language: es
tags: reorder, double, margin

> hola, lo mismo de mi último pedido pero el doble de todo
$ BLT-10033 8
$ SAF-10014 20
$ BLT-10101 100
$ BRG-10261 8
?no-order
""",
    r"""
name: es-1511-ve-invitado-empresa-y-rif-en-un-mensaje
title: A Venezuelan guest gives company and RIF with the item in one message, then `pedido`: list price; asked the email (company and tax id already said), then a lead
phone: +584121234567
customer: guest
language: es
tags: guest, ve, lead

> buenas, les escribe Inversiones Orinoco C.A., RIF J-40123456-7. Necesitamos 8 rodamientos 6306 2rs skf, qué precio tienen?
$ BRG-10286 8
> perfecto, háganos el pedido
LEAD_ES
?no-order
> compras@inv-orinoco.com.ve
@ queue
?no-order
""",
    r"""
name: es-1512-mx-invitado-rafaga-baleros
title: A Mexican guest sends `qué onda` / `oigan` / `ocupo 12 baleros 6204 zz koyo` / `y 6 del 6205 zz koyo`: list prices, who he buys for
phone: +525512345678
customer: guest
language: es
tags: guest, mx, burst

> qué onda
> oigan
> ocupo 12 baleros 6204 zz koyo
$ BRG-10070 12
> y 6 del 6205 zz koyo
$ BRG-10085 6
GUEST_ES
?no-order
""",
    r"""
name: es-1513-pe-ana-retenida-rafaga-y-pedido
title: C004 (on hold) writes `buenos días` / `para la obra` / discs / contactors in separate messages: told of the overdue invoice; both priced; `pedido` goes to approval
phone: +51987654004
customer: C004
language: es
tags: credit, hold, burst, approval

> buenos días
> para la obra de San Borja
> 40 discos de corte 4 1/2 norton 1.6 para metal
$ ABR-10004 40
HOLD_ES
> y 10 contactores abb 40a bobina 220v
$ ELE-10202 10
> pedido
?approval
""",
    r"""
name: es-1514-pe-ana-so-80003-y-f-50009
title: C004 asks how SO-80003 goes (received) and how much is left on F-50009 (2,100.00)
phone: +51987654004
customer: C004
language: es
tags: status, invoice

> hola, en qué va la SO-80003?
= SO-80003
~ (?i)recib|ingres|registr
?no-order
> y de la factura F-50009 cuánto nos falta pagar?
= F-50009
~ (?<![\d.,])2[.,]?100
""",
    r"""
name: es-1515-raul-bloqueado-cuanto-credito
title: C003 (blocked) asks how much credit he has: blocked, the reason and F-50007; rod still priced; `pedido` goes to approval
phone: +56987654003
customer: C003
language: es
tags: credit, blocked, approval

> oiga cuánto crédito me queda?
BLOCK_ES
= F-50007
> ya, igual necesito 10 kilos de electrodo 6011 1/8 indura
$ WLD-10033 10
> pedido
?approval
?no-order
""",
    r"""
name: es-1516-ar-invitado-bulones-a-0-09
title: An Argentine guest asks 500 M8x40 bolts (0.14), then `en otro lado me los dejan a 0,09, me hacés precio?`: 36 % off, a seller
phone: +5491156781234
customer: guest
language: es
tags: guest, ar, price-challenge, seller

> hola che, 500 bulones m8x40 zincados din 933
$ FAS-10022 500
> en otro lado me los dejan a 0,09 cada uno, me hacés precio?
?seller
@ queue
?no-order
""",
    r"""
name: es-1517-co-invitado-rafaga-me-regala
title: A Colombian guest writes `buenas tardes` / `me regala precio` / valves / `y 100 pernos m10x30 …`: both lines at list price
phone: +573109876543
customer: guest
language: es
tags: guest, co, burst

> buenas tardes
> me regala precio
> de 6 válvulas de bola en bronce de 1 1/4 npt
$ VAL-10046 6
> y 100 pernos m10x30 zincados din 933
$ FAS-10017 100
?no-order
""",
    r"""
name: es-1518-es-presupuesto-se-quedan-con-las-a42
title: A guest from Spain asks a `presupuesto` for A42 and B60 Gates belts, then keeps only the A42 and asks how to order: company, tax id and email asked
phone: +34698765432
customer: guest
language: es
tags: guest, es, quote, partial-accept, lead

> Buenas, ¿me pasáis presupuesto de 4 correas A42 Gates y 2 correas B60 Gates?
$ BLT-10033 4
$ BLT-10277 2
> vale, pasadme el presupuesto
?quote
?no-order
> Nos quedamos solo con las A42. ¿Cómo hacemos el pedido?
LEAD_ES
?no-order
""",
    r"""
name: es-1519-jorge-llego-so-80004-y-diez-mas
title: C001 asks whether SO-80004 arrived (delivered, GD-55007) and wants 10 more SKF 6306 2RS in the same message
phone: +56912345001
customer: C001
language: es
tags: status, several-asks

> wena, llegó lo de la SO-80004? y necesito 10 rodamientos 6306 2rs skf más
= SO-80004
~ (?i)entregad|deliver
$ BRG-10286 10
?no-order
""",
    r"""
name: es-1520-jorge-2000-pernos-y-resto-en-back-order
title: C001 asks 2,000 M10x30 bolts (no warehouse covers them; 1,968 arrive in Santiago 20 Dec): ETA said; `despacha lo que hay en Santiago y el resto cuando llegue` makes one order
phone: +56912345001
customer: C001
language: es
tags: short-stock, backorder, eta, order

> necesito 2000 pernos m10x30 din 933 zincados
$ FAS-10017 2000
?date 2026-12-20
?no-order
> ok despacha lo que hay en Santiago ahora y el resto cuando llegue
?order
@ orders 1
""",
    # ------------------------------------------------------------------ English
    r"""
name: en-1501-sarah-burst-hi-need-bearings
title: C002 writes `hi` / `need some stuff` / `40 6204 zz koyo` / `and 20 6205 2rs nsk` in a row: both lines priced, then a quote
phone: +14155550101
customer: C002
language: en
tags: burst, several-messages, quote

> hi
> need some stuff
?not-item
> 40 6204 zz koyo
$ BRG-10070 40
> and 20 6205 2rs nsk
$ BRG-10077 20
?no-order
> quote pls
?quote
?en
""",
    r"""
name: en-1502-dave-add-to-that-order
title: C005 orders 200 M8x40 bolts, then asks to add 100 M10x30 to that order: a seller's, still one order
phone: +17135550105
customer: C005
language: en
tags: order, change-after-order, seller

> 200 m8x40 hex bolts zinc din 933
$ FAS-10022 200
> order it
?order
@ orders 1
> oh and add 100 m10x30 hex bolts to that same order {order}
?seller
@ orders 1
""",
    r"""
name: en-1503-sarah-ship-from-lima-instead
title: C002 orders 20 NSK 6205 2RS, then asks to ship that order from Lima instead of Houston: a seller's, still one order
phone: +14155550101
customer: C002
language: en
tags: order, change-after-order, warehouse, seller

> 20 6205 2rs nsk bearings
$ BRG-10077 20
> go ahead and order
?order
@ orders 1
> actually can you ship {order} out of Lima instead of Houston?
?seller
@ orders 1
""",
    r"""
name: en-1504-tom-cancel-the-valves-line
title: C002's approver orders valves and bearings, then cancels the valves line of {order}: a seller's, still one order
phone: +14155550102
customer: C002
language: en
tags: order, change-after-order, cancel-line, seller

> need 10 1/2" brass gate valves npt and 10 6205 2rs nsk bearings
$ VAL-10002 10
$ BRG-10077 10
> order
?order
@ orders 1
> please cancel the gate valves line on {order}, keep the bearings
?seller
@ orders 1
""",
    r"""
name: en-1505-sarah-quote-english-accept-spanish
title: C002 gets a quote in English; their Spanish-speaking buyer accepts it in Spanish with a PO: the order with the PO, replies now in Spanish
phone: +14155550101
customer: C002
language: es
tags: quote, accept, language, po

> quote please: 20 6205 2rs nsk bearings
$ BRG-10077 20
> quote
?quote
?no-order
> Hola, soy Marisol de compras. Aceptamos la cotización {quote}, la orden de compra es 55-4410. Gracias
?order
@ order-po 55-4410
@ orders 1
?es
""",
    r"""
name: en-1506-ng-burst-good-morning-sir
title: A Nigerian guest writes `Good morning sir` / `Please I need the following` / bearings / belts in four messages: list prices, who he buys for
phone: +2348031234567
customer: guest
language: en
tags: guest, ng, burst

> Good morning sir
> Please I need the following
> 20 pcs 6306 2rs bearing SKF
$ BRG-10286 20
> 10 pcs B54 belt Gates
$ BLT-10265 10
GUEST_EN
?no-order
""",
    r"""
name: en-1507-tom-approve-lines-1-and-3
title: C002's approver gets a three-line quote and approves lines 1 and 3 only with a PO: one order of those two lines
phone: +14155550102
customer: C002
language: en
tags: quote, partial-accept, po, order

> quote:
| 1. 20 6205 2rs nsk bearings
| 2. 10 1/2" brass gate valves npt
| 3. 80 4-1/2" norton cut-off wheels 1.6mm metal
$ BRG-10077 20
$ VAL-10002 10
$ ABR-10004 80
> quote
?quote
> approved lines 1 and 3 only on {quote}, drop line 2. PO 55-4420
?order
@ order-line BRG-10077 20
@ order-line ABR-10004 80
@ order-po 55-4420
@ orders 1
""",
    r"""
name: en-1508-dave-split-houston-and-lima
title: C005 asks 60 FAG 6205 open bearings (37 in Houston, 55 in Lima, none covers 60 with Santiago's 32); asks 37 from Houston and 23 from Lima, then `order it`: one order, two lines
phone: +17135550105
customer: C005
language: en
tags: short-stock, split-delivery, order

> need 60 6205 open bearings fag
= BRG-10088
~ (?<![\d.,])37(?![\d.,])
?no-order
> ship the 37 out of houston and the other 23 from lima
?no-order
> order it
?order
@ order-line BRG-10088 37
@ order-line BRG-10088 23
@ orders 1
""",
    r"""
name: en-1509-sarah-how-much-credit-left
title: C002 asks bearings, then mid-cart how much credit is left (50,350.00), then adds wheels: the cart keeps both lines
phone: +14155550101
customer: C002
language: en
tags: credit, mid-cart, cart

> 20 6205 2rs nsk bearings
$ BRG-10077 20
> quick q, how much credit do we have left with you?
~ (?<![\d])50[.,]?350
> ok add 50 4-1/2" norton cut-off wheels 1.6 metal
$ ABR-10004 50
> cart
$ BRG-10077 20
$ ABR-10004 50
?no-order
""",
    r"""
name: en-1510-sarah-same-as-last-but-double
title: C002 asks `same as my last order but double`: F-40149's four lines doubled, re-priced today
phone: +14155550101
customer: C002
language: en
tags: reorder, double

> hey, same as my last order but double everything
$ ABR-10020 100
$ ABR-10021 8
$ BRG-10032 100
$ BRG-10257 100
?no-order
""",
    r"""
name: en-1511-oh-guest-company-ein-email-one-message
title: An Ohio guest asks 24 KOYO 6204 ZZ at list price, then orders giving company, EIN and email in one message: a lead, no order
phone: +16145550188
customer: guest
language: en
tags: guest, us, lead

> do you carry 6204 zz bearings, koyo? need 24
$ BRG-10070 24
GUEST_EN
> ok lets order. We're Buckeye Conveyor Services LLC, EIN 31-1234567, purchasing@buckeyeconveyor.com
@ queue
?no-order
""",
    r"""
name: en-1512-uk-guest-morning-quick-one
title: A UK guest writes `morning` / `quick one` / `50 M10 x 30 hex bolts zinc din 933` / `and 20 M8x40 same`: both at list price
phone: +447700900123
customer: guest
language: en
tags: guest, uk, burst, elliptic

> morning
> quick one
> 50 M10 x 30 hex bolts zinc din 933 8.8
$ FAS-10017 50
> and 20 M8x40 same
$ FAS-10022 20
?no-order
""",
    r"""
name: en-1513-in-guest-kindly-quote-nos
title: An Indian guest (`Kindly quote`, `nos`) asks ABB contactors and brass ball valves, then `Kindly send quotation`: list prices, a quote
phone: +919812345678
customer: guest
language: en
tags: guest, in, quote

> Dear Sir, Kindly quote 10 nos ABB contactor 40A 220V coil and 6 nos brass ball valve 1-1/4 inch NPT.
$ ELE-10202 10
$ VAL-10046 6
> Kindly send quotation
?quote
?no-order
""",
    r"""
name: en-1514-ng-guest-company-rc-tin-and-rod
title: A Nigerian guest gives company, RC, TIN and email with 100 kg of ESAB 6013 4.0 mm in one message, then `please proceed`: list price, a lead, no order
phone: +2348091234567
customer: guest
language: en
tags: guest, ng, lead

> Good afternoon. We are Eko Fabrication Works Ltd, RC 1234567, TIN 12345678-0001, email procurement@ekofab.ng. We need 100 kg E6013 4.0mm ESAB electrodes, please send price
$ WLD-10027 100
> Please proceed with the order
@ queue
?no-order
""",
    r"""
name: en-1515-sarah-white-wire-backorder-eta
title: C002 asks 350 m of white 14 AWG THHN (144 in Houston, 242 on Dec 9 cover the 206 left): the ETA said; `ship the 144 now, backorder the rest` makes one order
phone: +14155550101
customer: C002
language: en
tags: short-stock, backorder, eta, order

> need 350 m of thhn 14 awg white
= ELE-10008
~ (?<![\d.,])144(?![\d.,])
?date 2026-12-09
?no-order
> when does the rest come in?
?date 2026-12-09
> ok ship the 144 now and backorder the rest
?order
@ orders 1
""",
    r"""
name: en-1516-sarah-so-80002-and-so-80005-invoice
title: C002 asks whether SO-80002 has shipped (picking, ETA Nov 27) and which invoice SO-80005 went on (F-39990)
phone: +14155550101
customer: C002
language: en
tags: status, invoice

> has SO-80002 shipped yet? and which invoice was SO-80005 billed on?
= SO-80002
~ (?i)pick
?date 2026-11-27
= F-39990
?no-order
""",
    r"""
name: en-1517-tom-credit-and-overdue-then-po
title: C002's approver asks bearings, then available credit and anything overdue before approving (50,350.00; F-50006 disputed), then orders with a PO
phone: +14155550102
customer: C002
language: en
tags: credit, mid-cart, po, order

> 20 6205 2rs nsk bearings
$ BRG-10077 20
> before I approve: what's our available credit and is anything overdue?
~ (?<![\d])50[.,]?350
= F-50006
> ok order it, PO 55-4430
?order
@ order-po 55-4430
@ orders 1
""",
    r"""
name: en-1518-dave-burst-cutoff-wheels
title: C005 writes `yo` / `need cutoff wheels` / `4.5 norton 1.6 metal` / `80 of em`: one line of 80
phone: +17135550105
customer: C005
language: en
tags: burst, elliptic

> yo
> need cutoff wheels
> 4.5 inch norton 1.6 metal
> 80 of em
$ ABR-10004 80
?no-order
""",
    r"""
name: en-1519-dave-fastenal-at-10-cents
title: C005 asks 2,000 M10x30 bolts (0.15), then says Fastenal has them at 10 cents: 33 % off, a seller
phone: +17135550105
customer: C005
language: en
tags: price-challenge, discount, seller

> need 2000 m10x30 hex bolts zinc din 933 8.8
$ FAS-10017 2000
> fastenal's got em at 10 cents a piece, can you match?
?seller
@ queue
?no-order
""",
    r"""
name: en-1520-sarah-short-skf-go-with-fag
title: C002 asks 20 SKF 6205 2Z (3 in Santiago, 7 in Houston): short, the FAG substitute named; `ok go with the FAG` then `order`: one order of 20 FAG
phone: +14155550101
customer: C002
language: en
tags: short-stock, substitute, order

> need 20 6205 2z skf
= BRG-10081
= BRG-10083
?no-order
> ok go with the FAG
$ BRG-10083 20
> order
?order
@ order-line BRG-10083 20
@ orders 1
""",
]

# The shared facts of scripts12.py, named on a line of their own above, written out.
_NAMED = {
    "BLOCK_ES": BLOCK_ES,
    "GUEST_EN": GUEST_EN,
    "GUEST_ES": GUEST_ES,
    "HOLD_ES": HOLD_ES,
    "LEAD_EN": LEAD_EN,
    "LEAD_ES": LEAD_ES,
}


def _expand(script: str) -> str:
    return "\n".join(_NAMED.get(line.strip(), line) for line in script.split("\n"))


SCRIPTS = [_expand(script) for script in SCRIPTS]
