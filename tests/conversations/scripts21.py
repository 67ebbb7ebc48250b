r"""A twenty-first set of buyers (es-2101..es-2120 / en-2101..en-2120, 20 per language), written
blind to the implementation by h2: only SPEC.md (conversation, after the sale, what real buyers
write), ERP.md (price, availability, credit, approvals), the corpus notation (README.md),
build.py / erp_rules.py, the format of scripts20.py (its docstring and two scripts), the played
runner (tests/test_conversations_played.py) and the demo ERP folder (`mostrador demo-data
--as-of 2026-11-25`) were read; not bot/, flows/, channels/, templates/, workers/ or bench/, nor
other scripts files. Played once on main by its author; the played runner's DISAGREE list names
the first missed fact of each conversation that failed.

What it leans on (themes earlier sets did not): a quantity corrected in the next message (`*20`,
`*30`, `perdón, eran 200`, `sorry, meant 25 not 15`) and an item corrected the same way
(`*BRG-10112`); `lo mismo de la Q-… pero 50 de cada uno` / `same as Q-… but 50 of each` (a
quote built from the conversation's own quote, the lines at the new quantity, quoted again); an
item added to an order already placed (`agrégale al pedido O-… 4 correas`, `add 5 … to O-…`:
still one order, the line on it); a datasheet or a mill certificate asked (the demo has no
datasheet_url: a seller, nothing invented); a delivery address and receiving hours given with
the order (the order placed, the PO kept); an old quote from October accepted by a number this
Mostrador never issued, with its old price (no order at that price: today's price by the rule,
then an order when the buyer agrees); two orders for two cost centres / POs in one chat (two
orders, the second PO on the latest); a different or cheaper brand of a line already quoted
(FAG for SKF, Siemens for Schneider, NSK for SKF, Lincoln for ESAB: priced, quoted or ordered);
a price asked in another currency (pesos chilenos, soles, naira, CAD: the demo's prices are USD,
the answer stays in USD); a question answered with a question (`cuántas tienen en santiago?`,
`how many do you have in Houston?`: the count, then the quantity); voice-to-text numbers (`2 0`,
`veinte`, `twenty`); portuñol from the Paraguay–Brazil border; Dominican and Honduran Spanish,
Filipino (`po`) and Nigerian English; guests who ask everything before giving a company (a lead
in the queue, no order).

Facts used (demo data, never the bot's answers):

- Prices: ERP.md's rule (erp_rules.py; build.py fills them in); guests see list prices. Every
  product's currency is USD (products.csv); no exchange rate exists in the demo.
- Available = on_hand - reserved - damaged per warehouse; default warehouses C001 SCL, C004
  LIM, C002/C005 HOU. SCL: ELE-10169 28, FAS-10167 218, ABR-10006 213, VAL-10019 30, BLT-10265
  16, WLD-10005 168, BLT-10101 15, BRG-10106 27, BRG-10108 20, ABR-10001 176, BRG-10084 40,
  WLD-10033 329, FAS-10017 263. LIM: ELE-10199 273, WLD-10039 277. HOU: BRG-10111 32,
  BRG-10112 31, WLD-10005 223, ABR-10004 99, ELE-10169 94, ELE-10170 184, ELE-10200 134,
  ELE-10229 52, FAS-10017 1280, VAL-10002 23, BRG-10116 44, ABR-10001 101, WLD-10033 117,
  WLD-10007 267, WLD-10023 61.
- Cheaper brands than SKF's 6207-2Z for C005: NSK BRG-10112, FAG BRG-10113, NTN BRG-10114,
  KOYO BRG-10115 (all priced under BRG-10111's 16.36).
- products.csv has no datasheet_url filled in: a datasheet or a certificate is a person's job.
- After the sale (order_status.csv): SO-80001 C001 shipped, ERP document GD-55120, Chilexpress
  99120455; SO-80004 C001 delivered, GD-55007.
- Credit: C004 on hold (F-50008 12,800.00 due 2026-10-01, more than 30 days overdue): told
  early, an order goes to approval. C001 (limit 250,000, balance 41,005.00), C002 (limit 60,000,
  balance 9,650.00) and C005 (no limit) are ok for every order here.
- Contacts: C001 Jorge Müller +56912345001 (buyer) and Carla Soto +56912345002 (approver);
  C002 Sarah Johnson +14155550101 (buyer) and Tom Baker +14155550102 (approver); C004 Ana
  Paredes +51987654004; C005 Dave Miller +17135550105. Guests write from numbers in no contacts
  row (Paraguay +595, the Dominican Republic +1809, Honduras +504, Chile +56, Nigeria +234,
  the Philippines +63, Texas +1512).
- No line here is under the margin floor at its customer's price.
"""

HOLD = r"~ (?i)F-50008|12[.,]800|vencid|overdue"
LEAD_ASK_ES = r"~ (?i)empresa|raz[oó]n social|NIT|RUT|RUC|identificaci[oó]n tributaria|correo|email"
LEAD_ASK_EN = r"~ (?i)company|tax|EIN|e-?mail"
NO_ORDER_YET = r"!~ O-\d{4}-\d{5}"
USD = r"~ (?i)USD|US ?\$|d[oó]lar"

SCRIPTS = [
    # ------------------------------------------------------------------ Spanish
    r"""
name: es-2101-jorge-asterisco-20
title: C001 prices 10 Schneider 32A 220V contactors, corrects with `*20` in the next message: 20 priced; `pedido`: one order of 20
phone: +56912345001
customer: C001
language: es
tags: correction, asterisk, order

> precio 10 contactores schneider 3p 32a bobina 220v
$ ELE-10169 10
> *20
$ ELE-10169 20
> pedido
?order
@ orders 1
@ order-line ELE-10169 20
?es
""",
    r"""
name: es-2102-jorge-igual-que-la-cotizacion-pero-50
title: C001 quotes 20 M12x50 DIN 933 zinc bolts and 10 Norton 7" metal wheels, then `lo mismo de la Q-… pero 50 de cada uno`: both at 50, quoted again
phone: +56912345001
customer: C001
language: es
tags: quote, same-as-quote, quantity

> cotízame 20 pernos m12x50 din 933 zincados y 10 discos de corte 7 pulgadas metal norton
$ FAS-10167 20
$ ABR-10006 10
> cotizar
?quote
> necesito lo mismo de la {quote} pero 50 de cada uno
$ FAS-10167 50
$ ABR-10006 50
> cotiza eso porfa
?quote
?no-order
?es
""",
    r"""
name: es-2103-jorge-agregale-al-pedido
title: C001 orders 6 brass 1" NPT ball valves, then `agrégale al pedido O-… 4 correas B54 gates`: priced, still one order, the belts on it
phone: +56912345001
customer: C001
language: es
tags: order, add-to-order

> 6 válvulas de bola de bronce 1" npt
$ VAL-10019 6
> pedido
?order
@ orders 1
> oye agrégale al pedido {order} 4 correas b54 gates porfa, se me pasaron
$ BLT-10265 4
?not-item
@ orders 1
@ order-line BLT-10265 4
?es
""",
    r"""
name: es-2104-carla-ficha-tecnica-contactor
title: C001's approver asks the datasheet of the Schneider 32A 220V contactor and the price of 5: priced, a seller for the datasheet (none in the demo), no order
phone: +56912345002
customer: C001
language: es
tags: datasheet, seller

> buenas, me pueden mandar la ficha técnica del contactor schneider 3p 32a bobina 220v? y el precio de 5 porfa
$ ELE-10169 5
?seller
?no-order
?es
""",
    r"""
name: es-2105-jorge-despacho-a-faena-con-horario
title: C001 prices 20 kg of Lincoln 7018 1/8 rod, then orders giving the site address and receiving hours: one order with the 20 kg
phone: +56912345001
customer: C001
language: es
tags: order, delivery-address, receiving-hours

> 20 kilos soldadura 7018 1/8 lincoln
$ WLD-10005 20
> pedido. despachar a faena Los Bronces, camino a Farellones km 32, recibimos de lunes a viernes de 8 a 16 hrs, preguntar por don Luis en bodega
?order
@ orders 1
@ order-line WLD-10005 20
?es
""",
    r"""
name: es-2106-jorge-acepta-cotizacion-de-octubre
title: C001 accepts `la Q-2026-00007 de octubre` (never issued here) for 12 Gates A76 belts at 8,90: no order at the old price, today's price (the rule); `ya, pedido igual`: one order
phone: +56912345001
customer: C001
language: es
tags: expired-quote, old-price, order

> hola, quiero aceptar la cotización Q-2026-00007 que nos mandaron en octubre, eran 12 correas A76 gates a 8,90 c/u
$ BLT-10101 12
?no-order
> ya, pedido igual nomás
?order
@ orders 1
@ order-line BLT-10101 12
?es
""",
    r"""
name: es-2107-jorge-dos-centros-de-costo
title: C001 places two orders in one chat for two cost centres (OC 4500-8107: 10 Schneider contactors; OC 4500-8108: 8 brass 1" NPT ball valves): two orders, the second PO kept
phone: +56912345001
customer: C001
language: es
tags: two-orders, po, cost-centre

> necesito 2 pedidos separados, uno por centro de costo. el primero es CC 4410 mantención planta: 10 contactores schneider 3p 32a bobina 220v
$ ELE-10169 10
> pedido, OC 4500-8107
?order
@ orders 1
@ order-po 4500-8107
> ahora el segundo, CC 5520 chancado: 8 válvulas de bola de bronce 1" npt
$ VAL-10019 8
> pedido, OC 4500-8108
?order
@ orders 2
@ order-po 4500-8108
@ order-line VAL-10019 8
?es
""",
    r"""
name: es-2108-jorge-en-fag-en-vez-de-skf
title: C001 quotes 10 SKF 6207-2RSH, then asks the same in FAG: the FAG 6207-2RSR priced; `cámbialo por el fag y cotiza de nuevo`: a quote
phone: +56912345001
customer: C001
language: es
tags: quote, other-brand

> cotízame 10 rodamientos 6207 2rs skf
$ BRG-10106 10
> cotizar
?quote
> y en FAG cuánto me sale?
$ BRG-10108 10
> ya, cámbialo por el fag y me mandas la cotización de nuevo
?quote
?no-order
?es
""",
    r"""
name: es-2109-jorge-en-pesos-chilenos
title: C001 prices 50 Norton 4-1/2" x 1.0 inox wheels and asks the amount in pesos chilenos: the price stays in USD (no rate in the demo), no order
phone: +56912345001
customer: C001
language: es
tags: currency

> precio de 50 discos de corte 4 1/2 x 1.0 inox norton
$ ABR-10001 50
> y eso en pesos chilenos cuánto sería?
"""
    + USD
    + r"""
?not-item
?no-order
?es
""",
    r"""
name: es-2110-jorge-responde-con-pregunta
title: C001 asks Gates A76 belts with no quantity; to the bot's question he answers `cuántas tienen en santiago?` (15), then `mándame 12`: 12 priced; `pedido`: one order
phone: +56912345001
customer: C001
language: es
tags: no-quantity, question-for-question, order

> necesito correas A76 gates
?asks-qty
> cuántas tienen en santiago?
~ (?<![\d.,])15(?![\d.,])
?no-order
> ya, mándame 12 entonces
$ BLT-10101 12
> pedido
?order
@ order-line BLT-10101 12
?es
""",
    r"""
name: es-2111-jorge-dictado-2-0-y-veinte
title: C001 dictates `2 0 rodamientos 6205 zz ntn y veinte kilos de soldadura 6011 de 1/8 indura`: 20 and 20 priced
phone: +56912345001
customer: C001
language: es
tags: voice, words

> necesito 2 0 rodamientos 6205 zz ntn y veinte kilos de soldadura 6011 de 1/8 indura
$ BRG-10084 20
$ WLD-10033 20
?not-item
?es
""",
    r"""
name: es-2112-py-invitado-portunol
title: A guest from Pedro Juan Caballero writes portuñol (10 rolamentos 6207 2rs skf, 4 correias A76 gates): both at list prices, replies in Spanish, who he buys for asked
phone: +595981210012
customer: guest
language: es
tags: guest, paraguay, portunol

> boa tarde amigo, preciso 10 rolamento 6207 2rs skf e 4 correia A76 gates, quanto fica? vocês mandam pra Pedro Juan?
$ BRG-10106 10
$ BLT-10101 4
?not-item
"""
    + LEAD_ASK_ES
    + r"""
?no-order
?es
""",
    r"""
name: es-2113-do-invitado-klk-discos
title: A Dominican guest asks `klk, tienen disco de corte de 7 pa metal de los norton? ocupo 25`: 25 Norton 7" metal at list price, who he buys for asked
phone: +18095552113
customer: guest
language: es
tags: guest, dominican, slang

> klk mi hermano, ustedes tienen disco de corte de 7 pa metal de los norton? ocupo 25
$ ABR-10006 25
?not-item
"""
    + LEAD_ASK_ES
    + r"""
?no-order
?es
""",
    r"""
name: es-2114-hn-invitado-a-como-me-las-deja
title: A Honduran guest: `fíjese que ocupo 6 válvulas de compuerta de 2 pulgadas de bronce rosca npt, a cómo me las deja?`: list price; `mándeme la cotización`: a quote
phone: +50499552114
customer: guest
language: es
tags: guest, honduras, quote

> fíjese que ocupo 6 válvulas de compuerta de 2 pulgadas de bronce rosca npt, a cómo me las deja?
$ VAL-10065 6
?not-item
> ta bueno, mándeme la cotización pues
?quote
?no-order
?es
""",
    r"""
name: es-2115-cl-invitado-pregunta-todo-antes
title: A guest asks whether SKF is sold, the price of 6207-2RS SKF, dispatch to Rancagua, then 10 and `pedido`: company asked; gives company, RUT and email: a lead in the queue, no order
phone: +56977712115
customer: guest
language: es
tags: guest, lead, questions-first

> hola buenas, una consulta, ustedes venden rodamientos skf?
? reply
?no-order
> y tienen el 6207 2rs skf? cuánto vale?
= BRG-10106
~ 16[.,]36
> hacen despacho a Rancagua? cuánto se demora?
? reply
?no-order
> ok, necesito 10
$ BRG-10106 10
> cómo hago el pedido?
"""
    + LEAD_ASK_ES
    + "\n"
    + NO_ORDER_YET
    + r"""
> Maestranza Ríos Ltda, RUT 76.555.444-3, compras@maestranzarios.cl
@ queue
?no-order
?es
""",
    r"""
name: es-2116-jorge-perdon-eran-200
title: C001 prices 100 M10x30 DIN 933 zinc bolts, then `perdón, eran 200`: 200 priced; `pedido`: one order of 200
phone: +56912345001
customer: C001
language: es
tags: correction, order

> 100 pernos m10x30 din 933 zincados
$ FAS-10017 100
> perdón, eran 200
$ FAS-10017 200
> pedido
?order
@ orders 1
@ order-line FAS-10017 200
?es
""",
    r"""
name: es-2117-ana-mora-obra-con-horario
title: C004 (on hold) asks 20 kg of Indura 7018 5/32 for a site in Miraflores with address and hours: priced, the hold said early; `pedido`: approval, not confirmed
phone: +51987654004
customer: C004
language: es
tags: credit-hold, delivery-address, approval

> buenos días, necesito 20 kilos de soldadura 7018 5/32 indura para la obra de Miraflores, entregar en Av. Larco 1150, recepción de 9 a 5
$ WLD-10039 20
"""
    + HOLD
    + r"""
> pedido
?approval
?es
""",
    r"""
name: es-2118-jorge-certificado-de-calidad
title: C001 orders 100 M12x50 DIN 933 zinc bolts, then asks the lot's quality certificate for the end client: a seller, in the queue, still one order
phone: +56912345001
customer: C001
language: es
tags: order, certificate, seller, queue

> 100 pernos m12x50 din 933 zincados
$ FAS-10167 100
> pedido
?order
@ orders 1
> necesito el certificado de calidad del lote de esos pernos, lo pide el cliente final
?seller
@ queue
@ orders 1
?es
""",
    r"""
name: es-2119-jorge-guias-de-despacho
title: C001 asks the dispatch guides of SO-80001 and SO-80004: GD-55120 and GD-55007, no order
phone: +56912345001
customer: C001
language: es
tags: after-sale, erp-document

> me mandas el número de guía del SO-80001? y el de la SO-80004 también porfa
= GD-55120
= GD-55007
?no-order
?es
""",
    r"""
name: es-2120-ana-en-soles
title: C004 (on hold) asks 15 ABB 32A 220V contactors and the price in soles: priced in USD, the hold said, no order
phone: +51987654004
customer: C004
language: es
tags: currency, credit-hold

> cuánto me sale 15 contactores abb 3p 32a bobina 220v? en soles por favor
$ ELE-10199 15
"""
    + USD
    + "\n"
    + HOLD
    + r"""
?no-order
?es
""",
    # ------------------------------------------------------------------ English
    r"""
name: en-2101-sarah-asterisk-30
title: C002 prices 20 SKF 6207-2Z, corrects with `*30`: 30 priced; `order it, PO 55-2101`: one order of 30, the PO kept
phone: +14155550101
customer: C002
language: en
tags: correction, asterisk, order, po

> 6207 2z skf x 20
$ BRG-10111 20
> *30
$ BRG-10111 30
> order it, PO 55-2101
?order
@ orders 1
@ order-po 55-2101
@ order-line BRG-10111 30
?en
""",
    r"""
name: en-2102-dave-same-as-quote-but-50
title: C005 quotes 25 kg Lincoln 7018 1/8 and 20 Norton 4-1/2" x 1.6 metal wheels, then `same as Q-… but 50 of each`: both at 50, quoted again
phone: +17135550105
customer: C005
language: en
tags: quote, same-as-quote, quantity

> quote me 25 kg 7018 1/8 lincoln and 20 4-1/2 x 1.6 metal norton cutoff wheels
$ WLD-10005 25
$ ABR-10004 20
> quote
?quote
> need the same as {quote} but 50 of each
$ WLD-10005 50
$ ABR-10004 50
> quote that
?quote
?no-order
?en
""",
    r"""
name: en-2103-sarah-add-to-the-order
title: C002 orders 10 NSK 6207 ZZ, then `add 5 schneider 32A 220V contactors to O-…`: priced, still one order, the contactors on it
phone: +14155550101
customer: C002
language: en
tags: order, add-to-order

> 10 6207 zz nsk please
$ BRG-10112 10
> order
?order
@ orders 1
> oops, can you add 5 schneider 3p 32a contactors 220v coil to {order}? forgot them
$ ELE-10169 5
?not-item
@ orders 1
@ order-line ELE-10169 5
?en
""",
    r"""
name: en-2104-tom-mill-certs
title: C002's approver asks 500 M10x30 DIN 933 zinc bolts and whether they come with 3.1 mill certs: priced, a seller for the certs, no order
phone: +14155550102
customer: C002
language: en
tags: certificate, seller

> need 500 m10x30 8.8 zinc din 933 bolts. do they come with 3.1 mill certs? our client requires them
$ FAS-10017 500
?seller
?no-order
?en
""",
    r"""
name: en-2105-dave-spec-sheet
title: C005 asks a spec sheet for the ABB 32A 24VDC contactor and a price on 6: priced, a seller for the sheet (none in the demo), no order
phone: +17135550105
customer: C005
language: en
tags: datasheet, seller

> got a spec sheet for the abb 32a contactor 24vdc coil? and price on 6
$ ELE-10200 6
?seller
?no-order
?en
""",
    r"""
name: en-2106-sarah-ship-to-and-dock-hours
title: C002 prices 12 brass 1/2" NPT gate valves, then orders with PO 55-2106, a ship-to address and dock hours: one order, the PO kept
phone: +14155550101
customer: C002
language: en
tags: order, po, delivery-address, receiving-hours

> 12 1/2" brass gate valves npt
$ VAL-10002 12
> go ahead and order, PO 55-2106. ship to 2450 Embarcadero Way, Palo Alto CA 94303, dock is open 7am-2pm M-F, ask for Luis
?order
@ orders 1
@ order-po 55-2106
@ order-line VAL-10002 12
?en
""",
    r"""
name: en-2107-sarah-two-pos-two-orders
title: C002 places two orders in one chat (PO 55-2107: 10 SKF 6207 open; PO 55-2108: 20 Norton 4-1/2" x 1.6 metal wheels): two orders, the second PO on the latest
phone: +14155550101
customer: C002
language: en
tags: two-orders, po

> need 10 skf 6207 open bearings for the Oakland plant
$ BRG-10116 10
> order that on PO 55-2107
?order
@ orders 1
@ order-po 55-2107
> now a separate order for the Stockton site, PO 55-2108: 20 4-1/2 x 1.6 metal norton cut off wheels
$ ABR-10004 20
> place it
?order
@ orders 2
@ order-po 55-2108
@ order-line ABR-10004 20
?en
""",
    r"""
name: en-2108-dave-anything-cheaper-than-skf
title: C005 quotes 20 SKF 6207-2Z, asks `anything cheaper than skf on those?`: a cheaper brand named; `go with the nsk and requote`: 20 NSK priced, a quote
phone: +17135550105
customer: C005
language: en
tags: quote, cheaper-brand

> 20 6207 2z skf
$ BRG-10111 20
> quote it
?quote
> anything cheaper than skf on those?
~ BRG-1011[2-5]
?no-order
> ok go with the nsk and requote
$ BRG-10112 20
?quote
?no-order
?en
""",
    r"""
name: en-2109-sarah-same-in-siemens
title: C002 quotes 4 Schneider 32A 220V contactors, then `can you do the same in Siemens instead?`: the Siemens one priced; `quote the siemens`: a quote
phone: +14155550101
customer: C002
language: en
tags: quote, other-brand

> 4 contactors 3p 32a 220v coil schneider
$ ELE-10169 4
> quote
?quote
> can you do the same in Siemens instead?
$ ELE-10229 4
> quote the siemens please
?quote
?no-order
?en
""",
    r"""
name: en-2110-ng-guest-how-much-in-naira
title: A Nigerian guest asks 10 pieces of 6205 2Z FAG and the price in naira: list price, in USD, who he buys for asked, no order
phone: +2348035552110
customer: guest
language: en
tags: guest, nigeria, currency

> Good afternoon sir. Please I need price for 10 pieces of bearing 6205 2Z FAG. How much in naira please?
$ BRG-10083 10
"""
    + USD
    + "\n"
    + LEAD_ASK_EN
    + r"""
?no-order
?en
""",
    r"""
name: en-2111-sarah-how-many-in-houston
title: C002 asks brass 1/2" NPT gate valves with no quantity; to the question she answers `how many do you have in Houston?` (23), then `ok 15 then`: 15 priced; `order`: one order
phone: +14155550101
customer: C002
language: en
tags: no-quantity, question-for-question, order

> need 1/2 brass gate valves npt
?asks-qty
> how many do you have in Houston?
~ (?<![\d.,])23(?![\d.,])
?no-order
> ok 15 then
$ VAL-10002 15
> order
?order
@ order-line VAL-10002 15
?en
""",
    r"""
name: en-2112-dave-voice-2-0-and-twenty
title: C005 dictates `need 2 0 of the 4 and a half inch metal norton wheels 1.6 and twenty kilo 7018 eighth inch lincoln`: 20 and 20 priced
phone: +17135550105
customer: C005
language: en
tags: voice, words

> need 2 0 of the 4 and a half inch metal norton wheels 1.6 and twenty kilo 7018 eighth inch lincoln
$ ABR-10004 20
$ WLD-10005 20
?not-item
?en
""",
    r"""
name: en-2113-ph-guest-pa-quote-po
title: A Filipino guest: `Pa-quote po ng 5 pcs gate valve 2 inch brass npt and 10 pcs ball valve 1 inch brass npt`: both at list prices; `pa send na lang po ng quotation`: a quote
phone: +639175552113
customer: guest
language: en
tags: guest, philippines, quote

> Hi po good day! Pa-quote po ng 5 pcs gate valve 2 inch brass npt and 10 pcs ball valve 1 inch brass npt. Thank you po
$ VAL-10065 5
$ VAL-10019 10
?not-item
> ok po, pa send na lang po ng quotation. salamat po
?quote
?no-order
?en
""",
    r"""
name: en-2114-tx-guest-asks-everything-first
title: A Texas guest asks if the public can buy, the price of SKF 6207-2Z, shipping to Austin and terms, then 10 and `how do I order`: company asked; gives company, EIN and email: a lead, no order
phone: +15125552114
customer: guest
language: en
tags: guest, lead, questions-first

> hey do you guys sell to the public or just companies?
? reply
?no-order
> what do you get for a 6207 2z skf?
= BRG-10111
~ 16[.,]36
> you ship to Austin? how long does it take?
? reply
?no-order
> ok I'll take 10
$ BRG-10111 10
> how do I order
"""
    + LEAD_ASK_EN
    + "\n"
    + NO_ORDER_YET
    + r"""
> Lone Star Pump Repair LLC, EIN 74-3345120, buying@lonestarpump.example
@ queue
?no-order
?en
""",
    r"""
name: en-2115-tom-october-quote-at-old-price
title: C002's approver accepts `Q-2026-00019 from October` (never issued here) for 12 brass 1/2" NPT gate valves at $15.20: no order at the old price, today's price; `fine, PO 55-2115, go`: one order, the PO kept
phone: +14155550102
customer: C002
language: en
tags: expired-quote, old-price, order, po

> Hi, we want to go ahead with Q-2026-00019 you sent us in October, 12 of the 1/2 brass gate valves npt at $15.20 each
$ VAL-10002 12
?no-order
> fine, PO 55-2115, go
?order
@ orders 1
@ order-po 55-2115
@ order-line VAL-10002 12
?en
""",
    r"""
name: en-2116-sarah-quotes-tom-approves-ship-to
title: C002: Sarah quotes 10 Schneider 32A 24VDC contactors; Tom, in his own chat, approves the quote with PO 55-2116, a yard address and receiving hours: one order, the PO kept
phone: +14155550101
customer: C002
language: en
tags: quote, two-contacts, po, delivery-address

> 10 schneider 32a contactors 24vdc coil, quote please
$ ELE-10170 10
?quote
> [as +14155550102] approved {quote}, PO 55-2116. ship to our Stockton yard, 1900 Navy Dr, receiving 6am to 2pm only
?order
@ orders 1
@ order-po 55-2116
@ order-line ELE-10170 10
?en
""",
    r"""
name: en-2117-dave-sorry-meant-25
title: C005 prices 15 kg Indura 6011 1/8, then `sorry, meant 25 not 15`: 25 priced; `order`: one order of 25
phone: +17135550105
customer: C005
language: en
tags: correction, order

> 15 kg 6011 1/8 indura
$ WLD-10033 15
> sorry, meant 25 not 15
$ WLD-10033 25
> order
?order
@ orders 1
@ order-line WLD-10033 25
?en
""",
    r"""
name: en-2118-dave-lincoln-instead-of-esab
title: C005 quotes 30 kg ESAB 7018 5/32, asks what the Lincoln would run instead: 30 kg Lincoln priced; `swap to lincoln and order it`: one order with the Lincoln
phone: +17135550105
customer: C005
language: en
tags: quote, other-brand, order

> 30 kg 7018 5/32 esab, quote
$ WLD-10023 30
?quote
> what would the lincoln run me instead?
$ WLD-10007 30
> ok swap to lincoln and order it
?order
@ orders 1
@ order-line WLD-10007 30
?en
""",
    r"""
name: en-2119-sarah-in-cad
title: C002 prices 20 Norton 4-1/2" x 1.0 inox wheels for a Canadian site and asks the price in CAD: priced in USD (no rate in the demo), no order
phone: +14155550101
customer: C002
language: en
tags: currency

> we have a site in Canada, what's 20 4-1/2 x 1.0 inox norton wheels in CAD?
$ ABR-10001 20
"""
    + USD
    + r"""
?no-order
?en
""",
    r"""
name: en-2120-sarah-asterisk-sku
title: C002 asks 20 of BRG-10111, then corrects the code with `*BRG-10112`: 20 NSK 6207 ZZ priced; `order`: one order with BRG-10112
phone: +14155550101
customer: C002
language: en
tags: correction, asterisk, sku, order

> BRG-10111 x 20
$ BRG-10111 20
> *BRG-10112
$ BRG-10112 20
> order
?order
@ orders 1
@ order-line BRG-10112 20
?en
""",
]
