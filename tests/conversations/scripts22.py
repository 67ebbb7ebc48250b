r"""A twenty-second set of buyers (es-2201..es-2220 / en-2201..en-2220, 20 per language), written
blind to the implementation by h11 in session 21: only SPEC.md (conversation, after the sale, what
real buyers write), ERP.md (price, availability, credit, approvals), the corpus notation
(README.md), build.py / erp_rules.py, the format of scripts21.py (its docstring and two scripts),
the played runner (tests/test_conversations_played.py) and the demo ERP folder (`mostrador
demo-data --as-of 2026-11-25`) were read; not bot/, flows/, channels/, templates/, workers/ or
bench/, nor other scripts files. Played once on main by its author at a86ad74 (+ the set itself):
27 of 40 at first sight. One script was changed after the play, for the author's mis-read of
ERP.md (a line ships today from any one warehouse that covers it): es-2217 asked 40 Schneider
contactors, which Lima covers (176), as short stock; it now asks 200 Norton 4-1/2" x 1.0 inox
wheels, which no warehouse covers, and passes (28 of 40). The played runner's DISAGREE list names
the first missed fact of each of the 12 others and what the bot did.

What it leans on, ordinary days more than tricks: the last order repeated with one line changed
(`lo mismo del último pedido pero las A76 que sean 10`, `same as my last order but only 15 of the
6304s`); a count corrected in every way people do it (`no, 20`, `perdón 20 no 2`, `*50`, `make it
20`); a quote accepted partly (`solo las líneas 1 y 3`, `we'll take lines 1 and 3 only`), asked
again (`me reenvías la cotización`, `can u resend that quote`), accepted late (after a `thx, will
check with Tom` and by another contact, the approver, in their own chat); a cheaper or another brand
asked for one line by its name (`los rodamientos, tienes algo más barato?`, `switch the rod to
esab`, `la soldadura cámbiala a indura`); an item added after the order; documents (an invoice
copy, a quality certificate, a datasheet: no datasheet nor certificate in the demo, a seller);
guests who ask before giving a company (a lead, no order); counts dictated (`veinte`, `2 0`, `a
dozen`, `two dozen`, `una docena`); short stock and back-orders (200 Norton 4-1/2" x 1.0 inox
wheels where Santiago has 176 and Houston 101, 217 due in Santiago 2026-12-19; 50 SKF 6207-2Z where
Houston has 32 and Santiago 28, none incoming); credit on hold
(C004) and blocked (C003); delivery places and dates; emoji and capitals; voices from Mexico,
Colombia, Peru, Argentina, Chile, Texas, Trinidad, the Philippines, India and Nigeria.

Facts used (demo data, never the bot's answers):

- Prices: ERP.md's rule (erp_rules.py; build.py fills them in); guests see list prices.
- Available = on_hand - reserved - damaged per warehouse; default warehouses C001/C003 SCL, C004
  LIM, C002/C005 HOU; a line ships today from any one warehouse that covers it (ERP.md), the
  default one preferred. SCL: ELE-10169 28 (LIM 176), ABR-10001 176 (+217 on 2026-12-19; HOU
  101, LIM 0), BRG-10106 27, WLD-10033 329,
  VAL-10019 30, FAS-10017 263, BLT-10101 15, BLT-10265 16, WLD-10005 168, WLD-10007 241,
  WLD-10039 89, BRG-10111 28, SAF-10014 108, ABR-10004 152, ABR-10006 213, FAS-10167 218,
  BRG-10261 45, BLT-10033 19.
- Margin: SAF-10014 for C001 is MINING's 3.53 at 10, under its cost 3.74 (products.csv): under
  MARGIN_FLOOR_PCT 10, so an order with it goes to a seller's approval (ERP.md). LIM: WLD-10039 277. HOU: BRG-10111 32 (none incoming), BRG-10112 31,
  WLD-10005 223, WLD-10007 267, WLD-10023 61, WLD-10033 117, ELE-10170 184, ELE-10200 134,
  BRG-10116 44, ABR-10004 99, BRG-10257 17, ABR-10020 194.
- Products named as buyers name them: ELE-10169 Schneider contactor 3P 32A coil 220VAC (ABB
  ELE-10199, Siemens ELE-10229 the same), ELE-10170 Schneider 3P 32A 24VDC, ELE-10200 ABB 3P 32A
  24VDC; BRG-10106 SKF 6207-2RSH, BRG-10111 SKF 6207-2Z (NSK BRG-10112 6207-ZZ, FAG BRG-10113,
  NTN BRG-10114, KOYO BRG-10115 its substitutes), BRG-10116 SKF 6207 open, BRG-10084 NTN 6205-ZZ,
  BRG-10257 NSK 6304-DDU, BRG-10032 NSK 6202-DDU; WLD-10005 E7018 1/8" Lincoln, WLD-10007 E7018
  5/32" Lincoln, WLD-10023 the same ESAB, WLD-10039 the same Indura, WLD-10033 E6011 1/8" Indura
  (all sold by the KG); VAL-10019 brass ball valve 1" NPT, VAL-10002 brass gate valve 1/2" NPT;
  FAS-10017 DIN 933 M10x30 8.8 zinc, FAS-10167 DIN 933 M12x50 8.8 zinc; ABR-10004 Norton 4-1/2"
  x 1.6 metal, ABR-10001 Norton 4-1/2" x 1.0 inox, ABR-10006 Norton 7" x 1.6 metal (the only Norton 7" metal), ABR-10020 3M 9" metal,
  ABR-10021 3M 14" inox; BLT-10101 Gates A76, BLT-10033 Gates A42, BLT-10265 Gates B54;
  SAF-10014 safety glasses dark anti-fog (clear SAF-10013 and amber SAF-10015 are others).
- Last orders (sales_history.csv): C001 F-40150 2026-11-23: BLT-10033 4, SAF-10014 10, BLT-10101
  50, BRG-10261 4. C002 F-40149 / SO-70149 2026-11-20: BRG-10257 50, ABR-10021 4, BRG-10032 50,
  ABR-10020 50.
- After the sale: SO-80002 C002 picking, ETA 2026-11-27; SO-80005 C002 invoiced on F-39990, UPS
  1Z999AA10123456784. Invoices: F-50004 C001 6,084.00 due 2026-12-12; F-50005 C002 8,400.00 due
  2026-12-05. products.csv has no datasheet_url: a datasheet or a certificate is a person's job.
- Credit: C004 on hold (F-50008 12,800.00 due 2026-10-01, more than 30 days overdue): told early,
  an order goes to approval. C003 blocked (`Cheques protestados en octubre`): told, quotes still
  given. C001, C002 and C005 are ok for every order here.
- Contacts: C001 Jorge Müller +56912345001 (buyer), Carla Soto +56912345002 (approver); C002 Sarah
  Johnson +14155550101 (buyer), Tom Baker +14155550102 (approver); C003 Raúl Fuentes +56987654003;
  C004 Ana Paredes +51987654004; C005 Dave Miller +17135550105. Guests write from numbers in no
  contacts row (Mexico +52, Colombia +57, Peru +51 9…, Argentina +54, Chile +569…, Trinidad
  +1868, the Philippines +63, India +91, Nigeria +234).
- No other line here is under the margin floor at its customer's price.
"""

SCRIPTS = [
    # ------------------------------------------------------------------ Spanish
    r"""
name: es-2201-jorge-ultimo-pedido-a76-10
title: C001 repeats the last order (F-40150) with the A76 belts at 10 instead of 50: four lines priced, the A76 at 10; `pedido`: the dark glasses at MINING's 3.53 are under the margin floor, so a seller approves
phone: +56912345001
customer: C001
language: es
tags: reorder, change, margin, approval

> hola! necesito lo mismo del último pedido pero las correas A76 que sean 10 nomás
$ BLT-10101 10
$ BLT-10033 4
$ SAF-10014 10
$ BRG-10261 4
> pedido
?approval
?es
""",
    r"""
name: es-2202-jorge-no-20
title: C001 prices 2 SKF 6207-2RS, then `no, 20`: 20 priced; `pedido`: one order of 20
phone: +56912345001
customer: C001
language: es
tags: correction, order

> precio de 2 rodamientos 6207 2rs skf
$ BRG-10106 2
> no, 20
$ BRG-10106 20
> pedido
?order
@ orders 1
@ order-line BRG-10106 20
?es
""",
    r"""
name: es-2203-jorge-perdon-20-no-2
title: C001 asks 2 kg of Indura 6011 1/8, then `perdón 20 no 2`: 20 kg priced and ordered
phone: +56912345001
customer: C001
language: es
tags: correction, order

> necesito 2 kilos de soldadura 6011 1/8 indura
$ WLD-10033 2
> perdón 20 no 2
$ WLD-10033 20
> ok pedido
?order
@ order-line WLD-10033 20
?es
""",
    r"""
name: es-2204-jorge-solo-lineas-1-y-3
title: C001 quotes three lines, then `acepto solo las líneas 1 y 3`: one order with the contactors and the bolts
phone: +56912345001
customer: C001
language: es
tags: quote, partial-acceptance, order

> cotízame por favor:
| 10 contactores schneider 3p 32a bobina 220v
| 6 válvulas de bola bronce 1" npt
| 100 pernos m10x30 din 933 zincados
$ ELE-10169 10
$ VAL-10019 6
$ FAS-10017 100
> cotizar
?quote
> acepto solo las líneas 1 y 3
?order
@ orders 1
@ order-line ELE-10169 10
@ order-line FAS-10017 100
?es
""",
    r"""
name: es-2205-jorge-reenvia-la-cotizacion
title: C001 quotes 20 kg of Lincoln 7018 5/32, says thanks, then asks the quote again (the PDF did not arrive): the same quote number, no order
phone: +56912345001
customer: C001
language: es
tags: quote, quote-again

> cotización de 20 kilos 7018 5/32 lincoln
$ WLD-10007 20
> cotizar
?quote
> gracias
?no-order
> oye me reenvías la cotización? no me llegó el pdf
= {quote}
?no-order
?es
""",
    r"""
name: es-2206-jorge-rodamientos-mas-baratos
title: C001 prices 10 SKF 6207-2Z and 20 kg Lincoln 7018 1/8, then asks something cheaper for the bearings only: another brand of the 6207 named, nothing taken as an item
phone: +56912345001
customer: C001
language: es
tags: cheaper, other-brand

> 10 rodamientos 6207 2z skf y 20 kilos 7018 1/8 lincoln
$ BRG-10111 10
$ WLD-10005 20
> los rodamientos, tienes algo más barato?
~ (?i)NSK|FAG|NTN|KOYO
?not-item
?no-order
?es
""",
    r"""
name: es-2207-jorge-soldadura-en-indura
title: C001 prices 15 kg Lincoln 7018 5/32, then `la soldadura cámbiala a indura`: the Indura one priced; `pedido`: ordered
phone: +56912345001
customer: C001
language: es
tags: other-brand, order

> 15 kg soldadura 7018 5/32 lincoln
$ WLD-10007 15
> la soldadura cámbiala a indura mejor
$ WLD-10039 15
> pedido
?order
@ orders 1
@ order-line WLD-10039 15
?es
""",
    r"""
name: es-2208-jorge-se-me-olvido-la-soldadura
title: C001 orders 6 Gates B54 belts, then adds 10 kg of Indura 6011 1/8 to the order: priced, still one order, the rod on it
phone: +56912345001
customer: C001
language: es
tags: order, add-to-order

> 6 correas b54 gates
$ BLT-10265 6
> pedido
?order
@ orders 1
> se me olvidó, agrega al pedido 10 kilos de soldadura 6011 1/8 indura
$ WLD-10033 10
?not-item
@ orders 1
@ order-line WLD-10033 10
?es
""",
    r"""
name: es-2209-jorge-copia-factura
title: C001 asks a copy of invoice F-50004: the invoice named with its 6,084.00 and its due date 2026-12-12, no order
phone: +56912345001
customer: C001
language: es
tags: invoice, document

> buenas tardes, me pueden mandar copia de la factura F-50004? la pide contabilidad
= F-50004
~ 6[.,]?084
?date 2026-12-12
?no-order
?es
""",
    r"""
name: es-2210-carla-certificado-pernos
title: C001's approver asks 200 DIN 933 M12x50 zinc bolts and their quality certificate: priced, a seller for the certificate, no order
phone: +56912345002
customer: C001
language: es
tags: certificate, seller

> hola, precio de 200 pernos m12x50 din 933 zincados y necesito que vengan con certificado de calidad
$ FAS-10167 200
?seller
?no-order
?es
""",
    r"""
name: es-2211-ana-obra-miraflores-retenida
title: C004 (on hold) asks 20 kg Indura 7018 5/32 to be delivered at a Miraflores site on Thursday: priced, the hold said; `pedido`: to approval
phone: +51987654004
customer: C004
language: es
tags: credit-hold, delivery-address, approval

> buenas, 20 kilos de soldadura 7018 5/32 indura para la obra, entregar en Av. Larco 1150 Miraflores el jueves
$ WLD-10039 20
~ (?i)F-50008|12[.,]800|vencid|retenci|bloque|cr[eé]dito
> pedido
?approval
?es
""",
    r"""
name: es-2212-raul-bloqueado-correas
title: C003 (blocked, cheques protestados) asks 4 Gates A42 belts: priced, the block and its reason said
phone: +56987654003
customer: C003
language: es
tags: credit-blocked, price

> hola, cuánto me salen 4 correas a42 gates?
$ BLT-10033 4
~ (?i)bloque|cheque|protest
?es
""",
    r"""
name: es-2213-mx-invitado-pregunta-antes
title: A Mexican guest asks about shipping and SKF before the items (`ocupo 10 baleros 6207 2rs skf`): list price; `pedido`: company and tax id asked, no order
phone: +5218112345222
customer: guest
language: es
tags: guest, questions-first, lead

> qué tal, hacen envíos a Monterrey?
? reply
> y manejan SKF?
? reply
> ocupo 10 baleros 6207 2rs skf, a cómo?
$ BRG-10106 10
> va, pedido
~ (?i)empresa|raz[oó]n social|RFC|identificaci[oó]n tributaria|correo|email
?no-order
?es
""",
    r"""
name: es-2214-co-invitado-veinte-discos
title: A Colombian guest dictates `veinte discos de corte de 7 pulgadas norton para metal`: 20 at list price
phone: +573101234522
customer: guest
language: es
tags: guest, voice, count-in-words

> buenas tardes, me regala el precio de veinte discos de corte de 7 pulgadas norton para metal por favor
$ ABR-10006 20
?not-item
?es
""",
    r"""
name: es-2215-pe-invitado-2-0-valvulas
title: A Peruvian guest dictates `2 0 válvulas de compuerta de bronce de media npt`: 20 at list price
phone: +51912345522
customer: guest
language: es
tags: guest, voice, count-spaced

> buen día, necesito 2 0 válvulas de compuerta de bronce de media pulgada npt, cuánto sería?
$ VAL-10002 20
?es
""",
    r"""
name: es-2216-jorge-mayusculas-emoji
title: C001 writes in capitals with emoji: 30 Norton 4-1/2" x 1.6 metal wheels and 5 Schneider 32A 220V contactors priced
phone: +56912345001
customer: C001
language: es
tags: capitals, emoji

> 🚨URGENTE🚨 NECESITO 30 DISCOS DE CORTE 4 1/2 X 1.6 METAL NORTON Y 5 CONTACTORES SCHNEIDER 3P 32A BOBINA 220V 🙏🙏
$ ABR-10004 30
$ ELE-10169 5
?es
""",
    r"""
name: es-2217-jorge-200-discos-faltan
title: C001 asks 200 Norton 4-1/2" x 1.0 inox wheels (176 in Santiago, 101 in Houston, 217 due in Santiago 2026-12-19: no warehouse covers 200): the 176 said; `pedido`: no order before the choice, the date said; `mándame los 176 y el resto cuando llegue`: one order
phone: +56912345001
customer: C001
language: es
tags: short-stock, backorder, order

> necesito 200 discos de corte 4 1/2 x 1.0 inox norton
$ ABR-10001 200
~ \b176\b
> pedido
~ \b176\b
?date 2026-12-19
!~ O-\d{4}-\d{5}
> mándame los 176 que tienen y el resto cuando llegue
?order
@ orders 1
?es
""",
    r"""
name: es-2218-ar-invitado-docena-correas
title: An Argentine guest asks `una docena de correas B54 gates`: 12 at list price
phone: +5491145678222
customer: guest
language: es
tags: guest, dozen

> che, cuánto me sale una docena de correas B54 gates?
$ BLT-10265 12
?es
""",
    r"""
name: es-2219-carla-acepta-la-cotizacion-de-jorge
title: Jorge quotes 8 brass 1" NPT ball valves; Carla (approver) accepts it in her own chat with OC 4500-9022: one order with the PO
phone: +56912345001
customer: C001
language: es
tags: quote, two-contacts, po, late-acceptance

> cotízame 8 válvulas de bola bronce 1" npt
$ VAL-10019 8
> cotizar
?quote
> [as +56912345002] hola, acepto la cotización {quote} de Jorge, OC 4500-9022
?order
@ orders 1
@ order-po 4500-9022
@ order-line VAL-10019 8
?es
""",
    r"""
name: es-2220-jorge-despacho-calama-fecha
title: C001 prices 12 Gates B54 belts, then orders with delivery to Calama before 3 December and OC 4500-9100: one order, the PO kept
phone: +56912345001
customer: C001
language: es
tags: order, delivery-address, delivery-date, po

> 12 correas b54 gates
$ BLT-10265 12
> pedido, despacho a faena Calama, tiene que llegar antes del 3 de diciembre. OC 4500-9100
?order
@ orders 1
@ order-po 4500-9100
@ order-line BLT-10265 12
?es
""",
    # ------------------------------------------------------------------ English
    r"""
name: en-2201-sarah-last-order-but-15
title: C002 repeats the last order (SO-70149) with only 15 NSK 6304s: the four lines priced, the 6304 at 15
phone: +14155550101
customer: C002
language: en
tags: reorder, change

> hi, same as my last order but only 15 of the 6304 bearings pls
$ BRG-10257 15
$ BRG-10032 50
$ ABR-10021 4
$ ABR-10020 50
?en
""",
    r"""
name: en-2202-dave-make-it-20
title: C005 prices 10 SKF 6207-2Z, then `make it 20`: 20 priced; `order`: one order of 20
phone: +17135550105
customer: C005
language: en
tags: correction, order

> price on 10 skf 6207 2z
$ BRG-10111 10
> make it 20
$ BRG-10111 20
> order
?order
@ orders 1
@ order-line BRG-10111 20
?en
""",
    r"""
name: en-2203-sarah-asterisk-50
title: C002 asks 5 kg Lincoln 7018 1/8, then `*50`: 50 kg priced; `order`: ordered
phone: +14155550101
customer: C002
language: en
tags: correction, asterisk, order

> 5 kg 7018 1/8 lincoln rod
$ WLD-10005 5
> *50
$ WLD-10005 50
> order
?order
@ order-line WLD-10005 50
?en
""",
    r"""
name: en-2204-dave-dozen-and-two-dozen
title: C005 asks `a dozen` SKF 6207-2Z and `two dozen` Norton 4-1/2" x 1.6 metal wheels: 12 and 24 priced
phone: +17135550105
customer: C005
language: en
tags: count-in-words, dozen

> need a dozen 6207 2z skf and two dozen 4-1/2 x 1.6 metal norton cut off wheels
$ BRG-10111 12
$ ABR-10004 24
?en
""",
    r"""
name: en-2205-sarah-lines-1-and-3-only
title: C002 quotes three lines, then `we'll take lines 1 and 3 only, PO 55-2205`: one order with the contactors and the open bearings, the PO kept
phone: +14155550101
customer: C002
language: en
tags: quote, partial-acceptance, po, order

> quote pls:
| 10 schneider 3p 32a contactors 24vdc coil
| 20 kg 7018 1/8 lincoln
| 40 skf 6207 open
$ ELE-10170 10
$ WLD-10005 20
$ BRG-10116 40
> quote
?quote
> we'll take lines 1 and 3 only, PO 55-2205
?order
@ orders 1
@ order-po 55-2205
@ order-line ELE-10170 10
@ order-line BRG-10116 40
?en
""",
    r"""
name: en-2206-dave-resend-the-quote
title: C005 quotes 30 kg Lincoln 7018 5/32, then `can u resend that quote, boss wants the pdf`: the same quote number, no order
phone: +17135550105
customer: C005
language: en
tags: quote, quote-again

> quote 30 kg 7018 5/32 lincoln
$ WLD-10007 30
?quote
> can u resend that quote, boss wants the pdf
= {quote}
?no-order
?en
""",
    r"""
name: en-2207-sarah-accepts-later
title: C002 quotes 10 Schneider 24VDC contactors, says she will check with Tom, then `ok Tom approved, go ahead with Q-…`: one order
phone: +14155550101
customer: C002
language: en
tags: quote, late-acceptance, order

> can you quote 10 schneider 3p 32a 24vdc contactors
$ ELE-10170 10
> quote
?quote
> thx, will check with Tom and get back to you
?no-order
> ok Tom approved, go ahead with {quote}
?order
@ orders 1
@ order-line ELE-10170 10
?en
""",
    r"""
name: en-2208-sarah-cheaper-bearings
title: C002 prices 20 SKF 6207-2Z and 10 Schneider 220V contactors, then asks for something cheaper than the SKF bearings: another brand of the 6207 named, nothing taken as an item
phone: +14155550101
customer: C002
language: en
tags: cheaper, other-brand

> 20 skf 6207 2z and 10 schneider 3p 32a contactors 220v coil
$ BRG-10111 20
$ ELE-10169 10
> anything cheaper than the skf bearings?
~ (?i)NSK|FAG|NTN|KOYO
?not-item
?no-order
?en
""",
    r"""
name: en-2209-dave-switch-to-esab
title: C005 prices 20 kg Lincoln 7018 5/32, then `switch the rod to esab`: the ESAB one priced; `order`: ordered
phone: +17135550105
customer: C005
language: en
tags: other-brand, order

> 20 kg 7018 5/32 lincoln
$ WLD-10007 20
> switch the rod to esab
$ WLD-10023 20
> order
?order
@ orders 1
@ order-line WLD-10023 20
?en
""",
    r"""
name: en-2210-sarah-invoice-copy
title: C002 asks a copy of invoice F-50005: named with 8,400.00 and its due date 2026-12-05, no order
phone: +14155550101
customer: C002
language: en
tags: invoice, document

> hey can you send me a copy of invoice F-50005? AP needs it
= F-50005
~ 8,?400
?date 2026-12-05
?no-order
?en
""",
    r"""
name: en-2211-dave-datasheet-abb
title: C005 asks the datasheet of the ABB 24VDC 32A contactor and the price of 6: priced, a seller for the datasheet, no order
phone: +17135550105
customer: C005
language: en
tags: datasheet, seller

> can I get the datasheet for the abb 3p 32a contactor 24vdc coil? also price for 6
$ ELE-10200 6
?seller
?no-order
?en
""",
    r"""
name: en-2212-dave-50-skf-only-32
title: C005 asks 50 SKF 6207-2Z (32 in Houston, none incoming): the 32 said; `order`: no order before the choice; `just send the 32 you have`: one order of 32
phone: +17135550105
customer: C005
language: en
tags: short-stock, order

> need 50 skf 6207-2z
$ BRG-10111 50
~ \b32\b
> order
~ \b32\b
!~ O-\d{4}-\d{5}
> just send the 32 you have
?order
@ orders 1
@ order-line BRG-10111 32
?en
""",
    r"""
name: en-2213-ng-guest-proforma
title: A Nigerian guest asks 20 pieces of NTN 6205 ZZ, then `kindly send proforma`: list price, a quote
phone: +2348031234522
customer: guest
language: en
tags: guest, quote

> Good day sir, please I need price for 20 pieces of 6205 zz ntn bearing
$ BRG-10084 20
> Kindly send proforma invoice
?quote
?en
""",
    r"""
name: en-2214-in-guest-2-0-nos
title: An Indian guest asks `kindly quote for 2 0 nos. contactor … schneider make`: 20 at list price
phone: +919812345222
customer: guest
language: en
tags: guest, voice, count-spaced

> Dear Sir, kindly quote for 2 0 nos. contactor 3 pole 32 amp 220v coil schneider make. Regards, Prakash
$ ELE-10169 20
?en
""",
    r"""
name: en-2215-ph-guest-po-cutting-disc
title: A Filipino guest asks `how much po the cutting disc 7 inch norton metal, 25 pcs po`: 25 at list price
phone: +639171234522
customer: guest
language: en
tags: guest, price

> hi po good afternoon, how much po the cutting disc 7 inch norton metal, 25 pcs po
$ ABR-10006 25
?en
""",
    r"""
name: en-2216-tt-guest-asks-then-company
title: A Trinidad guest asks whether they ship there, then 10 Gates B54 belts at list price; `order`: company asked; company, BIR and email given: in the queue, no order
phone: +18687771222
customer: guest
language: en
tags: guest, questions-first, lead

> morning, allyuh does ship to Trinidad?
? reply
> how much for 10 b54 gates belts
$ BLT-10265 10
> ok order
~ (?i)company|tax|EIN|e-?mail
?no-order
> Caribbean Fab Works Ltd, BIR 123456789, ops@cfw.example
@ queue
?no-order
?en
""",
    r"""
name: en-2217-dave-caps-emoji-6011
title: C005 in capitals with emoji: 100 kg Indura 6011 1/8 priced
phone: +17135550105
customer: C005
language: en
tags: capitals, emoji

> NEED 100 KG 6011 1/8 INDURA ASAP 🔥🔥
$ WLD-10033 100
?en
""",
    r"""
name: en-2218-dave-pasadena-yard-by-tuesday
title: C005 prices 40 kg Lincoln 7018 1/8, then orders to the Pasadena yard by Tuesday with PO NW-2218: one order, the PO kept
phone: +17135550105
customer: C005
language: en
tags: order, delivery-address, delivery-date, po

> 40 kg 7018 1/8 lincoln
$ WLD-10005 40
> order it, deliver to our pasadena yard 2201 red bluff rd by tuesday, PO NW-2218
?order
@ orders 1
@ order-po NW-2218
@ order-line WLD-10005 40
?en
""",
    r"""
name: en-2219-sarah-where-is-so-80002
title: C002 asks where SO-80002 is (picking, ETA 2026-11-27), then which invoice SO-80005 went on (F-39990, UPS): no order
phone: +14155550101
customer: C002
language: en
tags: status, erp-order, invoice

> where's SO-80002?
= SO-80002
~ (?i)pick
?date 2026-11-27
> and SO-80005, what invoice was that on?
= F-39990
~ (?i)UPS|1Z999AA10123456784
?no-order
?en
""",
    r"""
name: en-2220-tom-approves-sarahs-quote
title: Sarah quotes 10 Schneider 24VDC contactors; Tom (approver) approves it in his own chat with PO 77-2220: one order with the PO
phone: +14155550101
customer: C002
language: en
tags: quote, two-contacts, po, late-acceptance

> quote 10 schneider 3p 32a contactors 24vdc coil please
$ ELE-10170 10
> quote
?quote
> [as +14155550102] approved, go ahead with {quote}, PO 77-2220
?order
@ orders 1
@ order-po 77-2220
@ order-line ELE-10170 10
?en
""",
]
