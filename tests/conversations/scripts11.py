r"""An eleventh set of buyers (es-1101..es-1120 / en-1121..en-1140, 20 per language), written
blind to the implementation: only SPEC.md, ERP.md, the corpus notation (README.md),
build.py / erp_rules.py, test_conversation_corpus.py, scripts10.py for its format and the
demo ERP folder (`mostrador demo-data --as-of 2026-11-25`) were read; not bot/, flows/,
channels/, templates/, workers/, bench/, nor the played runner's DISAGREE list, and the set
was not played by its author.

What it leans on, where the earlier sets were thin:

- Conversations that span the whole sale: items, then a question about one of them (how
  many in Santiago or Houston, when more arrive), a change, the quote, the acceptance with
  a PO number, and `estado`/`status` afterwards naming the new order (es-1101, en-1121,
  en-1140).
- Choices answered in words: `la de bronce`, `la de inox`, `la primera y la tercera`, `the
  cheapest one`, `the stainless one`, `brass`; items sent while a choice is open (added,
  the choice asked again) and `pedido`/`order` while a choice is open (no order).
- Quantities: `1.000` from Argentina and Spain and `1,000` from the UK and India (one
  thousand each), `0,2 km` and `doscientos metros` of cable, bags of zip ties asked in
  bags and in pieces (`300 amarras` = 3 bags of 100, `500 zip ties` = 5, `1,500` = 15), `dos
  docenas`, `un ciento`, `a dozen`, `pzas`, `nos`, `pcs`, a count corrected inside
  a dictated message (`20 … no espera eran 16`, `forty pounds no kilos`), no quantity given
  (asked, then answered in words).
- Unknown items mixed with known ones, then `cotizar`/`quote`: the open line stays on the
  quote (needs_review) and a seller gets the conversation (es-1105, en-1124, en-1134).
- Short stock settled in the buyer's words: ship what is on hand and back-order the rest
  (`mándame los 28 que hay y el resto cuando lleguen`, `ship the 11 and backorder the
  other 14`), a substitute by brand or by price (`pásame los ntn`, `go with the cheaper
  one`), a seller (`no me sirve partido`).
- Credit: on hold told once (not repeated on the next items), the amount that unblocks and
  a promise on Monday 30 (`cancelamos`, Peru); blocked with a seller asked and `estado` while
  waiting; an order above the available credit (C002: 52,200.00 against 50,350.00).
- Guests from Argentina, Mexico (two), Colombia, Spain, the UK, Canada, the Philippines,
  India and Georgia (US), some becoming leads (company, tax id, email).
- A seller asked for, then items, `menu` and `estado`/`status` while waiting (one
  acknowledgement, the conversation stays in the queue).
- Two lists long enough to need more than 1,600 characters of answer (26 lines each):
  a fact on every line's SKU.

The facts come from the contract and the demo data, never from what the bot says:

- Prices: ERP.md's rule (erp_rules.py; build.py fills them in); a guest sees list prices.
  Lines under the margin floor (C001's and C002's gloves and ear plugs, C004's helmets,
  C001's 6310 FAG at 20) were left out rather than given a price fact.
- Availability = on_hand - reserved - damaged per warehouse (ERP.md); every line that is
  ordered is covered by one warehouse. Asked on purpose: BLT-10277 (B60 Gates) has 11 in
  SCL (es-1101); BRG-10121 (6208-2RSH SKF) has 8 in HOU (en-1121); BRG-10383 (6312-2ZR
  FAG) 35 in HOU (en-1140); BRG-10355 (6310 ZZ Koyo) none on hand, 18 due 2026-12-22
  (es-1109). Short on purpose: VAL-10072 (45° brass elbow 2" NPT) SCL 28, 18 more on
  2026-12-24, no substitutes (es-1110); BRG-10352 (6310 ZZ NSK) SCL 3 / HOU 2, substitutes
  SKF (HOU 50), FAG (SCL 44, HOU 58) and NTN (SCL 56, HOU 31), the NTN cheapest for C005
  (20.09) and taken by C001 too (es-1111, en-1128); VAL-10336 (45° carbon steel elbow 2" NPT) SCL 23, 7 more on
  2026-12-13, no substitutes (es-1112); BRG-10107 (6207-DDU NSK) HOU 11, 44 more on
  2026-12-19 (en-1127).
- Choices (several materials fit, the buyer names none): ball valves 1/2" and 1-1/2" NPT
  (brass, stainless 316, carbon steel), gate valves 1" NPT, swing check valves 1" and 3/4"
  NPT. For C002 the cheapest 1-1/2" ball valve is the carbon steel one (28.70 at 8).
- Credit: C003 blocked ("Cheques protestados en octubre", F-50007 2,300.00); C004 on hold
  (F-50008 12,800.00 due 2026-10-01); C002 limit 60,000, open balance 9,650.00 (F-50005
  8,400.00 due 2026-12-05, F-50006 1,250.00 disputed), 50,350.00 available.
- After the sale (order_status.csv): SO-80001 C001 shipped, SO-80002 C002 picking,
  SO-80005 C002 invoiced (UPS 1Z999AA10123456784).
- Dates: 2026-11-25 is a Wednesday; `el lunes 30` is 2026-11-30, `Dec 3rd` 2026-12-03.
"""

GUEST_ES = r"~ (?i)empresa|compa[nñ][ií]a|raz[oó]n social|para qui[eé]n|a nombre de|negocio"
GUEST_EN = r"~ (?i)company|business|on behalf|who (are you|do you) (buy|purchas)"
LEAD_ES = r"~ (?i)e-?mail|correo|cuit|rut|rfc|nit|raz[oó]n social|empresa"
LEAD_EN = r"~ (?i)e-?mail|company|tax|ein|vat"
HOLD_ES = r"~ (?i)vencid|mora\b|atrasad|F-50008|12[.,]?800"
NOT_HOLD_ES = r"!~ (?i)vencid|mora\b|atrasad|F-50008|12[.,]?800"
BLOCK_ES = r"~ (?i)bloque|cheques protestados"
PERSON_ES = r"~ (?i)vendedor|asesor|ejecutiv|paula|colega|una persona|alguien del equipo"
CREDIT_EN = r"~ (?i)credit|limit|approv|review"
GATE_TWO = r"(?s)VAL-10020.*VAL-10(119|284)|VAL-10119.*VAL-10(020|284)|VAL-10284.*VAL-10(020|119)"


SCRIPTS = [
    # ------------------------------------------------------------------ Spanish
    r"""
name: es-1101-jorge-de-la-lista-a-la-oc
title: C001 asks three lines for a plant stop, asks how many B60 belts Santiago has (11), cuts belts and bearings to 10, quotes, accepts with OC 4500-3412 and asks `estado`
phone: +56912345001
customer: C001
language: es
tags: span, warehouse, change, quote, accept, po, status

> buenas! pa la parada de planta necesito 12 rodamientos 6312 2rs fag, 8 correas b60 gates y 4 valvulas de bola inox 1/2 npt
$ BRG-10378 12
$ BLT-10277 8
$ VAL-10100 4
?not-item
> las correas b60 cuantas tienen aca en santiago?
~ \b11\b
?no-order
> ya entonces ponle 10 a las correas y los rodamientos bajalos a 10 tb
$ BLT-10277 10
$ BRG-10378 10
> cotizar
?quote
> acepto, la OC es 4500-3412
?order
@ orders 1
@ order-po 4500-3412
@ order-line BRG-10378 10
@ order-line BLT-10277 10
@ order-line VAL-10100 4
> y como veo en que va? estado
= {order}
""",
    rf"""
name: es-1102-ana-retenida-se-dice-una-vez
title: C004 (on hold) asks cable in metres and ABB contactors: the hold is said once; ABB breakers added without repeating it; the order goes to approval
phone: +51987654004
customer: C004
language: es
tags: peru, hold, once, metres, approval

> buen día ingeniero, para la obra en Surco necesito 200 metros de cable thhn 12 awg negro y 10 contactores abb de 95A bobina 220v
$ ELE-10001 200
$ ELE-10214 10
{HOLD_ES}
> agrégame 20 automáticos abb de 1 polo 20A curva C por favor
$ ELE-10077 20
{NOT_HOLD_ES}
> ya, genera el pedido nomás
?approval
@ queue
""",
    rf"""
name: es-1103-ar-invitado-mil-bulones
title: An Argentine guest (`che`, `bulones`, `rulemanes`, `haceme`) prices 1.000 bolts and 1.000 lock nuts (one thousand each) at list, adds bearings, orders and gives company, CUIT and email: a lead
phone: +5491155581103
customer: guest
language: es
tags: guest, argentina, thousands, lead

> buenas, che me pasas precio de 1.000 bulones m10x30 din 933 zincados 8.8 y 1.000 tuercas autofrenantes m10 din 985 zincadas?
$ FAS-10017 1000
$ FAS-10034 1000
{GUEST_ES}
> sumale 6 rulemanes 6205 2rs skf
$ BRG-10076 6
> dale, haceme el pedido
{LEAD_ES}
?no-order
> Metalúrgica Don Bosco SRL, CUIT 30-71234567-9, compras@metaldonbosco.example
@ queue
?no-order
""",
    r"""
name: es-1104-mx-invitado-la-de-bronce
title: A Mexican guest (`ocupo`, `válvulas de esfera`) asks 1/2" NPT ball valves without the material: options; answers `la de bronce porfa`, adds brass elbows, asks the quote
phone: +5218115581104
customer: guest
language: es
tags: guest, mexico, choice, words, quote

> que tal buenas tardes, ocupo 6 valvulas de esfera de 1/2 npt, cuanto salen?
? choice 3
> la de bronce porfa
$ VAL-10001 6
> y tambien 10 codos de bronce de 1/2 npt a 90 grados
$ VAL-10004 10
> me mandas la cotizacion porfa
?quote
$ VAL-10001 6
$ VAL-10004 10
""",
    r"""
name: es-1105-co-me-regala-con-chumaceras
title: A Colombian guest (`me regala`) asks bearings, pillow blocks the catalog does not carry and cut-off wheels; the quote keeps the pillow blocks as an open line for a seller
phone: +573005581105
customer: guest
language: es
tags: guest, colombia, open-line, quote, needs-review

> buenas tardes, me regala cotización de lo siguiente por favor:
| - 10 rodamientos 6203 zz nsk
| - 4 chumaceras ucp 208
| - 20 discos de corte 7 pulgadas para metal norton
$ BRG-10052 10
$ ABR-10006 20
> cotizar
?quote
= ucp 208
@ quote needs_review
@ queue
> muchas gracias, quedo atento
?no-order
""",
    rf"""
name: es-1106-es-valencia-mil-arandelas
title: A guest from a Valencia workshop (`os`, `podéis`, `cincadas`, `allen`, `vale`) prices 1.000 washers (one thousand) and 500 socket screws at list, asks about shipping to Spain, asks a `presupuesto`
phone: +34655581106
customer: guest
language: es
tags: guest, spain, thousands, quote

> Hola buenas, os escribo de un taller de Valencia. ¿Me podéis pasar precio de 1.000 arandelas planas DIN 125 M8 cincadas y 500 tornillos allen DIN 912 M8x30 cincados?
$ FAS-10009 1000
$ FAS-10051 500
{GUEST_ES}
> Vale. ¿Y cuánto tardáis en mandarlo a España?
? reply
?no-order
> Vale, pues pasadme un presupuesto con eso
?quote
""",
    rf"""
name: es-1107-raul-bloqueado-pide-a-paula
title: The blocked workshop asks Indura rod and Norton wheels (blocked said with the reason), asks what it means, asks for Paula; `hola?` gets one acknowledgement and `estado` still answers
phone: +56987654003
customer: C003
language: es
tags: blocked, seller, waiting, status

> hola, necesito 30 kilos de electrodo 7018 de 1/8 indura y 10 discos de corte de 4 1/2 para metal norton de 1 mm
$ WLD-10037 30
$ ABR-10002 10
{BLOCK_ES}
> y eso q significa, no me pueden vender nada?
?no-order
> paseme con la paula mejor
{PERSON_ES}
@ queue
> hola?
? reply
@ queue
> estado
? reply
@ queue
""",
    r"""
name: es-1108-carla-lista-larga-mantencion
title: C001's approver pastes a 26-line fastener list for a major overhaul (over 1,600 characters of answer): every line named with its price; a quote; thanks is not an acceptance
phone: +56912345002
customer: C001
language: es
tags: long, list, split, quote

> hola, esto es para la mantención mayor de chancado, me cotizas porfa:
| 200 pernos hex din 933 m6x20 8.8 zincados
| 200 pernos hex din 933 m6x20 10.9 pavonados
| 300 pernos hex din 933 m8x25 8.8 zincados
| 200 pernos hex din 933 m8x30 8.8 zincados
| 250 pernos hex din 933 m10x30 8.8 zincados
| 100 pernos hex din 933 m10x50 8.8 zincados
| 300 pernos hex din 933 m12x40 8.8 zincados
| 200 pernos hex din 933 m12x60 8.8 zincados
| 150 pernos hex din 933 m16x50 8.8 zincados
| 200 tuercas hex din 934 m6 zincadas
| 500 tuercas hex din 934 m10 zincadas
| 500 tuercas hex din 934 m12 zincadas
| 200 tuercas hex din 934 m16 zincadas
| 500 golillas planas din 125 m6 zincadas
| 500 golillas planas din 125 m8 zincadas
| 500 golillas planas din 125 m10 zincadas
| 300 golillas de presion din 127 m10 zincadas
| 300 golillas de presion din 127 m12 zincadas
| 200 golillas de presion din 127 m16 zincadas
| 200 tuercas autoblocantes din 985 m8 zincadas
| 200 tuercas autoblocantes din 985 m10 zincadas
| 100 tuercas autoblocantes din 985 m12 zincadas
| 100 pernos allen din 912 m6x20 8.8 zincados
| 100 pernos allen din 912 m8x30 8.8 zincados
| 100 pernos allen din 912 m10x40 8.8 zincados
| 50 pernos allen din 912 m12x50 8.8 zincados
$ FAS-10036 200
$ FAS-10162 200
$ FAS-10002 300
$ FAS-10007 200
$ FAS-10017 250
$ FAS-10097 100
$ FAS-10088 300
$ FAS-10222 200
$ FAS-10397 150
$ FAS-10064 200
$ FAS-10024 500
$ FAS-10044 500
$ FAS-10084 200
$ FAS-10069 500
$ FAS-10009 500
$ FAS-10029 500
$ FAS-10039 300
$ FAS-10059 300
$ FAS-10099 200
$ FAS-10014 200
$ FAS-10034 200
$ FAS-10054 100
$ FAS-10152 100
$ FAS-10051 100
$ FAS-10181 100
$ FAS-10453 50
?not-item
> cotizar
?quote
> gracias, la reviso con el jefe de mantención y te confirmo
?no-order
""",
    r"""
name: es-1109-jorge-audio-corrige-y-pregunta-eta
title: C001 dictates belts, 20 bearings corrected to 16 inside the message, and asks when the Koyo 6310 arrive (2026-12-22); quotes the belts and the NSK bearings and accepts
phone: +56912345001
customer: C001
language: es
tags: voice, correction, eta, quote, accept

> hola aca jorge oye necesito 10 correas b54 gates y eh 20 rodamientos 6305 zz nsk no espera eran 16 y tambien dime cuando les llegan los koyo 6310 zz que no tenian
$ BLT-10265 10
$ BRG-10277 16
?date 2026-12-22
> ya cotizame las correas y los 6305 nomas
?quote
$ BLT-10265 10
$ BRG-10277 16
> acepto
?order
@ orders 1
@ order-line BLT-10265 10
@ order-line BRG-10277 16
""",
    r"""
name: es-1110-jorge-manda-los-28-que-hay
title: C001 asks 40 brass 45° elbows 2" NPT when Santiago has 28 (18 more on 2026-12-24, no substitute); asks when more arrive and ships the 28, the rest back-ordered
phone: +56912345001
customer: C001
language: es
tags: short-stock, eta, backorder, order

> necesito 40 codos de 45 de bronce de 2" npt
$ VAL-10072 40
~ \b28\b
?no-order
> y cuando les llegan mas?
?date 2026-12-24
> ya, mandame los 28 que hay y el resto cuando lleguen
?order
@ orders 1
""",
    r"""
name: es-1111-jorge-nsk-corto-pasame-los-ntn
title: C001 asks 20 NSK 6310 ZZ (5 on hand); the covering FAG and NTN substitutes are offered; `pásame los ntn` with A42 belts added in the same message; ordered
phone: +56912345001
customer: C001
language: es
tags: short-stock, substitute, brand, words, order

> 20 rodamientos 6310 zz nsk para mañana porfa
$ BRG-10352 20
= BRG-10353
= BRG-10354
?no-order
> pasame los ntn entonces, y sumale 10 correas a42 gates
$ BRG-10354 20
$ BLT-10033 10
> pedido
?order
@ orders 1
@ order-line BRG-10354 20
@ order-line BLT-10033 10
""",
    rf"""
name: es-1112-carla-no-me-sirve-partido
title: C001 asks 40 carbon steel 45° elbows 2" NPT (23 on hand, 7 more on 2026-12-13, no substitute) and, not wanting a split delivery, asks a seller to call
phone: +56912345002
customer: C001
language: es
tags: short-stock, eta, seller

> cotízame 40 codos 45° de acero carbono de 2 pulgadas npt
$ VAL-10336 40
~ \b23\b
?date 2026-12-13
?no-order
> no me sirve partido, prefiero que me llame un vendedor para ver alternativas
{PERSON_ES}
@ queue
?no-order
> ok, quedo atenta a su llamada
@ queue
?no-order
""",
    rf"""
name: es-1113-jorge-la-primera-y-la-tercera
title: C001 asks 4 gate valves 1" NPT without the material: options; `la primera y la tercera, 4 de cada una` puts two of them in the cart; a quote
phone: +56912345001
customer: C001
language: es
tags: choice, words, several, quote

> hola, precio de 4 valvulas de compuerta de 1" npt
? choice 3
> la primera y la tercera, 4 de cada una
~ {GATE_TWO}
?not-item
> cotizar
?quote
~ {GATE_TWO}
""",
    r"""
name: es-1114-jorge-codos-con-la-pregunta-abierta
title: C001 asks 1-1/2" NPT ball valves (options), sends brass elbows while the choice is open (added, asked again), answers `la de inox` and orders
phone: +56912345001
customer: C001
language: es
tags: choice, pending, words, order

> 6 valvulas de bola de 1 1/2 npt
? choice 3
> agregame 20 codos 90 de bronce de 1/2 npt
$ VAL-10004 20
? choice 2
> la de inox
$ VAL-10154 6
> pedido
?order
@ orders 1
@ order-line VAL-10154 6
@ order-line VAL-10004 20
""",
    r"""
name: es-1115-carla-pedido-con-la-eleccion-abierta
title: C001's approver asks 1" NPT swing check valves (options), writes `pedido` before choosing (no order, the choice again), answers `la de bronce` and orders
phone: +56912345002
customer: C001
language: es
tags: choice, pending, order-while-choosing, words

> necesito 8 válvulas de retención de 1 pulgada npt
? choice 2
> pedido
?no-order
? choice 2
> la de bronce
$ VAL-10021 8
> ahora sí, pedido
?order
@ orders 1
@ order-line VAL-10021 8
""",
    r"""
name: es-1116-carla-cable-en-km-y-amarras
title: C001 asks cable as `0,2 km` and `doscientos metros` (200 m each), zip ties in bags and in pieces (300 = 3 bags of 100); a quote
phone: +56912345002
customer: C001
language: es
tags: metres, km, words, packs, quote

> hola, necesito 0,2 km de cable thhn 10 awg amarillo y doscientos metros de thhn 12 awg blanco
$ ELE-10018 200
$ ELE-10002 200
> y 2 bolsas de amarras plásticas 300x4,8 negras
$ ELE-10291 2
> ah y 300 amarras de 200x4,8 tb
$ ELE-10287 3
> cotizar
?quote
$ ELE-10018 200
$ ELE-10287 3
""",
    r"""
name: es-1117-jorge-discos-sin-cantidad
title: C001 asks for Norton flap discs and Norton inox cut-off wheels without quantities: each asked, answered `dos docenas` (24) and `un ciento` (100); ordered
phone: +56912345001
customer: C001
language: es
tags: no-quantity, words, dozen, order

> tienen discos flap de 4 1/2 grano 80 norton?
= ABR-10065
?asks-qty
?not-item
> dos docenas
$ ABR-10065 24
> y discos de corte 4 1/2 de 1 mm pa inox norton
= ABR-10001
?asks-qty
> un ciento
$ ABR-10001 100
> pedido
?order
@ orders 1
@ order-line ABR-10065 24
@ order-line ABR-10001 100
""",
    rf"""
name: es-1118-mx-queretaro-licenciada-rfc
title: A guest purchasing clerk from Querétaro (`Lic.`, `pzas`, `baleros`) asks a formal quote at list prices, then "la aprobaron" with company, RFC and email: a lead, no order
phone: +5214425581118
customer: guest
language: es
tags: guest, mexico, pzas, quote, lead

> Buenas tardes, soy la Lic. Fernanda de compras de Autopartes del Bajío en Querétaro. Requiero cotización formal de 24 pzas balero 6004 zz fag y 12 pzas balero 6203 zz fag
$ BRG-10458 24
$ BRG-10053 12
{GUEST_ES}
> cotización porfavor
?quote
> Ok ya la aprobaron, nos pueden facturar? Autopartes del Bajío SA de CV, RFC ABA150312KQ7, compras@autopartesbajio.example
@ queue
?no-order
""",
    r"""
name: es-1119-jorge-pide-a-paula-y-sigue-escribiendo
title: C001 asks for Paula about contract prices, then sends an item while waiting (one acknowledgement), `menu` and `estado` still answer (SO-80001)
phone: +56912345001
customer: C001
language: es
tags: seller, waiting, menu, status

> hola, necesito hablar con la Paula por un tema de precios del convenio
~ (?i)vendedor|asesor|ejecutiv|paula|colega|una persona|alguien del equipo
@ queue
> y de paso agregame 10 rodamientos 6206 zz ntn
? reply
@ queue
> menu
? reply
@ queue
> estado
= SO-80001
@ queue
""",
    rf"""
name: es-1120-ana-cuanto-para-liberar-y-cancelamos
title: C004 (on hold) asks ABB contactors, asks how much unblocks it (F-50008, 12,800.00), promises it for Monday 30 (`cancelamos`), and gets a quote, no order
phone: +51987654004
customer: C004
language: es
tags: peru, hold, promise, quote

> buenas, quiero hacer un pedido de 10 contactores abb 95A bobina 220V
$ ELE-10214 10
{HOLD_ES}
?no-order
> cuánto hay que pagar para que nos liberen el crédito?
= F-50008
~ 12[.,]?800
> el lunes 30 cancelamos la F-50008 completa, 12,800.00
@ promise 2026-11-30 12800.00
> ok, cotícenme los contactores entonces
?quote
?no-order
""",
    # ------------------------------------------------------------------ English
    r"""
name: en-1121-sarah-shutdown-to-po
title: C002 asks three lines for a shutdown, asks how many 6208s Houston has (8), cuts them to 8, quotes, approves with PO 77120-S and asks `status`
phone: +14155550101
customer: C002
language: en
tags: span, warehouse, change, quote, accept, po, status

> Hi! need pricing for the line 3 shutdown: 20 x 6208 2RS SKF, 10 A68 Gates belts, 6 ball valves 1/2" stainless NPT
$ BRG-10121 20
$ BLT-10085 10
$ VAL-10100 6
?not-item
> how many of the 6208s do you have in Houston?
~ \b8\b
?no-order
> ok make the bearings 8 then
$ BRG-10121 8
> quote please
?quote
> approved, PO 77120-S
?order
@ orders 1
@ order-po 77120-S
@ order-line BRG-10121 8
@ order-line BLT-10085 10
@ order-line VAL-10100 6
> status
= {order}
""",
    rf"""
name: en-1122-uk-guest-cheers-lead
title: A UK guest (`hiya`, `cheers`, `brill`) prices 1,000 spring washers and 1,000 nuts (one thousand each) at list, asks about shipping, orders with company, VAT and email: a lead
phone: +447700581122
customer: guest
language: en
tags: guest, uk, thousands, lead

> Hiya, could you quote 1,000 M12 spring washers DIN 127 zinc and 1,000 M12 hex nuts DIN 934 zinc please? Cheers
$ FAS-10059 1000
$ FAS-10044 1000
{GUEST_EN}
> we're a fab shop in Sheffield, do you ship to the UK?
? reply
?no-order
> brill, go ahead and order them. Sheffield Steelworks Ltd, VAT GB123456789, buying@sheffieldsteel.example
@ queue
?no-order
""",
    r"""
name: en-1123-ca-guest-bags-and-ties-eh
title: A Canadian guest asks 500 zip ties (5 bags of 100) and 2 bags of smaller ones, adds a dozen 3M flap discs, then asks for someone for a bigger mill order
phone: +18075581123
customer: guest
language: en
tags: guest, canada, packs, dozen, seller

> hey there, looking for 500 zip ties 300mm x 4.8 and 2 bags of the 150 x 3.6 ones, eh
$ ELE-10291 5
$ ELE-10282 2
> also a dozen 4-1/2 flap discs 60 grit 3M
$ ABR-10071 12
> sorry, is there someone I can talk to about a bigger order for our mill in Thunder Bay?
?seller
@ queue
?no-order
""",
    r"""
name: en-1124-ph-guest-po-mechanical-seal
title: A Filipino guest (`po`, `pcs`, `pls`) asks bearings, belts and a mechanical seal the catalog does not carry; the quote keeps the seal as an open line for a seller; thanks is not an order
phone: +639175581124
customer: guest
language: en
tags: guest, philippines, open-line, quote, needs-review

> good pm po, pls quote 20 pcs bearing 6205 2rs nsk, 10 pcs v-belt b60 bando and 5 pcs mechanical seal 1-5/8 john crane type 21
$ BRG-10077 20
$ BLT-10280 10
> ok po, pls send quotation
?quote
= john crane
@ quote needs_review
@ queue
> thank you po 🙏
?no-order
""",
    r"""
name: en-1125-in-clerk-kindly-revert-nos
title: An Indian purchasing clerk (`kindly`, `nos`, `revert`) asks best rates for 1,000 nos each of bolts, nuts and spring washers (one thousand), a formal quotation, then sends company/GSTIN while the PO waits for management
phone: +919820581125
customer: guest
language: en
tags: guest, india, thousands, numbering, quote

> Dear Sir, kindly share your best rates for below items:
| 1) Hex bolt M12x60 DIN 933 8.8 zinc plated - 1,000 nos
| 2) Hex nut M12 DIN 934 zinc plated - 1,000 nos
| 3) Spring washer M12 DIN 127 zinc plated - 1,000 nos
| Kindly revert at the earliest.
$ FAS-10222 1000
$ FAS-10044 1000
$ FAS-10059 1000
> Please send formal quotation
?quote
> PO will be released after management approval. Company: Shree Ganesh Engineering Works, GSTIN 27AABCS1429B1ZB, purchase@shreeganesh.example
?no-order
""",
    r"""
name: en-1126-dave-voice-pounds-no-kilos
title: C005 dictates rod (`forty pounds no kilos`), two Lincoln MIG spools switched to ESAB in the same breath and flap discs; `cart` has the ESAB wire only; ordered
phone: +17135550105
customer: C005
language: en
tags: voice, correction, words, cart, order

> yeah hey its dave need uh forty pounds no kilos of 7018 eighth inch lincoln rod and two spools of point nine lincoln mig wire actually make it the esab wire and ten 7 inch flap discs 80 grit norton
$ WLD-10005 40
$ WLD-10053 2
$ ABR-10066 10
> cart
= WLD-10053
!= WLD-10049
> order it
?order
@ orders 1
@ order-line WLD-10005 40
@ order-line WLD-10053 2
@ order-line ABR-10066 10
""",
    r"""
name: en-1127-dave-ship-the-11-backorder-14
title: C005 asks 25 NSK 6207 DDU out of Houston (11 on hand, 44 more on 2026-12-19); asks when the rest comes; ships the 11 and back-orders 14
phone: +17135550105
customer: C005
language: en
tags: short-stock, eta, backorder, order

> need 25 6207 DDU NSK bearings out of houston
$ BRG-10107 25
~ \b11\b
?no-order
> when's the rest coming in
?date 2026-12-19
> ok ship the 11 and backorder the other 14
?order
@ orders 1
""",
    r"""
name: en-1128-dave-go-with-the-cheaper-one
title: C005 asks 30 NSK 6310 ZZ (5 on hand); substitutes offered; `go with the cheaper one` takes the NTN (20.09, Houston 31); ordered
phone: +17135550105
customer: C005
language: en
tags: short-stock, substitute, price, words, order

> 30 6310 ZZ NSK
$ BRG-10352 30
= BRG-10354
?no-order
> go with the cheaper one
$ BRG-10354 30
> order
?order
@ orders 1
@ order-line BRG-10354 30
""",
    rf"""
name: en-1129-tom-mcc-retrofit-over-limit
title: C002's approver orders 250 + 250 Schneider contactors (52,200.00) with 50,350.00 of credit available: approval with the reason, no order confirmed
phone: +14155550102
customer: C002
language: en
tags: credit-limit, hold, approval, po

> Tom here. For the MCC retrofit we need 250 Schneider contactors 80A 220VAC coil and 250 Schneider contactors 65A 220VAC coil
$ ELE-10181 250
$ ELE-10178 250
> place the order please, PO 88012-PIS
?approval
{CREDIT_EN}
!~ (?i)order (is )?confirmed
@ queue
> what's holding it up?
{CREDIT_EN}
""",
    r"""
name: en-1130-sarah-the-cheapest-one
title: C002 asks 8 ball valves 1-1/2" NPT without the material: options; `the cheapest one` is carbon steel (28.70); a quote
phone: +14155550101
customer: C002
language: en
tags: choice, price, words, quote

> 8 ball valves 1-1/2" NPT pls
? choice 3
> the cheapest one
$ VAL-10319 8
> quote
?quote
$ VAL-10319 8
""",
    r"""
name: en-1131-dave-unions-while-choosing
title: C005 asks 10 gate valves 1" NPT (options), sends brass unions while the choice is open (added, asked again), picks `the stainless one` and orders
phone: +17135550105
customer: C005
language: en
tags: choice, pending, words, order

> 10 gate valves 1" npt
? choice 3
> also 20 brass unions 1" npt
$ VAL-10025 20
? choice 2
> the stainless one
$ VAL-10119 10
> order
?order
@ orders 1
@ order-line VAL-10119 10
@ order-line VAL-10025 20
""",
    r"""
name: en-1132-sarah-order-before-choosing
title: C002 asks 12 swing check valves 3/4" NPT (options), writes `order` before choosing (no order, the choice again), answers `brass` and orders
phone: +14155550101
customer: C002
language: en
tags: choice, pending, order-while-choosing, words

> 12 swing check valves 3/4" NPT
? choice 2
> order
?no-order
? choice 2
> brass
$ VAL-10012 12
> ok now order
?order
@ orders 1
@ order-line VAL-10012 12
""",
    r"""
name: en-1133-dave-26-line-shop-restock
title: C005 pastes a 26-line shop restock (over 1,600 characters of answer): every line named with its price; a quote
phone: +17135550105
customer: C005
language: en
tags: long, list, split, quote

> monthly restock, pls price:
| 10 - 6203 ZZ NSK
| 10 - 6204 ZZ KOYO
| 8 - 6205 2RS NTN
| 6 - 6206 2Z SKF
| 6 - 6208 2RS FAG
| 4 - 6305 ZZ NTN
| 4 - 6310 ZZ FAG
| 4 - 6312 2Z SKF
| 6 - A42 Gates v-belt
| 6 - A68 Dayco v-belt
| 6 - B54 Gates v-belt
| 6 - B60 Bando v-belt
| 50 kg - E7018 1/8 ESAB rod
| 4 - ER70S-6 0.9mm ESAB mig wire 15kg spool
| 20 - flap disc 4-1/2 80 grit Norton
| 50 - cut-off wheel 4-1/2 x 1.0 inox Norton
| 25 - cut-off wheel 4-1/2 x 1.0 metal Norton
| 10 - breaker 2P 20A Schneider
| 6 - breaker 3P 32A ABB
| 4 - contactor 32A 24VDC coil ABB
| 3 bags - zip ties 300 x 4.8
| 500 - hex bolt M8x25 DIN 933 8.8 zinc
| 500 - flat washer M8 DIN 125 zinc
| 12 pr - nitrile gloves size L
| 2 bags - zip ties 200 x 3.6
| 10 kg - E6013 1/8 ESAB rod
$ BRG-10052 10
$ BRG-10070 10
$ BRG-10079 8
$ BRG-10096 6
$ BRG-10123 6
$ BRG-10279 4
$ BRG-10353 4
$ BRG-10381 4
$ BLT-10033 6
$ BLT-10087 6
$ BLT-10265 6
$ BLT-10280 6
$ WLD-10021 50
$ WLD-10053 4
$ ABR-10065 20
$ ABR-10001 50
$ ABR-10002 25
$ ELE-10059 10
$ ELE-10098 6
$ ELE-10200 4
$ ELE-10291 3
$ FAS-10002 500
$ FAS-10009 500
$ SAF-10002 12
$ ELE-10286 2
$ WLD-10025 10
?not-item
> quote
?quote
> thx, will look it over
?no-order
""",
    r"""
name: en-1134-sarah-hydraulic-hose-open-line
title: C002 asks bearings, belts and hydraulic hose assemblies the catalog does not carry; the quote keeps the hoses as an open line (needs_review) and a seller gets it
phone: +14155550101
customer: C002
language: en
tags: open-line, quote, needs-review, seller

> need 10 x 6206 ZZ NTN, 6 x B54 Dayco belts and 4 x hydraulic hose assy 1/2" SAE 100R2 x 2m JIC ends
$ BRG-10099 10
$ BLT-10267 6
> quote
?quote
= 100R2
@ quote needs_review
@ queue
> ok thanks, let me know on the hoses
?no-order
@ queue
""",
    r"""
name: en-1135-tom-asks-mike-then-menu-status
title: C002's approver asks Mike to call about the annual contract, adds bearings while waiting (one acknowledgement), and `menu` and `status` still answer (SO-80002)
phone: +14155550102
customer: C002
language: en
tags: seller, waiting, menu, status

> can Mike give me a call about the annual pricing agreement?
?seller
@ queue
> also add 10 6205 2RS SKF to whatever we have going
? reply
@ queue
> menu
? reply
@ queue
> status
= SO-80002
@ queue
""",
    r"""
name: en-1136-tom-what-do-we-owe-dec-3rd
title: C002's approver asks what they owe (F-50005 8,400.00, F-50006 disputed), promises F-50005 by wire on Dec 3rd, and asks where SO-80005 is (invoiced, UPS)
phone: +14155550102
customer: C002
language: en
tags: statement, disputed, promise, status

> Tom from Pacific. What do we owe you guys as of today?
= F-50005
= F-50006
~ 8[,.]?400
> F-50006 is the one we're disputing. we'll wire F-50005 in full on Dec 3rd, 8,400.00
@ promise 2026-12-03 8400.00
> where's SO-80005 btw
= SO-80005
~ (?i)UPS|1Z999AA10123456784
""",
    r"""
name: en-1137-dave-no-qty-twice
title: C005 asks NSK 6205 2RS and ESAB 7018 rod without quantities: each asked, answered `need 10` and `25 kg`; ordered
phone: +17135550105
customer: C005
language: en
tags: no-quantity, order

> got any 6205 2RS bearings, NSK?
= BRG-10077
?asks-qty
?not-item
> need 10
$ BRG-10077 10
> and some E7018 1/8 ESAB rod
= WLD-10021
?asks-qty
> 25 kg
$ WLD-10021 25
> order
?order
@ orders 1
@ order-line BRG-10077 10
@ order-line WLD-10021 25
""",
    r"""
name: en-1138-sarah-bags-ties-dozen-po
title: C002 asks 2 bags of 150 mm ties, 1,500 zip ties 200 mm (15 bags of 100) and a dozen 3M cut-off wheels; quote; accepts it by number with PO 55-7781
phone: +14155550101
customer: C002
language: en
tags: packs, thousands, dozen, quote, accept, po

> 2 bags of 150mm x 4.8 zip ties, 1,500 zip ties 200mm x 4.8 black and a dozen 7" metal cut-off wheels 3M
$ ELE-10283 2
$ ELE-10287 15
$ ABR-10018 12
> quote
?quote
> accept {quote}, PO 55-7781
?order
@ orders 1
@ order-po 55-7781
@ order-line ELE-10287 15
""",
    rf"""
name: en-1139-ga-guest-property-maintenance-lead
title: A guest property maintenance lead from Georgia (`reckon`, `sweet`) prices breakers at list, orders, then gives company, EIN and email over two messages: a lead
phone: +14045581139
customer: guest
language: en
tags: guest, usa, lead, steps

> hey, I run maintenance for some apartment complexes outside Atlanta. reckon y'all have 1 pole 20 amp ABB breakers? need 24
$ ELE-10077 24
{GUEST_EN}
> sweet, let's order them
{LEAD_EN}
?no-order
> Peachtree Residential Services LLC, EIN 58-1234567
?no-order
> email is maint@peachtreeres.example
@ queue
?no-order
""",
    r"""
name: en-1140-dave-houston-stock-to-status
title: C005 asks whether Houston has 12 FAG 6312 ZZ (35), adds Dayco belts, quotes, accepts with PO NW-5521 and asks the status of that order
phone: +17135550105
customer: C005
language: en
tags: span, warehouse, quote, accept, po, status

> 12 6312 ZZ FAG, you got em in houston?
$ BRG-10383 12
~ (?i)houston|\bHOU\b
> and 6 B60 Dayco belts
$ BLT-10279 6
> quote it
?quote
> quote's good, PO NW-5521
?order
@ orders 1
@ order-po NW-5521
@ order-line BRG-10383 12
@ order-line BLT-10279 6
> status on that?
= {order}
""",
]
