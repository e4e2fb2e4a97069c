"""Small real-looking texts the cleaning tests build their inputs from."""

# Two hard-wrapped paragraphs: the body most header and structure tests put under a header.
BODY = (
    "Officials said on Tuesday that the bridge would stay closed for at least another\n"
    "week while engineers inspect the damage left by the flood.\n"
    "\n"
    "Traffic has been diverted through the town centre, where shop owners say trade\n"
    "has fallen sharply since the closure began.\n"
)

# A news site's story copied as text: a paragraph to a line, blank lines between.
WEB_PARAGRAPHS = (
    "The city council voted on Tuesday to approve the new bridge over the river, ending a"
    " debate that had lasted for three years.",
    "The bridge will cost 40 million dollars and open in 2028, the mayor said at a press"
    " conference after the vote.",
    "Opponents had argued that the money would be better spent on schools.",
)
