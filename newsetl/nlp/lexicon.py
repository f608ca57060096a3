"""Words that tell people and organisations apart: role nouns and titles ("de minister", "premier May"),
relatives ("de vriendin van …"), and organisation kinds ("het bedrijf", "de bond"), with the predicates the
name and speaker rules use (``names``, ``speakers``)."""

from __future__ import annotations

from spacy.tokens import Token

from newsetl.nlp import speech_verbs as sv
from newsetl.nlp.attribution import NAME_PARTICLES, ROLE_STOP, DocView, _is_cap, _is_word
from newsetl.nlp.first_names import is_first_name

# Nouns for a news medium: "de krant" refers back to the paper named before (The New York Times).
MEDIA_NOUNS = frozenset(
    "krant dagblad weekblad blad tijdschrift zender omroep nieuwszender nieuwssite website site persbureau "
    "nieuwsdienst nieuwsbrief".split()
)


# a noun right before a name that makes it the title of a work: "de serie Judas", "het boek Judas"
WORK_NOUNS = frozenset("serie boek roman film documentaire programma musical album single voorstelling "
                       "podcast app".split())


# Generic organisation nouns that refer back to the organisation named before ("het bedrijf" -> Shell).
# "de gemeente", "de politie", "het OM" are names themselves and stay as they are.
ORG_NOUNS = ("bedrijf", "onderneming", "vakbond", "bond", "partij", "club", "organisatie", "stichting",
              "vereniging", "ministerie", "dienst", "fractie")


# nouns that may refer to an organisation whose kind its name does not tell ("Lega", "Ajax", "Shell")
# ("de dienst": the AIVD; "de fractie": a local party the NER took for a person, "LokaalHengelo")
ORG_OPEN = frozenset("bedrijf onderneming bond partij club organisatie dienst fractie".split())


ORG_FITS = {
    "bedrijf": ("onderneming",), "onderneming": ("bedrijf",), "bond": ("vakbond",), "vakbond": ("bond",),
    "organisatie": ("stichting", "vereniging", "bond", "vakbond"),
    "club": ("vereniging",), "vereniging": ("club",), "fractie": ("partij",),
}


# a telling word in an organisation's name gives its kind
ORG_KIND_WORDS = (
    ("ministerie", "ministerie"), ("vakbond", "vakbond"), ("partij", "partij"), ("stichting", "stichting"),
    ("vereniging", "vereniging"), ("bond", "bond"), ("club", "club"), ("bedrijf", "bedrijf"),
)


PARTIES = frozenset("vvd cda d66 pvda sp groenlinks pvv christenunie sgp pvdd denk 50plus fvd ja21 volt bbb".split()) \
    | {"forum voor democratie", "partij voor de dieren"}
# the same parties (and the unions) as they are written, for the entity rules: "Denk" and "Volt" opening a
# sentence may be the verb or the unit, "DENK" is the party
BODIES_AS_WRITTEN = frozenset(
    "VVD CDA D66 PvdA SP GroenLinks PVV ChristenUnie SGP PvdD DENK 50PLUS 50Plus FvD JA21 BBB FNV CNV VCP".split()
) | {"Forum voor Democratie", "Partij voor de Dieren", "Partij van de Arbeid"}


UNIONS = frozenset("fnv cnv vcp".split())


MINISTRIES = frozenset("defensie justitie financiën vws ocw ezk lnv bzk szw".split()) \
    | {"buitenlandse zaken", "binnenlandse zaken", "justitie en veiligheid", "sociale zaken"}


# public bodies: never "het bedrijf", "de partij", "de club" ...
PUBLIC = ("gemeente", "politie", "provincie", "rechtbank", "kabinet", "kamer", "om", "openbaar ministerie",
           "europese commissie", "europese unie", "eu", "navo", "vn", "regering", "raad", "hof")


# genre labels and bylines glued before a name in flattened text ("… optimisme is.' Interview Hisyar Özsoy")
GENRE_LABELS = frozenset("interview column reportage analyse commentaar opinie achtergrond portret recensie "
                         "verslag foto tekst beeld illustratie door".split())


# words before a name that give its kind ("gemeente Utrecht", "vakbond FNV", "partij Lega")
KIND_PREFIXES = frozenset("gemeente provincie ministerie vakbond bond partij club stichting vereniging bedrijf".split())


# heads of compounds that name a kind of company: "sportwinkelketen", "energiebedrijf", "autofabrikant"
COMPANY_HEADS = ("keten", "bedrijf", "concern", "fabrikant", "producent", "winkel", "bank", "maatschappij",
                  "vervoerder", "retailer", "supermarkt", "uitgeverij", "omroep", "verzekeraar", "webwinkel",
                  "zender", "multinational", "gigant", "platform")


# last words that make a name an organisation ("I&O Research", "Willem van Oranje Scholengroep")
ORG_HEADS = frozenset(
    "research group groep scholengroep instituut institute institution universiteit university ziekenhuis "
    "gasthuis college hogeschool holding partners media bank fonds foundation stichting vereniging bond "
    "council raad commissie ministerie agency bureau company corporation inc bv nv ltd gmbh "
    "cosmetics records entertainment pictures studios airlines motors foods brands labs technologies systems "
    "solutions capital ventures pharma".split()
)


def org_name(name: str) -> bool:
    """ "I&O Research", "Willem van Oranje Scholengroep", "VNO-NCW", "MKB-Nederland": no person's name."""
    words = name.split()
    acronym = any(len(part) >= 2 and part.isalpha() and part.isupper() for part in name.replace("-", " ").split())
    return "&" in name or acronym or (len(words) >= 2 and words[-1].lower().strip(".") in ORG_HEADS)


# heads of compounds that name an institution: "behandelcentrum Idris", "zorginstelling Philadelphia"
INSTITUTION_HEADS = ("centrum", "instelling", "kliniek", "ziekenhuis", "instituut", "school", "universiteit", "academie", "museum")


def org_word(low: str) -> bool:
    return low.isalpha() and low.endswith(COMPANY_HEADS + INSTITUTION_HEADS)


def org_noun(rest: str) -> str | None:
    """The organisation noun heading a phrase after its article: "bedrijf", "Amerikaanse bedrijf",
    "energiebedrijf" -> "bedrijf"; None for anything else ("partij van Wilders", "gemeente")."""
    words = rest.split()
    if not words or any(not w.isalpha() for w in words) or len(words) > 3 or not words[-1].islower():
        return None
    head = words[-1]
    if any(not w.endswith("e") for w in words[:-1]):
        return None  # adjectives only before the head ("het Amerikaanse bedrijf")
    for noun in ORG_NOUNS:
        if head == noun or (head.endswith(noun) and len(head) >= len(noun) + 3 and noun != "bond"):
            return "vakbond" if head == "vakbond" else noun
    return None


def org_kind(name: str) -> str | None:
    low = name.lower()
    if low in PARTIES:
        return "partij"
    if low in UNIONS:
        return "vakbond"
    if low in MINISTRIES:
        return "ministerie"
    if low in PUBLIC or low.split()[0] in PUBLIC:
        return "public"
    for word, kind in ORG_KIND_WORDS:
        if word in low:
            return kind
    return None


# Endings of plural nouns for people ("aanhangers", "veroordeelden", "deskundigen", "leerlingen", "Kamerleden").
HUMAN_PLURAL = ("ers", "aars", "eurs", "isten", "anten", "enten", "leden", "genoten", "lingen", "anen", "ieken",
                 "ologen", "kundigen", "mensen", "ouders", "eelden", "vrienden", "vijanden", "ici", "ianen", "kinderen", "vrouwen",
                 "mannen", "fans", "agenten", "artsen", "boeren", "jongeren", "ouderen", "leraren", "ambtenaren")


# "Tweede Kamerlid", "Eerste Kamerlid", "Oud-premier": words that open a role, never a name
ORDINALS = frozenset("eerste tweede derde oud ex voormalig voormalige".split())


ROLE_HINTS = frozenset(
    "minister premier president burgemeester wethouder woordvoerder woordvoerster directeur voorzitter "
    "socioloog advocaat rechter officier hoogleraar onderzoeker deskundige expert topman topvrouw ceo "
    "docent leraar lerares inspecteur rector decaan "
    "trainer coach leider commandant generaal politicus senator kamerlid fractievoorzitter staatssecretaris "
    "kanselier koning koningin prins prinses paus bisschop pastoor dominee imam columnist columniste schrijver "
    "schrijfster journalist econoom psycholoog historicus politiechef korpschef agent arts dokter chirurg "
    "bestuurder bestuursvoorzitter voorman voorvrouw oprichter eigenaar bewoner jurist wetenschapper "
    "analist diplomaat ambassadeur gouverneur vicepremier zanger zangeres acteur actrice regisseur "
    "bondscoach aanvoerder spits keeper doelman manager secretaris bestuurssecretaris topambtenaar "
    "lijsttrekker partijleider statenlid raadslid gedeputeerde".split()
)


# titles that only ever stand before a person's name ("premier May", not "woordvoerder Defensie")
TITLES = frozenset({"premier", "president", "minister", "staatssecretaris", "burgemeester", "wethouder",
                     "kamerlid", "senator", "koning", "koningin", "prins", "prinses", "paus", "kanselier",
                     "bondskanselier", "ex-premier", "oud-premier", "vicepremier", "generaal", "dokter", "meneer",
                     "mevrouw"})


ROLE_SUFFIXES = ("burgemeester", "wethouder", "informateur", "minister", "president", "voorzitter", "woordvoerder", "woordvoerster", "directeur",
                  "leider", "chef", "man", "vrouw", "coach", "trainer", "secretaris", "commissaris", "loog", "icus",
                  "kundige", "lid", "deskundige", "ist", "rechter", "advocaat", "hoogleraar", "officier", "econoom",
                  "onderzoeker", "bestuurder", "manager", "loge", "agent")  # "sociologe", "psychologe"


ROLE_ENDINGS = ("burgemeester", "wethouder", "minister", "president", "voorzitter", "woordvoerder", "woordvoerster",
                 "directeur", "leider", "secretaris", "commissaris", "kamerlid", "statenlid", "raadslid")


POSSESSIVES = frozenset("mijn m'n zijn z'n haar hun onze ons jullie uw je".split())
# the writer's own: "mijn moeder" in a column is "de moeder van" the article's author
MY = frozenset({"mijn", "m'n"})


def role_only(token: Token) -> bool:
    """A word that can open a role but never be a name: "Tweede", "Kamerlid", "Oud-premier"."""
    low = token.lower_
    # only the unmistakable role endings: "-man", "-vrouw", "-chef" also end surnames (Hoffman, Kaufman)
    return low in ORDINALS or low in ROLE_HINTS or low.split("-")[-1] in ROLE_HINTS or (
        low.endswith(ROLE_ENDINGS) and not is_first_name(token.text))


def role_suffix(word: str) -> bool:
    return any(word.endswith(s) and len(word) > len(s) + 1 for s in ROLE_SUFFIXES) or word in ROLE_HINTS


def role_noun(word: str) -> bool:
    """A lower-case noun naming a person by role: "minister", "CDA-vrouw", "woordvoerster"."""
    return word in ROLE_HINTS or role_suffix(word)


KIN = frozenset({
    "vriend", "vriendin", "vader", "moeder", "zoon", "dochter", "broer", "zus", "zuster", "oom", "tante", "neef",
    "nicht", "opa", "oma", "echtgenoot", "echtgenote", "partner", "weduwe", "weduwnaar", "buurman", "buurvrouw",
    "collega", "kind", "kinderen", "ouders", "familie",
})


def person_noun(word: str) -> bool:
    """A role or a relative: someone described through another person ("de vriendin van Ome Ed")."""
    return word in KIN or role_noun(word)


def role_word(token: Token, view: DocView) -> bool:
    low = token.lower_
    if not _is_word(token) or low in ROLE_STOP or low in NAME_PARTICLES:
        return False
    if sv.speech_lemma(token.text, view.lemma(token)) or sv.base_lemma(token.text):
        return False
    if view.has_pos and token.pos_ not in ("NOUN", "PROPN", "X"):
        return low in ROLE_HINTS or role_suffix(low)
    if _is_cap(token):
        return low in ROLE_HINTS or role_suffix(low) or _where_from(token)
    return True


def _where_from(token: Token) -> bool:
    """"de Enschedeër Giovanni Imbrogiano", "de Amerikaan John Smith": where a person is from, capitalised, after
    an article (not a first name: "Walter Friedl")."""
    low = token.lower_
    return token.i > 0 and token.nbor(-1).lower_ in ("de", "het", "een") and not is_first_name(token.text) \
        and (demonym(token.text) or (agent_word(low) and low.endswith(("ër", "aar", "er"))))


# roles that bring a new person into a story: "de woordvoerder" is rarely the person just quoted
NEWCOMER_ROLES = frozenset("woordvoerder woordvoerster zegsman zegsvrouw rechter officier advocaat advocate "
                           "aanklager agent politieman politievrouw getuige arts dokter strafpleiter raadsman "
                           "raadsvrouw verdediger verdachte".split())
# kind words that are part of a body's name: "de politie Drenthe", "de gemeente Eindhoven"
OFFICIAL_KINDS = frozenset("politie brandweer gemeente provincie waterschap rechtbank gerechtshof hof kantongerecht "
                            "parket universiteit ministerie hogeschool veiligheidsregio".split())
# nouns for a person that no role or agent ending tells
# a noun right before a name that says the person's sex: "haar ex-man Jackson Musoni", "mevrouw Borgmeijer"
MALE_WORDS = frozenset("man ex-man echtgenoot ex-echtgenoot vader zoon broer opa grootvader oom weduwnaar meneer heer "
                       "vriend ex-vriend buurman koning prins".split())
FEMALE_WORDS = frozenset("vrouw ex-vrouw echtgenote ex-echtgenote moeder dochter zus zuster oma grootmoeder tante "
                         "weduwe mevrouw vriendin ex-vriendin buurvrouw koningin prinses actrice zangeres "
                         "woordvoerster presentatrice schrijfster lerares studente".split())
PERSON_WORDS = frozenset("man vrouw dame heer jongen meisje jongeman student studente leerling kind "
                         "moeder vader".split())
# words in -er that name no person
NOT_AGENTS = frozenset("nummer polder kader water winter zomer meter kilometer computer cluster ander "
                       "oktober november december september humeur interieur exterieur".split())
# any kind of spokesperson: "de partijwoordvoerder", "de AAGG-woordvoerder"
NEWCOMER_ENDINGS = ("woordvoerder", "woordvoerster")
FEMALE_ENDINGS = ("vrouw", "ster", "es", "euse", "ice", "in")


def demonym(word: str) -> bool:
    """"Engelse", "Putse", "Amerikaan", "Chinees": where a person is from, written with a capital, as a noun
    ("benadrukt de Engelse"). Female forms end in -se."""
    return word[:1].isupper() and len(word) >= 5 and word.lower().endswith(("se", "aan", "ees")) \
        and not word.lower().endswith(("ese", "ase"))


def epithet_noun(word: str) -> bool:
    """A noun that can stand for a person named before: a role, or an agent noun ("de uitvinder", "de
    Enschedeër", "zijn partijgenote")."""
    return role_noun(word) or agent_word(word)


def agent_word(word: str) -> bool:
    """"uitvinder", "partijgenote", "Enschedeër": a person by what they do or where they are from."""
    return len(word) >= 6 and word.endswith(("er", "aar", "ër", "eur", "genoot", "genote")) and word not in NOT_AGENTS


# female forms of role words and the male form a role attached to a name may have been written in ("socioloog
# Tanja Traag … de sociologe")
_FEMALE_FORMS = (("loge", "loog"), ("iste", "ist"), ("trice", "teur"), ("euse", "eur"), ("ares", "aar"),
                 ("voerster", "voerder"), ("zitster", "zitter"), ("ate", "aat"))


def male_form(role: str) -> str:
    """"sociologe" -> "socioloog", "woordvoerster" -> "woordvoerder"; other words as they are."""
    for female, male in _FEMALE_FORMS:
        if role.endswith(female) and len(role) > len(female) + 2:
            return role[: -len(female)] + male
    return role


def same_office(longer: str, shorter: str) -> bool:
    """"Ajax-trainer" is a "trainer", but a "vicepresident" is no "president", nor an "oud-premier" the premier."""
    prefix = longer[: len(longer) - len(shorter)].rstrip("-")
    return prefix not in ("vice", "oud", "ex", "onder", "adjunct", "staats", "voormalig", "plaatsvervangend")


def title_of(role: str) -> str | None:
    """The office a role word names: "oud-premier" -> "premier", "wethouder" -> "wethouder"; None if none."""
    return next((t for t in TITLES if role == t or (role.endswith(("-" + t, t)) and len(t) >= 6)), None)


# nouns for a group that "ze" can point back to: "een groep van negentien Molukse jongeren"
COLLECTIVES = frozenset("groep aantal tiental tientallen honderdtal paar meerderheid minderheid deel helft "
                        "handvol delegatie".split())


# what someone said, wrote or counted: "volgens de halsstarrige houding van Europa", "volgens schattingen van
# Rijkswaterstaat" speak for their owner (documents and studies are left as written: annotators keep those)
STATEMENT_NOUNS = ("houding", "standpunt", "verklaring", "verklaringen", "reactie", "uitspraak", "uitspraken",
                   "woorden", "tegenaanval", "gegevens", "cijfers", "berekening", "berekeningen", "schatting",
                   "schattingen", "prognose", "prognoses", "boodschap", "persbericht", "tweet")


def statement_noun(word: str) -> bool:
    """A noun (or a compound ending in one) for what someone said or counted: "satellietgegevens"."""
    return word.endswith(STATEMENT_NOUNS)
