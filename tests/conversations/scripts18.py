r"""An eighteenth set of buyers (es-1801..es-1820 / en-1801..en-1820, 20 per language), written
blind to the implementation by h12: only SPEC.md (conversation, after the sale, what real buyers
write), ERP.md (price, availability, credit, approvals), the corpus notation (README.md),
build.py / erp_rules.py, the format of scripts17.py (its docstring and two scripts) and the demo
ERP folder (`mostrador demo-data --as-of 2026-11-25`) were read; not bot/, flows/, channels/,
templates/, workers/ or bench/, nor other scripts files. Played once on main by its author;
scripts were not changed after seeing the results (the played runner's DISAGREE list names the
first missed fact) but for one mis-read of the demo: zinc M10x30 and M12x50 hex bolts come as DIN
933 and DIN 931, and Norton's 4-1/2" x 1.6 wheel as metal and inox, so nine buyers now say `din
933` or `metal` (es-1801, es-1803, es-1808, es-1813, en-1801, en-1803, en-1806, en-1813, en-1818);
those nine were played again.

What it leans on: a whole buying day in one chat (a price in the morning, items added at noon, a
quote, a question about an invoice, the order with a PO in the afternoon); a buyer correcting
the bot's reading after a priced line (`no, el de 1/2 no el de 3/4`, `not that one, the sealed
one`, `no la lincoln, la indura`); an answer to the bot's question given two messages later,
after an unrelated ask (an ERP order, an invoice, the balance); items asked by what they are for
(`para una bomba`, `pal transportador`, `for the conveyor`) beside a size; counts in units the
buyer mixes (`3 rollos de 100` = 300 m, `2 bolsas` of ties, `media docena de bolsas`, `a dozen
bags`, `two dozen`, `100 amarras` = one bag of 100); a buyer forwarding a colleague's list with
its own greeting and signature (never items); someone asking the bot what it can do, then
ordering; a guest who gives a wrong tax id then corrects it (the corrected one shown, a lead);
a blocked customer asking why and what to pay; an on-hold customer asking for a quote only; an
order cancelled right after it was placed (the order named, a seller, still one order); prices
asked for 3-4 items one per message, then `todo eso` / `all of that` (a quote or an order of
all the lines). Voices from Costa Rica, Ecuador's Sierra, Bolivia, Honduras, Cuba-in-Miami,
Scotland, Kenya, Singapore, Jamaica, plus Chile, Mexico and the US.

Facts used (demo data, never the bot's answers):

- Prices: ERP.md's rule (erp_rules.py; build.py fills them in); guests see list prices.
- Available = on_hand - reserved - damaged per warehouse. BRG-10346 (6310-2RSH SKF): SCL 60,
  LIM 2, HOU 48. BRG-10066 (6204-2Z SKF, alias 6204 ZZ): SCL 57, LIM 38. BRG-10076 (6205-2RSH
  SKF, alias 6205 2RS, sealed): LIM 47, HOU 11. BRG-10081 (6205-2Z SKF, shielded): SCL 3, HOU 7.
  BRG-10086 (6205 SKF, open): SCL 54. SKF sells three 6205 (open, 2Z, 2RSH), so `6205 skf` is a
  question. BRG-10096 (6206-2Z SKF): SCL 7, HOU 25. VAL-10001 (ball valve brass 1/2" NPT): SCL
  29. VAL-10010 (ball valve brass 3/4" NPT): LIM 6. VAL-10019 (ball valve brass 1" NPT): SCL 30.
  VAL-10002 (gate valve brass 1/2" NPT): SCL 17, LIM 21, HOU 23; gate valves 1/2" come in brass
  NPT and BSP, carbon steel and stainless 316, so `1/2 gate valve` is a question. VAL-10011 (gate valve brass
  3/4" NPT): LIM 22, HOU 7. BLT-10033 (A42 Gates): SCL 19. BLT-10265 (B54 Gates): SCL 16, LIM 4.
  FAS-10017 (DIN 933 M10x30 8.8 zinc full thread): SCL 263, LIM 531, HOU 1280. FAS-10167 (DIN 933
  M12x50 zinc): SCL 218, LIM 998. Both sizes also come zinc plated as DIN 931 (partial thread:
  FAS-10046, FAS-10286), so the buyers say `din 933` (a mis-read of the demo fixed after the play,
  see below). ABR-10004 (cut-off wheel 4-1/2" x 1.6 metal Norton): SCL 152, LIM 152, HOU
  99; Norton also sells a 4-1/2" x 1.6 inox wheel (ABR-10003), so the buyers say `metal`. ABR-10063 (flap disc 4-1/2" grit 60 Norton): SCL 48, HOU 191. WLD-10005 (E7018 1/8"
  Lincoln, KG): SCL 168, LIM 82, HOU 223. WLD-10037 (E7018 1/8" Indura, KG): SCL 109. ELE-10287
  (cable tie 200x4.8 black, bag of 100, uom BOX, pack_qty 100): SCL 80, LIM 149. ELE-10004 (THHN
  12 AWG green, M): SCL 224, LIM 99. ELE-10006 (THHN 12 AWG yellow): none on hand, 280 in SCL on
  2026-12-06.
- After the sale (order_status.csv): SO-80001 C001 shipped (Chilexpress 99120455), SO-80006
  C005 cancelled. Receivables: C001 F-50003 5,373.00 due 2026-12-01; C002 F-50005 8,400.00 due
  2026-12-05, F-50006 1,250.00 disputed; C003 F-50007 2,300.00 due 2026-10-16.
- Credit: C003 blocked ("Cheques protestados en octubre"); C004 on hold (F-50008 12,800.00 due
  2026-10-01, more than 30 days overdue): an order goes to approval, a quote can always be given.
"""

HOLD = r"~ (?i)F-50008|12[.,]800|vencid"
BLOCKED = r"~ (?i)protestad|bloquead"
LEAD_ASK = r"~ (?i)empresa|raz[oó]n social|\bruc\b|\brut\b|\bnit\b|company|tax id|\bpin\b"

SCRIPTS = [
    # ------------------------------------------------------------------ Spanish
    r"""
name: es-1801-jorge-un-dia-de-compras
title: C001 over one day: a bearing priced in the morning, belts and bolts added at noon, a quote, when F-50003 is due, the acceptance with OC 4500-8801 in the afternoon
phone: +56912345001
customer: C001
language: es
tags: whole-day, quote, invoice, accept, po

> buen día, precio de 10 rodamientos 6310 2rsh skf?
$ BRG-10346 10
> ya, agrégale 6 correas a42 gates y 200 pernos m10x30 din 933 zincados
$ BLT-10033 6
$ FAS-10017 200
> cotizar
?quote
> oye otra cosa, la factura F-50003 cuándo vence?
?date 2026-12-01
~ 5[.,]373
> listo, acepto la cotización, nuestra OC es 4500-8801
?order
@ orders 1
@ order-po 4500-8801
@ order-line BRG-10346 10
@ order-line FAS-10017 200
?es
""",
    r"""
name: es-1802-carla-el-de-media-no-el-de-tres-cuartos
title: C001's approver asks for 4 brass 3/4" NPT ball valves, then corrects `no, el de 1/2 no el de 3/4`: the 1/2" valves priced and ordered
phone: +56912345002
customer: C001
language: es
tags: correction, order

> necesito 4 válvulas de bola de bronce de 3/4 npt
$ VAL-10010 4
> no, el de 1/2 no el de 3/4
$ VAL-10001 4
> pedido
?order
@ orders 1
@ order-line VAL-10001 4
?es
""",
    r"""
name: es-1803-ana-retenida-solo-cotizacion
title: C004 (on hold) asks only for a quote of 30 M12x50 bolts and 10 Norton grit 60 flap discs: priced, the hold said, a quote, no order
phone: +51987654004
customer: C004
language: es
tags: hold, quote-only

> hola, ya sé que tenemos facturas atrasadas, por ahora solo quiero una cotización de 30 pernos m12x50 din 933 zincados y 10 discos flap 4 1/2 grano 60 norton
$ FAS-10167 30
$ ABR-10063 10
"""
    + HOLD
    + r"""
> cotizar
?quote
?no-order
?es
""",
    r"""
name: es-1804-raul-bloqueado-por-que-y-cuanto-pago
title: C003 (blocked) asks why he cannot buy and what he has to pay: the reason (cheques protestados), F-50007 for 2,300.00; no order
phone: +56987654003
customer: C003
language: es
tags: blocked, why, what-to-pay

> buenas, por qué no me dejan comprar? me dijeron que estoy bloqueado
"""
    + BLOCKED
    + r"""
> y cuánto tengo que pagar para que me desbloqueen?
~ F-50007
~ 2[.,]300
?no-order
?es
""",
    r"""
name: es-1805-jorge-responde-dos-mensajes-despues
title: C001 asks for 10 SKF 6205 for the tailings pump (three seals: a question), asks about SO-80001, then answers `el 2rs`
phone: +56912345001
customer: C001
language: es
tags: choice, later-answer, status, purpose

> necesito 10 rodamientos 6205 skf para la bomba de relaves
? choice
> oye y el SO-80001 ya salió?
~ (?i)chilexpress|99120455
> el 2rs
$ BRG-10076 10
?es
""",
    r"""
name: es-1806-cr-invitado-para-la-bomba-y-la-faja
title: A guest from Costa Rica asks for 4 SKF 6204-2Z `para una bomba de agua` and 3 Gates B54 `para la faja transportadora`: list prices, the purposes never items
phone: +50688881806
customer: guest
language: es
tags: guest, purpose, costa-rica

> pura vida! ocupo 4 rodamientos 6204 2z skf para una bomba de agua y 3 fajas b54 gates para la faja transportadora, me regala el precio porfa
$ BRG-10066 4
$ BLT-10265 3
?not-item
?no-order
?es
""",
    r"""
name: es-1807-jorge-rollos-bolsas-y-docena
title: C001 mixes units in one message: `3 rollos de 100` of green THHN 12 (300 m), `2 bolsas` of 200x4.8 ties (2 bags) and `una docena` of A42 belts (12)
phone: +56912345001
customer: C001
language: es
tags: units, rolls, bags, dozen

> necesito 3 rollos de 100 de cable thhn 12 verde, 2 bolsas de amarras 200x4.8 negras y una docena de correas a42 gates
$ ELE-10004 300
$ ELE-10287 2
$ BLT-10033 12
?not-item
?es
""",
    r"""
name: es-1808-carla-reenvia-lista-del-jefe-de-turno
title: C001's approver forwards the shift boss's list with its own greeting and signature: the three lines priced, greeting and signature never items
phone: +56912345002
customer: C001
language: es
tags: forwarded, signature, several-items

> Reenvío lo que pidió el jefe de turno:
| Hola Carla, buenas tardes
| porfa pide lo siguiente:
| - 50 pernos M12x50 DIN 933 zincados
| - 8 discos de corte 4,5 x 1,6 metal norton
| - 10 kg electrodo 7018 1/8 lincoln
| Gracias!
| Pedro Alarcón
| Jefe de Turno Mantención Planta Concentradora
$ FAS-10167 50
$ ABR-10004 8
$ WLD-10005 10
?not-item
?es
""",
    r"""
name: es-1809-miami-cubano-que-puedes-hacer
title: A guest in Miami (Cuban Spanish) asks what the bot can do, then prices 5 brass 1" NPT ball valves and orders: list price, company and tax id asked, no order
phone: +13055501809
customer: guest
language: es
tags: guest, capabilities, lead, miami

> oye asere, qué tú puedes hacer por mí? es la primera vez que escribo aquí
~ (?i)precio|cotiz|pedido
> ok dale, dame 5 válvulas de bola de bronce de 1 pulgada npt
$ VAL-10019 5
> pedido
"""
    + LEAD_ASK
    + r"""
?no-order
?es
""",
    r"""
name: es-1810-ec-invitado-ruc-equivocado
title: A guest from Riobamba (Ecuador) orders 20 Norton 1.6 wheels, gives company, a wrong RUC and email, then corrects the RUC: the corrected RUC shown, a lead, no order
phone: +593991801810
customer: guest
language: es
tags: guest, lead, tax-id-corrected, ecuador

> buenos días, le saluda desde Riobamba, necesito 20 discos de corte de 4 1/2 x 1.6 para metal norton
$ ABR-10004 20
> pedido
"""
    + LEAD_ASK
    + r"""
> Ferretería Chimborazo Cía. Ltda., RUC 0690012345001, compras@ferrechimborazo.example
@ queue
> disculpe, el RUC está mal, el correcto es 0690012345002
= 0690012345002
?no-order
?es
""",
    r"""
name: es-1811-carla-cancela-el-pedido-recien-hecho
title: C001's approver orders 6 Gates B54 and at once cancels that order (wrong machine): the order named, a seller, still one order
phone: +56912345002
customer: C001
language: es
tags: order, cancel-order, seller

> 6 correas b54 gates
$ BLT-10265 6
> pedido
?order
@ orders 1
> uy no, cancela ese pedido porfa, me equivoqué de máquina
= {order}
@ orders 1
?not-item
?es
""",
    r"""
name: es-1812-jorge-precios-uno-a-uno-cotiza-todo-eso
title: C001 asks three prices one message each (SKF 6204-2Z, Gates A42, Norton grit 60 flap discs), then `cotízame todo eso`: one quote with the three lines
phone: +56912345001
customer: C001
language: es
tags: one-per-message, todo-eso, quote

> precio rodamiento 6204 2z skf, 10 unidades
$ BRG-10066 10
> y la correa a42 gates? 4
$ BLT-10033 4
> y el disco flap 4 1/2 grano 60 norton, 25
$ ABR-10063 25
> cotízame todo eso
?quote
$ BRG-10066 10
$ BLT-10033 4
$ ABR-10063 25
?es
""",
    r"""
name: es-1813-bo-invitado-el-alto
title: A guest from El Alto (Bolivia) asks the price of 100 M10x30 bolts and 2 bags of 200x4.8 ties: list prices, asked who he buys for
phone: +59171801813
customer: guest
language: es
tags: guest, bolivia, bags

> buenas tardes señorita, desde El Alto le escribo, quisiera saber el precio de 100 pernos m10x30 din 933 zincados y 2 bolsitas de amarras de 200 x 4.8
$ FAS-10017 100
$ ELE-10287 2
~ (?i)empresa|para qui[eé]n|compañ|raz[oó]n social
?no-order
?es
""",
    r"""
name: es-1814-hn-invitado-media-docena-cotiza
title: A guest from Honduras asks for 10 kg of Lincoln E7018 1/8 and `media docena` of Gates A42, then a quote: list prices, a quote
phone: +50499801814
customer: guest
language: es
tags: guest, honduras, half-dozen, quote

> qué onda, ocupo 10 kilos de electrodo 7018 de 1/8 lincoln y media docena de correas a42 gates
$ WLD-10005 10
$ BLT-10033 6
> cotízame eso porfa
?quote
?no-order
?es
""",
    r"""
name: es-1815-carla-no-la-lincoln-la-indura
title: C001's approver asks for 10 kg of E7018 1/8 Lincoln, then `no la lincoln, la indura`: the Indura rod priced for 10 kg, then ordered
phone: +56912345002
customer: C001
language: es
tags: correction, brand, order

> 10 kg de soldadura 7018 1/8 lincoln
$ WLD-10005 10
> no, no la lincoln, la indura
$ WLD-10037 10
> pedido
?order
@ order-line WLD-10037 10
?es
""",
    r"""
name: es-1816-cl-invitado-media-docena-de-bolsas
title: A Chilean guest asks for `media docena de bolsas` of 200x4.8 ties (6 bags) and 150 m of green THHN 12: list prices
phone: +56955501816
customer: guest
language: es
tags: guest, chile, bags, metres

> hola buenas, media docena de bolsas de amarras 200x4.8 negras y 150 metros de cable thhn 12 verde, cuánto sería?
$ ELE-10287 6
$ ELE-10004 150
?not-item
?no-order
?es
""",
    r"""
name: es-1817-mx-invitado-pal-transportador
title: A Mexican guest asks for 6 Gates B54 `pal transportador` and 12 SKF 6204 ZZ `pa los rodillos`: list prices, the purposes never items
phone: +525518011817
customer: guest
language: es
tags: guest, mexico, purpose

> buen día, ocupo 6 bandas b54 gates pal transportador y 12 baleros 6204 zz skf pa los rodillos de cola
$ BLT-10265 6
$ BRG-10066 12
?not-item
?no-order
?es
""",
    r"""
name: es-1818-carla-compuerta-luego-deuda-luego-responde
title: C001's approver asks for 1/2" gate valves (brass NPT, BSP or steel: a question), asks what is owed, then answers `de bronce npt, 6`
phone: +56912345002
customer: C001
language: es
tags: choice, later-answer, statement

> válvula compuerta de 1/2
? choice
> oye y cuánto le debemos a ustedes en total?
~ F-50003
> de bronce npt, 6
$ VAL-10002 6
?es
""",
    r"""
name: es-1819-carla-precios-uno-a-uno-pide-todo-eso
title: C001's approver asks 3 brass 1" NPT ball valves, 4 SKF 6310-2RSH and `100 amarras` 200x4.8 (one bag of 100) one per message, then `pide todo eso`: one order of the three lines
phone: +56912345002
customer: C001
language: es
tags: one-per-message, todo-eso, order, packs

> cuánto la válvula de bola de bronce de 1 pulgada npt? 3
$ VAL-10019 3
> y el rodamiento 6310 2rsh skf? 4
$ BRG-10346 4
> y 100 amarras 200x4.8 negras
$ ELE-10287 1
> ya, pide todo eso
?order
@ orders 1
@ order-line VAL-10019 3
@ order-line BRG-10346 4
@ order-line ELE-10287 1
?es
""",
    r"""
name: es-1820-miami-invitado-no-ese-el-sellado
title: A guest in Miami asks for 8 SKF 6205-2Z, then `no ese no, el sellado de goma`: the sealed 6205-2RSH priced for 8 at list price
phone: +13055501820
customer: guest
language: es
tags: guest, correction, sealed, miami

> necesito 8 rodamientos 6205 2z skf
$ BRG-10081 8
> no ese no mi hermano, el sellado de goma
$ BRG-10076 8
?no-order
?es
""",
    # ------------------------------------------------------------------ English
    r"""
name: en-1801-sarah-a-whole-buying-day
title: C002 over one day: 12 SKF 6206-2Z priced in the morning, bolts and belts added at noon, a quote, when F-50005 is due, the acceptance with PO 55-9101
phone: +14155550101
customer: C002
language: en
tags: whole-day, quote, invoice, accept, po

> morning! price on 12 6206-2z skf bearings?
$ BRG-10096 12
> adding 300 m10x30 din 933 zinc bolts and 10 b54 gates belts
$ FAS-10017 300
$ BLT-10265 10
> quote
?quote
> also, when is F-50005 due?
?date 2026-12-05
~ 8[.,]400
> ok we accept the quote, PO 55-9101
?order
@ orders 1
@ order-po 55-9101
@ order-line BRG-10096 12
?en
""",
    r"""
name: en-1802-dave-not-that-one-the-sealed-one
title: C005 asks for 8 SKF 6205-2Z, then `not that one, the sealed one`: the 6205-2RSH priced for 8 and ordered
phone: +17135550105
customer: C005
language: en
tags: correction, sealed, order

> need 8 6205-2z skf
$ BRG-10081 8
> not that one, the sealed one
$ BRG-10076 8
> order it
?order
@ orders 1
@ order-line BRG-10076 8
?en
""",
    r"""
name: en-1803-tom-one-per-message-quote-all-of-that
title: C002's approver asks three prices one per message (1" brass ball valves, SKF 6310-2RSH, M12x50 bolts), then `quote all of that`: one quote with the three lines
phone: +14155550102
customer: C002
language: en
tags: one-per-message, all-of-that, quote

> price on a 1" brass npt ball valve? need 4
$ VAL-10019 4
> the 6310-2rsh skf, 6 of those
$ BRG-10346 6
> and 50 m12x50 din 933 zinc bolts
$ FAS-10167 50
> quote all of that
?quote
$ VAL-10019 4
$ BRG-10346 6
$ FAS-10167 50
?en
""",
    r"""
name: en-1804-dave-answers-after-asking-about-so-80006
title: C005 asks for 6 1/2" gate valves (a question), asks whether SO-80006 got cancelled, then answers `brass npt`
phone: +17135550105
customer: C005
language: en
tags: choice, later-answer, status

> need 1/2 gate valves x 6
? choice
> btw did SO-80006 get cancelled?
~ (?i)cancel
> brass npt
$ VAL-10002 6
?en
""",
    r"""
name: en-1805-sco-guest-conveyor-and-pump
title: A guest from Scotland asks for 4 Gates A42 `for the conveyor on line 2` and 10 SKF 6204-2Z `for the pump`: list prices, the purposes never items
phone: +447700901805
customer: guest
language: en
tags: guest, purpose, scotland

> Hiya, need 4 A42 Gates belts for the conveyor on line 2 and 10 6204-2z skf bearings for the pump, what's the damage?
$ BLT-10033 4
$ BRG-10066 10
?not-item
?no-order
?en
""",
    r"""
name: en-1806-ke-guest-wrong-kra-pin
title: A guest from Nairobi orders bolts and flap discs, gives company, a wrong KRA PIN and email, then corrects the PIN: the corrected PIN shown, a lead, no order
phone: +254712801806
customer: guest
language: en
tags: guest, lead, tax-id-corrected, kenya

> Good morning, kindly quote 50 M10x30 DIN 933 zinc bolts and 10 flap discs 4.5" grit 60 norton
$ FAS-10017 50
$ ABR-10063 10
> order
"""
    + LEAD_ASK
    + r"""
> Nairobi Fabricators Ltd, KRA PIN P051234567Q, procurement@nairobifab.example
@ queue
> sorry, the PIN is wrong, it is P051234567R
= P051234567R
?no-order
?en
""",
    r"""
name: en-1807-sg-guest-what-can-you-do
title: A guest from Singapore asks what the bot can do, then asks for 2 bags of 200x4.8 ties and 5 kg of Lincoln E7018 1/8, then a quote: list prices, a quote
phone: +6591801807
customer: guest
language: en
tags: guest, capabilities, quote, singapore

> hi, what can this bot do ah?
~ (?i)price|quote|order
> ok can. 2 bags of 200mm x 4.8 cable ties and 5 kg E7018 1/8 lincoln
$ ELE-10287 2
$ WLD-10005 5
> quote lah
?quote
?no-order
?en
""",
    r"""
name: en-1808-jm-guest-dozen-bags-and-rolls
title: A guest from Jamaica asks for `a dozen bags` of 200x4.8 ties and `3 rolls of 100` of green THHN 12: 12 bags and 300 m at list price
phone: +18765551808
customer: guest
language: en
tags: guest, jamaica, dozen, rolls

> yes boss, mi need a dozen bags of the 200 x 4.8 cable ties and 3 rolls of 100 of THHN 12 green, how much for that?
$ ELE-10287 12
$ ELE-10004 300
?not-item
?no-order
?en
""",
    r"""
name: en-1809-sarah-forwards-plant-list
title: C002 forwards a maintenance supervisor's list with greeting and signature: 2 SKF 6205-2RSH and 6 brass 1/2" NPT ball valves priced, greeting and signature never items
phone: +14155550101
customer: C002
language: en
tags: forwarded, signature, several-items

> FW from Luis in maintenance:
| Hi Sarah,
| Can you order these for the boiler room pumps:
| 2 x 6205-2RSH SKF
| 6 x 1/2" brass ball valve NPT
| Thanks,
| Luis Ortega
| Maintenance Supervisor | Plant 2
$ BRG-10076 2
$ VAL-10001 6
?not-item
?en
""",
    r"""
name: en-1810-dave-cancel-the-order-just-placed
title: C005 orders 40 kg of Lincoln E7018 1/8, then cancels that order (wrong job): the order named, a seller, still one order
phone: +17135550105
customer: C005
language: en
tags: order, cancel-order, seller

> 40 kg 7018 1/8 lincoln
$ WLD-10005 40
> order
?order
@ orders 1
> scratch that order, wrong job number, please cancel it
= {order}
@ orders 1
?not-item
?en
""",
    r"""
name: en-1811-tom-what-can-you-do-then-po
title: C002's approver asks what the bot can do, then asks for 12 SKF 6206-2Z and orders with PO 55-9140: the price, an order with the PO
phone: +14155550102
customer: C002
language: en
tags: capabilities, order, po

> hey, first time using this. what can you do for me?
~ (?i)price|quote|order|status
> ok. 12 6206-2z skf bearings
$ BRG-10096 12
> order, PO 55-9140
?order
@ orders 1
@ order-po 55-9140
?en
""",
    r"""
name: en-1812-sarah-m10-balance-then-answers
title: C002 asks for 20 M10 bolts (length open: a question), asks for the balance, then answers `30mm, zinc full thread`: F-50005 shown, the M10x30 priced
phone: +14155550101
customer: C002
language: en
tags: choice, later-answer, statement

> need 20 m10 hex bolts
?not-item
> what's our balance with you guys right now?
~ F-50005
> 30mm, zinc full thread
$ FAS-10017 20
?en
""",
    r"""
name: en-1813-tx-guest-one-per-message-all-of-that
title: A Texas guest asks three prices one message each (B54 belts, Norton 1.6 wheels, Lincoln E7018 1/8 kg), then `quote all of that`: list prices, one quote with the three lines
phone: +12145551813
customer: guest
language: en
tags: guest, one-per-message, all-of-that, quote, texas

> how much for 6 B54 gates belts
$ BLT-10265 6
> and 25 of the 4.5 x 1.6 metal norton cutoff wheels
$ ABR-10004 25
> and 10 kg of 7018 1/8 lincoln rod
$ WLD-10005 10
> quote all of that
?quote
$ BLT-10265 6
$ ABR-10004 25
$ WLD-10005 10
?no-order
?en
""",
    r"""
name: en-1814-dave-tail-pulley-and-drive
title: C005 asks for 4 SKF 6310-2RSH `for the conveyor tail pulley` and 2 Gates B54 `for the drive`: priced, the purposes never items
phone: +17135550105
customer: C005
language: en
tags: purpose, several-items

> need bearings for the conveyor tail pulley, 6310-2rsh skf x 4, and 2 b54 gates belts for the drive
$ BRG-10346 4
$ BLT-10265 2
?not-item
?en
""",
    r"""
name: en-1815-sarah-the-half-not-the-three-quarter
title: C002 asks for 5 brass 3/4" NPT gate valves, then `no, the 1/2 not the 3/4`: the 1/2" gate valves priced for 5 and ordered
phone: +14155550101
customer: C002
language: en
tags: correction, order

> 5 3/4" brass gate valves npt
$ VAL-10011 5
> no, the 1/2 not the 3/4
$ VAL-10002 5
> order
?order
@ order-line VAL-10002 5
?en
""",
    r"""
name: en-1816-jm-guest-pump-and-yellow-wire-eta
title: A Jamaican guest asks for 10 SKF 6204-2Z `fi di pump` and when the yellow THHN 12 arrives, 100 m: list prices, none on hand, 280 m on 2026-12-06
phone: +18765551816
customer: guest
language: en
tags: guest, jamaica, purpose, eta

> Yes boss, price on 10 6204-2z skf bearing fi di pump
$ BRG-10066 10
> and when the yellow THHN 12 reach? need 100 m
$ ELE-10006 100
?date 2026-12-06
?no-order
?en
""",
    r"""
name: en-1817-sco-guest-two-dozen-half-dozen
title: A guest from Glasgow asks for `two dozen` SKF 6204-2Z and `half a dozen` brass 1" NPT ball valves: 24 and 6 at list price
phone: +447700901817
customer: guest
language: en
tags: guest, scotland, dozen

> aye, two dozen 6204-2z skf bearings and half a dozen 1" brass npt ball valves please
$ BRG-10066 24
$ VAL-10019 6
?not-item
?no-order
?en
""",
    r"""
name: en-1818-dave-forwards-the-foreman
title: C005 forwards his shop foreman's text with greeting and sign-off: 60 M12x50 zinc bolts and 10 kg Lincoln E7018 1/8 priced, the rest never items
phone: +17135550105
customer: C005
language: en
tags: forwarded, signature, several-items

> from my shop foreman:
| Hey Dave
| grab us 60 m12x50 din 933 zinc bolts and 10 kg 7018 1/8 lincoln rod
| thx
| — Rick
$ FAS-10167 60
$ WLD-10005 10
?not-item
?en
""",
    r"""
name: en-1819-tom-a-day-with-a-disputed-invoice
title: C002's approver over a day: 10 brass 1" NPT ball valves in the morning, 20 bags of 200x4.8 ties added, a quote, whether F-50006 is still disputed, the acceptance with PO 55-9177
phone: +14155550102
customer: C002
language: en
tags: whole-day, quote, invoice, accept, po

> morning, 10 1" brass npt ball valves please
$ VAL-10019 10
> afternoon, add 20 bags of the 200x4.8 cable ties
$ ELE-10287 20
> quote
?quote
> is F-50006 still in dispute on your side?
~ (?i)disput
~ 1[.,]250
> ok go ahead, PO 55-9177
?order
@ orders 1
@ order-po 55-9177
@ order-line ELE-10287 20
?en
""",
    r"""
name: en-1820-ke-guest-rolls-and-half-dozen
title: A guest from Mombasa asks for `2 rolls of 100m` of green THHN 12 and `half a dozen` Gates B54: 200 m and 6 at list price
phone: +254722801820
customer: guest
language: en
tags: guest, kenya, rolls, half-dozen

> Hello, kindly advise price of 2 rolls of 100m THHN 12 AWG green wire and half a dozen B54 gates belts
$ ELE-10004 200
$ BLT-10265 6
?not-item
?no-order
?en
""",
]
