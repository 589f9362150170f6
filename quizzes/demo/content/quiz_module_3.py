"""Quiz for module 3 of the demo course: "Ateliers de misère, chaînes d'approvisionnement et achats
responsables".

Four languages (fr, en, es, ht). Data format: see ``quizzes.demo.content`` (``__init__.py``). Every question
tests something taught in the lessons of ``learning/demo/content/module_3_supply_chains.py``.
"""

QUIZ = {
    "title": {
        "fr": "Quiz : Ateliers de misère, chaînes d'approvisionnement et achats responsables",
        "en": "Quiz: Sweatshops, supply chains and responsible purchasing",
        "es": "Cuestionario: Talleres de explotación, cadenas de suministro y compras responsables",
        "ht": "Kesyonè: Atelye mizè, chèn pwovizyònman ak acha responsab",
    },
    "slug": {
        "fr": "quiz-ateliers-de-misere",
        "en": "sweatshops-quiz",
        "es": "cuestionario-talleres-de-explotacion",
        "ht": "kesyone-atelye-mize",
    },
    "intro": {
        "fr": (
            "<p>Qui fabrique vos vêtements, et dans quelles conditions ? Vérifiez ce que vous avez retenu "
            "sur les chaînes d'approvisionnement, le Rana Plaza, l'Accord du Bangladesh et les politiques "
            "d'achat responsable. Il y a huit questions. Pour chacune, une explication vous renvoie à la "
            "leçon où le sujet est traité. Il faut 70 % de bonnes réponses pour réussir.</p>"
        ),
        "en": (
            "<p>Who makes your clothes, and under what conditions? Check what you remember about supply "
            "chains, Rana Plaza, the Bangladesh Accord and responsible purchasing policies. There are eight "
            "questions. Each one comes with an explanation that points you to the lesson where the topic is "
            "covered. You need 70% correct answers to pass.</p>"
        ),
        "es": (
            "<p>¿Quién fabrica tu ropa, y en qué condiciones? Comprueba lo que has retenido sobre las "
            "cadenas de suministro, el Rana Plaza, el Acuerdo de Bangladesh y las políticas de compras "
            "responsables. Son ocho preguntas. Cada una tiene una explicación que te remite a la lección "
            "donde se trata el tema. Necesitas un 70 % de respuestas correctas para aprobar.</p>"
        ),
        "ht": (
            "<p>Kiyès ki fè rad ou mete yo, e nan ki kondisyon? Verifye sa w retni sou chèn pwovizyònman "
            "(tout antrepriz ki fè yon pwodui rive jis nan magazen an), sou Rana Plaza, sou Akò Bangladèch "
            "la ak sou politik acha responsab. Gen uit kesyon. Chak kesyon gen yon esplikasyon ki voye w nan "
            "leson kote yo pale sou sijè a. Ou bezwen 70% bon repons pou w pase.</p>"
        ),
    },
    "pass_mark": 70,
    "questions": [
        (
            "single_choice",
            {
                "prompt": {
                    "fr": (
                        "Dans une chaîne d'approvisionnement du vêtement, quel maillon conçoit le produit "
                        "et le vend sous son nom, mais possède rarement les usines ?"
                    ),
                    "en": (
                        "In a garment supply chain, which link designs the product and sells it under its "
                        "own name, but rarely owns the factories?"
                    ),
                    "es": (
                        "En una cadena de suministro de la confección, ¿qué eslabón diseña el producto y "
                        "lo vende con su nombre, pero rara vez es dueño de las fábricas?"
                    ),
                    "ht": (
                        "Nan chèn pwovizyònman rad yo, ki mayon nan chèn nan ki fè desen pwodui a e ki "
                        "vann li sou pwòp non li, men ki raman gen pwòp faktori pa l?"
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "fr": "Le fournisseur",
                            "en": "The supplier",
                            "es": "El proveedor",
                            "ht": "Founisè a",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. Le fournisseur, c'est l'usine qui reçoit la commande et s'engage "
                                "sur un prix et une date de livraison."
                            ),
                            "en": (
                                "No. The supplier is the factory that receives the order and commits to a "
                                "price and a delivery date."
                            ),
                            "es": (
                                "No. El proveedor es la fábrica que recibe el pedido y se compromete a un "
                                "precio y a una fecha de entrega."
                            ),
                            "ht": (
                                "Non. Founisè a se faktori ki resevwa kòmann nan, e ki pwomèt yon pri ak "
                                "yon dat pou l livre."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "L'acheteur",
                            "en": "The buyer",
                            "es": "El comprador",
                            "ht": "Achtè a",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. L'acheteur passe la commande : un magasin, mais aussi une ville, un "
                                "centre de services scolaire (au Québec, l'organisme public qui gère les "
                                "écoles d'une région) ou un syndicat."
                            ),
                            "en": (
                                "No. The buyer places the order: a store, but also a city, a school "
                                "service centre (in Quebec, the public body that runs the schools of a "
                                "region) or a union."
                            ),
                            "es": (
                                "No. El comprador hace el pedido: una tienda, pero también una ciudad, un "
                                "centro de servicios escolares (en Quebec, el organismo público que "
                                "administra las escuelas de una región) o un sindicato."
                            ),
                            "ht": (
                                "Non. Achtè a se moun ki pase kòmann nan: yon magazen, men tou yon vil, "
                                "yon sant sèvis eskolè (nan Kebèk, se òganis piblik ki jere lekòl yon "
                                "rejyon) oswa yon sendika."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Le sous-traitant",
                            "en": "The subcontractor",
                            "es": "El subcontratista",
                            "ht": "Soutretan an",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. Le sous-traitant est un autre atelier, souvent plus petit, à qui le "
                                "fournisseur confie une partie du travail."
                            ),
                            "en": (
                                "No. The subcontractor is another workshop, often smaller, to which the "
                                "supplier hands part of the work."
                            ),
                            "es": (
                                "No. El subcontratista es otro taller, a menudo más pequeño, al que el "
                                "proveedor encarga una parte del trabajo."
                            ),
                            "ht": (
                                "Non. Soutretan an se yon lòt atelye, souvan pi piti, founisè a bay fè "
                                "yon pati nan travay la."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "La marque",
                            "en": "The brand",
                            "es": "La marca",
                            "ht": "Mak la",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": (
                                "Exact. La marque conçoit le produit et le vend sous son nom, mais elle "
                                "possède rarement les usines où il est fabriqué."
                            ),
                            "en": (
                                "Correct. The brand designs the product and sells it under its name, but "
                                "it rarely owns the factories where it is made."
                            ),
                            "es": (
                                "Correcto. La marca diseña el producto y lo vende con su nombre, pero "
                                "rara vez es dueña de las fábricas donde se hace."
                            ),
                            "ht": (
                                "Se sa. Mak la fè desen pwodui a e li vann li sou non li, men li raman "
                                "gen faktori kote yo fè l la."
                            ),
                        },
                    },
                ],
                "explanation": {
                    "fr": (
                        "<p>Dans le vêtement, la chaîne relie souvent l'acheteur, la marque, le "
                        "fournisseur et les sous-traitants. Voir la leçon « Ateliers de misère et chaînes "
                        "d'approvisionnement mondiales ».</p>"
                    ),
                    "en": (
                        "<p>In the garment industry, the chain often links the buyer, the brand, the "
                        "supplier and the subcontractors. See the lesson “Sweatshops and global supply "
                        "chains”.</p>"
                    ),
                    "es": (
                        "<p>En la confección, la cadena suele unir al comprador, la marca, el proveedor y "
                        "los subcontratistas. Consulta la lección «Talleres de explotación y cadenas de "
                        "suministro mundiales».</p>"
                    ),
                    "ht": (
                        "<p>Nan endistri rad, chèn nan souvan mache konsa: achtè a, mak la, founisè a ak "
                        "soutretan yo. Gade leson « Atelye mizè ak chèn pwovizyònman nan lemonn » la.</p>"
                    ),
                },
            },
        ),
        (
            "true_false",
            {
                "prompt": {
                    "fr": (
                        "Vrai ou faux : selon la leçon, les ateliers de misère sont un problème des zones "
                        "franches d'Asie et d'Amérique latine, pas des grandes villes riches."
                    ),
                    "en": (
                        "True or false: according to the lesson, sweatshops are a problem of the free "
                        "trade zones of Asia and Latin America, not of big, wealthy cities."
                    ),
                    "es": (
                        "Verdadero o falso: según la lección, los talleres de explotación son un problema "
                        "de las zonas francas de Asia y de América Latina, no de las grandes ciudades "
                        "ricas."
                    ),
                    "ht": (
                        "Vre oswa fo: dapre leson an, atelye mizè se yon pwoblèm zòn franch an Azi ak an "
                        "Amerik Latin, se pa yon pwoblèm gwo vil rich yo."
                    ),
                },
                "answer": False,
                "explanation": {
                    "fr": (
                        "<p>Faux. On en trouve dans des zones franches d'Asie ou d'Amérique latine, mais "
                        "aussi dans des ateliers clandestins de grandes villes riches, où des personnes "
                        "migrantes ont peur de se plaindre. Voir la leçon « Ateliers de misère et chaînes "
                        "d'approvisionnement mondiales ».</p>"
                    ),
                    "en": (
                        "<p>False. They are found in free trade zones in Asia or Latin America, but also "
                        "in clandestine workshops in big, wealthy cities, where migrant workers are "
                        "afraid to complain. See the lesson “Sweatshops and global supply chains”.</p>"
                    ),
                    "es": (
                        "<p>Falso. Los hay en zonas francas de Asia o de América Latina, pero también en "
                        "talleres clandestinos de grandes ciudades ricas, donde personas migrantes tienen "
                        "miedo de quejarse. Consulta la lección «Talleres de explotación y cadenas de "
                        "suministro mundiales».</p>"
                    ),
                    "ht": (
                        "<p>Fo. Gen atelye mizè nan zòn franch an Azi oswa an Amerik Latin, men gen tou "
                        "nan atelye kache nan gwo vil rich, kote moun ki soti nan lòt peyi pè plenyen. "
                        "Gade leson « Atelye mizè ak chèn pwovizyònman nan lemonn » la.</p>"
                    ),
                },
            },
        ),
        (
            "multiple_choice",
            {
                "prompt": {
                    "fr": (
                        "Quand l'acheteur exige le prix le plus bas et le délai le plus court, que se "
                        "passe-t-il souvent plus bas dans la chaîne, selon la leçon ? Cochez toutes les "
                        "bonnes réponses."
                    ),
                    "en": (
                        "When the buyer demands the lowest price and the shortest deadline, what often "
                        "happens further down the chain, according to the lesson? Select all that apply."
                    ),
                    "es": (
                        "Cuando el comprador exige el precio más bajo y el plazo más corto, ¿qué suele "
                        "pasar más abajo en la cadena, según la lección? Marca todas las respuestas "
                        "correctas."
                    ),
                    "ht": (
                        "Lè achtè a egzije pri ki pi ba a ak delè ki pi kout la, kisa ki konn rive pi ba "
                        "nan chèn nan, dapre leson an? Chwazi tout bon repons yo."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "fr": "Les cadences s'accélèrent et les heures supplémentaires s'allongent.",
                            "en": "The pace of work speeds up and overtime gets longer.",
                            "es": "El ritmo de trabajo se acelera y las horas extra se alargan.",
                            "ht": "Yo fè moun travay pi vit, e èdtan siplemantè yo vin pi long.",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": (
                                "Exact. Le fournisseur accepte la commande, puis fait descendre la "
                                "pression sur les travailleuses et les travailleurs."
                            ),
                            "en": (
                                "Correct. The supplier accepts the order, then passes the pressure down "
                                "onto the workers."
                            ),
                            "es": (
                                "Correcto. El proveedor acepta el pedido y luego traslada la presión a "
                                "las trabajadoras y los trabajadores."
                            ),
                            "ht": (
                                "Se sa. Founisè a aksepte kòmann nan, apre sa li voye presyon an desann "
                                "sou do travayè yo."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Le fournisseur refuse la commande pour protéger son personnel.",
                            "en": "The supplier turns the order down to protect its staff.",
                            "es": "El proveedor rechaza el pedido para proteger a su personal.",
                            "ht": "Founisè a refize kòmann lan pou l pwoteje anplwaye l yo.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. Selon la leçon, le fournisseur accepte pour ne pas perdre le "
                                "contrat, puis il fait descendre la pression."
                            ),
                            "en": (
                                "No. According to the lesson, the supplier accepts so as not to lose the "
                                "contract, then pushes the pressure down the line."
                            ),
                            "es": (
                                "No. Según la lección, el proveedor acepta para no perder el contrato y "
                                "luego traslada la presión hacia abajo."
                            ),
                            "ht": (
                                "Non. Dapre leson an, founisè a aksepte pou l pa pèdi kontra a, epi li fè "
                                "presyon an desann."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": (
                                "La responsabilité se dilue : chacun peut dire « ce n'était pas mon usine »."
                            ),
                            "en": "Responsibility gets diluted: everyone can say “it wasn't my factory”.",
                            "es": "La responsabilidad se diluye: cada uno puede decir «no era mi fábrica».",
                            "ht": "Responsablite a vin flou: chak moun ka di « se pa t faktori pa m ».",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": (
                                "Exact. Le mouvement syndical le conteste : celui qui passe la commande "
                                "et fixe le prix a aussi une responsabilité."
                            ),
                            "en": (
                                "Correct. The union movement challenges this: whoever places the order "
                                "and sets the price is also responsible."
                            ),
                            "es": (
                                "Correcto. El movimiento sindical lo rechaza: quien hace el pedido y fija "
                                "el precio también tiene una responsabilidad."
                            ),
                            "ht": (
                                "Se sa. Mouvman sendikal la pa dakò: moun ki pase kòmann nan e ki fikse "
                                "pri a gen responsablite li tou."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "La marque envoie ses équipes surveiller de près les sous-traitants.",
                            "en": "The brand sends its own teams to watch the subcontractors closely.",
                            "es": "La marca envía a sus equipos a vigilar de cerca a los subcontratistas.",
                            "ht": "Mak la voye ekip li yo siveye soutretan yo de pre.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. C'est l'inverse : le travail part vers des ateliers moins chers et "
                                "moins surveillés."
                            ),
                            "en": (
                                "No. It is the opposite: the work goes to cheaper and less closely "
                                "watched workshops."
                            ),
                            "es": (
                                "No. Es lo contrario: el trabajo se va a talleres más baratos y menos "
                                "vigilados."
                            ),
                            "ht": (
                                "Non. Se kontrè a: travay la ale nan atelye ki pi bon mache e yo siveye "
                                "mwens."
                            ),
                        },
                    },
                ],
                "explanation": {
                    "fr": (
                        "<p>La pression sur les prix et les délais descend jusqu'au dernier maillon, et "
                        "la sous-traitance dilue la responsabilité. Voir la leçon « Ateliers de misère et "
                        "chaînes d'approvisionnement mondiales ».</p>"
                    ),
                    "en": (
                        "<p>Pressure on prices and deadlines travels down to the last link, and "
                        "subcontracting dilutes responsibility. See the lesson “Sweatshops and global "
                        "supply chains”.</p>"
                    ),
                    "es": (
                        "<p>La presión sobre los precios y los plazos baja hasta el último eslabón, y la "
                        "subcontratación diluye la responsabilidad. Consulta la lección «Talleres de "
                        "explotación y cadenas de suministro mundiales».</p>"
                    ),
                    "ht": (
                        "<p>Presyon sou pri ak delè yo desann jouk nan dènye mayon chèn nan, e soutretans "
                        "fè responsablite a vin flou. Gade leson « Atelye mizè ak chèn pwovizyònman nan "
                        "lemonn » la.</p>"
                    ),
                },
            },
        ),
        (
            "short_answer",
            {
                "prompt": {
                    "fr": "En quelle année l'immeuble du Rana Plaza s'est-il effondré, au Bangladesh ?",
                    "en": "In what year did the Rana Plaza building collapse in Bangladesh?",
                    "es": "¿En qué año se derrumbó el edificio Rana Plaza, en Bangladesh?",
                    "ht": "Ki ane bilding Rana Plaza a te tonbe, nan Bangladèch?",
                },
                "accepted_answers": {
                    "fr": ["2013", "en 2013"],
                    "en": ["2013", "in 2013"],
                    "es": ["2013", "en 2013"],
                    "ht": ["2013", "an 2013"],
                },
                "explanation": {
                    "fr": (
                        "<p>Le Rana Plaza s'est effondré le 24 avril 2013, à Savar, près de Dhaka : plus de "
                        "1 100 travailleuses et travailleurs sont morts. Voir la leçon « Le Rana Plaza et "
                        "l'Accord du Bangladesh ».</p>"
                    ),
                    "en": (
                        "<p>Rana Plaza collapsed on 24 April 2013, in Savar, near Dhaka: more than 1,100 "
                        "workers were killed. See the lesson “Rana Plaza and the Bangladesh Accord”.</p>"
                    ),
                    "es": (
                        "<p>El Rana Plaza se derrumbó el 24 de abril de 2013, en Savar, cerca de Daca: "
                        "murieron más de 1100 trabajadoras y trabajadores. Consulta la lección «El Rana "
                        "Plaza y el Acuerdo de Bangladesh».</p>"
                    ),
                    "ht": (
                        "<p>Rana Plaza te tonbe 24 avril 2013, nan Savar, toupre Dhaka: plis pase 1 100 "
                        "travayè te mouri. Gade leson « Rana Plaza ak Akò Bangladèch la » la.</p>"
                    ),
                },
            },
        ),
        (
            "single_choice",
            {
                "prompt": {
                    "fr": (
                        "Qu'est-ce qui distingue l'Accord sur la sécurité incendie et la sécurité des "
                        "bâtiments au Bangladesh (2013) d'un code de conduite volontaire ?"
                    ),
                    "en": (
                        "What sets the Accord on Fire and Building Safety in Bangladesh (2013) apart from "
                        "a voluntary code of conduct?"
                    ),
                    "es": (
                        "¿Qué distingue el Acuerdo sobre Seguridad contra Incendios y Seguridad de los "
                        "Edificios en Bangladesh (2013) de un código de conducta voluntario?"
                    ),
                    "ht": (
                        "Kisa ki fè Akò sou sekirite kont dife ak sekirite batiman nan Bangladèch (2013) "
                        "a diferan de yon kòd konduit volontè (yon lis règ yon mak ekri pou tèt li, san "
                        "anyen pa oblije l respekte yo)?"
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "fr": (
                                "Il oblige juridiquement les marques et a été négocié avec les syndicats."
                            ),
                            "en": "It legally binds the brands and was negotiated with unions.",
                            "es": "Obliga jurídicamente a las marcas y se negoció con los sindicatos.",
                            "ht": "Li oblije mak yo devan lalwa, e yo te negosye l ak sendika yo.",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": (
                                "Exact. Ce n'est pas une promesse qu'une marque peut oublier quand ça "
                                "l'arrange : les signataires sont liés, et les syndicats ont négocié le "
                                "texte."
                            ),
                            "en": (
                                "Correct. It is not a promise a brand can forget whenever it suits it: "
                                "the signatories are bound, and unions negotiated the text."
                            ),
                            "es": (
                                "Correcto. No es una promesa que una marca pueda olvidar cuando le "
                                "conviene: los firmantes están obligados, y los sindicatos negociaron el "
                                "texto."
                            ),
                            "ht": (
                                "Se sa. Se pa yon pwomès yon mak ka bliye lè sa aranje l: moun ki siyen "
                                "yo oblije respekte l, e se sendika yo ki te negosye tèks la."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Il a été rédigé par les marques, puis présenté à leurs fournisseurs.",
                            "en": "It was drafted by the brands, then presented to their suppliers.",
                            "es": "Lo redactaron las marcas solas y luego lo presentaron a sus proveedores.",
                            "ht": "Se mak yo ki te ekri l pou kont yo, apre sa yo prezante l bay founisè yo.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. L'Accord a été signé avec des syndicats, dont deux fédérations "
                                "syndicales internationales : IndustriALL et UNI."
                            ),
                            "en": (
                                "No. The Accord was signed with unions, including two global union "
                                "federations: IndustriALL and UNI."
                            ),
                            "es": (
                                "No. El Acuerdo se firmó con sindicatos, entre ellos dos federaciones "
                                "sindicales internacionales: IndustriALL y UNI."
                            ),
                            "ht": (
                                "Non. Yo te siyen Akò a ak sendika, pami yo de federasyon sendikal "
                                "entènasyonal: IndustriALL ak UNI."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": (
                                "Les usines y sont inspectées par des auditeurs que choisit leur propre "
                                "patron."
                            ),
                            "en": "Factories are inspected by auditors chosen by their own owner.",
                            "es": "Las fábricas las inspeccionan auditores que elige su propio dueño.",
                            "ht": "Se oditè pwòp patwon faktori a chwazi ki enspekte faktori yo.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. L'Accord prévoit des inspections indépendantes, faites par des "
                                "inspecteurs qui ne dépendent ni du patron de l'usine ni de la marque."
                            ),
                            "en": (
                                "No. The Accord provides for independent inspections, by inspectors who "
                                "depend neither on the factory owner nor on the brand."
                            ),
                            "es": (
                                "No. El Acuerdo prevé inspecciones independientes, hechas por inspectores "
                                "que no dependen ni del dueño de la fábrica ni de la marca."
                            ),
                            "ht": (
                                "Non. Akò a mande enspeksyon endepandan: se enspektè ki pa depann ni de "
                                "patwon faktori a ni de mak la ki fè yo."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Il a été adopté par l'OIT et ratifié par le Bangladesh.",
                            "en": "It was adopted by the ILO and ratified by Bangladesh.",
                            "es": "Lo adoptó la OIT y lo ratificó Bangladesh.",
                            "ht": "Se OIT ki te adopte l, e Bangladèch te ratifye l.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. L'Accord n'est pas une convention de l'OIT : c'est un engagement "
                                "signé par des marques et des syndicats. L'OIT a accepté de présider son "
                                "comité de direction de façon neutre."
                            ),
                            "en": (
                                "No. The Accord is not an ILO convention: it is a commitment signed by "
                                "brands and unions. The ILO agreed to chair its steering committee as a "
                                "neutral party."
                            ),
                            "es": (
                                "No. El Acuerdo no es un convenio de la OIT: es un compromiso firmado por "
                                "marcas y sindicatos. La OIT aceptó presidir su comité de dirección de "
                                "forma neutral."
                            ),
                            "ht": (
                                "Non. Akò a se pa yon konvansyon OIT: se yon angajman mak ak sendika "
                                "siyen. OIT te aksepte prezide komite direksyon li san pran pozisyon."
                            ),
                        },
                    },
                ],
                "explanation": {
                    "fr": (
                        "<p>L'Accord de 2013 est contraignant et négocié avec les syndicats ; il prévoit "
                        "des inspections indépendantes et un mécanisme de plainte pour les travailleuses "
                        "et les travailleurs. Voir la leçon « Le Rana Plaza et l'Accord du Bangladesh "
                        "».</p>"
                    ),
                    "en": (
                        "<p>The 2013 Accord is binding and negotiated with unions; it provides for "
                        "independent inspections and a complaint mechanism for workers. See the lesson "
                        "“Rana Plaza and the Bangladesh Accord”.</p>"
                    ),
                    "es": (
                        "<p>El Acuerdo de 2013 es vinculante y se negoció con los sindicatos; prevé "
                        "inspecciones independientes y un mecanismo de quejas para las trabajadoras y los "
                        "trabajadores. Consulta la lección «El Rana Plaza y el Acuerdo de "
                        "Bangladesh».</p>"
                    ),
                    "ht": (
                        "<p>Akò 2013 la oblije moun ki siyen l yo, e yo te negosye l ak sendika yo; li "
                        "mande enspeksyon endepandan, e li bay travayè yo yon mwayen pou yo pote plent. "
                        "Gade leson « Rana Plaza ak Akò Bangladèch la » la.</p>"
                    ),
                },
            },
        ),
        (
            "multiple_choice",
            {
                "prompt": {
                    "fr": (
                        "Selon la leçon, quels éléments une bonne politique d'achat responsable doit-elle "
                        "contenir ? Cochez toutes les bonnes réponses."
                    ),
                    "en": (
                        "According to the lesson, which elements should a good responsible purchasing "
                        "policy contain? Select all that apply."
                    ),
                    "es": (
                        "Según la lección, ¿qué elementos debe tener una buena política de compras "
                        "responsables? Marca todas las respuestas correctas."
                    ),
                    "ht": (
                        "Dapre leson an, ki eleman yon bon politik acha responsab dwe genyen? Chwazi tout "
                        "bon repons yo."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "fr": (
                                "La transparence : le nom et l'adresse des usines, y compris celles des "
                                "sous-traitants."
                            ),
                            "en": (
                                "Transparency: the name and address of the factories, including those of "
                                "subcontractors."
                            ),
                            "es": (
                                "La transparencia: el nombre y la dirección de las fábricas, incluidas "
                                "las de los subcontratistas."
                            ),
                            "ht": "Transparans: non ak adrès faktori yo, ansanm ak faktori soutretan yo.",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": (
                                "Exact. Sans savoir où les produits sont fabriqués, on ne peut pas "
                                "vérifier les conditions de travail."
                            ),
                            "en": (
                                "Correct. Without knowing where the products are made, you cannot check "
                                "working conditions."
                            ),
                            "es": (
                                "Correcto. Sin saber dónde se fabrican los productos, no se pueden "
                                "verificar las condiciones de trabajo."
                            ),
                            "ht": (
                                "Se sa. Si w pa konnen ki kote yo fè pwodui yo, ou pa ka verifye "
                                "kondisyon travay yo."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Un audit annuel fait par un cabinet que choisit et paie le fournisseur.",
                            "en": "A yearly audit by a firm that the supplier chooses and pays.",
                            "es": (
                                "Una auditoría anual hecha por una empresa que elige y paga el proveedor."
                            ),
                            "ht": "Yon odit chak ane, fèt pa yon konpayi founisè a chwazi e li peye.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. La leçon demande une vérification indépendante, par des personnes "
                                "ou des organismes qui ne dépendent pas du fournisseur."
                            ),
                            "en": (
                                "No. The lesson calls for independent verification, by people or bodies "
                                "that do not depend on the supplier."
                            ),
                            "es": (
                                "No. La lección pide una verificación independiente, por personas u "
                                "organismos que no dependen del proveedor."
                            ),
                            "ht": (
                                "Non. Leson an mande yon verifikasyon endepandan, pa moun oswa òganis ki "
                                "pa depann de founisè a."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Un code de conduite que le fournisseur rédige et affiche dans l'usine.",
                            "en": "A code of conduct that the supplier writes and posts in the factory.",
                            "es": (
                                "Un código de conducta que el proveedor redacta y pone a la vista en la "
                                "fábrica."
                            ),
                            "ht": "Yon kòd konduit founisè a ekri epi li afiche nan faktori a.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. Un code écrit par le fournisseur reste sa propre parole ; la leçon "
                                "demande une vérification indépendante et la voix des travailleurs."
                            ),
                            "en": (
                                "No. A code written by the supplier is still only its own word; the "
                                "lesson calls for independent verification and workers' voices."
                            ),
                            "es": (
                                "No. Un código escrito por el proveedor sigue siendo su propia palabra; "
                                "la lección pide una verificación independiente y la voz de los "
                                "trabajadores."
                            ),
                            "ht": (
                                "Non. Yon kòd founisè a ekri se toujou pwòp pawòl li; leson an mande yon "
                                "verifikasyon endepandan ak vwa travayè yo."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "La voix des travailleuses et des travailleurs, et de leurs syndicats.",
                            "en": "The voices of workers and their unions.",
                            "es": "La voz de las trabajadoras y los trabajadores, y de sus sindicatos.",
                            "ht": "Vwa travayè yo ak sendika yo.",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": "Exact. Ce sont elles et eux qui savent ce qui se passe dans l'usine.",
                            "en": "Correct. They are the ones who know what goes on in the factory.",
                            "es": "Correcto. Son ellas y ellos quienes saben lo que pasa en la fábrica.",
                            "ht": "Se sa. Se yo menm ki konnen sa k ap pase nan faktori a.",
                        },
                    },
                ],
                "explanation": {
                    "fr": (
                        "<p>Une bonne politique contient au moins quatre éléments : le respect des normes "
                        "fondamentales, la transparence, la vérification indépendante et la voix des "
                        "travailleuses et des travailleurs. Voir la leçon « Les politiques d'achat "
                        "responsable ».</p>"
                    ),
                    "en": (
                        "<p>A good policy has at least four elements: respect for fundamental standards, "
                        "transparency, independent verification and workers' own voices. See the lesson "
                        "“Responsible purchasing policies”.</p>"
                    ),
                    "es": (
                        "<p>Una buena política tiene al menos cuatro elementos: el respeto de las normas "
                        "fundamentales, la transparencia, la verificación independiente y la voz de las "
                        "trabajadoras y los trabajadores. Consulta la lección «Las políticas de compras "
                        "responsables».</p>"
                    ),
                    "ht": (
                        "<p>Yon bon politik gen omwen kat eleman: respè nòm fondamantal yo, transparans, "
                        "verifikasyon endepandan ak vwa travayè yo. Gade leson « Politik acha responsab "
                        "yo » a.</p>"
                    ),
                },
            },
        ),
        (
            "ordering",
            {
                "prompt": {
                    "fr": (
                        "Votre syndicat local veut adopter une politique d'achat responsable. Remettez ces "
                        "étapes dans l'ordre proposé par la leçon."
                    ),
                    "en": (
                        "Your local union wants to adopt a responsible purchasing policy. Put these steps in "
                        "the order the lesson suggests."
                    ),
                    "es": (
                        "Tu sindicato local quiere adoptar una política de compras responsables. Pon estos "
                        "pasos en el orden que propone la lección."
                    ),
                    "ht": (
                        "Sendika lokal ou a vle adopte yon politik acha responsab. Mete etap sa yo nan lòd "
                        "leson an pwopoze a."
                    ),
                },
                "steps": [
                    {
                        "fr": "Faire l'inventaire de ce que le syndicat achète.",
                        "en": "Take stock of what the union buys.",
                        "es": "Hacer el inventario de lo que compra el sindicato.",
                        "ht": "Fè lis tout sa sendika a achte.",
                    },
                    {
                        "fr": (
                            "Proposer une résolution en assemblée générale pour adopter le principe de la "
                            "politique."
                        ),
                        "en": (
                            "Put forward a resolution at the general meeting to adopt the principle of the "
                            "policy."
                        ),
                        "es": (
                            "Proponer una resolución en la asamblea general para adoptar el principio de la "
                            "política."
                        ),
                        "ht": (
                            "Pwopoze yon rezolisyon nan asanble jeneral la pou manm yo dakò sou prensip "
                            "politik la."
                        ),
                    },
                    {
                        "fr": "Rédiger la politique avec un petit comité.",
                        "en": "Draft the policy with a small committee.",
                        "es": "Redactar la política con un pequeño comité.",
                        "ht": "Ekri politik la ak yon ti komite.",
                    },
                    {
                        "fr": "Informer les fournisseurs et leur demander la liste des usines.",
                        "en": "Inform the suppliers and ask them for the list of factories.",
                        "es": "Informar a los proveedores y pedirles la lista de las fábricas.",
                        "ht": "Enfòme founisè yo epi mande yo lis faktori yo.",
                    },
                    {
                        "fr": "Faire un bilan chaque année en assemblée.",
                        "en": "Review the policy every year at a general meeting.",
                        "es": "Hacer un balance cada año en asamblea.",
                        "ht": "Chak ane, fè bilan an nan asanble.",
                    },
                ],
                "explanation": {
                    "fr": (
                        "<p>On commence par l'inventaire et une résolution en assemblée ; ensuite, on rédige "
                        "la politique, on informe les fournisseurs et on fait un bilan chaque année. Voir la "
                        "leçon « Les politiques d'achat responsable ».</p>"
                    ),
                    "en": (
                        "<p>You start with an inventory and a resolution at the general meeting; then you "
                        "draft the policy, inform suppliers and review it every year. See the lesson "
                        "“Responsible purchasing policies”.</p>"
                    ),
                    "es": (
                        "<p>Se empieza por el inventario y una resolución en asamblea; después se redacta la "
                        "política, se informa a los proveedores y se hace un balance cada año. Consulta la "
                        "lección «Las políticas de compras responsables».</p>"
                    ),
                    "ht": (
                        "<p>Ou kòmanse ak lis sa sendika a achte ak yon rezolisyon nan asanble; apre sa, ou "
                        "ekri politik la, ou enfòme founisè yo, e chak ane ou fè yon bilan. Gade leson "
                        "« Politik acha responsab yo » a.</p>"
                    ),
                },
            },
        ),
        (
            "true_false",
            {
                "prompt": {
                    "fr": (
                        "Vrai ou faux : selon la leçon, quand un problème est découvert chez un "
                        "fournisseur, il est recommandé de cesser d'abord les commandes, puis de "
                        "discuter."
                    ),
                    "en": (
                        "True or false: according to the lesson, when a problem is found at a supplier, "
                        "the recommended step is to stop ordering first, then talk."
                    ),
                    "es": (
                        "Verdadero o falso: según la lección, cuando se descubre un problema en un "
                        "proveedor, se recomienda dejar primero de hacerle pedidos y luego hablar."
                    ),
                    "ht": (
                        "Vre oswa fo: dapre leson an, lè yo jwenn yon pwoblèm kay yon founisè, yo "
                        "rekòmande pou sispann kòmann yo anvan, epi pale apre."
                    ),
                },
                "answer": False,
                "explanation": {
                    "fr": (
                        "<p>Faux. Si l'acheteur part tout de suite, les travailleuses et les travailleurs "
                        "risquent de perdre leur emploi ; il vaut souvent mieux exiger des corrections, "
                        "avec leur syndicat. Voir la leçon « Les politiques d'achat responsable ».</p>"
                    ),
                    "en": (
                        "<p>False. If the buyer pulls out right away, the workers may lose their jobs; it "
                        "is often better to demand that things be fixed, together with their union. See "
                        "the lesson “Responsible purchasing policies”.</p>"
                    ),
                    "es": (
                        "<p>Falso. Si el comprador se va de inmediato, las trabajadoras y los "
                        "trabajadores pueden perder su empleo; a menudo es mejor exigir que se corrijan "
                        "los problemas, junto con su sindicato. Consulta la lección «Las políticas de "
                        "compras responsables».</p>"
                    ),
                    "ht": (
                        "<p>Fo. Si achtè a kite founisè a touswit, travayè yo ka pèdi travay yo; souvan "
                        "li pi bon pou achtè a egzije pou yo korije pwoblèm yo, ansanm ak sendika travayè "
                        "yo. Gade leson « Politik acha responsab yo » a.</p>"
                    ),
                },
            },
        ),
    ],
}
