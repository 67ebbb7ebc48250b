r"""A seventeenth set of buyers (es-1701..es-1720 / en-1701..en-1720, 20 per language), written
blind to the implementation by h2 in session 19: only SPEC.md (conversation, after the sale, what
real buyers write), ERP.md (price, availability, credit, approvals), the corpus notation
(README.md), build.py / erp_rules.py, the format of scripts16.py (its docstring and two scripts)
and the demo ERP folder (`mostrador demo-data --as-of 2026-11-25`) were read; not bot/, flows/,
channels/, templates/, workers/ or bench/, nor other scripts files. Played once on main by its
author; scripts were not changed after seeing the results (the played runner's DISAGREE list
names the first missed fact).

What it leans on: two quotes open in one conversation and `la segunda` / `la primera` / `the
second one` accepted (with a PO); whether prices include IVA / GST / tax and in what currency;
a discount asked as a percentage (`con 10% de descuento`, `at 10% off`, `at 10% discount`): the
items priced at the rule's price and a seller takes the discount (ERP.md: a price below the rule
is a seller's override, never the bot's); an ERP order number and a change to it in two
sentences (`Sobre el SO-80001. ¿Me pueden sacar las correas?`, `About SO-80002. Can you remove
the bearings?`); when an item with none on hand arrives; an order or a line cancelled after it
exists; a copy of an invoice, the quote's PDF again; delivery to a site and pickup at a named
warehouse; a buyer writing for a branch (a guest: list prices); a count changed in bags / boxes;
a seller asked for and then not needed; mixed Spanish/English; long messages with a greeting, a
list and a question at the end; counts in words (`doce`, `cuatro`, `a dozen`, `two dozen`); a
guest who gives a known customer's tax id and email (still a lead, never that customer's
prices). Voices from Venezuela, Uruguay, the Dominican Republic, Panama, Guatemala, Chile, Peru,
Australia, Ireland, India, Nigeria and the US.

Facts used (demo data, never the bot's answers):

- Prices: ERP.md's rule (erp_rules.py; build.py fills them in); guests see list prices.
- Availability = on_hand - reserved - damaged per warehouse. BRG-10346 (6310-2RSH SKF): SCL 60,
  LIM 2, HOU 48. BRG-10096 (6206-2Z SKF): HOU 25. VAL-10002 (gate valve brass 1/2" NPT): SCL 17,
  LIM 21, HOU 23. VAL-10019 (ball valve brass 1" NPT): SCL 30. ABR-10004 (4-1/2" x 1.6 metal
  Norton): SCL 152, LIM 152, HOU 99. ABR-10063 (flap disc 4-1/2" grit 60 Norton): HOU 191.
  ELE-10287 (ties 200x4.8, bag of 100, uom BOX): SCL 80, LIM 149. BLT-10033 (A42 Gates): SCL 19.
  BLT-10265 (B54 Gates): SCL 16, LIM 4. FAS-10017 (M10x30): SCL 263, LIM 531, HOU 1280.
  FAS-10167 (M12x50): SCL 218, LIM 998. FAS-10493 (M16x60): SCL 1932. WLD-10005 (E7018 1/8"
  Lincoln, kg): SCL 168, LIM 82, HOU 223. WLD-10037 (E7018 1/8" Indura): SCL 109.
- None on hand anywhere, incoming: VAL-10266 (gate valve carbon steel 1/2" NPT) 34 in SCL on
  2026-12-25; BRG-10355 (6310 ZZ KOYO) 18 in SCL on 2026-12-22; ELE-10006 (THHN 12 AWG yellow)
  280 in SCL on 2026-12-06.
- Tax: TAX_RATE_PCT defaults to 0 and TAX_NAME to `Tax` (SPEC configuration): prices are net of
  tax; the replies name the tax (IVA / tax / GST / VAT) when asked.
- After the sale (order_status.csv): SO-80001 C001 shipped (Chilexpress 99120455), SO-80002 C002
  picking, SO-80003 C004 received. Receivables: C002 F-50005 8,400.00 due 2026-12-05; C003
  F-50007 2,300.00 due 2026-10-16.
- Credit: C003 blocked ("Cheques protestados en octubre"); C004 on hold (F-50008 12,800.00 due
  2026-10-01, more than 30 days overdue): an order goes to approval, a quote can always be given.
- Known tax ids and emails (customers.csv, contacts.csv): C001 Minera Los Andes SpA
  76.123.456-7; C005 Northwind Fabrication LLC 87-7654321, dave@northwind-fab.example. A guest
  giving them is a lead for a seller to link (SPEC: guests can become customers).
"""

HOLD = r"~ (?i)F-50008|12[.,]800|vencid"
BLOCKED = r"~ (?i)protestad|bloquead"

SCRIPTS = [
    # ------------------------------------------------------------------ Spanish
    r"""
name: es-1701-jorge-dos-cotizaciones-acepta-la-segunda
title: C001 asks for two separate quotes (10 SKF 6310-2RSH, then 6 Gates B54) and accepts `la segunda`: one order with the belts
phone: +56912345001
customer: C001
language: es
tags: quote, two-quotes, accept, position

> hola, cotízame 10 rodamientos 6310 2rsh skf
$ BRG-10346 10
> cotizar
?quote
> ahora hazme otra cotización aparte con 6 correas b54 gates
$ BLT-10265 6
> cotizar
?quote
> ok acepto la segunda
?order
@ orders 1
@ order-line BLT-10265 6
?es
""",
    r"""
name: es-1702-ve-invitado-incluye-iva
title: A guest from Venezuela asks the price of 6 brass 1" NPT ball valves and whether it includes IVA: list price, the tax named
phone: +584141701702
customer: guest
language: es
tags: guest, price, tax, venezuela

> buenas mi pana, cuánto me sale la válvula de bola de bronce de 1" npt? necesito 6. ese precio ya incluye el IVA?
$ VAL-10019 6
~ (?i)\biva\b|impuesto
?not-item
?no-order
""",
    r"""
name: es-1703-carla-cotiza-con-10-descuento
title: C001's approver asks for a quote of 200 M10x30 bolts and 25 Norton 1.6 wheels `con 10% de descuento`: both priced by the rule, a seller takes the discount
phone: +56912345002
customer: C001
language: es
tags: discount, percent, seller, quote

> cotízame 200 pernos m10x30 din 933 zincados y 25 discos de corte 4 1/2 x 1.6 metal norton con 10% de descuento por favor
$ FAS-10017 200
$ ABR-10004 25
?seller
@ queue
?no-order
""",
    r"""
name: es-1704-ana-cuando-llegan-las-valvulas-acero
title: C004 (on hold) asks when the 1/2" NPT carbon steel gate valves arrive, 6 of them: none on hand, 34 on 2026-12-25; the hold said
phone: +51987654004
customer: C004
language: es
tags: eta, incoming, hold

> ¿cuándo llegan las válvulas compuerta de acero al carbono de 1/2 npt? necesito 6
$ VAL-10266 6
?date 2026-12-25
"""
    + HOLD
    + r"""
?no-order
""",
    r"""
name: es-1705-jorge-cancela-el-pedido
title: C001 orders 4 brass 1/2" NPT gate valves, then asks to cancel that order: the order named, a seller, still one order
phone: +56912345001
customer: C001
language: es
tags: order, cancel-order, seller

> necesito 4 válvulas compuerta de bronce 1/2 npt
$ VAL-10002 4
> pedido
?order
@ orders 1
> oye mejor cancela ese pedido {order}, al final no lo vamos a necesitar
= {order}
@ orders 1
?not-item
""",
    r"""
name: es-1706-do-invitado-sucursal-santiago-caballeros
title: A guest from the Dominican Republic writes for the Santiago de los Caballeros branch of his hardware chain: 12 Gates A42 belts at list price
phone: +18092171706
customer: guest
language: es
tags: guest, branch, dominican-republic

> saludos, le escribo de la sucursal de Santiago de los Caballeros de Ferretería Ochoa, ¿qué precio tienen 12 correas a42 gates?
$ BLT-10033 12
?not-item
?no-order
""",
    r"""
name: es-1707-jorge-so-80001-sacar-correas
title: C001 names SO-80001 in one sentence and asks to take the belts off in the next: the ERP order named, a seller (it has shipped), no new order
phone: +56912345001
customer: C001
language: es
tags: after-sale, erp-order, change, two-sentences

> Sobre el SO-80001. ¿Me pueden sacar las correas?
= SO-80001
?seller
@ queue
?not-item
@ orders 0
""",
    r"""
name: es-1708-uy-invitado-cantidades-en-palabras
title: A guest from Uruguay asks for `doce correas a42 gates` and `cuatro válvulas esclusa de bronce de media pulgada npt`: counts in words, list prices
phone: +59899170808
customer: guest
language: es
tags: guest, words, uruguay

> buen día, precisaría doce correas a42 gates y cuatro válvulas compuerta de bronce de media pulgada npt, ¿me pasás precio?
$ BLT-10033 12
$ VAL-10002 4
?not-item
?no-order
""",
    r"""
name: es-1709-raul-copia-factura-f-50007
title: C003 (blocked) asks for a copy of F-50007 and how much it is: the invoice, 2,300.00, overdue since 2026-10-16
phone: +56987654003
customer: C003
language: es
tags: invoice, copy, blocked, after-sale

> buenas, me puede mandar copia de la factura F-50007? no la encuentro. cuánto era?
= F-50007
~ 2[.,]?300
?no-order
?es
""",
    r"""
name: es-1710-carla-reenvia-el-pdf
title: C001 quotes 10 kg of Lincoln 7018 1/8", then asks for the quote's PDF again: the same quote named, no order
phone: +56912345002
customer: C001
language: es
tags: quote, pdf, resend

> cotiza 10 kilos de electrodo 7018 1/8 lincoln
$ WLD-10005 10
> cotizar
?quote
> no me llegó el pdf de la cotización, me lo puedes reenviar?
= {quote}
?no-order
""",
    r"""
name: es-1711-jorge-despacho-a-faena-calama
title: C001 prices 6 brass 1" NPT ball valves and orders them delivered to its Calama site: one order
phone: +56912345001
customer: C001
language: es
tags: order, delivery-address

> precio de 6 válvulas de bola de bronce 1" npt
$ VAL-10019 6
> hazme el pedido y que lo despachen a nuestra faena en Calama, camino a Chuquicamata km 5
?order
@ orders 1
@ order-line VAL-10019 6
""",
    r"""
name: es-1712-ana-retiro-en-bodega-lima
title: C004 (on hold) wants 40 Norton 1.6 metal wheels to pick up at the Lima warehouse: priced, Lima named, the order goes to approval with the overdue invoice
phone: +51987654004
customer: C004
language: es
tags: pickup, warehouse, hold, approval

> 40 discos de corte 4 1/2 x 1.6 para metal norton, los retiramos en la bodega de Lima
$ ABR-10004 40
~ (?i)lima
> pedido
?approval
"""
    + HOLD
    + r"""
""",
    r"""
name: es-1713-pa-invitado-mezcla-idiomas
title: A guest from Panama mixes Spanish and English (10 ball bearings 6310 2RSH SKF and 5 bolsas of 200x4.8 black ties): list prices, replies in Spanish
phone: +50761701713
customer: guest
language: es
tags: guest, mixed-language, panama

> hola, necesito un quote de 10 ball bearings 6310 2rsh skf y 5 bolsas de amarras 200x4.8 negras please
$ BRG-10346 10
$ ELE-10287 5
?no-order
?es
""",
    r"""
name: es-1714-gt-invitado-mensaje-largo-pregunta-al-final
title: A guest from Guatemala writes a long message (greeting, who they are, three items, a question about stock and shipping at the end): every line at list price
phone: +50251701714
customer: guest
language: es
tags: guest, long-message, question, guatemala

> Buenas tardes, espero que se encuentren muy bien. Les escribo de parte de una ferretería en Mixco, nos recomendaron con ustedes.
| Necesitamos cotizar lo siguiente:
| - 100 pernos m12x50 din 933 zincados
| - 50 pernos m16x60 din 933 zincados
| - 4 válvulas compuerta bronce 1/2 npt
| ¿Tienen todo en existencia y cuánto tarda el envío?
$ FAS-10167 100
$ FAS-10493 50
$ VAL-10002 4
?not-item
?no-order
""",
    r"""
name: es-1715-jorge-mejor-8-bolsas
title: C001 asks for 5 bags of 200x4.8 black ties, then `mejor que sean 8 bolsas`: one line, 8 bags
phone: +56912345001
customer: C001
language: es
tags: packs, change, bags

> 5 bolsas de amarras plásticas 200x4.8 negras
$ ELE-10287 5
> mejor que sean 8 bolsas
$ ELE-10287 8
?no-order
""",
    r"""
name: es-1716-carla-asesor-y-despues-no
title: C001's approver asks for an asesor, then says it is no longer needed: a seller named and the queue, the second message no item and no order
phone: +56912345002
customer: C001
language: es
tags: seller, never-mind

> necesito hablar con un asesor por favor
?seller
@ queue
> ah no, ya está, lo resolví con Jorge. gracias igual
?not-item
?no-order
""",
    r"""
name: es-1717-cl-invitado-rut-de-minera
title: A guest prices 8 Gates B54 belts (list price), orders, and gives Minera Los Andes' RUT and a company email: a lead for a seller, no order, never C001's price
phone: +56977001717
customer: guest
language: es
tags: guest, lead, tax-id, known-company

> hola, cotízame 8 correas b54 gates
$ BLT-10265 8
> pedido
~ (?i)empresa|rut|correo|email
?no-order
> Minera Los Andes SpA, RUT 76.123.456-7, compras.antofagasta@minera-losandes.example
@ queue
?no-order
""",
    r"""
name: es-1718-ana-anular-linea-so-80003
title: C004 asks to cancel the valves line of ERP order SO-80003: the order named, a seller, no new order
phone: +51987654004
customer: C004
language: es
tags: after-sale, erp-order, cancel-line

> Buenas. Del pedido SO-80003 quiero anular una línea, la de las válvulas.
= SO-80003
?seller
@ queue
?not-item
@ orders 0
""",
    r"""
name: es-1719-jorge-dos-cotizaciones-la-primera-con-oc
title: C001 asks for two quotes (50 M16x60 bolts; then 4 brass gate valves apart) and accepts `la primera` with PO 4500-7719: one order with the bolts and the PO
phone: +56912345001
customer: C001
language: es
tags: quote, two-quotes, accept, po

> cotízame 50 pernos m16x60 din 933 zincados
$ FAS-10493 50
> cotizar
?quote
> y otra cotización separada por 4 válvulas compuerta bronce 1/2 npt
$ VAL-10002 4
> cotizar
?quote
> acepto la primera, OC 4500-7719
?order
@ orders 1
@ order-line FAS-10493 50
@ order-po 4500-7719
""",
    r"""
name: es-1720-raul-bloqueado-con-iva
title: C003 (blocked) asks whether prices are with IVA and wants 10 kg of Indura 7018 1/8": priced, the tax named, the block said
phone: +56987654003
customer: C003
language: es
tags: tax, blocked, price

> oiga, ¿los precios que me dan son con IVA o más IVA? necesito 10 kilos de electrodo 7018 1/8 indura
$ WLD-10037 10
~ (?i)\biva\b|impuesto
"""
    + BLOCKED
    + r"""
?no-order
""",
    # ------------------------------------------------------------------ English
    r"""
name: en-1701-sarah-two-quotes-the-second-one
title: C002 asks for two separate quotes (12 SKF 6206-2Z; 4 brass 1/2" NPT gate valves) and goes with `the second one`, PO 55-4417: one order with the valves and the PO
phone: +14155550101
customer: C002
language: en
tags: quote, two-quotes, accept, po

> quote 12 6206-2Z SKF bearings please
$ BRG-10096 12
> quote
?quote
> and a separate quote for 4 1/2" brass gate valves NPT
$ VAL-10002 4
> quote
?quote
> we'll go with the second one, PO 55-4417
?order
@ orders 1
@ order-line VAL-10002 4
@ order-po 55-4417
""",
    r"""
name: en-1702-au-guest-inc-gst
title: A guest from Australia asks for 10 SKF 6310-2RSH and whether that is inc GST: list price, the tax named
phone: +61412170702
customer: guest
language: en
tags: guest, price, tax, australia

> G'day, how much for 10 x 6310 2RSH SKF bearings? Is that inc GST?
$ BRG-10346 10
~ (?i)\btax|gst
?no-order
""",
    r"""
name: en-1703-dave-quote-me-10-off
title: C005 asks for 20 kg of Lincoln 7018 1/8" and 50 M10x30 bolts `at 10% off`: both priced by the rule, a seller takes the discount
phone: +17135550105
customer: C005
language: en
tags: discount, percent, seller, quote

> quote me 20 kg of 7018 1/8 lincoln rods and 50 M10x30 zinc bolts din 933 at 10% off
$ WLD-10005 20
$ FAS-10017 50
?seller
@ queue
?no-order
""",
    r"""
name: en-1704-tom-about-so-80002-remove-bearings
title: C002's Tom names SO-80002 in one sentence and asks to remove the bearings in the next: the ERP order named, a seller, no new order
phone: +14155550102
customer: C002
language: en
tags: after-sale, erp-order, change, two-sentences

> About SO-80002. Can you remove the bearings?
= SO-80002
?seller
@ queue
?not-item
@ orders 0
""",
    r"""
name: en-1705-ie-guest-when-do-the-koyos-arrive
title: A guest from Ireland asks when the 6310 ZZ KOYO bearings come in, needing 10: none on hand, 18 on 2026-12-22, list price
phone: +353871701705
customer: guest
language: en
tags: guest, eta, incoming, ireland

> Hi there, when are the 6310 ZZ Koyo bearings due in? I'd need 10 of them
$ BRG-10355 10
?date 2026-12-22
?no-order
""",
    r"""
name: en-1706-in-guest-pune-branch-of-pacific
title: A guest from India writes for the Pune branch of Pacific Industrial: 100 nos M10x30 bolts at list price, never C002's contract price
phone: +919822170706
customer: guest
language: en
tags: guest, branch, india

> Good afternoon sir, I am writing on behalf of our Pune branch of Pacific Industrial. Kindly quote 100 nos M10x30 hex bolts DIN 933 zinc plated
$ FAS-10017 100
?no-order
""",
    r"""
name: en-1707-sarah-make-it-2-boxes
title: C002 asks for a bag of 200x4.8 black zip ties, then `make it 2 boxes`: one line of 2
phone: +14155550101
customer: C002
language: en
tags: packs, change, boxes

> need a bag of the 200mm x 4.8 black zip ties
$ ELE-10287 1
> make it 2 boxes
$ ELE-10287 2
?no-order
""",
    r"""
name: en-1708-ng-guest-long-message-ship-to-lagos
title: A guest from Nigeria writes a long message (greeting, plant in Lagos, a numbered list of three items, a shipping question at the end): every line at list price
phone: +2348031701708
customer: guest
language: en
tags: guest, long-message, question, nigeria

> Good morning sir, trust you are doing well. Please I need the following for our plant in Lagos:
| 1. 6 pcs gate valve brass 1/2 inch NPT
| 2. 20 kg E7018 electrode 1/8 Lincoln
| 3. 10 pcs V-belt B54 Gates
| Kindly let me know if you can ship to Nigeria and how long it will take?
$ VAL-10002 6
$ WLD-10005 20
$ BLT-10265 10
?not-item
?no-order
""",
    r"""
name: en-1709-dave-cancel-the-bearings-line
title: C005 orders 12 SKF 6310-2RSH and 30 kg of Lincoln 7018 1/8", then asks to cancel the bearings line on that order: the order named, still one order
phone: +17135550105
customer: C005
language: en
tags: order, cancel-line

> 12 6310 2rsh skf and 30 kg of 7018 1/8 lincoln
$ BRG-10346 12
$ WLD-10005 30
> order
?order
@ orders 1
> actually cancel the bearings line on {order}, we found some in the crib
= {order}
@ orders 1
?not-item
""",
    r"""
name: en-1710-sarah-copy-of-f-50005
title: C002 asks for a copy of invoice F-50005 and its due date: the invoice, 8,400.00, due 2026-12-05
phone: +14155550101
customer: C002
language: en
tags: invoice, copy, due-date, after-sale

> hi, can you send me a copy of invoice F-50005? and when is it due?
= F-50005
~ 8,?400
?date 2026-12-05
?no-order
""",
    r"""
name: en-1711-tom-resend-the-quote-pdf
title: C002's Tom quotes 8 brass 1/2" NPT gate valves, then asks for the PDF again: the same quote named, no order
phone: +14155550102
customer: C002
language: en
tags: quote, pdf, resend

> price on 8 brass gate valves 1/2" npt
$ VAL-10002 8
> quote
?quote
> can you resend the PDF of that quote? our email ate it
= {quote}
?no-order
""",
    r"""
name: en-1712-dave-deliver-to-the-jobsite
title: C005 prices 100 M10x30 bolts and 4 brass 1/2" NPT gate valves, then orders them delivered to a jobsite: one order with both lines
phone: +17135550105
customer: C005
language: en
tags: order, delivery-address

> 100 M10x30 din 933 zinc bolts and 4 brass gate valves 1/2 npt
$ FAS-10017 100
$ VAL-10002 4
> place the order, deliver to our jobsite at 2100 Navigation Blvd, Houston TX 77003
?order
@ orders 1
@ order-line FAS-10017 100
@ order-line VAL-10002 4
""",
    r"""
name: en-1713-dave-pick-up-at-houston
title: C005 wants 20 Norton grit 60 flap discs to pick up at the Houston warehouse: priced, Houston named, then an order
phone: +17135550105
customer: C005
language: en
tags: pickup, warehouse, order

> 20 flap discs 4-1/2 grit 60 norton, we'll pick them up at your Houston warehouse
$ ABR-10063 20
~ (?i)houston
> order
?order
@ orders 1
@ order-line ABR-10063 20
""",
    r"""
name: en-1714-ie-guest-a-dozen-and-two-dozen
title: A guest from Ireland asks for a dozen Gates B54 belts and two dozen M16x60 bolts: 12 and 24 at list price
phone: +353861701714
customer: guest
language: en
tags: guest, words, dozen, ireland

> howya, looking for a dozen B54 gates belts and two dozen M16x60 zinc bolts din 933, what would that come to?
$ BLT-10265 12
$ FAS-10493 24
?not-item
?no-order
""",
    r"""
name: en-1715-tom-someone-then-never-mind
title: C002's Tom asks to speak to someone, then says never mind: a seller named and the queue, the second message no item and no order
phone: +14155550102
customer: C002
language: en
tags: seller, never-mind

> can I speak to someone please
?seller
@ queue
> never mind, sorted it with Sarah. thanks
?not-item
?no-order
""",
    r"""
name: en-1716-guest-gives-northwinds-ein
title: A guest prices 50 M12x50 bolts (list price), orders, and gives Northwind's name, EIN and an email: a lead for a seller, no order
phone: +12145551716
customer: guest
language: en
tags: guest, lead, tax-id, known-company

> hi need 50 M12x50 zinc bolts din 933
$ FAS-10167 50
> order
~ (?i)company|tax|email
?no-order
> Northwind Fabrication LLC, EIN 87-7654321, purchasing@northwind-fab.example
@ queue
?no-order
""",
    r"""
name: en-1717-dave-spanglish-stays-english
title: C005 writes English with Spanish words (20 kilos de soldadura 7018 1/8 Lincoln, 10 discos Norton 1.6 metal, gracias): both priced, replies in English
phone: +17135550105
customer: C005
language: en
tags: mixed-language, language

> hey, need 20 kilos de soldadura 7018 1/8 lincoln and 10 of the 4-1/2 norton 1.6 metal cut off discos, gracias
$ WLD-10005 20
$ ABR-10004 10
?en
""",
    r"""
name: en-1718-sarah-usd-and-before-tax
title: C002 asks whether prices are in USD and before tax, with 20 brass 1/2" NPT gate valves: priced, the tax named
phone: +14155550101
customer: C002
language: en
tags: tax, currency, price

> are your prices in USD and before tax? I need 20 1/2" brass gate valves NPT
$ VAL-10002 20
~ (?i)\btax
~ (?i)usd|us\$
?no-order
""",
    r"""
name: en-1719-in-guest-quote-at-10-discount
title: A guest from India asks to quote 10 SKF 6310-2RSH `at 10% discount`: list price, a seller takes the discount
phone: +919811170719
customer: guest
language: en
tags: guest, discount, percent, india

> Dear sir, kindly quote 10 nos bearing 6310 2RSH SKF at 10% discount. Please revert
$ BRG-10346 10
?seller
@ queue
?no-order
""",
    r"""
name: en-1720-tom-when-does-yellow-wire-arrive
title: C002's Tom asks when the yellow 12 AWG THHN comes in, needing 250 m: none on hand, 280 on 2026-12-06
phone: +14155550102
customer: C002
language: en
tags: eta, incoming, wire

> when's the yellow 12 awg thhn wire coming in? need 250 m
$ ELE-10006 250
?date 2026-12-06
?no-order
""",
]
