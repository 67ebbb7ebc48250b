"""Words that never tell one item from another.

Courtesy, units and packs, the labels of codes, generic qualifiers and each region's way of
asking. Any other word the catalog does not know keeps a line from being settled alone, so this
list is what lets "precio rodamiento 6205 2rs porfa" settle while "6204 zwz" is asked. Shared by
the reading (slips are corrected towards these too), the decision and bot/asking.py.
"""

from __future__ import annotations

# Words a buyer writes around an item that never tell one item from another:
# courtesy, units and packs, codes' labels, generic qualifiers. Any other word the
# catalog does not know keeps a line from being settled alone.
NEUTRAL = {
    "favor", "porfa", "please", "pls", "plz", "cotizar", "cotizacion", "cotizen", "quote",
    "precio", "precios", "price", "pricing", "necesito", "necesitamos", "need", "needed",
    "requiero", "require", "required", "urgente", "urgent", "asap", "stock", "disponible",
    "disponibilidad", "available", "availability", "hola", "hi", "hello", "gracias",
    "thanks", "thank", "you", "me", "us", "we", "nos", "item", "items", "articulo",
    "articulos", "producto", "productos", "product", "products", "pieza", "piezas",
    "pza", "pzas", "pz", "pc", "pcs", "piece", "pieces", "unidad", "unidades", "und",
    "unds", "uds", "ud", "unid", "each", "ea", "cu", "c/u", "unit", "units", "cantidad", "aprox",
    "approx", "approximately", "aproximadamente", "medida", "medidas", "size", "talla",
    "marca", "make", "nivel", "level", "ref", "referencia", "codigo", "cod", "code", "sku", "part",
    "parte",  # "número de parte Q240": the part number
    "p/n", "pn", "mfr", "mfg", "nro", "num", "numero", "number", "art", "our", "your",
    "nuestro", "nuestra",
    "su", "sus", "mi", "mis", "my", "a", "an", "una", "uno", "o", "or", "al", "por", "per",
    "x", "to", "as", "same", "mismo", "misma", "igual", "also", "tambien", "mas", "more",
    "tb", "tmb", "tbn", "too",  # texting's "también" ("300 amarras de 200x4,8 tb"), "too"
    "otro", "otra", "another", "other", "what", "is", "are", "on", "have", "has",
    "tienen", "tiene", "hay", "do", "any", "some", "algun", "alguna", "cuanto", "cuesta",
    "cuestan", "valor", "que", "cual", "es", "son", "lo", "le", "les", "se",
    "pulg", "pulgada", "pulgadas", "inch", "inches", "in", "mm", "cm", "mt", "mts",
    "metro", "metros", "meter", "meters", "metre", "metres", "ft", "feet", "kg", "kilo",
    "kilos", "lb", "lbs", "rollo", "rollos", "roll", "rolls", "caja", "cajas", "box",
    "boxes", "bolsa", "bolsas", "bag", "bags", "paquete", "paquetes", "pack", "packs",
    "par", "pares", "pair", "pairs", "docena", "docenas", "dozen", "ciento", "millar",
    "gr", "grado", "grade", "clase", "class", "calidad", "quality", "tipo", "type",
    "modelo", "model", "serie", "series", "standard", "std", "estandar", "normal",
    "comun", "common", "nuevo", "nueva", "new", "original", "genuine", "industrial",
    "mini", "coil", "bobina", "cabeza", "head", "uso", "use", "general", "purpose",
    "con", "sin", "de", "para", "for", "with", "without", "the", "and", "y", "e",
    "w/", "w/o",  # "contactors w/ 110VAC coil": shorthand for with, without
    "hembra", "macho", "female", "male", "int", "sheet", "sheets", "pliego", "pliegos", "hoja",
    "hojas", "straight", "color", "colour", "colores",
    # questions and ways of asking around the item, by region: "how much … how many you
    # got", "do you sell", "che, tenés" (Argentina), "wena" (Chile: hello), "nesecito",
    # "para la obra" / "la faena" (the job site), texting ("hw much", "nd 3")
    "how", "much", "many", "got", "sell", "sells", "carry", "venden", "vende", "manejan",
    "seria", "serian", "saldria", "tenes", "puede", "pueden", "podria", "cuantos", "cuantas",
    "che", "wena", "wenas", "nesecito", "obra", "faena", "hw", "nd", "kindly",
    # an elastomer's hardness scale said beside its figure ("nitrile 70 Shore")
    "shore",
    # Mexico's counter talk: "ocupo", "me pasas precio", "en cuanto me dejas", "cuanto
    # sale", "tienes", "buen dia"; and boxes as its ERPs abbreviate them ("2 cjas")
    "ocupo", "ocupamos", "ocupa", "ocupan", "tienes", "tendras", "puedes", "podrias",
    "pasas", "pasan", "dejas", "dejan", "cotizas", "cotiza", "cotizan", "sale", "salen",
    "q", "buen", "buenos", "buenas", "dia", "dias", "tardes", "cja", "cjas", "cj", "cjs",
    # Peru's "requerimos"; lengths of pipe or bar counted ("6 tiras de caño", "3 barras de")
    "requerimos", "requiere", "requieren", "tira", "tiras", "barra", "barras", "varilla",
    "varillas",
    # Rio de la Plata's "mandame", "pasame", "cotizame" (send me, quote me)
    "mandame", "mandeme", "mandenme", "enviame", "envienme", "pasame", "pasenme", "cotizame",
    "cotizenme",
    # a border house's buyers (El Paso, Juárez): "40mm bore" says the size's kind, not
    # the item; "pa la línea", "to the plant", "qty"
    "bore", "qty", "plant", "planta", "linea", "line", "send", "rfq", "ahorita", "encargo",
    "encargamos", "urge", "urgen",
    # the oil field's "pls advise price and stock"; Ecuador's "pana" (mate)
    "advise", "pana",
    # Central America and the Caribbean: "klk" (Dominican hello), "diay", "mae", "upe", "pura
    # vida" (Costa Rica), "fijese que", "me regala", "¿tendrá…?", "me ayuda con" (Guatemala),
    # "manito", "pa' la planta", "en existencia" (in stock); Jamaica's and
    # Trinidad's "wha di price fi", "yuh have", "allyuh", "thanks boss"
    "klk", "diay", "mae", "upe", "pura", "vida", "fijese", "regala", "regalan", "regale",
    "tendra", "tendran", "ayuda", "ayudan", "manito", "pa", "existencia",
    "existencias", "wha", "di", "fi", "yuh", "allyuh", "boss",
    # Chile's mine and Australia's contractors: "¿tení stock de …?", "me cotizai", "urgente,
    # parada de planta", "chasing 10 off …"
    "teni", "tenis", "tenei", "cotizai", "parada", "chasing", "agujero",
    # Bolivia's and Paraguay's asking: "¿tienen nomás …?", "presupuesto de …", "cotícemelo",
    # the inch as their ERPs and buyers shorten it ("3/8 plg")
    "nomas", "presupuesto", "coticemelo", "solicitamos", "plg",
    # Venezuela's counter talk: "chamo me regalas el precio de …", "epa, ¿hay …?", "¿tendrás
    # … ? avísame" (hey, mate; let me know)
    "chamo", "chama", "epa", "avisame", "avisenme",
    # a grease's "EP" (extreme pressure): most greases are, whether their name says it or not;
    # its "multipurpose" (multipropósito) the same
    "ep", "multiproposito", "multipurpose",
    # said of what an item lacks: it narrows the items (see the matcher), names none
    "unvalved",
    # pointing at the item as the buyer pictures it: "unas amarras negras de esas de 20 cm",
    # "some of them black zip ties" (the British "them" for those), "hiya"
    "esas", "esos", "estas", "estos", "aquellas", "aquellos", "them", "those", "these", "hiya",
    # the diminutive a buyer pictures the item with ("los delgaditos de 1 mm", "la
    # esmeriladora chiquita de 4 1/2"): its size is said, the word tells no item apart
    "delgadito", "delgadita", "delgaditos", "delgaditas", "chiquito", "chiquita", "chiquitos",
    "chiquitas",
    # and the plain word for small beside the size that says it ("pomo chico de 85 g"); where a
    # house names items so, the word still narrows them (a known word), and a glove's "chica"
    # is read as its size before
    "chico", "chica", "chicos", "chicas",
}  # fmt: skip


# Units of a size: said alone they tell no item apart
SIZE_UNIT_WORDS = {"pulg", "pulgada", "pulgadas", "inch", "inches", "in", "mm", "cm", "plg"}


NEUTRAL_BY_INITIAL: dict[str, list[str]] = {}


for _word in sorted(NEUTRAL):
    if _word.isalpha() and len(_word) >= 5:
        NEUTRAL_BY_INITIAL.setdefault(_word[0], []).append(_word)
