"""Word lists for pages set like old newspapers (1850s-1950s) as OCR read them: furniture
of the nameplate, old bylines and datelines, section and country headings, portrait
captions. Generic forms of the trade; paper names are still built from parts
(``lexicon.PAPER_PLACES`` and ``PAPER_NOUNS``) so that no real nameplate is copied.
"""

from __future__ import annotations


def words(text: str) -> list[str]:
    """A list written as one string of words: long lists read better so."""
    return text.split()


# Common names of the period: old pages name Mr. Smith, not the modern lists' names.
OLD_FIRST = {
    "en": words(
        "John William James George Charles Thomas Henry Arthur Albert Edward Frank Walter "
        "Robert Joseph Samuel Alfred Frederick Harry Mary Annie Elizabeth Margaret Florence "
        "Ethel Alice Edith Emily Clara Ellen"
    ),
    "de": words(
        "Wilhelm Friedrich Karl Heinrich Hermann Otto Ernst Paul Georg August Franz "
        "Ludwig Johann Gustav Marie Anna Margarethe Elisabeth Emma Martha Luise"
    ),
    "fr": words(
        "Jean Louis Pierre Joseph Henri Charles Émile Paul Jules Auguste Eugène Léon "
        "Marie Jeanne Marguerite Louise Berthe Germaine"
    ),
}
OLD_LAST = {
    "en": words(
        "Smith Jones Brown Wilson Taylor Johnson White Martin Anderson Thompson Walker "
        "Robinson Wright Hughes Edwards Green Hall Wood Harris Lewis Clarke Jenkins Cooper "
        "Morgan Baxter Ryan Kelly Murphy Campbell Stewart Fraser Mitchell Turner Parker"
    ),
    "de": words(
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch "
        "Bauer Richter Klein Wolf Schröder Neumann Braun Zimmermann Hartmann Krüger Lehmann"
    ),
    "fr": words(
        "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon "
        "Laurent Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard"
    ),
}
TITLES = {
    "en": ["Mr.", "Mrs.", "Miss", "Dr.", "the Rev.", "Sir", "Lady", "Captain", "Colonel"],
    "de": ["Herr", "Frau", "Dr.", "Geheimrat", "Professor", "Graf", "Freiherr von"],
    "fr": ["M.", "Mme", "Mlle", "le docteur", "le général", "l’abbé", "Me"],
}
HONOURS = {"en": ["M.L.A.", "M.P.", "J.P.", "K.C.", "M.L.C."], "de": ["M. d. R."], "fr": []}

# Ears: two or three short lines boxed either side of the nameplate.
EARS = {
    "en": [
        ("FULL LEASED", "WIRE DISPATCHES"),
        ("CIRCULATION IS", "OVER {n} DAILY"),
        ("THE WEATHER", "Fair tonight and tomorrow;", "colder."),
        ("HOME", "EDITION"),
        ("LAST", "EDITION"),
        ("ONLY EVENING PAPER", "IN THE COUNTY"),
        ("ASSOCIATED PRESS", "DISPATCHES"),
        ("WEATHER FORECAST", "Showers; moderate winds."),
        ("FINAL", "EDITION"),
    ],
    "de": [
        ("Morgen-Ausgabe",),
        ("Abend-Ausgabe",),
        ("Einzelnummer", "10 Pfennig."),
        ("Anzeigenpreis:", "die sechsgespaltene Zeile 40 Pf."),
        ("Erscheint täglich", "zweimal."),
    ],
    "fr": [
        ("ÉDITION", "DE CINQ HEURES"),
        ("LE NUMÉRO", "CINQ CENTIMES"),
        ("Abonnements :", "Un an, 20 fr."),
        ("DERNIÈRE", "ÉDITION"),
    ],
}
PRICES = {
    "en": [
        "PRICE TWO CENTS",
        "PRICE ONE CENT",
        "ONE CENT.",
        "PRICE ONE PENNY.",
        "PRICE ONE CENT. ON TRAINS FIVE CENTS.",
        "TWO CENTS A COPY",
        "{p}c A COPY",
        "PRICE 2d.",
    ],
    "de": ["Preis 10 Pfennig.", "Einzelnummer 5 Pf.", "Preis 15 Pf.", "Einzelpreis 20 Rpf."],
    "fr": ["5 centimes", "LE NUMÉRO : 10 CENTIMES", "Prix : 15 centimes", "CINQ CENTIMES"],
}
# The small print under a nameplate: terms, imprint, telephone; OCR reads it badly.
IMPRINTS = {
    "en": [
        "Entered at the Postoffice at {town} as Second Class Mail Matter.",
        "Published every evening except Sunday by the {paper} Printing Company.",
        "SUBSCRIPTION RATES: By carrier, 10 cents a week; by mail, $4.00 a year.",
        "Daily, by mail, one year $3.00; six months $1.75; three months $1.00.",
        "Registered at the General Post Office, Sydney, for transmission as a newspaper.",
        "TELEPHONES: Business Office 112; Editorial Rooms 114.",
    ],
    "de": [
        "Bei den Postämtern kann abonniert werden: in Deutschland, Frankreich, Italien 45",
        "Abonnementspreise: Monatlich Fr. 2.20, vierteljährlich Fr. 6.50, halbjährlich Fr. 12.",
        "Insertionspreis: die einspaltige Petitzeile oder deren Raum 30 Rp., Reklamen 1 Fr.",
        "Telephon: Redaktion 7102, Expedition 7109. Täglich 3 Ausgaben.",
        "Zürich bei der Administration oder Ablage abgeholt Fr. 2.60",
    ],
    "fr": [
        "ABONNEMENTS : Un an 20 fr. — Six mois 10 fr. — Trois mois 5 fr.",
        "Rédaction et administration : rue du Temple-Neuf 3. Téléphone 207.",
        "ANNONCES : la ligne ou son espace 15 centimes ; réclames 30 centimes.",
        "On s’abonne à tous les bureaux de poste.",
    ],
}
ORDINALS = words(
    "FIRST SECOND THIRD FOURTH FIFTH SIXTH SEVENTH EIGHTH NINTH TENTH ELEVENTH TWELFTH"
)
TENS = ("", "", "TWENTY", "THIRTY", "FORTY", "FIFTY", "SIXTY", "SEVENTY")
FRENCH_YEARS = ["VINGTIÈME", "TRENTIÈME", "QUARANTIÈME", "CINQUANTIÈME", "SOIXANTIÈME"]
# Where US and colonial papers were printed, for volume lines: generic, many papers each.
TOWNS = {
    "en": [
        ("SALEM", "OREGON"),
        ("TACOMA", "WASH."),
        ("ALBANY", "N. Y."),
        ("COLUMBUS", "OHIO"),
        ("DENVER", "COLO."),
        ("RICHMOND", "VA."),
        ("BOISE", "IDAHO"),
        ("HELENA", "MONT."),
        ("GOULBURN", "N.S.W."),
        ("BALLARAT", "VIC."),
    ],
    "de": [("Berlin", ""), ("Zürich", ""), ("Wien", ""), ("Leipzig", ""), ("Köln", "")],
    "fr": [("Paris", ""), ("Genève", ""), ("Lausanne", ""), ("Lyon", ""), ("Neuchâtel", "")],
}
# Places a dateline names, as old papers set them (title case with the state, or caps).
DATELINE_PLACES = {
    "en": [
        "Washington",
        "London",
        "New York",
        "Chicago",
        "Pikeville, Ky.",
        "St. Paul, Minn.",
        "Providence, R. I.",
        "Toledo, Ohio",
        "Albany, N. Y.",
        "Paris",
        "Berlin",
        "Melbourne",
        "Brisbane",
        "Bombala",
        "Goulburn",
        "Bathurst",
        "Ipswich",
        "Wellington",
        "Ottawa",
        "Rome",
    ],
    "de": [
        "Berlin",
        "Wien",
        "Paris",
        "London",
        "Rom",
        "Petersburg",
        "München",
        "Dresden",
        "Konstantinopel",
        "Bern",
        "Hamburg",
        "Brüssel",
    ],
    "fr": [
        "Paris",
        "Londres",
        "Berlin",
        "Rome",
        "Berne",
        "Genève",
        "Vienne",
        "Bruxelles",
        "Madrid",
        "Lyon",
        "Rastadt",
        "Gènes",
    ],
}
MONTHS_SHORT = {
    "en": words("Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec."),
    "de": words("Jan. Febr. März April Mai Juni Juli Aug. Sept. Okt. Nov. Dez."),
    "fr": words("janv. févr. mars avril mai juin juillet août sept. oct. nov. déc."),
}
# What follows a dateline in telegraph news: the agency or the kind of wire.
WIRES = {
    "en": ["(Delayed)", "(By Cable)", "(Special)"],
    "de": ["(Wolff.)", "(W. T. B.)", "(Reuter.)", "(Havas.)", "(Privattelegramm.)", "(Tel.)"],
    "fr": ["(Havas)", "(Reuter)", "(Dépêche particulière)", "(Service spécial)"],
}
AGENCIES = {
    "en": [
        "Associated Press",
        "United Press",
        "International News Service",
        "Universal Service",
        "Australian Press Association",
        "Special Correspondent",
    ],
    "de": ["Wolff", "Korresp.", "Tel.", "Privattelegramm"],
    "fr": ["Havas", "Reuter", "Agence Havas"],
}
ROLES = {
    "en": [
        "United Press Staff Correspondent",
        "Staff Correspondent",
        "International News Service Staff Correspondent",
        "Associated Press Staff Writer",
        "Special Correspondent of The {paper}",
    ],
    "de": ["Berichterstatter", "Sonderberichterstatter"],
    "fr": ["Envoyé spécial", "Correspondant particulier"],
}
# Whole bylines printed on their own, kept whole in expected ("From" is not "By").
OWN_CORRESPONDENT = {
    "en": [
        "(FROM OUR OWN CORRESPONDENT.)",
        "(From Our Own Correspondent.)",
        "(FROM OUR SPECIAL REPORTER.)",
        "(FROM A CORRESPONDENT.)",
        "From Our Own Correspondent.",
    ],
    "de": ["(Von unserm Korrespondenten.)", "Von unserm Korrespondenten", "(Korresp.)"],
    "fr": ["(De notre correspondant)", "(De notre correspondant particulier)"],
}
# Decks that say how the news came: the wire, not the story.
WIRE_DECKS = {
    "en": ["[BY TELEGRAPH.]", "[BY CABLE.]", "(BY ELECTRIC TELEGRAPH.)", "[BY SUBMARINE CABLE.]"],
    "de": ["(Telegramm.)", "(Drahtbericht.)"],
    "fr": ["(Par dépêche.)", "(Par télégraphe.)"],
}
LETTER_DECKS = {
    "en": ["TO THE EDITOR OF THE HERALD.", "TO THE EDITOR.", "(To the Editor.)"],
    "de": ["(Eingesandt.)", "Zuschrift aus dem Leserkreis."],
    "fr": ["Une lettre", "(Communiqué.)"],
}
SECTIONS = {
    "en": [
        "NEWS IN BRIEF.",
        "LOCAL AND GENERAL.",
        "CABLEGRAMS.",
        "TELEGRAPHIC NEWS.",
        "COUNTRY NEWS.",
        "FOREIGN NEWS.",
        "SOCIAL NOTES.",
        "LAW REPORT.",
        "CITY NEWS IN BRIEF",
        "MINING MATTERS",
    ],
    "de": [
        "Kantone.",
        "Ausland.",
        "Deutsches Reich.",
        "Lokales.",
        "Vermischtes.",
        "Telegramme.",
        "Aus der Provinz.",
        "Letzte Nachrichten.",
    ],
    "fr": [
        "NOUVELLES ÉTRANGÈRES.",
        "CANTON",
        "CHRONIQUE LOCALE",
        "Dernières nouvelles",
        "DÉPÊCHES",
        "FAITS DIVERS",
        "Nouvelles suisses.",
        "Nouvelles étrangères.",
    ],
}
FOREIGN_SECTIONS = {
    "en": ["FOREIGN NEWS.", "CABLE NEWS.", "THE WORLD ABROAD.", "EUROPEAN NEWS."],
    "de": ["Ausland.", "Auswärtige Nachrichten.", "Telegramme."],
    "fr": ["NOUVELLES ÉTRANGÈRES.", "Nouvelles étrangères.", "ÉTRANGER"],
}
COUNTRIES = {
    "en": ["GERMANY.", "FRANCE.", "RUSSIA.", "ITALY.", "AMERICA.", "SPAIN.", "CHINA.", "INDIA."],
    "de": [
        "Deutsches Reich.",
        "Frankreich.",
        "Großbritannien.",
        "Rußland.",
        "Italien.",
        "Oesterreich-Ungarn.",
        "Amerika.",
        "Spanien.",
    ],
    "fr": [
        "ALLEMAGNE.",
        "ITALIE.",
        "ANGLETERRE.",
        "RUSSIE.",
        "ESPAGNE.",
        "SUISSE.",
        "ÉTATS-UNIS.",
        "AUTRICHE.",
    ],
}
# Run-in titles of a local column ("Cressier. — Le Conseil…"): places and short topics.
RUN_IN = {
    "en": ["Bathurst.", "Goulburn.", "Albury.", "Orange.", "Mudgee.", "Wagga.", "Cooma."],
    "de": ["Zürich.", "Luzern.", "Bern.", "Aargau.", "St. Gallen.", "Basel.", "Thurgau."],
    "fr": ["Cressier.", "Saint-Blaise.", "Le Locle.", "Boudry.", "Colombier.", "Peseux."],
}
CAPTION_TAILS = {
    "en": [
        "who was elected president of the association on Monday",
        "leaving the court after the hearing yesterday",
        "who celebrated her hundredth birthday on Saturday",
        "champion swimmer, leaving the water after winning the championship on Saturday",
        "whose engagement is announced",
        "the new member for the district, with his wife",
        "who will leave for England by the mail steamer to-morrow",
    ],
    "de": [
        "der neue Oberbürgermeister",
        "bei der Eröffnung der Ausstellung",
        "der am Sonntag seinen achtzigsten Geburtstag feierte",
    ],
    "fr": [
        "le nouveau préfet",
        "à sa sortie du palais de justice",
        "qui vient d’être nommé président du conseil",
    ],
}
STUDIOS = {"en": ["Studios", "Studio", "& Co."], "de": ["Atelier"], "fr": ["Studio"]}
CREDIT_FORMS = {
    "en": ["—Photo by {c}.", "(Photo by {c}.)", "Photo by {c}", "—{c}."],
    "de": ["(Phot. {c}.)", "Aufnahme: {c}"],
    "fr": ["(Cliché {c}.)", "Phot. {c}"],
}
LETTER_OPENINGS = {
    "en": ["Sir,—", "Sir,— ", "Sir, —", "Sir.—"],
    "de": [""],
    "fr": ["Monsieur le rédacteur, "],
}
JUMPS = {
    "en": [
        "(Continued on Fourth Page.)",
        "(Continued on Page {n}.)",
        "Continued on Page Two.",
        "(Concluded on Page {n}.)",
    ],
    "de": ["(Schluß folgt.)", "(Fortsetzung folgt.)", "(Siehe Seite {n}.)"],
    "fr": ["(A suivre.)", "(Voir la suite en {n}e page.)"],
}
# Characters an old scan turns into one another, for lines OCR garbled (not the mild
# substitutions of ``ocr_noise.CHAR_ERRORS``: these make a line hard to read).
GARBLE = {
    "a": ("n", "u", "o", "ii", "s"),
    "b": ("h", "li", "l>"),
    "c": ("e", "o", "r", "("),
    "d": ("il", "cl", "rl"),
    "e": ("c", "o", "a", "i"),
    "f": ("t", "I", "r"),
    "g": ("j", "f", "e"),
    "h": ("li", "b", "n"),
    "i": ("l", "1", "!", "t", "j"),
    "l": ("i", "1", "I", "t"),
    "m": ("rn", "iii", "in", "ni"),
    "n": ("u", "ii", "ri", "a"),
    "o": ("e", "c", "a", "0", "u"),
    "r": ("i", "t", "f", "n"),
    "s": ("a", "8", "e", "B"),
    "t": ("l", "f", "i", "I"),
    "u": ("n", "ii", "a"),
    "w": ("vv", "w", "iv"),
    "y": ("v", "j", "t"),
}
# Capitals of big worn type, and what OCR reads them as.
CAPS_GARBLE = {
    "A": ("&", "\\", "4", "X"),
    "B": ("R", "8", "E"),
    "C": ("G", "(", "O"),
    "D": ("I)", "O", "B"),
    "E": ("K", "F", "B", "L"),
    "F": ("P", "E"),
    "G": ("C", "O", "6"),
    "H": ("II", "Il", "K"),
    "I": ("l", "1", "T"),
    "L": ("I", "1"),
    "M": ("IM", "N", "W"),
    "N": ("X", "K", "H"),
    "O": ("(", "0", "C", "Q"),
    "P": ("F", "R"),
    "R": ("K", "B", "It"),
    "S": ("$", "8", "5"),
    "T": ("I", "Y", "1"),
    "U": ("II", "V", "O"),
    "W": ("^f", "VV", "V"),
    "Y": ("V", "T"),
}
# Specks and blots OCR reads as marks inside a word ("uf’", "iiioj.Ueil").
SPECKS = ".,’-:;1"
JUNK_CHARS = "ijlI1!|'.,:;-~^*%°()[]{}tfrn"
