"""Toolkit: a 2 h 30 workshop on sweatshops, supply chains and responsible purchasing (French, English,
Spanish, Haitian Creole).

Goes with module 3 of the demo course and its quiz. Facts: the module's lessons (Rana Plaza, the
Bangladesh Accord, responsible purchasing); the CQCAM and the CISO: the CISO's own presentation of the
coalition (founded in 2003, coordinated by the CISO); the CISO's founding in 1975, after a conference
organised by leaders of the union and popular movement and Montreal NGOs (Encyclopédie Wikimonde,
"Centre international de solidarité ouvrière")
and the "Guide de mise en place d'une politique d'achat responsable" (CISO, CQCAM and CÉTAR, December
2007); Quebec's school service centres: Act 40 of 2020 (L.Q. 2020, c. 1), which turned the French-language
school boards into "centres de services scolaires".
"""

TOOLKIT = {
    "key": "sweatshops",
    "title": {
        "fr": "Animer un atelier sur les ateliers de misère",
        "en": "Running a workshop on sweatshops",
        "es": "Animar un taller sobre los talleres de explotación",
        "ht": "Anime yon atelye sou atelye mizè yo",
    },
    "slug": {
        "fr": "animer-un-atelier-sur-les-ateliers-de-misere",
        "en": "running-a-workshop-on-sweatshops",
        "es": "animar-un-taller-sobre-los-talleres-de-explotacion",
        "ht": "anime-yon-atelye-sou-atelye-mize-yo",
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
        "es": (
            "Un taller de dos horas y media para entender quién fabrica nuestra ropa y en qué condiciones, "
            "sacar las lecciones del derrumbe del Rana Plaza y elegir un primer paso hacia una política de "
            "compras responsables en tu sindicato."
        ),
        "ht": (
            "Yon atelye de zè edmi pou konprann kiyès ki fè rad nou mete yo ak nan ki kondisyon, pou tire "
            "leson nan sa ki te pase lè bilding Rana Plaza a te tonbe, epi pou chwazi yon premye pa pou "
            "sendika w gen yon politik acha responsab (règ ki di sa sendika a achte dwe fèt nan respè dwa "
            "travayè yo)."
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
        "es": (
            "Miembros y militantes de un sindicato local, sin conocimientos previos. El taller es muy "
            "adecuado para un comité de solidaridad internacional o un comité de compras."
        ),
        "ht": (
            "Manm ak militan yon sendika lokal; yo pa bezwen konnen anyen davans. Atelye a bon pou yon "
            "komite solidarite entènasyonal oswa yon komite ki okipe acha sendika a."
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
            "es": (
                "explicar qué es un taller de explotación y cómo la presión sobre los precios y los plazos "
                "baja a lo largo de una cadena de suministro;"
            ),
            "ht": (
                "eksplike kisa yon atelye mizè ye, ak kijan presyon sou pri ak sou delè desann tout long "
                "yon chèn pwovizyònman (tout antrepriz ki fè yon pwodui rive jis nan magazen an);"
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
            "es": (
                "contar lo que pasó en el Rana Plaza y decir qué distingue al Acuerdo de Bangladesh de un "
                "código de conducta voluntario;"
            ),
            "ht": (
                "rakonte sa ki te pase nan Rana Plaza, epi di kisa ki fè Akò Bangladèch la diferan ak yon "
                "kòd konduit volontè (règ yon mak ekri pou tèt li, san pèsonn pa ka oblije l respekte "
                "yo);"
            ),
        },
        {
            "fr": "nommer les quatre éléments d'une politique d'achat responsable ;",
            "en": "name the four elements of a responsible purchasing policy;",
            "es": "nombrar los cuatro elementos de una política de compras responsables;",
            "ht": "nonmen kat eleman yon politik acha responsab;",
        },
        {
            "fr": "choisir un premier pas concret pour leur propre syndicat.",
            "en": "choose a concrete first step for their own union.",
            "es": "elegir un primer paso concreto para su propio sindicato.",
            "ht": "chwazi yon premye pa konkrè pou pwòp sendika yo.",
        },
    ],
    "materials": {
        "fr": (
            "<ul>"
            "<li>Une grande feuille de papier (ou plusieurs feuilles de tableau) collée au mur pour dessiner "
            "la chaîne d'approvisionnement, des marqueurs et des papillons adhésifs (petites feuilles "
            "autocollantes).</li>"
            "<li>Quelques vêtements ou objets achetés par le syndicat (t-shirts, casquettes, sacs), avec "
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
        "es": (
            "<ul>"
            "<li>Una hoja grande de papel (o varias hojas de papelógrafo) pegada a la pared para dibujar la "
            "cadena de suministro, marcadores y notas adhesivas.</li>"
            "<li>Algunas prendas u objetos comprados por el sindicato (camisetas, gorras, bolsas), con su "
            "etiqueta.</li>"
            "<li>Una copia por persona de las hojas para participantes, de la ficha «Mapear una cadena de "
            "suministro» y del cuestionario.</li>"
            "<li>Las respuestas del cuestionario, para quien facilita.</li>"
            "<li>Si es posible, una pantalla para mostrar las lecciones del módulo 3 (basta con la copia sin "
            "conexión que trae el kit).</li>"
            "</ul>"
        ),
        "ht": (
            "<ul>"
            "<li>Yon gwo fèy papye (oswa plizyè fèy tablo papye) kole nan mi an pou desine chèn "
            "pwovizyònman an, makè ak ti fèy papye ki kole (post-it).</li>"
            "<li>Kèk rad oswa objè sendika a te achte (mayo, kasket, sak), ak etikèt yo.</li>"
            "<li>Yon kopi pou chak moun: fèy pou patisipan yo, fèy travay « Fè kat yon chèn "
            "pwovizyònman » ak kesyonè a.</li>"
            "<li>Fèy repons kesyonè a, pou animatè a.</li>"
            "<li>Si sa posib, yon ekran pou montre leson modil 3 yo (kopi san entènèt ki nan pakè a "
            "ase).</li>"
            "</ul>"
        ),
    },
    "preparation": {
        "fr": (
            "<p>Lisez les trois leçons du module 3 et faites son quiz vous-même : l'atelier en reprend les "
            "faits et le vocabulaire.</p>"
            "<p>Renseignez-vous sur un achat réel de votre syndicat : demandez à la trésorerie ce qui a été "
            "acheté l'an dernier (t-shirts de grève, articles promotionnels, fournitures) et auprès de qui. "
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
        "es": (
            "<p>Lee las tres lecciones del módulo 3 y resuelve tú su cuestionario: el taller retoma sus "
            "datos y su vocabulario.</p>"
            "<p>Infórmate sobre una compra real de tu sindicato: pregunta a la tesorería qué se compró el "
            "año pasado (camisetas de huelga, artículos promocionales, material de oficina) y a quién. Un "
            "ejemplo de tu propio sindicato hace el taller mucho más concreto.</p>"
            "<p>Imprime los documentos y organiza las mesas para equipos de cuatro o cinco personas.</p>"
        ),
        "ht": (
            "<p>Li twa leson modil 3 yo epi reponn kesyonè li a ou menm: atelye a sèvi ak menm enfòmasyon "
            "ak menm mo yo.</p>"
            "<p>Chèche konnen yon bagay sendika w te achte tout bon: mande trezorye a kisa yo te achte ane "
            "pase (mayo pou grèv, atik piblisite, founiti biwo) e nan men ki moun. Yon egzanp ki soti nan "
            "pwòp sendika w fè atelye a pi konkrè anpil.</p>"
            "<p>Enprime dokiman yo epi ranje tab yo pou ekip kat oswa senk moun.</p>"
        ),
    },
    "agenda": [
        {
            "title": {
                "fr": "Accueil et « Lisez l'étiquette »",
                "en": 'Welcome and "Read the label"',
                "es": "Bienvenida y «Lee la etiqueta»",
                "ht": "Akèy ak « Li etikèt la »",
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
                "es": (
                    "<p>Preséntate y presenta el desarrollo del taller en un minuto.</p>"
                    "<p>Pide a cada persona que lea la etiqueta de una prenda que lleva puesta o de uno de "
                    "los objetos que trajiste, y que luego diga su nombre y el país que aparece. Anota los "
                    "países en la hoja grande.</p>"
                    "<p>Después pregunta al grupo: ¿qué nos dice la etiqueta? ¿Qué no nos dice?</p>"
                ),
                "ht": (
                    "<p>Prezante tèt ou epi prezante pwogram atelye a nan yon minit.</p>"
                    "<p>Mande chak moun li etikèt yon rad li gen sou li oswa youn nan objè ou pote yo, epi di "
                    "non li ak peyi ki ekri sou etikèt la. Ekri non peyi yo sou gwo fèy la.</p>"
                    "<p>Apre sa, mande gwoup la: kisa etikèt la aprann nou? Kisa li pa di nou?</p>"
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
                "es": (
                    "<p>La etiqueta indica un país, pero no la fábrica ni las personas que hicieron la "
                    "prenda. Ese es el hilo conductor de todo el taller.</p>"
                    "<p>No juzgues la ropa de nadie: el objetivo no es hacer sentir culpa, sino "
                    "entender.</p>"
                ),
                "ht": (
                    "<p>Etikèt la bay non yon peyi, men li pa di ni nan ki faktori, ni kiyès ki te fè rad la. "
                    "Se fil sa a k ap mennen tout atelye a.</p>"
                    "<p>Pa jije rad pèsonn: objektif la se pa fè moun santi yo koupab, se konprann.</p>"
                ),
            },
            "materials": [
                {
                    "fr": "Grande feuille au mur et marqueurs",
                    "en": "Large sheet on the wall and markers",
                    "es": "Hoja grande en la pared y marcadores",
                    "ht": "Gwo fèy papye nan mi an ak makè",
                },
                {
                    "fr": "Vêtements et objets avec leur étiquette",
                    "en": "Garments and items with their labels",
                    "es": "Prendas y objetos con su etiqueta",
                    "ht": "Rad ak objè ak etikèt yo",
                },
            ],
            "handout": {"fr": "", "en": "", "es": "", "ht": ""},
        },
        {
            "title": {
                "fr": "Ateliers de misère et chaînes d'approvisionnement",
                "en": "Sweatshops and supply chains",
                "es": "Talleres de explotación y cadenas de suministro",
                "ht": "Atelye mizè ak chèn pwovizyònman",
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
                "es": (
                    "<p>Presenta las señales de un taller de explotación: jornadas muy largas y horas extra "
                    "impuestas, salarios demasiado bajos para vivir, edificios peligrosos, acoso y despido de "
                    "quienes quieren sindicalizarse y, en los peores casos, trabajo infantil o trabajo "
                    "forzoso.</p>"
                    "<p>Luego dibuja la cadena en la pared, de izquierda a derecha: el comprador, la marca, el "
                    "proveedor, los subcontratistas. Para cada eslabón, da un ejemplo de la industria de la "
                    "confección.</p>"
                    "<p>Termina mostrando cómo se traslada la presión hacia abajo: el comprador quiere el precio más bajo y el "
                    "plazo más corto; el proveedor acepta para no perder el contrato y luego traslada la "
                    "presión a los ritmos de producción, las horas extra y la subcontratación.</p>"
                ),
                "ht": (
                    "<p>Prezante siy ki montre yon kote se yon atelye mizè: jounen travay ki long anpil ak lè "
                    "siplemantè yo fòse moun fè, salè ki twò piti pou moun viv, bilding ki danjere, arasman "
                    "ak revokasyon moun ki vle antre nan sendika, e nan pi move ka yo, travay timoun oswa "
                    "travay fòse.</p>"
                    "<p>Apre sa, desine chèn nan sou mi an, depi agoch rive adwat: achtè a, mak la, founisè "
                    "a, soutretan yo. Pou chak mayon nan chèn nan, bay yon egzanp nan endistri rad.</p>"
                    "<p>Fini pa montre kijan presyon an desann: achtè a vle pri ki pi ba a ak delè ki pi kout "
                    "la; founisè a aksepte pou l pa pèdi kontra a, epi li voye presyon an sou travayè yo: yo "
                    "oblije travay pi vit, fè plis lè siplemantè, e founisè a bay soutretan fè yon pati nan "
                    "travay la.</p>"
                ),
            },
            "notes": {
                "fr": (
                    "<p>Insistez sur le fait que les ateliers de misère existent au Sud comme au Nord, y "
                    "compris dans des ateliers clandestins de grandes villes riches.</p>"
                    "<p>Rappelez que l'acheteur peut être une ville, un centre de services scolaire "
                    "(l'organisme public qui gère les écoles d'une région au Québec) ou un syndicat : c'est ce "
                    "qui donne à votre syndicat un pouvoir d'agir.</p>"
                ),
                "en": (
                    "<p>Stress that sweatshops exist in the South and in the North alike, including in "
                    "clandestine workshops in big, wealthy cities.</p>"
                    "<p>Point out that the buyer can be a city, a school board or a union: that is what gives "
                    "your union the power to act.</p>"
                ),
                "es": (
                    "<p>Insiste en que los talleres de explotación existen tanto en el Sur como en el Norte, "
                    "incluso en talleres clandestinos de grandes ciudades ricas.</p>"
                    "<p>Recuerda que el comprador puede ser una ciudad, un centro de servicios escolares (el "
                    "organismo público que administra las escuelas de una región en Quebec) o un sindicato: "
                    "eso es lo que le da a tu sindicato poder para actuar.</p>"
                ),
                "ht": (
                    "<p>Mete aksan sou sa: gen atelye mizè ni nan Sid ni nan Nò, menm nan atelye kache nan gwo "
                    "vil rich yo.</p>"
                    "<p>Raple moun yo achtè a ka se yon vil, yon sant sèvis lekòl (biwo piblik ki jere lekòl yon "
                    "rejyon nan Kebèk) oswa yon sendika: se sa ki bay sendika w pouvwa pou l aji.</p>"
                ),
            },
            "materials": [
                {
                    "fr": "Grande feuille au mur et marqueurs",
                    "en": "Large sheet on the wall and markers",
                    "es": "Hoja grande en la pared y marcadores",
                    "ht": "Gwo fèy papye nan mi an ak makè",
                },
            ],
            "handout": {
                "fr": (
                    "<h3>Les maillons d'une chaîne d'approvisionnement</h3>"
                    "<ul>"
                    "<li><b>L'acheteur</b> passe la commande : un magasin, mais aussi une ville, un centre de "
                    "services scolaire (l'organisme public qui gère les écoles d'une région au Québec) ou un "
                    "syndicat.</li>"
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
                "es": (
                    "<h3>Los eslabones de una cadena de suministro</h3>"
                    "<ul>"
                    "<li><b>El comprador</b> hace el pedido: una tienda, pero también una ciudad, un centro de "
                    "servicios escolares (el organismo público que administra las escuelas de una región en "
                    "Quebec) o un sindicato.</li>"
                    "<li><b>La marca</b> diseña el producto y lo vende con su nombre, pero rara vez es dueña de "
                    "las fábricas.</li>"
                    "<li><b>El proveedor</b> es la fábrica que recibe el pedido y se compromete con un precio y "
                    "una fecha de entrega.</li>"
                    "<li><b>Los subcontratistas</b> son otros talleres, a menudo más pequeños, a los que el "
                    "proveedor encarga una parte del trabajo.</li>"
                    "</ul>"
                    "<h3>Las señales de un taller de explotación</h3>"
                    "<ul>"
                    "<li>Jornadas muy largas y horas extra impuestas.</li>"
                    "<li>Salarios demasiado bajos para vivir, a veces pagados con retraso o recortados.</li>"
                    "<li>Edificios peligrosos y salidas de emergencia bloqueadas.</li>"
                    "<li>Acoso y despido de quienes quieren sindicalizarse.</li>"
                    "<li>En los peores casos, trabajo infantil o trabajo forzoso.</li>"
                    "</ul>"
                ),
                "ht": (
                    "<h3>Mayon yon chèn pwovizyònman</h3>"
                    "<ul>"
                    "<li><b>Achtè a</b> pase kòmand lan: yon magazen, men tou yon vil, yon sant sèvis lekòl "
                    "(biwo piblik ki jere lekòl yon rejyon nan Kebèk) oswa yon sendika.</li>"
                    "<li><b>Mak la</b> desinen pwodui a epi li vann li ak non pa l, men se raman li mèt "
                    "faktori yo.</li>"
                    "<li><b>Founisè a</b> se faktori ki resevwa kòmand lan epi ki pwomèt yon pri ak yon dat "
                    "livrezon.</li>"
                    "<li><b>Soutretan yo</b> se lòt atelye, souvan pi piti, founisè a bay fè yon pati nan "
                    "travay la.</li>"
                    "</ul>"
                    "<h3>Siy ki montre se yon atelye mizè</h3>"
                    "<ul>"
                    "<li>Jounen travay ki long anpil ak lè siplemantè yo fòse moun fè.</li>"
                    "<li>Salè ki twò piti pou moun viv, pafwa yo peye l an reta oswa yo koupe ladan l.</li>"
                    "<li>Bilding ki danjere, ak pòt ijans (pòt pou moun sove lè gen dife) ki bloke.</li>"
                    "<li>Arasman ak revokasyon moun ki vle antre nan sendika.</li>"
                    "<li>Nan pi move ka yo, travay timoun oswa travay fòse.</li>"
                    "</ul>"
                ),
            },
        },
        {
            "title": {
                "fr": "Cartographier la chaîne d'un de nos achats",
                "en": "Mapping the chain of one of our purchases",
                "es": "Mapear la cadena de una de nuestras compras",
                "ht": "Fè kat chèn youn nan bagay nou achte",
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
                "es": (
                    "<p>Forma equipos de cuatro o cinco personas. Da a cada equipo un producto comprado por el "
                    "sindicato (o el ejemplo que preparaste) y la ficha «Mapear una cadena de "
                    "suministro».</p>"
                    "<p>Durante quince minutos, cada equipo completa la ficha: ¿quién es el comprador, la "
                    "marca, el proveedor, la fábrica? ¿Qué sabemos? ¿Qué no sabemos?</p>"
                    "<p>Durante diez minutos, cada equipo presenta en dos frases lo que sabe y lo que le "
                    "falta. Anota los vacíos en la hoja grande.</p>"
                ),
                "ht": (
                    "<p>Fè ekip kat oswa senk moun. Bay chak ekip yon pwodui sendika a te achte (oswa egzanp "
                    "ou te prepare a) ak fèy travay « Fè kat yon chèn pwovizyònman ».</p>"
                    "<p>Pandan kenz minit, chak ekip ranpli fèy la: kiyès ki achtè a, mak la, founisè a, "
                    "faktori a? Kisa nou konnen? Kisa nou pa konnen?</p>"
                    "<p>Pandan dis minit, chak ekip di an de fraz sa li konnen ak sa ki manke l. Ekri sa ki "
                    "manke yo sou gwo fèy la.</p>"
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
                "es": (
                    "<p>Los equipos encontrarán sobre todo vacíos: es el resultado esperado. Lo que no "
                    "sabemos suele ser el punto de partida de una política de compras responsables.</p>"
                ),
                "ht": (
                    "<p>Ekip yo ap jwenn sitou sa yo pa konnen: se sa nou atann. Sa nou pa konnen souvan se "
                    "pwen depa yon politik acha responsab.</p>"
                ),
            },
            "materials": [
                {
                    "fr": "La fiche « Cartographier une chaîne d'approvisionnement » (pièce jointe)",
                    "en": 'The worksheet "Mapping a supply chain" (attachment)',
                    "es": "La ficha «Mapear una cadena de suministro» (archivo adjunto)",
                    "ht": "Fèy travay « Fè kat yon chèn pwovizyònman » (dokiman ki tache a)",
                },
                {"fr": "Stylos", "en": "Pens", "es": "Bolígrafos", "ht": "Plim"},
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
                "es": (
                    "<h3>Preguntas para tu equipo</h3>"
                    "<ol>"
                    "<li>¿Qué producto elegimos y quién lo compró?</li>"
                    "<li>¿Cuál es la marca? ¿Quién es el proveedor?</li>"
                    "<li>¿Sabemos en qué fábrica, y en qué país, se fabricó?</li>"
                    "<li>¿Qué no sabemos, y a quién podríamos preguntarlo?</li>"
                    "</ol>"
                ),
                "ht": (
                    "<h3>Kesyon pou ekip ou</h3>"
                    "<ol>"
                    "<li>Ki pwodui nou chwazi, e kiyès ki te achte l?</li>"
                    "<li>Ki mak li ye? Kiyès ki founisè a?</li>"
                    "<li>Èske nou konnen nan ki faktori, e nan ki peyi, yo te fè l?</li>"
                    "<li>Kisa nou pa konnen, e ki moun nou ta ka mande?</li>"
                    "</ol>"
                ),
            },
        },
        {
            "title": {"fr": "Pause", "en": "Break", "es": "Pausa", "ht": "Poz"},
            "minutes": 10,
            "method": "break",
            "instructions": {
                "fr": "<p>Une pause de dix minutes. Laissez la carte de la chaîne au mur.</p>",
                "en": "<p>A ten-minute break. Leave the map of the chain on the wall.</p>",
                "es": "<p>Una pausa de diez minutos. Deja el mapa de la cadena en la pared.</p>",
                "ht": "<p>Yon poz dis minit. Kite kat chèn nan sou mi an.</p>",
            },
            "notes": {"fr": "", "en": "", "es": "", "ht": ""},
            "materials": [],
            "handout": {"fr": "", "en": "", "es": "", "ht": ""},
        },
        {
            "title": {
                "fr": "Le Rana Plaza : une étude de cas",
                "en": "Rana Plaza: a case study",
                "es": "El Rana Plaza: un estudio de caso",
                "ht": "Rana Plaza: yon etid ka",
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
                    "bâtiments au Bangladesh, signé en mai 2013, et ce qui le distinguait : il était "
                    "juridiquement contraignant, négocié avec des syndicats, et il prévoyait des inspections "
                    "indépendantes et un mécanisme de plainte pour les travailleuses et les travailleurs.</p>"
                ),
                "en": (
                    "<p>Have the story of Rana Plaza (participants' handout) read aloud or in silence.</p>"
                    "<p>In teams, for ten minutes: which warnings were ignored? Who, along the chain, had a "
                    "responsibility?</p>"
                    "<p>Pool the answers, then present the Accord on Fire and Building Safety in Bangladesh, "
                    "signed in May 2013, and what set it apart: it was legally binding, negotiated with "
                    "unions, and it provided for independent inspections and a complaint mechanism for "
                    "workers.</p>"
                ),
                "es": (
                    "<p>Haz leer el relato del Rana Plaza (hoja para participantes), en voz alta o en "
                    "silencio.</p>"
                    "<p>En equipos, durante diez minutos: ¿qué advertencias se ignoraron? ¿Quién, a lo largo "
                    "de la cadena, tenía una responsabilidad?</p>"
                    "<p>Haz la puesta en común; luego presenta el Acuerdo sobre Prevención de "
                    "Incendios y Seguridad de los Edificios en Bangladesh, firmado en mayo de 2013, y lo que "
                    "lo distinguía: era jurídicamente vinculante, se negoció con sindicatos y preveía "
                    "inspecciones independientes y un mecanismo de quejas para las trabajadoras y los "
                    "trabajadores.</p>"
                ),
                "ht": (
                    "<p>Fè moun yo li istwa Rana Plaza a (fèy pou patisipan yo), awotvwa oswa an "
                    "silans.</p>"
                    "<p>An ekip, pandan dis minit: ki avètisman yo pa t koute? Tout long chèn nan, kiyès ki "
                    "te gen yon responsablite?</p>"
                    "<p>Mete repons yo ansanm, apre sa prezante Akò sou sekirite kont dife ak sekirite "
                    "bilding nan Bangladèch (Accord on Fire and Building Safety in Bangladesh). Yo te siyen l "
                    "nan mwa me 2013. Men sa ki te fè l diferan: li te gen fòs lalwa (moun ki te siyen l yo "
                    "te oblije respekte l), yo te negosye l ak sendika, e li te prevwa enspeksyon "
                    "endepandan ak yon fason pou travayè yo pote plent.</p>"
                ),
            },
            "notes": {
                "fr": (
                    "<p>Les faits sont dans la fiche et dans la leçon 2 du module 3 (le Rana Plaza, puis "
                    "l'Accord) : relisez-la avant l'atelier.</p>"
                    "<p>Les syndicats signataires de l'Accord comprenaient deux fédérations syndicales "
                    "internationales, IndustriALL et UNI. L'Accord de transition de 2018, puis, en septembre "
                    "2021, l'Accord international pour la santé et la sécurité dans l'industrie du textile et "
                    "de l'habillement lui ont succédé.</p>"
                    "<p>Certaines personnes peuvent avoir des proches qui travaillent dans la confection : "
                    "laissez de la place à ce qu'elles voudraient dire.</p>"
                ),
                "en": (
                    "<p>The facts are in the handout and in lesson 2 of module 3 (Rana Plaza, then the "
                    "Accord): read it again before the workshop.</p>"
                    "<p>The union signatories of the Accord included two global union federations, IndustriALL "
                    "and UNI. It was followed by the 2018 Transition Accord, then, in September 2021, by the "
                    "International Accord for Health and Safety in the Textile and Garment Industry.</p>"
                    "<p>Some people may have relatives who work in the garment industry: leave room for what "
                    "they may want to say.</p>"
                ),
                "es": (
                    "<p>Los hechos están en la hoja para participantes y en la lección 2 del módulo 3 (el "
                    "Rana Plaza y luego el Acuerdo): vuelve a leerla antes del taller.</p>"
                    "<p>Entre los sindicatos firmantes del Acuerdo había dos federaciones sindicales "
                    "internacionales, IndustriALL y UNI. Le siguieron el Acuerdo de Transición de 2018 y, en "
                    "septiembre de 2021, el Acuerdo Internacional para la Salud y la Seguridad en la "
                    "Industria Textil y de la Confección.</p>"
                    "<p>Algunas personas pueden tener familiares que trabajan en la confección: deja espacio "
                    "para lo que quieran decir.</p>"
                ),
                "ht": (
                    "<p>Fè yo nan fèy pou patisipan yo ak nan leson 2 modil 3 la (Rana Plaza, epi Akò a): li "
                    "l ankò anvan atelye a.</p>"
                    "<p>Pami sendika ki te siyen Akò a, te gen de federasyon sendikal entènasyonal (gwoup ki "
                    "reyini sendika plizyè peyi nan menm sektè), IndustriALL ak UNI. Akò tranzisyon 2018 la te "
                    "pran relè a; epi, an septanm 2021, se Akò entènasyonal pou sante ak sekirite nan "
                    "endistri twal ak rad (International Accord for Health and Safety in the Textile and "
                    "Garment Industry) ki te pran relè a.</p>"
                    "<p>Gen moun ki ka gen fanmi k ap travay nan faktori rad: kite plas pou sa yo ta vle "
                    "di.</p>"
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
                "es": (
                    "<h3>El derrumbe del Rana Plaza</h3>"
                    "<p>El Rana Plaza era un edificio de Savar, cerca de Daca, la capital de Bangladesh. "
                    "Albergaba talleres de confección que fabricaban ropa para marcas internacionales.</p>"
                    "<p>El día antes de la catástrofe se habían visto grietas en el edificio. Aun así, el 24 "
                    "de abril de 2013 los talleres estaban funcionando cuando el edificio se derrumbó. "
                    "Murieron más de 1100 trabajadoras y trabajadores y unos 2500 resultaron heridos.</p>"
                    "<h3>Para discutir en equipo</h3>"
                    "<ul>"
                    "<li>¿Qué advertencias se ignoraron?</li>"
                    "<li>¿Quién, a lo largo de la cadena, tenía una responsabilidad?</li>"
                    "</ul>"
                ),
                "ht": (
                    "<h3>Lè bilding Rana Plaza a te tonbe</h3>"
                    "<p>Rana Plaza se te yon bilding nan Savar, toupre Dhaka, kapital Bangladèch. Ladan l te "
                    "gen atelye ki t ap koud rad pou mak entènasyonal.</p>"
                    "<p>Jou anvan katastwòf la, yo te wè fant nan bilding lan. Kanmenm, 24 avril 2013, "
                    "atelye yo t ap travay lè bilding lan tonbe. Plis pase 1 100 travayè mouri, e anviwon "
                    "2 500 blese.</p>"
                    "<h3>Pou diskite an ekip</h3>"
                    "<ul>"
                    "<li>Ki avètisman yo pa t koute?</li>"
                    "<li>Tout long chèn nan, kiyès ki te gen yon responsablite?</li>"
                    "</ul>"
                ),
            },
        },
        {
            "title": {
                "fr": "Code de conduite ou accord contraignant ?",
                "en": "Code of conduct or binding agreement?",
                "es": "¿Código de conducta o acuerdo vinculante?",
                "ht": "Kòd konduit oswa akò ki gen fòs lalwa?",
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
                "es": (
                    "<p>Divide el grupo en dos. Una mitad hace de equipo de comunicación de una marca, que "
                    "defiende su código de conducta voluntario. La otra mitad hace de delegación sindical que "
                    "pide un acuerdo vinculante.</p>"
                    "<p>Diez minutos de preparación con las fichas de rol y, luego, diez minutos de reunión "
                    "entre los dos equipos.</p>"
                ),
                "ht": (
                    "<p>Separe gwoup la an de. Yon mwatye jwe wòl ekip kominikasyon yon mak k ap defann kòd "
                    "konduit volontè li. Lòt mwatye a jwe wòl yon delegasyon sendikal k ap mande yon akò ki "
                    "gen fòs lalwa.</p>"
                    "<p>Dis minit pou prepare ak fèy wòl yo, apre sa dis minit rankont ant de ekip yo.</p>"
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
                "es": (
                    "<p>El objetivo no es ganar. Lleva el intercambio a tres preguntas: ¿quién escribe las "
                    "reglas? ¿Quién verifica que se cumplan? ¿Qué pasa si no se cumplen?</p>"
                ),
                "ht": (
                    "<p>Objektif la se pa genyen. Mennen diskisyon an sou twa kesyon: kiyès ki ekri règ yo? "
                    "Kiyès ki verifye si yo respekte yo? Kisa k ap pase si yo pa respekte yo?</p>"
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
                "es": (
                    "<h3>Ficha de rol: el equipo de la marca</h3>"
                    "<p>Tu marca adoptó un código de conducta. Quieres convencer a la delegación de que es "
                    "suficiente. Prepara tus argumentos: quién escribió el código, cómo lo dan a conocer, qué "
                    "hacen cuando alguien señala un problema.</p>"
                    "<h3>Ficha de rol: la delegación sindical</h3>"
                    "<p>Pides un acuerdo vinculante, negociado con los sindicatos. Prepara tus preguntas: "
                    "quién verifica, con qué independencia, cómo pueden presentar quejas las trabajadoras y "
                    "los trabajadores, y qué pasa si la marca no cumple su palabra.</p>"
                ),
                "ht": (
                    "<h3>Fèy wòl: ekip mak la</h3>"
                    "<p>Mak ou a adopte yon kòd konduit. Ou vle konvenk delegasyon an kòd sa a ase. Prepare "
                    "agiman ou yo: kiyès ki te ekri kòd la, kijan nou fè moun konnen l, kisa nou fè lè yon "
                    "moun siyale yon pwoblèm.</p>"
                    "<h3>Fèy wòl: delegasyon sendikal la</h3>"
                    "<p>W ap mande yon akò ki gen fòs lalwa, yon akò yo negosye ak sendika yo. Prepare kesyon ou "
                    "yo: kiyès ki verifye, èske moun sa yo endepandan, kijan travayè yo ka pote plent, e kisa "
                    "k ap pase si mak la pa kenbe pawòl li.</p>"
                ),
            },
        },
        {
            "title": {"fr": "Quiz", "en": "Quiz", "es": "Cuestionario", "ht": "Kesyonè"},
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
                "es": (
                    "<p>Reparte el cuestionario impreso. Cada persona lo responde sola o en pareja, en cinco "
                    "minutos. Luego corrígelo con todo el grupo usando las respuestas.</p>"
                ),
                "ht": (
                    "<p>Distribye kesyonè ki enprime a. Chak moun reponn li pou kont li oswa de pa de, nan "
                    "senk minit. Apre sa, korije l ansanm ak fèy repons lan.</p>"
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
                "es": (
                    "<p>No es un examen. Aprovecha las respuestas equivocadas para volver sobre un punto, sin "
                    "señalar a nadie.</p>"
                ),
                "ht": (
                    "<p>Se pa yon egzamen. Sèvi ak move repons yo pou w retounen sou yon pwen, san w pa "
                    "nonmen pèsonn.</p>"
                ),
            },
            "materials": [
                {
                    "fr": "Le quiz imprimé, une copie par personne",
                    "en": "The printed quiz, one copy per person",
                    "es": "El cuestionario impreso, una copia por persona",
                    "ht": "Kesyonè a enprime, yon kopi pou chak moun",
                },
                {
                    "fr": "Le corrigé",
                    "en": "The answer key",
                    "es": "Las respuestas del cuestionario",
                    "ht": "Fèy repons lan",
                },
            ],
            "handout": {"fr": "", "en": "", "es": "", "ht": ""},
        },
        {
            "title": {
                "fr": "Le premier pas de notre syndicat",
                "en": "Our union's first step",
                "es": "El primer paso de nuestro sindicato",
                "ht": "Premye pa sendika nou an",
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
                "es": (
                    "<p>Presenta los cuatro elementos de una buena política de compras responsables: el "
                    "respeto de las normas fundamentales del trabajo, la transparencia, la verificación "
                    "independiente y la voz de las propias trabajadoras y trabajadores.</p>"
                    "<p>Con todo el grupo, elige una compra visible y regular para empezar; luego decide "
                    "quién llevará una propuesta a la próxima asamblea general.</p>"
                ),
                "ht": (
                    "<p>Prezante kat eleman yon bon politik acha responsab: respè nòm fondamantal travay yo, "
                    "transparans, verifikasyon endepandan, ak vwa travayè yo menm.</p>"
                    "<p>Ak tout gwoup la, chwazi yon acha moun wè e ki fèt regilyèman pou nou kòmanse, apre sa "
                    "deside kiyès ki pral pote yon pwopozisyon nan pwochen asanble jeneral la.</p>"
                ),
            },
            "notes": {
                "fr": (
                    "<p>Si un problème est découvert chez un fournisseur, se retirer tout de suite n'est pas "
                    "toujours la meilleure réponse : les travailleuses et les travailleurs risquent alors de "
                    "perdre leur emploi. Il vaut souvent mieux exiger que la situation soit corrigée, avec "
                    "leur syndicat.</p>"
                    "<p>Au Québec, la Coalition québécoise contre les ateliers de misère (CQCAM), créée en 2003 "
                    "et coordonnée par le Centre international de solidarité ouvrière (CISO, fondé en 1975 à la "
                    "suite d'une conférence organisée par des dirigeants du mouvement syndical et populaire et "
                    "des ONG de Montréal), a fait campagne dès ses débuts pour "
                    "les politiques d'achat responsable. En 2007, elle a publié, avec le CISO et une coalition "
                    "étudiante, un guide pour en mettre une en place.</p>"
                ),
                "en": (
                    "<p>If a problem is found at a supplier, pulling out right away is not always the best "
                    "answer: the workers may then lose their jobs. It is often better to demand that things be "
                    "fixed, together with their union.</p>"
                    "<p>In Quebec, the Coalition québécoise contre les ateliers de misère (CQCAM, the Quebec "
                    "Coalition Against Sweatshops), set up in 2003 and coordinated by the Centre international "
                    "de solidarité ouvrière (CISO, founded in 1975 after a conference organised by leaders of "
                    "the union and popular movement and Montreal NGOs), campaigned from the start for responsible purchasing policies. In 2007, together "
                    "with CISO and a student coalition, it published a guide to setting one up.</p>"
                ),
                "es": (
                    "<p>Si se descubre un problema en un proveedor, retirarse de inmediato no siempre es la "
                    "mejor respuesta: las trabajadoras y los trabajadores pueden perder su empleo. A menudo es "
                    "mejor exigir que se corrija la situación, junto con su sindicato.</p>"
                    "<p>En Quebec, la Coalition québécoise contre les ateliers de misère (CQCAM, coalición "
                    "quebequense contra los talleres de explotación), creada en 2003 y coordinada por el "
                    "Centre international de solidarité ouvrière (CISO, centro internacional de solidaridad "
                    "obrera, fundado en 1975 tras una conferencia organizada por dirigentes del movimiento "
                    "sindical y popular y ONG de Montreal), hizo "
                    "campaña desde sus inicios por las políticas de compras responsables. En 2007 publicó, "
                    "con el CISO y una coalición estudiantil, una guía para poner una en marcha.</p>"
                ),
                "ht": (
                    "<p>Si yo dekouvri yon pwoblèm lakay yon founisè, kite l touswit se pa toujou pi bon "
                    "repons lan: travayè yo ka pèdi travay yo. Souvan li pi bon pou egzije pou yo korije "
                    "sitiyasyon an, ansanm ak sendika travayè sa yo.</p>"
                    "<p>Nan Kebèk, yo te kreye Coalition québécoise contre les ateliers de misère (CQCAM, yon "
                    "kowalisyon kont atelye mizè) an 2003. Se Centre international de solidarité ouvrière "
                    "(CISO, yo te fonde l an 1975, apre yon konferans dirijan mouvman sendikal ak popilè a ak "
                    "ONG Monreyal te òganize) ki te kowòdone l. "
                    "Depi nan kòmansman, kowalisyon an te fè kanpay pou politik acha responsab; an 2007, li "
                    "te pibliye, ansanm ak CISO ak yon kowalisyon etidyan, yon gid pou mete yon politik konsa "
                    "sou pye.</p>"
                ),
            },
            "materials": [
                {
                    "fr": "Grande feuille au mur et marqueurs",
                    "en": "Large sheet on the wall and markers",
                    "es": "Hoja grande en la pared y marcadores",
                    "ht": "Gwo fèy papye nan mi an ak makè",
                },
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
                "es": (
                    "<h3>Los cuatro elementos de una política de compras responsables</h3>"
                    "<ol>"
                    "<li><b>El respeto de las normas fundamentales del trabajo</b>: libertad sindical y "
                    "negociación colectiva, nada de trabajo forzoso, nada de trabajo infantil, nada de "
                    "discriminación, un entorno de trabajo seguro y saludable.</li>"
                    "<li><b>La transparencia</b>: los proveedores dicen dónde se fabrican los productos, con el "
                    "nombre y la dirección de las fábricas, incluidas las de los subcontratistas.</li>"
                    "<li><b>La verificación independiente</b>: no basta con la palabra del proveedor.</li>"
                    "<li><b>La voz de las trabajadoras y los trabajadores</b>: sus sindicatos y sus quejas son "
                    "la mejor fuente de información.</li>"
                    "</ol>"
                    "<h3>Nuestro primer paso</h3>"
                    "<p>La compra con la que empezamos:</p>"
                    "<p>La persona que llevará la propuesta a la asamblea general:</p>"
                ),
                "ht": (
                    "<h3>Kat eleman yon politik acha responsab</h3>"
                    "<ol>"
                    "<li><b>Respè nòm fondamantal travay yo</b>: libète sendikal ak negosyasyon kolektif, pa "
                    "gen travay fòse, pa gen travay timoun, pa gen diskriminasyon, yon anviwònman travay ki "
                    "san danje e ki bon pou sante.</li>"
                    "<li><b>Transparans</b>: founisè yo di ki kote yo fè pwodui yo, ak non ak adrès faktori "
                    "yo, menm faktori soutretan yo.</li>"
                    "<li><b>Verifikasyon endepandan</b>: nou pa kontante nou ak sa founisè a di.</li>"
                    "<li><b>Vwa travayè yo</b>: sendika yo ak plent yo se pi bon sous enfòmasyon.</li>"
                    "</ol>"
                    "<h3>Premye pa nou</h3>"
                    "<p>Acha nou pral kòmanse ak li a:</p>"
                    "<p>Moun ki pral pote pwopozisyon an nan asanble jeneral la:</p>"
                ),
            },
        },
        {
            "title": {"fr": "Évaluation", "en": "Evaluation", "es": "Evaluación", "ht": "Evalyasyon"},
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
                "es": (
                    "<p>Cada persona escribe en una nota adhesiva una cosa que aprendió y una cosa que hará, y "
                    "la pega en la pared al salir.</p>"
                ),
                "ht": (
                    "<p>Chak moun ekri sou yon ti fèy papye ki kole yon bagay li aprann ak yon bagay li pral "
                    "fè, epi li kole l nan mi an lè l ap soti.</p>"
                ),
            },
            "notes": {
                "fr": "<p>Photographiez les papillons : ils aideront à préparer le prochain atelier.</p>",
                "en": "<p>Take a photo of the notes: they will help you prepare the next workshop.</p>",
                "es": "<p>Toma una foto de las notas: te ayudarán a preparar el próximo taller.</p>",
                "ht": "<p>Pran foto ti fèy yo: y ap ede w prepare pwochen atelye a.</p>",
            },
            "materials": [
                {
                    "fr": "Papillons adhésifs",
                    "en": "Sticky notes",
                    "es": "Notas adhesivas",
                    "ht": "Ti fèy papye ki kole (post-it)",
                },
            ],
            "handout": {"fr": "", "en": "", "es": "", "ht": ""},
        },
    ],
    "discussion": [
        {
            "question": {
                "fr": (
                    "Pensez à ce que votre syndicat ou votre employeur achète : t-shirts, casquettes, "
                    "uniformes, sacs. Savez-vous où et dans quelles conditions ces produits sont fabriqués ?"
                ),
                "en": (
                    "Think of what your union or your employer buys: T-shirts, caps, uniforms, bags. Do you "
                    "know where and under what conditions these products are made?"
                ),
                "es": (
                    "Piensa en lo que compra tu sindicato o tu empleador: camisetas, gorras, uniformes, "
                    "bolsas. ¿Sabes dónde y en qué condiciones se fabrican esos productos?"
                ),
                "ht": (
                    "Panse ak sa sendika w oswa patwon w achte: mayo, kasket, inifòm, sak. Èske w konnen ki "
                    "kote ak nan ki kondisyon yo fè pwodui sa yo?"
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
                "es": (
                    "Pide que nombren dos o tres productos concretos. Para cada uno, busquen entre todos el "
                    "proveedor, la marca y la fábrica, y anoten lo que no saben."
                ),
                "ht": (
                    "Mande moun yo nonmen de oswa twa pwodui byen presi. Pou chak pwodui, chèche founisè a, "
                    "mak la ak faktori a, epi ekri sa nou pa konnen."
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
                "es": (
                    "¿Por qué un acuerdo jurídicamente vinculante, firmado con sindicatos, protege mejor a "
                    "las trabajadoras y los trabajadores que un código de conducta escrito por una marca?"
                ),
                "ht": (
                    "Poukisa yon akò ki gen fòs lalwa, mak yo siyen ak sendika, pwoteje travayè yo pi "
                    "byen pase yon kòd konduit yon mak ekri pou kont li?"
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
                "es": (
                    "Compara quién escribe las reglas, quién verifica que se cumplan y qué pasa si no se "
                    "cumplen. Pregunta también qué papel tienen las trabajadoras y los trabajadores en cada "
                    "caso."
                ),
                "ht": (
                    "Konpare kiyès ki ekri règ yo, kiyès ki verifye si yo respekte yo, ak kisa k ap pase si "
                    "yo pa respekte yo. Mande tou ki wòl travayè yo jwe nan chak ka."
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
                "es": (
                    "¿Qué compra de tu sindicato podría someterse primero a una política de compras "
                    "responsables, y quién debería llevar el proyecto?"
                ),
                "ht": (
                    "Ki acha sendika w ta ka mete anba yon politik acha responsab an premye, e kiyès ki ta "
                    "dwe pote pwojè a?"
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
                "es": (
                    "Una compra visible y regular es un buen comienzo. Piensa también en los aliados: tu "
                    "federación, tu consejo regional, una coalición como la CQCAM."
                ),
                "ht": (
                    "Yon acha moun wè e ki fèt regilyèman se yon bon kòmansman. Panse tou ak alye yo: "
                    "federasyon w, konsèy rejyonal ou, yon kowalisyon tankou CQCAM."
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
                "es": "ficha-mapear-una-cadena-de-suministro",
                "ht": "fey-travay-fe-kat-yon-chen-pwovizyonman",
            },
            "title": {
                "fr": "Fiche : cartographier une chaîne d'approvisionnement",
                "en": "Worksheet: mapping a supply chain",
                "es": "Ficha: mapear una cadena de suministro",
                "ht": "Fèy travay: fè kat yon chèn pwovizyònman",
            },
            "description": {
                "fr": "Une page à photocopier, une par équipe, pour l'activité 3.",
                "en": "One page to photocopy, one per team, for activity 3.",
                "es": "Una página para fotocopiar, una por equipo, para la actividad 3.",
                "ht": "Yon paj pou fotokopye, youn pou chak ekip, pou aktivite 3.",
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
                "es": (
                    "<p>El producto que estudiamos: ______________________________</p>"
                    "<table><thead><tr><th>Eslabón</th><th>¿Quién es?</th><th>¿Dónde?</th>"
                    "<th>Lo que sabemos</th><th>Lo que no sabemos</th></tr></thead><tbody>"
                    "<tr><th>El comprador</th><td></td><td></td><td></td><td></td></tr>"
                    "<tr><th>La marca</th><td></td><td></td><td></td><td></td></tr>"
                    "<tr><th>El proveedor</th><td></td><td></td><td></td><td></td></tr>"
                    "<tr><th>Los subcontratistas</th><td></td><td></td><td></td><td></td></tr>"
                    "</tbody></table>"
                    "<p>¿A quién podríamos hacer nuestras preguntas? ______________________________</p>"
                    "<p>Nuestra primera pregunta al proveedor: ______________________________</p>"
                ),
                "ht": (
                    "<p>Pwodui n ap etidye a: ______________________________</p>"
                    "<table><thead><tr><th>Mayon</th><th>Kiyès li ye?</th><th>Ki kote?</th>"
                    "<th>Sa nou konnen</th><th>Sa nou pa konnen</th></tr></thead><tbody>"
                    "<tr><th>Achtè a</th><td></td><td></td><td></td><td></td></tr>"
                    "<tr><th>Mak la</th><td></td><td></td><td></td><td></td></tr>"
                    "<tr><th>Founisè a</th><td></td><td></td><td></td><td></td></tr>"
                    "<tr><th>Soutretan yo</th><td></td><td></td><td></td><td></td></tr>"
                    "</tbody></table>"
                    "<p>Ki moun nou ta ka poze kesyon nou yo? ______________________________</p>"
                    "<p>Premye kesyon nou pou founisè a: ______________________________</p>"
                ),
            },
        },
    ],
    "course": "course:ilo/module:3",
    "quiz": "course:ilo/module:3/quiz",
}
