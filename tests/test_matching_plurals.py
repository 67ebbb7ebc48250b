"""A fitting asked for in the plural, its adjectives agreeing ("codos galvanizados",
"tees bronce roscadas", "válvulas esféricas"), is the fitting asked for in the singular.

Spanish puts the noun and every adjective in the plural (-s after a vowel, -es after a
consonant: "uniones"); English only the noun ("galvanized unions"). The vocabulary reads
the plural of its words and phrases itself, before the notation, which reads a fitting's
"galvanizado" as its material (galvanized steel) only beside the fitting's name. Driven
through `POST /api/v1/match`.
"""

from __future__ import annotations

from tests.match_api import answers_test, cases, match_fixture

CATALOG = """
    sku,name,description,brand,family,uom,pack_qty,list_price,aliases
    U-G12,"Union galvanized steel 1/2"" NPT threaded",UNION AMERICANA GALVANIZADA 1/2 NPT,,Valves & Fittings,EA,1,4.1,
    U-G34,"Union galvanized steel 3/4"" NPT threaded",UNION AMERICANA GALVANIZADA 3/4 NPT,,Valves & Fittings,EA,1,5.2,
    U-S12,"Union stainless steel 316 1/2"" NPT threaded",UNION AMERICANA INOX 316 1/2 NPT,,Valves & Fittings,EA,1,11.9,
    E-G34,"Elbow 90 galvanized steel 3/4"" NPT threaded",CODO 90 GALVANIZADO 3/4 NPT,,Valves & Fittings,EA,1,2.3,
    E-K34,"Elbow 90 black steel 3/4"" NPT threaded",CODO 90 ACERO NEGRO 3/4 NPT,,Valves & Fittings,EA,1,1.9,
    T-B12,"Tee brass 1/2"" NPT threaded",TEE BRONCE 1/2 NPT,,Valves & Fittings,EA,1,3.6,
    T-S12,"Tee stainless steel 316 1/2"" NPT threaded",TEE INOX 316 1/2 NPT,,Valves & Fittings,EA,1,8.8,
    V-B1,"Ball valve brass 1"" NPT",VALVULA DE BOLA BRONCE 1 NPT,,Valves & Fittings,EA,1,24.0,
    V-G1,"Gate valve brass 1"" NPT",VALVULA DE COMPUERTA BRONCE 1 NPT,,Valves & Fittings,EA,1,19.5,
    H-Z12,"Hex bolt 1/2"" x 2"" grade 5 zinc plated",PERNO HEXAGONAL 1/2 X 2 G5 ZINCADO,,Fasteners,EA,1,0.3,
    """


LINES = cases(
    "a_fitting_in_the_plural_is_the_fitting",
    [
        # noun and adjective both in the plural, Spanish -es and -s, -os and -as
        ("8 codos galvanizados de 3/4", ("E-G34", 8)),
        ("necesito 6 tees bronce roscadas de 1/2", ("T-B12", 6)),
        ("3 valvulas esfericas de bronce 1 pulgada", ("V-B1", 3)),
        ("5 uniones universales galvanizadas 1/2", ("U-G12", 5)),
        ("2 uniones americanas de acero inoxidable 1/2", ("U-S12", 2)),
        ("uniones americanas galvanizadas 3/4 x 12", ("U-G34", 12)),
        # English: the noun alone takes it
        ("4 galvanized pipe unions 3/4", ("U-G34", 4)),
        ("10 black elbows 3/4 npt", ("E-K34", 10)),
    ],
)

match = match_fixture(CATALOG)
test_a_fitting_in_the_plural_is_the_fitting = answers_test(LINES)
