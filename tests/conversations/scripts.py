"""The buyers' side of each conversation, with the facts the bot must state.

Written the way buyers write on WhatsApp (both languages, typos, no accents, several
items in one message, acknowledgements between questions). build.py turns them into
the .txt files; README.md explains the notation. Customers, phones and prices are the
demo data's (`mostrador demo-data`): C001 Jorge Müller +56912345001 (es, contract
prices), C002 Sarah Johnson +14155550101 (en), C003 Raúl Fuentes +56987654003 (es,
blocked), C004 Ana Paredes +51987654004 (es, 55 days overdue → hold), C005 Dave Miller
+17135550105 (en, no credit limit); any other number is a guest.
"""

SCRIPTS = [
    # ---------------------------------------------------------------- greetings, acks
    """
name: es-01-saludo-item-gracias
title: Greeting, one item at a contract price, thanks; nothing read as an item
phone: +56912345001
customer: C001
language: es
tags: greeting, ack, item, contract

> Hola buenas tardes
= Jorge
?not-item
?es
> necesito 20 rodamientos 6205 2RS SKF
$ BRG-10076 20
> gracias!
?not-item
@ no-queue
""",
    """
name: en-02-hi-there-item
title: Hi there, an item, thanks
phone: +14155550101
customer: C002
language: en
tags: greeting, ack, item

> Hi there
= Sarah
?not-item
?en
> I need 10 bearings 6205-2RSH SKF
$ BRG-10076 10
> thanks
?not-item
@ no-queue
""",
    """
name: es-03-cuatro-saludos-sin-escalar
title: Four non-item messages in a row never count as failures nor escalate
phone: +56912345001
customer: C001
language: es
tags: greeting, ack

> Buenos días
?not-item
> ok
?not-item
> dale
?not-item
> perfecto, gracias
?not-item
@ no-queue
""",
    """
name: en-04-ok-go-ahead-without-quote
title: Acks without anything to accept are not items and do not escalate
phone: +17135550105
customer: C005
language: en
tags: ack

> hello
= Dave
> ok go ahead
?not-item
?no-order
> thanks
?not-item
@ no-queue
""",
    """
name: es-05-saludo-e-item-en-un-mensaje
title: Greeting and item in one message: the item is priced
phone: +56912345001
customer: C001
language: es
tags: greeting, item, contract

> hola buenas, me cotiza 6 correas A42 gates porfa
$ BLT-10033 6
?not-item
""",
    # ---------------------------------------------------------------- questions wrap items
    """
name: es-06-precio-pregunta
title: A price question around an item is the item
phone: +56912345001
customer: C001
language: es
tags: question, item

> precio valvula bola bronce 1/2 npt x 3
$ VAL-10001 3
> tienen stock de cable thhn 12 negro? necesito 100 mts
$ ELE-10001 100
""",
    """
name: en-07-do-you-have
title: "do you have" and "I need pricing on" wrap items
phone: +14155550101
customer: C002
language: en
tags: question, item

> do you have A42 Gates v-belts? need 6
$ BLT-10033 6
> I need pricing on 200 hex bolts M8x40 zinc DIN 933
$ FAS-10022 200
""",
    """
name: es-08-cuanto-cuesta
title: cuánto cuesta el …? with the quantity at the end
phone: +51987654004
customer: C004
language: es
tags: question, item, credit

> cuánto cuesta el termomagnético 3P 16A curva C schneider? son 6
$ ELE-10067 6
""",
    # ---------------------------------------------------------------- quantities
    """
name: es-09-mil-pernos
title: 1.000 is one thousand to a Chilean buyer
phone: +56987654003
customer: C003
language: es
tags: quantity, thousands, credit

> 1.000 pernos hex M8x40 zincado din 933
$ FAS-10022 1000
!~ (?<![\\d.,])1 (x|un|unid)
""",
    """
name: en-10-thousand-us
title: 1,000 is one thousand to a US buyer
phone: +17135550105
customer: C005
language: en
tags: quantity, thousands

> 1,000 hex bolts M8x40 8.8 zinc DIN 933
$ FAS-10022 1000
""",
    """
name: es-11-docenas
title: 2 docenas and media docena are 24 and 6
phone: +56912345001
customer: C001
language: es
tags: quantity, counting-word

> 2 docenas de pernos M8x40 zincados DIN 933
$ FAS-10022 24
> y media docena de correas A42 gates
$ BLT-10033 6
""",
    """
name: es-12-guion-al-final
title: Quantities at the end after a dash, bullets that are not quantities
phone: +56912345001
customer: C001
language: es
tags: quantity, multi-line

> - valvula bola bronce 1/2" NPT - 3
| - correa A42 gates - 4
$ VAL-10001 3
$ BLT-10033 4
""",
    """
name: es-13-km-de-cable
title: 1,5 km of cable is 1500 metres
phone: +56912345001
customer: C001
language: es
tags: quantity, length

> 1,5 km de cable THHN 12 AWG negro
$ ELE-10001 1500
""",
    """
name: es-14-sin-cantidad
title: A line without quantity: the quantity is shown as assumed or asked
phone: +56912345001
customer: C001
language: es
tags: quantity, assumed

> rodamiento 6205-2RSH SKF
= BRG-10076
?asks-qty
> son 12
$ BRG-10076 12
""",
    """
name: en-15-no-quantity
title: No quantity given: asked or shown as assumed, then given
phone: +14155550101
customer: C002
language: en
tags: quantity, assumed

> A42 Gates belt
= BLT-10033
?asks-qty
> 6 please
$ BLT-10033 6
""",
    """
name: en-16-dozen-pair
title: a dozen and a pair
phone: +17135550105
customer: C005
language: en
tags: quantity, counting-word

> a dozen 6205 open SKF bearings
$ BRG-10086 12
> and a pair of A42 Gates belts
$ BLT-10033 2
""",
    """
name: es-17-numeracion
title: Numbered lines: the number is the line, not the quantity
phone: +56912345001
customer: C001
language: es
tags: quantity, multi-line

> 1) 20 rodamientos 6205-2RSH SKF
| 2) 6 correas A42 gates
| 3) 3 valvulas de bola bronce 1/2 NPT
$ BRG-10076 20
$ BLT-10033 6
$ VAL-10001 3
""",
    """
name: en-18-x-after-size
title: x 5 after a size is the quantity
phone: +17135550105
customer: C005
language: en
tags: quantity

> ball valve brass 1/2" NPT x 5
$ VAL-10001 5
""",
    # ---------------------------------------------------------------- codes and part numbers
    """
name: es-19-codigo-cliente
title: The customer's own part number, with words around it
phone: +56912345001
customer: C001
language: es
tags: code, cross-reference

> MLA-44-1000 x 5
$ BLT-10002 5
> nuestro código MLA-44-1000, son 5 mas
$ BLT-10002 10
""",
    """
name: en-20-sku-prefix
title: Our own SKU with sku/item/# around it
phone: +14155550101
customer: C002
language: en
tags: code

> sku BRG-10076 - 10
$ BRG-10076 10
> item #BLT-10033 qty 6
$ BLT-10033 6
""",
    """
name: es-21-cod-ref
title: cód. and ref. before our codes
phone: +56912345001
customer: C001
language: es
tags: code

> cód. VAL-10001 x 3
| ref. ELE-10067 x 2
$ VAL-10001 3
$ ELE-10067 2
""",
    # ---------------------------------------------------------------- choices
    """
name: es-22-elige-1-y-3
title: Numbered options, then "1 y 3" adds both
phone: +56912345001
customer: C001
language: es
tags: choice, several

> 10 valvulas de bola 1/2"
? choice 3
> 1 y 3
~ (?s)VAL-10(001|100|265|364|463).*VAL-10(001|100|265|364|463)
?not-item
> carrito
~ (?s)VAL-10(001|100|265|364|463).*VAL-10(001|100|265|364|463)
""",
    """
name: es-23-la-segunda
title: "la segunda" picks option 2
phone: +56912345001
customer: C001
language: es
tags: choice

> 4 llaves de bola 1/2
? choice 2
> la segunda
~ VAL-10(001|100|265|364|463)
?not-item
""",
    """
name: en-24-the-second-one
title: "the second one" picks option 2
phone: +14155550101
customer: C002
language: en
tags: choice

> 4 ball valves 1/2"
? choice 2
> the second one
~ VAL-10(001|100|265|364|463)
?not-item
""",
    """
name: en-25-one-and-three
title: "1 and 3" adds two options
phone: +17135550105
customer: C005
language: en
tags: choice, several

> 2 ball valves 1/2 inch
? choice 3
> 1 and 3
~ (?s)VAL-10(001|100|265|364|463).*VAL-10(001|100|265|364|463)
""",
    """
name: es-26-items-nuevos-con-pregunta-abierta
title: New items while a choice is pending are added and the choice is asked again
phone: +56912345001
customer: C001
language: es
tags: choice, pending

> 10 valvulas bola 1/2
? choice 2
> agregame 6 correas A42 gates
$ BLT-10033 6
? choice 2
> pedido
?no-order
? choice 2
> 1
~ VAL-10(001|100|265|364|463)
""",
    """
name: en-27-order-while-choosing
title: "order" while a choice is open asks to finish it first
phone: +14155550101
customer: C002
language: en
tags: choice, pending, order

> 6 ball valves 1/2"
? choice 2
> order
?no-order
? choice 2
""",
    # ---------------------------------------------------------------- quotes and acceptance
    """
name: es-28-cotizar-acepto-sin-numero
title: Quote, then "acepto" without the number makes the order
phone: +56912345001
customer: C001
language: es
tags: quote, accept

> 50 pernos M8x40 zincados din 933
$ FAS-10022 50
> cotizar
?quote
> acepto
?order
@ orders 1
""",
    """
name: es-29-acepto-con-numero
title: "acepto Q-…" with the number
phone: +56912345001
customer: C001
language: es
tags: quote, accept

> 6 correas A42 gates
$ BLT-10033 6
> cotización
?quote
> acepto {quote}
?order
@ orders 1
""",
    """
name: es-30-si-confirmo
title: "sí, confirmo" accepts
phone: +56912345001
customer: C001
language: es
tags: quote, accept

> 3 valvulas bola bronce 1/2 npt
$ VAL-10001 3
> cotizar
?quote
> sí, confirmo
?order
@ orders 1
""",
    """
name: en-31-go-ahead
title: "ok go ahead" after a quote, then status
phone: +14155550101
customer: C002
language: en
tags: quote, accept, status

> 200 hex bolts M8x40 zinc DIN 933
$ FAS-10022 200
> quote
?quote
> ok go ahead
?order
@ orders 1
> what's the status of my order?
= {order}
?not-item
""",
    """
name: en-32-please-proceed
title: "please proceed with Q-…"
phone: +17135550105
customer: C005
language: en
tags: quote, accept

> 10 kg E7018 1/8 Lincoln
$ WLD-10005 10
> quote please
?quote
> please proceed with {quote}
?order
@ orders 1
""",
    """
name: es-33-ok-adelante
title: The quote shows the total; "ok adelante" accepts it
phone: +56912345001
customer: C001
language: es
tags: quote, accept, total

> 6 correas A42 gates
| 3 valvulas bola bronce 1/2 npt
$ BLT-10033 6
$ VAL-10001 3
> cotizar
?quote
~ 74[.,]28
> ok adelante
?order
@ orders 1
""",
    """
name: es-34-oc-numero
title: The buyer's PO number is kept on the order
phone: +56912345001
customer: C001
language: es
tags: order, po

> 50 pernos M8x40 zincados din 933
$ FAS-10022 50
> cotizar
?quote
> acepto, nuestra OC 4500123
?order
@ order-po 4500123
""",
    """
name: en-35-po-number
title: PO# given with the acceptance
phone: +14155550101
customer: C002
language: en
tags: order, po

> 6 A42 Gates belts
$ BLT-10033 6
> quote
?quote
> accept {quote} - PO# 7781-2290
?order
@ order-po 7781-2290
""",
    """
name: es-36-pedido-directo
title: "pedido" on a cart makes the quote and asks one confirmation with the total
phone: +56912345001
customer: C001
language: es
tags: order, confirm

> 3 valvulas bola bronce 1/2 npt
$ VAL-10001 3
> pedido
~ 36[.,]18
> confirmo
?order
@ orders 1
""",
    # ---------------------------------------------------------------- short stock
    """
name: es-37-stock-corto-opciones
title: Short stock: what is available, a substitute, and no order until a choice
phone: +56912345001
customer: C001
language: es
tags: short-stock, substitute

> 20 rodamientos 6204-2RSH SKF
= BRG-10061
~ (?<![\\d.,])1(?![\\d.,])
~ BRG-1006[24]
> pedido
?no-order
? choice 2
""",
    """
name: en-38-short-stock-seller
title: Short stock, the buyer asks for a seller
phone: +14155550101
customer: C002
language: en
tags: short-stock, seller

> 20 bearings 6204-2RSH SKF
= BRG-10061
> order
?no-order
> I want to talk to someone
?seller
@ queue
""",
    """
name: es-39-stock-corto-carrito-se-mantiene
title: A failed order keeps the cart
phone: +51987654004
customer: C004
language: es
tags: short-stock, cart

> 20 rodamientos 6204-2RSH SKF
= BRG-10061
> pedido
?no-order
> carrito
= BRG-10061
""",
    # ---------------------------------------------------------------- credit
    """
name: es-40-bloqueado-aviso-temprano
title: A blocked customer is told at the first item, with the reason; quotes still work
phone: +56987654003
customer: C003
language: es
tags: credit, blocked

> hola
= Raúl
> 10 correas A42 gates
$ BLT-10033 10
= Cheques protestados
> cotizar
?quote
> pedido
?no-order
?approval
""",
    """
name: es-41-bloqueado-una-vez
title: The credit notice is said once per conversation
phone: +56987654003
customer: C003
language: es
tags: credit, blocked

> 10 correas A42 gates
= Cheques protestados
> 2 valvulas bola bronce 1/2 npt
$ VAL-10001 2
!= Cheques protestados
""",
    """
name: es-42-mora-facturas
title: A customer on hold is told the overdue invoices and days early
phone: +51987654004
customer: C004
language: es
tags: credit, hold

> buenos dias, necesito 50 pernos M8x40 zincados din 933
$ FAS-10022 50
= F-50008
~ \\b55\\b
> cotizar
?quote
> acepto
?no-order
@ queue
""",
    """
name: es-43-estado-de-cuenta
title: estado de cuenta lists the open invoices
phone: +51987654004
customer: C004
language: es
tags: account

> estado de cuenta
= F-50008
= F-50009
= F-50010
?not-item
""",
    """
name: en-44-statement
title: statement lists the open invoices, the disputed one marked
phone: +14155550101
customer: C002
language: en
tags: account

> statement please
= F-50005
= F-50006
?not-item
""",
    # ---------------------------------------------------------------- guests
    """
name: es-45-invitado-precio-lista
title: A guest gets list prices and is asked who they buy for
phone: +56911112222
customer: guest
language: es
tags: guest, item

> hola, precio de 10 valvulas de bola bronce 1/2 npt
$ VAL-10001 10
~ (?i)empresa|compa[nñ][ií]a
""",
    """
name: es-46-invitado-pedido-lead
title: A guest orders: company, tax id and email are asked; the chat becomes a lead
phone: +56911112223
customer: guest
language: es
tags: guest, order, lead

> 6 correas A42 gates
$ BLT-10033 6
> pedido
~ (?i)rut|tax id|identificaci
~ (?i)correo|e-?mail
?no-order
> Compro para Ferretería Los Pinos, RUT 76.123.456-7, compras@lospinos.example
?not-item
@ queue
@ orders 0
""",
    """
name: en-47-guest-quote
title: An English guest gets a quote at list price
phone: +12025550199
customer: guest
language: en
tags: guest, quote

> Hi, do you have A42 Gates v-belts? need 6
$ BLT-10033 6
!= 6.35
> quote
?quote
""",
    """
name: en-48-guest-brand-open
title: A guest, no brand named: list price of whichever brand is offered, never a contract price
phone: +12025550198
customer: guest
language: en
tags: guest, brand-open

> need 10 bearings 6205 2RS
~ BRG-100(7[6-9]|80)
!= 10.62
""",
    # ---------------------------------------------------------------- escalation and waiting
    """
name: es-49-hablar-con-alguien
title: Asking for a person escalates and is acknowledged
phone: +56912345001
customer: C001
language: es
tags: seller

> quiero hablar con alguien
?seller
@ queue
""",
    """
name: es-50-espera-reconocida
title: While the chat waits for a seller, the first message is acknowledged once; status still answers
phone: +56912345001
customer: C001
language: es
tags: seller, waiting, status

> necesito un vendedor
?seller
@ queue
> hola?
? reply
> hola??
? no-reply
> estado
?not-item
? reply
""",
    """
name: en-51-agent-then-menu
title: While waiting for a person, menu still answers
phone: +14155550101
customer: C002
language: en
tags: seller, waiting, menu

> agent please
?seller
@ queue
> menu
? reply
""",
    """
name: es-52-linea-sin-match-en-cotizacion
title: An unmatched line stays on the quote as an open line; the quote needs a seller
phone: +56912345001
customer: C001
language: es
tags: quote, open-line

> 10 rodamientos 6205-2RSH SKF
| 5 condensador de flujo modelo 88
$ BRG-10076 10
> cotizar
?quote
= condensador de flujo
@ quote needs_review
@ queue
""",
    # ---------------------------------------------------------------- cart edits
    """
name: es-53-mismo-item-dos-veces
title: The same item asked twice is one cart line with the quantities added
phone: +56912345001
customer: C001
language: es
tags: cart, merge

> 10 pernos M8x40 zincados din 933
$ FAS-10022 10
> 5 pernos M8x40 zincados din 933
$ FAS-10022 15
> carrito
$ FAS-10022 15
!~ (?s)FAS-10022.*FAS-10022
""",
    """
name: es-54-cambiar-y-quitar
title: Cart edits: change a quantity, remove a line, totals shown
phone: +56912345001
customer: C001
language: es
tags: cart, edit

> 6 correas A42 gates
| 3 valvulas bola bronce 1/2 npt
$ BLT-10033 6
$ VAL-10001 3
> carrito
~ 74[.,]28
> cambiar 1 a 10
$ BLT-10033 10
> quitar 2
!= VAL-10001
~ 63[.,]50
""",
    """
name: en-55-change-remove
title: change and remove in English
phone: +14155550101
customer: C002
language: en
tags: cart, edit

> 6 A42 Gates belts
| 12 cut-off wheels 4-1/2 115x1.0 inox Norton
$ BLT-10033 6
$ ABR-10001 12
> cart
= BLT-10033
= ABR-10001
> remove 2
!= ABR-10001
> change 1 to 10
$ BLT-10033 10
""",
    # ---------------------------------------------------------------- status and reorder
    """
name: es-56-estado-tras-pedido
title: estado after an order lists it
phone: +56912345001
customer: C001
language: es
tags: status

> 3 valvulas bola bronce 1/2 npt
> cotizar
?quote
> acepto
?order
> estado
= {order}
?not-item
""",
    """
name: es-57-lo-mismo-que-la-ultima-vez
title: "lo mismo que la última vez" rebuilds the cart from the last order, re-priced
phone: +56912345001
customer: C001
language: es
tags: reorder

> 6 correas A42 gates
> cotizar
?quote
> acepto
?order
> quiero lo mismo que la última vez
$ BLT-10033 6
?not-item
""",
    # ---------------------------------------------------------------- language
    """
name: es-58-cambia-a-ingles
title: A Spanish customer writes in English: answered in English
phone: +56912345001
customer: C001
language: en
tags: language

> Hi, I need pricing on 10 hex bolts M8x40 zinc DIN 933
$ FAS-10022 10
?en
""",
    """
name: en-59-switches-to-spanish
title: An English customer writes in Spanish: answered in Spanish
phone: +17135550105
customer: C005
language: es
tags: language

> hola, necesito 4 rodamientos 6205 SKF abiertos
$ BRG-10086 4
?es
""",
    """
name: es-60-ida-y-vuelta
title: Language follows the buyer back and forth
phone: +51987654004
customer: C004
language: es
tags: language

> hi, price for 6 breakers 3P 16A C curve Schneider
$ ELE-10067 6
?en
> gracias, y 50 pernos M8x40 zincados din 933
$ FAS-10022 50
?es
""",
    # ---------------------------------------------------------------- long and mixed
    """
name: es-61-pedido-largo
title: A 25-line request: every line answered, no message over 1,600 characters
phone: +56912345001
customer: C001
language: es
tags: long, split

> Estimados, favor cotizar:
| FAS-10001 x 100
| SAF-10017 x 2
| BRG-10036 x 4
| BRG-10051 x 4
| ABR-10059 x 10
| ABR-10071 x 10
| ABR-10084 x 10
| ABR-10096 x 10
| FAS-10113 x 100
| ELE-10130 x 2
| BRG-10148 x 4
| FAS-10165 x 100
| ELE-10182 x 2
| ELE-10198 x 2
| ELE-10215 x 2
| BRG-10233 x 4
| ELE-10251 x 2
| BRG-10271 x 4
| FAS-10293 x 100
| VAL-10319 x 2
| FAS-10352 x 100
| VAL-10378 x 2
| FAS-10404 x 100
| FAS-10429 x 100
| VAL-10482 x 2
| Saludos, Jorge
= FAS-10001
= SAF-10017
= BRG-10036
= BRG-10051
= ABR-10059
= ABR-10071
= ABR-10084
= ABR-10096
= FAS-10113
= ELE-10130
= BRG-10148
= FAS-10165
= ELE-10182
= ELE-10198
= ELE-10215
= BRG-10233
= ELE-10251
= BRG-10271
= FAS-10293
= VAL-10319
= FAS-10352
= VAL-10378
= FAS-10404
= FAS-10429
= VAL-10482
""",
    """
name: en-62-mixed-message
title: Greeting, items and a sign-off in one message
phone: +14155550101
customer: C002
language: en
tags: long, mixed

> Hi Mike,
| please quote:
| - 6 A42 Gates belts
| - 200 hex bolts M8x40 zinc DIN 933
| - 10 bearings 6205-2RSH SKF
| Thanks, Sarah
$ BLT-10033 6
$ FAS-10022 200
$ BRG-10076 10
?not-item
""",
    """
name: es-63-3m-es-marca
title: 3M is a brand, not 3 metres
phone: +56912345001
customer: C001
language: es
tags: quantity, brand

> 20 discos de corte 3M 4 1/2 115x1.0 metal
$ ABR-10014 20
""",
    """
name: es-64-cancelar
title: cancelar drops a pending choice; the next message starts fresh
phone: +56912345001
customer: C001
language: es
tags: cancel, choice

> 10 valvulas de bola 1/2
? choice 2
> cancelar
?not-item
> 6 correas A42 gates
$ BLT-10033 6
? no-choice
""",
    """
name: es-65-margen-bajo-aprobacion
title: A contract price under the margin floor waits for a manager; the buyer is told
phone: +56912345002
customer: C001
language: es
tags: margin, approval

> 1.000 pernos M8x30 zincados din 933
$ FAS-10007 1000
> cotizar
?approval
@ queue
> hola? sigue ahí?
~ (?i)cotizaci[oó]n
!~ (?i)pedido espera
""",
    # ------------------------------------------------------- two items joined on one line
    """
name: es-66-dos-items-con-y
title: Two items joined by "y" on one line are two lines, each with its quantity
phone: +56912345001
customer: C001
language: es
tags: items, quantity

> 10 rodamientos 6204-2RSH SKF y 5 6205-2RSH SKF
$ BRG-10061 10
$ BRG-10076 5
?not-item
""",
    """
name: en-67-two-items-with-and
title: Bolts and nuts joined by "and" on one line are two lines
phone: +14155550101
customer: C002
language: en
tags: items, quantity

> 20 bolts m8x40 din 933 zinc plated and 20 nuts m8 din 934 zinc plated
$ FAS-10022 20
$ FAS-10004 20
?not-item
""",
    """
name: es-68-y-con-codigo-solo
title: "10 rodamientos 6204 y 5 6205": the second item borrows the first one's kind
phone: +56912345001
customer: C001
language: es
tags: items, quantity

> 10 rodamientos 6204 y 5 6205
~ 6204
~ 6205
!~ (?i)no (lo )?encuentro|no (lo )?entend
""",
    """
name: en-80-is-this-a-bot
title: "lol is this a bot or a human?": answered in English, not queued, no item
phone: +17135550105
customer: C005
language: en
tags: chit-chat, seller

> lol is this a bot or a human? just curious
? reply
?not-item
@ no-queue
?no-order
""",
    """
name: es-81-invitado-quiere-un-asesor
title: A guest writes a long sentence asking for an advisor to call: queued, in Spanish, no item
phone: +56900000081
customer: guest
language: es
tags: guest, seller

> hola que tal, somos una constructora de Antofagasta y me gustaria que me llame un asesor para ver precios por volumen
?seller
@ queue
?not-item
?no-order
""",
    """
name: en-82-someone-with-figures
title: "can I speak with someone from sales? the 2 invoices don't match": queued, not items
phone: +14155550101
customer: C002
language: en
tags: seller

> can i speak with someone from sales? the 2 invoices from last week dont match
?seller
@ queue
?not-item
?no-order
""",
    """
name: es-83-acepta-con-numero-dias-despues
title: A quote ("cotícemelo"), then "sobre la {quote} del martes: el jefe la aprobó, adelante" makes the order
phone: +56912345001
customer: C001
language: es
tags: quote, accept

> 50 pernos M8x40 zincados din 933
$ FAS-10022 50
> cotícemelo porfa
?quote
> hola, sobre la {quote} que nos mandaron el martes: el jefe la aprobó, adelante nomás
?order
@ orders 1
@ order-line FAS-10022 50
""",
    """
name: en-84-following-up-approved-po
title: "Following up on {quote} - all approved on our side, PO 55120-A, please proceed": one order keeping the PO
phone: +14155550101
customer: C002
language: en
tags: quote, accept, po

> 40 m8 din 934 zinc nuts
$ FAS-10004 40
> quote
?quote
> Following up on {quote} - all approved on our side, PO 55120-A, please proceed
?order
@ orders 1
@ order-po 55120-A
""",
    """
name: es-85-pide-en-ingles
title: A Spanish buyer asks "can you write to me in english please": the chat goes on in English
phone: +56912345001
customer: C001
language: en
tags: language

> 50 pernos M8x40 zincados din 933
$ FAS-10022 50
> hey, can you write to me in english please? my spanish is not great
?en
?not-item
> quote
?quote
?en
""",
    """
name: en-86-pide-en-espanol
title: An English buyer asks "¿me pueden escribir en español?": the chat goes on in Spanish
phone: +14155550101
customer: C002
language: es
tags: language

> 40 m8 din 934 zinc nuts
$ FAS-10004 40
> disculpa, me pueden escribir en español por favor? mi jefe no lee inglés
?es
?not-item
""",
    """
name: en-87-leave-it-at-what-you-have
title: Short stock: "ok just leave it at 1 and place the order" orders the one in stock, no back-order
phone: +14155550101
customer: C002
language: en
tags: short-stock, change, order

> need 10 A114 Gates belts
$ BLT-10177 10
> order
?no-order
> ok just leave it at 1 and place the order
?order
@ orders 1
@ order-line BLT-10177 1
""",
    # Session 15: issue #14 item 12 read as one step (the order's message is the one
    # confirmation); the facts kept, the order now at the step that asked, the next step
    # (the old 'yes') repeating it with no second order.
    """
name: es-88-bajalo-a-10-confirma
title: Short stock: "bájalo a 10 y hazme el pedido" (not what ships now) places the order of 10 with the new total; "sí" after it is no second order
phone: +56912345001
customer: C001
language: es
tags: short-stock, change, order

> necesito 25 rodamientos 6305 2rs koyo
$ BRG-10275 25
> pedido
?no-order
> bájalo a 10 y hazme el pedido
~ 99[.,]00
?order
@ orders 1
@ order-line BRG-10275 10
> sí
?order
@ orders 1
@ order-line BRG-10275 10
""",
    """
name: es-89-ultima-compra-el-doble
title: "repite la última compra pero el doble" puts F-40150's lines at twice the quantity; "quítales los lentes" removes the glasses
phone: +56912345001
customer: C001
language: es
tags: reorder, remove, cart

> hola, repite la última compra pero el doble porfa
$ BLT-10033 8
= SAF-10014
$ BRG-10261 8
?no-order
> quítales los lentes
!= SAF-10014
= BLT-10033
?not-item
""",
    """
name: en-90-september-order-half
title: "can we repeat our september order, but half the quantities": F-40134's lines halved, nothing ordered
phone: +14155550101
customer: C002
language: en
tags: reorder, words

> can we repeat our september order, but half the quantities
$ ELE-10057 5
$ BRG-10277 25
$ ABR-10069 5
$ ELE-10160 2
?no-order
""",
]
