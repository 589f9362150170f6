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
                            "fr": "L'accord de l'employeur.",
                            "en": "The employer's approval.",
                            "es": "La aprobación del empleador.",
                            "ht": "Dakò patwon an.",
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
                            "es": (
                                "No. No tienes que pedir permiso al empleador. En el estudio de caso de la "
                                "lección, eso es justamente lo que la dirección afirma sin razón."
                            ),
                            "ht": (
                                "Non. Ou pa bezwen mande patwon an pèmisyon. Nan etid ka leson an, se "
                                "jisteman sa direksyon an di, e li pa gen rezon."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": (
                                "Aucune autorisation préalable : la loi peut seulement prévoir des "
                                "formalités, comme l'enregistrement."
                            ),
                            "en": (
                                "No prior authorisation: the law may only set formalities, such as "
                                "registration."
                            ),
                            "es": (
                                "Ninguna autorización previa: la ley solo puede fijar formalidades, como el "
                                "registro."
                            ),
                            "ht": (
                                "Okenn otorizasyon davans: lalwa ka mande sèlman kèk fòmalite, tankou "
                                "anrejistreman."
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "fr": (
                                "Exact. Les travailleuses et les travailleurs peuvent constituer les "
                                "organisations de leur choix sans autorisation préalable. Des formalités "
                                "comme l'enregistrement sont permises, à condition qu'elles ne reviennent "
                                "pas à une autorisation que les autorités pourraient refuser à leur guise."
                            ),
                            "en": (
                                "Correct. Workers may form the organisations of their own choosing without "
                                "prior authorisation. Formalities such as registration are allowed, as long "
                                "as they do not amount to a permission the authorities could refuse at will."
                            ),
                            "es": (
                                "Correcto. Los trabajadores y las trabajadoras pueden constituir las "
                                "organizaciones que estimen convenientes sin autorización previa. Se "
                                "permiten formalidades como el registro, siempre que no equivalgan a un "
                                "permiso que las autoridades podrían negar a su antojo."
                            ),
                            "ht": (
                                "Se sa. Travayè yo ka fòme òganizasyon yo chwazi san otorizasyon davans. "
                                "Lalwa ka mande kèk fòmalite, tankou anrejistreman, men fòmalite sa yo pa "
                                "ka tounen yon pèmisyon otorite yo ta ka refize jan yo vle."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Une autorisation du gouvernement.",
                            "en": "Permission from the government.",
                            "es": "Una autorización del gobierno.",
                            "ht": "Yon otorizasyon gouvènman an.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. Vous n'avez pas à demander la permission du gouvernement. Les "
                                "autorités doivent même s'abstenir de toute intervention qui limiterait ce "
                                "droit. Une simple formalité d'enregistrement est permise, pas une "
                                "autorisation."
                            ),
                            "en": (
                                "No. You do not have to ask the government for permission. The authorities "
                                "must even refrain from any interference that would restrict this right. A "
                                "simple registration formality is allowed, an authorisation is not."
                            ),
                            "es": (
                                "No. No tienes que pedir permiso al gobierno. Las autoridades deben incluso "
                                "abstenerse de toda intervención que limite este derecho. Se permite un "
                                "simple trámite de registro, no una autorización."
                            ),
                            "ht": (
                                "Non. Ou pa bezwen mande gouvènman an pèmisyon. Otorite yo dwe menm evite "
                                "nenpòt entèvansyon ki ta limite dwa sa a. Lalwa ka mande yon senp "
                                "anrejistreman, men li pa ka mande yon otorizasyon."
                            ),
                        },
                    },
                ],
                "explanation": {
                    "fr": (
                        "<p>La convention n° 87 (1948) reconnaît aux travailleurs le droit de constituer les "
                        "organisations de leur choix et de s'y affilier, sans autorisation préalable. La loi "
                        "peut prévoir des formalités, comme l'enregistrement, si elles ne deviennent pas une "
                        "autorisation déguisée. Voir la leçon « La liberté syndicale et la négociation "
                        "collective ».</p>"
                    ),
                    "en": (
                        "<p>Convention No. 87 (1948) gives workers the right to form and join organisations "
                        "of their own choosing, without prior authorisation. The law may set formalities, "
                        "such as registration, if they do not become a disguised authorisation. See the "
                        "lesson “Freedom of association and collective bargaining”.</p>"
                    ),
                    "es": (
                        "<p>El Convenio núm. 87 (1948) reconoce a los trabajadores el derecho de constituir "
                        "las organizaciones que estimen convenientes y de afiliarse a ellas, sin "
                        "autorización previa. La ley puede fijar formalidades, como el registro, si no se "
                        "convierten en una autorización disfrazada. Consulta la lección «La libertad "
                        "sindical y la negociación colectiva».</p>"
                    ),
                    "ht": (
                        "<p>Konvansyon nimewo 87 (1948) rekonèt dwa travayè yo genyen pou yo fòme "
                        "òganizasyon yo chwazi epi pou yo antre ladan yo, san otorizasyon davans. Lalwa ka "
                        "mande kèk fòmalite, tankou anrejistreman, si fòmalite sa yo pa tounen yon "
                        "otorizasyon kache. Gade leson « Libète sendikal ak negosyasyon kolektif » la.</p>"
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
                        "Selon la leçon, lesquels de ces faits sont des signaux d'alerte du travail forcé ? "
                        "Cochez toutes les bonnes réponses."
                    ),
                    "en": (
                        "According to the lesson, which of these are warning signs of forced labour? Select "
                        "all that apply."
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
                            "es": "Correcto. Sin sus documentos de identidad, una persona no puede irse libremente.",
                            "ht": "Se sa. Si yon moun pa gen papye idantite l, li pa ka ale lib.",
                        },
                    },
                    {
                        "text": {
                            "fr": (
                                "Des heures supplémentaires acceptées librement et payées selon la "
                                "convention collective."
                            ),
                            "en": "Overtime that is freely accepted and paid under the collective agreement.",
                            "es": (
                                "Horas extraordinarias aceptadas libremente y pagadas según el convenio "
                                "colectivo."
                            ),
                            "ht": (
                                "Lè siplemantè travayè a aksepte lib, e yo peye l jan konvansyon kolektif "
                                "la di."
                            ),
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
                            "es": (
                                "No. Un trabajo aceptado libremente y pagado según el convenio colectivo no "
                                "tiene nada de forzoso: no hay amenaza ni falta de consentimiento."
                            ),
                            "ht": (
                                "Non. Yon travay moun nan aksepte lib, e yo peye l jan konvansyon kolektif "
                                "la di, se pa travay fòse: pa gen menas, e moun nan dakò."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Une dette de recrutement ou de logement qui ne cesse de grossir.",
                            "en": "A recruitment or housing debt that keeps growing.",
                            "es": "Una deuda de reclutamiento o de vivienda que no deja de crecer.",
                            "ht": "Yon dèt pou rekritman oswa pou lojman ki pa janm sispann grosi.",
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
                            "es": (
                                "Correcto. Una deuda que nunca se termina de pagar puede retener a una "
                                "persona en el trabajo contra su voluntad."
                            ),
                            "ht": (
                                "Se sa. Yon dèt moun nan pa janm fin peye ka kenbe l nan travay la kont "
                                "volonte l."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Des menaces de dénonciation à la police contre ceux qui veulent partir.",
                            "en": "Threats to report workers to the police if they want to leave.",
                            "es": "Amenazas de denunciar a la policía a quienes quieren irse.",
                            "ht": "Menas pou yo denonse moun ki vle ale yo bay lapolis.",
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
                            "es": (
                                "Correcto. La «pena» no tiene que ser un castigo físico: una amenaza de "
                                "denunciar a alguien ante las autoridades es una."
                            ),
                            "ht": (
                                "Se sa. « Pinisyon » an pa oblije fè moun nan mal nan kò l: menase pou yo "
                                "denonse l bay otorite yo se yon pinisyon tou."
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
                    "es": (
                        "<p>El trabajo forzoso se exige bajo la amenaza de una pena, sin libre "
                        "consentimiento. Los documentos confiscados, las deudas, los salarios retenidos y "
                        "las amenazas son señales de alerta. Consulta la lección «El trabajo forzoso».</p>"
                    ),
                    "ht": (
                        "<p>Travay fòse, se travay yo egzije anba menas yon pinisyon, san moun nan pa dakò "
                        "lib. Papye yo konfiske, dèt, salè yo kenbe ak menas se siy ki dwe mete w an gad. "
                        "Gade leson « Travay fòse » a.</p>"
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
                        "Konvansyon nimewo 105 (1957) entèdi itilize travay fòse nan plizyè ka. Kilès nan ka "
                        "sa yo ki sou lis li a?"
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
                                "Non. Le service militaire obligatoire fait partie des exceptions étroites "
                                "prévues par la convention n° 29 ; il n'est pas dans la liste de la "
                                "convention n° 105."
                            ),
                            "en": (
                                "No. Compulsory military service is one of the narrow exceptions in "
                                "Convention No. 29; it is not on the list in Convention No. 105."
                            ),
                            "es": (
                                "No. El servicio militar obligatorio es una de las excepciones estrictas que "
                                "prevé el Convenio núm. 29; no está en la lista del Convenio núm. 105."
                            ),
                            "ht": (
                                "Non. Sèvis militè obligatwa se youn nan ti eksepsyon konvansyon nimewo 29 "
                                "pèmèt; li pa sou lis konvansyon nimewo 105 la."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Des travaux exigés après une catastrophe naturelle.",
                            "en": "Work required after a natural disaster.",
                            "es": "Trabajos exigidos después de una catástrofe natural.",
                            "ht": "Travay yo egzije apre yon katastwòf natirèl.",
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
                                "Exact. Un État ne peut pas condamner des grévistes au travail forcé : c'est "
                                "un point essentiel pour les syndicats."
                            ),
                            "en": (
                                "Correct. A State cannot sentence strikers to forced labour: this is a key "
                                "point for unions."
                            ),
                            "es": (
                                "Correcto. Un Estado no puede condenar a huelguistas a trabajo forzoso: es "
                                "un punto esencial para los sindicatos."
                            ),
                            "ht": (
                                "Se sa. Yon Eta pa ka kondane moun ki fè grèv pou yo fè travay fòse: se yon "
                                "pwen ki enpòtan anpil pou sendika yo."
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
                    "es": (
                        "<p>El Convenio núm. 105 prohíbe en particular el trabajo forzoso para castigar "
                        "opiniones políticas o la participación en una huelga, o como medida de disciplina "
                        "en el trabajo. Consulta la lección «El trabajo forzoso».</p>"
                    ),
                    "ht": (
                        "<p>Konvansyon nimewo 105 entèdi sitou travay fòse pou pini moun pou opinyon "
                        "politik yo oswa paske yo te fè grèv, oswa pou mete disiplin nan travay. Gade leson "
                        "« Travay fòse » a.</p>"
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
                        "danger to your life, and you remove yourself from your post. What does Convention "
                        "No. 155 provide?"
                    ),
                    "es": (
                        "Tienes motivos razonables para creer que una máquina presenta un peligro inminente "
                        "y grave para tu vida, y te retiras de tu puesto. ¿Qué prevé el Convenio núm. 155?"
                    ),
                    "ht": (
                        "Ou gen bon rezon pou w kwè yon machin se yon gwo danje ki prèt pou touye w, epi ou "
                        "kite pòs ou. Kisa konvansyon nimewo 155 di?"
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
                                "Non. C'est justement ce que la convention veut empêcher : vous ne devez pas "
                                "subir de conséquences injustifiées."
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
                                "Non. Se sa menm konvansyon an vle anpeche: ou pa dwe sibi konsekans ki pa "
                                "jistifye."
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
                                "good reason to believe in the danger, you can remove yourself and you must "
                                "be protected."
                            ),
                            "es": (
                                "No. El convenio no te obliga a esperar a un inspector: si tienes motivos "
                                "razonables para creer en el peligro, puedes retirarte y debes estar "
                                "protegido."
                            ),
                            "ht": (
                                "Non. Konvansyon an pa oblije w tann yon enspektè: si w gen bon rezon pou w "
                                "kwè gen danje, ou ka retire kò w, e yo dwe pwoteje w."
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
                                "Exact. La convention n° 155 protège la personne qui se retire d'un danger "
                                "grave et imminent, quand elle a de bonnes raisons d'y croire."
                            ),
                            "en": (
                                "Correct. Convention No. 155 protects a person who removes themselves from "
                                "an imminent and serious danger, when they have good reason to believe in it."
                            ),
                            "es": (
                                "Correcto. El Convenio núm. 155 protege a la persona que se retira de un "
                                "peligro inminente y grave, cuando tiene motivos razonables para creer en él."
                            ),
                            "ht": (
                                "Se sa. Konvansyon nimewo 155 pwoteje moun ki retire kò l devan yon gwo "
                                "danje ki prèt pou rive, lè li gen bon rezon pou l kwè danje a la."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Cette protection ne vaut que pour les travailleurs syndiqués.",
                            "en": "This protection only applies to unionised workers.",
                            "es": "Esta protección solo vale para los trabajadores sindicalizados.",
                            "ht": "Pwoteksyon sa a se pou travayè ki nan sendika sèlman.",
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
                            "es": (
                                "No. El convenio no hace diferencia entre los trabajadores sindicalizados y "
                                "los demás."
                            ),
                            "ht": (
                                "Non. Konvansyon an pa fè diferans ant travayè ki nan sendika ak lòt "
                                "travayè yo."
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
                    "es": (
                        "<p>El Convenio núm. 155 (1981) pide una política nacional de prevención y protege a "
                        "la persona que se retira de una situación de peligro inminente y grave. Consulta la "
                        "lección «Discriminación, seguridad y salud».</p>"
                    ),
                    "ht": (
                        "<p>Konvansyon nimewo 155 (1981) mande yon politik nasyonal pou anpeche aksidan ak "
                        "maladi nan travay. Li pwoteje moun ki retire kò l devan yon gwo danje ki prèt pou "
                        "rive. Gade leson « Diskriminasyon, sante ak sekirite » a.</p>"
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
                    "es": (
                        "Verdadero o falso: el Convenio núm. 100 exige la igualdad de remuneración entre "
                        "mujeres y hombres solo cuando hacen exactamente el mismo trabajo."
                    ),
                    "ht": (
                        "Vrè oswa fo: konvansyon nimewo 100 mande pou fanm ak gason touche menm salè "
                        "sèlman lè yo fè egzakteman menm travay la."
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
                    "es": (
                        "<p>Falso. El Convenio núm. 100 (1951) se refiere a un trabajo de igual valor: dos "
                        "empleos distintos pueden tener el mismo valor si se comparan las competencias, el "
                        "esfuerzo, las responsabilidades y las condiciones de trabajo. Consulta la lección "
                        "«Discriminación, seguridad y salud».</p>"
                    ),
                    "ht": (
                        "<p>Fo. Konvansyon nimewo 100 (1951) pale de travay ki gen menm valè: de djòb ki "
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
                        "Classez ces conventions fondamentales de la plus ancienne à la plus récente, selon "
                        "leur année d'adoption."
                    ),
                    "en": (
                        "Put these fundamental conventions in order, from the oldest to the most recent, by "
                        "the year they were adopted."
                    ),
                    "es": (
                        "Ordena estos convenios fundamentales del más antiguo al más reciente, según su año "
                        "de adopción."
                    ),
                    "ht": (
                        "Mete konvansyon fondamantal sa yo nan lòd, depi sa ki pi ansyen an rive nan sa ki "
                        "pi resan an, dapre ane yo te adopte yo."
                    ),
                },
                "steps": [
                    {
                        "fr": "Convention n° 29 sur le travail forcé",
                        "en": "Convention No. 29 on forced labour",
                        "es": "Convenio núm. 29 sobre el trabajo forzoso",
                        "ht": "Konvansyon nimewo 29 sou travay fòse",
                    },
                    {
                        "fr": "Convention n° 87 sur la liberté syndicale",
                        "en": "Convention No. 87 on freedom of association",
                        "es": "Convenio núm. 87 sobre la libertad sindical",
                        "ht": "Konvansyon nimewo 87 sou libète sendikal",
                    },
                    {
                        "fr": "Convention n° 111 sur la discrimination dans l'emploi et la profession",
                        "en": "Convention No. 111 on discrimination in employment and occupation",
                        "es": "Convenio núm. 111 sobre la discriminación en el empleo y la ocupación",
                        "ht": "Konvansyon nimewo 111 sou diskriminasyon nan anplwa ak nan pwofesyon",
                    },
                    {
                        "fr": "Convention n° 138 sur l'âge minimum",
                        "en": "Convention No. 138 on the minimum age",
                        "es": "Convenio núm. 138 sobre la edad mínima",
                        "ht": "Konvansyon nimewo 138 sou laj minimòm pou travay",
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
                        "es": (
                            "Convenio núm. 187 sobre el marco promocional para la seguridad y salud en el "
                            "trabajo"
                        ),
                        "ht": "Konvansyon nimewo 187 sou kad pou ankouraje sekirite ak sante nan travay",
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
                    "es": (
                        "<p>El Convenio núm. 29 es de 1930, el núm. 87 de 1948, el núm. 111 de 1958, el núm. "
                        "138 de 1973 y el núm. 187 de 2006. Consulta las lecciones «El trabajo forzoso», "
                        "«La libertad sindical y la negociación colectiva», «El trabajo infantil» y "
                        "«Discriminación, seguridad y salud».</p>"
                    ),
                    "ht": (
                        "<p>Konvansyon nimewo 29 la soti an 1930, nimewo 87 an 1948, nimewo 111 an 1958, "
                        "nimewo 138 an 1973, e nimewo 187 an 2006. Gade leson « Travay fòse », « Libète "
                        "sendikal ak negosyasyon kolektif », « Travay timoun » ak « Diskriminasyon, sante ak "
                        "sekirite ».</p>"
                    ),
                },
            },
        ),
    ],
}
