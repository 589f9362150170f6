"""Quiz for module 2 of the demo course: "Les instruments fondamentaux".

Four languages (fr, en, es, ht). Data format: see ``quizzes.demo.content`` (``__init__.py``). Every question
tests something taught in the lessons of ``learning/demo/content/module_2_fundamental.py``.
"""

QUIZ = {
    "title": {
        "fr": "Quiz : Les instruments fondamentaux",
        "en": "Quiz: The fundamental instruments",
        "es": "Cuestionario: Los instrumentos fundamentales",
        "ht": "Kesyonè: Enstriman fondamantal yo",
    },
    "slug": {
        "fr": "quiz-instruments-fondamentaux",
        "en": "fundamental-instruments-quiz",
        "es": "cuestionario-instrumentos-fundamentales",
        "ht": "kesyone-enstriman-fondamantal",
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
        "es": (
            "<p>Libertad sindical, trabajo forzoso, trabajo infantil, igualdad, seguridad y salud: comprueba "
            "lo que has retenido de los convenios fundamentales de la OIT y de lo que protegen. Son ocho "
            "preguntas. Cada una tiene una explicación que te remite a la lección donde se trata el tema. "
            "Necesitas un 70 % de respuestas correctas para aprobar.</p>"
        ),
        "ht": (
            "<p>Libète sendikal, travay fòse, travay timoun, egalite, sante ak sekirite: verifye sa w retni "
            "sou konvansyon fondamantal OIT yo ak sou sa yo pwoteje. Gen uit kesyon. Chak kesyon gen yon "
            "esplikasyon ki voye w nan leson kote yo pale sou sijè a. Ou bezwen 70% bon repons pou w "
            "pase.</p>"
        ),
    },
    "pass_mark": 70,
    "questions": [
        (
            "single_choice",
            {
                "prompt": {
                    "fr": "Selon la convention n° 87, que vous faut-il pour fonder un syndicat ?",
                    "en": "Under Convention No. 87, what do you need in order to form a union?",
                    "es": "Según el Convenio núm. 87, ¿qué necesitas para fundar un sindicato?",
                    "ht": "Dapre konvansyon nimewo 87, kisa w bezwen pou w fonde yon sendika?",
                },
                "choices": [
                    {
                        "text": {
                            "fr": (
                                "Respecter les formalités prévues par la loi, sans autorisation préalable."
                            ),
                            "en": "Complete the formalities set by law, with no prior authorisation.",
                            "es": "Cumplir las formalidades previstas por la ley, sin autorización previa.",
                            "ht": "Respekte fòmalite lalwa prevwa yo, san otorizasyon davans.",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": (
                                "Exact. La loi peut prévoir des formalités, comme l'enregistrement, si "
                                "elles ne deviennent pas une autorisation déguisée."
                            ),
                            "en": (
                                "Correct. The law may set formalities, such as registration, if they do "
                                "not become a disguised authorisation."
                            ),
                            "es": (
                                "Correcto. La ley puede fijar formalidades, como el registro, si no se "
                                "convierten en una autorización disfrazada."
                            ),
                            "ht": (
                                "Se sa. Lalwa ka mande kèk fòmalite, tankou anrejistreman, si yo pa "
                                "tounen yon otorizasyon kache."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Obtenir l'autorisation préalable du ministère du Travail.",
                            "en": "Obtain prior authorisation from the Ministry of Labour.",
                            "es": "Obtener la autorización previa del Ministerio de Trabajo.",
                            "ht": "Jwenn otorizasyon davans Ministè Travay la.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": "Non. La convention n° 87 exclut justement toute autorisation préalable.",
                            "en": "No. Convention No. 87 rules out prior authorisation.",
                            "es": "No. El Convenio núm. 87 excluye precisamente la autorización previa.",
                            "ht": "Non. Konvansyon 87 la refize jisteman otorizasyon davans.",
                        },
                    },
                    {
                        "text": {
                            "fr": (
                                "Réunir la majorité du personnel de l'entreprise avant de déposer les "
                                "statuts."
                            ),
                            "en": (
                                "Sign up a majority of the company's staff before filing the union's rules."
                            ),
                            "es": (
                                "Reunir a la mayoría del personal de la empresa antes de presentar los "
                                "estatutos."
                            ),
                            "ht": "Rasanble majorite anplwaye antrepriz la anvan ou depoze estati yo.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. Fonder un syndicat ne dépend pas d'une majorité : les travailleurs "
                                "constituent les organisations de leur choix. Des règles de "
                                "représentativité peuvent compter plus tard, pour la négociation "
                                "collective."
                            ),
                            "en": (
                                "No. Founding a union does not depend on a majority: workers form the "
                                "organisations of their own choosing. Representativeness rules may matter "
                                "later, for collective bargaining."
                            ),
                            "es": (
                                "No. Fundar un sindicato no depende de una mayoría: los trabajadores "
                                "constituyen las organizaciones que estimen convenientes. Las reglas de "
                                "representatividad pueden contar después, para la negociación colectiva."
                            ),
                            "ht": (
                                "Non. Fonde yon sendika pa depann de yon majorite: travayè yo fòme "
                                "òganizasyon yo chwazi. Règ sou reprezantativite ka konte pita, pou "
                                "negosyasyon kolektif."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "L'accord de l'employeur, puis un enregistrement auprès de l'État.",
                            "en": "The employer's consent, then registration with the State.",
                            "es": "El acuerdo del empleador y luego un registro ante el Estado.",
                            "ht": "Dakò patwon an, apre sa yon anrejistreman kot Leta.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. L'employeur n'a pas à donner son accord : le syndicat appartient "
                                "aux travailleurs."
                            ),
                            "en": (
                                "No. The employer's consent is not needed: the union belongs to the workers."
                            ),
                            "es": (
                                "No. El empleador no tiene que dar su acuerdo: el sindicato pertenece a "
                                "los trabajadores."
                            ),
                            "ht": "Non. Patwon an pa bezwen dakò: sendika a se pou travayè yo.",
                        },
                    },
                ],
                "explanation": {
                    "fr": (
                        "<p>La convention n° 87 (1948) reconnaît aux travailleurs le droit de constituer "
                        "les organisations de leur choix et de s'y affilier, sans autorisation préalable. "
                        "La loi peut prévoir des formalités, comme l'enregistrement, si elles ne "
                        "deviennent pas une autorisation déguisée. Voir la leçon « La liberté syndicale "
                        "et la négociation collective ».</p>"
                    ),
                    "en": (
                        "<p>Convention No. 87 (1948) gives workers the right to form and join "
                        "organisations of their own choosing, without prior authorisation. The law may "
                        "set formalities, such as registration, if they do not become a disguised "
                        "authorisation. See the lesson “Freedom of association and collective "
                        "bargaining”.</p>"
                    ),
                    "es": (
                        "<p>El Convenio núm. 87 (1948) reconoce a los trabajadores el derecho de "
                        "constituir las organizaciones que estimen convenientes y de afiliarse a ellas, "
                        "sin autorización previa. La ley puede fijar formalidades, como el registro, si "
                        "no se convierten en una autorización disfrazada. Consulta la lección «La "
                        "libertad sindical y la negociación colectiva».</p>"
                    ),
                    "ht": (
                        "<p>Konvansyon nimewo 87 (1948) rekonèt dwa travayè yo genyen pou yo fòme "
                        "òganizasyon yo chwazi epi pou yo antre ladan yo, san otorizasyon davans. Lalwa "
                        "ka mande kèk fòmalite, tankou anrejistreman, si fòmalite sa yo pa tounen yon "
                        "otorizasyon kache. Gade leson « Libète sendikal ak negosyasyon kolektif » "
                        "la.</p>"
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
                    "es": (
                        "Verdadero o falso: el Convenio núm. 98 protege a los trabajadores y las "
                        "trabajadoras contra el despido por sus actividades sindicales."
                    ),
                    "ht": (
                        "Vrè oswa fo: konvansyon nimewo 98 pwoteje travayè yo pou yo pa revoke yo akoz "
                        "aktivite sendikal yo."
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
                    "es": (
                        "<p>Verdadero. El Convenio núm. 98 (1949) protege contra la discriminación "
                        "antisindical, tanto en la contratación como en el despido, y pide a los Estados que "
                        "fomenten la negociación colectiva. Consulta la lección «La libertad sindical y la "
                        "negociación colectiva».</p>"
                    ),
                    "ht": (
                        "<p>Vrè. Konvansyon nimewo 98 (1949) pwoteje travayè yo kont diskriminasyon akoz "
                        "sendika, ni lè y ap anboche yo, ni lè y ap revoke yo. Li mande Eta yo ankouraje "
                        "negosyasyon kolektif tou. Gade leson « Libète sendikal ak negosyasyon kolektif » "
                        "la.</p>"
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
                        "Selon la leçon, lesquels de ces faits sont des signaux d'alerte du travail forcé "
                        "? Cochez toutes les bonnes réponses."
                    ),
                    "en": (
                        "According to the lesson, which of these are warning signs of forced labour? "
                        "Select all that apply."
                    ),
                    "es": (
                        "Según la lección, ¿cuáles de estos hechos son señales de alerta de trabajo "
                        "forzoso? Marca todas las respuestas correctas."
                    ),
                    "ht": (
                        "Dapre leson an, kilès nan bagay sa yo ki se siy ki montre ka gen travay fòse? "
                        "Make tout bon repons yo."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "fr": "Un salaire au niveau du minimum légal, sans prime.",
                            "en": "A wage at the legal minimum, with no bonus.",
                            "es": "Un salario al nivel del mínimo legal, sin primas.",
                            "ht": "Yon salè ki nan nivo minimòm lalwa a, san okenn prim.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. Un bas salaire peut être injuste, mais il n'est pas en soi un "
                                "signal de travail forcé : ce qui compte, c'est la menace d'une peine et "
                                "l'absence de libre consentement."
                            ),
                            "en": (
                                "No. A low wage can be unfair, but in itself it is not a warning sign of "
                                "forced labour: what counts is the menace of a penalty and the lack of "
                                "free consent."
                            ),
                            "es": (
                                "No. Un salario bajo puede ser injusto, pero en sí no es una señal de "
                                "trabajo forzoso: lo que cuenta es la amenaza de una pena y la falta de "
                                "libre consentimiento."
                            ),
                            "ht": (
                                "Non. Yon ti salè ka enjis, men li pou kont li se pa yon siy travay fòse: "
                                "sa ki konte se menas yon pinisyon ak lè moun nan pa dakò lib."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Le recruteur garde les passeports des travailleurs.",
                            "en": "The recruiter keeps the workers' passports.",
                            "es": "El reclutador se queda con los pasaportes de los trabajadores.",
                            "ht": "Rekritè a kenbe paspò travayè yo.",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": (
                                "Exact. Sans ses papiers d'identité, une personne ne peut pas partir "
                                "librement."
                            ),
                            "en": "Correct. Without their identity papers, people cannot freely leave.",
                            "es": (
                                "Correcto. Sin sus documentos de identidad, una persona no puede irse "
                                "libremente."
                            ),
                            "ht": "Se sa. Si yon moun pa gen papye idantite l, li pa ka ale lib.",
                        },
                    },
                    {
                        "text": {
                            "fr": "Des salaires retenus par l'employeur « pour plus tard ».",
                            "en": "Wages held back by the employer “for later”.",
                            "es": "Salarios retenidos por el empleador «para más adelante».",
                            "ht": "Salè patwon an kenbe « pou pita ».",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": (
                                "Exact. Retenir les salaires empêche la personne de partir : c'est l'un "
                                "des signaux d'alerte de la leçon."
                            ),
                            "en": (
                                "Correct. Holding back wages stops a person from leaving: it is one of "
                                "the warning signs in the lesson."
                            ),
                            "es": (
                                "Correcto. Retener los salarios impide que la persona se vaya: es una de "
                                "las señales de alerta de la lección."
                            ),
                            "ht": (
                                "Se sa. Lè yo kenbe salè a, moun nan pa ka ale: se youn nan siy ki nan "
                                "leson an."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": (
                                "De nombreuses heures supplémentaires, acceptées et payées au taux prévu."
                            ),
                            "en": "A lot of overtime, agreed to and paid at the agreed rate.",
                            "es": "Muchas horas extraordinarias, aceptadas y pagadas a la tarifa prevista.",
                            "ht": "Anpil lè siplemantè, moun nan dakò fè yo e yo peye yo jan sa te prevwa.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. Des heures acceptées librement et payées ne sont pas du travail "
                                "forcé ; elles le deviendraient si on les imposait sous la menace d'une "
                                "peine."
                            ),
                            "en": (
                                "No. Overtime freely agreed to and paid is not forced labour; it would "
                                "become so if it were imposed under the menace of a penalty."
                            ),
                            "es": (
                                "No. Las horas aceptadas libremente y pagadas no son trabajo forzoso; lo "
                                "serían si se impusieran bajo la amenaza de una pena."
                            ),
                            "ht": (
                                "Non. Lè siplemantè moun nan dakò fè lib e yo peye l, se pa travay fòse; "
                                "li ta tounen travay fòse si yo fòse l fè yo anba menas yon pinisyon."
                            ),
                        },
                    },
                ],
                "explanation": {
                    "fr": (
                        "<p>Le travail forcé est exigé sous la menace d'une peine, sans libre "
                        "consentement. Les papiers confisqués, les dettes, les salaires retenus et les "
                        "menaces sont des signaux d'alerte. Voir la leçon « Le travail forcé ».</p>"
                    ),
                    "en": (
                        "<p>Forced labour is exacted under the menace of a penalty, without free consent. "
                        "Confiscated papers, debts, withheld wages and threats are warning signs. See the "
                        "lesson “Forced labour”.</p>"
                    ),
                    "es": (
                        "<p>El trabajo forzoso se exige bajo la amenaza de una pena, sin libre "
                        "consentimiento. Los documentos confiscados, las deudas, los salarios retenidos y "
                        "las amenazas son señales de alerta. Consulta la lección «El trabajo "
                        "forzoso».</p>"
                    ),
                    "ht": (
                        "<p>Travay fòse, se travay yo egzije anba menas yon pinisyon, san moun nan pa "
                        "dakò lib. Papye yo konfiske, dèt, salè yo kenbe ak menas se siy ki dwe mete w an "
                        "gad. Gade leson « Travay fòse » a.</p>"
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
                    "es": (
                        "El Convenio núm. 105 (1957) prohíbe utilizar el trabajo forzoso en varios casos. "
                        "¿Cuál de estos casos está en su lista?"
                    ),
                    "ht": (
                        "Konvansyon nimewo 105 (1957) entèdi itilize travay fòse nan plizyè ka. Kilès nan "
                        "ka sa yo ki sou lis li a?"
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "fr": "Le service militaire obligatoire.",
                            "en": "Compulsory military service.",
                            "es": "El servicio militar obligatorio.",
                            "ht": "Sèvis militè obligatwa.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. Le service militaire obligatoire fait partie des exceptions "
                                "étroites prévues par la convention n° 29 ; il n'est pas dans la liste de "
                                "la convention n° 105."
                            ),
                            "en": (
                                "No. Compulsory military service is one of the narrow exceptions in "
                                "Convention No. 29; it is not on the list in Convention No. 105."
                            ),
                            "es": (
                                "No. El servicio militar obligatorio es una de las excepciones estrictas "
                                "que prevé el Convenio núm. 29; no está en la lista del Convenio núm. "
                                "105."
                            ),
                            "ht": (
                                "Non. Sèvis militè obligatwa se youn nan ti eksepsyon konvansyon nimewo "
                                "29 pèmèt; li pa sou lis konvansyon nimewo 105 la."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Pour punir la participation à une grève.",
                            "en": "As a punishment for taking part in a strike.",
                            "es": "Como castigo por haber participado en una huelga.",
                            "ht": "Pou pini moun ki patisipe nan yon grèv.",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": (
                                "Exact. Un État ne peut pas condamner des grévistes au travail forcé : "
                                "c'est un point essentiel pour les syndicats."
                            ),
                            "en": (
                                "Correct. A State cannot sentence strikers to forced labour: this is a "
                                "key point for unions."
                            ),
                            "es": (
                                "Correcto. Un Estado no puede condenar a huelguistas a trabajo forzoso: "
                                "es un punto esencial para los sindicatos."
                            ),
                            "ht": (
                                "Se sa. Yon Eta pa ka kondane moun ki fè grèv pou yo fè travay fòse: se "
                                "yon pwen ki enpòtan anpil pou sendika yo."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Des travaux exigés après une catastrophe naturelle.",
                            "en": "Work required in the aftermath of a natural disaster.",
                            "es": "Trabajos exigidos después de una catástrofe natural.",
                            "ht": "Travay yo egzije apre yon katastwòf natirèl.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. Pour les cas de force majeure, comme une catastrophe naturelle, la "
                                "convention n° 29 prévoit une exception ; ce cas n'est pas dans la liste "
                                "de la convention n° 105."
                            ),
                            "en": (
                                "No. For emergencies such as a natural disaster, Convention No. 29 "
                                "provides an exception; this case is not on the list in Convention No. "
                                "105."
                            ),
                            "es": (
                                "No. Para los casos de fuerza mayor, como una catástrofe natural, el "
                                "Convenio núm. 29 prevé una excepción; este caso no está en la lista del "
                                "Convenio núm. 105."
                            ),
                            "ht": (
                                "Non. Pou ka ijans, tankou yon katastwòf natirèl, konvansyon nimewo 29 "
                                "pèmèt yon eksepsyon; ka sa a pa sou lis konvansyon nimewo 105 la."
                            ),
                        },
                    },
                ],
                "explanation": {
                    "fr": (
                        "<p>La convention n° 105 interdit notamment le travail forcé pour punir des "
                        "opinions politiques ou la participation à une grève, ou comme mesure de "
                        "discipline du travail. Voir la leçon « Le travail forcé ».</p>"
                    ),
                    "en": (
                        "<p>Convention No. 105 prohibits forced labour in particular to punish political "
                        "views or taking part in a strike, or as a means of labour discipline. See the "
                        "lesson “Forced labour”.</p>"
                    ),
                    "es": (
                        "<p>El Convenio núm. 105 prohíbe en particular el trabajo forzoso para castigar "
                        "opiniones políticas o la participación en una huelga, o como medida de "
                        "disciplina en el trabajo. Consulta la lección «El trabajo forzoso».</p>"
                    ),
                    "ht": (
                        "<p>Konvansyon nimewo 105 entèdi sitou travay fòse pou pini moun pou opinyon "
                        "politik yo oswa paske yo te fè grèv, oswa pou mete disiplin nan travay. Gade "
                        "leson « Travay fòse » a.</p>"
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
                    "es": (
                        "En agosto de 2020, un convenio se convirtió en el primer convenio de la OIT "
                        "ratificado por todos los Estados miembros. Indica su número."
                    ),
                    "ht": (
                        "An out 2020, yon konvansyon te vin premye konvansyon OIT tout Eta manm yo ratifye. "
                        "Bay nimewo li."
                    ),
                },
                "accepted_answers": {
                    "fr": [
                        "C182",
                        "C 182",
                        "182",
                        "n° 182",
                        "No 182",
                        "convention 182",
                        "convention n° 182",
                    ],
                    "en": [
                        "C182",
                        "C 182",
                        "182",
                        "n° 182",
                        "No 182",
                        "Convention 182",
                        "Convention No. 182",
                    ],
                    "es": [
                        "C182",
                        "C 182",
                        "182",
                        "n° 182",
                        "No 182",
                        "convenio 182",
                        "convenio núm. 182",
                    ],
                    "ht": [
                        "C182",
                        "C 182",
                        "182",
                        "n° 182",
                        "No 182",
                        "konvansyon 182",
                        "konvansyon nimewo 182",
                    ],
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
                    "es": (
                        "<p>Es el Convenio núm. 182 (1999) sobre las peores formas de trabajo infantil, que "
                        "pide medidas inmediatas para toda persona menor de 18 años. Consulta la lección "
                        "«El trabajo infantil».</p>"
                    ),
                    "ht": (
                        "<p>Se konvansyon nimewo 182 (1999) sou pi move fòm travay timoun. Li mande mezi "
                        "touswit pou tout moun ki poko gen 18 an. Gade leson « Travay timoun » nan.</p>"
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
                        "danger to your life, and you remove yourself from your post. What does "
                        "Convention No. 155 provide?"
                    ),
                    "es": (
                        "Tienes motivos razonables para creer que una máquina presenta un peligro "
                        "inminente y grave para tu vida, y te retiras de tu puesto. ¿Qué prevé el "
                        "Convenio núm. 155?"
                    ),
                    "ht": (
                        "Ou gen bon rezon pou w kwè yon machin se yon gwo danje ki prèt pou touye w, epi "
                        "ou kite pòs ou. Kisa konvansyon nimewo 155 di?"
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "fr": "L'employeur peut vous sanctionner pour abandon de poste.",
                            "en": "The employer may discipline you for leaving your post.",
                            "es": "El empleador puede sancionarte por abandonar tu puesto.",
                            "ht": "Patwon an ka pini w paske w kite pòs ou.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. C'est justement ce que la convention veut empêcher : vous ne devez "
                                "pas subir de conséquences injustifiées."
                            ),
                            "en": (
                                "No. That is exactly what the convention aims to prevent: you must not "
                                "suffer undue consequences."
                            ),
                            "es": (
                                "No. Es justamente lo que el convenio quiere impedir: no debes sufrir "
                                "consecuencias injustificadas."
                            ),
                            "ht": (
                                "Non. Se sa menm konvansyon an vle anpeche: ou pa dwe sibi konsekans ki "
                                "pa jistifye."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Vous devez rester à votre poste jusqu'à l'arrivée d'un inspecteur.",
                            "en": "You must stay at your post until an inspector arrives.",
                            "es": "Debes quedarte en tu puesto hasta que llegue un inspector.",
                            "ht": "Ou dwe rete nan pòs ou jiskaske yon enspektè rive.",
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
                                "good reason to believe in the danger, you can remove yourself and you "
                                "must be protected."
                            ),
                            "es": (
                                "No. El convenio no te obliga a esperar a un inspector: si tienes motivos "
                                "razonables para creer en el peligro, puedes retirarte y debes estar "
                                "protegido."
                            ),
                            "ht": (
                                "Non. Konvansyon an pa oblije w tann yon enspektè: si w gen bon rezon pou "
                                "w kwè gen danje, ou ka retire kò w, e yo dwe pwoteje w."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Vous devez être protégé contre des conséquences injustifiées.",
                            "en": "You must be protected from undue consequences.",
                            "es": "Debes estar protegido contra consecuencias injustificadas.",
                            "ht": "Yo dwe pwoteje w kont konsekans ki pa jistifye.",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": (
                                "Exact. La convention n° 155 protège la personne qui se retire d'un "
                                "danger grave et imminent, quand elle a de bonnes raisons d'y croire."
                            ),
                            "en": (
                                "Correct. Convention No. 155 protects a person who removes themselves "
                                "from an imminent and serious danger, when they have good reason to "
                                "believe in it."
                            ),
                            "es": (
                                "Correcto. El Convenio núm. 155 protege a la persona que se retira de un "
                                "peligro inminente y grave, cuando tiene motivos razonables para creer en "
                                "él."
                            ),
                            "ht": (
                                "Se sa. Konvansyon nimewo 155 pwoteje moun ki retire kò l devan yon gwo "
                                "danje ki prèt pou rive, lè li gen bon rezon pou l kwè danje a la."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Vous devez d'abord obtenir l'accord écrit de votre contremaître.",
                            "en": "You must first get written permission from your supervisor.",
                            "es": "Primero debe obtener el permiso por escrito de su supervisor.",
                            "ht": "Ou dwe jwenn pèmisyon alekri sipèvizè w anvan.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. La convention protège la personne qui se retire ; elle ne fait pas "
                                "dépendre cette protection de l'accord d'un supérieur."
                            ),
                            "en": (
                                "No. The convention protects the person who removes themselves; it does "
                                "not make that protection depend on a supervisor's permission."
                            ),
                            "es": (
                                "No. El convenio protege a la persona que se retira; no hace depender esa "
                                "protección del permiso de un superior."
                            ),
                            "ht": (
                                "Non. Konvansyon an pwoteje moun ki retire kò l; pwoteksyon sa a pa "
                                "depann de pèmisyon yon sipèvizè."
                            ),
                        },
                    },
                ],
                "explanation": {
                    "fr": (
                        "<p>La convention n° 155 (1981) demande une politique nationale de prévention et "
                        "protège la personne qui se retire d'une situation de danger grave et imminent. "
                        "Voir la leçon « Discrimination, santé et sécurité ».</p>"
                    ),
                    "en": (
                        "<p>Convention No. 155 (1981) calls for a national prevention policy and protects "
                        "a person who removes themselves from a situation of imminent and serious danger. "
                        "See the lesson “Discrimination, health and safety”.</p>"
                    ),
                    "es": (
                        "<p>El Convenio núm. 155 (1981) pide una política nacional de prevención y "
                        "protege a la persona que se retira de una situación de peligro inminente y "
                        "grave. Consulta la lección «Discriminación, seguridad y salud».</p>"
                    ),
                    "ht": (
                        "<p>Konvansyon nimewo 155 (1981) mande yon politik nasyonal pou anpeche aksidan "
                        "ak maladi nan travay. Li pwoteje moun ki retire kò l devan yon gwo danje ki prèt "
                        "pou rive. Gade leson « Diskriminasyon, sante ak sekirite » a.</p>"
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
                        "Vrai ou faux : selon la convention n° 100, une femme et un homme qui occupent "
                        "des emplois différents, mais de valeur égale, doivent recevoir la même "
                        "rémunération."
                    ),
                    "en": (
                        "True or false: under Convention No. 100, a woman and a man who hold different "
                        "jobs of equal value must receive the same pay."
                    ),
                    "es": (
                        "Verdadero o falso: según el Convenio núm. 100, una mujer y un hombre que ocupan "
                        "empleos distintos, pero de igual valor, deben recibir la misma remuneración."
                    ),
                    "ht": (
                        "Vre oswa fo: dapre konvansyon nimewo 100, yon fanm ak yon gason ki fè djòb "
                        "diferan, men ki gen menm valè, dwe touche menm salè."
                    ),
                },
                "answer": True,
                "explanation": {
                    "fr": (
                        "<p>Vrai. La convention n° 100 (1951) vise un travail de valeur égale : deux "
                        "emplois différents peuvent avoir la même valeur si l'on compare les compétences, "
                        "les efforts, les responsabilités et les conditions de travail. Voir la leçon « "
                        "Discrimination, santé et sécurité ».</p>"
                    ),
                    "en": (
                        "<p>True. Convention No. 100 (1951) covers work of equal value: two different "
                        "jobs can be of equal value when you compare skills, effort, responsibilities and "
                        "working conditions. See the lesson “Discrimination, health and safety”.</p>"
                    ),
                    "es": (
                        "<p>Verdadero. El Convenio núm. 100 (1951) se refiere a un trabajo de igual "
                        "valor: dos empleos distintos pueden tener el mismo valor si se comparan las "
                        "competencias, el esfuerzo, las responsabilidades y las condiciones de trabajo. "
                        "Consulta la lección «Discriminación, seguridad y salud».</p>"
                    ),
                    "ht": (
                        "<p>Vre. Konvansyon nimewo 100 (1951) pale de travay ki gen menm valè: de djòb ki "
                        "diferan ka gen menm valè si w konpare konpetans, efò, responsablite ak kondisyon "
                        "travay chak djòb mande. Gade leson « Diskriminasyon, sante ak sekirite » a.</p>"
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
                        "Classez ces conventions fondamentales de la plus ancienne à la plus récente, "
                        "selon leur année d'adoption."
                    ),
                    "en": (
                        "Put these fundamental conventions in order, from the oldest to the most recent, "
                        "by the year they were adopted."
                    ),
                    "es": (
                        "Ordena estos convenios fundamentales del más antiguo al más reciente, según su "
                        "año de adopción."
                    ),
                    "ht": (
                        "Mete konvansyon fondamantal sa yo nan lòd, depi sa ki pi ansyen an rive nan sa "
                        "ki pi resan an, dapre ane yo te adopte yo."
                    ),
                },
                "steps": [
                    {
                        "fr": "La convention sur le travail forcé",
                        "en": "The Forced Labour Convention",
                        "es": "El Convenio sobre el trabajo forzoso",
                        "ht": "Konvansyon sou travay fòse",
                    },
                    {
                        "fr": "La convention sur la liberté syndicale et la protection du droit syndical",
                        "en": (
                            "The Freedom of Association and Protection of the Right to Organise Convention"
                        ),
                        "es": (
                            "El Convenio sobre la libertad sindical y la protección del derecho de "
                            "sindicación"
                        ),
                        "ht": "Konvansyon sou libète sendikal ak pwoteksyon dwa pou fòme sendika",
                    },
                    {
                        "fr": "La convention concernant la discrimination dans l'emploi et la profession",
                        "en": "The Discrimination (Employment and Occupation) Convention",
                        "es": "El Convenio sobre la discriminación en el empleo y la ocupación",
                        "ht": "Konvansyon sou diskriminasyon nan anplwa ak nan pwofesyon",
                    },
                    {
                        "fr": "La convention sur l'âge minimum",
                        "en": "The Minimum Age Convention",
                        "es": "El Convenio sobre la edad mínima",
                        "ht": "Konvansyon sou laj minimòm pou travay",
                    },
                    {
                        "fr": (
                            "La convention sur le cadre promotionnel pour la sécurité et la santé au travail"
                        ),
                        "en": "The Promotional Framework for Occupational Safety and Health Convention",
                        "es": (
                            "El Convenio sobre el marco promocional para la seguridad y salud en el trabajo"
                        ),
                        "ht": "Konvansyon sou kad pou ankouraje sekirite ak sante nan travay",
                    },
                ],
                "explanation": {
                    "fr": (
                        "<p>La convention sur le travail forcé (n° 29) date de 1930, celle sur la liberté "
                        "syndicale (n° 87) de 1948, celle sur la discrimination (n° 111) de 1958, celle "
                        "sur l'âge minimum (n° 138) de 1973 et celle sur le cadre promotionnel pour la "
                        "sécurité et la santé au travail (n° 187) de 2006. Voir les leçons « Le travail "
                        "forcé », « La liberté syndicale et la négociation collective », « Le travail des "
                        "enfants » et « Discrimination, santé et sécurité ».</p>"
                    ),
                    "en": (
                        "<p>The Forced Labour Convention (No. 29) dates from 1930, the Freedom of "
                        "Association Convention (No. 87) from 1948, the Discrimination Convention (No. "
                        "111) from 1958, the Minimum Age Convention (No. 138) from 1973 and the "
                        "Promotional Framework for Occupational Safety and Health Convention (No. 187) "
                        "from 2006. See the lessons “Forced labour”, “Freedom of association and "
                        "collective bargaining”, “Child labour” and “Discrimination, health and "
                        "safety”.</p>"
                    ),
                    "es": (
                        "<p>El Convenio sobre el trabajo forzoso (núm. 29) es de 1930, el de la libertad "
                        "sindical (núm. 87) de 1948, el de la discriminación (núm. 111) de 1958, el de la "
                        "edad mínima (núm. 138) de 1973 y el del marco promocional para la seguridad y "
                        "salud en el trabajo (núm. 187) de 2006. Consulta las lecciones «El trabajo "
                        "forzoso», «La libertad sindical y la negociación colectiva», «El trabajo "
                        "infantil» y «Discriminación, seguridad y salud».</p>"
                    ),
                    "ht": (
                        "<p>Konvansyon sou travay fòse a (nimewo 29) soti an 1930, sa sou libète sendikal "
                        "la (nimewo 87) an 1948, sa sou diskriminasyon an (nimewo 111) an 1958, sa sou "
                        "laj minimòm lan (nimewo 138) an 1973, e sa sou kad pou ankouraje sekirite ak "
                        "sante nan travay la (nimewo 187) an 2006. Gade leson « Travay fòse », « Libète "
                        "sendikal ak negosyasyon kolektif », « Travay timoun » ak « Diskriminasyon, sante "
                        "ak sekirite ».</p>"
                    ),
                },
            },
        ),
    ],
}
