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
            "façon dont une norme est créée et surveillée, les droits fondamentaux au travail et le droit "
            "de grève. Il y a dix questions. Pour chacune, une explication vous renvoie à la leçon où le "
            "sujet est traité. Il faut 70 % de bonnes réponses pour réussir.</p>"
        ),
        "en": (
            "<p>Check what you remember from the module on the ILO: its history, tripartism, how a "
            "standard is made and supervised, fundamental rights at work and the right to strike. There "
            "are ten questions. Each one comes with an explanation that points you to the lesson where "
            "the topic is covered. You need 70% correct answers to pass.</p>"
        ),
        "es": (
            "<p>Comprueba lo que has retenido del módulo sobre la OIT: su historia, el tripartismo, cómo "
            "se crea y se controla una norma, los derechos fundamentales en el trabajo y el derecho de "
            "huelga. Son diez preguntas. Cada una tiene una explicación que te remite a la lección donde "
            "se trata el tema. Necesitas un 70 % de respuestas correctas para aprobar.</p>"
        ),
        "ht": (
            "<p>Verifye sa w retni nan modil sou OIT a: istwa li, tripatis, kijan yon nòm fèt e kijan yo "
            "siveye l, dwa fondamantal nan travay ak dwa fè grèv. Gen dis kesyon. Chak kesyon gen yon "
            "esplikasyon ki voye w nan leson kote yo pale sou sijè a. Ou bezwen 70% bon repons pou w "
            "pase.</p>"
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
                        "The Declaration of Philadelphia (1944) sets out the ILO's aims. What is its "
                        "first idea?"
                    ),
                    "es": (
                        "La Declaración de Filadelfia (1944) fija los fines de la OIT. ¿Cuál es su "
                        "primera idea?"
                    ),
                    "ht": "Deklarasyon Filadèlfi (1944) fikse objektif OIT. Ki premye lide li?",
                },
                "choices": [
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
                                "Exact. Une personne qui travaille n'est pas une machine, ni un stock "
                                "qu'on achète au plus bas prix."
                            ),
                            "en": (
                                "Correct. A person who works is not a machine, or a stock of goods to be "
                                "bought at the lowest price."
                            ),
                            "es": (
                                "Correcto. Una persona que trabaja no es una máquina, ni un producto que "
                                "se compra al precio más bajo."
                            ),
                            "ht": (
                                "Se sa. Yon moun k ap travay se pa yon machin, ni yon stòk machandiz yo "
                                "achte pi bon mache posib."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "La paix passe d'abord par le libre-échange.",
                            "en": "Peace comes first through free trade.",
                            "es": "La paz pasa ante todo por el libre comercio.",
                            "ht": "Lapè pase anvan tout bagay pa libre echanj.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. La Déclaration parle de justice sociale, pas de libre-échange : le "
                                "travail n'est pas une marchandise."
                            ),
                            "en": (
                                "No. The Declaration speaks of social justice, not free trade: labour is "
                                "not a commodity."
                            ),
                            "es": (
                                "No. La Declaración habla de justicia social, no de libre comercio: el "
                                "trabajo no es una mercancía."
                            ),
                            "ht": (
                                "Non. Deklarasyon an pale de jistis sosyal, li pa pale de libre echanj: "
                                "travay se pa yon machandiz."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Chaque État fixe ses normes selon ses moyens.",
                            "en": "Each State sets its standards according to its means.",
                            "es": "Cada Estado fija sus normas según sus medios.",
                            "ht": "Chak Eta fikse nòm li dapre mwayen li.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. L'OIT existe justement pour que les pays adoptent ensemble des "
                                "normes communes."
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
                            "fr": "Le salaire suit les prix du marché.",
                            "en": "Wages follow market prices.",
                            "es": "El salario sigue los precios del mercado.",
                            "ht": "Salè swiv pri sou mache a.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. C'est l'inverse : la Déclaration refuse de traiter le travail comme "
                                "un produit dont le prix suit le marché."
                            ),
                            "en": (
                                "No. It is the opposite: the Declaration refuses to treat labour as a "
                                "product whose price follows the market."
                            ),
                            "es": (
                                "No. Es lo contrario: la Declaración se niega a tratar el trabajo como un "
                                "producto cuyo precio sigue el mercado."
                            ),
                            "ht": (
                                "Non. Se kontrè a: Deklarasyon an refize trete travay tankou yon pwodui "
                                "ki gen pri li swiv mache a."
                            ),
                        },
                    },
                ],
                "explanation": {
                    "fr": (
                        "<p>La Déclaration de Philadelphie, adoptée en 1944, affirme d'abord que le "
                        "travail n'est pas une marchandise. Voir la leçon « Qu'est-ce que l'OIT ? ».</p>"
                    ),
                    "en": (
                        "<p>The Declaration of Philadelphia, adopted in 1944, states first of all that "
                        "labour is not a commodity. See the lesson “What is the ILO?”.</p>"
                    ),
                    "es": (
                        "<p>La Declaración de Filadelfia, adoptada en 1944, afirma ante todo que el "
                        "trabajo no es una mercancía. Consulta la lección «¿Qué es la OIT?».</p>"
                    ),
                    "ht": (
                        "<p>Deklarasyon Filadèlfi, yo te adopte an 1944, di anvan tout bagay: travay se "
                        "pa yon machandiz. Gade leson « Kisa OIT ye? » la.</p>"
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
                        "Each member State sends four delegates to the International Labour Conference. "
                        "How are they divided up?"
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
                                "Non. Les travailleurs ont un délégué, comme les employeurs ; c'est le "
                                "gouvernement qui en a deux."
                            ),
                            "en": (
                                "No. The workers have one delegate, like the employers; it is the "
                                "government that has two."
                            ),
                            "es": (
                                "No. Los trabajadores tienen un delegado, como los empleadores; es el "
                                "gobierno el que tiene dos."
                            ),
                            "ht": (
                                "Non. Travayè yo gen yon delege, menm jan ak patwon yo; se gouvènman an "
                                "ki gen de."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": (
                                "Deux délégués des employeurs, un des travailleurs et un du gouvernement."
                            ),
                            "en": (
                                "Two employers' delegates, one workers' delegate and one government delegate."
                            ),
                            "es": (
                                "Dos delegados de los empleadores, uno de los trabajadores y uno del "
                                "gobierno."
                            ),
                            "ht": "De delege patwon, yon delege travayè ak yon delege gouvènman.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. Les employeurs ont un seul délégué, comme les travailleurs ; c'est "
                                "le gouvernement qui en a deux."
                            ),
                            "en": (
                                "No. The employers have one delegate, like the workers; it is the "
                                "government that has two."
                            ),
                            "es": (
                                "No. Los empleadores tienen un delegado, como los trabajadores; es el "
                                "gobierno el que tiene dos."
                            ),
                            "ht": (
                                "Non. Patwon yo gen yon delege, menm jan ak travayè yo; se gouvènman an "
                                "ki gen de."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": (
                                "Quatre délégués du gouvernement, qui consultent employeurs et travailleurs."
                            ),
                            "en": (
                                "Four government delegates, who first consult the employers and the trade "
                                "unions."
                            ),
                            "es": (
                                "Cuatro delegados del gobierno, que consultan antes a los empleadores y a los "
                                "trabajadores."
                            ),
                            "ht": "Kat delege gouvènman, ki konsilte patwon yo ak travayè yo anvan yo vote.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. À l'OIT, les employeurs et les travailleurs ont leurs propres "
                                "délégués, et ils votent."
                            ),
                            "en": (
                                "No. At the ILO, employers and workers have their own delegates, who vote."
                            ),
                            "es": (
                                "No. En la OIT, los empleadores y los trabajadores tienen sus propios "
                                "delegados, y votan."
                            ),
                            "ht": "Non. Nan OIT, patwon yo ak travayè yo gen pwòp delege pa yo, e yo vote.",
                        },
                    },
                    {
                        "text": {
                            "fr": (
                                "Deux délégués du gouvernement, un des employeurs et un des travailleurs."
                            ),
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
                ],
                "explanation": {
                    "fr": (
                        "<p>Chaque État envoie deux délégués du gouvernement, un délégué des employeurs "
                        "et un délégué des travailleurs. Voir la leçon « Qu'est-ce que l'OIT ? ».</p>"
                    ),
                    "en": (
                        "<p>Each State sends two government delegates, one employers' delegate and one "
                        "workers' delegate. See the lesson “What is the ILO?”.</p>"
                    ),
                    "es": (
                        "<p>Cada Estado envía dos delegados del gobierno, un delegado de los empleadores "
                        "y un delegado de los trabajadores. Consulta la lección «¿Qué es la OIT?».</p>"
                    ),
                    "ht": (
                        "<p>Chak Eta voye de delege gouvènman, yon delege patwon ak yon delege travayè. "
                        "Gade leson « Kisa OIT ye? » la.</p>"
                    ),
                },
            },
        ),
        (
            "short_answer",
            {
                "prompt": {
                    "fr": (
                        "À l'OIT, les gouvernements, les employeurs et les travailleurs décident "
                        "ensemble. Comment appelle-t-on ce principe ? Répondez en un mot."
                    ),
                    "en": (
                        "At the ILO, governments, employers and workers decide together. What is this "
                        "principle called? Answer in one word."
                    ),
                    "es": (
                        "En la OIT, los gobiernos, los empleadores y los trabajadores deciden juntos. "
                        "¿Cómo se llama este principio? Responde con una palabra."
                    ),
                    "ht": (
                        "Nan OIT, gouvènman yo, patwon yo ak travayè yo deside ansanm. Ki non yo bay "
                        "prensip sa a? Reponn ak yon sèl mo."
                    ),
                },
                "accepted_answers": {
                    "fr": [
                        "tripartisme",
                        "tripartite",
                        "le tripartisme",
                        "principe tripartite",
                    ],
                    "en": [
                        "tripartism",
                        "tripartite",
                        "the tripartite principle",
                        "tripartite principle",
                    ],
                    "es": [
                        "tripartismo",
                        "tripartito",
                        "el tripartismo",
                        "principio tripartito",
                    ],
                    "ht": [
                        "tripatis",
                        "tripatit",
                        "tripatism",
                        "tripartisme",
                    ],
                },
                "explanation": {
                    "fr": (
                        "<p>C'est le tripartisme : à l'OIT, la voix des travailleuses et des travailleurs "
                        "ne passe pas seulement par leur gouvernement. Voir la leçon « Qu'est-ce que "
                        "l'OIT ? ».</p>"
                    ),
                    "en": (
                        "<p>This is tripartism: at the ILO, workers' voices do not go only through their "
                        "government. See the lesson “What is the ILO?”.</p>"
                    ),
                    "es": (
                        "<p>Es el tripartismo: en la OIT, la voz de las trabajadoras y los trabajadores "
                        "no pasa solo por su gobierno. Consulta la lección «¿Qué es la OIT?».</p>"
                    ),
                    "ht": (
                        "<p>Se tripatis: nan OIT, vwa travayè yo pa pase sèlman nan bouch gouvènman yo. "
                        "Gade leson « Kisa OIT ye? » la.</p>"
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
                        "gouvernement empêche les travailleurs de fonder des syndicats. Votre "
                        "organisation syndicale peut-elle porter plainte devant le Comité de la liberté "
                        "syndicale ?"
                    ),
                    "en": (
                        "Your country has ratified neither Convention No. 87 nor Convention No. 98, and "
                        "the government prevents workers from forming unions. Can your union organisation "
                        "file a complaint with the Committee on Freedom of Association?"
                    ),
                    "es": (
                        "Tu país no ha ratificado ni el Convenio núm. 87 ni el Convenio núm. 98, y el "
                        "gobierno impide que los trabajadores funden sindicatos. ¿Puede tu organización "
                        "sindical presentar una queja ante el Comité de Libertad Sindical?"
                    ),
                    "ht": (
                        "Peyi w pa ratifye ni konvansyon 87 ni konvansyon 98, epi gouvènman an anpeche "
                        "travayè yo fòme sendika. Èske òganizasyon sendikal ou a ka depoze yon plent bò "
                        "kot Komite Libète Sendikal la?"
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "fr": "Non, car le pays n'a ratifié aucune des deux conventions.",
                            "en": "No, because the country has ratified neither of the two conventions.",
                            "es": "No, porque el país no ha ratificado ninguno de los dos convenios.",
                            "ht": "Non, paske peyi a pa ratifye youn ni lòt nan de konvansyon yo.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. Le Comité examine les plaintes même contre un État qui n'a ratifié "
                                "aucune des deux conventions."
                            ),
                            "en": (
                                "No. The Committee examines complaints even against a State that has "
                                "ratified neither convention."
                            ),
                            "es": (
                                "No. El Comité examina quejas incluso contra un Estado que no ha "
                                "ratificado ninguno de los dos convenios."
                            ),
                            "ht": (
                                "Non. Komite a egzamine plent menm kont yon Eta ki pa ratifye youn ni lòt "
                                "nan de konvansyon yo."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": ("Oui, car la liberté syndicale figure dans la Constitution de l'OIT."),
                            "en": ("Yes, because freedom of association is in the ILO Constitution."),
                            "es": ("Sí: la libertad sindical figura en la Constitución de la OIT."),
                            "ht": "Wi, paske libète sendikal ekri nan Konstitisyon OIT a.",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": (
                                "Exact. En devenant membre de l'OIT, l'État a accepté le principe de la "
                                "liberté syndicale."
                            ),
                            "en": (
                                "Correct. By becoming an ILO member, the State accepted the principle of "
                                "freedom of association."
                            ),
                            "es": (
                                "Correcto. Al hacerse miembro de la OIT, el Estado aceptó el principio de "
                                "la libertad sindical."
                            ),
                            "ht": (
                                "Se sa. Lè Eta a te vin manm OIT, li te aksepte prensip libète sendikal la."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Non, car une telle plainte doit venir d'un autre État membre.",
                            "en": "No, because such a complaint has to come from another member State.",
                            "es": "No, porque una queja así debe venir de otro Estado miembro.",
                            "ht": "Non, paske yon plent konsa dwe soti nan yon lòt Eta manm.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. Les plaintes au Comité viennent d'organisations de travailleurs ou "
                                "d'employeurs."
                            ),
                            "en": (
                                "No. Complaints to the Committee come from workers' or employers' "
                                "organisations."
                            ),
                            "es": (
                                "No. Las quejas ante el Comité vienen de organizaciones de trabajadores o "
                                "de empleadores."
                            ),
                            "ht": (
                                "Non. Plent devan Komite a soti nan òganizasyon travayè oswa òganizasyon "
                                "patwon."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": (
                                "Oui, si le gouvernement accepte d'abord que le Comité examine la plainte."
                            ),
                            "en": "Yes, if the government first agrees that the Committee may examine it.",
                            "es": "Sí, si el gobierno acepta primero que el Comité examine la queja.",
                            "ht": "Wi, si gouvènman an dakò anvan pou Komite a egzamine plent lan.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. Le gouvernement n'a pas à donner son accord. Le Comité lui demande "
                                "sa réponse, mais il examine la plainte même quand le gouvernement ne "
                                "coopère pas."
                            ),
                            "en": (
                                "No. The government's agreement is not needed. The Committee asks it for "
                                "a reply, but it examines the complaint even when the government does not "
                                "cooperate."
                            ),
                            "es": (
                                "No. No hace falta el acuerdo del gobierno. El Comité le pide su "
                                "respuesta, pero examina la queja aunque el gobierno no coopere."
                            ),
                            "ht": (
                                "Non. Gouvènman an pa bezwen dakò. Komite a mande l repons li, men li "
                                "egzamine plent lan menm lè gouvènman an pa kolabore."
                            ),
                        },
                    },
                ],
                "explanation": {
                    "fr": (
                        "<p>Le Comité de la liberté syndicale, créé en 1951, examine les plaintes même "
                        "contre un État qui n'a ratifié ni la C087 ni la C098, car la liberté syndicale "
                        "est inscrite dans la Constitution de l'OIT. Voir la leçon « Comment une norme "
                        "est créée et surveillée ».</p>"
                    ),
                    "en": (
                        "<p>The Committee on Freedom of Association, set up in 1951, examines complaints "
                        "even against a State that has ratified neither C087 nor C098, because freedom of "
                        "association is written into the ILO Constitution. See the lesson “How a standard "
                        "is made and supervised”.</p>"
                    ),
                    "es": (
                        "<p>El Comité de Libertad Sindical, creado en 1951, examina quejas incluso contra "
                        "un Estado que no ha ratificado ni el C087 ni el C098, porque la libertad "
                        "sindical está inscrita en la Constitución de la OIT. Consulta la lección «Cómo "
                        "se crea y se controla una norma».</p>"
                    ),
                    "ht": (
                        "<p>Komite Libète Sendikal la, yo te kreye an 1951, egzamine plent menm kont yon "
                        "Eta ki pa ratifye ni C087 ni C098, paske libète sendikal ekri nan Konstitisyon "
                        "OIT. Gade leson « Kijan yon nòm fèt e kijan yo siveye l » la.</p>"
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
                        "Lesquels de ces droits font partie des principes et droits fondamentaux au "
                        "travail de la Déclaration de l'OIT (1998, modifiée en 2022) ? Cochez toutes les "
                        "bonnes réponses."
                    ),
                    "en": (
                        "Which of these rights are among the fundamental principles and rights at work of "
                        "the ILO Declaration (1998, amended in 2022)? Select all that apply."
                    ),
                    "es": (
                        "¿Cuáles de estos derechos forman parte de los principios y derechos "
                        "fundamentales en el trabajo de la Declaración de la OIT (1998, modificada en "
                        "2022)? Marca todas las respuestas correctas."
                    ),
                    "ht": (
                        "Kilès nan dwa sa yo ki fè pati prensip ak dwa fondamantal nan travay Deklarasyon "
                        "OIT a (1998, yo modifye l an 2022)? Chwazi tout bon repons yo."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "fr": "Un salaire minimum fixé par la loi dans chaque pays.",
                            "en": "A minimum wage set by law in every country.",
                            "es": "Un salario mínimo fijado por ley en cada país.",
                            "ht": "Yon salè minimòm lalwa fikse nan chak peyi.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. D'autres conventions de l'OIT traitent du salaire minimum, mais il "
                                "ne fait pas partie des cinq catégories de la Déclaration."
                            ),
                            "en": (
                                "No. Other ILO conventions deal with the minimum wage, but it is not one "
                                "of the Declaration's five categories."
                            ),
                            "es": (
                                "No. Otros convenios de la OIT tratan del salario mínimo, pero no forma "
                                "parte de las cinco categorías de la Declaración."
                            ),
                            "ht": (
                                "Non. Gen lòt konvansyon OIT ki pale de salè minimòm, men li pa youn nan "
                                "senk kategori Deklarasyon an."
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
                                "Correcto. Es una de las cinco categorías, junto con la libertad "
                                "sindical, la eliminación del trabajo forzoso, la eliminación de la "
                                "discriminación y la seguridad y salud."
                            ),
                            "ht": (
                                "Se sa. Se youn nan senk kategori yo, ansanm ak libète sendikal, "
                                "eliminasyon travay fòse, eliminasyon diskriminasyon, ak sante ak "
                                "sekirite."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Une journée de travail limitée à huit heures.",
                            "en": "A working day limited to eight hours.",
                            "es": "Una jornada de trabajo limitada a ocho horas.",
                            "ht": "Yon jounen travay ki pa depase uit è.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. La journée de huit heures est le sujet de la toute première "
                                "convention de l'OIT (1919), mais elle ne fait pas partie des cinq "
                                "catégories."
                            ),
                            "en": (
                                "No. The eight-hour day is the subject of the ILO's very first convention "
                                "(1919), but it is not one of the five categories."
                            ),
                            "es": (
                                "No. La jornada de ocho horas es el tema del primer convenio de la OIT "
                                "(1919), pero no forma parte de las cinco categorías."
                            ),
                            "ht": (
                                "Non. Jounen uit è a se sijè premye konvansyon OIT a (1919), men li pa "
                                "youn nan senk kategori yo."
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
                        "l'élimination du travail forcé, l'abolition du travail des enfants, "
                        "l'élimination de la discrimination et, depuis 2022, un milieu de travail sûr et "
                        "salubre. Voir la leçon « La Déclaration de 1998 et les droits fondamentaux au "
                        "travail ».</p>"
                    ),
                    "en": (
                        "<p>The five categories are: freedom of association and collective bargaining, "
                        "the elimination of forced labour, the abolition of child labour, the elimination "
                        "of discrimination and, since 2022, a safe and healthy working environment. See "
                        "the lesson “The 1998 Declaration and fundamental rights at work”.</p>"
                    ),
                    "es": (
                        "<p>Las cinco categorías son: la libertad sindical y la negociación colectiva, la "
                        "eliminación del trabajo forzoso, la abolición del trabajo infantil, la "
                        "eliminación de la discriminación y, desde 2022, un entorno de trabajo seguro y "
                        "saludable. Consulta la lección «La Declaración de 1998 y los derechos "
                        "fundamentales en el trabajo».</p>"
                    ),
                    "ht": (
                        "<p>Senk kategori yo se: libète sendikal ak negosyasyon kolektif, eliminasyon "
                        "travay fòse, abolisyon travay timoun, eliminasyon diskriminasyon, epi, depi "
                        "2022, yon anviwònman travay ki an sekirite e ki bon pou lasante. Gade leson « "
                        "Deklarasyon 1998 la ak dwa fondamantal nan travay » la.</p>"
                    ),
                },
            },
        ),
        (
            "single_choice",
            {
                "prompt": {
                    "fr": (
                        "À partir de 2012, le groupe des employeurs bloque une partie du contrôle à "
                        "l'OIT. Que conteste-t-il ?"
                    ),
                    "en": (
                        "From 2012, the Employers' group blocks part of the ILO's supervision. What does "
                        "it dispute?"
                    ),
                    "es": (
                        "A partir de 2012, el Grupo de los Empleadores bloquea una parte del control en "
                        "la OIT. ¿Qué impugna?"
                    ),
                    "ht": "Apati 2012, gwoup patwon yo bloke yon pati nan kontwòl OIT a. Kisa yo konteste?",
                },
                "choices": [
                    {
                        "text": {
                            "fr": "Que la grève puisse être interdite dans les services essentiels.",
                            "en": "That strikes may be prohibited in essential services.",
                            "es": "Que la huelga pueda prohibirse en los servicios esenciales.",
                            "ht": "Ke yo ka entèdi grèv nan sèvis esansyèl yo.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. Ces limites, le Comité de la liberté syndicale les admet lui-même ; "
                                "elles ne sont pas l'objet du conflit."
                            ),
                            "en": (
                                "No. The Committee on Freedom of Association itself accepts these limits; "
                                "they are not what the dispute is about."
                            ),
                            "es": (
                                "No. El propio Comité de Libertad Sindical admite estos límites; no son "
                                "el objeto del conflicto."
                            ),
                            "ht": (
                                "Non. Komite Libète Sendikal la limenm aksepte limit sa yo; se pa sa "
                                "konfli a ye."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Que la Conférence adopte une nouvelle convention sur la grève.",
                            "en": "That the Conference should adopt a new convention on strikes.",
                            "es": "Que la Conferencia adopte un nuevo convenio sobre la huelga.",
                            "ht": "Ke Konferans lan ta adopte yon nouvo konvansyon sou grèv.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. Le conflit ne porte pas sur un nouveau texte, mais sur la lecture "
                                "de la convention n° 87."
                            ),
                            "en": (
                                "No. The dispute is not about a new text, but about how Convention No. 87 "
                                "is read."
                            ),
                            "es": (
                                "No. El conflicto no trata de un texto nuevo, sino de la lectura del "
                                "Convenio núm. 87."
                            ),
                            "ht": (
                                "Non. Konfli a pa sou yon nouvo tèks, li sou fason pou li konvansyon 87 la."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Que la convention n° 87, qui ne nomme pas la grève, protège ce droit.",
                            "en": ("That Convention No. 87, silent on strikes, protects that right."),
                            "es": "Que el Convenio núm. 87, que no nombra la huelga, la proteja.",
                            "ht": "Ke konvansyon 87 la, ki pa site grèv, pwoteje dwa sa a.",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": (
                                "Exact. Pour les employeurs, la convention ne parle pas de grève, donc "
                                "elle ne protège pas ce droit, et la commission d'experts n'a pas le "
                                "mandat de l'interpréter."
                            ),
                            "en": (
                                "Correct. For the employers, the convention does not mention strikes, so "
                                "it does not protect that right, and the Committee of Experts has no "
                                "mandate to interpret it."
                            ),
                            "es": (
                                "Correcto. Para los empleadores, el convenio no habla de huelga, así que "
                                "no protege ese derecho, y la Comisión de Expertos no tiene mandato para "
                                "interpretarlo."
                            ),
                            "ht": (
                                "Se sa. Pou patwon yo, konvansyon an pa pale de grèv, kidonk li pa "
                                "pwoteje dwa sa a, epi komisyon ekspè yo pa gen manda pou yo entèprete l."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Que des plaintes visent des États qui n'ont pas ratifié la convention.",
                            "en": (
                                "That complaints may target States that have not ratified the convention."
                            ),
                            "es": "Que haya quejas contra Estados que no han ratificado el convenio.",
                            "ht": "Ke gen plent kont Eta ki pa ratifye konvansyon an.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. Ce n'est pas l'objet du conflit, qui porte sur le droit de grève et "
                                "la convention n° 87."
                            ),
                            "en": (
                                "No. That is not what the dispute is about: it concerns the right to "
                                "strike and Convention No. 87."
                            ),
                            "es": (
                                "No. No es el objeto del conflicto, que trata del derecho de huelga y del "
                                "Convenio núm. 87."
                            ),
                            "ht": "Non. Se pa sa konfli a ye: li sou dwa fè grèv ak konvansyon 87 la.",
                        },
                    },
                ],
                "explanation": {
                    "fr": (
                        "<p>La convention n° 87 ne nomme pas la grève, mais le Comité de la liberté "
                        "syndicale et la commission d'experts considèrent depuis des décennies que le "
                        "droit de grève en découle. En juin 2012, le groupe des employeurs a contesté "
                        "cette lecture, et la Commission de l'application des normes a été empêchée de "
                        "faire son travail de contrôle. Voir la leçon « Le droit de grève à l'OIT ».</p>"
                    ),
                    "en": (
                        "<p>Convention No. 87 does not name strikes, but for decades the Committee on "
                        "Freedom of Association and the Committee of Experts have held that the right to "
                        "strike follows from it. In June 2012, the Employers' group challenged this "
                        "reading, and the Committee on the Application of Standards was prevented from "
                        "doing its supervisory work. See the lesson “The right to strike at the ILO”.</p>"
                    ),
                    "es": (
                        "<p>El Convenio núm. 87 no nombra la huelga, pero desde hace décadas el Comité de "
                        "Libertad Sindical y la Comisión de Expertos consideran que el derecho de huelga "
                        "se deriva de él. En junio de 2012, el Grupo de los Empleadores impugnó esta "
                        "lectura, y la Comisión de Aplicación de Normas no pudo hacer su trabajo de "
                        "control. Consulta la lección «El derecho de huelga en la OIT».</p>"
                    ),
                    "ht": (
                        "<p>Konvansyon 87 la pa site grèv, men depi plizyè dizèn ane Komite Libète "
                        "Sendikal la ak komisyon ekspè yo konsidere dwa fè grèv soti ladan l. An jen "
                        "2012, gwoup patwon yo konteste lekti sa a, epi Komisyon pou aplikasyon nòm yo pa "
                        "t ka fè travay kontwòl li. Gade leson « Dwa fè grèv nan OIT » la.</p>"
                    ),
                },
                "standard": "C087",
            },
        ),
        (
            "true_false",
            {
                "prompt": {
                    "fr": (
                        "Vrai ou faux : en novembre 2023, le Conseil d'administration de l'OIT a décidé "
                        "de demander à la Cour internationale de Justice si la convention n° 87 protège "
                        "le droit de grève."
                    ),
                    "en": (
                        "True or false: in November 2023, the ILO Governing Body decided to ask the "
                        "International Court of Justice whether Convention No. 87 protects the right to "
                        "strike."
                    ),
                    "es": (
                        "Verdadero o falso: en noviembre de 2023, el Consejo de Administración de la OIT "
                        "decidió preguntar a la Corte Internacional de Justicia si el Convenio núm. 87 "
                        "protege el derecho de huelga."
                    ),
                    "ht": (
                        "Vre oswa fo: an novanm 2023, Konsèy Administrasyon OIT a te deside mande Kou "
                        "Entènasyonal Jistis la si konvansyon 87 la pwoteje dwa fè grèv."
                    ),
                },
                "answer": True,
                "explanation": {
                    "fr": (
                        "<p>Vrai. Le 10 novembre 2023, le Conseil d'administration a décidé, par 33 voix "
                        "contre 21 et 2 abstentions, de demander à la Cour un avis consultatif d'urgence, "
                        "comme le prévoit l'article 37 de la Constitution de l'OIT pour les questions "
                        "d'interprétation d'une convention. Voir la leçon « Le droit de grève à l'OIT "
                        "».</p>"
                    ),
                    "en": (
                        "<p>True. On 10 November 2023, the Governing Body decided, by 33 votes to 21 with "
                        "2 abstentions, to ask the Court for an urgent advisory opinion, as article 37 of "
                        "the ILO Constitution provides for questions about the interpretation of a "
                        "convention. See the lesson “The right to strike at the ILO”.</p>"
                    ),
                    "es": (
                        "<p>Verdadero. El 10 de noviembre de 2023, el Consejo de Administración decidió, "
                        "por 33 votos contra 21 y 2 abstenciones, pedir a la Corte una opinión consultiva "
                        "urgente, como prevé el artículo 37 de la Constitución de la OIT para las "
                        "cuestiones de interpretación de un convenio. Consulta la lección «El derecho de "
                        "huelga en la OIT».</p>"
                    ),
                    "ht": (
                        "<p>Vre. 10 novanm 2023, Konsèy Administrasyon an te deside, ak 33 vwa kont 21 ak "
                        "2 abstansyon, pou l mande Kou a yon avi konsiltatif ijan, jan atik 37 "
                        "Konstitisyon OIT a prevwa l pou kesyon sou fason pou entèprete yon konvansyon. "
                        "Gade leson « Dwa fè grèv nan OIT » la.</p>"
                    ),
                },
                "standard": "C087",
            },
        ),
    ],
}
