"""A kind of item the house does not sell is answered as such, never with another kind that
shares the size (issue #13). A buyer's "abrazadera 3/4" on a counter that sells couplings and
tees but no clamps was offered couplings of 3/4; a pulley, a hose, a flange or a pillow block
said with a size got couplings and tees too. Each is its own kind now: where the house sells
none, the line is left to a seller ("nothing of that kind"); where it sells them, they are
the ones offered or settled on. The breaker's poles said with a slip ("2 plos", "3 pols")
read as poles. Driven through `POST /api/v1/match`.
"""

from __future__ import annotations

from tests.match_api import Not, answers_test, cases, match_fixture

FITTINGS = """
    CP-12,"Coupling galvanized 1/2"" NPT",COPLA GALVANIZADA 1/2 NPT,,Fittings,EA,1,1.1,
    CP-34,"Coupling galvanized 3/4"" NPT",COPLA GALVANIZADA 3/4 NPT,,Fittings,EA,1,1.4,
    CP-1,"Coupling galvanized 1"" NPT",COPLA GALVANIZADA 1 NPT,,Fittings,EA,1,1.9,
    CP-3,"Coupling galvanized 3"" NPT",COPLA GALVANIZADA 3 NPT,,Fittings,EA,1,6.2,
    TE-34,"Tee galvanized 3/4"" NPT",TEE GALVANIZADA 3/4 NPT,,Fittings,EA,1,1.8,
    TE-3,"Tee galvanized 3"" NPT",TEE GALVANIZADA 3 NPT,,Fittings,EA,1,7.5,
    MCB-1,Miniature circuit breaker 1P 40A curve C,INTERRUPTOR TERMOMAGNETICO 1P 40A,,Electrical,EA,1,9,
    MCB-2,Miniature circuit breaker 2P 40A curve C,INTERRUPTOR TERMOMAGNETICO 2P 40A,,Electrical,EA,1,19,
    MCB-3,Miniature circuit breaker 3P 40A curve C,INTERRUPTOR TERMOMAGNETICO 3P 40A,,Electrical,EA,1,29,
"""
HEAD = "    sku,name,description,brand,family,uom,pack_qty,list_price,aliases\n"
CLAMPS = """
    HC-34,"Worm drive hose clamp 3/4"" stainless",ABRAZADERA SIN FIN INOX 3/4,,Fittings,EA,1,0.6,
    HC-1,"Worm drive hose clamp 1"" stainless",ABRAZADERA SIN FIN INOX 1,,Fittings,EA,1,0.7,
"""
COUPLINGS = {"CP-12", "CP-34", "CP-1", "CP-3", "TE-34", "TE-3"}
NONE_OF_THAT_KIND = {"decision": "unknown", "offered": Not(COUPLINGS)}

LINES = cases(
    "a_kind_the_house_does_not_sell_is_no_other_kind",
    [
        ("20 abrazaderas de 3/4", NONE_OF_THAT_KIND),
        ("abrazadera tipo gusano 1 pulgada", NONE_OF_THAT_KIND),
        ("10 worm drive clamps 3/4", NONE_OF_THAT_KIND),
        ("jubilee clip 1 inch", NONE_OF_THAT_KIND),
        ("poleas de 3 pulgadas", NONE_OF_THAT_KIND),
        ("3 inch sheave", NONE_OF_THAT_KIND),
        ("manguera de 3/4", NONE_OF_THAT_KIND),
        ("brida 3 pulgadas", NONE_OF_THAT_KIND),
        ("chumacera de piso 1 pulgada", NONE_OF_THAT_KIND),
        ("pillow block 1 inch", NONE_OF_THAT_KIND),
        ("retenes de 1 pulgada", NONE_OF_THAT_KIND),
        ("grillete 3/4", NONE_OF_THAT_KIND),
        # the kinds it sells are still asked for as before
        ("copla galvanizada 3/4", ("CP-34",)),
        ("galvanized tee 3 inch", ("TE-3",)),
        # a breaker's poles said with a slip of the word, or by the word for them
        ("termomagnetico 40A 2 plos", ("MCB-2",)),
        ("breaker 40 amp 3 pols", ("MCB-3",)),
        ("interruptor bipolar 40A", ("MCB-2",)),
        ("termomagnetico tripolar 40A", ("MCB-3",)),
        ("breaker 40A 2 pole", ("MCB-2",)),
    ],
)
SOLD = cases(
    "a_kind_the_house_sells_is_offered",
    [
        ("20 abrazaderas de 3/4", {"best": "HC-34"}),
        ("abrazadera sinfin 1 pulgada", ("HC-1",)),
        ("10 worm drive clamps 3/4", ("HC-34", 10)),
        ("jubilee clip 1 inch", {"best": "HC-1", "offered": Not(COUPLINGS)}),
    ],
    fixture="match_clamps",
)

match = match_fixture(HEAD + FITTINGS)
match_clamps = match_fixture(HEAD + FITTINGS + CLAMPS)
test_a_kind_the_house_does_not_sell_is_no_other_kind = answers_test(LINES)
test_a_kind_the_house_sells_is_offered = answers_test(SOLD)
