"""Quiz for module 4 of the demo course: "La solidarité syndicale internationale en pratique".

Two languages (fr, en). Data format: see ``quizzes.demo.content`` (``__init__.py``). Every question tests
something taught in the lessons of ``learning/demo/content/module_4_solidarity.py``.
"""

QUIZ = {
    "title": {
        "fr": "Quiz : La solidarité syndicale internationale en pratique",
        "en": "Quiz: International union solidarity in practice",
    },
    "slug": {
        "fr": "quiz-solidarite-internationale",
        "en": "international-solidarity-quiz",
    },
    "intro": {
        "fr": (
            "<p>Fédérations syndicales internationales, accords-cadres, stages, missions d'observation, "
            "plaintes à l'OIT : vérifiez ce que vous avez retenu sur la solidarité syndicale internationale "
            "et sur les outils que votre syndicat peut utiliser. Il y a huit questions. Pour chacune, une "
            "explication vous renvoie à la leçon où le sujet est traité. Il faut 70 % de bonnes réponses "
            "pour réussir.</p>"
        ),
        "en": (
            "<p>Global union federations, framework agreements, internships, observation missions, "
            "complaints to the ILO: check what you remember about international union solidarity and the "
            "tools your union can use. There are eight questions. Each one comes with an explanation that "
            "points you to the lesson where the topic is covered. You need 70% correct answers to pass.</p>"
        ),
    },
    "pass_mark": 70,
    "questions": [
        (
            "single_choice",
            {
                "prompt": {
                    "fr": "Qu'est-ce qu'une fédération syndicale internationale ?",
                    "en": "What is a global union federation?",
                },
                "choices": [
                    {
                        "text": {
                            "fr": "Un regroupement des syndicats d'un même secteur, dans de nombreux pays.",
                            "en": "A grouping of the unions of one sector, in many countries.",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": (
                                "Exact. Par exemple IndustriALL pour l'industrie, UNI pour les services, "
                                "l'ITF pour le transport et l'Internationale de l'Éducation pour le "
                                "personnel enseignant."
                            ),
                            "en": (
                                "Correct. For example IndustriALL for industry, UNI for services, the ITF "
                                "for transport and Education International for teachers."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Une agence des Nations Unies qui adopte des conventions.",
                            "en": "A United Nations agency that adopts conventions.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. Cela ressemble plutôt à l'OIT. Une fédération syndicale internationale "
                                "est une organisation de syndicats, pas une agence des Nations Unies."
                            ),
                            "en": (
                                "No. That sounds more like the ILO. A global union federation is an "
                                "organisation of unions, not a United Nations agency."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": (
                                "Une confédération de centrales syndicales nationales de tous les secteurs."
                            ),
                            "en": "A confederation of national union centres from all sectors.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. Cela décrit la Confédération syndicale internationale (CSI). Les "
                                "fédérations syndicales internationales, elles, sont organisées par secteur."
                            ),
                            "en": (
                                "No. That describes the International Trade Union Confederation (ITUC). "
                                "Global union federations are organised by sector."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Le syndicat du siège social d'une multinationale.",
                            "en": "The union at a multinational company's head office.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. Une fédération syndicale internationale regroupe des syndicats de "
                                "nombreux pays, pas ceux d'une seule entreprise."
                            ),
                            "en": (
                                "No. A global union federation brings together unions from many countries, "
                                "not those of a single company."
                            ),
                        },
                    },
                ],
                "explanation": {
                    "fr": (
                        "<p>Les fédérations syndicales internationales regroupent les syndicats d'un même "
                        "secteur dans de nombreux pays ; elles font circuler l'information, coordonnent des "
                        "campagnes et négocient avec des multinationales. Voir la leçon « Le mouvement "
                        "syndical international ».</p>"
                    ),
                    "en": (
                        "<p>Global union federations bring together the unions of one sector in many "
                        "countries; they share information, coordinate campaigns and negotiate with "
                        "multinational companies. See the lesson “The international union movement”.</p>"
                    ),
                },
            },
        ),
        (
            "single_choice",
            {
                "prompt": {
                    "fr": (
                        "La direction de la filiale locale d'une multinationale s'attaque à votre syndicat. "
                        "L'entreprise a signé un accord-cadre international. Quel levier cet accord vous "
                        "donne-t-il ?"
                    ),
                    "en": (
                        "The management of a multinational's local subsidiary goes after your union. The "
                        "company has signed an international framework agreement. What leverage does this "
                        "agreement give you?"
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "fr": (
                                "Alerter la fédération syndicale internationale, qui interpelle le siège de "
                                "l'entreprise."
                            ),
                            "en": (
                                "Alert the global union federation, which takes the matter up with the "
                                "company's head office."
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "fr": (
                                "Exact. L'accord-cadre permet de s'adresser directement à la direction "
                                "centrale de la multinationale."
                            ),
                            "en": (
                                "Correct. The framework agreement makes it possible to go straight to the "
                                "multinational's top management."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Aucun : l'accord ne couvre que le pays d'origine de l'entreprise.",
                            "en": "None: the agreement only covers the company's home country.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. Un accord-cadre international couvre les activités de l'entreprise "
                                "partout dans le monde, pas seulement dans son pays d'origine."
                            ),
                            "en": (
                                "No. An international framework agreement covers the company's operations "
                                "worldwide, not just in its home country."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Attendre que l'entreprise applique l'accord d'elle-même.",
                            "en": "Wait for the company to apply the agreement on its own.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. Un accord-cadre ne vaut que par son suivi : il faut que les syndicats "
                                "le connaissent et s'en servent."
                            ),
                            "en": (
                                "No. A framework agreement is only as good as its follow-up: unions have to "
                                "know about it and use it."
                            ),
                        },
                    },
                ],
                "explanation": {
                    "fr": (
                        "<p>Un accord-cadre international est négocié entre une multinationale et une "
                        "fédération syndicale internationale, et il couvre l'entreprise partout dans le "
                        "monde. Il ne vaut que si les syndicats s'en servent. Voir la leçon « Le mouvement "
                        "syndical international ».</p>"
                    ),
                    "en": (
                        "<p>An international framework agreement is negotiated between a multinational "
                        "company and a global union federation, and it covers the company worldwide. It only "
                        "works if unions use it. See the lesson “The international union movement”.</p>"
                    ),
                },
            },
        ),
        (
            "true_false",
            {
                "prompt": {
                    "fr": (
                        "Vrai ou faux : la Confédération syndicale internationale (CSI) regroupe des "
                        "centrales syndicales nationales de partout dans le monde."
                    ),
                    "en": (
                        "True or false: the International Trade Union Confederation (ITUC) brings together "
                        "national union centres from all over the world."
                    ),
                },
                "answer": True,
                "explanation": {
                    "fr": (
                        "<p>Vrai. Fondée en 2006, la CSI regroupe des centrales nationales et porte la voix "
                        "des travailleuses et des travailleurs auprès des institutions internationales, dont "
                        "l'OIT. Voir la leçon « Le mouvement syndical international ».</p>"
                    ),
                    "en": (
                        "<p>True. Founded in 2006, the ITUC brings together national union centres and "
                        "speaks for workers in international institutions, including the ILO. See the lesson "
                        "“The international union movement”.</p>"
                    ),
                },
            },
        ),
        (
            "short_answer",
            {
                "prompt": {
                    "fr": (
                        "En quelle année le Centre international de solidarité ouvrière (CISO) a-t-il été "
                        "fondé au Québec ?"
                    ),
                    "en": (
                        "In what year was the Centre international de solidarité ouvrière (CISO) founded in "
                        "Quebec?"
                    ),
                },
                "accepted": {
                    "fr": ["1975", "en 1975"],
                    "en": ["1975", "in 1975"],
                },
                "explanation": {
                    "fr": (
                        "<p>Le CISO a été fondé en 1975, à la suite d'une Conférence internationale de "
                        "solidarité ouvrière organisée par des dirigeants du mouvement syndical et populaire "
                        "et des organisations non gouvernementales de Montréal. Voir la leçon « La "
                        "solidarité en pratique ».</p>"
                    ),
                    "en": (
                        "<p>The CISO was founded in 1975, following an International Workers' Solidarity "
                        "Conference organised by leaders of the union and popular movement and "
                        "non-governmental organisations in Montreal. See the lesson “Solidarity in "
                        "practice”.</p>"
                    ),
                },
            },
        ),
        (
            "multiple_choice",
            {
                "prompt": {
                    "fr": (
                        "Lesquelles de ces actions sont des formes de solidarité syndicale internationale "
                        "présentées dans la leçon ? Cochez toutes les bonnes réponses."
                    ),
                    "en": (
                        "Which of these actions are forms of international union solidarity presented in the "
                        "lesson? Select all that apply."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "fr": "Une mission d'observation sur place.",
                            "en": "An observation mission on the ground.",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": (
                                "Exact. Une délégation va constater la situation des droits syndicaux, puis "
                                "en témoigne."
                            ),
                            "en": (
                                "Correct. A delegation goes to see the state of union rights, then bears "
                                "witness to it."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Un stage syndical à l'étranger.",
                            "en": "A union internship abroad.",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": (
                                "Exact. Des militantes et des militants séjournent auprès d'un syndicat "
                                "partenaire, puis partagent ce qu'ils ont appris à leur retour."
                            ),
                            "en": (
                                "Correct. Activists spend time with a partner union, then share what they "
                                "learned when they come home."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Une campagne de lettres, de pétitions ou de résolutions.",
                            "en": "A campaign of letters, petitions or resolutions.",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": (
                                "Exact. Ces actions appuient des travailleuses et des travailleurs en lutte."
                            ),
                            "en": "Correct. These actions support workers in struggle.",
                        },
                    },
                    {
                        "text": {
                            "fr": "Un don envoyé sans jamais consulter le syndicat partenaire.",
                            "en": "A donation sent without ever consulting the partner union.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. La solidarité syndicale n'est pas de la charité : c'est une relation "
                                "d'égal à égal, où chacun apprend de l'autre."
                            ),
                            "en": (
                                "No. Union solidarity is not charity: it is a relationship between equals, "
                                "where each side learns from the other."
                            ),
                        },
                    },
                ],
                "explanation": {
                    "fr": (
                        "<p>La leçon présente cinq formes : les partenariats Nord-Sud, les stages à "
                        "l'étranger, les missions d'observation, les campagnes et l'éducation. Voir la leçon "
                        "« La solidarité en pratique ».</p>"
                    ),
                    "en": (
                        "<p>The lesson presents five forms: North-South partnerships, internships abroad, "
                        "observation missions, campaigns and education. See the lesson “Solidarity in "
                        "practice”.</p>"
                    ),
                },
            },
        ),
        (
            "true_false",
            {
                "prompt": {
                    "fr": (
                        "Vrai ou faux : la solidarité syndicale internationale est d'abord une forme de "
                        "charité du Nord envers le Sud."
                    ),
                    "en": (
                        "True or false: international union solidarity is first and foremost a form of "
                        "charity from the North to the South."
                    ),
                },
                "answer": False,
                "explanation": {
                    "fr": (
                        "<p>Faux. C'est une relation d'égal à égal entre des travailleuses et des "
                        "travailleurs qui font face aux mêmes employeurs et aux mêmes chaînes "
                        "d'approvisionnement ; chacun apprend de l'autre. Voir la leçon « La solidarité en "
                        "pratique ».</p>"
                    ),
                    "en": (
                        "<p>False. It is a relationship between equals: workers who face the same employers "
                        "and the same supply chains; each side learns from the other. See the lesson "
                        "“Solidarity in practice”.</p>"
                    ),
                },
            },
        ),
        (
            "single_choice",
            {
                "prompt": {
                    "fr": (
                        "Contre qui une plainte au Comité de la liberté syndicale de l'OIT est-elle dirigée ?"
                    ),
                    "en": (
                        "Who is a complaint to the ILO Committee on Freedom of Association directed against?"
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "fr": "L'État, à qui l'on reproche de ne pas avoir protégé la liberté syndicale.",
                            "en": "The State, which is accused of failing to protect freedom of association.",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": (
                                "Exact. Même quand un employeur est en cause, c'est au gouvernement qu'on "
                                "reproche de ne pas avoir protégé ce droit."
                            ),
                            "en": (
                                "Correct. Even when an employer is involved, it is the government that is "
                                "accused of failing to protect this right."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "L'employeur, directement.",
                            "en": "The employer, directly.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. La plainte ne vise pas l'employeur directement, mais l'État qui n'a "
                                "pas protégé la liberté syndicale."
                            ),
                            "en": (
                                "No. The complaint does not target the employer directly, but the State that "
                                "failed to protect freedom of association."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "La fédération syndicale internationale du secteur.",
                            "en": "The global union federation for the sector.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. La fédération syndicale internationale est plutôt une alliée : elle "
                                "peut porter la plainte pour votre syndicat."
                            ),
                            "en": (
                                "No. The global union federation is more of an ally: it can bring the "
                                "complaint on your union's behalf."
                            ),
                        },
                    },
                ],
                "explanation": {
                    "fr": (
                        "<p>Le Comité, créé en 1951, examine des plaintes contre des États, même s'ils n'ont "
                        "pas ratifié les conventions n° 87 et 98 ; ses conclusions sont publiques. Voir la "
                        "leçon « Utiliser le droit international du travail dans votre syndicat ».</p>"
                    ),
                    "en": (
                        "<p>The Committee, set up in 1951, examines complaints against States, even if they "
                        "have not ratified Conventions 87 and 98; its conclusions are public. See the lesson "
                        "“Using international labour law in your union”.</p>"
                    ),
                },
                "standard": "C087",
            },
        ),
        (
            "ordering",
            {
                "prompt": {
                    "fr": (
                        "Les dirigeants de votre syndicat ont été congédiés pour leurs activités syndicales. "
                        "Remettez dans l'ordre les étapes d'une plainte au Comité de la liberté syndicale."
                    ),
                    "en": (
                        "Your union's leaders have been dismissed for their union activities. Put in order "
                        "the steps of a complaint to the Committee on Freedom of Association."
                    ),
                },
                "steps": [
                    {
                        "fr": (
                            "Votre syndicat réunit les faits : dates, noms des personnes touchées, lettres "
                            "de congédiement, témoignages."
                        ),
                        "en": (
                            "Your union gathers the facts: dates, names of the people affected, dismissal "
                            "letters, testimonies."
                        ),
                    },
                    {
                        "fr": (
                            "Il transmet le dossier à son organisation nationale (fédération ou centrale) ou "
                            "à une organisation syndicale internationale."
                        ),
                        "en": (
                            "It passes the file on to its national organisation (federation or central "
                            "labour body) or to an international union organisation."
                        ),
                    },
                    {
                        "fr": (
                            "Cette organisation dépose la plainte contre l'État devant le Comité de la "
                            "liberté syndicale."
                        ),
                        "en": (
                            "That organisation files the complaint against the State with the Committee on "
                            "Freedom of Association."
                        ),
                    },
                    {
                        "fr": "Le Comité examine la plainte et publie ses conclusions.",
                        "en": "The Committee examines the complaint and publishes its conclusions.",
                    },
                    {
                        "fr": (
                            "Votre syndicat s'appuie sur ces conclusions dans une négociation ou une "
                            "campagne."
                        ),
                        "en": "Your union uses these conclusions in bargaining or in a campaign.",
                    },
                ],
                "explanation": {
                    "fr": (
                        "<p>Le syndicat local réunit les faits, puis passe par son organisation nationale ou "
                        "internationale, qui dépose la plainte. Les conclusions publiques du Comité peuvent "
                        "ensuite peser dans une négociation ou une campagne. Voir la leçon « Utiliser le "
                        "droit international du travail dans votre syndicat ».</p>"
                    ),
                    "en": (
                        "<p>The local union gathers the facts, then goes through its national or "
                        "international organisation, which files the complaint. The Committee's public "
                        "conclusions can then carry weight in bargaining or a campaign. See the lesson "
                        "“Using international labour law in your union”.</p>"
                    ),
                },
                "standard": "C087",
            },
        ),
    ],
}
