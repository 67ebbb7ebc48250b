"""A shackle's pin, as a rigging house sells it (catalog 22's style): the screw pin ("pasador
roscado") and the bolt type ("perno y chaveta", "tipo perno") at one size and bow. "Perno"
there is the shackle's pin, not a bolt of its own: a shackle whose pin is unsaid ("grillete
lira 3/8") is asked between the two, never settled on the screw pin because the other's name
reads as another kind of item. Driven through `POST /api/v1/match`; the examples are ours.
"""

from __future__ import annotations

from tests.match_api import answers_test, cases, match_fixture

HEADER = "sku,name,description,family,brand,uom,pack_qty,list_price,aliases,attributes,active"
CATALOG = f"""
    {HEADER}
    GR-38-LR-CR,"Grillete lira 3/8"" 1 t pasador roscado Crosby G-209","Grillete lira pasador roscado 3/8",Izaje y aparejos,Crosby,UN,1,4.10,,,true
    GR-38-LP-CR,"Grillete lira 3/8"" 1 t perno y chaveta Crosby G-2130","Grillete lira perno y chaveta 3/8",Izaje y aparejos,Crosby,UN,1,5.30,,,true
    GR-38-LR-GP,"Grillete lira 3/8"" 1 t pasador roscado Green Pin G-4161","Grillete lira pasador roscado 3/8",Izaje y aparejos,Green Pin,UN,1,3.90,,,true
    """
BOTH_CROSBY = {"GR-38-LR-CR", "GR-38-LP-CR"}

LINES = [
    *cases(
        "a_shackle_whose_pin_is_unsaid_is_asked",
        [
            ("20 grillete lira 3/8 crosby", {"sku": None, "best": BOTH_CROSBY}),
            ("10 shackle 3/8 anchor bow crosby", {"sku": None, "best": BOTH_CROSBY}),
        ],
    ),
    *cases(
        "a_shackles_pin_said_settles_it",
        [
            ("4 grillete lira 3/8 perno y chaveta crosby", ("GR-38-LP-CR", 4)),
            ("4 grillete lira 3/8 tipo perno crosby", ("GR-38-LP-CR", 4)),
            ("4 grillete lira 3/8 pasador roscado crosby", ("GR-38-LR-CR", 4)),
        ],
    ),
]

match = match_fixture(CATALOG)
test_a_shackles_pin_is_read_as_its_pin = answers_test(LINES)
