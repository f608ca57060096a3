"""Dutch speech-verb lexicon for quote attribution (data only, plus two small lookups).

Verbs are matched on lemma when the pipeline has a lemmatizer and on surface form otherwise (the
lemmatizer is imperfect, so both are always tried). Each entry of ``_VERBS`` lists a lemma and its
common forms: stem, present (-t, -en), past singular/plural and participle. Separable verbs
("toevoegen": "voegde ... daaraan toe") are listed as particle + base verb; their joined forms
("toevoegde", "toegevoegd") are generated.
"""

from __future__ import annotations

# lemma: forms (stem, 3sg, plural/infinitive, past sg, past pl, participle, extra...)
_VERBS: dict[str, str] = {
    "zeggen": "zeg zegt zeggen zei zeiden zeide zegde zegden gezegd",
    # manner-of-speaking verbs: "'…', sust Winsemius", "Wilders beschimpt hem als '…'"
    "beschimpen": "beschimp beschimpte beschimpten beschimpen beschimpt",
    "sussen": "sus sust sussen suste susten gesust",
    "hekelen": "hekel hekelt hekelen hekelde hekelden gehekeld",
    "smalen": "smaal smaalt smalen smaalde smaalden gesmaald",
    "schamperen": "schamper schampert schamperen schamperde schamperden geschamperd",
    "foeteren": "foeter foetert foeteren foeterde foeterden gefoeterd",
    "mopperen": "mopper moppert mopperen mopperde mopperden gemopperd",
    "sneren": "sneer sneert sneren sneerde sneerden gesneerd",
    "pochen": "poch pocht pochen pochte pochten gepocht",
    "bulderen": "bulder buldert bulderen bulderde bulderden gebulderd",
    "briesen": "briest briesen brieste briesten",
    "snauwen": "snauw snauwt snauwen snauwde snauwden gesnauwd",
    "stamelen": "stamel stamelt stamelen stamelde stamelden gestameld",
    "kraaien": "kraai kraait kraaien kraaide kraaiden gekraaid",
    # verbs that label what someone else does: "Di Maio beschuldigt instellingen van 'inmenging'"
    "beschuldigen": "beschuldig beschuldigt beschuldigen beschuldigde beschuldigden beschuldigd",
    "bekritiseren": "bekritiseer bekritiseert bekritiseren bekritiseerde bekritiseerden bekritiseerd",
    "kwalificeren": "kwalificeer kwalificeert kwalificeren kwalificeerde kwalificeerden gekwalificeerd",
    "karakteriseren": "karakteriseer karakteriseert karakteriseren karakteriseerde karakteriseerden gekarakteriseerd",
    "betitelen": "betitel betitelt betitelen betitelde betitelden betiteld",
    "claimen": "claim claimt claimen claimde claimden geclaimd",
    "zweren": "zweer zweert zweren zwoer zwoeren gezworen",
    "vertellen": "vertel vertelt vertellen vertelde vertelden verteld",
    "verklaren": "verklaar verklaart verklaren verklaarde verklaarden verklaard",
    "stellen": "stel stelt stellen stelde stelden gesteld",
    "melden": "meld meldt melden meldde meldden gemeld",
    "benadrukken": "benadruk benadrukt benadrukken benadrukte benadrukten",
    "onderstrepen": "onderstreep onderstreept onderstrepen onderstreepte onderstreepten",
    "waarschuwen": "waarschuw waarschuwt waarschuwen waarschuwde waarschuwden gewaarschuwd",
    "manen": "maan maant maande gemaand",  # not "maanden" or "manen": also plural nouns (months, manes)
    "vermanen": "vermaan vermaant vermanen vermaande vermaanden vermaand",
    "reageren": "reageer reageert reageren reageerde reageerden gereageerd",
    "schrijven": "schrijf schrijft schrijven schreef schreven geschreven",
    "twitteren": "twitter twittert twitteren twitterde twitterden getwitterd",
    "tweeten": "tweet tweette tweetten getweet getweet",
    "concluderen": "concludeer concludeert concluderen concludeerde concludeerden geconcludeerd",
    "antwoorden": "antwoord antwoordt antwoorden antwoordde antwoordden geantwoord",
    "beantwoorden": "beantwoord beantwoordt beantwoordde",
    "vragen": "vraag vraagt vragen vroeg vroegen gevraagd",
    "roepen": "roep roept roepen riep riepen geroepen",
    "lachen": "lach lacht lachen lachte lachten gelachen",
    "grappen": "grap grapt grappen grapte grapten gegrapt",
    "zuchten": "zucht zuchten zuchtte zuchtten gezucht",
    "verzuchten": "verzucht verzuchten verzuchtte verzuchtten",
    "erkennen": "erken erkent erkennen erkende erkenden erkend",
    "bevestigen": "bevestig bevestigt bevestigen bevestigde bevestigden bevestigd",
    "ontkennen": "ontken ontkent ontkennen ontkende ontkenden ontkend",
    "beweren": "beweer beweert beweren beweerde beweerden beweerd",
    "betogen": "betoog betoogt betogen betoogde betoogden betoogd",
    "verzekeren": "verzeker verzekert verzekeren verzekerde verzekerden verzekerd",
    "herhalen": "herhaal herhaalt herhalen herhaalde herhaalden herhaald",
    "klagen": "klaag klaagt klagen klaagde klaagden geklaagd",
    "beklagen": "beklaag beklaagt beklagen beklaagde beklaagden beklaagd",
    "opperen": "opper oppert opperen opperde opperden geopperd",
    "suggereren": "suggereer suggereert suggereren suggereerde suggereerden gesuggereerd",
    "menen": "meen meent menen meende meenden gemeend",
    "beloven": "beloof belooft beloven beloofde beloofden beloofd",
    "eisen": "eis eist eisen eiste eisten geëist",
    "pleiten": "pleit pleiten pleitte pleitten gepleit",
    "constateren": "constateer constateert constateren constateerde constateerden geconstateerd",
    "verkondigen": "verkondig verkondigt verkondigen verkondigde verkondigden verkondigd",
    "rapporteren": "rapporteer rapporteert rapporteren rapporteerde rapporteerden gerapporteerd",
    "schetsen": "schets schetst schetsen schetste schetsten geschetst",
    "zingen": "zing zingt zingen zong zongen gezongen",
    "motiveren": "motiveer motiveert motiveren motiveerde motiveerden gemotiveerd",
    "declameren": "declameer declameert declameren declameerde declameerden gedeclameerd",
    "scanderen": "scandeer scandeert scanderen scandeerde scandeerden gescandeerd",
    "fluisteren": "fluister fluistert fluisteren fluisterde fluisterden gefluisterd",
    "schreeuwen": "schreeuw schreeuwt schreeuwen schreeuwde schreeuwden geschreeuwd",
    # only the forms that continue a quote ("…', vervolgt Slagter"); "vervolgd" is prosecution
    "vervolgen": "vervolgt vervolgde vervolgden",
    "jubelen": "jubel jubelt jubelen jubelde jubelden gejubeld",
    "juichen": "juich juicht juichen juichte juichten gejuicht",
    "echoën": "echo echoot echoën echode echoden geëchood",
    "mompelen": "mompel mompelt mompelen mompelde mompelden gemompeld",
    "bekennen": "beken bekent bekennen bekende bekenden bekend",
    "onthullen": "onthul onthult onthullen onthulde onthulden onthuld",
    "beamen": "beaam beaamt beamen beaamde beaamden beaamd",
    "nuanceren": "nuanceer nuanceert nuanceren nuanceerde nuanceerden genuanceerd",
    "relativeren": "relativeer relativeert relativeren relativeerde relativeerden gerelativeerd",
    "preciseren": "preciseer preciseert preciseren preciseerde preciseerden gepreciseerd",
    "verduidelijken": "verduidelijk verduidelijkt verduidelijken verduidelijkte verduidelijkten",
    "vinden": "vind vindt vinden vond vonden gevonden",
    "denken": "denk denkt denken dacht dachten gedacht",
    "verwachten": "verwacht verwachten verwachtte verwachtten",
    "voorspellen": "voorspel voorspelt voorspellen voorspelde voorspelden voorspeld",
    "noemen": "noem noemt noemen noemde noemden genoemd",
    "omschrijven": "omschrijf omschrijft omschrijven omschreef omschreven",
    "typeren": "typeer typeert typeren typeerde typeerden getypeerd",
    "bestempelen": "bestempel bestempelt bestempelen bestempelde bestempelden bestempeld",
    "spreken": "spreek spreekt spreken sprak spraken gesproken",
    "reppen": "rept reppen repte repten gerept",  # "Wiebes repte van 'een verstandige' heffing"
    # how something is put or answered: "'…', verwoordt een ingewijde", "'…', countert zijn vrouw"
    "verwoorden": "verwoord verwoordt verwoorden verwoordde verwoordden",
    "repliceren": "repliceer repliceert repliceren repliceerde repliceerden gerepliceerd",
    "counteren": "counter countert counteren counterde counterden gecounterd",
    "pareren": "pareer pareert pareren pareerde pareerden gepareerd",
    "beklemtonen": "beklemtoon beklemtoont beklemtonen beklemtoonde beklemtoonden",
    "grinniken": "grinnik grinnikt grinniken grinnikte grinnikten gegrinnikt",
    "gniffelen": "gniffel gniffelt gniffelen gniffelde gniffelden gegniffeld",
    "giechelen": "giechel giechelt giechelen giechelde giechelden gegiecheld",
    "grijnzen": "grijnst grijnzen grijnsde grijnsden gegrijnsd",
    "glunderen": "glundert glunderen glunderde glunderden geglunderd",
    "brullen": "brul brult brullen brulde brulden gebruld",
    "krijsen": "krijst krijsen krijste krijsten gekrijst",
    "snikken": "snikt snikken snikte snikten gesnikt",
    "brommen": "bromt brommen bromde bromden gebromd",
    "jammeren": "jammer jammert jammeren jammerde jammerden gejammerd",
    "snoeven": "snoeft snoeven snoefde snoefden gesnoefd",
    "tieren": "tiert tieren tierde tierden getierd",
    "stotteren": "stotter stottert stotteren stotterde stotterden gestotterd",
    "vertrouwen": "vertrouw vertrouwt vertrouwde vertrouwden",
    "hopen": "hoop hoopt hopen hoopte hoopten gehoopt",
    "posten": "post postte postten gepost",
    "bezweren": "bezweer bezweert bezweren bezwoer bezwoeren bezworen",
    "besluiten": "besluit besluiten besloot besloten",
    "bepalen": "bepaal bepaalt bepalen bepaalde bepaalden bepaald",
    "oordelen": "oordeel oordeelt oordelen oordeelde oordeelden geoordeeld",
    "vrezen": "vrees vreest vrezen vreesde vreesden gevreesd",
    "wijzen": "wijs wijst wijzen wees gewezen",
    "verwijten": "verwijt verwijten verweet verweten",
    "citeren": "citeer citeert citeren citeerde citeerden geciteerd",
    "adviseren": "adviseer adviseert adviseren adviseerde adviseerden geadviseerd",
    "somberen": "sombert somberen somberde somberden gesomberd",
    "luiden": "luidt luidde",
    "klinken": "klinkt klonk",
}

# Separable verbs: lemma -> (particle, base verb lemma). The base may or may not be a speech verb itself.
SEPARABLE: dict[str, tuple[str, str]] = {
    "toevoegen": ("toe", "voegen"),
    "aangeven": ("aan", "geven"),
    "uitleggen": ("uit", "leggen"),
    "meedelen": ("mee", "delen"),
    "mededelen": ("mede", "delen"),
    "laten weten": ("weten", "laten"),
    "afvragen": ("af", "vragen"),
    "opmerken": ("op", "merken"),
    "oproepen": ("op", "roepen"),
    "uitroepen": ("uit", "roepen"),
    "vaststellen": ("vast", "stellen"),
    "toegeven": ("toe", "geven"),
    "aanvullen": ("aan", "vullen"),
    "toezeggen": ("toe", "zeggen"),
    "aanvoeren": ("aan", "voeren"),
    "aankondigen": ("aan", "kondigen"),
    "toelichten": ("toe", "lichten"),
    "uitspreken": ("uit", "spreken"),
    "aanhalen": ("aan", "halen"),
    "tegenwerpen": ("tegen", "werpen"),
    "volhouden": ("vol", "houden"),
    "bekendmaken": ("bekend", "maken"),
    "opschrijven": ("op", "schrijven"),
    "terugblikken": ("terug", "blikken"),
    "vooropstellen": ("voorop", "stellen"),
    "uitweiden": ("uit", "weiden"),
    "opbiechten": ("op", "biechten"),
    "inbrengen": ("in", "brengen"),
    "uiteenzetten": ("uiteen", "zetten"),
    "vastleggen": ("vast", "leggen"),
    "erop wijzen": ("erop", "wijzen"),
    "meegeven": ("mee", "geven"),  # ",,U bent geen robot'', geeft hij de rechters mee"
    "uitvaren": ("uit", "varen"),  # "'Dat is heel ernstig', vaart socioloog Sánchez-Cuenca uit"
}

# Forms of base verbs that are only speech verbs with their particle.
_BASES: dict[str, str] = {
    "voegen": "voeg voegt voegen voegde voegden gevoegd",
    "geven": "geef geeft geven gaf gaven gegeven",
    "leggen": "leg legt leggen legde legden gelegd",
    "delen": "deel deelt delen deelde deelden gedeeld",
    "laten": "laat laten liet lieten gelaten",
    "merken": "merk merkt merken merkte merkten gemerkt",
    "vullen": "vul vult vullen vulde vulden gevuld",
    "voeren": "voer voert voeren voerde voerden gevoerd",
    "kondigen": "kondig kondigt kondigen kondigde kondigden gekondigd",
    "lichten": "licht lichten lichtte lichtten gelicht",
    "halen": "haal haalt halen haalde haalden gehaald",
    "werpen": "werp werpt werpen wierp wierpen geworpen",
    "houden": "houd houdt houden hield hielden gehouden",
    "maken": "maak maakt maken maakte maakten gemaakt",
    "blikken": "blik blikt blikken blikte blikten geblikt",
    "weiden": "weid weidt weiden weidde weidden geweid",
    "biechten": "biecht biechten biechtte biechtten gebiecht",
    "brengen": "breng brengt brengen bracht brachten gebracht",
    "zetten": "zet zetten zette zetten gezet",
    "varen": "vaart varen voer voeren gevaren",
}

# Words that introduce a speaker without a verb: "…, aldus X", "volgens X …".
CUE_WORDS = frozenset({"aldus", "volgens"})
# "…, zo zegt X": a filler before the verb after a quote.
FILLERS = frozenset({"zo", "dan", "nu", "ook", "nog", "toen", "later", "daarna", "vervolgens", "tenslotte", "ten", "slotte"})
# Verbs that report what someone thinks or wants rather than says: indirect speech only.
INDIRECT_ONLY = frozenset({"vinden", "denken", "verwachten", "hopen", "vrezen", "vertrouwen", "besluiten", "bepalen", "wijzen"})
# Verbs that report speech, belief or findings only with a content clause ("wil dat …", "schat dat …",
# ", weet X"); they are cues for indirect speech alone, never for attributing quoted words, because their
# bare uses ("wil naar huis", "zag de auto") are far more common. lemma -> (forms, clause kinds they take:
# "dat" for a dat-clause, "te" for a te-infinitive, "comma" for "<clause>, <verb> X").
REPORTING: dict[str, tuple[str, frozenset[str]]] = {
    "willen": ("wil wilt willen wilde wilden wou", frozenset({"dat"})),
    "weten": ("weet weten wist wisten", frozenset({"comma"})),
    "geloven": ("gelooft geloven geloofde geloofden", frozenset({"dat", "comma"})),
    "schatten": ("schat schatten schatte schatten", frozenset({"dat", "te", "comma"})),
    "vermoeden": ("vermoedt vermoeden vermoedde vermoedden", frozenset({"dat", "te", "comma"})),
    "ontdekken": ("ontdekt ontdekken ontdekte ontdekten", frozenset({"dat", "comma"})),
    "dreigen": ("dreigt dreigen dreigde dreigden", frozenset({"dat"})),
    "rekenen": ("rekent rekenen rekende rekenden", frozenset({"dat"})),  # "rekent erop dat"
}
# Verbs that attribute quoted words only right after them: "'…', weet Ruijs", "'…', geeft de politie als
# reactie", "'…', herinnert een politicus zich". Anywhere else they are far more often no speech at all
# ("weet niet", "geeft geld").
AFTER_QUOTE: dict[str, str] = {f: lemma for lemma, forms in {
    "weten": "weet weten wist wisten",
    "geven": "geeft geven gaf gaven",
    "herinneren": "herinnert herinneren herinnerde herinnerden",  # "'…', herinnert een politicus zich"
    "proberen": "probeert proberen probeerde probeerden",  # "'…', probeerde ik nog"
}.items() for f in forms.split()}
REPORTING_FORMS: dict[str, str] = {f: lemma for lemma, (forms, _) in REPORTING.items() for f in forms.split()}
# Verbs whose subject is usually an expletive "het" ("…, klinkt het", "luidt het"): no speaker from the subject.
EXPLETIVE = frozenset({"luiden", "klinken"})


# Forms that are also common nouns or adjectives ("een vraag", "het stel", "bekend", "gesteld op"):
# counted as cues only when not tagged/used as a noun or adjective.
AMBIGUOUS = frozenset(
    "vraag vragen antwoord antwoorden stel eis eisen lach lachen grap grappen zucht roep klaag hoop besluit "
    "oordeel oordelen post melding bekend verwacht gesteld genoemd gezegd bericht belofte beloofd wijs wijzen "
    "echo meld schets schetsen dreig pleit verklaard erkend bevestigd verzekerd toegevoegd spreken geschreven "
    "voorspeld gemeld vertrouwd vond vinden denken stellen zingen noemen betoog tweet uitleg voorspel zang "
    "verzekerd claim".split()
)


def _build() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    surface: dict[str, str] = {}
    for lemma, forms in _VERBS.items():
        surface[lemma] = lemma
        for form in forms.split():
            surface.setdefault(form, lemma)
    base_forms: dict[str, str] = {}
    for base, forms in _BASES.items():
        base_forms[base] = base
        for form in forms.split():
            base_forms.setdefault(form, base)
    for lemma in list(_VERBS):
        for form in _VERBS[lemma].split() + [lemma]:
            base_forms.setdefault(form, lemma)
    joined: dict[str, str] = {}
    for lemma, (particle, base) in SEPARABLE.items():
        if " " in lemma:
            continue
        forms = (_BASES.get(base) or _VERBS.get(base, "")).split() + [base]
        for form in forms:
            joined[particle + form] = lemma
            if form.startswith("ge") and form not in (base,):
                joined[particle + form] = lemma
    return surface, base_forms, joined


SURFACE: dict[str, str]
BASE_FORMS: dict[str, str]
JOINED: dict[str, str]
SURFACE, BASE_FORMS, JOINED = _build()
SPEECH_LEMMAS = frozenset(_VERBS) | frozenset(SEPARABLE)
# participles that do not start with ge- ("verklaard", "bevestigd", "toegevoegd")
PARTICIPLES = frozenset(
    f for forms in list(_VERBS.values()) for f in forms.split()
    if f.endswith(("d", "t")) and not f.startswith("ge") and f == forms.split()[-1] and len(forms.split()) >= 5
) | frozenset(f for f in JOINED if "ge" in f[2:6])
# particle -> lemmas of separable verbs with that particle, by base lemma
PARTICLES: dict[str, dict[str, str]] = {}
for _lemma, (_particle, _base) in SEPARABLE.items():
    PARTICLES.setdefault(_base, {})[_particle] = _lemma


def speech_lemma(word: str, lemma: str | None = None) -> str | None:
    """The speech-verb lemma of a (non-separated) word form, or None."""
    low = word.lower()
    if lemma:
        lem = lemma.lower()
        if lem in SPEECH_LEMMAS and lem not in _BASES:
            return lem
    if low in SURFACE:
        return SURFACE[low]
    if low in JOINED:
        return JOINED[low]
    return None


def base_lemma(word: str, lemma: str | None = None) -> str | None:
    """The lemma of a word form that can be the finite part of a separable speech verb, or None."""
    low = word.lower()
    if lemma and lemma.lower() in PARTICLES:
        return lemma.lower()
    found = BASE_FORMS.get(low)
    return found if found in PARTICLES else None


# objects that make a speech verb a set phrase saying nothing: "eiste zijn tol", "eiste drie levens", "vraagt veel
# geduld"
IDIOM_OBJECTS = {
    "eisen": frozenset("tol leven levens mensenlevens slachtoffer slachtoffers doden".split()),
    "vragen": frozenset("geduld moeite energie inzet investeringen".split()),
}
