"""Quiz for module 1 of the demo course: "L'OIT et les normes internationales du travail".

Four languages (fr, en, es, ht). Data format: see ``quizzes.demo.content`` (``__init__.py``). Every question
tests something taught in the lessons of ``learning/demo/content/module_1_ilo.py``.
"""

QUIZ = {
    "title": {
        "fr": "Quiz : L'OIT et les normes internationales du travail",
        "en": "Quiz: The ILO and international labour standards",
        "es": "Cuestionario: La OIT y las normas internacionales del trabajo",
        "ht": "Kesyonè: OIT ak nòm entènasyonal travay yo",
    },
    "slug": {
        "fr": "quiz-oit",
        "en": "ilo-quiz",
        "es": "cuestionario-oit",
        "ht": "kesyone-oit",
    },
    "intro": {
        "fr": (
            "<p>Vérifiez ce que vous avez retenu du module sur l'OIT : son histoire, le tripartisme, la "
            "façon dont une norme est créée et surveillée, et les droits fondamentaux au travail. Il y a "
            "huit questions. Pour chacune, une explication vous renvoie à la leçon où le sujet est traité. "
            "Il faut 70 % de bonnes réponses pour réussir.</p>"
        ),
        "en": (
            "<p>Check what you remember from the module on the ILO: its history, tripartism, how a standard "
            "is made and supervised, and fundamental rights at work. There are eight questions. Each one "
            "comes with an explanation that points you to the lesson where the topic is covered. You need "
            "70% correct answers to pass.</p>"
        ),
        "es": (
            "<p>Comprueba lo que has retenido del módulo sobre la OIT: su historia, el tripartismo, cómo se "
            "crea y se controla una norma, y los derechos fundamentales en el trabajo. Son ocho preguntas. "
            "Cada una tiene una explicación que te remite a la lección donde se trata el tema. Necesitas un "
            "70 % de respuestas correctas para aprobar.</p>"
        ),
        "ht": (
            "<p>Verifye sa w retni nan modil sou OIT a: istwa li, tripatis, kijan yon nòm fèt e kijan yo "
            "siveye l, ak dwa fondamantal nan travay. Gen uit kesyon. Chak kesyon gen yon esplikasyon ki "
            "voye w nan leson kote yo pale sou sijè a. Ou bezwen 70% bon repons pou w pase.</p>"
        ),
    },
    "pass_mark": 70,
    "questions": [
        (
            "short_answer",
            {
                "prompt": {
                    "fr": (
                        "En quelle année l'Organisation internationale du Travail (OIT) a-t-elle été fondée ?"
                    ),
                    "en": "In what year was the International Labour Organization (ILO) founded?",
                    "es": "¿En qué año se fundó la Organización Internacional del Trabajo (OIT)?",
                    "ht": "Ki ane yo te fonde Òganizasyon Entènasyonal Travay (OIT)?",
                },
                "accepted_answers": {
                    "fr": ["1919", "en 1919"],
                    "en": ["1919", "in 1919"],
                    "es": ["1919", "en 1919"],
                    "ht": ["1919", "an 1919"],
                },
                "explanation": {
                    "fr": (
                        "<p>L'OIT est née en 1919, avec le traité de Versailles, à la fin de la Première "
                        "Guerre mondiale. Voir la leçon « Qu'est-ce que l'OIT ? ».</p>"
                    ),
                    "en": (
                        "<p>The ILO was born in 1919, with the Treaty of Versailles, at the end of the First "
                        "World War. See the lesson “What is the ILO?”.</p>"
                    ),
                    "es": (
                        "<p>La OIT nació en 1919, con el Tratado de Versalles, al final de la Primera Guerra "
                        "Mundial. Consulta la lección «¿Qué es la OIT?».</p>"
                    ),
                    "ht": (
                        "<p>OIT fèt an 1919, ak Trete Vèsay, lè Premye Gè Mondyal la te fini. Gade leson "
                        "« Kisa OIT ye? » la.</p>"
                    ),
                },
            },
        ),
        (
            "single_choice",
            {
                "prompt": {
                    "fr": (
                        "La Déclaration de Philadelphie (1944) fixe les buts de l'OIT. Quelle est sa "
                        "première idée ?"
                    ),
                    "en": (
                        "The Declaration of Philadelphia (1944) sets out the ILO's aims. What is its first "
                        "idea?"
                    ),
                    "es": (
                        "La Declaración de Filadelfia (1944) fija los fines de la OIT. ¿Cuál es su primera "
                        "idea?"
                    ),
                    "ht": "Deklarasyon Filadèlfi (1944) fikse objektif OIT. Ki premye lide li?",
                },
                "choices": [
                    {
                        "text": {
                            "fr": "Chaque pays doit fixer seul ses règles du travail.",
                            "en": "Each country must set its labour rules on its own.",
                            "es": "Cada país debe fijar por su cuenta sus reglas del trabajo.",
                            "ht": "Chak peyi dwe fikse règ travay li pou kont li.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. L'OIT existe justement pour que les pays adoptent ensemble des normes "
                                "communes."
                            ),
                            "en": (
                                "No. The ILO exists precisely so that countries adopt common standards "
                                "together."
                            ),
                            "es": (
                                "No. La OIT existe precisamente para que los países adopten juntos normas "
                                "comunes."
                            ),
                            "ht": "Non. OIT egziste jisteman pou peyi yo adopte nòm komen ansanm.",
                        },
                    },
                    {
                        "text": {
                            "fr": "Les salaires doivent suivre le prix le plus bas du marché.",
                            "en": "Wages must follow the lowest price on the market.",
                            "es": "Los salarios deben seguir el precio más bajo del mercado.",
                            "ht": "Salè yo dwe swiv pri ki pi ba sou mache a.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. C'est l'inverse : la Déclaration refuse de traiter le travail comme un "
                                "produit qu'on achète au plus bas prix."
                            ),
                            "en": (
                                "No. It is the opposite: the Declaration refuses to treat labour as a "
                                "product bought at the lowest price."
                            ),
                            "es": (
                                "No. Es lo contrario: la Declaración se niega a tratar el trabajo como un "
                                "producto que se compra al precio más bajo."
                            ),
                            "ht": (
                                "Non. Se kontrè a: Deklarasyon an refize trete travay tankou yon pwodui yo "
                                "achte pi bon mache posib."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Le travail n'est pas une marchandise.",
                            "en": "Labour is not a commodity.",
                            "es": "El trabajo no es una mercancía.",
                            "ht": "Travay se pa yon machandiz.",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": (
                                "Exact. Une personne qui travaille n'est pas une machine, ni un stock qu'on "
                                "achète au plus bas prix."
                            ),
                            "en": (
                                "Correct. A person who works is not a machine, or a stock of goods to be "
                                "bought at the lowest price."
                            ),
                            "es": (
                                "Correcto. Una persona que trabaja no es una máquina, ni un producto que se "
                                "compra al precio más bajo."
                            ),
                            "ht": (
                                "Se sa. Yon moun k ap travay se pa yon machin, ni yon stòk machandiz yo "
                                "achte pi bon mache posib."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "La pauvreté est un problème seulement pour les pays pauvres.",
                            "en": "Poverty is a problem only for poor countries.",
                            "es": "La pobreza es un problema solo para los países pobres.",
                            "ht": "Povrete se yon pwoblèm pou peyi pòv yo sèlman.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. La Déclaration affirme que la pauvreté, où qu'elle existe, constitue "
                                "un danger pour la prospérité de tous."
                            ),
                            "en": (
                                "No. The Declaration states that poverty anywhere constitutes a danger to "
                                "prosperity everywhere."
                            ),
                            "es": (
                                "No. La Declaración afirma que la pobreza, en cualquier lugar, constituye un "
                                "peligro para la prosperidad de todos."
                            ),
                            "ht": (
                                "Non. Deklarasyon an di povrete, kèlkeswa kote li ye, se yon danje pou "
                                "pwosperite tout moun."
                            ),
                        },
                    },
                ],
                "explanation": {
                    "fr": (
                        "<p>La Déclaration de Philadelphie, adoptée en 1944, affirme d'abord que le travail "
                        "n'est pas une marchandise. Voir la leçon « Qu'est-ce que l'OIT ? ».</p>"
                    ),
                    "en": (
                        "<p>The Declaration of Philadelphia, adopted in 1944, states first of all that "
                        "labour is not a commodity. See the lesson “What is the ILO?”.</p>"
                    ),
                    "es": (
                        "<p>La Declaración de Filadelfia, adoptada en 1944, afirma ante todo que el trabajo "
                        "no es una mercancía. Consulta la lección «¿Qué es la OIT?».</p>"
                    ),
                    "ht": (
                        "<p>Deklarasyon Filadèlfi, yo te adopte an 1944, di anvan tout bagay: travay se pa "
                        "yon machandiz. Gade leson « Kisa OIT ye? » la.</p>"
                    ),
                },
            },
        ),
        (
            "single_choice",
            {
                "prompt": {
                    "fr": (
                        "Chaque État membre envoie quatre délégués à la Conférence internationale du "
                        "Travail. Comment se répartissent-ils ?"
                    ),
                    "en": (
                        "Each member State sends four delegates to the International Labour Conference. How "
                        "are they divided up?"
                    ),
                    "es": (
                        "Cada Estado miembro envía cuatro delegados a la Conferencia Internacional del "
                        "Trabajo. ¿Cómo se reparten?"
                    ),
                    "ht": (
                        "Chak Eta manm voye kat delege nan Konferans Entènasyonal Travay la. Kijan kat "
                        "delege sa yo divize?"
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "fr": "Quatre délégués du gouvernement.",
                            "en": "Four government delegates.",
                            "es": "Cuatro delegados del gobierno.",
                            "ht": "Kat delege gouvènman.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. À l'OIT, les employeurs et les travailleurs ont aussi leurs propres "
                                "délégués, et ils votent."
                            ),
                            "en": (
                                "No. At the ILO, employers and workers also have their own delegates, who "
                                "vote."
                            ),
                            "es": (
                                "No. En la OIT, los empleadores y los trabajadores también tienen sus "
                                "propios delegados, y votan."
                            ),
                            "ht": (
                                "Non. Nan OIT, patwon yo ak travayè yo gen pwòp delege pa yo tou, e yo vote."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Deux délégués du gouvernement, un des employeurs et un des travailleurs.",
                            "en": (
                                "Two government delegates, one employers' delegate and one workers' delegate."
                            ),
                            "es": (
                                "Dos delegados del gobierno, uno de los empleadores y uno de los "
                                "trabajadores."
                            ),
                            "ht": "De delege gouvènman, yon delege patwon ak yon delege travayè.",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": "Exact. C'est le tripartisme : les trois groupes votent à la Conférence.",
                            "en": "Correct. This is tripartism: all three groups vote at the Conference.",
                            "es": "Correcto. Es el tripartismo: los tres grupos votan en la Conferencia.",
                            "ht": "Se sa. Se tripatis: twa gwoup yo vote nan Konferans lan.",
                        },
                    },
                    {
                        "text": {
                            "fr": "Un délégué du gouvernement, un des employeurs et deux des travailleurs.",
                            "en": (
                                "One government delegate, one employers' delegate and two workers' delegates."
                            ),
                            "es": (
                                "Un delegado del gobierno, uno de los empleadores y dos de los trabajadores."
                            ),
                            "ht": "Yon delege gouvènman, yon delege patwon ak de delege travayè.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. Le gouvernement a deux délégués ; les employeurs et les travailleurs "
                                "en ont un chacun."
                            ),
                            "en": (
                                "No. The government has two delegates; employers and workers have one each."
                            ),
                            "es": (
                                "No. El gobierno tiene dos delegados; los empleadores y los trabajadores "
                                "tienen uno cada uno."
                            ),
                            "ht": (
                                "Non. Gouvènman an gen de delege; patwon yo ak travayè yo gen yon delege "
                                "chak."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Deux délégués du gouvernement et deux des travailleurs.",
                            "en": "Two government delegates and two workers' delegates.",
                            "es": "Dos delegados del gobierno y dos de los trabajadores.",
                            "ht": "De delege gouvènman ak de delege travayè.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. Les employeurs sont aussi représentés : il y a un délégué des "
                                "employeurs et un délégué des travailleurs."
                            ),
                            "en": (
                                "No. Employers are represented too: there is one employers' delegate and one "
                                "workers' delegate."
                            ),
                            "es": (
                                "No. Los empleadores también están representados: hay un delegado de los "
                                "empleadores y uno de los trabajadores."
                            ),
                            "ht": (
                                "Non. Patwon yo gen reprezantan tou: gen yon delege patwon ak yon delege "
                                "travayè."
                            ),
                        },
                    },
                ],
                "explanation": {
                    "fr": (
                        "<p>Chaque État envoie deux délégués du gouvernement, un délégué des employeurs et "
                        "un délégué des travailleurs. Voir la leçon « Qu'est-ce que l'OIT ? ».</p>"
                    ),
                    "en": (
                        "<p>Each State sends two government delegates, one employers' delegate and one "
                        "workers' delegate. See the lesson “What is the ILO?”.</p>"
                    ),
                    "es": (
                        "<p>Cada Estado envía dos delegados del gobierno, un delegado de los empleadores y "
                        "un delegado de los trabajadores. Consulta la lección «¿Qué es la OIT?».</p>"
                    ),
                    "ht": (
                        "<p>Chak Eta voye de delege gouvènman, yon delege patwon ak yon delege travayè. Gade "
                        "leson « Kisa OIT ye? » la.</p>"
                    ),
                },
            },
        ),
        (
            "short_answer",
            {
                "prompt": {
                    "fr": (
                        "À l'OIT, les gouvernements, les employeurs et les travailleurs décident ensemble. "
                        "Comment appelle-t-on ce principe ? Répondez en un mot."
                    ),
                    "en": (
                        "At the ILO, governments, employers and workers decide together. What is this "
                        "principle called? Answer in one word."
                    ),
                    "es": (
                        "En la OIT, los gobiernos, los empleadores y los trabajadores deciden juntos. ¿Cómo "
                        "se llama este principio? Responde con una palabra."
                    ),
                    "ht": (
                        "Nan OIT, gouvènman yo, patwon yo ak travayè yo deside ansanm. Ki non yo bay prensip "
                        "sa a? Reponn ak yon sèl mo."
                    ),
                },
                "accepted_answers": {
                    "fr": ["tripartisme", "tripartite"],
                    "en": ["tripartism", "tripartite"],
                    "es": ["tripartismo", "tripartito"],
                    "ht": ["tripatis", "tripatit"],
                },
                "explanation": {
                    "fr": (
                        "<p>C'est le tripartisme : à l'OIT, la voix des travailleuses et des travailleurs ne "
                        "passe pas seulement par leur gouvernement. Voir la leçon « Qu'est-ce que "
                        "l'OIT ? ».</p>"
                    ),
                    "en": (
                        "<p>This is tripartism: at the ILO, workers' voices do not go only through their "
                        "government. See the lesson “What is the ILO?”.</p>"
                    ),
                    "es": (
                        "<p>Es el tripartismo: en la OIT, la voz de las trabajadoras y los trabajadores no "
                        "pasa solo por su gobierno. Consulta la lección «¿Qué es la OIT?».</p>"
                    ),
                    "ht": (
                        "<p>Se tripatis: nan OIT, vwa travayè yo pa pase sèlman nan bouch gouvènman yo. Gade "
                        "leson « Kisa OIT ye? » la.</p>"
                    ),
                },
            },
        ),
        (
            "true_false",
            {
                "prompt": {
                    "fr": (
                        "Vrai ou faux : une recommandation de l'OIT oblige les États, comme une convention "
                        "ratifiée."
                    ),
                    "en": (
                        "True or false: an ILO recommendation binds States, just like a ratified convention."
                    ),
                    "es": (
                        "Verdadero o falso: una recomendación de la OIT obliga a los Estados, igual que un "
                        "convenio ratificado."
                    ),
                    "ht": (
                        "Vre oswa fo: yon rekòmandasyon OIT oblije Eta yo, menm jan ak yon konvansyon yo "
                        "ratifye."
                    ),
                },
                "answer": False,
                "explanation": {
                    "fr": (
                        "<p>Faux. Une convention oblige les États qui la ratifient ; une recommandation "
                        "donne des orientations qui ne sont pas obligatoires. Voir la leçon « Comment une "
                        "norme est créée et surveillée ».</p>"
                    ),
                    "en": (
                        "<p>False. A convention binds the States that ratify it; a recommendation gives "
                        "guidance that is not binding. See the lesson “How a standard is made and "
                        "supervised”.</p>"
                    ),
                    "es": (
                        "<p>Falso. Un convenio obliga a los Estados que lo ratifican; una recomendación da "
                        "orientaciones que no son obligatorias. Consulta la lección «Cómo se crea y se "
                        "controla una norma».</p>"
                    ),
                    "ht": (
                        "<p>Fo. Yon konvansyon oblije Eta ki ratifye l yo; yon rekòmandasyon bay oryantasyon "
                        "ki pa obligatwa. Gade leson « Kijan yon nòm fèt e kijan yo siveye l » la.</p>"
                    ),
                },
            },
        ),
        (
            "ordering",
            {
                "prompt": {
                    "fr": (
                        "Remettez dans l'ordre le parcours d'une convention, de son adoption à Genève "
                        "jusqu'au contrôle de son application."
                    ),
                    "en": (
                        "Put in order the path of a convention, from its adoption in Geneva to the "
                        "supervision of how it is applied."
                    ),
                    "es": (
                        "Ordena el recorrido de un convenio, desde su adopción en Ginebra hasta el control "
                        "de su aplicación."
                    ),
                    "ht": (
                        "Mete etap yo nan bon lòd: chemen yon konvansyon, depi yo adopte l nan Jenèv "
                        "jiskaske yo kontwole fason yo aplike l."
                    ),
                },
                "steps": [
                    {
                        "fr": (
                            "La Conférence internationale du Travail adopte la convention à la majorité des "
                            "deux tiers."
                        ),
                        "en": (
                            "The International Labour Conference adopts the convention by a two-thirds "
                            "majority."
                        ),
                        "es": (
                            "La Conferencia Internacional del Trabajo adopta el convenio por mayoría de dos "
                            "tercios."
                        ),
                        "ht": "Konferans Entènasyonal Travay la adopte konvansyon an ak yon majorite de tyè.",
                    },
                    {
                        "fr": "Un État ratifie la convention et s'engage à l'appliquer.",
                        "en": "A State ratifies the convention and commits to applying it.",
                        "es": "Un Estado ratifica el convenio y se compromete a aplicarlo.",
                        "ht": "Yon Eta ratifye konvansyon an epi li angaje l pou l aplike l.",
                    },
                    {
                        "fr": "L'État envoie régulièrement des rapports sur son application (article 22).",
                        "en": "The State regularly sends reports on how it applies it (article 22).",
                        "es": "El Estado presenta memorias periódicas sobre su aplicación (artículo 22).",
                        "ht": "Eta a voye rapò regilyèman sou fason li aplike l (atik 22).",
                    },
                    {
                        "fr": "La CEACR, une commission d'experts indépendants, examine ces rapports.",
                        "en": "The CEACR, a committee of independent experts, examines these reports.",
                        "es": "La CEACR, una comisión de expertos independientes, examina esas memorias.",
                        "ht": "CEACR, yon komisyon ekspè endepandan, egzamine rapò sa yo.",
                    },
                    {
                        "fr": (
                            "La Commission de l'application des normes de la Conférence discute des cas les "
                            "plus graves."
                        ),
                        "en": (
                            "The Conference Committee on the Application of Standards discusses the most "
                            "serious cases."
                        ),
                        "es": (
                            "La Comisión de Aplicación de Normas de la Conferencia discute los casos más "
                            "graves."
                        ),
                        "ht": "Komisyon Konferans lan pou aplikasyon nòm yo diskite sou ka ki pi grav yo.",
                    },
                ],
                "explanation": {
                    "fr": (
                        "<p>Une convention est d'abord adoptée, puis ratifiée. L'État fait ensuite rapport, "
                        "la CEACR examine ses rapports et la Commission de l'application des normes discute "
                        "chaque année des cas les plus graves. Voir la leçon « Comment une norme est créée "
                        "et surveillée ».</p>"
                    ),
                    "en": (
                        "<p>A convention is first adopted, then ratified. The State then reports, the CEACR "
                        "examines its reports and the Committee on the Application of Standards discusses "
                        "the most serious cases every year. See the lesson “How a standard is made and "
                        "supervised”.</p>"
                    ),
                    "es": (
                        "<p>Un convenio primero se adopta y luego se ratifica. Después el Estado presenta "
                        "memorias, la CEACR las examina y la Comisión de Aplicación de Normas discute cada "
                        "año los casos más graves. Consulta la lección «Cómo se crea y se controla una "
                        "norma».</p>"
                    ),
                    "ht": (
                        "<p>Premye etap la se adopsyon, apre sa ratifikasyon. Answit Eta a voye rapò, CEACR "
                        "egzamine rapò yo, epi chak ane Komisyon pou aplikasyon nòm yo diskite sou ka ki pi "
                        "grav yo. Gade leson « Kijan yon nòm fèt e kijan yo siveye l » la.</p>"
                    ),
                },
            },
        ),
        (
            "single_choice",
            {
                "prompt": {
                    "fr": (
                        "Votre pays n'a ratifié ni la convention n° 87 ni la convention n° 98, et le "
                        "gouvernement empêche les travailleurs de fonder des syndicats. Votre organisation "
                        "syndicale peut-elle porter plainte devant le Comité de la liberté syndicale ?"
                    ),
                    "en": (
                        "Your country has ratified neither Convention No. 87 nor Convention No. 98, and the "
                        "government prevents workers from forming unions. Can your union organisation file a "
                        "complaint with the Committee on Freedom of Association?"
                    ),
                    "es": (
                        "Tu país no ha ratificado ni el Convenio núm. 87 ni el Convenio núm. 98, y el "
                        "gobierno impide que los trabajadores funden sindicatos. ¿Puede tu organización "
                        "sindical presentar una queja ante el Comité de Libertad Sindical?"
                    ),
                    "ht": (
                        "Peyi w pa ratifye ni konvansyon 87 ni konvansyon 98, epi gouvènman an anpeche "
                        "travayè yo fòme sendika. Èske òganizasyon sendikal ou a ka depoze yon plent bò kot "
                        "Komite Libète Sendikal la?"
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "fr": (
                                "Non : une plainte n'est possible que si le pays a ratifié les deux "
                                "conventions."
                            ),
                            "en": (
                                "No: a complaint is only possible if the country has ratified both "
                                "conventions."
                            ),
                            "es": (
                                "No: solo se puede presentar una queja si el país ratificó los dos convenios."
                            ),
                            "ht": "Non: plent posib sèlman si peyi a ratifye de konvansyon yo.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. C'est justement la force de ce Comité : la ratification n'est pas "
                                "nécessaire."
                            ),
                            "en": (
                                "No. That is precisely the strength of this Committee: ratification is not "
                                "needed."
                            ),
                            "es": (
                                "No. Esa es justamente la fuerza de este Comité: la ratificación no es "
                                "necesaria."
                            ),
                            "ht": "Non. Se sa ki fòs Komite sa a: li pa bezwen ratifikasyon.",
                        },
                    },
                    {
                        "text": {
                            "fr": "Non : seul un autre État peut déposer une plainte.",
                            "en": "No: only another State can file a complaint.",
                            "es": "No: solo otro Estado puede presentar una queja.",
                            "ht": "Non: se sèlman yon lòt Eta ki ka depoze plent.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. Vous pensez peut-être à la plainte de l'article 26, qu'un autre État "
                                "peut déposer. Le Comité de la liberté syndicale, lui, est ouvert à votre "
                                "syndicat."
                            ),
                            "en": (
                                "No. You may be thinking of the article 26 complaint, which another State "
                                "can file. The Committee on Freedom of Association is open to your union."
                            ),
                            "es": (
                                "No. Quizás piensas en la queja del artículo 26, que puede presentar otro "
                                "Estado. El Comité de Libertad Sindical, en cambio, está abierto a tu "
                                "sindicato."
                            ),
                            "ht": (
                                "Non. Petèt w ap panse ak plent atik 26 la: yon lòt Eta ka depoze l. Men "
                                "Komite Libète Sendikal la louvri pou sendika w."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Oui, mais seulement si le gouvernement donne son accord.",
                            "en": "Yes, but only if the government agrees.",
                            "es": "Sí, pero solo si el gobierno está de acuerdo.",
                            "ht": "Wi, men sèlman si gouvènman an dakò.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. Le gouvernement n'a pas à donner son accord. Le Comité lui demande sa "
                                "réponse, mais il examine la plainte même contre un État qui n'a rien "
                                "ratifié, et même quand le gouvernement ne coopère pas."
                            ),
                            "en": (
                                "No. The government's agreement is not needed. The Committee asks it for a "
                                "reply, but it examines the complaint even against a State that has ratified "
                                "nothing, and even when the government does not cooperate."
                            ),
                            "es": (
                                "No. No hace falta el acuerdo del gobierno. El Comité le pide su respuesta, "
                                "pero examina la queja incluso contra un Estado que no ha ratificado nada, y "
                                "aunque el gobierno no coopere."
                            ),
                            "ht": (
                                "Non. Gouvènman an pa bezwen dakò. Komite a mande l repons li, men li egzamine "
                                "plent lan menm kont yon Eta ki pa ratifye anyen, e menm lè gouvènman an pa "
                                "kolabore."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": (
                                "Oui : en devenant membre de l'OIT, l'État a accepté le principe de la "
                                "liberté syndicale."
                            ),
                            "en": (
                                "Yes: by becoming an ILO member, the State accepted the principle of freedom "
                                "of association."
                            ),
                            "es": (
                                "Sí: al hacerse miembro de la OIT, el Estado aceptó el principio de la "
                                "libertad sindical."
                            ),
                            "ht": "Wi: lè Eta a te vin manm OIT, li te aksepte prensip libète sendikal la.",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": (
                                "Exact. Le Comité examine les plaintes même contre un État qui n'a ratifié "
                                "aucune des deux conventions."
                            ),
                            "en": (
                                "Correct. The Committee examines complaints even against a State that has "
                                "ratified neither of the two conventions."
                            ),
                            "es": (
                                "Correcto. El Comité examina quejas incluso contra un Estado que no ha "
                                "ratificado ninguno de los dos convenios."
                            ),
                            "ht": (
                                "Se sa. Komite a egzamine plent menm kont yon Eta ki pa ratifye youn ni lòt "
                                "nan de konvansyon yo."
                            ),
                        },
                    },
                ],
                "explanation": {
                    "fr": (
                        "<p>Le Comité de la liberté syndicale, créé en 1951, examine les plaintes même "
                        "contre un État qui n'a ratifié ni la C087 ni la C098, car la liberté syndicale est "
                        "inscrite dans la Constitution de l'OIT. Voir la leçon « Comment une norme est créée "
                        "et surveillée ».</p>"
                    ),
                    "en": (
                        "<p>The Committee on Freedom of Association, set up in 1951, examines complaints "
                        "even against a State that has ratified neither C087 nor C098, because freedom of "
                        "association is written into the ILO Constitution. See the lesson “How a standard is "
                        "made and supervised”.</p>"
                    ),
                    "es": (
                        "<p>El Comité de Libertad Sindical, creado en 1951, examina quejas incluso contra un "
                        "Estado que no ha ratificado ni el C087 ni el C098, porque la libertad sindical está "
                        "inscrita en la Constitución de la OIT. Consulta la lección «Cómo se crea y se "
                        "controla una norma».</p>"
                    ),
                    "ht": (
                        "<p>Komite Libète Sendikal la, yo te kreye an 1951, egzamine plent menm kont yon Eta "
                        "ki pa ratifye ni C087 ni C098, paske libète sendikal ekri nan Konstitisyon OIT. "
                        "Gade leson « Kijan yon nòm fèt e kijan yo siveye l » la.</p>"
                    ),
                },
                "standard": "C087",
            },
        ),
        (
            "multiple_choice",
            {
                "prompt": {
                    "fr": (
                        "Lesquels de ces droits font partie des principes et droits fondamentaux au travail "
                        "de la Déclaration de l'OIT (1998, modifiée en 2022) ? Cochez toutes les bonnes "
                        "réponses."
                    ),
                    "en": (
                        "Which of these rights are among the fundamental principles and rights at work of "
                        "the ILO Declaration (1998, amended in 2022)? Select all that apply."
                    ),
                    "es": (
                        "¿Cuáles de estos derechos forman parte de los principios y derechos fundamentales "
                        "en el trabajo de la Declaración de la OIT (1998, modificada en 2022)? Marca todas "
                        "las respuestas correctas."
                    ),
                    "ht": (
                        "Kilès nan dwa sa yo ki fè pati prensip ak dwa fondamantal nan travay Deklarasyon "
                        "OIT a (1998, yo modifye l an 2022)? Chwazi tout bon repons yo."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "fr": "Le même salaire dans tous les pays du monde.",
                            "en": "The same wage in every country in the world.",
                            "es": "El mismo salario en todos los países del mundo.",
                            "ht": "Menm salè nan tout peyi sou latè.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. La Déclaration ne fixe aucun salaire commun. Elle vise, entre autres, "
                                "l'élimination de la discrimination en matière d'emploi."
                            ),
                            "en": (
                                "No. The Declaration sets no common wage. Among other things, it aims to "
                                "eliminate discrimination in employment."
                            ),
                            "es": (
                                "No. La Declaración no fija ningún salario común. Entre otras cosas, busca "
                                "eliminar la discriminación en el empleo."
                            ),
                            "ht": (
                                "Non. Deklarasyon an pa fikse okenn salè komen. Pami lòt bagay, li vle "
                                "elimine diskriminasyon nan anplwa."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "L'abolition effective du travail des enfants.",
                            "en": "The effective abolition of child labour.",
                            "es": "La abolición efectiva del trabajo infantil.",
                            "ht": "Abolisyon efektif travay timoun.",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": (
                                "Exact. C'est l'une des cinq catégories, avec la liberté syndicale, "
                                "l'élimination du travail forcé, l'élimination de la discrimination et la "
                                "santé-sécurité."
                            ),
                            "en": (
                                "Correct. It is one of the five categories, along with freedom of "
                                "association, the elimination of forced labour, the elimination of "
                                "discrimination, and safety and health."
                            ),
                            "es": (
                                "Correcto. Es una de las cinco categorías, junto con la libertad sindical, "
                                "la eliminación del trabajo forzoso, la eliminación de la discriminación y "
                                "la seguridad y salud."
                            ),
                            "ht": (
                                "Se sa. Se youn nan senk kategori yo, ansanm ak libète sendikal, eliminasyon "
                                "travay fòse, eliminasyon diskriminasyon, ak sante ak sekirite."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": (
                                "La liberté pour chaque État de choisir lesquels de ces droits il respecte."
                            ),
                            "en": "Each State's freedom to choose which of these rights it respects.",
                            "es": "La libertad de cada Estado de elegir cuáles de estos derechos respeta.",
                            "ht": "Libète pou chak Eta chwazi ki dwa ladan yo li vle respekte.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. C'est l'inverse : depuis 1998, tout État membre doit respecter ces "
                                "principes, du seul fait de son adhésion."
                            ),
                            "en": (
                                "No. It is the opposite: since 1998, every member State must respect these "
                                "principles, simply because it is a member."
                            ),
                            "es": (
                                "No. Es lo contrario: desde 1998, todo Estado miembro debe respetar estos "
                                "principios, por el solo hecho de ser miembro."
                            ),
                            "ht": (
                                "Non. Se kontrè a: depi 1998, chak Eta manm dwe respekte prensip sa yo, "
                                "sèlman paske li se manm."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Un milieu de travail sûr et salubre.",
                            "en": "A safe and healthy working environment.",
                            "es": "Un entorno de trabajo seguro y saludable.",
                            "ht": "Yon anviwònman travay ki an sekirite e ki bon pou lasante.",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": "Exact. C'est la cinquième catégorie, ajoutée en juin 2022.",
                            "en": "Correct. It is the fifth category, added in June 2022.",
                            "es": "Correcto. Es la quinta categoría, añadida en junio de 2022.",
                            "ht": "Se sa. Se senkyèm kategori a, yo te ajoute l an jen 2022.",
                        },
                    },
                ],
                "explanation": {
                    "fr": (
                        "<p>Les cinq catégories sont : la liberté syndicale et la négociation collective, "
                        "l'élimination du travail forcé, l'abolition du travail des enfants, l'élimination "
                        "de la discrimination et, depuis 2022, un milieu de travail sûr et salubre. Voir la "
                        "leçon « La Déclaration de 1998 et les droits fondamentaux au travail ».</p>"
                    ),
                    "en": (
                        "<p>The five categories are: freedom of association and collective bargaining, the "
                        "elimination of forced labour, the abolition of child labour, the elimination of "
                        "discrimination and, since 2022, a safe and healthy working environment. See the "
                        "lesson “The 1998 Declaration and fundamental rights at work”.</p>"
                    ),
                    "es": (
                        "<p>Las cinco categorías son: la libertad sindical y la negociación colectiva, la "
                        "eliminación del trabajo forzoso, la abolición del trabajo infantil, la eliminación "
                        "de la discriminación y, desde 2022, un entorno de trabajo seguro y saludable. "
                        "Consulta la lección «La Declaración de 1998 y los derechos fundamentales en el "
                        "trabajo».</p>"
                    ),
                    "ht": (
                        "<p>Senk kategori yo se: libète sendikal ak negosyasyon kolektif, eliminasyon travay "
                        "fòse, abolisyon travay timoun, eliminasyon diskriminasyon, epi, depi 2022, yon "
                        "anviwònman travay ki an sekirite e ki bon pou lasante. Gade leson « Deklarasyon "
                        "1998 la ak dwa fondamantal nan travay » la.</p>"
                    ),
                },
            },
        ),
    ],
}
