"""How many the buyer asked for (SPEC.md "What real buyers write", issue #13).

A size is never the count: a cylinder's bore x stroke, a nipple's length, a tape's
metres, one pole, one inch. The count may come after the item ("… need 20 kg") or in the
next sentence ("do you sell ball valves? need 4 of the 1 inch"), after an opener a
buyer misspelt ("nesecito 12 …"), in parentheses ("(12) black tee"), or before a note
in parentheses. Boxes written `cja`, sets written `juego`, "1,500 mts" of cable.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import pytest
from flask import Flask

from bot.matching.lines import parse_line
from tests.conftest import ErpFolder
from tests.match_api import matcher, sku_qty
from tests.test_conversation import Chat
from tests.twilio_fakes import FakeTwilio


@pytest.mark.parametrize(
    ("text", "quantity", "uom", "given"),
    [
        # a size taken for the count
        ("cilindro 40 x 160", "1", None, False),  # bore x stroke
        ("2 cilindros neumaticos 40 x 160", "2", None, True),
        ("cilindro iso 15552 diametro 40 carrera 160 x 2", "2", None, True),  # sizes named
        ('niple 1" x 6', "1", None, False),  # six inches long
        ("niple galv 1/2'' x 4 x 30", "30", None, True),
        ("taquete expansivo 3/8 x 3", "1", None, False),  # an anchor 3 inches long
        ("broca 5/32 x 5", "5", None, True),  # a drill has no length after its size
        ("push to connect male straight 12mm tube x 3/8 X 100", "100", None, True),
        ("ref. ansell 11-600-10 x 10", "10", None, True),  # the code has dashes; x10 counts
        ("perno 1/4-20 x 1", "1", None, False),  # a thread and its length
        # a count said first, then a size written "300 x 4.8": the size, never the count
        ("5 - amarras plasticas 370 x 7.6", "5", None, True),
        ("12 - cable tie 150 x 3.6", "12", None, True),
        ("rodamiento 6204 x 10", "10", None, True),  # no count first: "x 10" counts
        ("ocupo 6 valvulas de esfera de laton de 1 pulgada npt", "6", None, True),
        # rolls counted with their length before the word "rolls": metres (#14, set 13)
        ("three 305m reels of cat6 utp cable", "915", "M", True),
        ("4 x 50 m rollos de cable thw 14", "200", "M", True),
        ("10 100mm flap discs", "10", None, True),  # a size, no roll: the count stands
        # a wire's gauge before the roll is no count of rolls: one roll, never twelve
        ("thwn 14 305 m carrete", "305", "M", True),
        ("wire thhn #8 500 ft reel, blue", "500", "FT", True),
        ("alambre thw calibre 10 rollo de 100 m", "100", "M", True),
        ("1 inch brass ball valve", "1", None, False),  # one inch, not one valve
        ("2 pole 20 amp breaker", "1", None, False),
        ("30 1p 16a siemens breakers", "30", None, True),  # 1p: one pole
        # a grit, a screw's number before a counting word: no multiplier of it
        ("lija al agua grano 600 media docena", "6", None, True),
        ("tornillo #8 x 2 docenas", "24", None, True),
        ("3 docenas de tornillos", "36", None, True),
        # the Brazilian border counts in Portuguese, after its hello and its "tem", "preciso"
        ("meia dúzia de retentor 35x52x7", "6", None, True),
        ("uma dúzia de disco flap 115 grão 120", "12", None, True),
        ("oi, tem 3 silicone rtv cinza em bisnaga?", "3", None, True),
        ("boa tarde, preciso 50 peças de anel o-ring 2-210", "50", "EA", True),
        ("quatro rolamento 6204 zz", "4", None, True),
        ("dois retentor 40x62x8 pra amanhã", "2", None, True),
        # and Uruguay's "bo," and "capaz que" before the need
        ("bo, precisaría un par de retén 25x40x7", "1", "PAIR", True),
        ("capaz que precisamos 3 retén 75-100-10", "3", None, True),
        # the pipe lengths or bars closing the line
        ("caño galvanizado 1 1/4 x 6,40 - 10 tiras", "10", "EA", True),
        ("hierro aletado 8mm acindar x 50 barras", "50", "EA", True),
        ("2 barras con hilo m8", "2", None, True),  # the item's own word
        # a cable's cores x section, spaced: no count
        ("cable tpr 3 x 2,5", "1", None, False),
        ("cable tpr 3 x 2,5 x 100", "100", None, True),
        # a screwdriver's tip x blade, in mm or in inches, is its size
        ("destornillador paleta 6 x 150", "1", None, False),
        ("screwdriver phillips 5 x 100 x 12", "12", None, True),
        ("desarmador plano 5/16 x 6", "1", None, False),
        ("desarmador plano 5/16 x 6 - 10", "10", None, True),
        ("destornillador plano 6 x 5", "5", None, True),  # five: no blade is 5 mm long
        # boxes: what a box holds said after them, as pieces; a size after "de" is no pack
        ("tornillos x 5 cajas x 25 und", "5", "BOX", True),
        ("2 cajas de 1/2 tornillo", "2", "BOX", True),
        # an electrode's bare AWS class before its diameter names it: no 7018 of anything
        ("7018 1/8 esab", "1", None, False),
        ("6011 3/32 lincoln x 5 kg", "5", "KG", True),
        ("12 3/4 brass gate valves", "12", None, True),  # a count before an inch size still
        # a unit word is corrected only where a unit stands
        ("12 taquete expansivo 3/8", "12", None, True),  # a wall plug, not "paquetes"
        ("250 unidaddes perno m8", "250", "EA", True),
        # the count said after the item, or in the next sentence
        ("electrodo 6013 1/8 need 20 kg", "20", "KG", True),
        ("ball bearing 6204 2rs nd 3 asap", "3", None, True),
        ("rodamiento 6205 zz necesito 200", "200", None, True),
        ("hi do you sell ball valves? need 4 of the 1 inch brass npt", "4", None, True),
        ("how much for E7018 1/8 lincoln rods and how many you got? need 20 kg", "20", "KG", True),
        ("hw much 4 a b62 belt gates? nd 3 asap", "3", None, True),
        ("electrodo 7018 1/8. necesito 20 kg", "20", "KG", True),
        ("hey this is dave from northwind i need 12 of the 2 pole 20 amp breakers", "12", None,
         True),  # who is writing comes before the count
        # openers a buyer writes (and misspells) before the count
        ("wena, nesecito 12 rodamientos 6205 zz ntn porfa", "12", None, True),
        ("me coitzas 10 codo 90 2 negra", "10", None, True),
        ("ocupo 100 6001zzcm", "100", None, True),
        ("hola si mira necesito que me coticen 10 rodamientos 6205 zz ntn", "10", None, True),
        # shapes of the count
        ("(12) black tee 1/2 vasconia", "12", None, True),
        ("(1) 10 rodamientos 6204", "10", None, True),  # numbering, then the count
        ("CAD-50-1-REN - 10 (cadena rodillos ansi 50-1 cja 10 ft renold)", "10", None, True),
        ("hay 3 cjas tee 1/4 galvanizado", "3", "BOX", True),
        ("ocupo juego de llaves combinadas estandar - 3 juegos", "3", "SET", True),
        ("- 1,500 mts de cable thw cal 12 rojo", "1500", "M", True),  # nobody writes 1.500 m
        ("looking for 1,000 mtrs nya cable 2.5mm2 blue", "1000", "M", True),
        ("0,250 kg soldadura", "0.250", "KG", True),
        ("sesenta pernos m8x40", "60", None, True),
        ("eighty hex nuts m10", "80", None, True),
        ("300 pzs tornillo hexagonal 3/8 x 1", "300", "EA", True),
        ("25 kilogramos de electrodo 6013", "25", "KG", True),
        ("2,5 kg electrodo", "2.5", "KG", True),
        # a number word after a wrapper, a letter bullet, or before a code
        ("cotizame doce su cod. el0035053 llave termomagnetica", "12", None, True),
        ("3. Pasame precio tres EL0078559 - disyuntor diferencial", "3", None, True),
        ("* price and availability on twenty RU 0039724", "20", None, True),
        ("- te pido dos codo 45 epoxi 1/2", "2", None, True),
        ("cotizame ocho llave combinada de 14 mm gherardi", "8", None, True),
        ("a) Veinte 7891573308029", "20", None, True),
        ("a) cuanto esta 6 tiras de caño para termofusion 20 mm ips?", "6", "EA", True),
        ("cuanto esta un par de 30207-a?", "1", "PAIR", True),  # a pair of single items: 2
        # half of a unit
        ("tienen medio kilo de arandela plana 1/2 marca bulonfer?", "0.5", "KG", True),
        ("• medio km de cable unipolar 2,5mm2", "500", "M", True),
        ("lima media caña 8", "1", None, False),  # a half-round file
        # a number word that is part of the item is not the count
        ("llave de dos bocas 10x11", "1", None, False),
        ("dos polos 20a termica sica", "1", None, False),
        ("cuatro polos 40a disyuntor schneider", "1", None, False),
        ("tres vias 1/2 valvula", "1", None, False),
        ("two pole 20 amp breaker", "1", None, False),
        ("two piece ball valve 1/2", "1", None, False),  # not "price ball valve"
        ("one-piece ball valve 1/2", "1", None, False),
        ("two-pole breaker 20a", "1", None, False),
        ("precio dos interruptores dos polos 20a", "2", None, True),
        # bolts counted before "flanged" are flange bolts when their thread is said; a
        # housing's bolts ("2 bolt flange unit") still name how it mounts
        ("6 bolts flanged m10 x 25 zinc", "6", None, True),
        ("2 bolts flanged hex 5/16-18 x 3/4", "2", None, True),
        ("4 pernos bridados m10x25", "4", None, True),
        ("2 bolt flange unit ucfl 205", "1", None, False),
        ("chumacera 4 huecos ucf 206", "1", None, False),
        # a count before a decimal inch size: the size is never the count's
        ("3 4.5\" cut-off wheels inox", "3", None, True),
        ("25 4.5\" discos flap grano 80", "25", None, True),
        # a figure after a metric thread smaller than the thread is wide: no bolt is that
        # short, it is the count (a set screw may be)
        ("tornillo hexagonal m20 - 12 porfavor", "12", None, True),
        ("hex bolts m12 x 6 pls", "6", None, True),
        ("prisionero allen m8 x 6", "1", None, False),
        # the count in brackets, with or without its x
        ("correa b62 (x4)", "4", None, True),
        ("filtro de aire [6 und]", "6", "EA", True),
        ("v-belt a50 [x 3]", "3", None, True),
        # letters, roman numerals and row words numbering the lines: never the count
        ("b. 8 rodamientos 6206", "8", None, True),
        ("(c) 3 ball valves 3/4", "3", None, True),
        ("iii) 12 washers m10", "12", None, True),
        ("renglon 2 - 30 tuercas m12", "30", None, True),
        ("02 - correa b60 x 3", "3", None, True),
        # a screw's gauge and threads after "No." number no line: "No. 6-32" is the screw
        ("No. 6-32 x 1/2 flat head screws x 50", "50", None, True),
        ("Nro. 8-32 x 3/4 tornillo cabeza plana", "1", None, False),
        # numbers said in several words
        ("ciento veinte golillas m10", "120", None, True),
        ("cuarenta y ocho pernos m12", "48", None, True),
        ("three hundred twenty zip ties", "320", None, True),
        ("thirty-six hex nuts m6", "36", None, True),
        ("tres mil amarras 300mm", "3000", None, True),
        ("5 mil grapas para cable", "5000", None, True),
        ("trescientas arandelas planas", "300", None, True),
        ("4 rolls 6 mil poly film", "4", "REEL", True),  # a film's thousandths of an inch
        ("disposable nitrile gloves 4 mil", "1", None, False),  # never a thousand gloves
        # a count in words closing the line, after an x, a dash or a code
        ("correa b62 x tres", "3", None, True),
        ("bearing 6308 - four", "4", None, True),
        ("rodamiento 6206zz cinco", "5", None, True),
        # or after the item's last word, its brand (a voice note, #14 set 20's es-2001); never
        # a size or a grade said in words
        ("rodamientos 6205 2rsh skf diez", "10", None, True),
        ("nitrile gloves ten", "10", None, True),
        ("guantes de cuero talla diez", "1", None, False),
        ("hex bolts half inch grade five", "1", None, False),
        # other marks before the count closing the line, and the count said of the item
        ("correa b62 → 6", "6", None, True),
        ("v-belt a44 ... 2", "2", None, True),
        ("v-belt b62, 8 of them", "8", None, True),
        ("correa b62, 8 de esas", "8", None, True),
        ("ok, mandame 8 de esas", "1", None, False),  # a reply: of the item said before
        # a whole and a fraction of a counting word: never the fraction's figure times it
        ("1 1/2 docena de guantes de nitrilo", "18", None, True),
        ("2 1/2 dozen hex nuts m8", "30", None, True),
        # pieces counted first, then the length each has: the pieces, never metres
        ("6 mangueras de 20 m", "6", None, True),
        ("8 air hoses of 25 ft", "8", None, True),
        # a bare count after a comma closing the line (never a bearing, an angle, a thread's length)
        ("rodamiento 6204 2rs, 10", "10", None, True),
        ("v-belt a42 gates, 6", "6", None, True),
        ("rodamiento skf, 6204", "1", None, False),
        ("codo pvc 1/2, 90", "1", None, False),
        ("perno m8, 40", "1", None, False),
        ("cable 3x2,5", "1", None, False),
        # a colon after a stop or a grit's plus sign
        ("rod. 6002 zz fag rod.: 12", "12", None, True),
        ("fibre disc cubitron 5in 60+: 50", "50", None, True),
        # a figure after an inch length already said after an x: the count, never a 2nd length
        ("tek screw 12-14 x 1-1/2 - 200", "200", None, True),
        ("perno de anclaje 5/8 x 4-1/2 x 40", "40", None, True),
        ("perno hex gr 5 3/8 unc x 1-1/2, 100", "100", None, True),
        ('pipe nipple 1" x 2" stainless 316 x 30', "30", None, True),
        ("perno 3/8 x 1-1/2", "1", None, False),
        # who is addressed before the count ("causa," Peru's mate; the boss; the master)
        ("causa, ¿hay un par de niple de 1-1/4 x 4?", "1", "PAIR", True),
        ("pata, 4 rodamientos 6204", "4", None, True),
        ("boss, 6 v-belts a42", "6", None, True),
        ("pata de cabra 24\"", "1", None, False),  # a crowbar, no one addressed
        # "a couple of": two (a "couple" alone may be a coupling)
        ("a couple of 1/2 nipples", "2", None, True),
        ("shaft couple 20mm", "1", None, False),
        # the count in words after a comma, a colon, "qty:" or in brackets
        ("rodamiento 6204 2rs, veinte", "20", None, True),
        ("bearings 6204 qty: twelve", "12", None, True),
        ("rodamiento 6204 (diez)", "10", None, True),
        ("bearing 6204 (ten pcs)", "10", "EA", True),
        # a doubled dash, "unds" (units)
        ("correa a42 -- 5", "5", None, True),
        ("rodamiento 6204 2rs skf – 10 unds", "10", "EA", True),
        # pieces counted first, their length after an x: the pieces, never metres
        ("8 barra con hilo m20 x 1 m", "8", None, True),
        # ... never a wire's gauge first, nor a wire's metres after its x
        ("10 awg thhn wire black x 300 m", "300", "M", True),
        ("cable thhn 10 x 300 metros", "300", "M", True),
        # boxes closing the line and what one holds, said with "de" / "of"
        ("tornillos m6 x 2 cajas de 100", "2", "BOX", True),
        ("hex bolt 1/2 x 2 - 3 boxes of 50", "3", "BOX", True),
        # rolls of a length in feet: feet, as metres were
        ("two 500ft rolls thhn 12", "1000", "FT", True),
        ("3 rolls of 500 ft thhn 12 black", "1500", "FT", True),
        # a count said first, then a size and "x N": the size's (an inch fraction, in words)
        ("25 cazos 1/2 x 3", "25", None, True),
        ("50 niple negro 1-1/2 pulg x 6", "50", None, True),
        ("twelve disco corte 230mm x 3", "12", None, True),
        ("dos disco de corte 7 x 1.0", "2", None, True),
        # ... but an elbow's angle is no count, nor a schedule a size
        ("90 deg elbow 1.1/2 sch 80 x 4", "4", None, True),
        # Odoo's code in brackets after the count; a relay's range before "x N"
        ("50 [rd-6001-ntn] rodamiento", "50", None, True),
        ("guarda motor de 6-10 x 10", "10", None, True),
        ("termico rango 2,5-4 x 4", "4", None, True),
        ("perno 1/4-20 x 1", "1", None, False),
        # a tap ("macho") has no length; a male fitting's thread pitch is no count
        ("macho m5 x 40", "40", None, True),
        ("conector macho m20 x 1.5", "1", None, False),
        ("cincuenta [rd-6001-ntn] rodamiento", "50", None, True),
        # a row whose code cell is a long number written short: the code, the count beside it
        ("10088283 | 2.500 | ea", "2500", "EA", True),
        ("10088283\t24", "24", None, True),
        # ... but beside a description seven figures are the count, as issue #13 wants
        ("27\tArt.0300047 tuerca hex. m6 zn din934\t1500000\tEA", "1500000", "EA", True),
        ("perno hex m10 x 30 | 2000000 | un", "2000000", "EA", True),
        # the count after "total" or a slash set apart, closing the line; a size's slash is no count
        ("rodamiento 6204 2rs total 10", "10", None, True),
        ("bearing 6204 2rs total 10", "10", None, True),
        ("disco de corte 4 1/2 / 25", "25", None, True),
        ("6205 zz bearing / 10", "10", None, True),
        ("terminal 1/0 / 50 und", "50", "EA", True),
        ("hose 1/2 / 3/4", "1", None, False),
        # a fraction of a unit that divides: before the item, or after it in kilometres
        ("1/2 km de cable thhn 12", "500", "M", True),
        ("thhn 12 awg black wire - 1/4 km", "250", "M", True),
        ("3/4 kg de arandelas planas 1/2", "0.75", "KG", True),
        ("arandela plana 1/2 kg", "1", None, False),  # a kilo of half-inch washers, maybe
        ("arandelas planas 1/2 medio kilo", "0.5", "KG", True),
        ("flat washers 1/2 half a kilo", "0.5", "KG", True),
        # a requisition's short forms of the count, the count said roughly, in braces
        ("rodamiento 6204 2rs ctd. 10", "10", None, True),
        ("rodamiento 6204 2rs cnt 10", "10", None, True),
        ("bearing 6204 2rs q=10", "10", None, True),
        ("rodamiento 6204 2rs aprox 10", "10", None, True),
        ("bearing 6204 2rs ~ 10", "10", None, True),
        ("bearing 6204 2rs approx. 10 pcs", "10", "EA", True),
        ("rodamiento 6204 2rs {12}", "12", None, True),
        ("manguera ~10 mm", "1", None, False),  # a size said roughly
    ],
)
def test_the_count_not_a_size(text: str, quantity: str, uom: str | None, given: bool) -> None:
    line = parse_line(text)
    assert (line.quantity, line.uom, line.quantity_given) == (Decimal(quantity), uom, given), line


def test_what_the_buyer_names_is_kept_in_the_item() -> None:
    """The words around the count are the item's: a sentence's question mark is not."""
    assert parse_line("che tenes bulones M10x40 8.8 din 933? necesito 200").item == (
        "bulones m10x40 8.8 din 933"
    )
    assert parse_line("12 taquete expansivo 3/8").item == "taquete expansivo 3/8"
    assert "juego" in parse_line("un juego de dados 1/2").item
    assert parse_line("tres vias 1/2 valvula").item == "tres vias 1/2 valvula"
    assert parse_line("two piece ball valve 1/2").item == "two piece ball valve 1/2"
    assert parse_line("6 tiras de caño galvanizado 1").item == "cano galvanizado 1"
    assert parse_line("02 - correa b60 x 3").item == "correa b60"  # its numbering is no word
    assert parse_line("correa b62 (qty 4)").item == "correa b62"  # nor are its brackets
    assert parse_line("No. 6-32 x 1/2 flat head screws x 50").item.startswith("no. 6-32 x 1/2")
    assert "4 mil" in parse_line("disposable nitrile gloves 4 mil").item


CATALOG = """
    sku,name,description,brand,family,uom,pack_qty,list_price,aliases
    FLX-5M,FLEXOMETRO 5 M STANLEY,Flexometro 5 m,Stanley,Herramienta,PZA,1,7.36,
    FLX-8M,FLEXOMETRO 8 M STANLEY,Flexometro 8 m,Stanley,Herramienta,PZA,1,7.76,
    CAB-12,CABLE THW-LS CAL 12 ROJO CONDUMEX,Cable THW calibre 12 rojo,Condumex,Electrico,M,1,9.5,
    TEE-14,TEE GALV 1/4 WARD,Tee galvanizada 1/4,Ward,Conexiones,PZA,10,12,
    JLL-STD,JUEGO DE LLAVES COMBINADAS STD 12 PZAS URREA,Juego de llaves combinadas,Urrea,Herramienta,JGO,1,900,
    CIL-40-160,CILINDRO NEUMATICO 40 X 160 FESTO,Cilindro 40 mm carrera 160 mm,Festo,Neumatica,PZA,1,160,
    CIL-40-100,CILINDRO NEUMATICO 40 X 100 FESTO,Cilindro 40 mm carrera 100 mm,Festo,Neumatica,PZA,1,150,
    BU-AP14,TORNILLO AUTOPERFORANTE 14X1 PUNTA MECHA CJ X100,Tornillo autoperforante caja de 100,Bulonfer,Buloneria,CJ,1,6980,
    RU-30207A,RULEMAN CONICO 30207 FAG,Ruleman conico 30207,FAG,Rulemanes,UN,1,9946,30207-A
    TAR-6,TARUGO NYLON 6 MM BOLSA 100 FISCHER,Tarugo nylon 6 mm bolsa de 100,Fischer,Fijaciones,BOLSA,100,4.50,
    REM-18,REMACHE POP ALUMINIO 1/8 CAJA 500,Remache pop aluminio 1/8 caja de 500,Stanley,Fijaciones,CJ,500,18,
    PLG-200,FOAM EAR PLUGS BOX OF 200 PAIRS,Tapon auditivo espuma caja 200 pares,3M,Seguridad,BOX,200,38,
    """


@pytest.fixture
def api_match(erp: ErpFolder, api: Any) -> Any:
    erp.write(products=CATALOG, customers="customer_id,name,language\nMX1,Planta,es\n").load()
    return matcher(api, "MX1")


@pytest.mark.parametrize(
    ("line", "expected", "assumed"),
    [
        ("flexometro 8 m", ("FLX-8M", 1, None), True),  # one 8-metre tape
        ("2 flexometro 8 m", ("FLX-8M", 2, None), False),
        ("cable thw cal 12 rojo 8 m", ("CAB-12", 8, "M"), False),  # cable is sold by the metre
        ("1,500 mts de cable thw cal 12 rojo", ("CAB-12", 1500, "M"), False),
        ("hay 3 cjas tee 1/4 galvanizado?", ("TEE-14", 30, "PZA"), False),  # boxes of 10
        ("ocupo juego de llaves combinadas std urrea - 3 juegos", ("JLL-STD", 3, "JGO"), False),
        ("cilindro 40 x 160 festo", ("CIL-40-160", 1, None), True),
        # the box is what the catalog sells: its own unit, not 100 boxes
        ("cuatro cajas de tornillo autoperforante 14x1 punta mecha", ("BU-AP14", 4, "CJ"), False),
        ("cuanto esta un par de ruleman conico 30207 fag?", ("RU-30207A", 2, "UN"), False),
        # the count after a comma closing the line, the item's own code before it
        ("30207-A, 2", ("RU-30207A", 2, None), False),
        # the count right after our code; Peru's "causa," before "un par de"
        ("RU-30207A 2", ("RU-30207A", 2, None), False),
        ("tee galvanizada 1/4 x 3 cajas de 10", ("TEE-14", 30, "PZA"), False),
        # our code and the words naming it, then the count (never a gauge the words name)
        ("RU-30207A ruleman conico 2", ("RU-30207A", 2, None), False),
        ("RU-30207A tapered roller bearing 4", ("RU-30207A", 4, None), False),
        ("CAB-12 cable 12", ("CAB-12", 1, None), True),
        ("causa, ¿hay un par de ruleman conico 30207 fag?", ("RU-30207A", 2, "UN"), False),
        ("cilindro neumatico 40 x 160 festo, 2", ("CIL-40-160", 2, None), False),
        ("cable thw cal 12 rojo x 1/2 km", ("CAB-12", 500, "M"), False),  # sold by the metre
    ],
)
def test_the_count_on_the_item_it_names(
    api_match: Any, line: str, expected: tuple[str, int, str | None], assumed: bool
) -> None:
    (answer,) = api_match(line)
    assert (sku_qty(answer), answer["quantity_assumed"]) == (expected, assumed), answer


@pytest.mark.parametrize(
    ("line", "expected", "pieces"),
    [
        # pieces of an item sold by the pack: whole packs, what was asked kept (bot/packs.py)
        ("ocupo 300 tarugos de nylon 6mm fischer", ("TAR-6", 3, "BOLSA"), 300),
        ("250 tarugos nylon 6 mm", ("TAR-6", 3, "BOLSA"), 250),  # a part bag: rounded up
        ("1.000 remaches pop 1/8", ("REM-18", 2, "CJ"), 1000),
        ("100 unidades remache pop aluminio 1/8", ("REM-18", 1, "CJ"), 100),  # said pieces
        ("400 pairs of foam ear plugs", ("PLG-200", 2, "BOX"), 400),  # pairs boxed by 200
        # packs said, or a bare count under one pack: packs, as the ERP counts them
        ("2 bolsas de tarugo nylon 6 mm", ("TAR-6", 2, "BOLSA"), None),
        ("3 cajas remache pop 1/8", ("REM-18", 3, "CJ"), None),
        ("12 tarugos nylon 6 mm", ("TAR-6", 12, None), None),
    ],
)
def test_pieces_of_an_item_sold_by_the_pack(
    api_match: Any, line: str, expected: tuple[str, int, str], pieces: int | None
) -> None:
    (answer,) = api_match(line)
    assert (sku_qty(answer), answer.get("pieces")) == (expected, pieces), answer


VALVES = """
    sku,name,description,brand,family,uom,pack_qty,list_price,aliases
    VB-12-SS,BALL VALVE STAINLESS 316 1/2 NPT,Valvula de bola inox 316 1/2 pulg,Genebre,Valvulas,EA,1,30,
    GV-12-BR,GATE VALVE BRONZE 1/2 NPT KITZ,Valvula de compuerta bronce 1/2 pulg,Kitz,Valvulas,EA,1,20,
    GV-212-BR,GATE VALVE BRONZE 2-1/2 NPT KITZ,Valvula de compuerta bronce 2-1/2 pulg,Kitz,Valvulas,EA,1,90,
    FD-412-60,FLAP DISC 4-1/2 GRIT 60 NORTON,Disco flap 4-1/2 grano 60,Norton,Abrasivos,EA,1,4,
    """


@pytest.fixture
def match_valves(erp: ErpFolder, api: Any) -> Any:
    erp.write(products=VALVES, customers="customer_id,name,language\nMX1,Planta,es\n").load()
    return matcher(api, "MX1")


@pytest.mark.parametrize(
    ("line", "expected", "assumed"),
    [
        # a figure before a fraction is the count where only the fraction's size is sold
        ("3 1/2 valvulas de bola inox", ("VB-12-SS", 3, None), False),
        ('2 1/2" stainless ball valves', ("VB-12-SS", 2, None), False),
        # ... and the size where the house sells that size of the kind asked for
        ('4 1/2" flap discs grit 60', ("FD-412-60", 1, None), True),
        ("disco flap 4 1/2 grano 60 x 3", ("FD-412-60", 3, None), False),
    ],
)
def test_a_figure_before_a_fraction_by_what_the_house_sells(
    match_valves: Any, line: str, expected: tuple[str, int, str | None], assumed: bool
) -> None:
    (answer,) = match_valves(line)
    assert (sku_qty(answer), answer["quantity_assumed"]) == (expected, assumed), answer


@pytest.mark.parametrize("line", ["2 1/2 valvula compuerta bronce", '2 1/2" bronze gate valves'])
def test_a_figure_before_a_fraction_asked_when_both_sizes_are_sold(
    match_valves: Any, line: str
) -> None:
    """One 2-1/2" valve or two 1/2" ones: the buyer picks, each option with its count."""
    (answer,) = match_valves(line)
    assert answer["decision"] == "confirm", answer
    offered = {c["sku"]: c.get("quantity") for c in answer["candidates"]}
    assert offered == {"GV-212-BR": None, "GV-12-BR": 2}, answer


@pytest.fixture
def shop(erp: ErpFolder) -> ErpFolder:
    return erp.write(
        products=VALVES,
        customers="customer_id,name,language\nC002,Acme Mining Inc,en\n",
        contacts="customer_id,name,phone\nC002,Mary Smith,+14155550101\n",
    )


def test_the_option_read_with_its_own_count_is_added_with_it(
    whatsapp_app: Flask, twilio: FakeTwilio
) -> None:
    """ "2 1/2 bronze gate valves": the 1/2" option says its count and, picked, is added
    with it (never one of it, as the 2-1/2" one would be)."""
    mary = Chat(whatsapp_app, twilio, "+14155550101")
    mary.say("hi")
    asked = mary.say("2 1/2 bronze gate valve")
    assert re.search(r"^ *\d\) GV-212-BR [^\n]*KITZ$", asked, re.M), asked  # one per line
    number = re.search(r"^ *(\d)\) GV-12-BR [^\n]*\(×2\)$", asked, re.M)
    assert number is not None
    added = mary.say(number[1])
    assert "GV-12-BR" in added and "2 EA × 20.00" in added, added


def test_a_count_said_after_the_options_is_every_option_s(
    whatsapp_app: Flask, twilio: FakeTwilio
) -> None:
    """ "2 1/2 bronze gate valves", then "about 6": six of whichever is picked, and no option
    still shows the count read from the figure (it showed '(×2)' and added six)."""
    mary = Chat(whatsapp_app, twilio, "+14155550101")
    mary.say("hi")
    mary.say("2 1/2 bronze gate valves")
    again = mary.say("about 6")
    number = re.search(r"^ *(\d)\) GV-12-BR [^\n]*KITZ$", again, re.M)
    assert number is not None and "(×2)" not in again, again
    added = mary.say(number[1])
    assert "GV-12-BR" in added and "6 EA × 20.00" in added, added
