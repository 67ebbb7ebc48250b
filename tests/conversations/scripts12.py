r"""A twelfth set of buyers (es-1201..es-1220 / en-1221..en-1240, 20 per language), written
blind to the implementation: only SPEC.md, ERP.md, the corpus notation (README.md),
build.py / erp_rules.py, test_conversation_corpus.py, scripts11.py for its format and the
demo ERP folder (`mostrador demo-data --as-of 2026-11-25`) were read; not bot/, flows/,
channels/, templates/, workers/, bench/, nor the played runner's DISAGREE list, and the set
was not played by its author.

What it leans on, where the earlier sets were thin:

- Photo captions and forwarded lists carrying the prices the buyer was quoted before
  (`a 9,80`, `@ $11.00`, CLP `$8.500 c/u`, another supplier's price): the reply prices each
  line by the rule of ERP.md, never at the buyer's figure (es-1201, es-1211, es-1214,
  es-1219, en-1221, en-1231, en-1240).
- Reorders "same as last time" / `lo mismo que la última vez` from sales_history.csv, cut
  afterwards (the glasses, the bearings, the flap discs and bolts dropped) (es-1202,
  en-1222, en-1235).
- Stock asked in several warehouses at once (`en santiago y en lima?`, `houston? and
  santiago?`), then the quantity set from the answer (es-1203, es-1215, en-1223, en-1234).
- Partial acceptance of a quote: `acepto pero sin los discos`, `approve the valves and
  bearings only, PO 88-4410` (es-1216, en-1224, es-1204 on hold).
- Packs vs pieces: zip ties asked in pieces (`500 amarras` = 5 bags of 100, `1000 cinchos`,
  `1200 zip ties`) and in bags/boxes/paquetes in the same conversation (es-1205, es-1212,
  en-1225, en-1233).
- A line cancelled after the order exists (`sácale las correas al pedido`, `scratch the
  belts off that order`, `take the valves off O-…`): a seller handles it, still one order
  (es-1206, en-1226, en-1237).
- What is owed and invoice copies: `cuánto les debemos y mándame la F-50003`, due dates,
  `and the 1250 one is still disputed right?`, the invoice of an invoiced ERP order, then
  promises to pay (es-1207, es-1217, en-1227, en-1236, en-1239).
- Greetings and small talk between items (`jaja aquí con un calor terrible`, `weather's grim
  here lol`, `shop's slammed`) neither items nor orders (es-1208, en-1228, en-1238, es-1213).
- A buyer writing from a colleague's phone: Jorge on Carla's (same customer), Tom on Sarah's
  (same customer), Dave on a friend's unknown phone (a guest: list prices only) (es-1209,
  en-1236, en-1229).
- The bot's own questions answered in a word or two: `la inox`, `ntn`, `ss`, `10` (es-1210,
  en-1230).

The facts come from the contract and the demo data, never from what the bot says:

- Prices: ERP.md's rule (erp_rules.py; build.py fills them in); a guest sees list prices.
  Lines under the margin floor (C004's last purchase: safety glasses and boots; C001's
  SAF-10014) were given no price fact.
- Availability = on_hand - reserved - damaged per warehouse (ERP.md). Asked on purpose:
  ABR-10001 (4-1/2" 1.0 inox Norton cut-off wheel) SCL 176, LIM 0, HOU 101 (es-1203);
  VAL-10055 (brass ball valve 1-1/2" NPT) LIM 36, SCL 3 (es-1215); BRG-10076 (6205-2RSH SKF)
  HOU 11, SCL 0, LIM 47: 20 only from Lima (en-1223); VAL-10172 (stainless ball valve 2-1/2"
  NPT) SCL 19 only (en-1234).
- Last purchases (sales_history.csv): C001 F-40150 2026-11-23 (BLT-10033 4, SAF-10014 10,
  BLT-10101 50 with SCL 15 only, BRG-10261 4); C002 F-40149 2026-11-20 (BRG-10257 50 with HOU
  17 only, ABR-10021 4, BRG-10032 50, ABR-10020 50); C005 F-40146 2026-04-25 (ABR-10077 50
  with SCL 19 / LIM 37, FAS-10096 10 with no stock, WLD-10005 2, FAS-10148 50).
- Packs: ELE-10282/ELE-10287/ELE-10291 are bags (BOX) of 100 cable ties.
- Credit: C003 blocked ("Cheques protestados en octubre", F-50007 2,300.00); C004 on hold
  (F-50008 12,800.00 due 2026-10-01); C001 open F-50003 5,373.00 due 2026-12-01 and F-50004
  6,084.00 due 2026-12-12; C002 F-50005 8,400.00 due 2026-12-05, F-50006 1,250.00 disputed.
- After the sale (order_status.csv): SO-80001 C001 shipped (Chilexpress 99120455), SO-80002
  C002 picking, SO-80005 C002 invoiced F-39990 (UPS 1Z999AA10123456784).
- Dates: 2026-11-25 is a Wednesday; `el martes 1` is 2026-12-01, `dec 4` 2026-12-04.
"""

GUEST_ES = r"~ (?i)empresa|compa[nñ][ií]a|raz[oó]n social|para qui[eé]n|a nombre de|negocio"
GUEST_EN = r"~ (?i)company|business|on behalf|who (are you|do you) (buy|purchas)"
LEAD_ES = r"~ (?i)e-?mail|correo|cuit|rut|rfc|nit|raz[oó]n social|empresa"
LEAD_EN = r"~ (?i)e-?mail|company|tax|ein|vat|business number"
HOLD_ES = r"~ (?i)vencid|mora\b|atrasad|F-50008|12[.,]?800"
BLOCK_ES = r"~ (?i)bloque|cheques protestados"


SCRIPTS = [
    # ------------------------------------------------------------------ Spanish
    r"""
name: es-1201-jorge-foto-con-precios-de-antes
title: C001 sends a photo caption with the prices he was quoted before (9,80 / 10,50 / 0,10): each line priced by the rule, then a quote
phone: +56912345001
customer: C001
language: es
tags: forwarded, old-prices, quote

> te mando lo q nos cotizaron la otra vez (foto) 📷
| - 10 rod 6205 ddu nsk a 9,80
| - 6 correas b60 gates a 10,50
| - 500 pernos m10x30 din 933 zincado a 0,10
| me mantienen esos precios??
$ BRG-10077 10
$ BLT-10277 6
$ FAS-10017 500
?not-item
?no-order
> ya cotiza nomas
?quote
""",
    r"""
name: es-1202-carla-lo-mismo-sin-lentes
title: C001's approver asks for the same as last time (F-40150), drops the glasses, asks a quote
phone: +56912345002
customer: C001
language: es
tags: reorder, remove, quote

> hola buenas, me repites lo mismo que la última vez porfa
= BLT-10033
= BRG-10261
= BLT-10101
?no-order
> sácale los lentes, esos ya llegaron por otro lado
?no-order
> ok cotiza
?quote
""",
    rf"""
name: es-1203-raul-discos-santiago-y-lima
title: C003 (blocked) asks how many 4-1/2 inox Norton cut-off wheels Santiago and Lima have (176 / 0), then Houston (101), then a quote of 50
phone: +56987654003
customer: C003
language: es
tags: blocked, warehouses, quote

> wena, tienen discos de corte 4 1/2 inox norton de 1mm? cuantos hay en santiago y en lima?
~ \b176\b
{BLOCK_ES}
> y en houston?
~ \b101\b
> ya cotizame 50 nomas
$ ABR-10001 50
?quote
?no-order
""",
    rf"""
name: es-1204-ana-acepta-solo-contactores-y-cable
title: C004 (on hold) quotes three lines, accepts only the contactors and the cable: the order goes to approval, never confirmed
phone: +51987654004
customer: C004
language: es
tags: peru, hold, partial-accept, approval

> buenas ingeniero, cotízame 4 contactores abb 12A bobina 220v, 200 metros cable thhn 12 awg negro y 4 válvulas de bola de bronce de 1/2 npt
$ ELE-10190 4
$ ELE-10001 200
$ VAL-10001 4
{HOLD_ES}
> cotiza
?quote
> acepto solo los contactores y el cable, las válvulas no por ahora
?approval
@ queue
""",
    r"""
name: es-1205-jorge-amarras-en-unidades-y-bolsas
title: C001 asks 500 cable ties in pieces (5 bags of 100) and 2 bags of another size, asks how many ties that is, orders
phone: +56912345001
customer: C001
language: es
tags: packs, pieces, order

> necesito 500 amarras plasticas 200x4.8 negras
$ ELE-10287 5
> y 2 bolsas de las de 300x4.8
$ ELE-10291 2
> cuantas amarras son en total? las bolsas traen 100 cierto?
~ \b100\b
> ok pedido
?order
@ orders 1
@ order-line ELE-10287 5
@ order-line ELE-10291 2
""",
    r"""
name: es-1206-jorge-saca-las-correas-del-pedido
title: C001 orders belts and bearings, then asks to take the belts off the order: a seller handles it, still one order
phone: +56912345001
customer: C001
language: es
tags: order, cancel-line, seller

> 8 correas a50 gates y 10 rodamientos 6205 zz ntn
$ BLT-10049 8
$ BRG-10084 10
> pedido
?order
@ orders 1
> oye sácale las correas al pedido porfa, el mecánico encontró en bodega
?seller
@ orders 1
""",
    r"""
name: es-1207-jorge-cuanto-debemos-y-la-f-50003
title: C001 asks what it owes and for a copy of F-50003 (5,373.00), when F-50004 falls due (12 Dec), promises to pay 5.373 on Tuesday 1
phone: +56912345001
customer: C001
language: es
tags: account, invoice, promise

> hola, cuánto les debemos a la fecha? y me reenvías la factura F-50003 que contabilidad no la encuentra
= F-50003
~ 5[.,]?373
?no-order
> y la F-50004 cuando vence?
?date 2026-12-12
> ya, el martes 1 pagamos los 5.373 de la F-50003
@ promise 2026-12-01 5373.00
""",
    r"""
name: es-1208-ana-saludos-y-calor-entre-items
title: C004 greets, asks bearings, small talk about the Lima heat, adds brass ball valves, thanks: no order, small talk never an item
phone: +51987654004
customer: C004
language: es
tags: peru, greetings, small-talk, hold

> holaa buenas tardes, cómo está todo por allá?
? reply
?no-order
> oiga necesito 8 rodamientos 6208 2rs skf
$ BRG-10121 8
> jaja aquí con un calor terrible en Lima, ya ni el ventilador sirve 🥵
?not-item
?no-order
> y 4 valvulas de bola de bronce de 1/2 npt
$ VAL-10001 4
> eso nomás por ahora, gracias!
?no-order
""",
    r"""
name: es-1209-jorge-desde-el-cel-de-carla
title: Jorge writes from Carla's phone (his died): still C001, belts at the contract price, a quote
phone: +56912345002
customer: C001
language: es
tags: colleague-phone, quote

> hola soy el jorge, se me murió el cel te escribo del de la carla
? reply
> necesito 12 correas a50 gates
$ BLT-10049 12
> cotiza a nombre de la minera nomas
?quote
""",
    r"""
name: es-1210-jorge-responde-en-dos-palabras
title: C001 asks 1/2 NPT ball valves (options), answers `la inox`; 6205 bearings by brand rule, answers `ntn`; quote
phone: +56912345001
customer: C001
language: es
tags: choice, short-answers, brand, quote

> 4 valvulas bola 1/2 npt
? choice 2
> la inox
$ VAL-10100 4
> 10 rodamientos 6205 zz
? reply
> ntn
$ BRG-10084 10
> cotiza
?quote
""",
    rf"""
name: es-1211-ar-invitado-precios-de-otro-proveedor
title: An Argentine guest pastes another supplier's prices (`$14 c/u`), gets list prices, asks for something better, then a quote
phone: +5491155581211
customer: guest
language: es
tags: guest, argentina, old-prices, quote

> che buenas, me pasás precio? te copio lo que me cotizó otro proveedor:
| 20 rulemanes 6205 2rs skf $14 c/u
| 500 bulones m10x30 din 933 zincados $0,18
$ BRG-10076 20
$ FAS-10017 500
{GUEST_ES}
?no-order
> si te llevo todo me hacés algo mejor?
? reply
?no-order
> dale, pasame la cotización
?quote
""",
    r"""
name: es-1212-mx-invitado-mil-cinchos
title: A Monterrey guest asks 1000 cable ties in pieces (10 bags) and 2 `paquetes` of another size, then a quote for his company
phone: +528112341212
customer: guest
language: es
tags: guest, mexico, packs, pieces, quote

> buenas tardes, ocupo 1000 cinchos de 150x3.6 negros
$ ELE-10282 10
> y 2 paquetes de los de 300x4.8
$ ELE-10291 2
> mándeme la cotización porfa, es para Talleres Garza SA de CV
?quote
?no-order
""",
    rf"""
name: es-1213-co-invitado-me-regala-y-pedido
title: A Colombian guest with small talk asks B60 belts at list, orders, gives company/NIT/email: a lead
phone: +573001231213
customer: guest
language: es
tags: guest, colombia, small-talk, lead

> buenas tardes, qué pena molestarlo, cómo le va? me regala el precio de 6 correas b60 gates
$ BLT-10277 6
> ay qué bien, acá lloviendo todo el día jaja. listo, hágame el pedido
{LEAD_ES}
?no-order
> Ferretería El Tornillo SAS, NIT 900.123.456-7, compras@eltornillo.example
@ queue
?no-order
""",
    r"""
name: es-1214-es-presupuesto-de-octubre
title: A guest from Spain pastes last October's quote (`1.000 arandelas a 0,04`): list price for one thousand, half a thousand nuts added, a quote
phone: +34611221214
customer: guest
language: es
tags: guest, spain, old-prices, thousands, quote

> buenas, os paso el presupuesto que me hicisteis en octubre a ver si me lo actualizáis:
| 1.000 arandelas M10 DIN 125 cincadas a 0,04 €
$ FAS-10029 1000
> y medio millar de tuercas M10 DIN 934 cincadas
$ FAS-10024 500
> vale, pasadme el presupuesto
?quote
""",
    rf"""
name: es-1215-ana-valvulas-en-lima-y-santiago
title: C004 (on hold) asks how many 1-1/2 brass ball valves Lima and Santiago have (36 / 3), takes 10 from Lima, the order goes to approval
phone: +51987654004
customer: C004
language: es
tags: peru, warehouses, hold, approval

> cuántas válvulas de bola de bronce de 1 1/2 npt tienen en Lima? y en Santiago?
~ \b36\b
{HOLD_ES}
> ya, 10 entonces, que salgan de Lima
$ VAL-10055 10
> genera el pedido
?approval
@ queue
""",
    r"""
name: es-1216-jorge-acepta-sin-los-discos
title: C001 quotes bearings, belts and cut-off wheels, accepts the quote without the wheels: an order of the two other lines
phone: +56912345001
customer: C001
language: es
tags: quote, partial-accept, order

> cotizame 8 rodamientos 6305 2rs skf, 6 correas b60 gates y 50 discos de corte 4 1/2 inox norton 1mm
$ BRG-10271 8
$ BLT-10277 6
$ ABR-10001 50
> cotizar
?quote
> acepto pero sin los discos, esos los vemos el otro mes
?order
@ orders 1
@ order-line BRG-10271 8
@ order-line BLT-10277 6
""",
    r"""
name: es-1217-raul-mandame-la-factura
title: C003 (blocked) asks what he owes and for the invoice (F-50007, 2,300.00), promises to pay it tomorrow, asks electrodes: priced, no order
phone: +56987654003
customer: C003
language: es
tags: blocked, invoice, promise, quote

> cuanto debo? mandame la factura pa pagarla
= F-50007
~ 2[.,]?300
> mañana le transfiero los 2.300
@ promise {date+1} 2300.00
> y me pueden mandar 20 kilos de soldadura 7018 de 1/8 indura?
$ WLD-10037 20
?no-order
""",
    r"""
name: es-1218-mx-invitado-dictado-baleros
title: A Mexican guest dictates bearings and ABB contactors in one run-on with `este`, asks stock, then a quote at list
phone: +523312341218
customer: guest
language: es
tags: guest, mexico, voice, quote

> oye fíjate que ocupo unos baleros 6206 zz ntn como 8 piezas y también unos 4 contactores abb de 12 amperes bobina 220 y este pues cuánto sería
$ BRG-10099 8
$ ELE-10190 4
?not-item
> ah y sí tienen en existencia?
? reply
> órale, mándeme la cotización
?quote
""",
    r"""
name: es-1219-cl-invitado-foto-en-pesos
title: A Chilean contractor (guest) forwards a list with the CLP prices he paid elsewhere (`$8.500 c/u`): list prices in USD, a quote
phone: +56977341219
customer: guest
language: es
tags: guest, chile, forwarded, old-prices, quote

> wena, te reenvío la lista q me pasó el maestro, los precios son los q pagamos la otra vez
| • 6 correas A50 gates $8.500 c/u
| • 20 kg electrodo 7018 1/8 indura $4.200 el kilo
$ BLT-10049 6
$ WLD-10037 20
?no-order
> cotízame eso porfa
?quote
""",
    r"""
name: es-1220-jorge-pedido-y-la-guia
title: C001 orders two lines, asks `estado` (the new order and SO-80001), then the Chilexpress tracking of SO-80001, thanks
phone: +56912345001
customer: C001
language: es
tags: order, status, tracking, thanks

> 6 correas a42 gates y 4 rodamientos 6304 2z skf, pedido directo
$ BLT-10033 6
$ BRG-10261 4
?order
@ orders 1
> estado
= {order}
= SO-80001
> y la guía de la SO-80001?
~ 99120455
> gracias crack 🙌
?no-order
@ orders 1
""",
    # ------------------------------------------------------------------ English
    r"""
name: en-1221-sarah-fwd-with-old-prices
title: C002 forwards maintenance's list with the prices paid before (`@ $11.00`): rule prices, a question why, then a quote
phone: +14155550101
customer: C002
language: en
tags: forwarded, old-prices, quote

> fwd from maint, can you price these? the @ is what we paid last time
| 10x 6205 ddu nsk @ $11.00
| 6x b60 gates @ $11.50
| 4x 1/2" ss 316 ball valve npt @ $29
$ BRG-10077 10
$ BLT-10277 6
$ VAL-10100 4
?not-item
> why are these higher than what we paid?
? reply
?no-order
> ok quote it
?quote
""",
    r"""
name: en-1222-sarah-same-as-last-time-just-wheels
title: C002 asks the same as last time (F-40149), drops the bearings, quotes the two 3M wheels
phone: +14155550101
customer: C002
language: en
tags: reorder, remove, quote

> hey, can we get the same as last time?
= ABR-10021
= ABR-10020
= BRG-10257
?no-order
> drop the bearings, just the wheels
$ ABR-10021 4
$ ABR-10020 50
> quote pls
?quote
""",
    r"""
name: en-1223-dave-houston-and-santiago
title: C005 asks how many 6205 2RS SKF Houston and Santiago have (11 / 0), needs 20: they ship from Lima (47), orders
phone: +17135550105
customer: C005
language: en
tags: warehouses, order

> how many 6205 2rs skf u got in houston? and santiago?
~ \b11\b
> need 20
$ BRG-10076 20
~ (?i)lima|\bLIM\b
> ok order em
?order
@ orders 1
@ order-line BRG-10076 20
""",
    r"""
name: en-1224-tom-approves-valves-and-bearings-only
title: C002's approver quotes three lines, approves only the valves and bearings with PO 88-4410: an order of those two lines
phone: +14155550102
customer: C002
language: en
tags: quote, partial-accept, po, order

> quote 4 1/2" ss ball valves npt, 8 6208 2rs skf and 50 4.5" inox cut off wheels norton 1mm
$ VAL-10100 4
$ BRG-10121 8
$ ABR-10001 50
> quote
?quote
> approve the valves and bearings only, hold the wheels. PO 88-4410
?order
@ orders 1
@ order-po 88-4410
@ order-line VAL-10100 4
@ order-line BRG-10121 8
""",
    r"""
name: en-1225-dave-1200-zip-ties
title: C005 asks 1200 zip ties in pieces (12 bags), 3 bags of a longer size, how many ties in a bag (100), orders
phone: +17135550105
customer: C005
language: en
tags: packs, pieces, order

> need 1200 zip ties 200mm x 4.8 black
$ ELE-10287 12
> also 3 bags of the 300mm x 4.8
$ ELE-10291 3
> how many ties in a bag btw
~ \b100\b
> k order it
?order
@ order-line ELE-10287 12
@ order-line ELE-10291 3
""",
    r"""
name: en-1226-dave-scratch-the-belts
title: C005 orders belts and rod, then asks to scratch the belts off that order: a seller, still one order
phone: +17135550105
customer: C005
language: en
tags: order, cancel-line, seller

> 6 b60 dayco belts and 20kg 7018 1/8 lincoln
$ BLT-10279 6
$ WLD-10005 20
> order
?order
@ orders 1
> scratch the belts off that order, found some in the crib
?seller
@ orders 1
""",
    r"""
name: en-1227-sarah-balance-and-copy-of-f-50005
title: C002 asks its balance and a copy of F-50005 (8,400.00, due Dec 5), whether F-50006 is still disputed, promises 8400 on Dec 4
phone: +14155550101
customer: C002
language: en
tags: account, invoice, disputed, promise

> what's our balance? AP needs a copy of F-50005 too
= F-50005
~ 8,?400
> when's it due?
?date 2026-12-05
> and the 1250 one is still disputed right?
= F-50006
> ok we'll pay the 8400 on dec 4
@ promise 2026-12-04 8400.00
""",
    rf"""
name: en-1228-uk-guest-cheers-weather
title: A UK guest chats about the weather between two items (NTN bearings, M10 bolts), then a quote at list
phone: +447700901228
customer: guest
language: en
tags: guest, uk, small-talk, quote

> alright mate, hope you're well. need 10 6204 2rs ntn bearings
$ BRG-10064 10
{GUEST_EN}
> cheers. weather's grim here lol, been chucking it down all week
?not-item
?no-order
> also 500 M10x30 hex bolts zinc din 933
$ FAS-10017 500
> lovely, can I get a quote
?quote
""",
    rf"""
name: en-1229-dave-on-a-buddys-phone
title: Dave writes from a friend's unknown phone: a guest at list price, never C005's price; `put it on northwind's account` makes no order
phone: +17135551229
customer: guest
language: en
tags: guest, colleague-phone, list-price

> this is dave from northwind fab, on my buddy's phone. need 20kg 7018 1/8 lincoln
$ WLD-10005 20
!= 99.40
?no-order
> just put it on northwind's account
?no-order
> order
{LEAD_EN}
?no-order
""",
    r"""
name: en-1230-sarah-answers-in-a-word
title: C002 asks 1-1/2 NPT ball valves (options), answers `ss`; 6205 ZZ bearings by brand rule, answers `ntn`; quote
phone: +14155550101
customer: C002
language: en
tags: choice, short-answers, brand, quote

> ball valves 1-1/2 npt x4
? choice 2
> ss
$ VAL-10154 4
> 6205 zz bearings x 10
? reply
> ntn
$ BRG-10084 10
> quote
?quote
""",
    rf"""
name: en-1231-in-guest-as-per-previous-po-rates
title: An Indian guest asks a quote `as per our previous PO rates` (12.50): list prices, `nos`, then a quote
phone: +919812341231
customer: guest
language: en
tags: guest, india, old-prices, quote

> Dear Sir, kindly quote below items as per our previous PO rates
| 1) 6305 2RS SKF bearing - 20 nos @ 12.50
| 2) A42 Gates V belt - 10 nos
$ BRG-10271 20
$ BLT-10033 10
{GUEST_EN}
> kindly revert with best price and delivery
? reply
?no-order
> pls send quotation sir
?quote
""",
    r"""
name: en-1232-ph-guest-po-stock
title: A Filipino guest asks stock of 6206 ZZ SKF (`8 pcs po`), a quote, thanks with `salamat po`
phone: +639171231232
customer: guest
language: en
tags: guest, philippines, quote, thanks

> good pm po! ask ko lang if may stock kayo ng 6206 zz skf bearing, 8 pcs po
$ BRG-10096 8
> thank you po. pa-quote na rin po
?quote
> salamat po 🙏
?no-order
""",
    rf"""
name: en-1233-ca-guest-boxes-and-pieces
title: A Canadian guest asks 2 boxes of one size and 500 pieces of another (5 bags), orders, gives company/BN/email: a lead
phone: +16045551233
customer: guest
language: en
tags: guest, canada, packs, pieces, lead

> hey there, looking for 2 boxes of zip ties 150mm x 3.6 and 500 of the 300mm x 4.8 ones eh
$ ELE-10282 2
$ ELE-10291 5
> order please
{LEAD_EN}
?no-order
> Maple Ridge Mechanical, BN 123456789, purchasing@mapleridge.example
@ queue
?no-order
""",
    r"""
name: en-1234-au-guest-houston-stainless
title: An Australian guest asks 4 stainless 2-1/2 NPT ball valves and how many Houston has (none; Santiago 19), then a quote
phone: +61412341234
customer: guest
language: en
tags: guest, australia, warehouses, quote

> g'day, chasing 4 x 2 1/2 inch stainless ball valves npt, how many you got in houston?
$ VAL-10172 4
~ (?i)santiago|\bSCL\b
> no worries, quote us
?quote
""",
    r"""
name: en-1235-dave-same-as-last-time-cut
title: C005 asks the same as last time (F-40146: flap discs short, bolts out of stock), keeps only the rod and the cap screws, orders
phone: +17135550105
customer: C005
language: en
tags: reorder, short, remove, order

> same as last time
= ABR-10077
= FAS-10096
= WLD-10005
= FAS-10148
?no-order
> drop the flap discs and the bolts, just the rod and the cap screws
$ WLD-10005 2
$ FAS-10148 50
> order
?order
@ orders 1
@ order-line FAS-10148 50
@ order-line WLD-10005 2
""",
    r"""
name: en-1236-tom-on-sarahs-phone
title: Tom writes from Sarah's phone: still C002; what we owe (F-50005, F-50006 disputed), two ABB contactors, a quote
phone: +14155550101
customer: C002
language: en
tags: colleague-phone, account, quote

> hey it's tom, on sarah's phone. what do we owe you guys?
= F-50005
= F-50006
> need 2 contactors abb 12a coil 220v
$ ELE-10190 2
> quote
?quote
""",
    r"""
name: en-1237-sarah-take-the-valves-off
title: C002 orders valves and belts, then asks to take the valves off that order: a seller, still one order
phone: +14155550101
customer: C002
language: en
tags: order, cancel-line, seller

> 4 brass ball valves 1/2 npt and 6 a50 gates belts
$ VAL-10001 4
$ BLT-10049 6
> order
?order
@ orders 1
> can you take the valves off {order}? keep the rest
?seller
@ orders 1
""",
    r"""
name: en-1238-dave-small-talk-between-items
title: C005 greets, asks belts, small talk about a slammed shop, adds Klingspor flap discs, orders
phone: +17135550105
customer: C005
language: en
tags: greetings, small-talk, order

> morning! hows it going
? reply
?no-order
> 6 a50 gates belts
$ BLT-10049 6
> yeah rough week, shop's slammed lol
?not-item
?no-order
> add 25 flap discs 4.5 grit 80 klingspor
$ ABR-10081 25
> ok order it
?order
@ order-line BLT-10049 6
@ order-line ABR-10081 25
""",
    r"""
name: en-1239-sarah-so-80005-invoice
title: C002 asks SO-80002 and SO-80005 (UPS tracking), then the invoice of SO-80005 (F-39990), thanks
phone: +14155550101
customer: C002
language: en
tags: status, tracking, invoice, thanks

> whats the status of SO-80002 and SO-80005?
= SO-80002
= 1Z999AA10123456784
> can you send the invoice for 80005? AP is asking
= F-39990
> ok thx
?no-order
""",
    rf"""
name: en-1240-guest-beat-this-quote
title: A US guest sends another distributor's quote as a photo caption and asks to beat it: list prices, then a quote
phone: +15125551240
customer: guest
language: en
tags: guest, old-prices, quote

> [photo] this is what grainger quoted us, can u beat it?
| 10 A42 gates belts $7.50
| 4 brass ball valve 1/2 npt $12
$ BLT-10033 10
$ VAL-10001 4
{GUEST_EN}
?no-order
> ok whatever, send a quote
?quote
""",
]
