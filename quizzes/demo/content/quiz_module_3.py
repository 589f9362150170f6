"""Quiz for module 3 of the demo course: "Ateliers de misère, chaînes d'approvisionnement et achats
responsables".

Two languages (fr, en). Data format: see ``quizzes.demo.content`` (``__init__.py``). Every question tests
something taught in the lessons of ``learning/demo/content/module_3_supply_chains.py``.
"""

QUIZ = {
    "title": {
        "fr": "Quiz : Ateliers de misère, chaînes d'approvisionnement et achats responsables",
        "en": "Quiz: Sweatshops, supply chains and responsible purchasing",
    },
    "slug": {
        "fr": "quiz-ateliers-de-misere",
        "en": "sweatshops-quiz",
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
    },
    "pass_mark": 70,
    "questions": [
        (
            "single_choice",
            {
                "prompt": {
                    "fr": (
                        "Dans une chaîne d'approvisionnement du vêtement, quel maillon conçoit le produit et "
                        "le vend sous son nom, mais possède rarement les usines ?"
                    ),
                    "en": (
                        "In a garment supply chain, which link designs the product and sells it under its "
                        "own name, but rarely owns the factories?"
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "fr": "La marque",
                            "en": "The brand",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": (
                                "Exact. La marque conçoit le produit et le vend sous son nom, mais elle "
                                "possède rarement les usines où il est fabriqué."
                            ),
                            "en": (
                                "Correct. The brand designs the product and sells it under its name, but it "
                                "rarely owns the factories where it is made."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Le fournisseur",
                            "en": "The supplier",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. Le fournisseur, c'est l'usine qui reçoit la commande et s'engage sur "
                                "un prix et une date de livraison."
                            ),
                            "en": (
                                "No. The supplier is the factory that receives the order and commits to a "
                                "price and a delivery date."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Le sous-traitant",
                            "en": "The subcontractor",
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
                        },
                    },
                    {
                        "text": {
                            "fr": "L'acheteur",
                            "en": "The buyer",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. L'acheteur passe la commande : un magasin, mais aussi une ville, un "
                                "centre de services scolaire (au Québec, l'organisme public qui gère les "
                                "écoles d'une région) ou un syndicat."
                            ),
                            "en": (
                                "No. The buyer places the order: a store, but also a city, a school service "
                                "centre (in Quebec, the public body that runs the schools of a region) or a "
                                "union."
                            ),
                        },
                    },
                ],
                "explanation": {
                    "fr": (
                        "<p>Dans le vêtement, la chaîne relie souvent l'acheteur, la marque, le fournisseur "
                        "et les sous-traitants. Voir la leçon « Ateliers de misère et chaînes "
                        "d'approvisionnement mondiales ».</p>"
                    ),
                    "en": (
                        "<p>In the garment industry, the chain often links the buyer, the brand, the "
                        "supplier and the subcontractors. See the lesson “Sweatshops and global supply "
                        "chains”.</p>"
                    ),
                },
            },
        ),
        (
            "true_false",
            {
                "prompt": {
                    "fr": "Vrai ou faux : les ateliers de misère n'existent que dans les pays du Sud.",
                    "en": "True or false: sweatshops exist only in the countries of the South.",
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
                        "<p>False. They are found in free trade zones in Asia or Latin America, but also in "
                        "clandestine workshops in big, wealthy cities, where migrant workers are afraid to "
                        "complain. See the lesson “Sweatshops and global supply chains”.</p>"
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
                },
                "choices": [
                    {
                        "text": {
                            "fr": "Les cadences s'accélèrent et les heures supplémentaires s'allongent.",
                            "en": "The pace of work speeds up and overtime gets longer.",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": (
                                "Exact. Le fournisseur accepte la commande, puis fait descendre la pression "
                                "sur les travailleuses et les travailleurs."
                            ),
                            "en": (
                                "Correct. The supplier accepts the order, then passes the pressure down onto "
                                "the workers."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": (
                                "Une partie du travail est confiée à des ateliers moins chers et moins "
                                "surveillés."
                            ),
                            "en": "Part of the work is sent to cheaper, less closely monitored workshops.",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": (
                                "Exact. La sous-traitance permet de baisser les coûts, souvent au détriment "
                                "des conditions de travail."
                            ),
                            "en": (
                                "Correct. Subcontracting cuts costs, often at the expense of working "
                                "conditions."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": (
                                "La responsabilité se dilue : chacun peut dire « ce n'était pas mon usine »."
                            ),
                            "en": "Responsibility gets diluted: everyone can say “it wasn't my factory”.",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": (
                                "Exact. Le mouvement syndical le conteste : celui qui passe la commande et "
                                "fixe le prix a aussi une responsabilité."
                            ),
                            "en": (
                                "Correct. The union movement challenges this: whoever places the order and "
                                "sets the price is also responsible."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Les salaires augmentent au bout de la chaîne.",
                            "en": "Wages go up at the end of the chain.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. Au bout de la chaîne, ce sont les travailleuses et les travailleurs "
                                "qui paient le prix de cette pression."
                            ),
                            "en": (
                                "No. At the end of the chain, it is the workers who pay the price of this "
                                "pressure."
                            ),
                        },
                    },
                ],
                "explanation": {
                    "fr": (
                        "<p>La pression sur les prix et les délais descend jusqu'au dernier maillon, et la "
                        "sous-traitance dilue la responsabilité. Voir la leçon « Ateliers de misère et "
                        "chaînes d'approvisionnement mondiales ».</p>"
                    ),
                    "en": (
                        "<p>Pressure on prices and deadlines travels down to the last link, and "
                        "subcontracting dilutes responsibility. See the lesson “Sweatshops and global supply "
                        "chains”.</p>"
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
                },
                "accepted": {
                    "fr": ["2013", "en 2013"],
                    "en": ["2013", "in 2013"],
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
                        "What sets the Accord on Fire and Building Safety in Bangladesh (2013) apart from a "
                        "voluntary code of conduct?"
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "fr": "Il est juridiquement contraignant et il a été négocié avec les syndicats.",
                            "en": "It is legally binding and it was negotiated with unions.",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": (
                                "Exact. Ce n'est pas une promesse qu'une marque peut oublier quand ça "
                                "l'arrange : les signataires sont liés, et les syndicats ont négocié le "
                                "texte."
                            ),
                            "en": (
                                "Correct. It is not a promise a brand can forget whenever it suits it: the "
                                "signatories are bound, and unions negotiated the text."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Il a été rédigé par les marques seules.",
                            "en": "It was written by the brands alone.",
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
                        },
                    },
                    {
                        "text": {
                            "fr": "Les usines y sont inspectées par leur propre patron.",
                            "en": "Factories are inspected by their own owner.",
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
                        },
                    },
                ],
                "explanation": {
                    "fr": (
                        "<p>L'Accord de 2013 est contraignant et négocié avec les syndicats ; il prévoit des "
                        "inspections indépendantes et un mécanisme de plainte pour les travailleuses et les "
                        "travailleurs. Voir la leçon « Le Rana Plaza et l'Accord du Bangladesh ».</p>"
                    ),
                    "en": (
                        "<p>The 2013 Accord is binding and negotiated with unions; it provides for "
                        "independent inspections and a complaint mechanism for workers. See the lesson “Rana "
                        "Plaza and the Bangladesh Accord”.</p>"
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
                        "According to the lesson, which elements should a good responsible purchasing policy "
                        "contain? Select all that apply."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "fr": "Le respect des normes fondamentales du travail.",
                            "en": "Respect for fundamental labour standards.",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": (
                                "Exact. Liberté syndicale et négociation collective, pas de travail forcé, "
                                "pas de travail des enfants, pas de discrimination, et un milieu de travail "
                                "sûr et salubre."
                            ),
                            "en": (
                                "Correct. Freedom of association and collective bargaining, no forced "
                                "labour, no child labour, no discrimination, and a safe and healthy working "
                                "environment."
                            ),
                        },
                    },
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
                        },
                        "correct": True,
                        "feedback": {
                            "fr": (
                                "Exact. Sans savoir où les produits sont fabriqués, on ne peut pas vérifier "
                                "les conditions de travail."
                            ),
                            "en": (
                                "Correct. Without knowing where the products are made, you cannot check "
                                "working conditions."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "La voix des travailleuses et des travailleurs, et de leurs syndicats.",
                            "en": "The voices of workers and their unions.",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": "Exact. Ce sont elles et eux qui savent ce qui se passe dans l'usine.",
                            "en": "Correct. They are the ones who know what goes on in the factory.",
                        },
                    },
                    {
                        "text": {
                            "fr": "La parole du fournisseur, qui suffit comme preuve.",
                            "en": "The supplier's word, which is proof enough.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. Une bonne politique prévoit une vérification indépendante : on ne se "
                                "contente pas de la parole du fournisseur."
                            ),
                            "en": (
                                "No. A good policy provides for independent verification: you don't just "
                                "take the supplier's word for it."
                            ),
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
                },
                "steps": [
                    {
                        "fr": "Faire l'inventaire de ce que le syndicat achète.",
                        "en": "Take stock of what the union buys.",
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
                    },
                    {
                        "fr": "Rédiger la politique avec un petit comité.",
                        "en": "Draft the policy with a small committee.",
                    },
                    {
                        "fr": "Informer les fournisseurs et leur demander la liste des usines.",
                        "en": "Inform the suppliers and ask them for the list of factories.",
                    },
                    {
                        "fr": "Faire un bilan chaque année en assemblée.",
                        "en": "Review the policy every year at a general meeting.",
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
                },
            },
        ),
        (
            "true_false",
            {
                "prompt": {
                    "fr": (
                        "Vrai ou faux : si un problème est découvert chez un fournisseur, la meilleure "
                        "réponse est toujours de cesser immédiatement toute commande."
                    ),
                    "en": (
                        "True or false: if a problem is found at a supplier, the best response is always to "
                        "stop all orders immediately."
                    ),
                },
                "answer": False,
                "explanation": {
                    "fr": (
                        "<p>Faux. Si l'acheteur part tout de suite, les travailleuses et les travailleurs "
                        "risquent de perdre leur emploi ; il vaut souvent mieux exiger des corrections, avec "
                        "leur syndicat. Voir la leçon « Les politiques d'achat responsable ».</p>"
                    ),
                    "en": (
                        "<p>False. If the buyer pulls out right away, the workers may lose their jobs; it is "
                        "often better to demand that things be fixed, together with their union. See the "
                        "lesson “Responsible purchasing policies”.</p>"
                    ),
                },
            },
        ),
    ],
}
