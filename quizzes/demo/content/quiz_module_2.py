"""Quiz for module 2 of the demo course: "Les instruments fondamentaux".

Two languages (fr, en). Data format: see ``quizzes.demo.content`` (``__init__.py``). Every question tests
something taught in the lessons of ``learning/demo/content/module_2_fundamental.py``.
"""

QUIZ = {
    "title": {
        "fr": "Quiz : Les instruments fondamentaux",
        "en": "Quiz: The fundamental instruments",
    },
    "slug": {
        "fr": "quiz-instruments-fondamentaux",
        "en": "fundamental-instruments-quiz",
    },
    "intro": {
        "fr": (
            "<p>Liberté syndicale, travail forcé, travail des enfants, égalité, santé et sécurité : vérifiez "
            "ce que vous avez retenu des conventions fondamentales de l'OIT et de ce qu'elles protègent. Il "
            "y a huit questions. Pour chacune, une explication vous renvoie à la leçon où le sujet est "
            "traité. Il faut 70 % de bonnes réponses pour réussir.</p>"
        ),
        "en": (
            "<p>Freedom of association, forced labour, child labour, equality, safety and health: check what "
            "you remember about the ILO's fundamental conventions and what they protect. There are eight "
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
                    "fr": "Selon la convention n° 87, de quoi avez-vous besoin pour fonder un syndicat ?",
                    "en": "Under Convention No. 87, what do you need in order to form a union?",
                },
                "choices": [
                    {
                        "text": {
                            "fr": "De rien de particulier : aucune autorisation préalable n'est nécessaire.",
                            "en": "Nothing in particular: no prior authorisation is required.",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": (
                                "Exact. Les travailleuses et les travailleurs peuvent constituer les "
                                "organisations de leur choix et s'y affilier, sans autorisation préalable."
                            ),
                            "en": (
                                "Correct. Workers may form and join organisations of their own choosing, "
                                "without prior authorisation."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "De l'accord de l'employeur.",
                            "en": "The employer's approval.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. Vous n'avez pas à demander la permission de l'employeur. Dans l'étude "
                                "de cas de la leçon, c'est justement ce que la direction prétend à tort."
                            ),
                            "en": (
                                "No. You do not have to ask the employer for permission. In the lesson's "
                                "case study, that is exactly what management wrongly claims."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Une autorisation du gouvernement.",
                            "en": "Permission from the government.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. Vous n'avez pas à demander la permission du gouvernement. Les "
                                "autorités doivent même s'abstenir de toute intervention qui limiterait ce "
                                "droit."
                            ),
                            "en": (
                                "No. You do not have to ask the government for permission. The authorities "
                                "must even refrain from any interference that would restrict this right."
                            ),
                        },
                    },
                ],
                "explanation": {
                    "fr": (
                        "<p>La convention n° 87 (1948) reconnaît aux travailleurs le droit de constituer les "
                        "organisations de leur choix et de s'y affilier, sans autorisation préalable. Voir "
                        "la leçon « La liberté syndicale et la négociation collective ».</p>"
                    ),
                    "en": (
                        "<p>Convention No. 87 (1948) gives workers the right to form and join organisations "
                        "of their own choosing, without prior authorisation. See the lesson “Freedom of "
                        "association and collective bargaining”.</p>"
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
                        "Vrai ou faux : la convention n° 98 protège les travailleuses et les travailleurs "
                        "contre un congédiement à cause de leurs activités syndicales."
                    ),
                    "en": (
                        "True or false: Convention No. 98 protects workers against being dismissed because "
                        "of their union activities."
                    ),
                },
                "answer": True,
                "explanation": {
                    "fr": (
                        "<p>Vrai. La convention n° 98 (1949) protège contre la discrimination antisyndicale, "
                        "à l'embauche comme au congédiement, et demande aux États de promouvoir la "
                        "négociation collective. Voir la leçon « La liberté syndicale et la négociation "
                        "collective ».</p>"
                    ),
                    "en": (
                        "<p>True. Convention No. 98 (1949) protects against anti-union discrimination, in "
                        "hiring as in dismissal, and asks States to promote collective bargaining. See the "
                        "lesson “Freedom of association and collective bargaining”.</p>"
                    ),
                },
                "standard": "C098",
            },
        ),
        (
            "multiple_choice",
            {
                "prompt": {
                    "fr": (
                        "Selon la leçon, lesquels de ces faits sont des signaux d'alerte du travail forcé ? "
                        "Cochez toutes les bonnes réponses."
                    ),
                    "en": (
                        "According to the lesson, which of these are warning signs of forced labour? Select "
                        "all that apply."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "fr": "Le recruteur garde les passeports des travailleurs.",
                            "en": "The recruiter keeps the workers' passports.",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": (
                                "Exact. Sans ses papiers d'identité, une personne ne peut pas partir "
                                "librement."
                            ),
                            "en": "Correct. Without their identity papers, people cannot freely leave.",
                        },
                    },
                    {
                        "text": {
                            "fr": "Une dette de recrutement ou de logement qui ne cesse de grossir.",
                            "en": "A recruitment or housing debt that keeps growing.",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": (
                                "Exact. Une dette qu'on ne finit jamais de rembourser peut retenir une "
                                "personne au travail contre son gré."
                            ),
                            "en": (
                                "Correct. A debt that never gets paid off can keep a person at work against "
                                "their will."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Des menaces de dénonciation à la police contre ceux qui veulent partir.",
                            "en": "Threats to report workers to the police if they want to leave.",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": (
                                "Exact. La « peine » n'est pas forcément une punition physique : une menace "
                                "de dénonciation aux autorités en est une."
                            ),
                            "en": (
                                "Correct. The “penalty” does not have to be physical: a threat to report "
                                "someone to the authorities is one."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": (
                                "Des heures supplémentaires acceptées librement et payées selon la "
                                "convention collective."
                            ),
                            "en": "Overtime that is freely accepted and paid under the collective agreement.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. Un travail accepté librement et payé selon la convention collective "
                                "n'a rien de forcé : il n'y a ni menace ni absence de consentement."
                            ),
                            "en": (
                                "No. Work that is freely accepted and paid under the collective agreement is "
                                "not forced: there is no threat and no lack of consent."
                            ),
                        },
                    },
                ],
                "explanation": {
                    "fr": (
                        "<p>Le travail forcé est exigé sous la menace d'une peine, sans libre consentement. "
                        "Les papiers confisqués, les dettes, les salaires retenus et les menaces sont des "
                        "signaux d'alerte. Voir la leçon « Le travail forcé ».</p>"
                    ),
                    "en": (
                        "<p>Forced labour is exacted under the menace of a penalty, without free consent. "
                        "Confiscated papers, debts, withheld wages and threats are warning signs. See the "
                        "lesson “Forced labour”.</p>"
                    ),
                },
                "standard": "C029",
            },
        ),
        (
            "single_choice",
            {
                "prompt": {
                    "fr": (
                        "La convention n° 105 (1957) interdit d'utiliser le travail forcé dans plusieurs "
                        "cas. Lequel de ces cas fait partie de sa liste ?"
                    ),
                    "en": (
                        "Convention No. 105 (1957) prohibits the use of forced labour in several cases. "
                        "Which of these cases is on its list?"
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "fr": "Pour punir la participation à une grève.",
                            "en": "As a punishment for taking part in a strike.",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": (
                                "Exact. Un État ne peut pas condamner des grévistes au travail forcé : c'est "
                                "un point essentiel pour les syndicats."
                            ),
                            "en": (
                                "Correct. A State cannot sentence strikers to forced labour: this is a key "
                                "point for unions."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Le service militaire obligatoire.",
                            "en": "Compulsory military service.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. Le service militaire obligatoire fait partie des exceptions étroites "
                                "prévues par la convention n° 29 ; il n'est pas dans la liste de la "
                                "convention n° 105."
                            ),
                            "en": (
                                "No. Compulsory military service is one of the narrow exceptions in "
                                "Convention No. 29; it is not on the list in Convention No. 105."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Des travaux exigés après une catastrophe naturelle.",
                            "en": "Work required after a natural disaster.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. Pour les cas de force majeure, comme une catastrophe naturelle, la "
                                "convention n° 29 prévoit une exception ; ce cas n'est pas dans la liste de "
                                "la convention n° 105."
                            ),
                            "en": (
                                "No. For emergencies such as a natural disaster, Convention No. 29 provides "
                                "an exception; this case is not on the list in Convention No. 105."
                            ),
                        },
                    },
                ],
                "explanation": {
                    "fr": (
                        "<p>La convention n° 105 interdit notamment le travail forcé pour punir des opinions "
                        "politiques ou la participation à une grève, ou comme mesure de discipline du "
                        "travail. Voir la leçon « Le travail forcé ».</p>"
                    ),
                    "en": (
                        "<p>Convention No. 105 prohibits forced labour in particular to punish political "
                        "views or taking part in a strike, or as a means of labour discipline. See the "
                        "lesson “Forced labour”.</p>"
                    ),
                },
                "standard": "C105",
            },
        ),
        (
            "short_answer",
            {
                "prompt": {
                    "fr": (
                        "En août 2020, une convention est devenue la première convention de l'OIT ratifiée "
                        "par tous les États membres. Donnez son numéro."
                    ),
                    "en": (
                        "In August 2020, one convention became the first ILO convention ratified by every "
                        "member State. Give its number."
                    ),
                },
                "accepted": {
                    "fr": ["C182", "182", "convention 182", "convention n° 182"],
                    "en": ["C182", "182", "Convention 182", "Convention No. 182"],
                },
                "explanation": {
                    "fr": (
                        "<p>C'est la convention n° 182 (1999) sur les pires formes de travail des enfants, "
                        "qui demande des mesures immédiates pour toute personne de moins de 18 ans. Voir la "
                        "leçon « Le travail des enfants ».</p>"
                    ),
                    "en": (
                        "<p>It is Convention No. 182 (1999) on the worst forms of child labour, which calls "
                        "for immediate measures for everyone under 18. See the lesson “Child labour”.</p>"
                    ),
                },
                "standard": "C182",
            },
        ),
        (
            "single_choice",
            {
                "prompt": {
                    "fr": (
                        "Vous avez de bonnes raisons de croire qu'une machine présente un danger grave et "
                        "imminent pour votre vie, et vous vous retirez de votre poste. Que prévoit la "
                        "convention n° 155 ?"
                    ),
                    "en": (
                        "You have good reason to believe that a machine presents an imminent and serious "
                        "danger to your life, and you remove yourself from your post. What does Convention "
                        "No. 155 provide?"
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "fr": "Vous devez être protégé contre des conséquences injustifiées.",
                            "en": "You must be protected from undue consequences.",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": (
                                "Exact. La convention n° 155 protège la personne qui se retire d'un danger "
                                "grave et imminent, quand elle a de bonnes raisons d'y croire."
                            ),
                            "en": (
                                "Correct. Convention No. 155 protects a person who removes themselves from "
                                "an imminent and serious danger, when they have good reason to believe in it."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "L'employeur peut vous sanctionner pour abandon de poste.",
                            "en": "The employer may discipline you for leaving your post.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. C'est justement ce que la convention veut empêcher : vous ne devez pas "
                                "subir de conséquences injustifiées."
                            ),
                            "en": (
                                "No. That is exactly what the convention aims to prevent: you must not "
                                "suffer undue consequences."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Vous devez rester à votre poste jusqu'à l'arrivée d'un inspecteur.",
                            "en": "You must stay at your post until an inspector arrives.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. La convention ne vous oblige pas à attendre un inspecteur : si vous "
                                "avez de bonnes raisons de croire au danger, vous pouvez vous retirer et "
                                "vous devez être protégé."
                            ),
                            "en": (
                                "No. The convention does not make you wait for an inspector: if you have "
                                "good reason to believe in the danger, you can remove yourself and you must "
                                "be protected."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Cette protection ne vaut que pour les travailleurs syndiqués.",
                            "en": "This protection only applies to unionised workers.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. La convention ne fait pas de différence entre les travailleurs "
                                "syndiqués et les autres."
                            ),
                            "en": (
                                "No. The convention makes no distinction between unionised workers and "
                                "others."
                            ),
                        },
                    },
                ],
                "explanation": {
                    "fr": (
                        "<p>La convention n° 155 (1981) demande une politique nationale de prévention et "
                        "protège la personne qui se retire d'une situation de danger grave et imminent. Voir "
                        "la leçon « Discrimination, santé et sécurité ».</p>"
                    ),
                    "en": (
                        "<p>Convention No. 155 (1981) calls for a national prevention policy and protects a "
                        "person who removes themselves from a situation of imminent and serious danger. See "
                        "the lesson “Discrimination, health and safety”.</p>"
                    ),
                },
                "standard": "C155",
            },
        ),
        (
            "true_false",
            {
                "prompt": {
                    "fr": (
                        "Vrai ou faux : la convention n° 100 exige l'égalité de rémunération entre les "
                        "femmes et les hommes seulement quand ils font exactement le même travail."
                    ),
                    "en": (
                        "True or false: Convention No. 100 requires equal pay for women and men only when "
                        "they do exactly the same job."
                    ),
                },
                "answer": False,
                "explanation": {
                    "fr": (
                        "<p>Faux. La convention n° 100 (1951) vise un travail de valeur égale : deux emplois "
                        "différents peuvent avoir la même valeur si l'on compare les compétences, les "
                        "efforts, les responsabilités et les conditions de travail. Voir la leçon "
                        "« Discrimination, santé et sécurité ».</p>"
                    ),
                    "en": (
                        "<p>False. Convention No. 100 (1951) covers work of equal value: two different jobs "
                        "can be of equal value when you compare skills, effort, responsibilities and working "
                        "conditions. See the lesson “Discrimination, health and safety”.</p>"
                    ),
                },
                "standard": "C100",
            },
        ),
        (
            "ordering",
            {
                "prompt": {
                    "fr": (
                        "Classez ces conventions fondamentales de la plus ancienne à la plus récente, selon "
                        "leur année d'adoption."
                    ),
                    "en": (
                        "Put these fundamental conventions in order, from the oldest to the most recent, by "
                        "the year they were adopted."
                    ),
                },
                "steps": [
                    {
                        "fr": "Convention n° 29 sur le travail forcé",
                        "en": "Convention No. 29 on forced labour",
                    },
                    {
                        "fr": "Convention n° 87 sur la liberté syndicale",
                        "en": "Convention No. 87 on freedom of association",
                    },
                    {
                        "fr": "Convention n° 111 sur la discrimination dans l'emploi et la profession",
                        "en": "Convention No. 111 on discrimination in employment and occupation",
                    },
                    {
                        "fr": "Convention n° 138 sur l'âge minimum",
                        "en": "Convention No. 138 on the minimum age",
                    },
                    {
                        "fr": (
                            "Convention n° 187 sur le cadre promotionnel pour la sécurité et la santé au "
                            "travail"
                        ),
                        "en": (
                            "Convention No. 187 on the promotional framework for occupational safety and "
                            "health"
                        ),
                    },
                ],
                "explanation": {
                    "fr": (
                        "<p>La convention n° 29 date de 1930, la n° 87 de 1948, la n° 111 de 1958, la n° 138 "
                        "de 1973 et la n° 187 de 2006. Voir les leçons « Le travail forcé », « La liberté "
                        "syndicale et la négociation collective », « Le travail des enfants » et "
                        "« Discrimination, santé et sécurité ».</p>"
                    ),
                    "en": (
                        "<p>Convention No. 29 dates from 1930, No. 87 from 1948, No. 111 from 1958, No. 138 "
                        "from 1973 and No. 187 from 2006. See the lessons “Forced labour”, “Freedom of "
                        "association and collective bargaining”, “Child labour” and “Discrimination, health "
                        "and safety”.</p>"
                    ),
                },
            },
        ),
    ],
}
