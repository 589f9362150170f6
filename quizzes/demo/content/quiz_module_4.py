"""Quiz for module 4 of the demo course: "La solidarité syndicale internationale en pratique".

Four languages (fr, en, es, ht). Data format: see ``quizzes.demo.content`` (``__init__.py``). Every question
tests something taught in the lessons of ``learning/demo/content/module_4_solidarity.py``.
"""

QUIZ = {
    "title": {
        "fr": "Quiz : La solidarité syndicale internationale en pratique",
        "en": "Quiz: International union solidarity in practice",
        "es": "Cuestionario: La solidaridad sindical internacional en la práctica",
        "ht": "Kesyonè: Solidarite sendikal entènasyonal nan pratik",
    },
    "slug": {
        "fr": "quiz-solidarite-internationale",
        "en": "international-solidarity-quiz",
        "es": "cuestionario-solidaridad-internacional",
        "ht": "kesyone-solidarite-entenasyonal",
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
        "es": (
            "<p>Federaciones sindicales internacionales, acuerdos marco, pasantías, misiones de observación, "
            "quejas ante la OIT: comprueba lo que has retenido sobre la solidaridad sindical internacional y "
            "sobre las herramientas que tu sindicato puede usar. Son ocho preguntas. Cada una tiene una "
            "explicación que te remite a la lección donde se trata el tema. Necesitas un 70 % de respuestas "
            "correctas para aprobar.</p>"
        ),
        "ht": (
            "<p>Federasyon sendikal entènasyonal, akò-kad, estaj, misyon obsèvasyon, plent devan OIT: "
            "verifye sa w retni sou solidarite sendikal entènasyonal ak sou zouti sendika w ka sèvi. Gen uit "
            "kesyon. Chak kesyon gen yon esplikasyon ki voye w nan leson kote yo pale sou sijè a. Ou bezwen "
            "70% bon repons pou w pase.</p>"
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
                    "es": "¿Qué es una federación sindical internacional?",
                    "ht": "Kisa yon federasyon sendikal entènasyonal ye?",
                },
                "choices": [
                    {
                        "text": {
                            "fr": "Une agence des Nations Unies qui adopte des conventions.",
                            "en": "A United Nations agency that adopts conventions.",
                            "es": "Un organismo de las Naciones Unidas que adopta convenios.",
                            "ht": "Yon ajans Nasyonzini ki adopte konvansyon.",
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
                            "es": (
                                "No. Eso se parece más a la OIT. Una federación sindical internacional es "
                                "una organización de sindicatos, no un organismo de las Naciones Unidas."
                            ),
                            "ht": (
                                "Non. Sa sanble plis ak OIT. Yon federasyon sendikal entènasyonal se yon "
                                "òganizasyon sendika yo mete sou pye, se pa yon ajans Nasyonzini."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Un regroupement des syndicats d'un même secteur, dans de nombreux pays.",
                            "en": "A grouping of the unions of one sector, in many countries.",
                            "es": "Una agrupación de los sindicatos de un mismo sector, en muchos países.",
                            "ht": "Yon gwoupman sendika ki nan menm sektè travay, nan anpil peyi.",
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
                            "es": (
                                "Correcto. Por ejemplo, IndustriALL para la industria, UNI para los "
                                "servicios, la ITF para el transporte y la Internacional de la Educación "
                                "para el personal docente."
                            ),
                            "ht": (
                                "Se sa. Pa egzanp IndustriALL pou endistri, UNI pou sèvis, ITF pou transpò "
                                "ak Entènasyonal Edikasyon an (Education International) pou pwofesè yo."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Le syndicat du siège social d'une multinationale.",
                            "en": "The union at a multinational company's head office.",
                            "es": "El sindicato de la sede central de una multinacional.",
                            "ht": "Sendika ki nan biwo santral yon miltinasyonal.",
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
                            "es": (
                                "No. Una federación sindical internacional reúne sindicatos de muchos "
                                "países, no los de una sola empresa."
                            ),
                            "ht": (
                                "Non. Yon federasyon sendikal entènasyonal mete sendika ki soti nan anpil "
                                "peyi ansanm, se pa sendika yon sèl antrepriz."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": (
                                "Une confédération de centrales syndicales nationales de tous les secteurs."
                            ),
                            "en": "A confederation of national union centres from all sectors.",
                            "es": "Una confederación de centrales sindicales nacionales de todos los sectores.",
                            "ht": (
                                "Yon konfederasyon ki mete ansanm gwo santral sendikal nasyonal nan tout "
                                "sektè."
                            ),
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
                            "es": (
                                "No. Eso describe a la Confederación Sindical Internacional (CSI). Las "
                                "federaciones sindicales internacionales, en cambio, se organizan por "
                                "sector."
                            ),
                            "ht": (
                                "Non. Sa se Konfederasyon Sendikal Entènasyonal la (CSI). Federasyon "
                                "sendikal entènasyonal yo menm òganize dapre sektè travay."
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
                    "es": (
                        "<p>Las federaciones sindicales internacionales reúnen a los sindicatos de un mismo "
                        "sector en muchos países; hacen circular la información, coordinan campañas y "
                        "negocian con empresas multinacionales. Consulta la lección «El movimiento sindical "
                        "internacional».</p>"
                    ),
                    "ht": (
                        "<p>Federasyon sendikal entènasyonal yo mete sendika ki nan menm sektè ansanm, nan "
                        "anpil peyi. Yo fè enfòmasyon sikile, yo kowòdone kanpay, epi yo negosye ak "
                        "miltinasyonal yo (gwo antrepriz ki travay nan plizyè peyi). Gade leson « Mouvman "
                        "sendikal entènasyonal la ».</p>"
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
                    "es": (
                        "La dirección de la filial local de una multinacional ataca a tu sindicato. La "
                        "empresa ha firmado un acuerdo marco internacional. ¿Qué palanca te da este "
                        "acuerdo?"
                    ),
                    "ht": (
                        "Direksyon filyal lokal yon miltinasyonal (branch antrepriz la nan peyi w) ap "
                        "atake sendika w. Antrepriz la te siyen yon akò-kad entènasyonal. Ki fòs akò sa a "
                        "ba ou?"
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "fr": "Aucun : l'accord ne couvre que le pays d'origine de l'entreprise.",
                            "en": "None: the agreement only covers the company's home country.",
                            "es": "Ninguna: el acuerdo solo cubre el país de origen de la empresa.",
                            "ht": "Okenn: akò a kouvri sèlman peyi kote antrepriz la soti a.",
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
                            "es": (
                                "No. Un acuerdo marco internacional cubre las actividades de la empresa en "
                                "todo el mundo, no solo en su país de origen."
                            ),
                            "ht": (
                                "Non. Yon akò-kad entènasyonal kouvri aktivite antrepriz la toupatou sou "
                                "latè, pa sèlman nan peyi kote l soti a."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Attendre que l'entreprise applique l'accord d'elle-même.",
                            "en": "Wait for the company to apply the agreement on its own.",
                            "es": "Esperar a que la empresa aplique el acuerdo por su cuenta.",
                            "ht": "Tann antrepriz la aplike akò a pou kont li.",
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
                            "es": (
                                "No. Un acuerdo marco solo vale lo que vale su seguimiento: los sindicatos "
                                "tienen que conocerlo y usarlo."
                            ),
                            "ht": (
                                "Non. Yon akò-kad vo sèlman si yo swiv li: sendika yo dwe konnen l epi sèvi "
                                "avè l."
                            ),
                        },
                    },
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
                            "es": (
                                "Alertar a la federación sindical internacional, que plantea el problema a "
                                "la sede central de la empresa."
                            ),
                            "ht": (
                                "Avèti federasyon sendikal entènasyonal la, pou l al pale ak biwo santral "
                                "antrepriz la."
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
                            "es": (
                                "Correcto. El acuerdo marco permite dirigirse directamente a la dirección "
                                "central de la multinacional."
                            ),
                            "ht": (
                                "Se sa. Akò-kad la pèmèt nou pale dirèkteman ak gwo direksyon "
                                "miltinasyonal la."
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
                    "es": (
                        "<p>Un acuerdo marco internacional se negocia entre una multinacional y una "
                        "federación sindical internacional, y cubre a la empresa en todo el mundo. Solo "
                        "funciona si los sindicatos lo usan. Consulta la lección «El movimiento sindical "
                        "internacional».</p>"
                    ),
                    "ht": (
                        "<p>Yon akò-kad entènasyonal se yon akò yon miltinasyonal ak yon federasyon "
                        "sendikal entènasyonal negosye ansanm, e li kouvri antrepriz la toupatou sou latè. "
                        "Li mache sèlman si sendika yo sèvi avè l. Gade leson « Mouvman sendikal "
                        "entènasyonal la ».</p>"
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
                    "es": (
                        "Verdadero o falso: la Confederación Sindical Internacional (CSI) reúne a centrales "
                        "sindicales nacionales de todo el mundo."
                    ),
                    "ht": (
                        "Vre oswa fo: Konfederasyon Sendikal Entènasyonal la (CSI) mete ansanm gwo santral "
                        "sendikal nasyonal ki soti toupatou sou latè."
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
                    "es": (
                        "<p>Verdadero. Fundada en 2006, la CSI reúne a centrales nacionales y lleva la voz "
                        "de las trabajadoras y los trabajadores ante las instituciones internacionales, "
                        "entre ellas la OIT. Consulta la lección «El movimiento sindical internacional».</p>"
                    ),
                    "ht": (
                        "<p>Vre. Yo te fonde CSI an 2006. Li mete santral nasyonal yo ansanm epi li pote "
                        "vwa travayè yo devan enstitisyon entènasyonal yo, tankou OIT. Gade leson « Mouvman "
                        "sendikal entènasyonal la ».</p>"
                    ),
                },
            },
        ),
        (
            "short_answer",
            {
                "prompt": {
                    "fr": (
                        "Votre syndicat représente le personnel d'une usine de vêtements. Il veut agir avec "
                        "les syndicats du même secteur dans les pays où les grandes marques font fabriquer "
                        "leurs vêtements. Quelle fédération syndicale internationale regroupe ces syndicats ?"
                    ),
                    "en": (
                        "Your union represents the staff of a garment factory. It wants to act together with "
                        "the unions of the same sector in the countries where the big brands have their "
                        "clothes made. Which global union federation brings these unions together?"
                    ),
                    "es": (
                        "Tu sindicato representa al personal de una fábrica de ropa. Quiere actuar junto con "
                        "los sindicatos del mismo sector en los países donde las grandes marcas mandan "
                        "fabricar su ropa. ¿Qué federación sindical internacional reúne a esos sindicatos?"
                    ),
                    "ht": (
                        "Sendika w reprezante travayè yon faktori rad. Li vle aji ansanm ak sendika ki nan "
                        "menm sektè a, nan peyi kote gwo mak yo fè koud rad yo. Ki federasyon sendikal "
                        "entènasyonal ki mete sendika sa yo ansanm?"
                    ),
                },
                "accepted_answers": {
                    "fr": ["IndustriALL", "IndustriALL Global Union"],
                    "en": ["IndustriALL", "IndustriALL Global Union"],
                    "es": ["IndustriALL", "IndustriALL Global Union"],
                    "ht": ["IndustriALL", "IndustriALL Global Union"],
                },
                "explanation": {
                    "fr": (
                        "<p>IndustriALL regroupe les syndicats de l'industrie, y compris du textile et du "
                        "vêtement. Chaque fédération syndicale internationale couvre un secteur : UNI les "
                        "services, l'ITF le transport, l'Internationale de l'Éducation le personnel "
                        "enseignant. Votre syndicat y est souvent relié par sa fédération ou sa centrale. "
                        "Voir la leçon « Le mouvement syndical international ».</p>"
                    ),
                    "en": (
                        "<p>IndustriALL brings together the unions of industry, including textiles and "
                        "garments. Each global union federation covers one sector: UNI services, the ITF "
                        "transport, Education International teachers. Your union is often linked to one "
                        "through its federation or its central labour body. See the lesson “The "
                        "international union movement”.</p>"
                    ),
                    "es": (
                        "<p>IndustriALL reúne a los sindicatos de la industria, incluidos los del textil y la "
                        "confección. Cada federación sindical internacional cubre un sector: UNI los "
                        "servicios, la ITF el transporte, la Internacional de la Educación el personal "
                        "docente. Tu sindicato suele estar vinculado a una de ellas a través de su "
                        "federación o de su central. Consulta la lección «El movimiento sindical "
                        "internacional».</p>"
                    ),
                    "ht": (
                        "<p>IndustriALL mete sendika endistri yo ansanm, sa gen ladan sendika twal ak rad. "
                        "Chak federasyon sendikal entènasyonal kouvri yon sektè: UNI pou sèvis, ITF pou "
                        "transpò, Entènasyonal Edikasyon an (Education International) pou pwofesè. Souvan, "
                        "sendika w konekte ak youn nan yo atravè federasyon l oswa santral li. Gade leson "
                        "« Mouvman sendikal entènasyonal la ».</p>"
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
                    "es": (
                        "¿Cuáles de estas acciones son formas de solidaridad sindical internacional "
                        "presentadas en la lección? Marca todas las respuestas correctas."
                    ),
                    "ht": (
                        "Kilès nan aksyon sa yo se fòm solidarite sendikal entènasyonal leson an prezante? "
                        "Make tout bon repons yo."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "fr": "Une mission d'observation sur place.",
                            "en": "An observation mission on the ground.",
                            "es": "Una misión de observación sobre el terreno.",
                            "ht": "Yon misyon obsèvasyon sou plas.",
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
                            "es": (
                                "Correcto. Una delegación va a comprobar la situación de los derechos "
                                "sindicales y luego da testimonio de ella."
                            ),
                            "ht": (
                                "Se sa. Yon delegasyon al wè ak je l kijan dwa sendikal yo ye sou plas, "
                                "epi apre sa li temwaye sou sa l wè."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Un don envoyé sans jamais consulter le syndicat partenaire.",
                            "en": "A donation sent without ever consulting the partner union.",
                            "es": "Una donación enviada sin consultar nunca al sindicato aliado.",
                            "ht": "Yon don yo voye san yo pa janm mande sendika patnè a sa l panse.",
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
                            "es": (
                                "No. La solidaridad sindical no es caridad: es una relación de igual a "
                                "igual, en la que cada parte aprende de la otra."
                            ),
                            "ht": (
                                "Non. Solidarite sendikal se pa charite: se yon relasyon kote de bò yo "
                                "egal, e chak bò aprann nan men lòt la."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Un stage syndical à l'étranger.",
                            "en": "A union internship abroad.",
                            "es": "Una pasantía sindical en el extranjero.",
                            "ht": "Yon estaj sendikal lòt bò dlo.",
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
                            "es": (
                                "Correcto. Militantes pasan un tiempo con un sindicato aliado y, al volver, "
                                "comparten lo que aprendieron."
                            ),
                            "ht": (
                                "Se sa. Kèk militan al pase yon tan ak yon sendika patnè, epi lè yo tounen, "
                                "yo pataje sa yo aprann."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Une campagne de lettres, de pétitions ou de résolutions.",
                            "en": "A campaign of letters, petitions or resolutions.",
                            "es": "Una campaña de cartas, peticiones o resoluciones.",
                            "ht": "Yon kanpay lèt, petisyon oswa rezolisyon.",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": (
                                "Exact. Ces actions appuient des travailleuses et des travailleurs en lutte."
                            ),
                            "en": "Correct. These actions support workers in struggle.",
                            "es": "Correcto. Estas acciones apoyan a trabajadoras y trabajadores en lucha.",
                            "ht": "Se sa. Aksyon sa yo soutni travayè k ap goumen pou dwa yo.",
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
                    "es": (
                        "<p>La lección presenta cinco formas: las alianzas Norte-Sur, las pasantías en el "
                        "extranjero, las misiones de observación, las campañas y la educación. Consulta la "
                        "lección «La solidaridad en la práctica».</p>"
                    ),
                    "ht": (
                        "<p>Leson an prezante senk fòm: patenarya Nò-Sid, estaj lòt bò dlo, misyon "
                        "obsèvasyon, kanpay ak edikasyon. Gade leson « Solidarite nan pratik ».</p>"
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
                    "es": (
                        "Verdadero o falso: la solidaridad sindical internacional es ante todo una forma de "
                        "caridad del Norte hacia el Sur."
                    ),
                    "ht": (
                        "Vre oswa fo: solidarite sendikal entènasyonal se anvan tout bagay yon charite Nò a "
                        "fè pou Sid la."
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
                    "es": (
                        "<p>Falso. Es una relación de igual a igual entre trabajadoras y trabajadores que se "
                        "enfrentan a los mismos empleadores y a las mismas cadenas de suministro; cada parte "
                        "aprende de la otra. Consulta la lección «La solidaridad en la práctica».</p>"
                    ),
                    "ht": (
                        "<p>Fo. Se yon relasyon kote tout moun egal, ant travayè ki gen menm patwon yo devan "
                        "yo ak menm chèn pwovizyònman yo (tout antrepriz ki fè yon pwodui rive jis nan "
                        "magazen an); chak bò aprann nan men lòt la. Gade leson « Solidarite nan pratik "
                        "».</p>"
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
                    "es": "¿Contra quién se dirige una queja ante el Comité de Libertad Sindical de la OIT?",
                    "ht": (
                        "Lè yon sendika pote plent devan Komite Libète Sendikal OIT a (Comité de la liberté "
                        "syndicale), se kont kiyès plent lan ye?"
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "fr": "L'employeur, directement.",
                            "en": "The employer, directly.",
                            "es": "El empleador, directamente.",
                            "ht": "Patwon an, dirèkteman.",
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
                            "es": (
                                "No. La queja no se dirige directamente contra el empleador, sino contra el "
                                "Estado que no protegió la libertad sindical."
                            ),
                            "ht": (
                                "Non. Plent lan pa vize patwon an dirèkteman. Li vize Leta ki pa t pwoteje "
                                "libète sendikal."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "L'État, à qui l'on reproche de ne pas avoir protégé la liberté syndicale.",
                            "en": "The State, which is accused of failing to protect freedom of association.",
                            "es": "El Estado, al que se reprocha no haber protegido la libertad sindical.",
                            "ht": "Leta, paske li pa t pwoteje libète sendikal.",
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
                            "es": (
                                "Correcto. Incluso cuando hay un empleador implicado, es al gobierno al que "
                                "se reprocha no haber protegido ese derecho."
                            ),
                            "ht": (
                                "Se sa. Menm lè se yon patwon ki fè abi a, se gouvènman an yo repwoche paske "
                                "li pa t pwoteje dwa sa a."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "La fédération syndicale internationale du secteur.",
                            "en": "The global union federation for the sector.",
                            "es": "La federación sindical internacional del sector.",
                            "ht": "Federasyon sendikal entènasyonal sektè a.",
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
                            "es": (
                                "No. La federación sindical internacional es más bien una aliada: puede "
                                "presentar la queja en nombre de tu sindicato."
                            ),
                            "ht": (
                                "Non. Federasyon sendikal entènasyonal la se pito yon alye: li ka depoze "
                                "plent lan pou sendika w."
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
                    "es": (
                        "<p>El Comité, creado en 1951, examina quejas contra Estados, aunque no hayan "
                        "ratificado los convenios núms. 87 y 98; sus conclusiones son públicas. Consulta la "
                        "lección «Usar el derecho internacional del trabajo en tu sindicato».</p>"
                    ),
                    "ht": (
                        "<p>Komite a, yo te kreye l an 1951, egzamine plent kont Leta yo, menm si yo pa t "
                        "ratifye Konvansyon 87 ak 98 yo; konklizyon l yo piblik. Gade leson « Sèvi ak dwa "
                        "entènasyonal travay nan sendika w ».</p>"
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
                        "Une plainte au Comité de la liberté syndicale est l'un des recours possibles. Si "
                        "vous choisissez cette voie, remettez dans l'ordre les étapes décrites dans la leçon."
                    ),
                    "en": (
                        "Your union's leaders have been dismissed for their union activities. A complaint to "
                        "the Committee on Freedom of Association is one of the possible remedies. If you "
                        "choose this route, put in order the steps described in the lesson."
                    ),
                    "es": (
                        "Los dirigentes de tu sindicato han sido despedidos por sus actividades sindicales. "
                        "Una queja ante el Comité de Libertad Sindical es uno de los recursos posibles. Si "
                        "eliges esa vía, ordena los pasos que describe la lección."
                    ),
                    "ht": (
                        "Yo revoke dirijan sendika w yo poutèt aktivite sendikal yo. Yon plent devan Komite "
                        "Libète Sendikal la se youn nan chemen nou ka pran. Si nou chwazi chemen sa a, mete "
                        "etap leson an dekri yo nan lòd."
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
                        "es": (
                            "Tu sindicato reúne los hechos: fechas, nombres de las personas afectadas, "
                            "cartas de despido, testimonios."
                        ),
                        "ht": (
                            "Sendika w ranmase tout prèv yo: dat yo, non moun yo frape yo, lèt revokasyon "
                            "yo, temwayaj yo."
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
                        "es": (
                            "Entrega el expediente a su organización nacional (federación o central) o a una "
                            "organización sindical internacional."
                        ),
                        "ht": (
                            "Li pote dosye a bay òganizasyon nasyonal li (federasyon oswa santral), oswa bay "
                            "yon òganizasyon sendikal entènasyonal."
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
                        "es": (
                            "Esa organización presenta la queja contra el Estado ante el Comité de Libertad "
                            "Sindical."
                        ),
                        "ht": (
                            "Òganizasyon sa a depoze plent lan kont Leta devan Komite Libète Sendikal la."
                        ),
                    },
                    {
                        "fr": "Le Comité examine la plainte et publie ses conclusions.",
                        "en": "The Committee examines the complaint and publishes its conclusions.",
                        "es": "El Comité examina la queja y publica sus conclusiones.",
                        "ht": "Komite a egzamine plent lan epi li pibliye konklizyon l yo.",
                    },
                    {
                        "fr": (
                            "Votre syndicat s'appuie sur ces conclusions dans une négociation ou une "
                            "campagne."
                        ),
                        "en": "Your union uses these conclusions in bargaining or in a campaign.",
                        "es": "Tu sindicato se apoya en esas conclusiones en una negociación o una campaña.",
                        "ht": (
                            "Sendika w sèvi ak konklizyon sa yo pou l apiye l nan yon negosyasyon oswa nan "
                            "yon kanpay."
                        ),
                    },
                ],
                "explanation": {
                    "fr": (
                        "<p>Dans la démarche décrite par la leçon, le syndicat local réunit les faits, puis "
                        "passe par son organisation nationale ou internationale, qui dépose la plainte. Les "
                        "conclusions publiques du Comité peuvent ensuite peser dans une négociation ou une "
                        "campagne. La plainte n'est pas le seul recours : on peut aussi, selon le pays, "
                        "s'adresser aux tribunaux ou aux instances du travail, alerter la fédération "
                        "syndicale internationale si l'entreprise a signé un accord-cadre, ou lancer une "
                        "campagne de solidarité. Voir la leçon « Utiliser le droit international du travail "
                        "dans votre syndicat ».</p>"
                    ),
                    "en": (
                        "<p>In the approach the lesson describes, the local union gathers the facts, then "
                        "goes through its national or international organisation, which files the "
                        "complaint. The Committee's public conclusions can then carry weight in bargaining "
                        "or a campaign. The complaint is not the only remedy: depending on the country, you "
                        "can also go to the courts or labour tribunals, alert the global union federation if "
                        "the company has signed a framework agreement, or start a solidarity campaign. See "
                        "the lesson “Using international labour law in your union”.</p>"
                    ),
                    "es": (
                        "<p>En el procedimiento que describe la lección, el sindicato local reúne los "
                        "hechos y luego pasa por su organización nacional o internacional, que presenta la "
                        "queja. Las conclusiones públicas del Comité pueden luego pesar en una negociación o "
                        "una campaña. La queja no es el único recurso: según el país, también puedes acudir "
                        "a los tribunales o a las instancias laborales, alertar a la federación sindical "
                        "internacional si la empresa ha firmado un acuerdo marco, o lanzar una campaña de "
                        "solidaridad. Consulta la lección «Usar el derecho internacional del trabajo en tu "
                        "sindicato».</p>"
                    ),
                    "ht": (
                        "<p>Dapre fason leson an esplike l, sendika lokal la ranmase prèv yo, epi li pase "
                        "pa òganizasyon nasyonal oswa entènasyonal li, ki depoze plent lan. Apre sa, "
                        "konklizyon piblik Komite a ka ede nan yon negosyasyon oswa nan yon kanpay. Men "
                        "plent lan se pa sèl chemen an: dapre peyi a, nou ka ale tou devan tribinal oswa "
                        "devan enstans ki regle zafè travay, avèti federasyon sendikal entènasyonal la si "
                        "antrepriz la te siyen yon akò-kad, oswa lanse yon kanpay solidarite. Gade leson "
                        "« Sèvi ak dwa entènasyonal travay nan sendika w ».</p>"
                    ),
                },
                "standard": "C087",
            },
        ),
    ],
}
