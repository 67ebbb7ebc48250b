r"""A seventh set of buyers (es-6xx / en-6xx, 20 per language), written blind to the
implementation: only SPEC.md, ERP.md, the corpus notation (README.md), build.py /
erp_rules.py, scripts6.py for its format and the demo ERP folder (`mostrador demo-data
--as-of 2026-11-25`) were read; not bot/, flows/, channels/, templates/, workers/ nor
what the played runner says about the earlier sets, and the set was not played by its
author. Buyers from Chile (`ya po`, `cachai`), Guatemala (`fíjese que`), México (`qué
onda`, `ocupamos`, RFC), Perú (`ingeniero`), Argentina (`me pasás`, `cuenta corriente`),
the US and Canada write the way they do on WhatsApp: a greeting and an item in one
message, `¿manejan…?` / `do you guys carry…?`, several items run on or pasted (a
forwarded email with its header, a column-aligned sheet), quantities in words and packs
(`un ciento`, `media docena`, `un par`, `2 bolsas`, `5 bags`, `2 dozen`, `a dozen`), no
quantity, the customer's own part numbers, options picked by material or price (`la de
acero carbono`, `el más barato`, `whichever's cheapest`), lines changed and removed, short
stock settled by a substitute or by shipping part, quotes accepted later (with the number,
with a PO, with none), order status and tracking, an invoice, a statement, promises to pay,
a blocked and an on-hold customer, guests becoming leads or asking for a person, a Spanish
customer writing in English, and thanks and emojis that are neither items nor acceptances.

The facts come from the contract and the demo data, never from what the bot says:

- Prices: ERP.md's rule (erp_rules.py; build.py fills them in); a guest sees list prices.
- Availability = on_hand - reserved - damaged per warehouse (ERP.md); every priced line
  is covered by one warehouse except:
  BRG-10183 (6212-2RSR FAG) SCL 6 only, 55 incoming to SCL on 2026-12-18, substitutes
  BRG-10181 (SKF, SCL 59) and BRG-10184 (NTN, SCL 36) cover 30 (es-611);
  BLT-10061 (A56 Gates) HOU 20 only, 25 incoming to HOU on 2026-12-10 (en-629);
  in C002's last purchase (en-640) BRG-10032 (SCL 35, LIM 20) and BRG-10257 (HOU 17)
  do not cover 50, so only prices are stated there.
- Options: `válvula de bola 3/4"` fits five SKUs (brass NPT VAL-10010, stainless NPT
  VAL-10109, carbon steel VAL-10274, brass BSP VAL-10373, stainless BSP VAL-10472);
  `ball valve 1/2" npt` three (brass VAL-10001 13.70, stainless VAL-10100 32.88, carbon
  steel VAL-10265 10.96 for C005: the cheapest, HOU 16); `6204` open five brands, for
  C001 SKF 9.42, NSK 8.73, FAG 9.07, NTN 8.37, KOYO BRG-10075 7.33 (the cheapest, SCL 26).
- Cross references (cross_references.csv): C001 MLA-47-1030 = BRG-10011, MLA-44-1000 =
  BLT-10002. Packs: ELE-10277/ELE-10285/ELE-10289 are bags of 100 ties (uom BOX).
- After the sale (order_status.csv): C004 SO-80003 received; C002 SO-80005 invoiced
  (UPS 1Z999AA10123456784, invoice F-39990).
- Receivables: C001 F-50003 5,373.00 due 2026-12-01; C002 F-50005 8,400.00 and
  F-50006 1,250.00 disputed; C003 F-50007 2,300.00; C004 F-50008 12,800.00 (due
  2026-10-01) and F-50009 2,100.00 (due 2026-11-05) overdue, F-50010 not yet due;
  C005 F-50011 15,999.99.
- Credit: C003 blocked ("Cheques protestados en octubre"); C004 on hold (> 30 days).
- Last purchase of C002 (sales_history.csv): F-40149 of 2026-11-20 (ABR-10020 50,
  ABR-10021 4, BRG-10032 50, BRG-10257 50).
- Dates: "el lunes 30" is Monday 2026-11-30.
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
    # ------------------------------------------------------------------ guests
    rf"""
name: es-601-gt-invitado-fijese-que
title: A Guatemalan guest ("fíjese que", "me hace el favor") asks in one message for two bags of cable ties, kilos of electrode and belts: list prices, the bags read as 2, asked who they buy for
phone: +50255501601
customer: guest
language: es
tags: guest, guatemala, regional, several-items, packs

> buenos días, fíjese que necesitamos 2 bolsas de amarras plásticas negras de 200 x 2.5, 20 kilos de electrodo 6011 de 1/8 indura y 4 correas A50 gates, me hace el favor de cotizarme
$ ELE-10285 2
$ WLD-10033 20
$ BLT-10049 4
{GUEST_ES}
?not-item
?es
""",
    rf"""
name: es-619-mx-invitado-taller-monterrey
title: A Mexican guest ("qué onda", "ocupamos", "va, lo pedimos") asks for contactors and lock nuts, wants to order, then sends email, RFC and company in that order: list prices, a lead, no order
phone: +528112340619
customer: guest
language: es
tags: guest, mexico, regional, lead

> que onda buenas tardes, ocupamos 5 contactores de 25 amperes bobina 24 vdc marca abb y un ciento de tuercas de seguridad con nylon m10 zincadas
$ ELE-10197 5
$ FAS-10034 100
{GUEST_ES}
?not-item
> va, lo pedimos
{GUEST_ES}
{TAX_ES}
{MAIL}
?no-order
> compras@talleresgarza.com.mx
| RFC TGA 150312 KX4
| Talleres Garza S.A. de C.V.
@ queue
?no-order
""",
    r"""
name: es-620-ar-invitado-cuenta-corriente
title: An Argentine guest ("¿me pasás con alguien de ventas?") wants a current account for a metalworks in Rosario: a seller is named, queued, nothing read as an item, no order
phone: +5493414440620
customer: guest
language: es
tags: guest, argentina, seller

> buenas, ¿me pasás con alguien de ventas? queremos abrir cuenta corriente, somos una metalúrgica de Rosario
?seller
@ queue
?not-item
?no-order
?es
""",
    # ------------------------------------------------------------------ how items arrive
    r"""
name: es-602-buen-dia-jorge-y-discos
title: Greeting, who is writing and the item in one message ("Buen día! Jorge de la minera, una consulta: …"): the discs priced for C001, nothing else read as an item
phone: +56912345001
customer: C001
language: es
tags: greeting, item

> Buen día! Jorge de la minera, una consulta: necesito 30 discos de corte de 7 pulgadas para metal norton
$ ABR-10006 30
?not-item
?es
""",
    r"""
name: es-603-manejan-6204-zz-koyo
title: "¿Manejan rodamientos 6204 zz koyo? ocupamos unos 40": the question wraps the item, priced for C001 with stock
phone: +56912345001
customer: C001
language: es
tags: question, item

> ¿Manejan rodamientos 6204 zz koyo? ocupamos unos 40 para la mantención de la otra semana
$ BRG-10070 40
?not-item
?es
""",
    r"""
name: es-604-cascos-sin-cantidad
title: "me cotizas cascos blancos msa con rachet?" with no quantity: the helmet named and the quantity asked or shown as assumed
phone: +56912345001
customer: C001
language: es
tags: no-quantity

> hola, me cotizas cascos blancos msa con rachet?
= SAF-10016
?asks-qty
?not-item
""",
    r"""
name: es-605-codigos-mla-con-del
title: The customer's own part numbers written "12 del MLA-47-1030 y 6 del MLA-44-1000": both read through C001's cross references
phone: +56912345001
customer: C001
language: es
tags: customer-part, several-items

> hola, mándame 12 del MLA-47-1030 y 6 del MLA-44-1000 porfa
$ BRG-10011 12
$ BLT-10002 6
?not-item
""",
    r"""
name: es-606-correo-reenviado
title: An email forwarded from the warehouse with its header (De, Enviado, Asunto) and three lines, one in bags: the three priced for C001, the header not read as items
phone: +56912345001
customer: C001
language: es
tags: several-items, forwarded-email, packs

> ---------- Mensaje reenviado ---------
| De: Bodega Faena Norte <bodega.norte@minera-losandes.example>
| Enviado: martes, 24 de noviembre de 2026 18:02
| Asunto: reposición semana 49
| Jorge, necesitamos reponer:
| - electrodo 7018 1/8 lincoln: 25 kg
| - disco corte 4 1/2 x 1.0 inox norton: 100 un
| - amarras plásticas negras 100 x 2.5: 3 bolsas
| Saludos, Bodega
$ WLD-10005 25
$ ABR-10001 100
$ ELE-10277 3
?not-item
""",
    r"""
name: es-607-ciento-media-docena-par
title: "un ciento de golillas planas m10, media docena de correas A50 gates y un par de rodamientos 6204 2rs koyo": 100, 6 and 2
phone: +56912345001
customer: C001
language: es
tags: words, several-items

> necesito un ciento de golillas planas m10 zincadas, media docena de correas A50 gates y un par de rodamientos 6204 2rs koyo
$ FAS-10029 100
$ BLT-10049 6
$ BRG-10065 2
?not-item
""",
    # ------------------------------------------------------------------ choices
    r"""
name: es-608-el-mas-barato
title: "20 rodamientos 6204 abiertos" with no brand, then "dame el más barato nomás": the KOYO bearing, cheapest for C001
phone: +56912345001
customer: C001
language: es
tags: brand, choice, by-price

> 20 rodamientos 6204 abiertos
?not-item
> dame el más barato nomás
$ BRG-10075 20
?not-item
> carrito
= BRG-10075
""",
    r"""
name: es-609-la-de-acero-carbono
title: "10 válvulas de bola de 3/4" gets options; "la de acero carbono" picks the only carbon steel one
phone: +56912345001
customer: C001
language: es
tags: choice, by-material

> 10 válvulas de bola de 3/4
? choice 2
> la de acero carbono
$ VAL-10274 10
?not-item
""",
    # ------------------------------------------------------------------ cart changes, short stock
    r"""
name: es-610-saca-golillas-sube-tuercas
title: Bolts, nuts and washers, then "sácame las golillas y las tuercas súbelas a 60": washers removed, nuts at 60, bolts kept
phone: +56912345001
customer: C001
language: es
tags: change, remove, cart

> 30 pernos m10x40 zincados hilo completo, 30 tuercas m10 zincadas y 30 golillas planas m10 zincadas
$ FAS-10043 30
$ FAS-10024 30
$ FAS-10029 30
> sácame las golillas y las tuercas súbelas a 60
$ FAS-10024 60
?not-item
> carrito
= FAS-10043
= FAS-10024
!= FAS-10029
""",
    r"""
name: es-611-stock-corto-el-skf-nomas
title: 30 FAG 6212 bearings with 6 in Santiago: the incoming date and a covering substitute; "ya, cámbialo por el skf nomás" then "pedido": one order of 30 SKF
phone: +56912345001
customer: C001
language: es
tags: short-stock, substitute, order

> 30 rodamientos 6212 2rs fag
$ BRG-10183 30
?date 2026-12-18
~ BRG-1018[14]
> ya, cámbialo por el skf nomás
$ BRG-10181 30
> pedido
?order
@ orders 1
@ order-line BRG-10181 30
""",
    # ------------------------------------------------------------------ quotes accepted later
    r"""
name: es-612-ya-po-vamos-con-la-q
title: Cut-off discs and electrode quoted, then "ya po, vamos con la {quote}": one order with both lines
phone: +56912345001
customer: C001
language: es
tags: quote, accept, chile

> cotízame 60 discos de corte 4 1/2 x 1.0 inox norton y 40 kilos de 7018 1/8 lincoln
$ ABR-10001 60
$ WLD-10005 40
> cotizar
?quote
> ya po, vamos con la {quote}
?order
@ orders 1
@ order-line ABR-10001 60
@ order-line WLD-10005 40
""",
    r"""
name: es-613-carla-aprueba-con-oc
title: C001's approver quotes contactors herself, then "aprobado por mí, generen el pedido con la OC 7700-114": one order keeping the PO
phone: +56912345002
customer: C001
language: es
tags: quote, accept, po, approver

> Hola, soy Carla. Necesito cotización de 8 contactores 25A bobina 24vdc siemens
$ ELE-10227 8
> cotización
?quote
> aprobado por mí, generen el pedido con la OC 7700-114
?order
@ orders 1
@ order-po 7700-114
@ order-line ELE-10227 8
""",
    # ------------------------------------------------------------------ after the sale
    r"""
name: es-614-pe-ya-registraron-so-80003
title: The Lima buyer asks "¿ya tienen registrada nuestra orden SO-80003?": received
phone: +51987654004
customer: C004
language: es
tags: status, peru

> buenas tardes ingeniero, quería saber si ya tienen registrada nuestra orden SO-80003
= SO-80003
~ (?i)recib|received
?not-item
?no-order
""",
    r"""
name: es-615-cuando-vence-f-50003
title: "¿me reenvías la F-50003? necesito saber cuándo vence": the invoice, its balance and due date
phone: +56912345001
customer: C001
language: es
tags: invoice, account

> hola, me reenvías la F-50003? necesito saber cuándo vence pa pasarla a pago
= F-50003
~ 5[.,]?373
?date 2026-12-01
?not-item
?no-order
""",
    r"""
name: es-616-pe-cuanto-tenemos-vencido
title: The Lima customer on hold asks "¿cuánto tenemos vencido?": both overdue invoices with their balances
phone: +51987654004
customer: C004
language: es
tags: account, hold, peru

> ingeniero buenas, una consulta, cuánto tenemos vencido con ustedes?
= F-50008
= F-50009
~ 12[.,]?800
~ 2[.,]?100
?not-item
?no-order
""",
    r"""
name: es-617-bloqueado-deposita-el-lunes
title: The blocked workshop: "el lunes 30 depositamos los 2.300 de la F-50007, pa que nos desbloqueen" (Chilean thousands): a promise for 2026-11-30 and 2,300.00
phone: +56987654003
customer: C003
language: es
tags: promise, blocked

> don, el lunes 30 depositamos los 2.300 de la F-50007, pa que nos desbloqueen porfa
@ promise 2026-11-30 2300.00
?not-item
?no-order
""",
    rf"""
name: es-618-bloqueado-retiro-hoy
title: The blocked workshop asks for electrode "pa retirar hoy", then "hágame el pedido": the block said, price still given, the order not confirmed but sent to a person
phone: +56987654003
customer: C003
language: es
tags: blocked, order, approval

> hola, necesito 10 kilos de electrodo 6011 1/8 indura pa retirar hoy en la tarde
$ WLD-10033 10
{BLOCK_ES}
> hágame el pedido entonces
?approval
@ queue
""",
    # ------------------------------------------------------------------ English
    rf"""
name: en-621-ca-guest-winnipeg
title: A Canadian guest ("good morning from Winnipeg", "what are you asking for those") wants belts and bearings: list prices, asked who they buy for
phone: +12045550621
customer: guest
language: en
tags: guest, canada, several-items

> Good morning from Winnipeg! Looking for 6 Gates A56 belts and 10 KOYO 6204ZZ bearings, what are you asking for those?
$ BLT-10061 6
$ BRG-10070 10
{GUEST_EN}
?not-item
?en
""",
    rf"""
name: en-636-denver-guest-account
title: A Denver plumbing contractor (a guest) prices valves and wire, asks "how do we set up an account and get this ordered", then gives company, EIN and email: a lead, no order
phone: +17205550636
customer: guest
language: en
tags: guest, lead, several-items

> hi there, plumbing contractor out of Denver. pricing on 12 carbon steel ball valves 3/4 npt and 200 m of THHN 10 awg black?
$ VAL-10274 12
$ ELE-10013 200
?not-item
> ok how do we set up an account and get this ordered
{GUEST_EN}
{TAX_EN}
{MAIL}
?no-order
> Front Range Mechanical Inc
| EIN 84-3319027
| purchasing@frontrangemech.com
@ queue
?no-order
""",
    r"""
name: en-622-do-you-guys-carry-2-dozen
title: "do you guys carry koyo 6204 zz? need 2 dozen": the question wraps the item, 24 priced for C002
phone: +14155550101
customer: C002
language: en
tags: question, words

> do you guys carry koyo 6204 zz? need 2 dozen
$ BRG-10070 24
?not-item
?en
""",
    r"""
name: en-623-column-sheet-paste
title: A sheet pasted with aligned columns (Line, Description, Qty, UoM) and a total row: three lines priced for C002, the header and total not read as items
phone: +14155550101
customer: C002
language: en
tags: several-items, table

> Line  Description                        Qty   UoM
| 1     Contactor 25A 24VDC coil Siemens   10    EA
| 2     THHN 10 AWG black                  250   M
| 3     Cut-off wheel 4.5 inox 1.0 Norton  60    EA
| Total lines: 3
$ ELE-10227 10
$ ELE-10013 250
$ ABR-10001 60
?not-item
""",
    r"""
name: en-624-run-on-plus-plus
title: A run-on with "plus" between items and no punctuation: three lines priced for C005
phone: +17135550105
customer: C005
language: en
tags: several-items, run-on

> need 30 kilos esab 7018 1/8 plus 150 of the m10x40 allen cap screws zinc plus 12 abb 1p 20a breakers thanks
$ WLD-10021 30
$ FAS-10181 150
$ ELE-10077 12
?not-item
""",
    r"""
name: en-625-got-welding-gloves-medium
title: "you guys got leather welding gloves in medium?" with no quantity: the glove named, the quantity asked or shown as assumed
phone: +17135550105
customer: C005
language: en
tags: question, no-quantity

> you guys got leather welding gloves in medium?
= SAF-10005
?asks-qty
?not-item
""",
    r"""
name: en-626-bags-and-a-dozen
title: "5 bags of the 300mm black zip ties, 150 m of blue THHN 10 awg and a dozen koyo 6204zz": bags as packs, metres, a dozen
phone: +17135550105
customer: C005
language: en
tags: packs, words, several-items

> 5 bags of the 300mm black zip ties 2.5, 150 m of blue THHN 10 awg and a dozen koyo 6204zz
$ ELE-10289 5
$ ELE-10017 150
$ BRG-10070 12
?not-item
""",
    r"""
name: en-627-whichevers-cheapest
title: "10 half inch ball valves npt" gets options; "whichever's cheapest is fine" picks the carbon steel one
phone: +17135550105
customer: C005
language: en
tags: choice, by-price

> 10 half inch ball valves npt
? choice 2
> whichever's cheapest is fine
$ VAL-10265 10
?not-item
> cart
= VAL-10265
""",
    r"""
name: en-628-make-the-caps-400
title: Wire, cap screws and lock nuts, then "make the caps 400 and drop the lock nuts": caps re-priced at 400, nuts gone, wire kept
phone: +14155550101
customer: C002
language: en
tags: change, remove, cart

> 250 m THHN 10 awg black, 200 M10x40 socket head cap screws zinc, 200 M10 nylon lock nuts zinc
$ ELE-10013 250
$ FAS-10181 200
$ FAS-10034 200
> make the caps 400 and drop the lock nuts
$ FAS-10181 400
?not-item
> cart
= ELE-10013
= FAS-10181
!= FAS-10034
""",
    r"""
name: en-629-send-what-you-got
title: 35 A56 Gates belts with 20 in Houston: the incoming date; "send the 20 you've got and backorder the other 15" makes one order
phone: +17135550105
customer: C005
language: en
tags: short-stock, back-order, order

> 35 A56 gates belts
$ BLT-10061 35
?date 2026-12-10
> send the 20 you've got and backorder the other 15
?order
@ orders 1
""",
    r"""
name: en-630-po-go-ahead-no-number
title: Breakers and ties quoted, then "PO 55-1203, go ahead": one order keeping the PO
phone: +14155550101
customer: C002
language: en
tags: quote, accept, po

> can I get a quote on 12 ABB 1P 20A breakers and 5 bags of 300mm zip ties
$ ELE-10077 12
$ ELE-10289 5
> quote
?quote
> PO 55-1203, go ahead
?order
@ orders 1
@ order-po 55-1203
@ order-line ELE-10077 12
""",
    r"""
name: en-631-turn-it-into-an-order
title: Cap screws quoted, then "yes please turn {quote} into an order": one order
phone: +17135550105
customer: C005
language: en
tags: quote, accept

> quote me 150 m10x40 socket head cap screws zinc
$ FAS-10181 150
> quote
?quote
> yes please turn {quote} into an order
?order
@ orders 1
@ order-line FAS-10181 150
""",
    r"""
name: en-632-good-to-go-on-that-quote
title: C002's approver gets wire quoted, then "morning! we're good to go on that quote": one order
phone: +14155550102
customer: C002
language: en
tags: quote, accept, approver

> hi, Tom here. quote 250 meters of black THHN 10 AWG please
$ ELE-10013 250
> quote
?quote
> morning! we're good to go on that quote
?order
@ orders 1
@ order-line ELE-10013 250
""",
    r"""
name: en-633-ups-tracking-so-80005
title: "can you send me the UPS tracking for SO-80005?": invoiced, with its tracking number and invoice
phone: +14155550101
customer: C002
language: en
tags: status

> hey can you send me the UPS tracking for SO-80005? receiving can't find it
= SO-80005
= 1Z999AA10123456784
~ (?i)invoic|F-39990
?not-item
?no-order
""",
    r"""
name: en-634-ap-needs-a-statement
title: "can u email me a statement of account, AP is asking": both open invoices, the disputed one marked
phone: +14155550101
customer: C002
language: en
tags: statement, account

> can u email me a statement of account, AP is asking
= F-50005
= F-50006
~ 8,?400
~ 1,?250
~ (?i)disput
?not-item
?no-order
""",
    r"""
name: en-635-ach-goes-out-friday
title: "ACH goes out friday for the whole 15,999.99": a promise for the coming Friday and that amount
phone: +17135550105
customer: C005
language: en
tags: promise

> heads up, ACH goes out friday for the whole 15,999.99 on F-50011
@ promise {friday} 15999.99
?not-item
?no-order
""",
    r"""
name: en-637-someone-give-me-a-call
title: "can somebody from sales give me a call?" about volume pricing: a seller named, queued, nothing read as an item
phone: +17135550105
customer: C005
language: en
tags: seller

> can somebody from sales give me a call? got a big job coming up and want to talk volume pricing
?seller
@ queue
?not-item
?no-order
""",
    r"""
name: en-638-jorge-writes-english
title: The Chilean buyer writes in English for a colleague who does not read Spanish: the replies switch to English, nuts and washers at C001's prices
phone: +56912345001
customer: C001
language: en
tags: language, several-items

> Hi, Jorge here. Writing in English today because our new maintenance lead is copied and doesn't read Spanish. We need 40 M10 hex nuts zinc plated and 40 M10 flat washers zinc plated
$ FAS-10024 40
$ FAS-10029 40
?en
""",
    r"""
name: en-639-pray-hands-ty
title: Welding rod quoted, then "🙏 ty!" and "appreciate it, will circle back monday": no order, not queued
phone: +14155550101
customer: C002
language: en
tags: quote, ack, emoji

> price for 30 kg ESAB 7018 1/8
$ WLD-10021 30
> quote
?quote
> 🙏 ty!
?no-order
@ no-queue
> appreciate it, will circle back monday
?not-item
?no-order
@ no-queue
""",
    r"""
name: en-640-reload-order-from-the-20th
title: "can you reload what we got on the 20th?": F-40149's four lines re-priced today for C002, nothing ordered
phone: +14155550101
customer: C002
language: en
tags: reorder

> can you reload what we got on the 20th? same qtys
$ ABR-10020 50
$ ABR-10021 4
$ BRG-10032 50
$ BRG-10257 50
?no-order
""",
]

assert len(SCRIPTS) == 40
