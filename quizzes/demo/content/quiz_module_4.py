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
            "<p>Fédérations syndicales internationales, accords-cadres, arbitrages, campagnes, "
            "plaintes à l'OIT : vérifiez ce que vous avez retenu sur la solidarité syndicale internationale "
            "et sur les outils que votre syndicat peut utiliser. Il y a neuf questions. Pour chacune, une "
            "explication vous renvoie à la leçon où le sujet est traité. Il faut 70 % de bonnes réponses "
            "pour réussir.</p>"
        ),
        "en": (
            "<p>Global union federations, framework agreements, arbitration, campaigns, "
            "complaints to the ILO: check what you remember about international union solidarity and the "
            "tools your union can use. There are nine questions. Each one comes with an explanation that "
            "points you to the lesson where the topic is covered. You need 70% correct answers to pass.</p>"
        ),
        "es": (
            "<p>Federaciones sindicales internacionales, acuerdos marco, arbitrajes, campañas, "
            "quejas ante la OIT: comprueba lo que has retenido sobre la solidaridad sindical internacional y "
            "sobre las herramientas que tu sindicato puede usar. Son nueve preguntas. Cada una tiene una "
            "explicación que te remite a la lección donde se trata el tema. Necesitas un 70 % de respuestas "
            "correctas para aprobar.</p>"
        ),
        "ht": (
            "<p>Federasyon sendikal entènasyonal, akò-kad, abitraj, kanpay, plent devan OIT: "
            "verifye sa w retni sou solidarite sendikal entènasyonal ak sou zouti sendika w ka sèvi. Gen nèf "
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
                                "Non. Cela ressemble plutôt à l'OIT. Une fédération syndicale "
                                "internationale est une organisation de syndicats, pas une agence des "
                                "Nations Unies."
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
                                "No. A global union federation brings together unions from many "
                                "countries, not those of a single company."
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
                            "es": (
                                "Una confederación de centrales sindicales nacionales de todos los sectores."
                            ),
                            "ht": (
                                "Yon konfederasyon ki mete ansanm gwo santral sendikal nasyonal nan tout "
                                "sektè."
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. Cela décrit la Confédération syndicale internationale (CSI). Les "
                                "fédérations syndicales internationales, elles, sont organisées par "
                                "secteur."
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
                                "Se sa. Pa egzanp IndustriALL pou endistri, UNI pou sèvis, ITF pou "
                                "transpò ak Entènasyonal Edikasyon an (Education International) pou "
                                "pwofesè yo."
                            ),
                        },
                    },
                ],
                "explanation": {
                    "fr": (
                        "<p>Les fédérations syndicales internationales regroupent les syndicats d'un même "
                        "secteur dans de nombreux pays ; elles font circuler l'information, coordonnent "
                        "des campagnes et négocient avec des multinationales. Voir la leçon « Le "
                        "mouvement syndical international ».</p>"
                    ),
                    "en": (
                        "<p>Global union federations bring together the unions of one sector in many "
                        "countries; they share information, coordinate campaigns and negotiate with "
                        "multinational companies. See the lesson “The international union movement”.</p>"
                    ),
                    "es": (
                        "<p>Las federaciones sindicales internacionales reúnen a los sindicatos de un "
                        "mismo sector en muchos países; hacen circular la información, coordinan campañas "
                        "y negocian con empresas multinacionales. Consulta la lección «El movimiento "
                        "sindical internacional».</p>"
                    ),
                    "ht": (
                        "<p>Federasyon sendikal entènasyonal yo mete sendika ki nan menm sektè ansanm, "
                        "nan anpil peyi. Yo fè enfòmasyon sikile, yo kowòdone kanpay, epi yo negosye ak "
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
                        "La direction de la filiale locale d'une multinationale s'attaque à votre "
                        "syndicat. L'entreprise a signé un accord-cadre international. Quel levier cet "
                        "accord vous donne-t-il ?"
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
                            "fr": (
                                "Alerter la fédération syndicale internationale, qui interpelle le siège."
                            ),
                            "en": "Alert the global union federation, which takes it up with head office.",
                            "es": (
                                "Alertar a la federación sindical internacional, que interpela a la sede."
                            ),
                            "ht": ("Avèti federasyon sendikal entènasyonal la, ki pale ak biwo santral la."),
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
                    {
                        "text": {
                            "fr": (
                                "Porter plainte contre l'entreprise devant le Comité de la liberté syndicale."
                            ),
                            "en": (
                                "File a complaint against the company with the Committee on Freedom of "
                                "Association."
                            ),
                            "es": (
                                "Presentar una queja contra la empresa ante el Comité de Libertad Sindical."
                            ),
                            "ht": (
                                "Depoze yon plent kont antrepriz la menm devan Komite Libète Sendikal OIT a."
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. Le Comité examine des plaintes contre des États, pas contre des "
                                "entreprises. L'accord-cadre, lui, permet de s'adresser à la direction "
                                "centrale de la multinationale."
                            ),
                            "en": (
                                "No. The Committee examines complaints against States, not against "
                                "companies. The framework agreement, for its part, lets you go to the "
                                "multinational's top management."
                            ),
                            "es": (
                                "No. El Comité examina quejas contra Estados, no contra empresas. El "
                                "acuerdo marco, en cambio, permite dirigirse a la dirección central de la "
                                "multinacional."
                            ),
                            "ht": (
                                "Non. Komite a egzamine plent kont Leta, pa kont antrepriz. Akò-kad la "
                                "limenm pèmèt nou pale ak gwo direksyon miltinasyonal la."
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
                                "Non. Un accord-cadre ne vaut que par son suivi : il faut que les "
                                "syndicats le connaissent et s'en servent."
                            ),
                            "en": (
                                "No. A framework agreement is only as good as its follow-up: unions have "
                                "to know about it and use it."
                            ),
                            "es": (
                                "No. Un acuerdo marco solo vale lo que vale su seguimiento: los "
                                "sindicatos tienen que conocerlo y usarlo."
                            ),
                            "ht": (
                                "Non. Yon akò-kad vo sèlman si yo swiv li: sendika yo dwe konnen l epi "
                                "sèvi avè l."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": (
                                "Saisir l'OIT, qui fait respecter les accords-cadres signés par les "
                                "entreprises."
                            ),
                            "en": (
                                "Refer it to the ILO, which enforces framework agreements signed by "
                                "companies."
                            ),
                            "es": (
                                "Acudir a la OIT, que hace cumplir los acuerdos marco firmados por las "
                                "empresas."
                            ),
                            "ht": "Pote ka a bay OIT, ki fè antrepriz yo respekte akò-kad yo siyen.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. L'OIT n'est pas partie à un accord-cadre : il est négocié entre la "
                                "multinationale et une fédération syndicale internationale."
                            ),
                            "en": (
                                "No. The ILO is not a party to a framework agreement: it is negotiated "
                                "between the multinational and a global union federation."
                            ),
                            "es": (
                                "No. La OIT no es parte de un acuerdo marco: se negocia entre la "
                                "multinacional y una federación sindical internacional."
                            ),
                            "ht": (
                                "Non. OIT pa nan akò-kad la: se miltinasyonal la ak yon federasyon "
                                "sendikal entènasyonal ki negosye l."
                            ),
                        },
                    },
                ],
                "explanation": {
                    "fr": (
                        "<p>Un accord-cadre international est négocié entre une multinationale et une "
                        "fédération syndicale internationale, et il couvre l'entreprise partout dans le "
                        "monde. Il ne vaut que si les syndicats s'en servent. Voir la leçon « Le "
                        "mouvement syndical international ».</p>"
                    ),
                    "en": (
                        "<p>An international framework agreement is negotiated between a multinational "
                        "company and a global union federation, and it covers the company worldwide. It "
                        "only works if unions use it. See the lesson “The international union "
                        "movement”.</p>"
                    ),
                    "es": (
                        "<p>Un acuerdo marco internacional se negocia entre una multinacional y una "
                        "federación sindical internacional, y cubre a la empresa en todo el mundo. Solo "
                        "funciona si los sindicatos lo usan. Consulta la lección «El movimiento sindical "
                        "internacional».</p>"
                    ),
                    "ht": (
                        "<p>Yon akò-kad entènasyonal se yon akò yon miltinasyonal ak yon federasyon "
                        "sendikal entènasyonal negosye ansanm, e li kouvri antrepriz la toupatou sou "
                        "latè. Li mache sèlman si sendika yo sèvi avè l. Gade leson « Mouvman sendikal "
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
                        "centrales syndicales nationales de nombreux pays."
                    ),
                    "en": (
                        "True or false: the International Trade Union Confederation (ITUC) brings "
                        "together national trade union centres from many countries."
                    ),
                    "es": (
                        "Verdadero o falso: la Confederación Sindical Internacional (CSI) agrupa a "
                        "centrales sindicales nacionales de muchos países."
                    ),
                    "ht": (
                        "Vre oswa fo: Konfederasyon Sendikal Entènasyonal la (CSI) rasanble santral "
                        "sendikal nasyonal ki soti nan anpil peyi."
                    ),
                },
                "answer": True,
                "explanation": {
                    "fr": (
                        "<p>Vrai. Fondée en 2006, la CSI regroupe des centrales nationales et porte la "
                        "voix des travailleuses et des travailleurs auprès des institutions "
                        "internationales, dont l'OIT. Voir la leçon « Le mouvement syndical international "
                        "».</p>"
                    ),
                    "en": (
                        "<p>True. Founded in 2006, the ITUC brings together national union centres and "
                        "speaks for workers in international institutions, including the ILO. See the "
                        "lesson “The international union movement”.</p>"
                    ),
                    "es": (
                        "<p>Verdadero. Fundada en 2006, la CSI reúne a centrales nacionales y lleva la "
                        "voz de las trabajadoras y los trabajadores ante las instituciones "
                        "internacionales, entre ellas la OIT. Consulta la lección «El movimiento sindical "
                        "internacional».</p>"
                    ),
                    "ht": (
                        "<p>Vre. Yo te fonde CSI an 2006. Li mete santral nasyonal yo ansanm epi li pote "
                        "vwa travayè yo devan enstitisyon entènasyonal yo, tankou OIT. Gade leson « "
                        "Mouvman sendikal entènasyonal la ».</p>"
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
                        "La campagne « 12 by 12 », présentée dans la leçon : lesquelles de ces "
                        "affirmations sont exactes ? Cochez toutes les bonnes réponses."
                    ),
                    "en": (
                        "The “12 by 12” campaign, presented in the lesson: which of these statements are "
                        "accurate? Select all that apply."
                    ),
                    "es": (
                        "La campaña «12 by 12», presentada en la lección: ¿cuáles de estas afirmaciones "
                        "son exactas? Marca todas las respuestas correctas."
                    ),
                    "ht": (
                        "Kanpay « 12 by 12 » leson an prezante a: kilès nan deklarasyon sa yo ki egzat? "
                        "Make tout bon repons yo."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "fr": "Elle réclamait une convention que l'OIT n'avait pas encore adoptée.",
                            "en": "It called for a convention that the ILO had not yet adopted.",
                            "es": "Reclamaba un convenio que la OIT todavía no había adoptado.",
                            "ht": "Li t ap mande yon konvansyon OIT poko te adopte.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. La convention n° 189 avait été adoptée le 16 juin 2011 ; la "
                                "campagne, lancée en décembre 2011, visait à la faire ratifier."
                            ),
                            "en": (
                                "No. Convention No. 189 had been adopted on 16 June 2011; the campaign, "
                                "launched in December 2011, aimed to get it ratified."
                            ),
                            "es": (
                                "No. El Convenio núm. 189 se había adoptado el 16 de junio de 2011; la "
                                "campaña, lanzada en diciembre de 2011, buscaba que se ratificara."
                            ),
                            "ht": (
                                "Non. Yo te adopte konvansyon 189 la 16 jen 2011; kanpay la, yo te lanse "
                                "an desanm 2011, te vle fè peyi yo ratifye l."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Elle visait douze ratifications de la convention n° 189 en 2012.",
                            "en": "It aimed for twelve ratifications of Convention No. 189 in 2012.",
                            "es": "Buscaba doce ratificaciones del Convenio núm. 189 en 2012.",
                            "ht": "Li te vize douz ratifikasyon konvansyon 189 la an 2012.",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": (
                                "Exact. D'où son nom : 12 ratifications en 2012, et des syndicats de "
                                "travailleuses domestiques plus forts."
                            ),
                            "en": (
                                "Correct. Hence its name: 12 ratifications in 2012, and stronger domestic "
                                "workers' unions."
                            ),
                            "es": (
                                "Correcto. De ahí su nombre: 12 ratificaciones en 2012, y sindicatos de "
                                "trabajadoras domésticas más fuertes."
                            ),
                            "ht": (
                                "Se sa. Se sa ki ba l non l: 12 ratifikasyon an 2012, ak sendika travayè "
                                "kay moun ki pi fò."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Elle a été lancée par l'OIT, qui l'a confiée aux gouvernements.",
                            "en": "It was launched by the ILO, which entrusted it to governments.",
                            "es": "La lanzó la OIT, que la confió a los gobiernos.",
                            "ht": "Se OIT ki te lanse l, epi li te konfye l bay gouvènman yo.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. Elle a été lancée par la CSI, avec le réseau international des "
                                "travailleuses domestiques et plusieurs fédérations syndicales "
                                "internationales."
                            ),
                            "en": (
                                "No. It was launched by the ITUC, with the international domestic "
                                "workers' network and several global union federations."
                            ),
                            "es": (
                                "No. La lanzó la CSI, con la red internacional de trabajadoras domésticas "
                                "y varias federaciones sindicales internacionales."
                            ),
                            "ht": (
                                "Non. Se CSI ki te lanse l, ansanm ak rezo entènasyonal travayè kay moun "
                                "yo ak plizyè federasyon sendikal entènasyonal."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "L'Uruguay a été, en 2012, le premier pays à ratifier la convention.",
                            "en": "In 2012, Uruguay became the first country to ratify the convention.",
                            "es": "En 2012, Uruguay fue el primer país en ratificar el convenio.",
                            "ht": "An 2012, Irigwe te premye peyi ki ratifye konvansyon an.",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": (
                                "Exact. Les travailleuses domestiques y négociaient collectivement leurs "
                                "conditions depuis 2008."
                            ),
                            "en": (
                                "Correct. Domestic workers there had been bargaining collectively over "
                                "their conditions since 2008."
                            ),
                            "es": (
                                "Correcto. Allí las trabajadoras domésticas negociaban colectivamente sus "
                                "condiciones desde 2008."
                            ),
                            "ht": (
                                "Se sa. La, travayè kay moun yo t ap negosye kondisyon travay yo ansanm "
                                "depi 2008."
                            ),
                        },
                    },
                ],
                "explanation": {
                    "fr": (
                        "<p>La convention n° 189 sur les travailleuses et travailleurs domestiques a été "
                        "adoptée le 16 juin 2011. En décembre 2011, la CSI a lancé « 12 by 12 » avec le "
                        "réseau international des travailleuses domestiques et plusieurs fédérations "
                        "syndicales internationales : 12 ratifications en 2012. En avril 2012, la "
                        "campagne était active dans 73 pays, et la même année l'Uruguay a été le premier "
                        "pays à ratifier. Voir la leçon « La solidarité en pratique ».</p>"
                    ),
                    "en": (
                        "<p>Convention No. 189 on domestic workers was adopted on 16 June 2011. In "
                        "December 2011, the ITUC launched “12 by 12” with the international domestic "
                        "workers' network and several global union federations: 12 ratifications in 2012. "
                        "By April 2012, the campaign was active in 73 countries, and that same year "
                        "Uruguay became the first country to ratify. See the lesson “Solidarity in "
                        "practice”.</p>"
                    ),
                    "es": (
                        "<p>El Convenio núm. 189 sobre las trabajadoras y los trabajadores domésticos se "
                        "adoptó el 16 de junio de 2011. En diciembre de 2011, la CSI lanzó «12 by 12» con "
                        "la red internacional de trabajadoras domésticas y varias federaciones sindicales "
                        "internacionales: 12 ratificaciones en 2012. En abril de 2012, la campaña estaba "
                        "activa en 73 países, y ese mismo año Uruguay fue el primer país en ratificar. "
                        "Consulta la lección «La solidaridad en la práctica».</p>"
                    ),
                    "ht": (
                        "<p>Yo te adopte konvansyon 189 la sou travayè kay moun yo 16 jen 2011. An desanm "
                        "2011, CSI te lanse « 12 by 12 » ansanm ak rezo entènasyonal travayè kay moun yo "
                        "ak plizyè federasyon sendikal entènasyonal: 12 ratifikasyon an 2012. An avril "
                        "2012, kanpay la te aktif nan 73 peyi, e menm ane a Irigwe te premye peyi ki "
                        "ratifye. Gade leson « Solidarite nan pratik » la.</p>"
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
                    "es": (
                        "¿Contra quién se dirige una queja ante el Comité de Libertad Sindical de la OIT?"
                    ),
                    "ht": (
                        "Lè yon sendika pote plent devan Komite Libète Sendikal OIT a (Comité de la "
                        "liberté syndicale), se kont kiyès plent lan ye?"
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "fr": "L'employeur qui a congédié les dirigeants syndicaux.",
                            "en": "The employer that dismissed the union leaders.",
                            "es": "El empleador que despidió a los dirigentes sindicales.",
                            "ht": "Patwon ki te revoke dirijan sendika yo.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. La plainte ne vise pas l'employeur directement, mais l'État qui n'a "
                                "pas protégé la liberté syndicale."
                            ),
                            "en": (
                                "No. The complaint does not target the employer directly, but the State "
                                "that failed to protect freedom of association."
                            ),
                            "es": (
                                "No. La queja no se dirige directamente contra el empleador, sino contra "
                                "el Estado que no protegió la libertad sindical."
                            ),
                            "ht": (
                                "Non. Plent lan pa vize patwon an dirèkteman. Li vize Leta ki pa t "
                                "pwoteje libète sendikal."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "La multinationale dont la filiale a violé les droits.",
                            "en": "The multinational company whose subsidiary violated the rights.",
                            "es": "La multinacional cuya filial violó los derechos.",
                            "ht": "Miltinasyonal la ki gen filyal ki vyole dwa yo.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. Le Comité n'examine pas de plaintes contre des entreprises : la "
                                "plainte vise l'État, qui devait protéger la liberté syndicale."
                            ),
                            "en": (
                                "No. The Committee does not examine complaints against companies: the "
                                "complaint targets the State, which had to protect freedom of "
                                "association."
                            ),
                            "es": (
                                "No. El Comité no examina quejas contra empresas: la queja se dirige "
                                "contra el Estado, que debía proteger la libertad sindical."
                            ),
                            "ht": (
                                "Non. Komite a pa egzamine plent kont antrepriz: plent lan vize Leta, ki "
                                "te dwe pwoteje libète sendikal."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "L'État, qui n'a pas protégé la liberté syndicale.",
                            "en": "The State, which failed to protect freedom of association.",
                            "es": "El Estado, que no protegió la libertad sindical.",
                            "ht": "Leta, ki pa t pwoteje libète sendikal.",
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
                                "Correcto. Incluso cuando hay un empleador implicado, es al gobierno al "
                                "que se reprocha no haber protegido ese derecho."
                            ),
                            "ht": (
                                "Se sa. Menm lè se yon patwon ki fè abi a, se gouvènman an yo repwoche "
                                "paske li pa t pwoteje dwa sa a."
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
                        "<p>Le Comité, créé en 1951, examine des plaintes contre des États, même s'ils "
                        "n'ont pas ratifié les conventions n° 87 et 98 ; ses conclusions sont publiques. "
                        "Voir la leçon « Utiliser le droit international du travail dans votre syndicat "
                        "».</p>"
                    ),
                    "en": (
                        "<p>The Committee, set up in 1951, examines complaints against States, even if "
                        "they have not ratified Conventions 87 and 98; its conclusions are public. See "
                        "the lesson “Using international labour law in your union”.</p>"
                    ),
                    "es": (
                        "<p>El Comité, creado en 1951, examina quejas contra Estados, aunque no hayan "
                        "ratificado los convenios núms. 87 y 98; sus conclusiones son públicas. Consulta "
                        "la lección «Utilizar el derecho internacional del trabajo en tu sindicato».</p>"
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
                        "Les dirigeants de votre syndicat ont été congédiés pour leurs activités "
                        "syndicales. Une plainte au Comité de la liberté syndicale est l'un des recours "
                        "possibles. Si vous choisissez cette voie, remettez dans l'ordre les étapes "
                        "décrites dans la leçon."
                    ),
                    "en": (
                        "Your union's leaders have been dismissed for their union activities. A complaint "
                        "to the Committee on Freedom of Association is one of the possible remedies. If "
                        "you choose this route, put in order the steps described in the lesson."
                    ),
                    "es": (
                        "Los dirigentes de tu sindicato han sido despedidos por sus actividades "
                        "sindicales. Una queja ante el Comité de Libertad Sindical es uno de los recursos "
                        "posibles. Si eliges esa vía, ordena los pasos que describe la lección."
                    ),
                    "ht": (
                        "Yo revoke dirijan sendika w yo poutèt aktivite sendikal yo. Yon plent devan "
                        "Komite Libète Sendikal la se youn nan chemen nou ka pran. Si nou chwazi chemen "
                        "sa a, mete etap leson an dekri yo nan lòd."
                    ),
                },
                "steps": [
                    {
                        "fr": (
                            "Votre syndicat réunit les faits : dates, noms des personnes touchées, "
                            "lettres de congédiement, témoignages."
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
                            "On choisit qui dépose la plainte : une organisation nationale directement "
                            "intéressée (votre syndicat s'il est national, votre fédération ou votre "
                            "centrale) ou une organisation syndicale internationale."
                        ),
                        "en": (
                            "You choose who files the complaint: a national organisation directly "
                            "interested (your union if it is national, your federation or your central "
                            "body) or an international union organisation."
                        ),
                        "es": (
                            "Se elige quién presenta la queja: una organización nacional directamente "
                            "interesada (tu sindicato si es nacional, tu federación o tu central) o una "
                            "organización sindical internacional."
                        ),
                        "ht": (
                            "Nou chwazi kiyès ki pral depoze plent lan: yon òganizasyon nasyonal ki "
                            "konsène dirèkteman (sendika w si li nasyonal, federasyon w oswa santral ou) "
                            "oswa yon òganizasyon sendikal entènasyonal."
                        ),
                    },
                    {
                        "fr": (
                            "Cette organisation dépose la plainte contre l'État devant le Comité de la "
                            "liberté syndicale."
                        ),
                        "en": (
                            "That organisation files the complaint against the State with the Committee "
                            "on Freedom of Association."
                        ),
                        "es": (
                            "Esa organización presenta la queja contra el Estado ante el Comité de "
                            "Libertad Sindical."
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
                        "es": (
                            "Tu sindicato se apoya en esas conclusiones en una negociación o una campaña."
                        ),
                        "ht": (
                            "Sendika w sèvi ak konklizyon sa yo pou l apiye l nan yon negosyasyon oswa "
                            "nan yon kanpay."
                        ),
                    },
                ],
                "explanation": {
                    "fr": (
                        "<p>Le syndicat réunit d'abord les faits. Peuvent déposer la plainte : une "
                        "organisation nationale directement intéressée (un syndicat national, une "
                        "fédération, une centrale), une organisation internationale dotée du statut "
                        "consultatif à l'OIT, comme la CSI, ou une autre organisation internationale de "
                        "travailleurs quand les faits touchent l'une de ses affiliées, comme une "
                        "fédération syndicale internationale. Les conclusions publiques du Comité peuvent "
                        "ensuite peser dans une négociation ou une campagne. La plainte n'est pas le seul "
                        "recours : on peut aussi, selon le pays, s'adresser aux tribunaux ou aux "
                        "instances du travail, alerter la fédération syndicale internationale si "
                        "l'entreprise a signé un accord-cadre, ou lancer une campagne de solidarité. Voir "
                        "la leçon « Utiliser le droit international du travail dans votre syndicat ».</p>"
                    ),
                    "en": (
                        "<p>The union first gathers the facts. A complaint may be filed by a national "
                        "organisation directly interested (a national union, a federation, a central "
                        "labour body), an international organisation with consultative status with the "
                        "ILO, such as the ITUC, or another international workers' organisation when the "
                        "facts concern one of its affiliates, such as a global union federation. The "
                        "Committee's public conclusions can then carry weight in bargaining or a "
                        "campaign. The complaint is not the only remedy: depending on the country, you "
                        "can also go to the courts or labour tribunals, alert the global union federation "
                        "if the company has signed a framework agreement, or start a solidarity campaign. "
                        "See the lesson “Using international labour law in your union”.</p>"
                    ),
                    "es": (
                        "<p>El sindicato reúne primero los hechos. Pueden presentar la queja: una "
                        "organización nacional directamente interesada (un sindicato nacional, una "
                        "federación, una central), una organización internacional con estatus consultivo "
                        "ante la OIT, como la CSI, u otra organización internacional de trabajadores "
                        "cuando los hechos afectan a una de sus afiliadas, como una federación sindical "
                        "internacional. Las conclusiones públicas del Comité pueden luego pesar en una "
                        "negociación o una campaña. La queja no es el único recurso: según el país, "
                        "también puedes acudir a los tribunales o a las instancias laborales, alertar a "
                        "la federación sindical internacional si la empresa ha firmado un acuerdo marco, "
                        "o lanzar una campaña de solidaridad. Consulta la lección «Utilizar el derecho "
                        "internacional del trabajo en tu sindicato».</p>"
                    ),
                    "ht": (
                        "<p>Anvan tout bagay, sendika a ranmase prèv yo. Moun ki ka depoze plent lan se: "
                        "yon òganizasyon nasyonal ki konsène dirèkteman (yon sendika nasyonal, yon "
                        "federasyon, yon santral), yon òganizasyon entènasyonal ki gen estati konsiltatif "
                        "nan OIT, tankou CSI, oswa yon lòt òganizasyon entènasyonal travayè lè sa ki pase "
                        "a touche youn nan manm afilye li yo, tankou yon federasyon sendikal "
                        "entènasyonal. Apre sa, konklizyon piblik Komite a ka ede nan yon negosyasyon "
                        "oswa nan yon kanpay. Men plent lan se pa sèl chemen an: dapre peyi a, nou ka ale "
                        "tou devan tribinal oswa devan enstans ki regle zafè travay, avèti federasyon "
                        "sendikal entènasyonal la si antrepriz la te siyen yon akò-kad, oswa lanse yon "
                        "kanpay solidarite. Gade leson « Sèvi ak dwa entènasyonal travay nan sendika w "
                        "».</p>"
                    ),
                },
                "standard": "C087",
            },
        ),
        (
            "single_choice",
            {
                "prompt": {
                    "fr": (
                        "En 2016, IndustriALL et UNI ont engagé deux arbitrages, prévus par l'Accord du "
                        "Bangladesh, contre deux grandes marques de mode. Comment ces affaires se "
                        "sont-elles terminées ?"
                    ),
                    "en": (
                        "In 2016, IndustriALL and UNI started two arbitration cases, as the Bangladesh "
                        "Accord provided, against two major fashion brands. How did these cases end?"
                    ),
                    "es": (
                        "En 2016, IndustriALL y UNI iniciaron dos arbitrajes, previstos en el Acuerdo de "
                        "Bangladesh, contra dos grandes marcas de moda. ¿Cómo terminaron estos casos?"
                    ),
                    "ht": (
                        "An 2016, IndustriALL ak UNI te lanse de abitraj, jan Akò Bangladèch la te "
                        "prevwa, kont de gwo mak rad. Kijan ka sa yo te fini?"
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "fr": "Par une sentence publique qui nommait et condamnait les deux marques.",
                            "en": "With a public award that named and condemned both brands.",
                            "es": "Con un laudo público que nombraba y condenaba a las dos marcas.",
                            "ht": "Ak yon desizyon piblik ki te nonmen e kondane de mak yo.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. Les affaires se sont terminées par des règlements, et les noms des "
                                "marques n'ont pas été publiés."
                            ),
                            "en": (
                                "No. The cases ended in settlements, and the brands' names were not made "
                                "public."
                            ),
                            "es": (
                                "No. Los casos terminaron con acuerdos, y los nombres de las marcas no se "
                                "publicaron."
                            ),
                            "ht": "Non. Ka yo te fini ak antant, e yo pa t pibliye non mak yo.",
                        },
                    },
                    {
                        "text": {
                            "fr": "Par des règlements ; le tribunal a clos les deux procédures en 2018.",
                            "en": "In settlements; the tribunal closed both proceedings in 2018.",
                            "es": "Con acuerdos; el tribunal cerró los dos procedimientos en 2018.",
                            "ht": "Ak antant; tribinal la te fèmen de pwosedi yo an 2018.",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": (
                                "Exact. Le premier règlement a été annoncé en décembre 2017, et le "
                                "tribunal a clos les deux procédures le 17 juillet 2018."
                            ),
                            "en": (
                                "Correct. The first settlement was announced in December 2017, and the "
                                "tribunal closed both proceedings on 17 July 2018."
                            ),
                            "es": (
                                "Correcto. El primer acuerdo se anunció en diciembre de 2017, y el "
                                "tribunal cerró los dos procedimientos el 17 de julio de 2018."
                            ),
                            "ht": (
                                "Se sa. Yo te anonse premye antant lan an desanm 2017, e tribinal la te "
                                "fèmen de pwosedi yo 17 jiyè 2018."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": (
                                "Par un rejet : un accord signé avec des syndicats ne liait pas les marques."
                            ),
                            "en": "In dismissal: an agreement signed with unions did not bind the brands.",
                            "es": (
                                "Con un rechazo: un acuerdo firmado con sindicatos no obligaba a las marcas."
                            ),
                            "ht": "Ak yon rejè: yon akò yo siyen ak sendika pa t oblije mak yo.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. L'Accord était juridiquement contraignant : c'est pourquoi les "
                                "syndicats ont pu mener des marques en arbitrage."
                            ),
                            "en": (
                                "No. The Accord was legally binding: that is why the unions could take "
                                "brands to arbitration."
                            ),
                            "es": (
                                "No. El Acuerdo era jurídicamente vinculante: por eso los sindicatos "
                                "pudieron llevar a marcas a arbitraje."
                            ),
                            "ht": (
                                "Non. Akò a te oblije mak yo devan lalwa: se poutèt sa sendika yo te ka "
                                "mennen mak yo nan abitraj."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": (
                                "Par une décision de l'OIT, qui présidait le comité de direction de l'Accord."
                            ),
                            "en": (
                                "With a decision by the ILO, which chaired the Accord's steering committee."
                            ),
                            "es": (
                                "Con una decisión de la OIT, que presidía el comité de dirección del Acuerdo."
                            ),
                            "ht": "Ak yon desizyon OIT, ki te prezide komite direksyon Akò a.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non. La Cour permanente d'arbitrage, à La Haye, gérait les deux dossiers "
                                "; l'OIT présidait le comité de direction de façon neutre."
                            ),
                            "en": (
                                "No. The Permanent Court of Arbitration in The Hague administered both "
                                "cases; the ILO chaired the steering committee as a neutral party."
                            ),
                            "es": (
                                "No. La Corte Permanente de Arbitraje, en La Haya, administraba los dos "
                                "casos; la OIT presidía el comité de dirección de forma neutral."
                            ),
                            "ht": (
                                "Non. Se Kou Pèmanan Abitraj la, nan Lay, ki te jere de dosye yo; OIT te "
                                "prezide komite direksyon an san pran pozisyon."
                            ),
                        },
                    },
                ],
                "explanation": {
                    "fr": (
                        "<p>En 2016, IndustriALL et UNI ont mené deux marques en arbitrage, comme "
                        "l'Accord le prévoyait ; la Cour permanente d'arbitrage, à La Haye, gérait les "
                        "dossiers. Les deux affaires se sont terminées par des règlements, et le tribunal "
                        "a clos les procédures le 17 juillet 2018. Des syndicats avaient fait respecter "
                        "par des marques mondiales un engagement signé. Voir la leçon « Le mouvement "
                        "syndical international ».</p>"
                    ),
                    "en": (
                        "<p>In 2016, IndustriALL and UNI took two brands to arbitration, as the Accord "
                        "provided; the Permanent Court of Arbitration in The Hague administered the "
                        "cases. Both ended in settlements, and the tribunal closed the proceedings on 17 "
                        "July 2018. Unions had made global brands honour a signed commitment. See the "
                        "lesson “The international union movement”.</p>"
                    ),
                    "es": (
                        "<p>En 2016, IndustriALL y UNI llevaron a dos marcas a arbitraje, como preveía el "
                        "Acuerdo; la Corte Permanente de Arbitraje, en La Haya, administraba los casos. "
                        "Los dos terminaron con acuerdos, y el tribunal cerró los procedimientos el 17 de "
                        "julio de 2018. Unos sindicatos habían hecho cumplir a marcas mundiales un "
                        "compromiso firmado. Consulta la lección «El movimiento sindical "
                        "internacional».</p>"
                    ),
                    "ht": (
                        "<p>An 2016, IndustriALL ak UNI te mennen de mak nan abitraj, jan Akò a te prevwa "
                        "l; se Kou Pèmanan Abitraj la, nan Lay, ki te jere dosye yo. De ka yo te fini ak "
                        "antant, e tribinal la te fèmen pwosedi yo 17 jiyè 2018. Sendika yo te fè mak "
                        "mondyal respekte yon angajman yo te siyen. Gade leson « Mouvman sendikal "
                        "entènasyonal la ».</p>"
                    ),
                },
            },
        ),
    ],
}
