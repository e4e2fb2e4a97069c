"""Small real-looking texts the cleaning tests build their inputs from."""

# Two hard-wrapped paragraphs: the body most header and structure tests put under a header.
BODY = (
    "Officials said on Tuesday that the bridge would stay closed for at least another\n"
    "week while engineers inspect the damage left by the flood.\n"
    "\n"
    "Traffic has been diverted through the town centre, where shop owners say trade\n"
    "has fallen sharply since the closure began.\n"
)
