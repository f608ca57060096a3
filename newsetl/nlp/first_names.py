"""Common first names by gender, for two speaker rules (see ``speakers``):

* gender agreement of a pronoun: "hij" does not refer to "Marijke Agterbosch", "zij" not to "Mark Rutte";
* name boundaries: a capitalised word glued before a first name is no part of the name ("Exploitant
  George ten Brummelhuis", "Ober Mirek", "in Washington Donald Trump").

The lists are hand-made and unambiguous (Dutch news: Dutch, Flemish and frequent international
names); a name missing here only means "gender unknown", never a wrong answer. Names used for both
genders (Robin, Sam, Chris, Jip, Lou, Eli) are in ``EITHER``: no gender, still a first name.
"""

from __future__ import annotations

MALE = frozenset("""
josé luis miguel pablo diego alejandro fernando javier rafael ricardo eduardo francisco andrés ángel raúl gerardo nicolás mauricio alberto enrique óscar jesús guillermo álvaro emilio gonzalo ignacio joaquín marcelo rodrigo anouar yusuf murat hakan nabil bilal dmitri aleksandr volodymyr
aad aart abdel abdul abraham achmed adam adil adriaan ahmed ahmet ad alain albert alex alexander alexandre alfred ali
alain ambrose andre andré andreas andrew andries angelo anton antonio anwar arend arie arjan arjen arnold arnout
arthur auke avichai ayoub barack bart bas ben benjamin benny berend bernard bert bill bob boris bram brecht bruno
carl carlos cees charles christiaan christian christophe claude cor cornelis daan daniel danny dave david
dennis dick diederik dirk dolf dominick donald douwe dries duncan edwin eelco egbert emmanuel emre enrico erdogan
erik ernst erwin esteban evert fabian felix ferdinand ferre floris frank frans fred freddy gerrit-jan gert-jan jan-willem klaas-jan frederik freek friso
frits gerard gerrit gert geert george gerben gijs giuseppe gordon gregory guido gustaaf halbe hans harm harry
hassan hein hendrik henk henri herman hidde hubert hugo ibrahim ivo jaap jacob jacques jair jake jamal james jan
jasper jean jeremy jeroen jesse jim joachim joe joep johan johannes john jonas joost jordan jorge jorrit jos
joseph josh jozef juan julian justin karel kasper kees kevin klaas koen kofi koos kristof lars laurens laurent
leo leon lionel lodewijk louis lubbert luc lucas ludo luigi luuk maarten mahmoud mahdi manuel marc marcel marco
mario mark marten martijn martin mathieu matteo matthijs maurice max maxime medy mehmet menno michael michel
michiel mike mirek mitch mohamed mohammed muhammad nick nico niels nigel nikolai olaf oliver onno oscar otto
paul pedro peter philip pieter piet pim quincy ralph ramon randy raymond reinier remco rené richard rick rob
robbert robert roberto rogier roland ronald roy ruben rudi rudolf rutger ruud sander sebastiaan sergej sergio
siem simon sjaak sjoerd stef stefan steven sven taco teun theo theodor thierry thijs thomas tim tobias tom
tommy tony ton tristan twan umberto vincent viktor vladimir walter wim willem william wopke wouter xavier
yuri yves zef ahmed arash ayman boudewijn emiel fons gijsbert hamid hendrik-jan herbert ivan jelle jeffrey jurgen karim khalid leendert marcus mustafa nelson omar rachid reza rinus said samir stijn sybrand thom wilfried wybren youssef zakaria
anco rinke adrie alwin arno arnoud bastiaan bennie casper corné dario dion edo eelke eppo ewout ferdi ferry gerolf
giel gilles govert hanno harold harrie henrik hessel huib huub igor ivar jaco jacco jelmer jesper jochem joris jorn
jurriaan kjeld lennart marius marnix merijn milan mitchell morris niek nils noud pepijn quinten ralf reinout remko
rien roel roelof ron sebastian siebe sietse sjors tijs tjeerd valentijn victor wessel wiebe wietse yorick zeger
emile etienne jules joël pierre françois francois nicolas olivier  kemal recep gerhard günther  jürgen
klaus wolfgang dmitry sergei leonid pavel ioannis giovanni
ed adri reinoud siegfried josep jordi oriol quim carles pere jaume lluís joaquim xavi
""".split())

FEMALE = frozenset("""
maría ana lucía carmen sofía elena khadija samira zeynep ayse elif
aafke agnes agnieszka aleida alexandra alice amalia amber amy angela angelique anita anja anke anna anne annegret
anneke annemarie annet annette ans antoinette astrid barbara beatrix bianca birgit boukje brenda bridget carla
carola caroline catharina catherine cecile charlotte chantal christine claudia connie cora corinne daphne debbie
diana dilan dolores dora edith elisabeth ella ellen els elsbeth else emma erica esther eva evelien fatima femke
floor francien frederique gerda greta hanneke hannah heleen helen helga hillary ilse ingrid inge irene iris
iraida isabel isabelle jacqueline jaqueline janneke jeanine jeannette jennifer jessica jet joke jolanda josephine
judith julia juliette karin kathleen katja kirsten kristel laura leonie lianne lieke lilian linda lisa
liesbeth lotte louise lucia lydia madeleine malou manon margaret margriet maria marianne marieke marije marijke
marina marion marjan marleen marloes martha martina maxima máxima melanie merel michelle mies miriam monique
nadia nancy natasha nathalie nicole nina nora olga patricia paula petra priscilla rachel renate rita rosa
rosalie roos sabine sandra sanne sara sarah saskia selma sharon sigrid silvia simone sofia sophie stephanie
susan suzanne sylvia tamara tanja theresa thérèse tineke ursula valerie vera veronique wendy wilma yvonne
yasmina zoë aisha amira anneloes annemiek bregje carolien dewi elise eline elly esmee fenna fleur gea hatice ineke jolien kiki leontien lieve loes lotje mariska marjolein marjolijn mirjam naomi nelly noor rianne rosanne sophia tessa yasmin
brigitte nel nelleke elsje anouk annelies annemieke belinda bernadette bettina carin carolina cato christa claire
corrie dagmar danielle dieuwke ellis elma emmy evi femmy fien floortje froukje gabrielle gabriëlle geertje gerdien
greet griet hanna hanne heidi hella hester hilde hilda ida ilona irma isa jana jantine jeltje jenny jildou joanne
johanna jolijn jorien joyce julie karlijn katrien kitty lana lara laurien lea lies liesbet lisanne lizzy lonneke
lore lucie lysanne maartje machteld madelon maaike magda mandy margot margreet marian marie mariëlle marielle
mariëtte marit marjon marlies marta mathilde meike mieke mila mirella mireille myrthe myra nadine nanda nanette
natalie nienke nikki noa noortje pauline pien quirine renske ria riet rina romy roxanne ruth sandy sanna sietske
silke sonja stella stientje suze suus sylvana tara tatiana thea tina trijntje trudy truus veerle wilhelmina
willemijn yara yolanda yvette zita helma inez karen laila leila liv lola merle rinske donee corry
beatrijs nettie núria montserrat meritxell mercè
""".split())

# first names of either gender: no help with pronouns, but still a name's start ("prominent Conservatief
# Andrea Leadsom"). "Kim" stays out: it is a family name too (Kim Jong-un).
EITHER = frozenset("andrea robin sam chris jip lou eli sascha dominique charlie".split())


# kinship words that are part of how a person is called ("Ome Ed", "Tante Truus"), not glued on
KIN_TITLES = frozenset("ome oom tante opa oma zuster broeder".split())


def gender_of(name: str) -> str | None:
    """"m", "f" or None for a full name, judged by its first word ("Marijke Agterbosch" -> "f")."""
    first = name.split()[0].casefold().split("-")[0] if name.split() else ""  # "Anne-Marije" -> "anne"
    if first in MALE:
        return "m"
    if first in FEMALE:
        return "f"
    return None


def is_first_name(word: str) -> bool:
    """A known first name, also hyphenated ("Anne-Marije", "Jan-Willem") when every part is one."""
    parts = word.casefold().split("-")
    return all(p in MALE or p in FEMALE or p in EITHER for p in parts)
