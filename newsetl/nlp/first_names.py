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
dennis dick diederik dirk dolf dominick donald douwe dries duncan edwin eelco egbert emmanuel emre enrico
erik ernst erwin esteban evert fabian felix ferdinand ferre floris frank frans fred freddy gerrit-jan gert-jan jan-willem klaas-jan frederik freek friso
frits gerard gerrit gert geert george gerben gijs giuseppe gordon gregory guido gustaaf halbe hans harm harry
hassan hein hendrik henk henri herman hidde hubert hugo ibrahim ivo jaap jacob jacques jair jake jamal james jan
jasper jean jeremy jeroen jesse jim joachim joe joep johan jop johannes john jonas joost jordan jorge jorrit jos
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

# More common names of Dutch news (general knowledge, not taken from any corpus): Dutch and Flemish names
# of all generations, and frequent English, German, French, Italian, Spanish, Slavic, Arabic and Turkish ones.
# Names that are also common Dutch words stay out ("Wil", "Job", "Toon", "Leen", "Dan", "Les", "Peer"), and so
# do names as common as family names ("Graham", "Abdullah": "Lindsey Graham").
MALE = MALE | frozenset("""
aaron abel adrian ahmad albertus alessandro alfons aloys amin amir anthony antoon armand arne arnaud aziz
benoît bernd bertrand björn bjorn boaz bobby brandon brian bryan carel cedric christoph christopher cyril
damian damien dean derk desmond dieter dimitri dirk-jan dominic donovan donny douglas dylan edgar edmund
edward elias elijah enzo eric erich eugène eugene fabio farid fatih fedde feike filip filippo finn florian
francesco frédéric frederic gabriel gabriël gary gaston gavin geerten geoffrey gerd gianni gideon gilbert
goran gregor guus hakim hamza harald harm-jan harmen hasan heiko heinz helmut hendrikus horst hubertus
hugh hüseyin ian ilias imran isaac ismail jack jacobus jaime jan-peter jarno jens jérôme jerome jimmy joaquín
joey jonathan joop jordy jort joshua julius jurriën kai karl kenneth kerem koert kurt lambert lambertus lance
leonard leopold levi liam lorenzo lucien ludwig luka lukas machiel manfred marijn marinus markus mathijs
matthew matthias maurits mehdi melvin merlijn michaël michail mick mikhail milo mohammad moritz murat nabil
nathan neil nicolaas niklas noah norbert ole oleg omar orlando osman owen pascal patrick patrik paolo petrus
philippe pjotr quinn rachid rainer raoul reinhard rik rinus robbie rodrigo roger rolf romano ronaldo rudy ryan
salim samir samuel sandro sebas sem silvio sjef stanley stefano stephen steve stijn stuart sybren taner tayfun
thijmen thom tiago tijmen timo tjalling toine tomas tomás udo uwe valentin vito walid walther warren wesley
wiebren wilbert wilco wilhelmus wout yannick yassin youssef yusuf zakaria zoran bilal burak cem
cengiz ercan erkan hakan halil mesut orhan serkan sinan tarik tolga volkan yasar özcan bekir faisal mourad
mustapha nordin soufiane hicham claudio didier édouard edouard gerrie robbie scott
""".split())
FEMALE = FEMALE | frozenset("""
adriana alexia alida alina alma amanda amelia angelina anika annabel annabelle annelien annemijn annick anniek
antje ariane arianne aukje babette bea beatrice benthe berber betty bibi birgitta carlijn cassandra catrien
cecilia celine chloé chloe christel christina cindy clara claudine colette cornelia daisy dana daniela
daniëlle dina diny dorien dorothea dorothy edna eefje eliza ellie elvira emilia emily esra eveline evelyn
fabienne fanny fatma florence francesca frida gabriela gemma georgina geraldine gertrude gloria grace hadewych
hannelore harriët hedwig henriëtte hermien hetty hinke imke ingeborg irina isabella ivana ivonne janine
jasmijn jasmine jeanne jelena jennie joëlle josefien josje justine karolien kate katharina katrijn kelly
klaartje lauren leontine lidewij lily lisette liza loïs lucy luna maja marcella margaretha margo mariska
marjolein marjolijn marlou mary maud megan melissa mia milou miranda mirjam moniek nadja naima nicolette noor
olivia patty pia petronella philippine rebecca rianne rosanne rosemarie rosita salma samantha sandrine selin
shirley sofie stefanie susanne suzan tamar tessa tess teuntje tirza vanessa victoria wieteke willeke xandra
yasmin zoe amal asma aylin ayşe büşra dounia emine fatiha hafsa hanan imane latifa loubna meryem mina nour
rachida salima soumaya yousra zineb zohra aaltje annie betsy jannie lenie riek rika toos trudie britt demi evy
puck saar lucie
""".split())

# first names of either gender: no help with pronouns, but still a name's start ("prominent Conservatief
# Andrea Leadsom"). "Kim" stays out: it is a family name too (Kim Jong-un).
EITHER = frozenset("""andrea robin sam chris jip lou eli sascha dominique charlie henny hennie jamie kay sacha deniz
willy gerry""".split())


# kinship words that are part of how a person is called ("Ome Ed", "Tante Truus"), not glued on
# particles inside a family name ("Jurrie ter Riet", "Ferre van de Nadort"); after one, a first name is part of
# the family name ("Jan van Kim")
NAME_PARTICLES = frozenset("van de der den ter ten te 't von la le du da di del dos bin al el ibn mc".split())
KIN_TITLES = frozenset("ome oom tante opa oma zuster broeder".split())

# adjectives that make a nickname with a first name ("Schele Joop", "Lange Frans"), not glued on either
NICKNAME_ADJECTIVES = frozenset("schele lange kleine grote dikke rooie rode zwarte gekke stille mooie".split())


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
