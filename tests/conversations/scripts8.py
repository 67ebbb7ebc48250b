r"""An eighth set of buyers (es-7xx / en-7xx, 20 per language), written blind to the
implementation: only SPEC.md, ERP.md, the corpus notation (README.md), build.py /
erp_rules.py, scripts6.py for its format and the demo ERP folder (`mostrador demo-data
--as-of 2026-11-25`) were read; not bot/, flows/, channels/, templates/, workers/, bench/
nor what the played runner says about the earlier sets, and the set was not played by its
author.

Different in kind from the earlier sets: longer conversations (6 or 7 buyer messages) in which
the buyer changes their mind several times (a quantity, a length, a brand, a material, a
line removed, a code mistyped), mixes after-sale questions (order status, an invoice's due
date, the statement, a promise to pay) with new items in the same conversation, answers
the bot's questions late or not at all (the quantity two messages later, a short-stock
choice after adding another item, company / tax id / email over three messages after
asking about shipping), and comes back for a quote that expired. The notation has no way
to move the clock, so an expired quote is one the buyer names from before this Mostrador
(`la Q-2026-00193 que nos mandaron en septiembre`): the buyer restates the items, gets
today's prices and a new quote, changes it, and accepts the new one. Buyers write from
Chile (`wena`, `golillas`, `faena`), México (`ocupo`, `baleros`, `cinchos`), Perú
(`ingeniero`, `arandelas`, `millar`, `6,400.00`), Colombia (`me colabora`, NIT), Argentina
(`che`, `poneme`), Guatemala (`fíjese que`), the US (Ohio, Florida, Texas), Canada (Alberta,
Québec): greetings with items, pasted Excel rows (tab-separated), a forwarded email with
its headers, the customer's own part numbers, quantities in words (`dos docenas`, `media
docena`, `medio millar`, `un ciento`, `treinta`, `6 of each`), packs (`bolsas`, `bags`),
a quantity corrected inside a dictated message (`veinte no mejor treinta`), options chosen
by price (`la más barata`, `the cheapest one`), by material, by brand and by number, then
changed; acknowledgements and emojis (`gracias!! 🙌`, `👍👍 thanks, will let you know`,
`have a great thanksgiving 🦃`) that are neither items nor acceptances.

The facts come from the contract and the demo data, never from what the bot says:

- Prices: ERP.md's rule (erp_rules.py; build.py fills them in); a guest sees list prices.
- Availability = on_hand - reserved - damaged per warehouse (ERP.md). Every line that is
  ordered is covered by one warehouse. Short on purpose: BRG-10318 (6308-2RSR FAG) SCL 19
  only, 15 incoming to SCL on 2026-12-06, substitute BRG-10316 (SKF, SCL 51) covers 30
  (es-708); BRG-10107 (6207 NSK) HOU 11 only, 44 incoming to HOU on 2026-12-19, substitute
  BRG-10109 (NTN, LIM 51) covers 30 (en-726). Lines quoted but never ordered may be short
  (BLT-10101 A76 Gates SCL 15 for 50 in es-711, until cut to 15; ABR-10007 for C003).
- Customer part numbers (cross_references.csv, C001): MLA-44-1000 BLT-10002, MLA-46-1020
  ABR-10005, MLA-47-1030 BRG-10011, MLA-45-1010 FAS-10004, MLA-47-1080 BLT-10024.
- Options: `válvula de bola 3/4` fits five SKUs; for C001 the cheapest is the carbon steel
  VAL-10274 (13.60 for 6; brass 16.99, stainless 40.78). `ball valve 1/2"` five (VAL-10001,
  VAL-10100, VAL-10265, VAL-10364, VAL-10463). `6212 2rs` five; the cheapest for C005 is
  KOYO BRG-10185 (16.95), SKF is BRG-10181.
- After the sale (order_status.csv): C001 SO-80001 shipped (Chilexpress 99120455); C002
  SO-80002 picking (ETA 2026-11-27), SO-80005 invoiced (F-39990); C004 SO-80003 received;
  C005 SO-80006 cancelled.
- Receivables: C001 F-50003 due 2026-12-01; C002 F-50005 8,400.00, F-50006 1,250.00
  disputed; C003 F-50007 2,300.00 due 2026-10-16 (overdue); C004 F-50008 12,800.00 due
  2026-10-01, F-50009 balance 2,100.00, F-50010 6,000.00; C005 F-50011 15,999.99 due
  2026-12-10.
- Credit: C003 blocked ("Cheques protestados en octubre"); C004 on hold (F-50008 more than
  30 days overdue): its orders go to approval, the hold is said once.
- Last purchases (sales_history.csv): C001 F-40150 (BLT-10033 4, SAF-10014 10, BLT-10101
  50, BRG-10261 4; the glasses are under the margin floor, no price fact for them); C003
  F-40148 (ABR-10002 20, ABR-10007 50, FAS-10023 2, FAS-10049 10); C005 F-40146 (ABR-10077
  50, FAS-10096 10, WLD-10005 2, FAS-10148 50).
- Dates: promises are written with their day (`el lunes 7 de diciembre`, `el 15 de
  diciembre`, `el 9 de diciembre`, `on Dec 10th`) or as `este viernes` / `el viernes` /
  `this Friday` ({friday}); 2026-11-25 is a Wednesday.
"""

T = "\t"
GUEST_ES = r"~ (?i)empresa|compa[nñ][ií]a|raz[oó]n social|para qui[eé]n|a nombre de|negocio"
GUEST_EN = r"~ (?i)company|business|on behalf|who (are you|do you) (buy|purchas)"
TAX_ES = r"~ (?i)\brut\b|\bnit\b|\brfc\b|\bruc\b|identificaci[oó]n (fiscal|tributaria)|tax"
TAX_EN = r"~ (?i)tax id|\bein\b|tax number|business number|vat"
MAIL = r"~ (?i)e-?mail|correo"
HOLD_ES = r"~ (?i)vencid|mora\b|atrasad|F-50008|12[.,]?800"
HOLD_EN = r"~ (?i)overdue|past due|F-50008|12,?800|on hold"
BLOCK_ES = r"~ (?i)bloque|cheques protestados"
PERSON_ES = r"~ (?i)vendedor|asesor|ejecutiv|paula|colega|una persona|alguien del equipo"


SCRIPTS = [
    # ------------------------------------------------------------------ Spanish
    r"""
name: es-701-cotizacion-vencida-vuelve
title: C001 comes back for a September quote that expired (a number this Mostrador never made), restating the items: today's prices; asks about SO-80001 on the way; changes the belts to 12 after the new quote; "perfecto, adelante con esa 👍" orders the revised one
phone: +56912345001
customer: C001
language: es
tags: quote, expired, status, change, accept, emoji

> Hola buenas tardes! Les escribo por la cotización Q-2026-00193 que nos mandaron en septiembre, ya está vencida. Me la pueden actualizar? Eran 10 correas B50 Gates y 8 rodamientos 6310 2RS SKF
$ BLT-10257 10
$ BRG-10346 8
?no-order
> y aprovecho, la SO-80001 ya salió? la están esperando en faena
= SO-80001
~ (?i)chilexpress
= 99120455
?no-order
> ya, cotízame eso entonces
?quote
= BLT-10257
= BRG-10346
> ah no, espera, que las correas sean 12
$ BLT-10257 12
?not-item
> mándame la cotización de nuevo porfa
?quote
> perfecto, adelante con esa 👍
?order
@ orders 1
@ order-line BLT-10257 12
@ order-line BRG-10346 8
""",
    rf"""
name: es-702-carla-pega-excel
title: C001's approver pastes four Excel rows (tab-separated, a header row), removes the belts, raises the bolts to 60, asks the total, then approves with OC 4500-2298-A: one order with the PO and three lines
phone: +56912345002
customer: C001
language: es
tags: table, remove, change, total, quote, accept, po

> Buenas tardes, soy Carla Soto de Minera Los Andes, Jorge está con licencia. Necesito cotizar esto:
| Cant.{T}Descripción{T}Marca
| 40{T}Perno hexagonal M12x50 zincado hilo completo{T}-
| 10{T}Disco de corte 7" inox{T}Norton
| 8{T}Correa A64{T}Gates
| 6{T}Rodamiento 6310 2RS{T}SKF
$ FAS-10167 40
$ ABR-10005 10
$ BLT-10077 8
$ BRG-10346 6
?not-item
> saca las correas por favor, esas las compra mantención directo
?not-item
> y los pernos súbelos a 60
$ FAS-10167 60
> ¿cuánto suma todo?
~ 150[.,]58
> cotizar
?quote
!= BLT-10077
> Aprobada. Nuestra OC es la 4500-2298-A, favor procesar
?order
@ orders 1
@ order-po 4500-2298-A
@ order-line FAS-10167 60
@ order-line ABR-10005 10
@ order-line BRG-10346 6
""",
    rf"""
name: es-703-mx-baleros-cinchos-lead
title: A Monterrey guest ("ocupo", "dos docenas de baleros", "3 bolsas de cinchos", "tornillo allen"), then "siempre no los cinchos", a quote, "¿cómo le hago para el pedido?", a shipping question instead of the data, then company, RFC and email: a lead, never an order
phone: +528112345703
customer: guest
language: es
tags: guest, mexico, words, packs, remove, quote, lead

> Buenas tardes! le escribo de un taller en Monterrey, ocupo precio de dos docenas de baleros 6204 2rs koyo y 3 bolsas de cinchos negros de 200 x 4.8
$ BRG-10065 24
$ ELE-10287 3
{GUEST_ES}
?es
> y tornillo allen m8 x 25 zincado, unos 100
$ FAS-10031 100
> siempre no los cinchos, ya tenemos
?not-item
> ¿me lo cotiza así?
?quote
!= ELE-10287
> ok va, ¿cómo le hago para hacer el pedido?
{TAX_ES}
{MAIL}
?no-order
> ¿y sí hacen envíos hasta Monterrey o tengo que ir a recoger?
?no-order
> Aceros y Herrajes del Norte SA de CV, RFC AHN150312KT8, compras@aceroshnorte.mx
@ queue
?no-order
""",
    rf"""
name: es-704-pe-retenido-promesa-y-estado
title: The Lima customer on hold builds a cart of galvanized fittings (the overdue said once, not again on the next line), promises 6,400.00 on Monday 7 December, asks for the order (to approval), then SO-80003's status and thanks while waiting
phone: +51987654004
customer: C004
language: es
tags: peru, hold, promise, approval, status, waiting

> Buenos días ingeniero, para la obra de San Isidro vamos a necesitar 20 codos de 90 galvanizados de 1 1/4" y 12 tees galvanizadas de 1 1/4"
$ VAL-10229 20
$ VAL-10230 12
{HOLD_ES}
> agréguele también 10 uniones universales galvanizadas de 1 1/4 por favor
$ VAL-10232 10
!~ (?i)F-50008|12[.,]?800
> ingeniero, sobre la F-50008: el lunes 7 de diciembre abonamos 6,400.00 y el saldo antes de fin de año
@ promise 2026-12-07 6400.00
?no-order
> listo, pase el pedido nomás
?approval
@ queue
> mientras tanto, ¿me confirma en qué estado está la SO-80003?
= SO-80003
~ (?i)recib|received|recepci
> gracias ingeniero 🙏
?not-item
@ queue
""",
    rf"""
name: es-705-bloqueado-debe-promete-cotiza
title: The blocked workshop ("wena") asks for discs and rod (the block said), asks what it owes (F-50007, days overdue), promises 2.300 on Friday, gets a quote anyway, drops the rod, re-quotes, and asks for the order: to approval
phone: +56987654003
customer: C003
language: es
tags: blocked, statement, promise, quote, remove, approval

> wena, necesito 30 discos de corte de 9" para metal dewalt y 5 kilos de electrodo 6011 de 1/8 indura
$ ABR-10056 30
$ WLD-10033 5
{BLOCK_ES}
> y cuánto estamos debiendo?
= F-50007
~ 2[.,]?300
~ {{days-since 2026-10-16}}
?no-order
> ya, el viernes deposito los 2.300 y me desbloquean
@ promise {{friday}} 2300.00
> mientras tanto cotízame igual lo que te pedí
?quote
> sácale los electrodos, esos los tengo
?not-item
> cotiza de nuevo
?quote
!= WLD-10033
> ya, hazme el pedido con esa cotización
?approval
""",
    r"""
name: es-706-codigos-propios-corregidos
title: C001 pastes four of its own part numbers ("MLA-47-1030 x 6"), corrects one code, raises the nuts to 500, checks the cart, then "ok, acepto {quote}. la OC te la mando en la tarde": one order with the corrected lines
phone: +56912345001
customer: C001
language: es
tags: part-number, correction, change, cart, quote, accept

> buenas tardes, necesito estos códigos nuestros:
| MLA-44-1000 x 12
| MLA-46-1020 x 50
| MLA-47-1030 x 6
| MLA-45-1010 x 200
$ BLT-10002 12
$ ABR-10005 50
$ BRG-10011 6
$ FAS-10004 200
?not-item
> el MLA-47-1030 no, me equivoqué de código, era el MLA-47-1080
$ BLT-10024 6
> y de las tuercas ponle 500 mejor
$ FAS-10004 500
> carrito
= BLT-10002
= ABR-10005
= BLT-10024
= FAS-10004
!= BRG-10011
> cotízalo
?quote
> ok, acepto {quote}. la OC te la mando en la tarde
?order
@ orders 1
@ order-line BLT-10024 6
@ order-line FAS-10004 500
@ order-line BLT-10002 12
@ order-line ABR-10005 50
""",
    r"""
name: es-707-ar-manejan-fag-sin-cantidad
title: An Argentine guest asks "¿manejan rodamientos FAG?" for a 6308 2rs with no quantity, asks about shipping to Córdoba instead of answering, then "dale, poneme 8", adds belts, gets a quote and "lo charlo con mi socio 👌": no order, not queued
phone: +5493514440707
customer: guest
language: es
tags: guest, argentina, question, no-quantity, late-answer, quote, ack

> Hola buenas! ¿manejan rodamientos FAG? estoy buscando el 6308 2rs
= BRG-10318
?asks-qty
?not-item
> ¿y cuánto tardan en mandar a Córdoba?
?no-order
> dale, poneme 8 de esos
$ BRG-10318 8
> y sumale 2 correas B68 dayco
$ BLT-10295 2
> pasame la cotización así la veo
?quote
> buenísimo che, lo charlo con mi socio y te confirmo 👌
?no-order
@ no-queue
""",
    r"""
name: es-708-quiebre-responde-tarde
title: 30 FAG bearings with 19 in Santiago (the 6 Dec arrival and the SKF substitute); the buyer adds belts instead of choosing, asks when the rest arrives, then moves all 30 to the SKF and orders; thanks, then asks F-50004's due date
phone: +56912345001
customer: C001
language: es
tags: short-stock, substitute, late-answer, order

> necesito 30 rodamientos 6308 2rs fag, es para una parada de planta
$ BRG-10318 30
?date 2026-12-06
= BRG-10316
?no-order
> ah y 10 correas B50 gates
$ BLT-10257 10
?no-order
> ¿cuándo les llegan los FAG que faltan?
?date 2026-12-06
> no alcanzo a esperar, pásame todo a los SKF, los 30, y haz el pedido
?order
@ orders 1
@ order-line BRG-10316 30
@ order-line BLT-10257 10
> gracias!! 🙌
?not-item
@ orders 1
> oye, y la F-50004 vence el 12, cierto?
= F-50004
?date 2026-12-12
@ orders 1
""",
    r"""
name: es-709-gt-cable-y-breakers
title: A Guatemalan guest ("fíjese que", "calibre 10", "breakers de 2 polos") asks cable by the metre, asks for breakers without a quantity, gives it next, raises the black cable, gets a quote, then asks whom to talk to for credit: queued
phone: +50255550709
customer: guest
language: es
tags: guest, guatemala, metres, no-quantity, late-answer, change, quote, seller

> Buenas tardes, fíjese que andamos buscando cable THHN calibre 10 negro, unos 250 metros, y 120 metros del rojo
$ ELE-10013 250
$ ELE-10015 120
?es
> ¿tienen breakers de 2 polos de 20 amperios Schneider?
= ELE-10059
?asks-qty
> ah sí, perdón, 12 de esos
$ ELE-10059 12
> mejor el negro que sean 280 metros
$ ELE-10013 280
> me lo cotiza por favor
?quote
> ¿con quién puedo hablar para abrir una cuenta de crédito con ustedes?
?seller
@ queue
?no-order
""",
    rf"""
name: es-710-co-me-colabora-lead-en-partes
title: A Colombian guest ("me colabora") asks in words (ocho, media docena, cuatro rollos), drops the belts, gets a quote, asks for the order, then gives company, then NIT and email in a later message: a lead, no order
phone: +573154440710
customer: guest
language: es
tags: guest, colombia, words, remove, quote, lead

> Buenos días, me colabora con la cotización de: ocho correas A52 Gates, media docena de rodamientos 6206 2RS SKF y cuatro rollos de alambre MIG 0.9 ESAB
$ BLT-10053 8
$ BRG-10091 6
$ WLD-10053 4
?not-item
> quíteme las correas por favor, esas ya las conseguimos
?not-item
> me envía la cotización
?quote
!= BLT-10053
> listo, procedamos con el pedido
{GUEST_ES}
{TAX_ES}
{MAIL}
?no-order
> Metalmecánica La Sabana S.A.S.
?no-order
> NIT 901.234.567-8 y el correo es compras@metalsabana.com.co
@ queue
?no-order
> mil gracias, quedo atento 🙏
?not-item
""",
    r"""
name: es-711-repite-sin-lentes-y-factura
title: "repíteme el último pedido pero sin los lentes oscuros": F-40150 re-priced (the A76 short); the A76 cut to the 15 on hand, the bearings doubled, MIG wire added, an invoice's due date asked, the cart checked, then ordered
phone: +56912345001
customer: C001
language: es
tags: reorder, remove, change, invoice, cart, order

> buenas! repíteme el último pedido pero sin los lentes oscuros
$ BLT-10033 4
$ BLT-10101 50
$ BRG-10261 4
?no-order
> las A76 déjalas en 15, que es lo que tienen
$ BLT-10101 15
> y los rodamientos dóblalos
$ BRG-10261 8
> súmale 2 rollos de alambre MIG 1.2 esab
$ WLD-10056 2
> oye, y la factura F-50003 cuándo vence?
= F-50003
?date 2026-12-01
> carrito
= BLT-10033
= BLT-10101
= BRG-10261
= WLD-10056
!= SAF-10014
> confirmar pedido
?order
@ orders 1
@ order-line BLT-10033 4
@ order-line BLT-10101 15
@ order-line BRG-10261 8
@ order-line WLD-10056 2
""",
    r"""
name: es-712-dictado-veinte-no-treinta
title: A dictated message corrects itself ("veinte no mejor treinta pernos m16 por 50"), washers added, the bolts' length changed to 60, the washers removed, the cart checked, quoted and "ya, procede no más": one order
phone: +56912345001
customer: C001
language: es
tags: voice, words, correction, change, remove, cart, quote, accept

> hola buenas eh necesito veinte no mejor treinta pernos hexagonales m16 por 50 zincados hilo completo y eh las tuercas m16 zincadas también treinta
$ FAS-10397 30
$ FAS-10084 30
?not-item
> y treinta golillas planas m16 zincadas
$ FAS-10089 30
> perdón, los pernos eran de 60 de largo, no de 50
$ FAS-10493 30
> quita las golillas mejor, me sobran
?not-item
> carrito
= FAS-10493
= FAS-10084
!= FAS-10397
!= FAS-10089
> ok cotizar
?quote
> ya, procede no más
?order
@ orders 1
@ order-line FAS-10493 30
@ order-line FAS-10084 30
""",
    r"""
name: es-713-consultor-en-ingles-y-vuelve
title: C001 greets in Spanish, prices contactors, asks for English for a visiting consultant (the replies switch), adds two more in English, then "sigamos en español: cotízame todo" (back to Spanish) and accepts: one order
phone: +56912345001
customer: C001
language: es
tags: language, quote, accept

> Hola, buenas tardes
? reply
?es
> necesito 4 contactores 32A bobina 220V schneider
$ ELE-10169 4
?es
> sorry, I'm here with our Australian consultant, can you give me the details in English for him?
?en
> thanks mate. add 2 contactors 40A 24VDC coil schneider too
$ ELE-10173 2
?en
> listo, gracias. Ya se fue el consultor, sigamos en español: cotízame todo
?quote
?es
> adelante con la cotización, gracias
?order
@ orders 1
@ order-line ELE-10169 4
@ order-line ELE-10173 2
""",
    r"""
name: es-714-la-mas-barata-y-cambia
title: "¿cuánto valen las válvulas de bola de 3/4? necesito 6" gets options; "la más barata" takes the carbon steel one, then "mejor la de acero inoxidable npt" replaces it, tees added, quoted, "va con OC 4500-2315": one order with the PO
phone: +56912345001
customer: C001
language: es
tags: choice, by-price, by-material, change, quote, accept, po

> cuánto valen las válvulas de bola de 3/4? necesito 6
? choice 2
> la más barata
$ VAL-10274 6
> mmm no, mejor la de acero inoxidable npt, el agua es ácida
$ VAL-10109 6
> y 6 tees inox de 3/4 npt
$ VAL-10113 6
> cotizar
?quote
!= VAL-10274
> listo, va con OC 4500-2315
?order
@ orders 1
@ order-po 4500-2315
@ order-line VAL-10109 6
@ order-line VAL-10113 6
""",
    rf"""
name: es-715-pide-a-paula-a-medio-carro
title: C001 gets bearings and belts quoted, then asks for Paula to call about delivery to the mine: queued; items sent while waiting make no order; "estado" still lists SO-80001
phone: +56912345001
customer: C001
language: es
tags: quote, seller, waiting, status

> necesito 6 rodamientos 6310 2rs skf y 4 correas B90 gates
$ BRG-10346 6
$ BLT-10337 4
> cotiza
?quote
> oye, ¿me puede llamar la Paula? tengo que coordinar la entrega en faena
{PERSON_ES}
@ queue
?no-order
> también súmale 10 discos flap de 7" grano 60 norton
@ queue
?no-order
> estado
= SO-80001
> ok, quedo atento
@ queue
?no-order
""",
    r"""
name: es-716-pe-estado-de-cuenta-dos-promesas
title: The Lima customer on hold asks for its statement (three invoices, F-50009's 2,100.00 balance), promises the 2,100.00 this Friday and the 12,800.00 on 15 December, then gets gate valves quoted and thanks: two promises, no order
phone: +51987654004
customer: C004
language: es
tags: peru, hold, statement, promise, quote, ack

> Buenas tardes ingeniero, ¿me puede enviar el estado de cuenta de Constructora Sur por favor?
= F-50008
= F-50009
= F-50010
~ 2[.,]?100
?no-order
> La F-50009 ya la pagamos en parte; el saldo de 2,100.00 lo cancelamos este viernes
@ promise {friday} 2100.00
> y de la F-50008, el 15 de diciembre depositamos los 12,800.00
@ promise 2026-12-15 12800.00
> ahora sí, cotíceme 10 válvulas de compuerta de bronce de 1 1/2" npt
$ VAL-10056 10
> cotizar
?quote
> muchas gracias ingeniero, lo reviso con gerencia y le confirmo 👍
?no-order
""",
    rf"""
name: es-717-contratista-antofagasta-guion
title: A guest contractor from Antofagasta lists four fasteners in one line separated by " - ", removes the lock washers, lengthens the bolts to 50, gets a quote, asks about delivery and then for a seller for volume prices: queued
phone: +56955550717
customer: guest
language: es
tags: guest, several-items, remove, change, quote, seller

> hola buenas tardes, somos contratistas en Antofagasta, necesito precio de 100 pernos hex m12x40 zincados hilo completo - 100 tuercas m12 zincadas - 100 golillas planas m12 zincadas - 100 golillas de presión m12 zincadas
$ FAS-10088 100
$ FAS-10044 100
$ FAS-10049 100
$ FAS-10059 100
{GUEST_ES}
> las golillas de presion no, sácalas
?not-item
> y los pernos que sean de 50 de largo
$ FAS-10167 100
> cotízame
?quote
!= FAS-10059
!= FAS-10088
> ¿y cuánto se demora el despacho a Antofagasta?
?no-order
> quiero hablar con un vendedor para ver precio por volumen, vamos a comprar harto
?seller
@ queue
?no-order
""",
    rf"""
name: es-718-bloqueado-repite-y-paula
title: The blocked workshop asks for "lo mismo de la última vez" (F-40148 re-priced, the block said), cuts the 9" discs to 30, asks why it is blocked, promises 2.300 on 9 December, asks for the order (to approval) and for Paula: queued
phone: +56987654003
customer: C003
language: es
tags: blocked, reorder, change, promise, approval, seller

> buenas, lo mismo de la última vez porfa
$ ABR-10002 20
$ ABR-10007 50
$ FAS-10023 2
$ FAS-10049 10
{BLOCK_ES}
> pero los discos de 9 que sean 30 nomás
$ ABR-10007 30
> ¿y por qué estoy bloqueado si siempre pago?
~ (?i)cheque|protestad|vendedor|asesor|paula
?no-order
> el 9 de diciembre le pago los 2.300 de la factura
@ promise 2026-12-09 2300.00
> ya, pedido
?approval
> ¿puedo hablar con la Paula? es por el bloqueo
{PERSON_ES}
@ queue
""",
    r"""
name: es-719-dos-cotizaciones-acepta-la-ultima
title: Blue cable quoted, then red and white added and quoted again; "ok me quedo con esta última, acepto" orders the three lines; "¿y en qué estado queda mi pedido?" names the new order
phone: +56912345001
customer: C001
language: es
tags: metres, quote, requote, accept, status

> cotízame 100 metros de cable thhn 8 awg azul
$ ELE-10023 100
> cotizar
?quote
> ah, súmale 100 metros del 8 rojo y 50 del blanco
$ ELE-10021 100
$ ELE-10020 50
> cotízalo de nuevo con todo
?quote
= ELE-10023
= ELE-10021
= ELE-10020
> ok me quedo con esta última, acepto
?order
@ orders 1
@ order-line ELE-10023 100
@ order-line ELE-10021 100
@ order-line ELE-10020 50
> ¿y en qué estado queda mi pedido?
= {order}
""",
    rf"""
name: es-720-pe-medio-millar-y-ciento
title: A Peruvian guest asks "medio millar de pernos" and "un ciento de tuercas", adds "arandelas" by the hundred, raises the bolts to "un millar", gets a quote, asks about IGV and leaves: no order, not queued
phone: +51944440720
customer: guest
language: es
tags: guest, peru, words, change, quote, ack

> Buenas tardes, consulta: ¿cuánto me sale medio millar de pernos hexagonales m10x30 zincados hilo completo y un ciento de tuercas m10 zincadas?
$ FAS-10017 500
$ FAS-10024 100
{GUEST_ES}
> ¿y las arandelas planas m10 zincadas? también un ciento
$ FAS-10029 100
> mejor que sea un millar de pernos
$ FAS-10017 1000
> ¿me lo cotiza? es para la empresa
?quote
> ¿el precio incluye IGV?
?no-order
> ya, gracias, le aviso
?no-order
@ no-queue
""",
    # ------------------------------------------------------------------ English
    r"""
name: en-721-sarah-changes-then-po
title: C002 greets with three items, drops the A48s, bumps the bearings to 30, asks whether SO-80002 ships this week, gets a quote, thanks (no order), then "Tom signed off. Go ahead with it, PO PIS-210455": one order with the PO
phone: +14155550101
customer: C002
language: en
tags: several-items, remove, change, status, quote, ack, accept, po

> Morning! hope you had a good week. Need 20 6202 2RS NSK, 12 B60 gates and 10 A48 gates
$ BRG-10032 20
$ BLT-10277 12
$ BLT-10045 10
?en
> Actually drop the A48s, found a box of them in the back
?not-item
> and bump the bearings up to 30
$ BRG-10032 30
> btw is SO-80002 still going out this week?
= SO-80002
~ (?i)picking
?date 2026-11-27
> ok send me a quote
?quote
!= BLT-10045
> thanks! 🙏 will get it approved
?no-order
@ no-queue
> Tom signed off. Go ahead with it, PO PIS-210455
?order
@ orders 1
@ order-po PIS-210455
@ order-line BRG-10032 30
@ order-line BLT-10277 12
""",
    r"""
name: en-722-expired-quote-rerun
title: C005 asks to rerun an October quote that expired (a number this Mostrador never made) with its items restated, adds rod, gets a quote, removes the 6013 and raises the 7018 to 30 kg, re-quotes, "ok go ahead with it": one order
phone: +17135550105
customer: C005
language: en
tags: quote, expired, change, remove, requote, accept, kg

> hey, that quote you sent back in october expired (Q-2026-00187). can you rerun it at today's pricing? it was 20 kg of 7018 3/32 lincoln and 25 flap discs 7" grit 60 klingspor
$ WLD-10006 20
$ ABR-10080 25
?no-order
> also throw in 10 kg of 6013 1/8 lincoln
$ WLD-10009 10
> quote it
?quote
> hmm can you take the 6013 off and make the 7018 30 kg
$ WLD-10006 30
?not-item
> requote pls
?quote
!= WLD-10009
> ok go ahead with it
?order
@ orders 1
@ order-line WLD-10006 30
@ order-line ABR-10080 25
""",
    rf"""
name: en-723-oh-guest-do-you-carry-lead
title: An Ohio guest asks "do you guys carry Gates V-belts?", then "B60 and B62, 6 of each", adds B64s, gets a quote, asks how to order, and gives the company and then EIN and email in two messages: a lead, no order
phone: +16145550723
customer: guest
language: en
tags: guest, question, several-items, quote, lead

> Hi there, do you guys carry Gates V-belts?
? reply
> need B60 and B62, 6 of each
$ BLT-10277 6
$ BLT-10281 6
> can you check 6 of the B64 too
$ BLT-10285 6
> could you put that in a quote?
?quote
> how do I place an order?
{GUEST_EN}
{TAX_EN}
{MAIL}
?no-order
> it's Buckeye Mill Services in Columbus OH
?no-order
> EIN 31-4455667, purchasing@buckeyemill.com
@ queue
?no-order
""",
    rf"""
name: en-724-ab-guest-make-it-100-each
title: An Edmonton guest prices bolts and nylocks ("what would that run me?"), asks about shipping to Canada, then "make that 100 of each actually", adds washers, gets a quote and asks for a call from sales: queued, no order
phone: +17805550143
customer: guest
language: en
tags: guest, canada, change, quote, seller

> Hey, calling from Edmonton. Looking for 50 M10x30 hex bolts 8.8 zinc full thread and 50 M10 nylock nuts zinc, what would that run me?
$ FAS-10017 50
$ FAS-10034 50
{GUEST_EN}
> oh and do you ship up to Canada or just the US?
?no-order
> make that 100 of each actually
$ FAS-10017 100
$ FAS-10034 100
> plus 100 M10 flat washers zinc
$ FAS-10029 100
> can you quote it
?quote
> cheers. can somebody from sales give me a call? 780-555-0143
?seller
@ queue
?no-order
""",
    r"""
name: en-725-tom-asks-balance-then-approves
title: C002's approver gets breakers quoted, asks the balance (F-50005, the disputed F-50006) and whether SO-80005 was invoiced (F-39990) and whether the 2P breakers are in stock, then "alright, approved. PO 4471-TB, please process the quote": one order with the PO
phone: +14155550102
customer: C002
language: en
tags: approver, quote, statement, status, accept, po

> Hi, Tom here from Pacific Industrial. Sarah's out, need a quote for 20 3P 20A breakers ABB and 8 2P 32A ABB
$ ELE-10095 20
$ ELE-10089 8
> quote
?quote
> what's our balance with you right now?
= F-50005
= F-50006
~ 8,?400
~ (?i)disput
?no-order
> and SO-80005, was that one invoiced already?
= SO-80005
~ (?i)invoic
= F-39990
> are the 2P 32A in stock? we need them by next week
= ELE-10089
~ (?i)stock|available|ship|dispatch
> alright, approved. PO 4471-TB, please process the quote
?order
@ orders 1
@ order-po 4471-TB
@ order-line ELE-10095 20
@ order-line ELE-10089 8
""",
    r"""
name: en-726-short-nsk-answers-later
title: 30 NSK 6207 with 11 in Houston (the 19 Dec arrival and the NTN substitute); the buyer adds flap discs first, asks the NTN's price, then "nah, for the nsk just ship the 11 you've got and backorder the rest": one order; "when will the rest get here?" gives the date
phone: +17135550105
customer: C005
language: en
tags: short-stock, back-order, late-answer, order

> need 30 6207 2rs nsk
$ BRG-10107 30
?date 2026-12-19
= BRG-10109
?no-order
> also 20 flap discs 4.5 grit 80 klingspor
$ ABR-10081 20
?no-order
> what's the price on the NTN ones?
$ BRG-10109 30
?no-order
> nah, for the nsk just ship the 11 you've got and backorder the rest
?order
@ orders 1
@ order-line ABR-10081 20
> when will the rest get here?
?date 2026-12-19
> cool thanks man
@ orders 1
""",
    r"""
name: en-727-forwarded-email-nsk-to-skf
title: C002 forwards Mike's email whole (Forwarded header, From/Date/Subject/To lines, "(2) 6308 2RS SKF" rows, a sign-off): three lines, the headers not items; the 6206s changed to SKF; SO-80002's ETA asked; ordered with PO PIS-210502
phone: +14155550101
customer: C002
language: en
tags: pasted-email, several-items, change, cart, order, po

> ---------- Forwarded message ---------
| From: Mike Alvarez <malvarez@pacific-industrial.example>
| Date: Tue, Nov 24, 2026 at 4:12 PM
| Subject: parts for line 3
| To: Sarah Johnson <sarah.johnson@pacific-industrial.example>
| Sarah, can you get these ordered asap:
| (2) 6308 2RS SKF
| (6) 6206 ZZ NSK
| (1) bag 300x4.8 black zip ties
| Thanks, Mike
$ BRG-10316 2
$ BRG-10097 6
$ ELE-10291 1
?not-item
> sorry, Mike says the 6206s should be SKF, not NSK
$ BRG-10096 6
> cart
= BRG-10096
!= BRG-10097
> also what's the ETA on SO-80002?
= SO-80002
?date 2026-11-27
> ok place the order please, PO PIS-210502
?order
@ orders 1
@ order-po PIS-210502
@ order-line BRG-10316 2
@ order-line BRG-10096 6
@ order-line ELE-10291 1
> thx!
@ orders 1
""",
    r"""
name: en-728-cheapest-then-skf-only
title: "need 10 6212 2rs, whatever brand you have", then "go with the cheapest one" (KOYO), then "scratch that, boss says SKF only", plus 6209s "same brand": one order with both SKF lines; then the statement (F-50011)
phone: +17135550105
customer: C005
language: en
tags: brand, by-price, choice, change, order

> need 10 6212 2rs, whatever brand you have
~ BRG-1018[1-5]
?not-item
> go with the cheapest one
$ BRG-10185 10
> scratch that, boss says SKF only
$ BRG-10181 10
> and 10 6209 2rs, same brand
$ BRG-10136 10
> order
?order
@ orders 1
@ order-line BRG-10181 10
@ order-line BRG-10136 10
> thanks. can you send me our statement too
= F-50011
@ orders 1
""",
    r"""
name: en-729-statement-promise-thanksgiving
title: C002 asks for its statement (F-50005, the disputed F-50006), asks about the disputed one, promises F-50005 this Friday, prices bearings, gets a quote and wishes a happy thanksgiving 🦃: no order, not queued
phone: +14155550101
customer: C002
language: en
tags: statement, promise, quote, ack, emoji

> Hi! could you send me our statement? AP is asking for it
= F-50005
= F-50006
~ (?i)disput
?no-order
> F-50006 is the one we disputed, the short shipment. still open on your end?
?no-order
> ok. we'll pay F-50005 this Friday
@ promise {friday}
> also need 12 6204 2RS NSK while I have you
$ BRG-10062 12
> quote
?quote
> perfect thank you!! have a great thanksgiving 🦃
?not-item
?no-order
@ no-queue
""",
    r"""
name: en-730-run-back-last-order-swap
title: "yo, run back our last order please" (F-40146 re-priced), "skip the rod and the M10 bolts", "swap the klingspor flap discs for norton, same grit": the cart keeps two lines, the total asked (255.50), ordered
phone: +17135550105
customer: C005
language: en
tags: reorder, remove, change, brand, cart, order

> yo, run back our last order please
$ ABR-10077 50
$ FAS-10096 10
$ WLD-10005 2
$ FAS-10148 50
?no-order
> skip the rod and the M10 bolts
?not-item
> and swap the klingspor flap discs for norton, same grit
$ ABR-10061 50
> cart
= ABR-10061
= FAS-10148
!= ABR-10077
!= WLD-10005
!= FAS-10096
> how much is that all together now?
~ 255[.,]50
> order it
?order
@ orders 1
@ order-line ABR-10061 50
@ order-line FAS-10148 50
""",
    rf"""
name: en-731-pe-switches-to-english-hold
title: The Lima customer on hold greets in Spanish, then asks for English for a director from Houston: valves and unions priced in English with the overdue said, a quote, SO-80003 asked about, and the order goes to approval, all in English
phone: +51987654004
customer: C004
language: en
tags: peru, language, hold, quote, approval

> Hola ingeniero, buenos días
?es
> Sorry — from now on please reply in English, our new project director from Houston reads this chat
?en
> We need 30 brass ball valves 1-1/4" NPT and 30 brass unions 1-1/4" NPT
$ VAL-10046 30
$ VAL-10052 30
{HOLD_EN}
?en
> can I get that as a formal quote?
?quote
?en
> by the way, any news on SO-80003?
= SO-80003
?en
> ok, go ahead and place the order
?approval
@ queue
?en
""",
    r"""
name: en-732-chuy-writes-spanish-dave-back
title: C005 prices MIG wire in English and asks what it owes (F-50011), the welding foreman adds rod in Mexican Spanish ("ocupamos"), Dave comes back in English and asks to quote all of it (replies in English, both lines), then "go ahead": one order
phone: +17135550105
customer: C005
language: en
tags: language, kg, quote, accept

> need 4 spools of 1.0mm ER70S-6 lincoln
$ WLD-10051 4
?en
> what do we owe you guys at the moment btw
= F-50011
?en
> hola, soy Chuy el de soldadura, también ocupamos 10 kilos de electrodo 7018 de 5/32 lincoln
$ WLD-10007 10
?es
> Dave again, sorry about that. can you quote all of it?
?quote
= WLD-10051
= WLD-10007
?en
> go ahead
?order
@ orders 1
@ order-line WLD-10051 4
@ order-line WLD-10007 10
> 👌 thx
?not-item
@ orders 1
""",
    r"""
name: en-733-wrong-breakers-return
title: C002 gets contactors quoted, then asks to talk to someone about a return on SO-80005: queued; "hello? anyone?" while waiting; "status" still lists SO-80002; "nvm" makes no order
phone: +14155550101
customer: C002
language: en
tags: quote, seller, waiting, status

> hi! pricing on 8 contactors 25A 24VDC coil schneider pls
$ ELE-10167 8
> quote
?quote
> also — SO-80005 came with the wrong breakers, 2P instead of 3P. can I talk to someone about a return?
?seller
@ queue
?no-order
> hello? anyone?
@ queue
> status
= SO-80002
> nvm, Mike called me back. thanks
?no-order
""",
    rf"""
name: en-734-qc-guest-bags-lead
title: A guest machine shop near Québec City ("Bonjour", "merci") prices cable ties by the bag and wheels, adds flap discs, makes it 5 bags, gets a quote, orders and gives company, NEQ and email: a lead, no order
phone: +14185550734
customer: guest
language: en
tags: guest, canada, packs, change, quote, lead

> Bonjour! small machine shop near Québec City here. Price for 3 bags of 300mm x 4.8 black cable ties and 15 cut-off wheels 5 inch inox Tyrolit?
$ ELE-10291 3
$ ABR-10047 15
{GUEST_EN}
> merci! also 10 flap discs 4.5 grit 60 tyrolit
$ ABR-10087 10
> the cable ties, make it 5 bags
$ ELE-10291 5
> quote pls
?quote
?en
> ok let's order
{TAX_EN}
{MAIL}
?no-order
> Usinage Beauport Inc., NEQ 1145678901, achats@usinagebeauport.ca
@ queue
?no-order
""",
    r"""
name: en-735-no-qty-then-both-later
title: "need some 7018 1/8 esab" and "do you have 14 inch cutoff wheels for metal, dewalt?" without quantities (the 14 is the size): asked; "25 kg of the rod and 20 of the wheels" answers both later; the rod raised to 30; quoted; "👍👍 thanks, will let you know" is no acceptance
phone: +17135550105
customer: C005
language: en
tags: no-quantity, late-answer, question, quote, ack, emoji

> need some 7018 1/8 esab
= WLD-10021
?asks-qty
> also do you have 14 inch cutoff wheels for metal, dewalt?
= ABR-10058
?asks-qty
> 25 kg of the rod and 20 of the wheels
$ WLD-10021 25
$ ABR-10058 20
> actually make the rod 30
$ WLD-10021 30
> quote
?quote
> 👍👍 thanks, will let you know
?no-order
@ no-queue
""",
    r"""
name: en-736-option-2-then-stainless
title: "10 ball valves 1/2"" gets options; "2" picks one, then "wait, I meant stainless with npt thread" replaces it; tees added; the cart holds one valve line; ordered with PO PIS-210517
phone: +14155550101
customer: C002
language: en
tags: choice, by-number, by-material, change, cart, order, po

> 10 ball valves 1/2"
? choice 2
> 2
~ VAL-10(001|100|265|364|463)
> wait, I meant stainless with npt thread
$ VAL-10100 10
> and 10 stainless 1/2 npt tees to go with them
$ VAL-10104 10
> cart
= VAL-10100
= VAL-10104
!~ VAL-10(001|265|364|463)
> order, PO PIS-210517
?order
@ orders 1
@ order-po PIS-210517
@ order-line VAL-10100 10
@ order-line VAL-10104 10
""",
    r"""
name: en-737-pays-on-the-10th-then-belts
title: C005 promises the 15,999.99 "on Dec 10th", then prices two Bando belts, raises the B78s to 8, gets a quote and "lol ok gotta check w/ the boss first, thx 🙏": a promise, no order, not queued
phone: +17135550105
customer: C005
language: en
tags: promise, quote, ack, emoji

> hey, accounting says we owe you 15,999.99 — we'll send it on Dec 10th
@ promise 2026-12-10 15999.99
?not-item
?no-order
> while I'm here, need 6 B78 bando belts
$ BLT-10316 6
> and 6 of the A78 bando
$ BLT-10108 6
> make the B78s 8
$ BLT-10316 8
> quote
?quote
> lol ok gotta check w/ the boss first, thx 🙏
?no-order
@ no-queue
""",
    r"""
name: en-738-numbered-list-edits-requote
title: C002's numbered quote request (1) to 4)), "remove line 2", "the A40s make it 8", a quote, washers added with "sorry", a re-quote naming them, then "go ahead with it": one order with the four lines
phone: +14155550101
customer: C002
language: en
tags: several-items, numbering, remove, change, quote, requote, accept

> Quote request:
| 1) 30x 6305 2RS SKF
| 2) 20x 6305 ZZ SKF
| 3) 10x B48 Gates
| 4) 5x A40 Gates
$ BRG-10271 30
$ BRG-10276 20
$ BLT-10253 10
$ BLT-10029 5
> remove line 2
?not-item
> and the A40s make it 8
$ BLT-10029 8
> quote
?quote
!= BRG-10276
> oh can you add 50 M8 flat washers zinc? sorry
$ FAS-10009 50
> ok re-quote
?quote
= FAS-10009
> go ahead with it
?order
@ orders 1
@ order-line BRG-10271 30
@ order-line BLT-10253 10
@ order-line BLT-10029 8
@ order-line FAS-10009 50
""",
    r"""
name: en-739-cancelled-so-reorder-valves
title: "what happened with SO-80006?" (cancelled), then two valves re-ordered, "is F-50011 due on the 10th?" (due 2026-12-10) in between, then "ok order the valves": one order; "thanks Dave out" is no item
phone: +17135550105
customer: C005
language: en
tags: status, invoice, several-items, order

> what happened with SO-80006? we never got it
= SO-80006
~ (?i)cancel
?no-order
> ugh ok. then I need 10 1" brass swing check valves npt
$ VAL-10021 10
> and 10 3/4 brass gate valves npt
$ VAL-10011 10
> is F-50011 due on the 10th?
= F-50011
?date 2026-12-10
> ok order the valves
?order
@ orders 1
@ order-line VAL-10021 10
@ order-line VAL-10011 10
> thanks Dave out
?not-item
@ orders 1
""",
    rf"""
name: en-740-miami-guest-spanish-slip
title: A Miami guest prices galvanized fittings ("12 x 1/2""), adds unions in Spanish ("ay perdón"), raises the elbows to 20, asks for English again for the boss, gets a quote in English and asks about an account: queued, no order
phone: +13055550740
customer: guest
language: en
tags: guest, language, quote, seller

> Hi good afternoon, I'm with a contractor in Miami, need price on 12 x 1/2" galvanized 90 elbows and 12 x 1/2" galvanized couplings
$ VAL-10199 12
$ VAL-10201 12
{GUEST_EN}
> ay perdón, también 12 uniones galvanizadas de 1/2
$ VAL-10202 12
> make the elbows 20
$ VAL-10199 20
> sorry, English please, my boss reads this
?en
> quote
?quote
?en
> can I talk to someone about opening an account?
?seller
@ queue
?no-order
""",
]

assert len(SCRIPTS) == 40
