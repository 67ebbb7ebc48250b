r"""A sixth set of buyers (es-5xx / en-5xx, 20 per language), written blind to the
implementation: only SPEC.md, ERP.md, the corpus notation (README.md), build.py /
erp_rules.py, scripts5.py for its format and the demo ERP folder (`mostrador demo-data
--as-of 2026-11-25`) were read; not bot/, flows/, channels/, templates/ nor what the
played runner says about the earlier sets. It is written the way buyers really write on
WhatsApp, from Chile, México (`baleros`, `tornillos`), Argentina (`che`), Perú
(`ingeniero`, `abonamos`, `6,000.00`), Colombia (`me regala el precio`) and the US:
voice-dictated run-ons with fillers (`eh`, `uh`), several items in one message (WhatsApp
`*bold*` quantities, `✅ 20x …` checkmarks, a `Qty;Part;Brand` paste, an email pasted
with its signature), corrections (`perdón, eran M12`, `wait no, 1 inch not 1/2`),
options picked by material, brand or position (`la de inox con hilo npt`, `mejor los
NTN`, `the koyo's fine`, `the 3rd one`), short stock settled by cutting the quantity to
what is on hand or by shipping part with a PO, quotes accepted days later (with and
without the number, with a PO, by an approver), order status in words, invoices, a
statement, promises to pay with the date and amount in each country's notation, guests
who become leads or ask for a seller, asking for a person (then `status` while
waiting), switching language both ways, a reorder changed afterwards, another doubled,
and chit-chat, thanks and emojis that are neither items nor acceptances.

The facts come from the contract and the demo data, never from what the bot says:

- Prices: ERP.md's rule (erp_rules.py; build.py fills them in); a guest sees list prices.
- Availability = on_hand - reserved - damaged per warehouse (ERP.md):
  BRG-10275 (6305-2RS KOYO) SCL 19 only, 16 incoming to SCL on 2026-12-14, substitute
  BRG-10271 (SKF, SCL 57) covers 25. BRG-10394 (6000-LLU NTN) HOU 14 + SCL 4, 42 incoming
  to SCL on 2026-12-17; substitutes BRG-10391 (SKF) / BRG-10392 (NSK) cover 20.
  Every other line of the set is covered by one warehouse.
- Options: `válvula de bola 1"` / `ball valve 1"` fits five SKUs (brass NPT VAL-10019,
  stainless NPT VAL-10118, carbon steel VAL-10283, brass BSP VAL-10382, stainless BSP
  VAL-10481); `6206 zz` without a brand five (SKF/NSK/FAG/NTN/KOYO, NTN = BRG-10099);
  `6308 2rs` five (KOYO = BRG-10320).
- After the sale (order_status.csv): C001 SO-80001 shipped (Chilexpress 99120455, ETA
  2026-11-26); C002 SO-80002 picking (ETA 2026-11-27); C005 SO-80006 cancelled.
- Receivables: C001 F-50001 13,611.00 (due 2026-12-26), F-50002 15,937.00, F-50003
  5,373.00, F-50004 6,084.00, none overdue; C005 F-50011 15,999.99 due 2026-12-10;
  C002 F-50005 8,400.00; C004 F-50008 12,800.00 > 30 days overdue (hold).
- Credit: C003 blocked ("Cheques protestados en octubre"); C004 on hold.
- Last purchases (sales_history.csv): C001 F-40150 (2026-11-23: BLT-10033 4, SAF-10014 10,
  BLT-10101 50, BRG-10261 4; the glasses are under the margin floor for C001, so no
  price fact is written for them); C005 F-40146 (2026-04-25: ABR-10077 50, FAS-10096 10,
  WLD-10005 2, FAS-10148 50), doubled in en-537.
- Dates: "el 4 de diciembre" / "12/4" (US) are 2026-12-04.
"""

GUEST_ES = r"~ (?i)empresa|compa[nñ][ií]a|raz[oó]n social|para qui[eé]n|a nombre de|negocio"
GUEST_EN = r"~ (?i)company|business|on behalf|who (are you|do you) (buy|purchas)"
TAX_ES = r"~ (?i)\brut\b|\bnit\b|cuit|\brfc\b|\bruc\b|identificaci[oó]n (fiscal|tributaria)|tax"
TAX_EN = r"~ (?i)tax id|\bein\b|tax number|vat"
MAIL = r"~ (?i)e-?mail|correo"
HOLD_ES = r"~ (?i)vencid|mora\b|atrasad|F-50008|12[.,]?800"
BLOCK_ES = r"~ (?i)bloque|cheques protestados"
PERSON_ES = r"~ (?i)vendedor|asesor|ejecutiv|paula|colega|una persona|alguien del equipo"


SCRIPTS = [
    # ------------------------------------------------------------------ guests by country
    rf"""
name: es-501-mx-baleros-y-tornillos
title: A Mexican guest ("qué tal", "ocupo", "baleros", "tornillos", "rosca completa") asks for three items in one message: list prices, asked who they buy for
phone: +525512345501
customer: guest
language: es
tags: guest, mexico, regional, several-items

> que tal buenas tardes, ocupo 10 baleros 6203 2rs skf, 100 tornillos hexagonales m12x40 zincados rosca completa y 20 discos de corte de 4 1/2 x 1.0 para metal norton, me pasa precios porfa
$ BRG-10046 10
$ FAS-10088 100
$ ABR-10002 20
{GUEST_ES}
?not-item
?es
""",
    rf"""
name: es-502-co-me-regala-el-precio-y-pedido
title: A Colombian guest ("me regala el precio", "cotícemelas", "listo, hagamos el pedido") gets list prices and a quote, then gives company, NIT and email on separate lines: a lead, no order
phone: +573001234502
customer: guest
language: es
tags: guest, colombia, quote, lead

> buenas tardes, me regala el precio de 6 correas A48 gates y 4 correas B60 gates por favor
$ BLT-10045 6
$ BLT-10277 4
?not-item
> cotícemelas por favor
?quote
> listo, hagamos el pedido
{GUEST_ES}
{TAX_ES}
{MAIL}
?no-order
> Ferretería Industrial Los Andes S.A.S.
| NIT 900.456.789-1
| compras@ferreandes.com.co
@ queue
?no-order
""",
    r"""
name: es-516-pe-invitado-minera-pide-vendedor
title: A Peruvian guest from a mine asks for a seller to open an account: queued, nothing read as an item, no order
phone: +51999888516
customer: guest
language: es
tags: guest, peru, seller, lead

> buenas tardes, le escribo de una minera en Arequipa, quisiera que me contacte un vendedor para abrir cuenta con ustedes
?seller
@ queue
?not-item
?no-order
?es
""",
    rf"""
name: es-519-ar-che-cable-por-metro
title: An Argentine guest ("che", "cuánto sale") asks for two colours of cable by the metre, the second written "150 del blanco": both lines at list price
phone: +5491144440519
customer: guest
language: es
tags: guest, argentina, regional, metres, several-items

> hola che buen día, necesito 150 metros de cable thhn 12 awg negro y 150 del blanco, cuánto sale?
$ ELE-10001 150
$ ELE-10002 150
{GUEST_ES}
?es
""",
    # ------------------------------------------------------------------ voice, shapes, corrections
    r"""
name: es-503-dictado-con-eh
title: A voice note typed by the phone with fillers ("eh", "eso sería") and numbers in words, "m16 por 60", "b 54": three lines priced for C001
phone: +56912345001
customer: C001
language: es
tags: voice, words, several-items

> hola buenas eh necesito quince rodamientos 6305 2rs skf eh tambien cuarenta pernos m16 por 60 zincados hilo completo y seis correas b 54 gates eh eso seria gracias
$ BRG-10271 15
$ FAS-10493 40
$ BLT-10265 6
?not-item
?es
""",
    r"""
name: es-504-perdon-eran-m12
title: 20 M10x40 bolts, then "perdón me equivoqué, eran M12 no M10": the line becomes the M12x40 bolt, the M10 leaves the cart
phone: +56912345001
customer: C001
language: es
tags: correction, change, cart

> 20 pernos hexagonales m10x40 zincados hilo completo
$ FAS-10043 20
> perdon me equivoque, eran M12 no M10
$ FAS-10088 20
?not-item
> carrito
= FAS-10088
!= FAS-10043
""",
    r"""
name: es-517-negritas-de-whatsapp
title: Quantities in WhatsApp bold (*10*, *4*, *200*), one item a line: three lines priced for C001, then a quote naming them
phone: +56912345001
customer: C001
language: es
tags: several-items, formatting, quote

> hola! cotízame porfa:
| *10* correas A48 gates
| *4* rodamientos 6308 2rs skf
| *200* golillas de presion m12 zincadas
$ BLT-10045 10
$ BRG-10316 4
$ FAS-10059 200
?not-item
> cotizar
?quote
= BLT-10045
= BRG-10316
= FAS-10059
""",
    # ------------------------------------------------------------------ choices
    r"""
name: es-505-la-de-inox-npt
title: "8 válvulas de bola de 1 pulgada" gets options; "la de inox con hilo npt" picks the stainless NPT valve by its description
phone: +56912345001
customer: C001
language: es
tags: choice, by-description

> 8 valvulas de bola de 1 pulgada
? choice 2
> la de inox con hilo npt
$ VAL-10118 8
?not-item
""",
    r"""
name: es-506-mejor-los-ntn
title: "12 rodamientos 6206 zz" with no brand, then "mejor los NTN": the NTN bearing at C001's price
phone: +56912345001
customer: C001
language: es
tags: brand, choice, change

> 12 rodamientos 6206 zz
?not-item
> mejor los NTN
$ BRG-10099 12
?not-item
> carrito
= BRG-10099
""",
    # ------------------------------------------------------------------ short stock
    r"""
name: es-507-dejalo-en-19-nomas
title: 25 KOYO bearings with 19 in Santiago: the incoming date and the SKF substitute; "pedido" makes nothing; "déjalo en 19 nomás y hazme el pedido" orders 19
phone: +56912345001
customer: C001
language: es
tags: short-stock, change, order

> necesito 25 rodamientos 6305 2rs koyo
$ BRG-10275 25
?date 2026-12-14
= BRG-10271
> pedido
?no-order
> ya, entonces déjalo en 19 nomás y hazme el pedido
?order
@ orders 1
@ order-line BRG-10275 19
""",
    # ------------------------------------------------------------------ quotes, acceptances, PO
    rf"""
name: es-508-pe-aprobada-dias-despues
title: The Lima customer on hold gets fittings quoted, then comes back "retomando la cotización {{quote}} del otro día, gerencia ya la aprobó, procedan": to approval, the overdue said
phone: +51987654004
customer: C004
language: es
tags: peru, hold, quote, accept, approval

> buenas tardes ingeniero, cotíceme 15 tees galvanizadas de 1" npt y 10 uniones americanas galvanizadas de 1" npt
$ VAL-10212 15
$ VAL-10214 10
{HOLD_ES}
> cotizar
?quote
> Buenos días ingeniero, retomando la cotización {{quote}} del otro día, gerencia ya la aprobó, procedan por favor
?approval
{HOLD_ES}
@ queue
""",
    r"""
name: es-509-aceptamos-oc-con-guion
title: Two contactors quoted, then "aprobado 👍 aceptamos la cotización, OC N° 4500-2231": one order keeping the PO with its dash, both lines on it
phone: +56912345001
customer: C001
language: es
tags: quote, accept, po, emoji

> cotízame 6 contactores 18A bobina 220V schneider y 6 contactores 18A bobina 24vdc schneider
$ ELE-10163 6
$ ELE-10164 6
> cotizar
?quote
> aprobado 👍 aceptamos la cotización, OC N° 4500-2231
?order
@ orders 1
@ order-po 4500-2231
@ order-line ELE-10163 6
@ order-line ELE-10164 6
""",
    r"""
name: es-515-buenisimo-gracias-no-acepta
title: Flap discs quoted, then "buenísimo, gracias!! 🙌🙌 lo reviso con el jefe y te aviso": not an acceptance, no order, not queued
phone: +56912345001
customer: C001
language: es
tags: quote, ack, emoji

> precio de 50 discos flap 4 1/2 grano 120 norton
$ ABR-10067 50
> cotiza
?quote
> buenísimo, gracias!! 🙌🙌 lo reviso con el jefe y te aviso
?not-item
?no-order
@ no-queue
""",
    # ------------------------------------------------------------------ after the sale
    r"""
name: es-510-en-que-va-el-despacho
title: "¿en qué va el despacho de la SO-80001? me dijeron que salía ayer": shipped with Chilexpress, its tracking number and ETA
phone: +56912345001
customer: C001
language: es
tags: status

> hola! en que va el despacho de la SO-80001? me dijeron que salia ayer
= SO-80001
~ (?i)chilexpress
= 99120455
?date 2026-11-26
?not-item
?no-order
""",
    r"""
name: es-511-cuanto-les-debemos
title: "¿cuánto les debemos a la fecha? mándame el detalle": C001's four open invoices with their balances
phone: +56912345001
customer: C001
language: es
tags: statement, account

> buenas, cuanto les debemos a la fecha? mandame el detalle porfa
= F-50001
= F-50002
= F-50003
= F-50004
~ 15[.,]?937
?not-item
?no-order
""",
    r"""
name: es-512-pe-abonamos-6000-el-4
title: "el 4 de diciembre abonamos 6,000.00 a la F-50008" (Peruvian notation, comma for thousands): a promise for 2026-12-04 and 6,000.00
phone: +51987654004
customer: C004
language: es
tags: promise, peru, hold

> ingeniero, le comento que el 4 de diciembre abonamos 6,000.00 a la F-50008, el saldo lo vemos la otra semana
@ promise 2026-12-04 6000.00
?not-item
?no-order
""",
    r"""
name: es-518-repite-lo-ultimo-y-cambia
title: "repíteme lo de la última compra" shows F-40150's lines re-priced today; "sácale los lentes y las correas A42 ponle 10" removes the glasses and changes the A42 belts
phone: +56912345001
customer: C001
language: es
tags: reorder, change, remove, cart

> hola, repíteme lo de la última compra porfa
$ BLT-10033 4
$ BLT-10101 50
$ BRG-10261 4
= SAF-10014
?no-order
> sácale los lentes y las correas A42 ponle 10
$ BLT-10033 10
?not-item
> carrito
= BLT-10033
= BLT-10101
= BRG-10261
!= SAF-10014
""",
    # ------------------------------------------------------------------ people, language, chit-chat
    rf"""
name: es-513-bloqueado-quiere-hablar
title: The blocked workshop asks to talk to someone about the block ("ya pagamos los cheques"): queued, nothing read as an item, no order
phone: +56987654003
customer: C003
language: es
tags: blocked, seller

> buenas, necesito hablar con alguien por lo del bloqueo, ya pagamos los cheques protestados
{PERSON_ES}
@ queue
?not-item
?no-order
""",
    r"""
name: es-514-carla-pide-en-ingles
title: C001's approver starts in Spanish, then asks in English for the quote in English for a new plant manager: the replies switch to English and the quote names the breaker
phone: +56912345002
customer: C001
language: en
tags: language, quote

> hola, necesito 10 interruptores automáticos 3P 32A curva C schneider
$ ELE-10071 10
?es
> sorry, could you send me the quote in English? it's for our new plant manager, he doesn't read Spanish
?en
> quote
?quote
= ELE-10071
?en
""",
    r"""
name: es-520-eres-un-bot
title: "jaja oye, ¿tú eres un bot o una persona? 🤔": an answer in Spanish, no item, not queued, no order
phone: +56912345001
customer: C001
language: es
tags: chit-chat, emoji

> jaja oye una consulta, tu eres un bot o una persona? 🤔
? reply
?not-item
@ no-queue
?no-order
""",
    # ------------------------------------------------------------------ English
    rf"""
name: en-521-tx-guest-dictated-lead
title: A Texas guest dictates three items with "uh" and "like", wants to order, then gives company, EIN and email on one line: list prices, a lead, no order
phone: +12105550521
customer: guest
language: en
tags: guest, voice, several-items, lead

> hey this is ray from alamo fab uh we need like forty of the 6205 2rs skf bearings and uh thirty half inch galvanized 90 elbows and ten brass ball valves half inch npt
$ BRG-10076 40
$ VAL-10199 30
$ VAL-10001 10
?not-item
> yeah lets order those
{GUEST_EN}
{TAX_EN}
{MAIL}
?no-order
> Alamo Fabrication LLC, EIN 74-2233445, ray@alamofab.com
@ queue
?no-order
""",
    rf"""
name: en-538-co-guest-writes-english
title: A Colombian guest writes in English for her manager: two SKF bearings at list price, asked who they buy for, then a quote
phone: +573104440538
customer: guest
language: en
tags: guest, colombia, language, quote

> Hi, this is Maria from a plant in Medellín, I'm writing in English for my manager. Could you quote 12 SKF 6205 2RS bearings and 12 SKF 6305 ZZ?
$ BRG-10076 12
$ BRG-10276 12
{GUEST_EN}
?en
> please send the quote
?quote
?en
""",
    r"""
name: en-522-email-with-signature
title: An email pasted whole, greeting, "24 - …" lines and Sarah's signature block (title, address, phone): the two items priced for C002, the signature not read as items
phone: +14155550101
customer: C002
language: en
tags: several-items, pasted-email

> Hi, please quote the following:
| 24 - 6202 2RS NSK
| 10 - B60 Gates belts
| Thanks,
| Sarah Johnson
| Purchasing Manager | Pacific Industrial Supply Inc.
| 1200 Harbor Blvd, Oakland, CA 94607
| T: (415) 555-0101
$ BRG-10032 24
$ BLT-10277 10
?not-item
?en
""",
    r"""
name: en-523-wait-1-inch-not-half
title: 8 stainless ball valves 1/2 NPT, then "wait no, 1 inch not 1/2": the 1" stainless NPT valve replaces it
phone: +17135550105
customer: C005
language: en
tags: correction, change, cart

> need 8 stainless ball valves 1/2 npt
$ VAL-10100 8
> wait no, 1 inch not 1/2
$ VAL-10118 8
?not-item
> cart
= VAL-10118
!= VAL-10100
""",
    r"""
name: en-539-semicolon-paste
title: A "Qty;Part;Brand" paste from a spreadsheet export, one row without a brand: three lines priced for C002
phone: +14155550101
customer: C002
language: en
tags: several-items, table

> Qty;Part;Brand
| 15;6304 2RS;NSK
| 12;B54;Gates
| 100;M12 nylon lock nut zinc;
$ BRG-10257 15
$ BLT-10265 12
$ FAS-10054 100
?not-item
""",
    r"""
name: en-535-checkmarks-asap
title: "🔥 need these asap 🔥" with ✅ bullets and "20x" before each item: three lines priced for C002
phone: +14155550101
customer: C002
language: en
tags: several-items, emoji

> 🔥 need these asap 🔥
| ✅ 20x 6202 2rs nsk
| ✅ 10x A48 gates
| ✅ 5x 3P 16A schneider breakers
$ BRG-10032 20
$ BLT-10045 10
$ ELE-10067 5
?not-item
?en
""",
    r"""
name: en-524-the-3rd-one
title: "6 ball valves 1"" gets options; "the 3rd one" picks one of them
phone: +14155550101
customer: C002
language: en
tags: choice, position

> 6 ball valves 1"
? choice 3
> the 3rd one
~ VAL-10(019|118|283|382|481)
?not-item
""",
    r"""
name: en-525-the-koyos-fine
title: "8 6308 2rs" with no brand, then "the koyo's fine": the KOYO bearing at C005's price
phone: +17135550105
customer: C005
language: en
tags: brand, choice, change

> 8 6308 2rs
?not-item
> the koyo's fine
$ BRG-10320 8
?not-item
""",
    r"""
name: en-526-ship-14-backorder-po
title: 20 NTN 6000 bearings with 14 in Houston: incoming date and substitutes; "ship the 14 now and backorder the rest, PO 7781-B" makes one order with the PO, 6 back-ordered
phone: +14155550101
customer: C002
language: en
tags: short-stock, back-order, po

> 20 6000 2rs ntn
$ BRG-10394 20
?date 2026-12-17
~ BRG-1039[12]
> ship the 14 now and backorder the rest, PO 7781-B
?order
~ (?<![\d.,])6(?![\d]|[.,]\d)
@ orders 1
@ order-po 7781-B
""",
    r"""
name: en-527-circling-back-on-quote
title: Belts quoted, then "circling back on {quote} from the other day — we're good, go ahead": one order
phone: +17135550105
customer: C005
language: en
tags: quote, accept

> price on 4 B54 gates belts and 2 B60 gates
$ BLT-10265 4
$ BLT-10277 2
> quote
?quote
> hey, circling back on {quote} from the other day — we're good, go ahead
?order
@ orders 1
@ order-line BLT-10265 4
@ order-line BLT-10277 2
""",
    r"""
name: en-528-approver-po-process
title: C002's approver asks a quote while the buyer is away, then "Approved. PO# PIS-209314, please process {quote}": one order keeping the PO
phone: +14155550102
customer: C002
language: en
tags: quote, accept, po, approver

> hi, Sarah's out this week. need a quote for 30 contactors 18A 24VDC coil schneider
$ ELE-10164 30
> quote
?quote
> Approved. PO# PIS-209314, please process {quote}
?order
@ orders 1
@ order-po PIS-209314
@ order-line ELE-10164 30
""",
    r"""
name: en-536-cheers-not-acceptance
title: Flap discs quoted, then "cheers 🤘 gonna run it by the boss, talk soon": no order, not queued
phone: +17135550105
customer: C005
language: en
tags: quote, ack, emoji

> quote 30 flap discs 4.5 grit 120 norton
$ ABR-10067 30
> quote
?quote
> cheers 🤘 gonna run it by the boss, talk soon
?not-item
?no-order
@ no-queue
""",
    r"""
name: en-529-wheres-my-stuff
title: "where's my stuff?? SO-80002 was supposed to ship already": picking, with its ETA
phone: +14155550101
customer: C002
language: en
tags: status

> where's my stuff?? SO-80002 was supposed to ship already
= SO-80002
~ (?i)picking
?date 2026-11-27
?not-item
?no-order
""",
    r"""
name: en-530-was-so-80006-cancelled
title: "did SO-80006 get cancelled? we never got anything": the ERP order is cancelled
phone: +17135550105
customer: C005
language: en
tags: status

> did SO-80006 get cancelled? we never got anything
= SO-80006
~ (?i)cancel
?not-item
?no-order
""",
    r"""
name: en-531-what-do-we-owe
title: "hey what do we owe you guys right now?": F-50011 with its balance and due date
phone: +17135550105
customer: C005
language: en
tags: statement, account

> hey what do we owe you guys right now?
= F-50011
~ 15,?999\.99|15\.999,99
?date 2026-12-10
?not-item
?no-order
""",
    r"""
name: en-532-wire-on-12-4
title: "we'll wire the 8,400 for F-50005 on 12/4" (US month/day): a promise for 2026-12-04 and 8,400.00
phone: +14155550101
customer: C002
language: en
tags: promise

> fyi we'll wire the 8,400 for F-50005 on 12/4
@ promise 2026-12-04 8400.00
?not-item
?no-order
""",
    r"""
name: en-533-real-person-then-status
title: "let me talk to a real person please, last delivery was short 3 pcs": queued; "status" while waiting still lists SO-80002
phone: +14155550101
customer: C002
language: en
tags: seller, waiting, status

> let me talk to a real person please, last delivery was short 3 pcs
?seller
@ queue
?not-item
?no-order
> status
= SO-80002
@ queue
""",
    r"""
name: en-534-foreman-writes-spanish
title: Flap discs in English, then the buyer's foreman adds rod in Spanish ("mi encargado…"): the replies switch to Spanish and price the rod by the kg
phone: +17135550105
customer: C005
language: es
tags: language, kg

> hey need 10 flap discs 4.5 grit 80 norton
$ ABR-10065 10
?en
> hola, soy el encargado de Dave, necesitamos también 20 kilos de soldadura 7018 de 1/8 lincoln, gracias
$ WLD-10005 20
?es
""",
    r"""
name: en-537-same-as-april-doubled
title: "same stuff as our april order but double everything": F-40146's four lines, each quantity doubled, re-priced today for C005, nothing ordered
phone: +17135550105
customer: C005
language: en
tags: reorder, words

> same stuff as our april order but double everything
$ ABR-10077 100
$ FAS-10096 20
$ WLD-10005 4
$ FAS-10148 100
?no-order
""",
    r"""
name: en-540-how-much-and-how-soon
title: "how much are 30 6305 2rs skf and how soon can you get them to oakland?": price for C002 and availability in one answer
phone: +14155550101
customer: C002
language: en
tags: question, stock

> how much are 30 6305 2rs skf and how soon can you get them to oakland?
$ BRG-10271 30
~ (?i)ship|dispatch|available|in stock
?not-item
?en
""",
]

assert len(SCRIPTS) == 40
