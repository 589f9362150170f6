"""Toolkit: a 2 h 30 workshop on sweatshops, supply chains and responsible purchasing (French and English).

Goes with module 3 of the demo course and its quiz. Facts: the module's lessons and
shared/context/labour-law-facts.md (Rana Plaza, the Bangladesh Accord, responsible purchasing).
"""

TOOLKIT = {
    "key": "sweatshops",
    "title": {
        "fr": "Animer un atelier sur les ateliers de misère",
        "en": "Running a workshop on sweatshops",
    },
    "slug": {
        "fr": "animer-un-atelier-sur-les-ateliers-de-misere",
        "en": "running-a-workshop-on-sweatshops",
    },
    "summary": {
        "fr": (
            "Un atelier de deux heures et demie pour comprendre qui fabrique nos vêtements et dans quelles "
            "conditions, tirer les leçons de l'effondrement du Rana Plaza et choisir un premier pas vers "
            "une politique d'achat responsable dans votre syndicat."
        ),
        "en": (
            "A two-and-a-half-hour workshop to understand who makes our clothes and under what conditions, "
            "learn the lessons of the Rana Plaza collapse, and choose a first step towards a responsible "
            "purchasing policy in your union."
        ),
    },
    "audience": {
        "fr": (
            "Membres et militantes et militants d'un syndicat local, sans connaissances préalables. "
            "L'atelier convient bien à un comité de solidarité internationale ou à un comité des achats."
        ),
        "en": (
            "Members and activists of a local union; no prior knowledge needed. The workshop suits an "
            "international solidarity committee or a purchasing committee well."
        ),
    },
    "group_size": (8, 24),
    "objectives": [
        {
            "fr": (
                "expliquer ce qu'est un atelier de misère et comment la pression sur les prix et les délais "
                "descend le long d'une chaîne d'approvisionnement ;"
            ),
            "en": (
                "explain what a sweatshop is and how pressure on prices and deadlines runs down a supply "
                "chain;"
            ),
        },
        {
            "fr": (
                "raconter ce qui s'est passé au Rana Plaza et dire ce qui distingue l'Accord du Bangladesh "
                "d'un code de conduite volontaire ;"
            ),
            "en": (
                "tell what happened at Rana Plaza and say what sets the Bangladesh Accord apart from a "
                "voluntary code of conduct;"
            ),
        },
        {
            "fr": "nommer les quatre éléments d'une politique d'achat responsable ;",
            "en": "name the four elements of a responsible purchasing policy;",
        },
        {
            "fr": "choisir un premier pas concret pour leur propre syndicat.",
            "en": "choose a concrete first step for their own union.",
        },
    ],
    "materials": {
        "fr": (
            "<ul>"
            "<li>Une grande feuille de papier (ou plusieurs feuilles de tableau) collée au mur pour dessiner "
            "la chaîne d'approvisionnement, des marqueurs et des papillons adhésifs.</li>"
            "<li>Quelques vêtements ou objets achetés par le syndicat (chandails, casquettes, sacs), avec "
            "leur étiquette.</li>"
            "<li>Une copie par personne des documents des participantes et participants, de la fiche "
            "« Cartographier une chaîne d'approvisionnement » et du quiz.</li>"
            "<li>Le corrigé du quiz, pour la personne qui anime.</li>"
            "<li>Si possible, un écran pour montrer les leçons du module 3 (la copie hors ligne de la "
            "trousse suffit).</li>"
            "</ul>"
        ),
        "en": (
            "<ul>"
            "<li>A large sheet of paper (or several flip chart sheets) taped to the wall to draw the supply "
            "chain, markers and sticky notes.</li>"
            "<li>A few garments or items the union has bought (T-shirts, caps, bags), with their "
            "labels.</li>"
            "<li>One copy per person of the participants' handouts, the worksheet \"Mapping a supply "
            'chain" and the quiz.</li>'
            "<li>The quiz's answer key, for the facilitator.</li>"
            "<li>If possible, a screen to show the lessons of module 3 (the kit's offline copy is "
            "enough).</li>"
            "</ul>"
        ),
    },
    "preparation": {
        "fr": (
            "<p>Lisez les trois leçons du module 3 et faites son quiz vous-même : l'atelier en reprend les "
            "faits et le vocabulaire.</p>"
            "<p>Renseignez-vous sur un achat réel de votre syndicat : demandez à la trésorerie ce qui a été "
            "acheté l'an dernier (chandails de grève, articles promotionnels, fournitures) et auprès de qui. "
            "Un exemple tiré de votre propre syndicat rend l'atelier beaucoup plus concret.</p>"
            "<p>Imprimez les documents et disposez les tables pour des équipes de quatre ou cinq "
            "personnes.</p>"
        ),
        "en": (
            "<p>Read the three lessons of module 3 and take its quiz yourself: the workshop uses their facts "
            "and vocabulary.</p>"
            "<p>Find out about a real purchase made by your union: ask the treasurer what was bought last "
            "year (strike T-shirts, promotional items, supplies) and from whom. An example from your own "
            "union makes the workshop much more concrete.</p>"
            "<p>Print the documents and set out the tables for teams of four or five people.</p>"
        ),
    },
    "agenda": [
        {
            "title": {
                "fr": "Accueil et « Lisez l'étiquette »",
                "en": 'Welcome and "Read the label"',
            },
            "minutes": 15,
            "method": "icebreaker",
            "instructions": {
                "fr": (
                    "<p>Présentez-vous et présentez le déroulement de l'atelier en une minute.</p>"
                    "<p>Demandez à chaque personne de lire l'étiquette d'un vêtement qu'elle porte ou d'un "
                    "des objets apportés, puis de dire son prénom et le pays indiqué. Notez les pays sur la "
                    "grande feuille.</p>"
                    "<p>Demandez ensuite au groupe : que nous apprend l'étiquette ? Que ne nous apprend-elle "
                    "pas ?</p>"
                ),
                "en": (
                    "<p>Introduce yourself and the outline of the workshop in one minute.</p>"
                    "<p>Ask each person to read the label of a garment they are wearing or of one of the items "
                    "you brought, then to say their first name and the country on the label. Write the "
                    "countries on the large sheet.</p>"
                    "<p>Then ask the group: what does the label tell us? What does it not tell us?</p>"
                ),
            },
            "notes": {
                "fr": (
                    "<p>L'étiquette indique un pays, mais ni l'usine ni les personnes qui ont fabriqué le "
                    "vêtement. C'est le fil conducteur de tout l'atelier.</p>"
                    "<p>Ne portez aucun jugement sur les vêtements des personnes présentes : le but n'est pas "
                    "de culpabiliser, mais de comprendre.</p>"
                ),
                "en": (
                    "<p>The label names a country, but neither the factory nor the people who made the "
                    "garment. That is the thread running through the whole workshop.</p>"
                    "<p>Pass no judgement on what people are wearing: the aim is not to make anyone feel "
                    "guilty, but to understand.</p>"
                ),
            },
            "materials": [
                {"fr": "Grande feuille au mur et marqueurs", "en": "Large sheet on the wall and markers"},
                {
                    "fr": "Vêtements et objets avec leur étiquette",
                    "en": "Garments and items with their labels",
                },
            ],
            "handout": {"fr": "", "en": ""},
        },
        {
            "title": {
                "fr": "Ateliers de misère et chaînes d'approvisionnement",
                "en": "Sweatshops and supply chains",
            },
            "minutes": 20,
            "method": "presentation",
            "instructions": {
                "fr": (
                    "<p>Présentez les signes d'un atelier de misère : journées très longues et heures "
                    "supplémentaires imposées, salaires trop bas pour vivre, bâtiments dangereux, harcèlement "
                    "et renvoi de celles et ceux qui veulent se syndiquer, et dans les pires cas travail des "
                    "enfants ou travail forcé.</p>"
                    "<p>Dessinez ensuite la chaîne au mur, de gauche à droite : l'acheteur, la marque, le "
                    "fournisseur, les sous-traitants. Pour chaque maillon, donnez un exemple tiré du "
                    "vêtement.</p>"
                    "<p>Terminez en montrant comment la pression descend : l'acheteur veut le prix le plus bas "
                    "et le délai le plus court, le fournisseur accepte pour garder le contrat, puis reporte la "
                    "pression sur les cadences, les heures supplémentaires et la sous-traitance.</p>"
                ),
                "en": (
                    "<p>Present the signs of a sweatshop: very long days and forced overtime, wages too low to "
                    "live on, unsafe buildings, harassment and the firing of anyone who wants to join a union, "
                    "and in the worst cases child labour or forced labour.</p>"
                    "<p>Then draw the chain on the wall, from left to right: the buyer, the brand, the "
                    "supplier, the subcontractors. For each link, give an example from the garment "
                    "industry.</p>"
                    "<p>Finish by showing how the pressure runs down: the buyer wants the lowest price and the "
                    "shortest deadline, the supplier accepts to keep the contract, then passes the pressure on "
                    "through faster production rates, overtime and subcontracting.</p>"
                ),
            },
            "notes": {
                "fr": (
                    "<p>Insistez sur le fait que les ateliers de misère existent au Sud comme au Nord, y "
                    "compris dans des ateliers clandestins de grandes villes riches.</p>"
                    "<p>Rappelez que l'acheteur peut être une ville, une commission scolaire ou un syndicat : "
                    "c'est ce qui donne à votre syndicat un pouvoir d'agir.</p>"
                ),
                "en": (
                    "<p>Stress that sweatshops exist in the South and in the North alike, including in "
                    "clandestine workshops in big, wealthy cities.</p>"
                    "<p>Point out that the buyer can be a city, a school board or a union: that is what gives "
                    "your union the power to act.</p>"
                ),
            },
            "materials": [
                {"fr": "Grande feuille au mur et marqueurs", "en": "Large sheet on the wall and markers"},
            ],
            "handout": {
                "fr": (
                    "<h3>Les maillons d'une chaîne d'approvisionnement</h3>"
                    "<ul>"
                    "<li><b>L'acheteur</b> passe la commande : un magasin, mais aussi une ville, une commission "
                    "scolaire ou un syndicat.</li>"
                    "<li><b>La marque</b> conçoit le produit et le vend sous son nom, mais possède rarement les "
                    "usines.</li>"
                    "<li><b>Le fournisseur</b> est l'usine qui reçoit la commande et s'engage sur un prix et une "
                    "date de livraison.</li>"
                    "<li><b>Les sous-traitants</b> sont d'autres ateliers, souvent plus petits, à qui le "
                    "fournisseur confie une partie du travail.</li>"
                    "</ul>"
                    "<h3>Les signes d'un atelier de misère</h3>"
                    "<ul>"
                    "<li>Des journées très longues et des heures supplémentaires imposées.</li>"
                    "<li>Des salaires trop bas pour vivre, parfois payés en retard ou amputés.</li>"
                    "<li>Des bâtiments dangereux et des sorties de secours bloquées.</li>"
                    "<li>Le harcèlement et le renvoi de celles et ceux qui veulent se syndiquer.</li>"
                    "<li>Dans les pires cas, le travail des enfants ou le travail forcé.</li>"
                    "</ul>"
                ),
                "en": (
                    "<h3>The links of a supply chain</h3>"
                    "<ul>"
                    "<li><b>The buyer</b> places the order: a store, but also a city, a school board or a "
                    "union.</li>"
                    "<li><b>The brand</b> designs the product and sells it under its name, but rarely owns the "
                    "factories.</li>"
                    "<li><b>The supplier</b> is the factory that receives the order and commits to a price and "
                    "a delivery date.</li>"
                    "<li><b>The subcontractors</b> are other workshops, often smaller, to which the supplier "
                    "hands part of the work.</li>"
                    "</ul>"
                    "<h3>The signs of a sweatshop</h3>"
                    "<ul>"
                    "<li>Very long days and forced overtime.</li>"
                    "<li>Wages too low to live on, sometimes paid late or cut.</li>"
                    "<li>Unsafe buildings and blocked emergency exits.</li>"
                    "<li>Harassment, and the firing of anyone who wants to join a union.</li>"
                    "<li>In the worst cases, child labour or forced labour.</li>"
                    "</ul>"
                ),
            },
        },
        {
            "title": {
                "fr": "Cartographier la chaîne d'un de nos achats",
                "en": "Mapping the chain of one of our purchases",
            },
            "minutes": 25,
            "method": "small_group_discussion",
            "instructions": {
                "fr": (
                    "<p>Formez des équipes de quatre ou cinq personnes. Donnez à chaque équipe un produit "
                    "acheté par le syndicat (ou l'exemple que vous avez préparé) et la fiche « Cartographier "
                    "une chaîne d'approvisionnement ».</p>"
                    "<p>Pendant quinze minutes, chaque équipe remplit la fiche : qui est l'acheteur, la marque, "
                    "le fournisseur, l'usine ? Que savons-nous ? Que ne savons-nous pas ?</p>"
                    "<p>Pendant dix minutes, chaque équipe présente en deux phrases ce qu'elle sait et ce qui "
                    "lui manque. Notez les trous sur la grande feuille.</p>"
                ),
                "en": (
                    "<p>Form teams of four or five people. Give each team a product the union has bought (or "
                    'the example you prepared) and the worksheet "Mapping a supply chain".</p>'
                    "<p>For fifteen minutes, each team fills in the worksheet: who is the buyer, the brand, the "
                    "supplier, the factory? What do we know? What don't we know?</p>"
                    "<p>For ten minutes, each team says in two sentences what it knows and what it is missing. "
                    "Write the gaps on the large sheet.</p>"
                ),
            },
            "notes": {
                "fr": (
                    "<p>Les équipes trouveront surtout des trous : c'est le résultat attendu. Ce que l'on ne "
                    "sait pas est souvent le point de départ d'une politique d'achat responsable.</p>"
                ),
                "en": (
                    "<p>The teams will mostly find gaps: that is the expected result. What we don't know is "
                    "often the starting point of a responsible purchasing policy.</p>"
                ),
            },
            "materials": [
                {
                    "fr": "La fiche « Cartographier une chaîne d'approvisionnement » (pièce jointe)",
                    "en": 'The worksheet "Mapping a supply chain" (attachment)',
                },
                {"fr": "Stylos", "en": "Pens"},
            ],
            "handout": {
                "fr": (
                    "<h3>Questions pour votre équipe</h3>"
                    "<ol>"
                    "<li>Quel produit avons-nous choisi, et qui l'a acheté ?</li>"
                    "<li>Quelle est la marque ? Qui est le fournisseur ?</li>"
                    "<li>Savons-nous dans quelle usine, et dans quel pays, il a été fabriqué ?</li>"
                    "<li>Que ne savons-nous pas, et à qui pourrions-nous le demander ?</li>"
                    "</ol>"
                ),
                "en": (
                    "<h3>Questions for your team</h3>"
                    "<ol>"
                    "<li>Which product did we choose, and who bought it?</li>"
                    "<li>What is the brand? Who is the supplier?</li>"
                    "<li>Do we know in which factory, and in which country, it was made?</li>"
                    "<li>What don't we know, and whom could we ask?</li>"
                    "</ol>"
                ),
            },
        },
        {
            "title": {"fr": "Pause", "en": "Break"},
            "minutes": 10,
            "method": "break",
            "instructions": {
                "fr": "<p>Une pause de dix minutes. Laissez la carte de la chaîne au mur.</p>",
                "en": "<p>A ten-minute break. Leave the map of the chain on the wall.</p>",
            },
            "notes": {"fr": "", "en": ""},
            "materials": [],
            "handout": {"fr": "", "en": ""},
        },
        {
            "title": {
                "fr": "Le Rana Plaza : une étude de cas",
                "en": "Rana Plaza: a case study",
            },
            "minutes": 25,
            "method": "case_study",
            "instructions": {
                "fr": (
                    "<p>Faites lire le récit du Rana Plaza (document des participantes et participants), à "
                    "voix haute ou en silence.</p>"
                    "<p>En équipes, pendant dix minutes : quels avertissements ont été ignorés ? Qui, le long "
                    "de la chaîne, avait une responsabilité ?</p>"
                    "<p>Mettez en commun, puis présentez l'Accord sur la sécurité incendie et la sécurité des "
                    "bâtiments au Bangladesh, signé en mai 2013, et ce qui le distingue : il est juridiquement "
                    "contraignant, négocié avec des syndicats, il prévoit des inspections indépendantes et un "
                    "mécanisme de plainte pour les travailleuses et les travailleurs.</p>"
                ),
                "en": (
                    "<p>Have the story of Rana Plaza (participants' handout) read aloud or in silence.</p>"
                    "<p>In teams, for ten minutes: which warnings were ignored? Who, along the chain, had a "
                    "responsibility?</p>"
                    "<p>Pool the answers, then present the Accord on Fire and Building Safety in Bangladesh, "
                    "signed in May 2013, and what sets it apart: it is legally binding, negotiated with unions, "
                    "it provides for independent inspections and a complaint mechanism for workers.</p>"
                ),
            },
            "notes": {
                "fr": (
                    "<p>Les faits à avoir en tête : le 24 avril 2013, à Savar, près de Dhaka, l'immeuble qui "
                    "abritait des ateliers de confection s'est effondré ; plus de 1 100 travailleuses et "
                    "travailleurs sont morts et environ 2 500 ont été blessés. Des fissures avaient été vues "
                    "la veille.</p>"
                    "<p>Les syndicats signataires de l'Accord comprenaient deux fédérations syndicales "
                    "internationales, IndustriALL et UNI. En 2021, l'Accord a été suivi par l'Accord "
                    "international pour la santé et la sécurité dans l'industrie du textile et de "
                    "l'habillement.</p>"
                    "<p>Certaines personnes peuvent avoir des proches qui travaillent dans la confection : "
                    "laissez de la place à ce qu'elles voudraient dire.</p>"
                ),
                "en": (
                    "<p>The facts to have in mind: on 24 April 2013, in Savar, near Dhaka, the building that "
                    "housed garment workshops collapsed; more than 1,100 workers were killed and about 2,500 "
                    "were injured. Cracks had been seen the day before.</p>"
                    "<p>The union signatories of the Accord included two global union federations, IndustriALL "
                    "and UNI. In 2021, the Accord was followed by the International Accord for Health and Safety "
                    "in the Textile and Garment Industry.</p>"
                    "<p>Some people may have relatives who work in the garment industry: leave room for what "
                    "they may want to say.</p>"
                ),
            },
            "materials": [],
            "handout": {
                "fr": (
                    "<h3>L'effondrement du Rana Plaza</h3>"
                    "<p>Le Rana Plaza était un immeuble de Savar, près de Dhaka, la capitale du Bangladesh. Il "
                    "abritait des ateliers de confection qui fabriquaient des vêtements pour des marques "
                    "internationales.</p>"
                    "<p>La veille de la catastrophe, des fissures avaient été vues dans l'immeuble. Le 24 avril "
                    "2013, les ateliers tournaient pourtant quand l'immeuble s'est effondré. Plus de 1 100 "
                    "travailleuses et travailleurs sont morts et environ 2 500 ont été blessés.</p>"
                    "<h3>Pour en discuter en équipe</h3>"
                    "<ul>"
                    "<li>Quels avertissements ont été ignorés ?</li>"
                    "<li>Qui, le long de la chaîne, avait une responsabilité ?</li>"
                    "</ul>"
                ),
                "en": (
                    "<h3>The collapse of Rana Plaza</h3>"
                    "<p>Rana Plaza was a building in Savar, near Dhaka, the capital of Bangladesh. It housed "
                    "garment workshops that made clothes for international brands.</p>"
                    "<p>The day before the disaster, cracks had been seen in the building. Even so, on 24 April "
                    "2013, the workshops were running when the building collapsed. More than 1,100 workers were "
                    "killed and about 2,500 were injured.</p>"
                    "<h3>To discuss in your team</h3>"
                    "<ul>"
                    "<li>Which warnings were ignored?</li>"
                    "<li>Who, along the chain, had a responsibility?</li>"
                    "</ul>"
                ),
            },
        },
        {
            "title": {
                "fr": "Code de conduite ou accord contraignant ?",
                "en": "Code of conduct or binding agreement?",
            },
            "minutes": 20,
            "method": "role_play",
            "instructions": {
                "fr": (
                    "<p>Divisez le groupe en deux. Une moitié joue l'équipe des communications d'une marque, "
                    "qui défend son code de conduite volontaire. L'autre moitié joue une délégation syndicale "
                    "qui demande un accord contraignant.</p>"
                    "<p>Dix minutes de préparation avec les fiches de rôle, puis dix minutes de rencontre "
                    "entre les deux équipes.</p>"
                ),
                "en": (
                    "<p>Split the group in two. One half plays a brand's communications team, which defends its "
                    "voluntary code of conduct. The other half plays a union delegation asking for a binding "
                    "agreement.</p>"
                    "<p>Ten minutes to prepare with the role cards, then ten minutes of meeting between the two "
                    "teams.</p>"
                ),
            },
            "notes": {
                "fr": (
                    "<p>Le but n'est pas de gagner. Ramenez l'échange à trois questions : qui écrit les "
                    "règles ? Qui vérifie qu'elles sont respectées ? Que se passe-t-il si elles ne le sont "
                    "pas ?</p>"
                ),
                "en": (
                    "<p>The aim is not to win. Bring the exchange back to three questions: who writes the "
                    "rules? Who checks that they are followed? What happens if they are not?</p>"
                ),
            },
            "materials": [],
            "handout": {
                "fr": (
                    "<h3>Fiche de rôle : l'équipe de la marque</h3>"
                    "<p>Votre marque a adopté un code de conduite. Vous voulez convaincre la délégation qu'il "
                    "suffit. Préparez vos arguments : qui a écrit le code, comment vous le faites connaître, ce "
                    "que vous faites quand un problème est signalé.</p>"
                    "<h3>Fiche de rôle : la délégation syndicale</h3>"
                    "<p>Vous demandez un accord contraignant, négocié avec les syndicats. Préparez vos "
                    "questions : qui vérifie, avec quelle indépendance, comment les travailleuses et les "
                    "travailleurs peuvent se plaindre, et ce qui arrive si la marque ne tient pas "
                    "parole.</p>"
                ),
                "en": (
                    "<h3>Role card: the brand's team</h3>"
                    "<p>Your brand has adopted a code of conduct. You want to convince the delegation that it "
                    "is enough. Prepare your arguments: who wrote the code, how you make it known, what you do "
                    "when a problem is reported.</p>"
                    "<h3>Role card: the union delegation</h3>"
                    "<p>You are asking for a binding agreement, negotiated with unions. Prepare your questions: "
                    "who checks, how independently, how workers can complain, and what happens if the brand "
                    "does not keep its word.</p>"
                ),
            },
        },
        {
            "title": {"fr": "Quiz", "en": "Quiz"},
            "minutes": 10,
            "method": "quiz",
            "instructions": {
                "fr": (
                    "<p>Distribuez le quiz imprimé. Chaque personne le fait seule ou en duo, en cinq minutes. "
                    "Corrigez ensuite ensemble avec le corrigé.</p>"
                ),
                "en": (
                    "<p>Hand out the printed quiz. Each person does it alone or in pairs, in five minutes. Then "
                    "go through the answers together using the answer key.</p>"
                ),
            },
            "notes": {
                "fr": (
                    "<p>Ce n'est pas un examen. Servez-vous des mauvaises réponses pour revenir sur un point, "
                    "sans nommer personne.</p>"
                ),
                "en": (
                    "<p>This is not an exam. Use wrong answers to come back to a point, without naming "
                    "anyone.</p>"
                ),
            },
            "materials": [
                {
                    "fr": "Le quiz imprimé, une copie par personne",
                    "en": "The printed quiz, one copy per person",
                },
                {"fr": "Le corrigé", "en": "The answer key"},
            ],
            "handout": {"fr": "", "en": ""},
        },
        {
            "title": {
                "fr": "Le premier pas de notre syndicat",
                "en": "Our union's first step",
            },
            "minutes": 20,
            "method": "debrief",
            "instructions": {
                "fr": (
                    "<p>Présentez les quatre éléments d'une bonne politique d'achat responsable : le respect "
                    "des normes fondamentales du travail, la transparence, la vérification indépendante et la "
                    "parole des travailleuses et des travailleurs.</p>"
                    "<p>Avec tout le groupe, choisissez un achat visible et régulier par lequel commencer, puis "
                    "décidez qui portera une proposition à la prochaine assemblée générale.</p>"
                ),
                "en": (
                    "<p>Present the four elements of a good responsible purchasing policy: respect for "
                    "fundamental labour standards, transparency, independent verification, and workers' own "
                    "voices.</p>"
                    "<p>With the whole group, choose a visible, regular purchase to start with, then decide who "
                    "will take a proposal to the next general meeting.</p>"
                ),
            },
            "notes": {
                "fr": (
                    "<p>Si un problème est découvert chez un fournisseur, se retirer tout de suite n'est pas "
                    "toujours la meilleure réponse : les travailleuses et les travailleurs risquent alors de "
                    "perdre leur emploi. Il vaut souvent mieux exiger que la situation soit corrigée, avec "
                    "leur syndicat.</p>"
                    "<p>Au Québec, la Coalition québécoise contre les ateliers de misère (CQCAM), une table de "
                    "concertation du CISO, fait la promotion des politiques d'achat responsable.</p>"
                ),
                "en": (
                    "<p>If a problem is found at a supplier, pulling out right away is not always the best "
                    "answer: the workers may then lose their jobs. It is often better to demand that things be "
                    "fixed, together with their union.</p>"
                    "<p>In Quebec, the Quebec Coalition Against Sweatshops (CQCAM), a coordinating table of "
                    "CISO, promotes responsible purchasing policies.</p>"
                ),
            },
            "materials": [
                {"fr": "Grande feuille au mur et marqueurs", "en": "Large sheet on the wall and markers"},
            ],
            "handout": {
                "fr": (
                    "<h3>Les quatre éléments d'une politique d'achat responsable</h3>"
                    "<ol>"
                    "<li><b>Le respect des normes fondamentales du travail</b> : liberté syndicale et "
                    "négociation collective, pas de travail forcé, pas de travail des enfants, pas de "
                    "discrimination, un milieu de travail sûr et salubre.</li>"
                    "<li><b>La transparence</b> : les fournisseurs disent où les produits sont fabriqués, avec "
                    "le nom et l'adresse des usines, y compris celles des sous-traitants.</li>"
                    "<li><b>La vérification indépendante</b> : on ne se contente pas de la parole du "
                    "fournisseur.</li>"
                    "<li><b>La parole des travailleuses et des travailleurs</b> : leurs syndicats et leurs "
                    "plaintes sont la meilleure source d'information.</li>"
                    "</ol>"
                    "<h3>Notre premier pas</h3>"
                    "<p>L'achat par lequel nous commençons :</p>"
                    "<p>La personne qui portera la proposition à l'assemblée générale :</p>"
                ),
                "en": (
                    "<h3>The four elements of a responsible purchasing policy</h3>"
                    "<ol>"
                    "<li><b>Respect for fundamental labour standards</b>: freedom of association and collective "
                    "bargaining, no forced labour, no child labour, no discrimination, a safe and healthy "
                    "working environment.</li>"
                    "<li><b>Transparency</b>: suppliers say where the products are made, with the name and "
                    "address of the factories, including those of subcontractors.</li>"
                    "<li><b>Independent verification</b>: you don't just take the supplier's word for it.</li>"
                    "<li><b>Workers' own voices</b>: their unions and their complaints are the best source of "
                    "information.</li>"
                    "</ol>"
                    "<h3>Our first step</h3>"
                    "<p>The purchase we start with:</p>"
                    "<p>The person who will take the proposal to the general meeting:</p>"
                ),
            },
        },
        {
            "title": {"fr": "Évaluation", "en": "Evaluation"},
            "minutes": 5,
            "method": "evaluation",
            "instructions": {
                "fr": (
                    "<p>Chaque personne écrit sur un papillon adhésif une chose qu'elle a apprise et une chose "
                    "qu'elle fera, puis le colle au mur en sortant.</p>"
                ),
                "en": (
                    "<p>Each person writes on a sticky note one thing they learned and one thing they will do, "
                    "then sticks it on the wall on the way out.</p>"
                ),
            },
            "notes": {
                "fr": "<p>Photographiez les papillons : ils aideront à préparer le prochain atelier.</p>",
                "en": "<p>Take a photo of the notes: they will help you prepare the next workshop.</p>",
            },
            "materials": [{"fr": "Papillons adhésifs", "en": "Sticky notes"}],
            "handout": {"fr": "", "en": ""},
        },
    ],
    "discussion": [
        {
            "question": {
                "fr": (
                    "Pensez à ce que votre syndicat ou votre employeur achète : chandails, casquettes, "
                    "uniformes, sacs. Savez-vous où et dans quelles conditions ces produits sont fabriqués ?"
                ),
                "en": (
                    "Think of what your union or your employer buys: T-shirts, caps, uniforms, bags. Do you "
                    "know where and under what conditions these products are made?"
                ),
            },
            "guidance": {
                "fr": (
                    "Faites nommer deux ou trois produits précis. Pour chacun, cherchez le fournisseur, la "
                    "marque et l'usine, et notez ce que vous ne savez pas."
                ),
                "en": (
                    "Have people name two or three specific products. For each one, look for the supplier, "
                    "the brand and the factory, and write down what you don't know."
                ),
            },
        },
        {
            "question": {
                "fr": (
                    "Pourquoi un accord juridiquement contraignant, signé avec des syndicats, protège-t-il "
                    "mieux les travailleuses et les travailleurs qu'un code de conduite écrit par une marque ?"
                ),
                "en": (
                    "Why does a legally binding agreement signed with unions protect workers better than a "
                    "code of conduct written by a brand?"
                ),
            },
            "guidance": {
                "fr": (
                    "Comparez qui écrit les règles, qui vérifie qu'elles sont respectées et ce qui arrive si "
                    "elles ne le sont pas. Demandez aussi quel rôle jouent les travailleuses et les "
                    "travailleurs dans chaque cas."
                ),
                "en": (
                    "Compare who writes the rules, who checks that they are followed and what happens if they "
                    "are not. Ask, too, what role workers play in each case."
                ),
            },
        },
        {
            "question": {
                "fr": (
                    "Quel achat de votre syndicat pourriez-vous soumettre en premier à une politique d'achat "
                    "responsable, et qui devrait porter le projet ?"
                ),
                "en": (
                    "Which of your union's purchases could you bring under a responsible purchasing policy "
                    "first, and who should lead the project?"
                ),
            },
            "guidance": {
                "fr": (
                    "Un achat visible et régulier est un bon début. Pensez aussi aux alliés : votre "
                    "fédération, votre conseil régional, une coalition comme la CQCAM."
                ),
                "en": (
                    "A visible, regular purchase is a good start. Think about allies too: your federation, "
                    "your regional council, a coalition such as the CQCAM."
                ),
            },
        },
    ],
    "attachments": [
        {
            "key": "supply-chain-worksheet",
            "file_name": {
                "fr": "fiche-cartographier-une-chaine-d-approvisionnement",
                "en": "worksheet-mapping-a-supply-chain",
            },
            "title": {
                "fr": "Fiche : cartographier une chaîne d'approvisionnement",
                "en": "Worksheet: mapping a supply chain",
            },
            "description": {
                "fr": "Une page à photocopier, une par équipe, pour l'activité 3.",
                "en": "One page to photocopy, one per team, for activity 3.",
            },
            "body": {
                "fr": (
                    "<p>Le produit que nous étudions : ______________________________</p>"
                    "<table><thead><tr><th>Maillon</th><th>Qui est-ce ?</th><th>Où ?</th>"
                    "<th>Ce que nous savons</th><th>Ce que nous ne savons pas</th></tr></thead><tbody>"
                    "<tr><th>L'acheteur</th><td></td><td></td><td></td><td></td></tr>"
                    "<tr><th>La marque</th><td></td><td></td><td></td><td></td></tr>"
                    "<tr><th>Le fournisseur</th><td></td><td></td><td></td><td></td></tr>"
                    "<tr><th>Les sous-traitants</th><td></td><td></td><td></td><td></td></tr>"
                    "</tbody></table>"
                    "<p>À qui pourrions-nous poser nos questions ? ______________________________</p>"
                    "<p>Notre première question au fournisseur : ______________________________</p>"
                ),
                "en": (
                    "<p>The product we are looking at: ______________________________</p>"
                    "<table><thead><tr><th>Link</th><th>Who is it?</th><th>Where?</th>"
                    "<th>What we know</th><th>What we don't know</th></tr></thead><tbody>"
                    "<tr><th>The buyer</th><td></td><td></td><td></td><td></td></tr>"
                    "<tr><th>The brand</th><td></td><td></td><td></td><td></td></tr>"
                    "<tr><th>The supplier</th><td></td><td></td><td></td><td></td></tr>"
                    "<tr><th>The subcontractors</th><td></td><td></td><td></td><td></td></tr>"
                    "</tbody></table>"
                    "<p>Whom could we ask our questions? ______________________________</p>"
                    "<p>Our first question to the supplier: ______________________________</p>"
                ),
            },
        },
    ],
    "course": "course:ilo/module:3",
    "quiz": "course:ilo/module:3/quiz",
}
