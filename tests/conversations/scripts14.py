r"""A fourteenth set of buyers (es-1401..es-1420 / en-1401..en-1420, 20 per language), written
blind to the implementation by h2 in session 16: only SPEC.md (conversation, after the sale,
what real buyers write), ERP.md (price, availability, credit, approvals), the corpus notation
(README.md), build.py / erp_rules.py, the format of scripts12.py/scripts13.py and the demo ERP
folder (`mostrador demo-data --as-of 2026-11-25`) were read; not bot/, flows/, channels/,
templates/, workers/ or bench/. Played once on main by its author; scripts were not changed
after seeing the results (the played runner's DISAGREE list names the first missed fact).

What it leans on: WhatsApp as buyers write it (voice-note run-ons with fillers, typos, several
asks in one message, a correction inside the message), greetings and thanks that are not items,
people who change their mind (brand, quantity, a line dropped), a person asked for and the one
acknowledgement while waiting, invoices and orders asked about, options picked by words or by
number, short stock settled by a substitute or a back-order, credit (blocked, on hold), quotes
accepted days later with a PO, brands left open (history, brand_preferences.csv), a Spanish
customer's one English line (replies stay Spanish) and an English customer's Spanish line (back
to English), and voices from Chile, Mexico, Colombia, Argentina, Spain, Peru, the US, the UK,
India, Australia, the Philippines and Canada.

Facts used (demo data, never the bot's answers):

- Prices: ERP.md's rule (erp_rules.py; build.py fills them in); guests see list prices.
- Availability = on_hand - reserved - damaged per warehouse. BRG-10275 (6305-2RS KOYO): 19 in
  SCL, 16 incoming 2026-12-14, none elsewhere; its substitute BRG-10271 (SKF) has 57 in SCL.
  ELE-10008 (THHN 14 AWG white, metres): 144 in HOU, 242 incoming 2026-12-09. BLT-10101 (A76
  Gates): 15 in SCL only (C001 bought 50 on F-40150).
- Brand left open: C002 last bought Electrical from Schneider (2P 16A -> ELE-10058); C005
  last bought Welding from Lincoln (E7018 1/8 -> WLD-10005).
- C001's last purchase F-40150 (2026-11-23): BLT-10033 x4, SAF-10014 x10 (glasses), BLT-10101
  x50, BRG-10261 x4.
- After the sale (order_status.csv): SO-80001 C001 shipped (GD-55120, Chilexpress 99120455, ETA
  2026-11-26); SO-80002 C002 picking (ETA 2026-11-27); SO-80005 C002 invoiced F-39990 (UPS
  1Z999AA10123456784); SO-80006 C005 cancelled.
- Credit: C003 blocked ("Cheques protestados en octubre", F-50007 2,300.00); C004 on hold
  (F-50008 12,800.00 due 2026-10-01; F-50009 balance 2,100.00; F-50010 6,000.00); C001 F-50003
  5,373.00 due 2026-12-01; C002 F-50005 8,400.00 due 2026-12-05, F-50006 1,250.00 disputed.
- Order totals (`~` facts) are the sums of the line totals build.py prints for the cart's lines.
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
name: es-1401-jorge-audio-rodamientos-y-correas
title: C001 dictates a voice note with fillers (`eh`, `seis correas`, `b 54`) and thanks at the end: two lines priced, then a quote
phone: +56912345001
customer: C001
language: es
tags: voice, several-items, quote

> hola buenas eh necesito 10 rodamientos 6306 2rs skf y también eh seis correas b 54 gates eso nomás gracias
$ BRG-10286 10
$ BLT-10265 6
?not-item
?no-order
> cotízame eso porfa
?quote
?no-order
?es
""",
    r"""
name: es-1402-carla-cambia-de-marca-fag
title: C001's approver asks 20 NTN 6205 ZZ, then changes her mind to FAG (`no mejor fag, los mismos`): the cart holds the FAG line only
phone: +56912345002
customer: C001
language: es
tags: change-of-mind, brand, cart

> hola, necesito 20 rodamientos 6205 zz ntn
$ BRG-10084 20
> no mejor fag, los mismos 20
$ BRG-10083 20
> carrito
$ BRG-10083 20
!= BRG-10084
?no-order
""",
    r"""
name: es-1403-raul-bloqueado-electrodos-pedido
title: C003 (blocked) asks Indura 6011 rod in kilos: told it is blocked early, the price still given; `pedido` goes to a seller; then what he owes (F-50007)
phone: +56987654003
customer: C003
language: es
tags: credit, blocked, approval, statement

> hola, necesito 5 kilos de electrodo 6011 1/8 indura pa hoy
$ WLD-10033 5
BLOCK_ES
> hágame el pedido nomás
?approval
> y cuánto les debo?
= F-50007
~ (?<![\d.,])2[.,]?300
""",
    r"""
name: es-1404-ana-mora-cotiza-acepta-despues
title: C004 (on hold) asks 8 brass 1 1/4 ball valves: told of the overdue invoice early; a quote; `acepto la {quote}` goes to approval
phone: +51987654004
customer: C004
language: es
tags: credit, hold, quote, accept, approval

> buenos días, me cotiza 8 válvulas de bola de bronce de 1 1/4 npt por favor
$ VAL-10046 8
HOLD_ES
> cotizar
?quote
> ok lo revisé con gerencia, acepto la {quote}
?approval
""",
    r"""
name: es-1405-jorge-discos-elige-por-palabras
title: C001 asks 30 Norton 4 1/2 cut-off discs without thickness or use: options; `los de 1.6 para metal` settles ABR-10004
phone: +56912345001
customer: C001
language: es
tags: choice, words

> necesito 30 discos de corte 4 1/2 norton
? choice 2
?no-order
> los de 1.6 para metal
$ ABR-10004 30
?no-order
""",
    r"""
name: es-1406-mx-ocupo-compuertas-y-rfc
title: A Mexican guest (`qué tal`, `ocupo`) asks two NPT gate valves, the second elliptic (`4 de 2 pulgadas también de bronce npt`): list prices, who he buys for; `pedido` asks company/RFC/email; a lead
phone: +528112345678
customer: guest
language: es
tags: guest, mx, lead

> qué tal, ocupo 12 válvulas de compuerta de bronce de 1/2 npt y 4 de 2 pulgadas también de bronce npt, cuánto me sale?
$ VAL-10002 12
$ VAL-10065 4
GUEST_ES
> va, hazme el pedido
LEAD_ES
?no-order
> Ferretera del Norte SA de CV, RFC FNO180512AB3, compras@ferrenorte.mx
@ queue
?no-order
""",
    r"""
name: es-1407-jorge-wena-correas-gracias-y-sube
title: C001 (`wena!`) asks 4 A42 Gates belts; `gracias!!` is neither an item nor an order; `y si llevo 10?` makes the line 10
phone: +56912345001
customer: C001
language: es
tags: greeting, thanks, change

> wena! 4 correas a42 gates porfa
$ BLT-10033 4
> gracias!!
?not-item
? no-choice
?no-order
> oye y si llevo 10 mejor? cámbiala a 10
$ BLT-10033 10
?no-order
""",
    r"""
name: es-1408-ar-che-bulones-corrige-cantidad
title: An Argentine guest (`che`, `bulones`, `1.000`) asks M10x30 bolts, then corrects (`perdón, eran 800 no mil`): list price for 800
phone: +5491145678901
customer: guest
language: es
tags: guest, ar, thousands, correction

> che buenas, pasame precio de 1.000 bulones m10x30 zincados din 933 8.8
$ FAS-10017 1000
> perdón, eran 800 no mil
$ FAS-10017 800
?no-order
""",
    r"""
name: es-1409-co-me-regala-precio-y-asesor
title: A Colombian guest (`me regala el precio`) asks 10 ABB 40 A 220 V contactors, then `me pasa con un asesor`: a seller, in the queue
phone: +573001234567
customer: guest
language: es
tags: guest, co, seller

> buenas tardes, me regala el precio de 10 contactores abb 40a bobina 220v por favor
$ ELE-10202 10
> listo, me pasa con un asesor por favor
?seller
@ queue
?no-order
""",
    r"""
name: es-1410-es-presupuesto-electrodo-y-mig
title: A guest from Spain (`podéis`, `presupuesto`, `3,2`→`4,0`, `bobinas`) asks ESAB 6013 rod in kg and two Indura MIG spools; then the quote
phone: +34612345678
customer: guest
language: es
tags: guest, es, units, quote

> Hola, buenos días. ¿Me podéis pasar precio de 50 kg de electrodo E6013 de 4,0 mm ESAB y 2 bobinas de hilo MIG 0,9 Indura de 15 kg? Gracias
$ WLD-10027 50
$ WLD-10057 2
> vale, pasadme el presupuesto
?quote
?no-order
""",
    r"""
name: es-1411-jorge-factura-y-despacho-y-correas
title: C001 asks in one message when F-50003 is due and how SO-80001 goes; then adds 6 B60 Gates belts
phone: +56912345001
customer: C001
language: es
tags: several-asks, invoice, status

> oye una consulta, la factura F-50003 cuándo vence? y en qué va la SO-80001?
= F-50003
?date 2026-12-01
= SO-80001
= 99120455
?no-order
> ya gracias. agrégame 6 correas b60 gates
$ BLT-10277 6
""",
    r"""
name: es-1412-jorge-corto-cambia-a-skf
title: C001 asks 30 KOYO 6305 2RS (19 on hand, the rest 14 Dec): short stock is a choice with the SKF substitute; `cámbialos por los skf` then `pedido`: one order of 30 SKF
phone: +56912345001
customer: C001
language: es
tags: short-stock, substitute, order

> necesito 30 rodamientos 6305 2rs koyo
= BRG-10275
~ (?<![\d.,])19(?![\d])
?date 2026-12-14
= BRG-10271
?no-order
> ya, cámbialos por los skf
$ BRG-10271 30
> pedido
?order
@ order-line BRG-10271 30
@ orders 1
""",
    r"""
name: es-1413-jorge-cable-y-pide-a-paula
title: C001 asks blue and green 8 AWG (`y 50 del verde`), then asks for Paula: a seller; `hola??` gets one acknowledgement, `???` silence
phone: +56912345001
customer: C001
language: es
tags: units, seller, waiting

> hola necesito 100 metros de cable thhn 8 awg azul y 50 del verde
$ ELE-10023 100
$ ELE-10022 50
> oye me puedes comunicar con la Paula? quiero ver un tema de precios
?seller
@ queue
> hola??
? reply
> ???
? no-reply
""",
    r"""
name: es-1414-carla-retoma-cotizacion-con-oc
title: C001's approver gets a quote for valves and bolts, comes back to it (`retomando la {quote} de la semana pasada`) with OC 4500-5102: the order at the quoted prices with the PO
phone: +56912345002
customer: C001
language: es
tags: quote, accept-later, po, order

> buenas, cotízame 6 válvulas de bola bronce 1/2 npt y 200 pernos m10x30 din 933 zincados
$ VAL-10001 6
$ FAS-10017 200
> cotizar
?quote
?no-order
> hola, retomando la {quote} de la semana pasada, la aprobamos con la OC 4500-5102
?order
~ (?<![\d.,])96[.,]36(?!\d)
@ order-po 4500-5102
@ orders 1
""",
    r"""
name: es-1415-jorge-una-linea-en-ingles
title: C001 asks bearings in Spanish, adds a line in English (`also 4 B54 gates belts please`): the replies stay Spanish, the quote too
phone: +56912345001
customer: C001
language: es
tags: language, quote

> hola, 10 rodamientos 6306 2rs skf
$ BRG-10286 10
> also 4 B54 gates belts please
$ BLT-10265 4
?es
> cotizar
?quote
?es
""",
    r"""
name: es-1416-cl-guantes-sin-cantidad
title: A Chilean guest asks whether nitrile gloves size L are in stock and what they cost, with no quantity: the quantity is asked; `unos 24 pares` prices 24
phone: +56998765432
customer: guest
language: es
tags: guest, cl, no-quantity, pairs

> hola, tienen guantes de nitrilo talla L? cuánto valen?
= SAF-10002
?asks-qty
?no-order
> unos 24 pares
$ SAF-10002 24
?no-order
""",
    r"""
name: es-1417-ana-estado-de-cuenta-y-promesa
title: C004 asks her statement (F-50008 overdue, F-50009, F-50010), then promises `el 3 de diciembre pagamos la F-50009, son 2.100`: a promise kept
phone: +51987654004
customer: C004
language: es
tags: statement, promise

> Buenos días, me envía el estado de cuenta por favor
= F-50008
= F-50009
= F-50010
~ (?<![\d.,])12[.,]?800
?no-order
> el 3 de diciembre pagamos la F-50009, son 2.100
@ promise 2026-12-03 2100.00
?no-order
""",
    r"""
name: es-1418-jorge-lo-mismo-del-lunes-ajusta
title: C001 asks the same as Monday (F-40150; A76 short at 15), then `las A76 déjalas en 15 y sácale los lentes`: the cart keeps 4 A42, 15 A76, 4 6304 2Z; then a quote
phone: +56912345001
customer: C001
language: es
tags: reorder, change, remove, quote

> hola, me repites lo mismo que pedimos el lunes?
= BLT-10101
= BRG-10261
= BLT-10033
?no-order
> ya, las A76 déjalas en 15 nomás y sácale los lentes
$ BLT-10101 15
!= SAF-10014
> cotizar
?quote
$ BLT-10033 4
$ BLT-10101 15
$ BRG-10261 4
!= SAF-10014
""",
    r"""
name: es-1419-mx-siempre-no-quita-bandas
title: A Mexican guest asks baleros, bandas and discos in one message, then `siempre no, quítale las bandas`: the cart keeps the bearings and the discs
phone: +523312345678
customer: guest
language: es
tags: guest, mx, remove, cart

> buen día, ocupo 10 baleros 6205 2rs koyo, 4 bandas a42 dayco y 5 discos de corte de 7 pulgadas inox norton
$ BRG-10080 10
$ BLT-10035 4
$ ABR-10005 5
> siempre no, quítale las bandas
?no-order
> carrito
$ BRG-10080 10
$ ABR-10005 5
!= BLT-10035
""",
    r"""
name: es-1420-jorge-pedido-con-oc-y-estado
title: C001 asks ABB contactors and Schneider breakers, `pedido, OC 4500-5120`: the order with its total and PO; then `estado` names it
phone: +56912345001
customer: C001
language: es
tags: order, po, status

> hola, 3 contactores abb 32a bobina 110v y 10 automáticos 1p 16a schneider
$ ELE-10201 3
$ ELE-10049 10
?no-order
> pedido, OC 4500-5120
?order
~ (?<![\d.,])246[.,]22(?!\d)
@ order-po 4500-5120
= 4500-5120
> estado
= {order}
""",
    # ------------------------------------------------------------------ English
    r"""
name: en-1401-sarah-bearings-status-and-owed
title: C002 asks 15 NSK 6304 bearings, SO-80002's status and whether anything is past due, in one run-on message
phone: +14155550101
customer: C002
language: en
tags: several-asks, status, balance

> hi! need 15 6304 ddu nsk bearings, also whats the status on SO-80002 and do we owe anything past due??
$ BRG-10257 15
= SO-80002
?no-order
""",
    r"""
name: en-1402-tom-approves-quote-days-later
title: C002's approver quotes ABB breakers and contactors, comes back (`circling back on {quote} from last week — approved, PO 55-3307`): the order, total and PO
phone: +14155550102
customer: C002
language: en
tags: quote, accept-later, po, order

> quote 20 abb 1p 20a breakers and 10 abb contactors 50a 24vdc
$ ELE-10077 20
$ ELE-10206 10
> quote
?quote
?no-order
> circling back on {quote} from last week — approved, PO 55-3307
?order
~ (?<![\d.,])962[.,]70(?!\d)
@ order-po 55-3307
@ orders 1
""",
    r"""
name: en-1403-dave-rod-no-brand-then-esab
title: C005 asks 30 kg of 7018 1/8 with no brand (Lincoln, bought last), then `actually make it esab`: the ESAB line
phone: +17135550105
customer: C005
language: en
tags: brand, history, change-of-mind

> need 30 kg of 7018 1/8 rod
$ WLD-10005 30
> actually make it esab
$ WLD-10021 30
> cart
$ WLD-10021 30
!= WLD-10005
""",
    r"""
name: en-1404-uk-guest-bolts-and-ties
title: A UK guest (`Hiya`, `cheers`, `1,000`) asks bolts and two boxes of 200x4.8 cable ties: list prices, who he buys for; then a quote
phone: +447700900123
customer: guest
language: en
tags: guest, uk, thousands, packs, quote

> Hiya, could you quote 1,000 M10x30 hex bolts 8.8 zinc din 933 and 2 boxes of 200x4.8 cable ties, cheers
$ FAS-10017 1000
$ ELE-10287 2
GUEST_EN
> quote please
?quote
?no-order
""",
    r"""
name: en-1405-in-kindly-revert-nos
title: An Indian guest (`kindly share best price`, `nos`, `make`, `kindly revert`) asks FAG 6205 ZZ bearings and Gates B54 belts: list prices
phone: +919812345678
customer: guest
language: en
tags: guest, in, several-items

> Dear Sir, kindly share best price for 25 nos 6205 ZZ bearings FAG make and 10 nos B54 belts Gates make. Kindly revert.
$ BRG-10083 25
$ BLT-10265 10
?not-item
?no-order
""",
    r"""
name: en-1406-au-breakers-correct-in-message
title: An Australian guest (`g'day`, `after`) corrects the size inside the message (`sorry 40 amp not 32`): the 2P 40 A Schneider line only
phone: +61412345678
customer: guest
language: en
tags: guest, au, correction

> g'day mate, after 6 x schneider 2 pole 32 amp breakers, sorry 40 amp not 32
$ ELE-10064 6
!= ELE-10062
?no-order
""",
    r"""
name: en-1407-sarah-valves-picks-by-words
title: C002 asks 6 ball valves 3/4" with no material or thread: options; `the stainless one with npt threads` settles VAL-10109
phone: +14155550101
customer: C002
language: en
tags: choice, words

> need 6 ball valves 3/4"
? choice 2
?no-order
> the stainless one with npt threads
$ VAL-10109 6
?no-order
""",
    r"""
name: en-1408-dave-wire-ship-now-backorder
title: C005 asks 300 m of white 14 AWG THHN (144 in Houston, 242 due Dec 9): short stock said with the ETA; `ship the 144 now and backorder the rest, PO NW-8812`: one order of 300 with the PO
phone: +17135550105
customer: C005
language: en
tags: short-stock, backorder, po, order

> need 300 m of thhn 14 awg white
= ELE-10008
~ (?<![\d.,])144(?![\d])
?date 2026-12-09
?no-order
> ship the 144 now and backorder the rest, PO NW-8812
?order
@ order-line ELE-10008 300
@ order-po NW-8812
""",
    r"""
name: en-1409-sarah-invoice-of-so-and-dispute
title: C002 asks for the invoice of SO-80005 and whether F-50006 is still in dispute: F-39990, the UPS tracking, F-50006 disputed
phone: +14155550101
customer: C002
language: en
tags: invoice, status, dispute

> hey can you resend the invoice for SO-80005? and is F-50006 still in dispute on your end
= F-39990
= F-50006
~ (?i)disput
?no-order
""",
    r"""
name: en-1410-tx-chainsaw-gloves-real-person
title: A Texas guest asks chainsaws (not sold) and 10 pairs of nitrile gloves L, then a real person: the gloves priced, a seller, `status` still answered
phone: +18325550199
customer: guest
language: en
tags: guest, us, not-sold, seller, waiting

> yo do yall sell chainsaws? also need 10 pair nitrile gloves size L
$ SAF-10002 10
?no-order
> can i talk to a real person
?seller
@ queue
> status
? reply
""",
    r"""
name: en-1411-sarah-scratch-the-wheels
title: C002 adds NSK 6202 bearings and 3M 9" metal wheels, then `actually scratch the wheels`: the cart keeps the bearings only
phone: +14155550101
customer: C002
language: en
tags: remove, cart

> pls add 20 6202 ddu nsk and 10 9in metal cutoff wheels 3m
$ BRG-10032 20
$ ABR-10020 10
> actually scratch the wheels
?no-order
> cart
$ BRG-10032 20
!= ABR-10020
""",
    r"""
name: en-1412-dave-spanish-line-back-to-english
title: C005 pastes his foreman's line in Spanish, then writes `ok quote all that` in English: replies end in English, the quote has both lines
phone: +17135550105
customer: C005
language: en
tags: language, quote

> need 20 kg 7018 1/8 lincoln
$ WLD-10005 20
> y también 4 discos de corte de 14 pulgadas para metal norton
$ ABR-10010 4
> ok quote all that
?quote
?en
""",
    r"""
name: en-1413-tom-breakers-by-history-valve-by-number
title: C002's approver asks 2-pole 16 A breakers with no brand (Schneider, bought last), then 10 ball valves 1/2" (options) and answers `2`: the choice settled
phone: +14155550102
customer: C002
language: en
tags: brand, history, choice, number

> quote 15 2 pole 16 amp breakers
$ ELE-10058 15
> and 10 ball valves 1/2 inch
? choice 2
> 2
~ VAL-1\d{4}
?no-order
""",
    r"""
name: en-1414-ph-gate-valves-thank-you-po
title: A Filipino guest (`good pm po`, `pa-quote`) asks 5 brass 2" gate valves; `thank you po 🙏` is no item and no order
phone: +639171234567
customer: guest
language: en
tags: guest, ph, thanks

> good pm po, pa-quote po 5 pcs gate valve brass 2 inch npt
$ VAL-10065 5
> thank you po 🙏
?not-item
? no-choice
?no-order
""",
    r"""
name: en-1415-sarah-thx-then-po-go
title: C002 quotes belts and bearings, `thx, will run it by Tom` is no acceptance; later `ok Tom says go, PO 55-3340`: the order and PO
phone: +14155550101
customer: C002
language: en
tags: quote, not-accept, accept, po

> quote 8 6205 2z skf and 20 hex bolts m8x40 din 933 zinc
$ BRG-10081 8
$ FAS-10022 20
> quote
?quote
> thx, will run it by Tom
?no-order
> ok Tom says go, PO 55-3340
?order
~ (?<![\d.,])102[.,]76(?!\d)
@ order-po 55-3340
""",
    r"""
name: en-1416-dave-voice-note-rod-bolts-total
title: C005 dictates (`uh`, `forty kilos`, `eighth inch`) rod and bolts and asks the total in the same breath: both lines and their sum
phone: +17135550105
customer: C005
language: en
tags: voice, words, total

> hey its dave uh need forty kilos of 7018 eighth inch lincoln rod and uh 50 hex bolts m8 by 40 din 933 zinc and whats the total on that
$ WLD-10005 40
$ FAS-10022 50
~ (?<![\d.,])205[.,]80(?!\d)
?no-order
""",
    r"""
name: en-1417-sarah-what-we-owe-ach-promise
title: C002 asks what they owe (F-50005, F-50006 disputed), then `we'll ACH the 8,400 on dec 4`: a promise kept
phone: +14155550101
customer: C002
language: en
tags: statement, promise

> what do we owe you guys rn
= F-50005
= F-50006
?no-order
> ok we'll ACH the 8,400 on dec 4
@ promise 2026-12-04 8400.00
?no-order
""",
    r"""
name: en-1418-ca-boots-gloves-lead
title: A Canadian guest asks 8 pairs of size 42 boots and 2 dozen nitrile gloves L; `order` asks company, tax id and email; the answer makes a lead
phone: +16045550142
customer: guest
language: en
tags: guest, ca, pairs, dozen, lead

> Hi there, looking for 8 pairs of size 42 steel toe boots and 2 dozen nitrile gloves size L
$ SAF-10025 8
$ SAF-10002 24
> order
LEAD_EN
?no-order
> Maple Ridge Fabricators Ltd, BN 123456789RT0001, purchasing@mapleridgefab.ca
@ queue
?no-order
""",
    r"""
name: en-1419-dave-last-order-cancelled-then-discs
title: C005 asks in words whether his last order got cancelled (SO-80006, cancelled), then 10 Klingspor 40-grit flap discs
phone: +17135550105
customer: C005
language: en
tags: status, words, items

> did my last order get cancelled or what
= SO-80006
~ (?i)cancel
?no-order
> ok well need 10 flap discs 4 1/2 40 grit klingspor
$ ABR-10077 10
""",
    r"""
name: en-1420-sarah-pasted-table-quote
title: C002 pastes a small table with a header (`Qty | Item`) and `pls quote`: three lines priced, then the quote
phone: +14155550101
customer: C002
language: en
tags: pasted, several-items, quote

> pls quote:
| Qty | Item
| 12 | 6304 DDU NSK bearing
| 20 | breaker 1P 20A ABB
| 5 | gate valve brass 1/2" NPT
$ BRG-10257 12
$ ELE-10077 20
$ VAL-10002 5
> quote
?quote
?no-order
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
