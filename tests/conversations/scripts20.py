r"""A twentieth set of buyers (es-2001..es-2020 / en-2001..en-2020, 20 per language), written
blind to the implementation by h2: only SPEC.md (conversation, after the sale, what real buyers
write), ERP.md (price, availability, credit, approvals), the corpus notation (README.md),
build.py / erp_rules.py, the format of scripts19.py (its docstring and two scripts) and the demo
ERP folder (`mostrador demo-data --as-of 2026-11-25`) were read; not bot/, flows/, channels/,
templates/, workers/ or bench/, nor other scripts files. Played once on main by its author;
scripts were not changed after seeing the results but for one mis-read of the demo: Norton sells
two 4-1/2" inox cut-off wheels (115x1.0 ABR-10001 and 115x1.6 ABR-10003), so es-2011's and
es-2019's buyers now say `4 1/2 x 1.0` (the played runner's DISAGREE list names the first missed
fact).

What it leans on: voice-note run-ons with no punctuation; the bot's question answered two
messages later, after an unrelated ask (what is owed); quantities in words and fractions (`media
docena`, `un ciento`, `docena y media`, `two dozen`, `three dozen`, `half a dozen`, `a hundred`);
a delivery city corrected (Antofagasta → Calama, Cochabamba → Santa Cruz, Beaumont → Baytown);
a back-ordered item's lead time asked, then a partial shipment accepted in words (no order
before the choice, one order after it); price objections (`muy caro, el de la competencia está
a 52`, `grainger has them at 4.10`) and discounts asked (`me hacen un descuentito si llevo 100?`,
`best rate`, `what discount`): the rule's price kept, a seller in the queue; a repeat of the last
order with a change (`sin los lentes y de las A76 solo 10`, `but 100 of the 9 inch wheels`);
after the sale: an invoice copy (F-50003, F-50005), where a delivery is (SO-80001 with
Chilexpress, SO-80006 cancelled), our orders' state and the UPS tracking, a return (a seller, no
order); a guest who becomes a lead (company + tax id + email on one line); a blocked customer
(C003) and one on hold (C004, also writing in English); two contacts of one customer (Jorge
orders, Carla asks its state; Sarah quotes, Tom accepts with a PO); 18- and 20-line lists (each
line priced, every body under 1,600 characters); mixed English/Spanish; emoji; all capitals.
Voices from Panama, Honduras, Guatemala, Bolivia, Cuba-in-Miami, Spain, Trinidad, Kenya, India
and the Philippines, plus the demo's own customers in Chile, Peru and the US.

Facts used (demo data, never the bot's answers):

- Prices: ERP.md's rule (erp_rules.py; build.py fills them in); guests see list prices.
- Available = on_hand - reserved - damaged per warehouse; default warehouses C001/C003 SCL, C004
  LIM, C002/C005 HOU.
- BRG-10183 (6212-2RSR FAG): SCL 6, 55 incoming to SCL on 2026-12-18: C001's 20 are 6 now and
  14 on 2026-12-18. BRG-10107 (6207-DDU NSK): HOU 11, 44 incoming to HOU on 2026-12-19: C002's
  25 are 11 now and 14 on 2026-12-19. ABR-10054 (7" metal Dewalt cut-off wheel): none on hand,
  180 to SCL on 2026-12-05.
- Last purchases (sales_history.csv): C001 on 2026-11-23 (F-40150): BLT-10033 4, SAF-10014 10,
  BLT-10101 50 (SCL 15 only), BRG-10261 4; C002 on 2026-11-20 (F-40149): BRG-10257 50,
  ABR-10021 4, BRG-10032 50, ABR-10020 50.
- After the sale (order_status.csv): SO-80001 C001 shipped by Chilexpress, tracking 99120455,
  ETA 2026-11-26; SO-80002 C002 picking; SO-80005 C002 invoiced (F-39990), UPS
  1Z999AA10123456784; SO-80006 C005 cancelled. Receivables: C001 F-50003 5,373.00 due
  2026-12-01, C001 open balance 41,005.00; C002 F-50005 8,400.00 due 2026-12-05; C005 F-50011
  15,999.99.
- Credit: C003 blocked ("Cheques protestados en octubre"); C004 on hold (F-50008 12,800.00 due
  2026-10-01, more than 30 days overdue): an order goes to approval, a quote can always be given.
- Contacts: C001 Jorge Müller +56912345001 (buyer) and Carla Soto +56912345002 (approver); C002
  Sarah Johnson +14155550101 (buyer) and Tom Baker +14155550102 (approver).
- Safety glasses SAF-10014 are under the margin floor at C001's price (so es-2006's buyer drops
  them); no line here is under the floor.
"""

HOLD = r"~ (?i)F-50008|12[.,]800|vencid|overdue"
BLOCKED = r"~ (?i)protestad|bloquead|blocked"
LEAD_ASK_ES = r"~ (?i)empresa|raz[oó]n social|NIT|RUT|RUC|identificaci[oó]n tributaria|correo|email"
LEAD_ASK_EN = r"~ (?i)company|tax|PIN|e-?mail"
NO_ORDER_YET = r"!~ O-\d{4}-\d{5}"

SCRIPTS = [
    # ------------------------------------------------------------------ Spanish
    r"""
name: es-2001-pa-invitado-nota-de-voz-sin-puntos
title: A guest in Panama dictates a run-on with no punctuation (diez 6205-2RSH SKF, cuatro B54 Gates): both at list prices
phone: +50766120001
customer: guest
language: es
tags: guest, panama, voice, words

> buenas mire le escribo porque necesito cotizar unos rodamientos 6205 2rsh skf diez y tambien cuatro correas b54 gates eso seria todo gracias
$ BRG-10076 10
$ BLT-10265 4
?not-item
?es
""",
    r"""
name: es-2002-jorge-media-docena-y-un-ciento
title: C001 asks media docena of 1/2" brass ball valves and un ciento of M12x50 DIN 933 zinc bolts: 6 and 100 priced; a quote
phone: +56912345001
customer: C001
language: es
tags: words, quote

> hola, necesito media docena de válvulas de bola de bronce 1/2 npt y un ciento de pernos m12x50 din 933 zincados
$ VAL-10001 6
$ FAS-10167 100
> cotizar
?quote
?es
""",
    r"""
name: es-2003-jorge-6212-fag-plazo-y-parcial
title: C001 asks 20 6212-2RSR FAG (6 in SCL, 55 due 2026-12-18), asks when the rest comes, orders, then takes the 6 now and 14 later: no order before the choice, one after
phone: +56912345001
customer: C001
language: es
tags: short-stock, back-order, eta, partial, order

> necesito 20 rodamientos 6212 2rsr fag
$ BRG-10183 20
> y los que faltan para cuándo llegan?
?date 2026-12-18
> ya, pedido
"""
    + NO_ORDER_YET
    + r"""
> ok mándame los 6 que tienen ahora y los otros 14 cuando lleguen, acepto el despacho parcial
?order
@ orders 1
?es
""",
    r"""
name: es-2004-carla-muy-caro-la-competencia
title: C001's approver prices 10 Schneider 32A contactors, then `muy caro, el de la competencia está a 52 dólares`: the rule's price kept, a seller, in the queue
phone: +56912345002
customer: C001
language: es
tags: price-objection, seller, queue

> precio de 10 contactores 3p 32a bobina 220v schneider
$ ELE-10169 10
> muy caro, el de la competencia está a 52 dólares. pueden mejorar?
?seller
@ queue
?no-order
?es
""",
    r"""
name: es-2005-hn-invitado-descuentito
title: A guest in Tegucigalpa asks 50 7" inox Tyrolit cut-off wheels and then `me hacen un descuentito si llevo 100?`: list price, a seller named
phone: +50499112005
customer: guest
language: es
tags: guest, honduras, discount, seller

> buenas tardes cuánto me sale 50 discos de corte de 7 pulgadas inox tyrolit
$ ABR-10041 50
> y me hacen un descuentito si llevo 100?
?seller
?no-order
?es
""",
    r"""
name: es-2006-jorge-lo-mismo-sin-lentes-y-solo-10-a76
title: C001 repeats its last order (F-40150) without the safety glasses and with only 10 A76 belts: the three lines re-priced, no glasses; `pedido`: one order
phone: +56912345001
customer: C001
language: es
tags: reorder, change, order

> lo mismo que la última vez pero sin los lentes, y de las correas a76 solo 10
$ BLT-10033 4
$ BLT-10101 10
$ BRG-10261 4
!= SAF-10014
> pedido
?order
@ orders 1
@ order-line BLT-10101 10
@ order-line BLT-10033 4
@ order-line BRG-10261 4
?es
""",
    r"""
name: es-2007-jorge-copia-factura-f-50003
title: C001 asks a copy of invoice F-50003 and when it falls due: 5,373.00 due 2026-12-01
phone: +56912345001
customer: C001
language: es
tags: after-sale, invoice-copy

> me pueden reenviar la factura F-50003? y cuándo vence
= F-50003
~ 5[.,]373
?date 2026-12-01
?no-order
?es
""",
    r"""
name: es-2008-jorge-donde-viene-mi-despacho
title: C001 asks where SO-80001 is: shipped by Chilexpress, tracking 99120455, ETA 2026-11-26
phone: +56912345001
customer: C001
language: es
tags: after-sale, where-is-my-delivery, tracking

> hola, dónde viene mi despacho del SO-80001? lo necesitamos en faena
= 99120455
~ (?i)chilexpress
?date 2026-11-26
?no-order
?es
""",
    r"""
name: es-2009-jorge-devolucion-rodamientos
title: C001 wants to return four 6304-2Z bearings of invoice F-40150 that came with play: a seller takes it, in the queue, no order
phone: +56912345001
customer: C001
language: es
tags: after-sale, return, seller, queue

> quiero devolver 4 rodamientos 6304 2z skf de la factura F-40150, vinieron con juego. cómo hacemos la devolución?
?seller
@ queue
?no-order
?es
""",
    r"""
name: es-2010-gt-invitado-se-vuelve-lead
title: A guest in Guatemala prices 30 pairs of L nitrile gloves, orders, is asked who they are, gives company, NIT and email on one line: a lead in the queue, no order
phone: +50255012010
customer: guest
language: es
tags: guest, guatemala, lead, queue

> buen día, le escribo de Guatemala, necesito 30 pares de guantes de nitrilo talla L
$ SAF-10002 30
> hagamos el pedido
"""
    + LEAD_ASK_ES
    + "\n"
    + NO_ORDER_YET
    + r"""
> Ferretería El Quetzal S.A., NIT 1234567-8, compras@elquetzal.example
@ queue
?no-order
?es
""",
    r"""
name: es-2011-raul-bloqueado-discos
title: C003 (blocked) asks 20 4-1/2" x 1.0 inox Norton cut-off wheels: priced at its price, blocked said with the reason; `pedido` goes to approval
phone: +56987654003
customer: C003
language: es
tags: blocked, approval

> hola necesito 20 discos de corte 4 1/2 x 1.0 inox norton
$ ABR-10001 20
"""
    + BLOCKED
    + r"""
> pedido
?approval
?es
""",
    r"""
name: es-2012-jorge-pide-carla-pregunta-estado
title: C001: Jorge orders 10 B54 Gates belts and 4 6310-2RSH SKF; Carla, from her own phone, asks the state of the order Jorge placed: that order named
phone: +56912345001
customer: C001
language: es
tags: two-contacts, order, status

> necesito 10 correas b54 gates y 4 rodamientos 6310 2rsh skf
$ BLT-10265 10
$ BRG-10346 4
> pedido
?order
@ orders 1
> [as +56912345002] hola, en qué estado está el pedido que hizo Jorge hoy?
= {order}
@ orders 1
?es
""",
    r"""
name: es-2013-jorge-lista-de-18-lineas
title: C001 pastes 18 lines in one message: every line priced, no body over 1,600 characters
phone: +56912345001
customer: C001
language: es
tags: long-list, split

> buenos días, cotizar lo siguiente:
| 10 rodamientos 6205 2rsh skf
| 8 rodamientos 6206 2rsh skf
| 6 rodamientos 6310 2rsh skf
| 12 rodamientos 6204 zz koyo
| 10 correas b54 gates
| 6 correas a42 gates
| 5 correas a76 gates
| 200 pernos m10x30 din 933 zincados
| 150 pernos m12x50 din 933 zincados
| 100 pernos m10x30 din 933 inox a2
| 4 válvulas de bola bronce 1/2 npt
| 3 válvulas de bola inox 316 1 npt
| 5 contactores 3p 9a bobina 220v siemens
| 20 interruptores automáticos 1p 16a curva c schneider
| 40 discos de corte 7 pulgadas inox tyrolit
| 25 discos flap 4 1/2 grano 40 klingspor
| 30 kg electrodo e6013 1/8 lincoln
| 4 bolsas de amarras 300x2.5 negras
$ BRG-10076 10
$ BRG-10091 8
$ BRG-10346 6
$ BRG-10070 12
$ BLT-10265 10
$ BLT-10033 6
$ BLT-10101 5
$ FAS-10017 200
$ FAS-10167 150
$ FAS-10346 100
$ VAL-10001 4
$ VAL-10118 3
$ ELE-10217 5
$ ELE-10049 20
$ ABR-10041 40
$ ABR-10077 25
$ WLD-10009 30
$ ELE-10289 4
?es
""",
    r"""
name: es-2014-bo-invitado-corrige-ciudad
title: A guest in Bolivia asks 12 stainless 1" ball valves for delivery in Cochabamba, then corrects the city to Santa Cruz: list price, Santa Cruz named; a quote
phone: +59171012014
customer: guest
language: es
tags: guest, bolivia, delivery-city, correction, quote

> buenas, necesito 12 válvulas de bola inox 316 de 1 pulgada npt con entrega en Cochabamba
$ VAL-10118 12
> perdón, me equivoqué, la entrega es en Santa Cruz no en Cochabamba
~ (?i)santa cruz
> ya, cotícemelo
?quote
?es
""",
    r"""
name: es-2015-miami-invitado-spanglish
title: A Cuban buyer in Miami mixes English into Spanish (20 cut off wheels de 7 pulgadas inox Dewalt, `cuánto me sale`): list price, replies in Spanish
phone: +13055012015
customer: guest
language: es
tags: guest, miami, mixed-language

> oye mi hermano necesito como 20 cut off wheels de 7 pulgadas inox dewalt, cuánto me sale eso?
$ ABR-10053 20
?es
""",
    r"""
name: es-2016-es-invitado-presupuesto
title: A guest in Spain asks a `presupuesto` for 25 M10x30 A2 stainless DIN 933 screws and 5 SKF 6204-2RSH: list prices; `vale, hazme el presupuesto`: a quote
phone: +34612012016
customer: guest
language: es
tags: guest, spain, quote

> Buenos días, quería pedir presupuesto de 25 tornillos hexagonales DIN 933 M10x30 inoxidables A2 y 5 rodamientos 6204 2RSH de SKF
$ FAS-10346 25
$ BRG-10061 5
> vale, hazme el presupuesto
?quote
?es
""",
    r"""
name: es-2017-ana-retenida-mayusculas-dos-docenas
title: C004 (on hold) writes in capitals for DOS DOCENAS of Klingspor grit 40 flap discs 🙏: 24 priced, the hold said; `COTIZAR`: a quote anyway
phone: +51987654004
customer: C004
language: es
tags: hold, capitals, words, emoji, quote

> BUENAS NECESITO DOS DOCENAS DE DISCOS FLAP 4 1/2 GRANO 40 KLINGSPOR 🙏
$ ABR-10077 24
"""
    + HOLD
    + r"""
> COTIZAR
?quote
?es
""",
    r"""
name: es-2018-jorge-responde-dos-mensajes-despues
title: C001 asks 10 6206 bearings, then asks what it owes (41,005.00), then answers `el 2rsh skf`: the SKF priced
phone: +56912345001
customer: C001
language: es
tags: answer-later, balance

> necesito 10 rodamientos 6206
? reply
> oye y cuánto les debemos a la fecha?
~ 41[.,]005
> ah y el rodamiento es el 2rsh skf
$ BRG-10091 10
?es
""",
    r"""
name: es-2019-pa-invitado-emoji-docena-y-media
title: A guest in David (Panama) asks with emoji for docena y media of dark safety glasses and media docena of 4-1/2" x 1.0 inox Norton wheels: 18 and 6 at list
phone: +50767012019
customer: guest
language: es
tags: guest, panama, words, emoji

> 👷‍♂️ hola! me cotiza docena y media de lentes de seguridad oscuros antiempañantes 🕶️ y media docena de discos de corte 4 1/2 x 1.0 inox norton 🙏
$ SAF-10014 18
$ ABR-10001 6
?es
""",
    r"""
name: es-2020-jorge-corrige-antofagasta-a-calama
title: C001 asks 8 Siemens 9A contactors delivered to Antofagasta, corrects to Calama, orders: Calama named, one order with the 8
phone: +56912345001
customer: C001
language: es
tags: delivery-city, correction, order

> cotízame 8 contactores 3p 9a bobina 220v siemens con entrega en Antofagasta
$ ELE-10217 8
> corrijo: la entrega es en Calama, no en Antofagasta
~ (?i)calama
> pedido
?order
@ orders 1
@ order-line ELE-10217 8
?es
""",
    # ------------------------------------------------------------------ English
    r"""
name: en-2001-tt-guest-voice-two-dozen
title: A guest in Trinidad dictates with no punctuation: two dozen pairs of L nitrile gloves and 5 kg of E6013 1/8 Lincoln: 24 and 5 at list
phone: +18687012001
customer: guest
language: en
tags: guest, trinidad, voice, words

> morning boss i need two dozen pair of them nitrile gloves size large and 5 kilo of the e6013 1/8 lincoln rod how much for all that
$ SAF-10002 24
$ WLD-10009 5
?not-item
?en
""",
    r"""
name: en-2002-ke-guest-becomes-lead
title: A guest in Nairobi prices 40 M12x50 DIN 933 zinc bolts and 10 A42 Gates belts, orders, gives company, KRA PIN and email on one line: a lead in the queue, no order
phone: +254712012002
customer: guest
language: en
tags: guest, kenya, lead, queue

> Habari, please quote 40 hex bolts M12x50 DIN 933 zinc and 10 A42 Gates belts
$ FAS-10167 40
$ BLT-10033 10
> ok lets place the order
"""
    + LEAD_ASK_EN
    + "\n"
    + NO_ORDER_YET
    + r"""
> Mombasa Agro Works Ltd, KRA PIN P051234567X, procurement@mombasa-agro.example
@ queue
?no-order
?en
""",
    r"""
name: en-2003-in-guest-best-rate
title: A guest in Pune asks `best rate` for 50 nos. 6205-2RSH SKF and then what discount they can give: list price kept, a seller named
phone: +919812012003
customer: guest
language: en
tags: guest, india, discount, seller

> Kindly provide your best rate for 50 nos. bearing 6205 2RSH SKF make
$ BRG-10076 50
> What is the maximum discount you can offer on this? Please do the needful
?seller
?no-order
?en
""",
    r"""
name: en-2004-ph-guest-po-emoji
title: A guest in Manila writes Taglish with emoji (12 pcs 1/2" brass ball valves, 5 kilos E6013 1/8 Indura): list prices; a quote
phone: +639171202004
customer: guest
language: en
tags: guest, philippines, emoji, mixed-language, quote

> Good day po! 😊 Pa-quote naman of 12 pcs ball valve brass 1/2 inch NPT and 5 kilos welding rod E6013 1/8 Indura 🙏
$ VAL-10001 12
$ WLD-10041 5
> sige po, please send the quotation
?quote
?en
""",
    r"""
name: en-2005-sarah-6207-nsk-lead-time-partial
title: C002 asks 25 6207-DDU NSK (11 in HOU, 44 due 2026-12-19), asks when the rest lands, orders, then takes the 11 now and 14 later: no order before the choice, one after
phone: +14155550101
customer: C002
language: en
tags: short-stock, back-order, eta, partial, order

> need 25 6207-DDU NSK bearings
$ BRG-10107 25
> when do the rest come in?
?date 2026-12-19
> ok place the order
"""
    + NO_ORDER_YET
    + r"""
> ship the 11 you have now and backorder the other 14, partial shipment is fine
?order
@ orders 1
?en
""",
    r"""
name: en-2006-dave-too-expensive-grainger
title: C005 prices 30 Klingspor grit 40 flap discs, then `too expensive, grainger has them at 4.10`: the rule's price kept, a seller, in the queue
phone: +17135550105
customer: C005
language: en
tags: price-objection, seller, queue

> price on 30 flap discs 4-1/2 grit 40 klingspor
$ ABR-10077 30
> thats too expensive, grainger has them at 4.10 each. can you match?
?seller
@ queue
?no-order
?en
""",
    r"""
name: en-2007-sarah-same-as-last-time-but-100-wheels
title: C002 repeats its last order (F-40149) with 100 of the 9" 3M wheels instead of 50: the four lines re-priced, the wheels at 100
phone: +14155550101
customer: C002
language: en
tags: reorder, change

> same as last time but make the 9 inch 3M wheels 100 instead of 50
$ ABR-10020 100
$ BRG-10257 50
$ ABR-10021 4
$ BRG-10032 50
?en
""",
    r"""
name: en-2008-tom-invoice-copy-f-50005
title: C002's approver asks a copy of F-50005 and its due date: 8,400.00 due 2026-12-05
phone: +14155550102
customer: C002
language: en
tags: after-sale, invoice-copy

> Hi, can you send me a copy of invoice F-50005? When is it due?
= F-50005
~ 8,?400
?date 2026-12-05
?no-order
?en
""",
    r"""
name: en-2009-dave-where-is-so-80006
title: C005 asks where SO-80006 is: it was cancelled
phone: +17135550105
customer: C005
language: en
tags: after-sale, where-is-my-delivery, cancelled

> where's my delivery? SO-80006, been waiting a while
= SO-80006
~ (?i)cancel
?no-order
?en
""",
    r"""
name: en-2010-sarah-return-extra-bearings
title: C002 wants to return 6 bearings shipped too many on SO-80005: a seller takes it, in the queue, no order
phone: +14155550101
customer: C002
language: en
tags: after-sale, return, seller, queue

> we received 6 more bearings than we ordered on SO-80005, how do we return them?
?seller
@ queue
?no-order
?en
""",
    r"""
name: en-2011-sarah-quotes-tom-accepts-sarah-asks
title: C002: Sarah quotes 12 6310-2RSH SKF and 6 Siemens 9A contactors; Tom accepts it by number with PO 77-2011 from his phone; Sarah asks whether it went through: the order named
phone: +14155550101
customer: C002
language: en
tags: two-contacts, quote, accept-by-number, po, status

> quote 12 6310-2RSH SKF bearings and 6 contactors 3P 9A 220VAC Siemens
$ BRG-10346 12
$ ELE-10217 6
> quote
?quote
> [as +14155550102] approved. accept {quote}, PO 77-2011
?order
@ orders 1
@ order-po 77-2011
> [as +14155550101] did Tom's approval go through? whats the order number
= {order}
@ orders 1
?en
""",
    r"""
name: en-2012-dave-20-line-list
title: C005 pastes 20 lines in one message: every line priced, no body over 1,600 characters
phone: +17135550105
customer: C005
language: en
tags: long-list, split

> pls quote:
| 10 6205-2RSH SKF
| 8 6206-2RSH SKF
| 6 6310-2RSH SKF
| 12 6204-ZZ KOYO
| 10 B54 Gates belts
| 6 A42 Gates belts
| 5 A76 Gates belts
| 200 hex bolts M8x40 DIN 933 zinc
| 150 hex bolts M12x50 DIN 933 zinc
| 100 hex bolts M10x30 DIN 933 A2 stainless
| 4 ball valves brass 1/2" NPT
| 3 ball valves stainless 316 1" NPT
| 5 contactors 3P 9A 220VAC Siemens
| 20 breakers 1P 16A curve C Schneider
| 40 cut-off wheels 7" inox Tyrolit
| 25 flap discs 4-1/2" grit 40 Klingspor
| 30 kg E6013 1/8 Lincoln
| 4 bags cable ties 300x2.5 black
| 2 spools MIG wire ER70S-6 0.9mm Indura
| 3 contactors 3P 32A 220VAC Schneider
$ BRG-10076 10
$ BRG-10091 8
$ BRG-10346 6
$ BRG-10070 12
$ BLT-10265 10
$ BLT-10033 6
$ BLT-10101 5
$ FAS-10022 200
$ FAS-10167 150
$ FAS-10346 100
$ VAL-10001 4
$ VAL-10118 3
$ ELE-10217 5
$ ELE-10049 20
$ ABR-10041 40
$ ABR-10077 25
$ WLD-10009 30
$ ELE-10289 4
$ WLD-10057 2
$ ELE-10169 3
?en
""",
    r"""
name: en-2013-dave-all-caps-three-dozen
title: C005 writes in capitals for THREE DOZEN dark anti-fog glasses and HALF A DOZEN 6206-2RSH SKF: 36 and 6 priced
phone: +17135550105
customer: C005
language: en
tags: capitals, words

> NEED THREE DOZEN SAFETY GLASSES DARK ANTI FOG AND HALF A DOZEN 6206-2RSH SKF BEARINGS ASAP
$ SAF-10014 36
$ BRG-10091 6
?en
""",
    r"""
name: en-2014-pa-guest-english-with-spanish-words
title: A guest in Panama City writes English with Spanish words (10 válvulas ball valve brass 1/2 NPT, 200 pernos M8x40 DIN 933 zinc): list prices, replies in English
phone: +50762012014
customer: guest
language: en
tags: guest, panama, mixed-language

> hi, need price for 10 valvulas ball valve brass 1/2 npt and 200 pernos hex bolt m8x40 din 933 zinc, thanks
$ VAL-10001 10
$ FAS-10022 200
?en
""",
    r"""
name: en-2015-dave-answers-two-messages-later
title: C005 asks 20 6206 bearings, then asks its balance (15,999.99), then answers `the 2rsh skf one`: the SKF priced
phone: +17135550105
customer: C005
language: en
tags: answer-later, balance

> need 20 6206 bearings
? reply
> also whats our balance right now?
~ 15,?999\.99
> oh and the bearing is the 2rsh skf one
$ BRG-10091 20
?en
""",
    r"""
name: en-2016-dave-corrects-beaumont-to-baytown
title: C005 asks 10 6310-2RSH SKF shipped to Beaumont, corrects to Baytown, orders: Baytown named, one order with the 10
phone: +17135550105
customer: C005
language: en
tags: delivery-city, correction, order

> need 10 6310-2RSH SKF shipped to our yard in Beaumont
$ BRG-10346 10
> correction - deliver to Baytown, not Beaumont
~ (?i)baytown
> order
?order
@ orders 1
@ order-line BRG-10346 10
?en
""",
    r"""
name: en-2017-ana-on-hold-writes-english
title: C004 (on hold, Spanish by default) writes in English for 10 A42 Gates belts and 40 M12x50 bolts: priced, the hold said, replies in English; `order` goes to approval
phone: +51987654004
customer: C004
language: en
tags: hold, language-switch, approval

> hi, can you quote 10 A42 Gates belts and 40 hex bolts M12x50 DIN 933 zinc please
$ BLT-10033 10
$ FAS-10167 40
"""
    + HOLD
    + r"""
> order
?approval
?en
""",
    r"""
name: en-2018-dave-half-dozen-hundred-two-dozen
title: C005 asks half a dozen 1/2" brass ball valves, a hundred M8x40 DIN 933 zinc bolts and two dozen pairs of M cut-resistant gloves: 6, 100 and 24 priced
phone: +17135550105
customer: C005
language: en
tags: words

> need half a dozen brass ball valves 1/2 npt, a hundred hex bolts m8x40 din 933 zinc and two dozen pairs of cut resistant gloves size M
$ VAL-10001 6
$ FAS-10022 100
$ SAF-10009 24
?en
""",
    r"""
name: en-2019-tom-status-and-ups-tracking
title: C002's approver asks the state of their orders (SO-80002 picking, SO-80005 invoiced) and then the UPS tracking number: 1Z999AA10123456784
phone: +14155550102
customer: C002
language: en
tags: after-sale, status, tracking

> status of our orders pls
= SO-80002
~ (?i)picking
= SO-80005
> whats the tracking # for the UPS one?
= 1Z999AA10123456784
?no-order
?en
""",
    r"""
name: en-2020-ke-guest-lead-time-7in-metal-dewalt
title: A guest in Nairobi asks the lead time of 100 7" metal Dewalt cut-off wheels (none on hand, 180 due 2026-12-05): list price and the date; a quote
phone: +254722012020
customer: guest
language: en
tags: guest, kenya, back-order, eta, quote

> Hello, what is the lead time on 100 pcs cut-off wheel 7 inch metal Dewalt?
$ ABR-10054 100
?date 2026-12-05
> ok we can wait for that, please send a quotation
?quote
?en
""",
]
