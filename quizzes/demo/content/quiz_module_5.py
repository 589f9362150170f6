"""Quiz for module 5 of the demo course: "Utiliser les mécanismes".

Four languages (fr, en, es, ht). Data format: see ``quizzes.demo.content`` (``__init__.py``). Every question
tests something taught in the lessons of ``learning/demo/content/module_5_mechanisms.py``.
"""

L1 = {
    "fr": "Voir la leçon « Porter plainte au Comité de la liberté syndicale, pas à pas ».",
    "en": "See the lesson “Filing a complaint with the Committee on Freedom of Association, step by step”.",
    "es": "Consulta la lección «Presentar una queja ante el Comité de Libertad Sindical, paso a paso».",
    "ht": "Gade leson « Depoze yon plent devan Komite Libète Sendikal la, etap pa etap » la.",
}
L2 = {
    "fr": "Voir la leçon « Entreprises et droits humains : les outils ».",
    "en": "See the lesson “Business and human rights: the tools”.",
    "es": "Consulta la lección «Empresas y derechos humanos: las herramientas».",
    "ht": "Gade leson « Antrepriz ak dwa moun: zouti yo » la.",
}
L3 = {
    "fr": "Voir la leçon « Violence, travail domestique, économie informelle ».",
    "en": "See the lesson “Violence, domestic work, the informal economy”.",
    "es": "Consulta la lección «Violencia, trabajo doméstico, economía informal».",
    "ht": "Gade leson « Vyolans, travay kay moun, ekonomi enfòmèl » la.",
}


def explained(text, lesson):
    """A one-paragraph explanation in every language: `text`, then the pointer to `lesson`."""
    return {lang: f"<p>{text[lang]} {lesson[lang]}</p>" for lang in text}


QUIZ = {
    "title": {
        "fr": "Quiz : Utiliser les mécanismes",
        "en": "Quiz: Using the mechanisms",
        "es": "Cuestionario: Utilizar los mecanismos",
        "ht": "Kesyonè: Sèvi ak mekanis yo",
    },
    "slug": {
        "fr": "quiz-utiliser-les-mecanismes",
        "en": "using-the-mechanisms-quiz",
        "es": "cuestionario-utilizar-los-mecanismos",
        "ht": "kesyone-sevi-ak-mekanis-yo",
    },
    "intro": {
        "fr": (
            "<p>Plainte au Comité de la liberté syndicale, observations sur les rapports du gouvernement, "
            "points de contact de l'OCDE, lois sur le devoir de vigilance, conventions 189 et 190, "
            "économie informelle : vérifiez que vous savez quel outil utiliser, et comment. Il y a dix "
            "questions. Pour chacune, une explication vous renvoie à la leçon où le sujet est traité. Il "
            "faut 70 % de bonnes réponses pour réussir.</p>"
        ),
        "en": (
            "<p>Complaints to the Committee on Freedom of Association, observations on the government's "
            "reports, OECD Contact Points, due-diligence laws, Conventions 189 and 190, the informal "
            "economy: check that you know which tool to use, and how. There are ten questions. Each one "
            "comes with an explanation that points you to the lesson where the topic is covered. You need "
            "70% correct answers to pass.</p>"
        ),
        "es": (
            "<p>Quejas ante el Comité de Libertad Sindical, observaciones sobre las memorias del gobierno, "
            "puntos de contacto de la OCDE, leyes de debida diligencia, Convenios 189 y 190, economía "
            "informal: comprueba que sabes qué herramienta usar, y cómo. Son diez preguntas. Cada una tiene "
            "una explicación que te remite a la lección donde se trata el tema. Necesitas un 70 % de "
            "respuestas correctas para aprobar.</p>"
        ),
        "ht": (
            "<p>Plent devan Komite Libète Sendikal la, obsèvasyon sou rapò gouvènman an, pwen kontak OCDE, "
            "lwa sou devwa vijilans, Konvansyon 189 ak 190, ekonomi enfòmèl: verifye si w konnen ki zouti "
            "pou w sèvi, ak kijan. Gen dis kesyon. Chak kesyon gen yon esplikasyon ki voye w nan leson kote "
            "yo pale sou sijè a. Ou bezwen 70% bon repons pou w pase.</p>"
        ),
    },
    "pass_mark": 70,
    "questions": [
        (
            "multiple_choice",
            {
                "prompt": {
                    "fr": (
                        "Lesquelles de ces organisations peuvent porter plainte au Comité de la liberté "
                        "syndicale ? Cochez toutes les bonnes réponses."
                    ),
                    "en": (
                        "Which of these may file a complaint with the Committee on Freedom of Association? "
                        "Tick all the right answers."
                    ),
                    "es": (
                        "¿Cuáles de estas pueden presentar una queja ante el Comité de Libertad Sindical? "
                        "Marca todas las respuestas correctas."
                    ),
                    "ht": (
                        "Kilès nan sa yo ki ka depoze yon plent devan Komite Libète Sendikal la? Make tout "
                        "bon repons yo."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "fr": "Une centrale syndicale nationale directement intéressée par les faits.",
                            "en": "A national union centre directly interested in the matter.",
                            "es": "Una central sindical nacional directamente interesada en los hechos.",
                            "ht": "Yon santral sendikal nasyonal ki dirèkteman konsène nan zafè a.",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": "Oui : une organisation nationale directement intéressée peut porter plainte.",
                            "en": "Yes: a national organisation directly interested may file.",
                            "es": "Sí: una organización nacional directamente interesada puede presentarla.",
                            "ht": "Wi: yon òganizasyon nasyonal ki dirèkteman konsène ka depoze plent.",
                        },
                    },
                    {
                        "text": {
                            "fr": "Une travailleuse licenciée, en son nom personnel, avec ses preuves.",
                            "en": "A dismissed worker, in her own name, with her evidence.",
                            "es": "Una trabajadora despedida, en su propio nombre, con sus pruebas.",
                            "ht": "Yon travayè yo revoke, nan pwòp non li, ak prèv li yo.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non : une personne seule ne peut pas porter plainte. Son syndicat peut "
                                "agir par une organisation qui a qualité pour le faire."
                            ),
                            "en": (
                                "No: an individual cannot file. Her union can act through an organisation "
                                "entitled to do so."
                            ),
                            "es": (
                                "No: una persona sola no puede presentar una queja. Su sindicato puede "
                                "actuar a través de una organización facultada para hacerlo."
                            ),
                            "ht": (
                                "Non: yon moun pou kont li pa ka depoze plent. Sendika li ka aji atravè yon "
                                "òganizasyon ki gen dwa fè sa."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "La Confédération syndicale internationale (CSI).",
                            "en": "The International Trade Union Confederation (ITUC).",
                            "es": "La Confederación Sindical Internacional (CSI).",
                            "ht": "Konfederasyon Sendikal Entènasyonal la (CSI).",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": "Oui : la CSI a le statut consultatif auprès de l'OIT.",
                            "en": "Yes: the ITUC has consultative status at the ILO.",
                            "es": "Sí: la CSI tiene estatus consultivo ante la OIT.",
                            "ht": "Wi: CSI a gen estati konsiltatif nan OIT.",
                        },
                    },
                    {
                        "text": {
                            "fr": "Une association de défense des droits humains, sans membres syndiqués.",
                            "en": "A human rights association that has no union members.",
                            "es": "Una asociación de derechos humanos sin miembros sindicados.",
                            "ht": "Yon asosyasyon ki defann dwa moun, ki pa gen manm sendika.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non : la plainte doit venir d'une organisation de travailleurs ou "
                                "d'employeurs. Une association peut en revanche aider à réunir les preuves."
                            ),
                            "en": (
                                "No: the complaint must come from a workers' or employers' organisation. An "
                                "association can, however, help gather the evidence."
                            ),
                            "es": (
                                "No: la queja debe venir de una organización de trabajadores o de "
                                "empleadores. Una asociación sí puede ayudar a reunir las pruebas."
                            ),
                            "ht": (
                                "Non: plent lan dwe soti nan yon òganizasyon travayè oswa patwon. Men yon "
                                "asosyasyon ka ede ranmase prèv yo."
                            ),
                        },
                    },
                ],
                "explanation": explained(
                    {
                        "fr": (
                            "Peuvent porter plainte une organisation nationale directement intéressée, une "
                            "organisation internationale qui a le statut consultatif auprès de l'OIT, ou une "
                            "autre organisation internationale de travailleurs dont un affilié est concerné."
                        ),
                        "en": (
                            "A complaint may be filed by a national organisation directly interested, an "
                            "international organisation with consultative status at the ILO, or another "
                            "international workers' organisation whose affiliate is concerned."
                        ),
                        "es": (
                            "Pueden presentar una queja una organización nacional directamente interesada, una "
                            "organización internacional con estatus consultivo ante la OIT, u otra "
                            "organización internacional de trabajadores con una afiliada afectada."
                        ),
                        "ht": (
                            "Sa ki ka depoze plent: yon òganizasyon nasyonal ki dirèkteman konsène, yon "
                            "òganizasyon entènasyonal ki gen estati konsiltatif nan OIT, oswa yon lòt "
                            "òganizasyon entènasyonal travayè ki gen yon manm ki touche."
                        ),
                    },
                    L1,
                ),
                "standard": "C087",
            },
        ),
        (
            "true_false",
            {
                "prompt": {
                    "fr": (
                        "Le Comité de la liberté syndicale peut examiner une plainte visant un pays qui n'a pas "
                        "ratifié la convention 87."
                    ),
                    "en": (
                        "The Committee on Freedom of Association can examine a complaint against a country that "
                        "has not ratified Convention 87."
                    ),
                    "es": (
                        "El Comité de Libertad Sindical puede examinar una queja contra un país que no ha "
                        "ratificado el Convenio 87."
                    ),
                    "ht": (
                        "Komite Libète Sendikal la ka egzamine yon plent kont yon peyi ki pa ratifye "
                        "Konvansyon 87."
                    ),
                },
                "answer": True,
                "explanation": explained(
                    {
                        "fr": (
                            "Vrai. Le Comité examine les plaintes que le pays ait ratifié ou non les "
                            "conventions sur la liberté syndicale, et sans que le gouvernement ait à donner "
                            "son accord."
                        ),
                        "en": (
                            "True. The Committee examines complaints whether or not the country has ratified "
                            "the freedom of association conventions, and without the government having to "
                            "consent."
                        ),
                        "es": (
                            "Verdadero. El Comité examina las quejas haya ratificado o no el país los "
                            "convenios sobre libertad sindical, y sin que el gobierno tenga que dar su "
                            "consentimiento."
                        ),
                        "ht": (
                            "Vre. Komite a egzamine plent yo kit peyi a ratifye konvansyon sou libète "
                            "sendikal yo kit li pa ratifye yo, e san gouvènman an pa bezwen dakò."
                        ),
                    },
                    L1,
                ),
                "standard": "C087",
            },
        ),
        (
            "true_false",
            {
                "prompt": {
                    "fr": (
                        "Avant de porter plainte au Comité de la liberté syndicale, un syndicat doit avoir "
                        "épuisé les recours devant les tribunaux de son pays."
                    ),
                    "en": (
                        "Before filing a complaint with the Committee on Freedom of Association, a union must "
                        "have exhausted the remedies before its country's courts."
                    ),
                    "es": (
                        "Antes de presentar una queja ante el Comité de Libertad Sindical, un sindicato debe "
                        "haber agotado los recursos ante los tribunales de su país."
                    ),
                    "ht": (
                        "Anvan yon sendika depoze plent devan Komite Libète Sendikal la, li dwe fin eseye tout "
                        "chemen devan tribinal peyi li."
                    ),
                },
                "answer": False,
                "explanation": explained(
                    {
                        "fr": (
                            "Faux. Le Comité n'exige pas que les recours nationaux soient épuisés ; il tient "
                            "compte de leur existence, et une plainte peut être déposée pendant qu'une "
                            "affaire est devant les tribunaux."
                        ),
                        "en": (
                            "False. The Committee does not require national remedies to be exhausted; it "
                            "takes their existence into account, and a complaint can be filed while a case is "
                            "before the courts."
                        ),
                        "es": (
                            "Falso. El Comité no exige que se agoten los recursos nacionales; tiene en cuenta "
                            "su existencia, y se puede presentar una queja mientras un proceso está ante los "
                            "tribunales."
                        ),
                        "ht": (
                            "Fo. Komite a pa egzije pou yo fin eseye tout chemen nasyonal yo; li konsidere si "
                            "yo egziste, e yon sendika ka depoze plent pandan yon ka toujou devan tribinal."
                        ),
                    },
                    L1,
                ),
            },
        ),
        (
            "ordering",
            {
                "prompt": {
                    "fr": "Remettez dans l'ordre les étapes d'une plainte au Comité de la liberté syndicale.",
                    "en": "Put the steps of a complaint to the Committee on Freedom of Association in order.",
                    "es": "Ordena las etapas de una queja ante el Comité de Libertad Sindical.",
                    "ht": "Mete etap yon plent devan Komite Libète Sendikal la nan lòd.",
                },
                "steps": [
                    {
                        "fr": "Rassembler les faits datés et les preuves.",
                        "en": "Gather the dated facts and the evidence.",
                        "es": "Reunir los hechos fechados y las pruebas.",
                        "ht": "Ranmase fè ki gen dat yo ak prèv yo.",
                    },
                    {
                        "fr": "Envoyer la lettre signée au Directeur général du BIT.",
                        "en": "Send the signed letter to the ILO Director-General.",
                        "es": "Enviar la carta firmada al Director General de la OIT.",
                        "ht": "Voye lèt ki siyen an bay Direktè jeneral OIT a.",
                    },
                    {
                        "fr": "Le gouvernement est invité à répondre.",
                        "en": "The government is invited to reply.",
                        "es": "Se invita al gobierno a responder.",
                        "ht": "Yo envite gouvènman an reponn.",
                    },
                    {
                        "fr": "Le Comité soumet ses recommandations au Conseil d'administration.",
                        "en": "The Committee submits its recommendations to the Governing Body.",
                        "es": "El Comité somete sus recomendaciones al Consejo de Administración.",
                        "ht": "Komite a soumèt rekòmandasyon li yo bay Konsèy administrasyon an.",
                    },
                    {
                        "fr": "Le gouvernement indique ce qu'il a fait pour les appliquer.",
                        "en": "The government reports what it has done to apply them.",
                        "es": "El gobierno informa de lo que ha hecho para aplicarlas.",
                        "ht": "Gouvènman an di sa l fè pou l aplike yo.",
                    },
                ],
                "explanation": explained(
                    {
                        "fr": (
                            "Les preuves d'abord, puis la lettre ; le gouvernement répond, le Comité conclut et "
                            "recommande, et le suivi continue. L'organisation plaignante peut envoyer des "
                            "informations nouvelles tout au long du cas."
                        ),
                        "en": (
                            "Evidence first, then the letter; the government replies, the Committee concludes "
                            "and recommends, and the follow-up goes on. The complainant can send new "
                            "information throughout the case."
                        ),
                        "es": (
                            "Primero las pruebas, luego la carta; el gobierno responde, el Comité concluye y "
                            "recomienda, y el seguimiento continúa. La organización querellante puede enviar "
                            "información nueva durante todo el caso."
                        ),
                        "ht": (
                            "Prèv yo an premye, apre sa lèt la; gouvènman an reponn, Komite a konkli epi fè "
                            "rekòmandasyon, e swivi a kontinye. Òganizasyon k ap pote plent lan ka voye nouvo "
                            "enfòmasyon pandan tout ka a."
                        ),
                    },
                    L1,
                ),
            },
        ),
        (
            "single_choice",
            {
                "prompt": {
                    "fr": "Que permet l'article 23 de la Constitution de l'OIT à votre syndicat ?",
                    "en": "What does article 23 of the ILO Constitution allow your union to do?",
                    "es": "¿Qué permite a tu sindicato el artículo 23 de la Constitución de la OIT?",
                    "ht": "Kisa atik 23 Konstitisyon OIT a pèmèt sendika w fè?",
                },
                "choices": [
                    {
                        "text": {
                            "fr": "Faire condamner l'employeur à une amende par l'OIT.",
                            "en": "Have the ILO fine the employer.",
                            "es": "Hacer que la OIT multe al empleador.",
                            "ht": "Fè OIT bay patwon an yon amann.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": "Non : l'OIT n'inflige pas d'amendes, ni aux employeurs ni aux États.",
                            "en": "No: the ILO does not impose fines, on employers or on States.",
                            "es": "No: la OIT no impone multas, ni a los empleadores ni a los Estados.",
                            "ht": "Non: OIT pa bay amann, ni a patwon ni a Leta.",
                        },
                    },
                    {
                        "text": {
                            "fr": "Commenter les rapports que le gouvernement envoie à l'OIT.",
                            "en": "Comment on the reports the government sends to the ILO.",
                            "es": "Comentar las memorias que el gobierno envía a la OIT.",
                            "ht": "Fè kòmantè sou rapò gouvènman an voye bay OIT.",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": (
                                "Exact : le gouvernement doit lui en envoyer copie, et le syndicat peut "
                                "adresser ses observations directement au BIT."
                            ),
                            "en": (
                                "Correct: the government must send it a copy, and the union can send its "
                                "observations directly to the ILO."
                            ),
                            "es": (
                                "Correcto: el gobierno debe enviarle copia, y el sindicato puede dirigir sus "
                                "observaciones directamente a la OIT."
                            ),
                            "ht": (
                                "Se sa: gouvènman an dwe voye yon kopi ba li, e sendika a ka voye obsèvasyon "
                                "li dirèkteman bay OIT."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Porter plainte contre une entreprise devant la Commission d'experts.",
                            "en": "File a complaint against a company with the Committee of Experts.",
                            "es": "Denunciar a una empresa ante la Comisión de Expertos de la OIT.",
                            "ht": "Depoze plent kont yon antrepriz devan Komisyon ekspè yo.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": (
                                "Non : la Commission d'experts examine l'application des conventions par les "
                                "États, pas les plaintes contre des entreprises."
                            ),
                            "en": (
                                "No: the Committee of Experts examines how States apply conventions, not "
                                "complaints against companies."
                            ),
                            "es": (
                                "No: la Comisión de Expertos examina la aplicación de los convenios por los "
                                "Estados, no quejas contra empresas."
                            ),
                            "ht": (
                                "Non: Komisyon ekspè yo egzamine jan Leta yo aplike konvansyon yo, se pa "
                                "plent kont antrepriz."
                            ),
                        },
                    },
                ],
                "explanation": explained(
                    {
                        "fr": (
                            "L'article 23 oblige chaque État à envoyer copie de ses rapports aux organisations "
                            "représentatives. Tout syndicat peut envoyer des observations au BIT, qui les "
                            "transmet au gouvernement ; la Commission d'experts les examine. Cela vaut pour "
                            "les conventions ratifiées."
                        ),
                        "en": (
                            "Article 23 requires every State to send a copy of its reports to the "
                            "representative organisations. Any union can send observations to the ILO, which "
                            "forwards them to the government; the Committee of Experts examines them. This "
                            "applies to ratified conventions."
                        ),
                        "es": (
                            "El artículo 23 obliga a cada Estado a enviar copia de sus memorias a las "
                            "organizaciones representativas. Cualquier sindicato puede enviar observaciones a "
                            "la OIT, que las transmite al gobierno; la Comisión de Expertos las examina. Vale "
                            "para los convenios ratificados."
                        ),
                        "ht": (
                            "Atik 23 oblije chak Leta voye kopi rapò li bay òganizasyon ki reprezantatif yo. "
                            "Nenpòt sendika ka voye obsèvasyon bay OIT, ki voye yo bay gouvènman an; Komisyon "
                            "ekspè yo egzamine yo. Sa mache pou konvansyon peyi a ratifye."
                        ),
                    },
                    L1,
                ),
            },
        ),
        (
            "single_choice",
            {
                "prompt": {
                    "fr": "Que demande la loi canadienne S-211 aux entités qu'elle vise ?",
                    "en": "What does Canada's S-211 Act require of the entities it covers?",
                    "es": "¿Qué exige la ley canadiense S-211 a las entidades que cubre?",
                    "ht": "Kisa lwa kanadyen S-211 la mande antite li vize yo?",
                },
                "choices": [
                    {
                        "text": {
                            "fr": "Établir et publier un plan de vigilance avec un mécanisme d'alerte syndical.",
                            "en": "Draw up and publish a vigilance plan with a union alert mechanism.",
                            "es": "Elaborar un plan de vigilancia con un mecanismo de alerta sindical.",
                            "ht": "Ekri epi pibliye yon plan vijilans ak yon mekanis alèt sendikal.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": "Non : c'est la loi française de 2017 sur le devoir de vigilance.",
                            "en": "No: that is France's 2017 duty of vigilance law.",
                            "es": "No: eso es la ley francesa de 2017 sobre el deber de vigilancia.",
                            "ht": "Non: sa se lwa fransè 2017 la sou devwa vijilans.",
                        },
                    },
                    {
                        "text": {
                            "fr": "Indemniser les victimes de travail forcé chez leurs fournisseurs.",
                            "en": "Compensate the victims of forced labour at their suppliers.",
                            "es": "Indemnizar a las víctimas de trabajo forzoso en sus proveedores.",
                            "ht": "Dedomaje viktim travay fòse kay founisè yo.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": "Non : la loi ne crée pas de régime d'indemnisation.",
                            "en": "No: the Act does not create a compensation scheme.",
                            "es": "No: la ley no crea un régimen de indemnización.",
                            "ht": "Non: lwa a pa kreye yon sistèm dedomajman.",
                        },
                    },
                    {
                        "text": {
                            "fr": "Rendre compte chaque année de leurs mesures contre le travail forcé.",
                            "en": "Report every year on their steps against forced labour.",
                            "es": "Informar cada año de sus medidas contra el trabajo forzoso.",
                            "ht": "Rann kont chak ane sou mezi yo pran kont travay fòse.",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": (
                                "Exact : un rapport public annuel, au plus tard le 31 mai, sur le travail "
                                "forcé et le travail des enfants."
                            ),
                            "en": (
                                "Correct: a public annual report, by 31 May, on forced labour and child "
                                "labour."
                            ),
                            "es": (
                                "Correcto: un informe público anual, a más tardar el 31 de mayo, sobre el "
                                "trabajo forzoso y el trabajo infantil."
                            ),
                            "ht": (
                                "Se sa: yon rapò piblik chak ane, pa pita pase 31 me, sou travay fòse ak "
                                "travay timoun."
                            ),
                        },
                    },
                    {
                        "text": {
                            "fr": "Cesser d'acheter dans les pays où le travail forcé existe.",
                            "en": "Stop buying from countries where forced labour exists.",
                            "es": "Dejar de comprar en los países donde existe trabajo forzoso.",
                            "ht": "Sispann achte nan peyi kote gen travay fòse.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": "Non : la loi demande de rendre compte, pas de cesser d'acheter.",
                            "en": "No: the Act asks for a report, not for a halt to purchases.",
                            "es": "No: la ley pide informar, no dejar de comprar.",
                            "ht": "Non: lwa a mande rann kont, li pa mande sispann achte.",
                        },
                    },
                ],
                "explanation": explained(
                    {
                        "fr": (
                            "En vigueur depuis le 1er janvier 2024, la loi S-211 est une obligation de rendre "
                            "compte, pas une obligation de vigilance comme la loi française."
                        ),
                        "en": (
                            "In force since 1 January 2024, the S-211 Act is a duty to report, not a duty of "
                            "vigilance like the French law."
                        ),
                        "es": (
                            "En vigor desde el 1 de enero de 2024, la ley S-211 es una obligación de informar, "
                            "no una obligación de vigilancia como la ley francesa."
                        ),
                        "ht": (
                            "An vigè depi 1e janvye 2024, lwa S-211 la se yon obligasyon pou rann kont, se pa "
                            "yon obligasyon vijilans tankou lwa fransè a."
                        ),
                    },
                    L2,
                ),
            },
        ),
        (
            "true_false",
            {
                "prompt": {
                    "fr": (
                        "Un point de contact national de l'OCDE peut infliger une amende à une multinationale qui "
                        "ne respecte pas les Principes directeurs."
                    ),
                    "en": (
                        "An OECD National Contact Point can fine a multinational company that does not observe "
                        "the Guidelines."
                    ),
                    "es": (
                        "Un punto nacional de contacto de la OCDE puede multar a una multinacional que no "
                        "respeta las Líneas Directrices."
                    ),
                    "ht": (
                        "Yon pwen kontak nasyonal OCDE ka bay yon miltinasyonal ki pa respekte Prensip direktè "
                        "yo yon amann."
                    ),
                },
                "answer": False,
                "explanation": explained(
                    {
                        "fr": (
                            "Faux. Le point de contact offre le dialogue et la médiation ; il n'est pas un "
                            "tribunal. Son intérêt : amener l'entreprise à la table et laisser une trace "
                            "publique."
                        ),
                        "en": (
                            "False. The Contact Point offers dialogue and mediation; it is not a court. Its "
                            "value: bringing the company to the table and leaving a public record."
                        ),
                        "es": (
                            "Falso. El punto de contacto ofrece diálogo y mediación; no es un tribunal. Su "
                            "interés: sentar a la empresa a la mesa y dejar constancia pública."
                        ),
                        "ht": (
                            "Fo. Pwen kontak la ofri dyalòg ak medyasyon; se pa yon tribinal. Sa l bay: fòse "
                            "antrepriz la chita sou tab la epi kite yon tras piblik."
                        ),
                    },
                    L2,
                ),
            },
        ),
        (
            "true_false",
            {
                "prompt": {
                    "fr": (
                        "Depuis l'« Omnibus » adopté en 2025-2026, la directive européenne sur le devoir de "
                        "vigilance vise les entreprises de plus de 5 000 salariés réalisant plus de 1,5 "
                        "milliard d'euros de chiffre d'affaires net."
                    ),
                    "en": (
                        'Since the "Omnibus" adopted in 2025-2026, the European due-diligence directive '
                        "covers companies with more than 5,000 employees and more than 1.5 billion euros in "
                        "net turnover."
                    ),
                    "es": (
                        "Desde el «Ómnibus» adoptado en 2025-2026, la directiva europea de diligencia debida "
                        "abarca a las empresas de más de 5000 personas empleadas y más de 1500 millones de "
                        "euros de volumen de negocios neto."
                    ),
                    "ht": (
                        "Depi « Omnibus » yo adopte an 2025-2026 la, direktiv ewopeyen sou devwa vijilans lan "
                        "vize antrepriz ki gen plis pase 5 000 anplwaye e ki fè plis pase 1,5 milya euro chif "
                        "dafè nèt."
                    ),
                },
                "answer": True,
                "explanation": explained(
                    {
                        "fr": (
                            "Vrai. Approuvé par le Parlement européen le 16 décembre 2025 et par le Conseil le "
                            "24 février 2026, l'Omnibus a restreint le champ de la directive, qui ne "
                            "s'applique qu'à partir du 26 juillet 2029."
                        ),
                        "en": (
                            "True. Approved by the European Parliament on 16 December 2025 and by the Council "
                            "on 24 February 2026, the Omnibus narrowed the directive's scope; it applies only "
                            "from 26 July 2029."
                        ),
                        "es": (
                            "Verdadero. Aprobado por el Parlamento Europeo el 16 de diciembre de 2025 y por el "
                            "Consejo el 24 de febrero de 2026, el Ómnibus redujo el ámbito de la directiva, "
                            "que solo se aplica a partir del 26 de julio de 2029."
                        ),
                        "ht": (
                            "Vre. Palman ewopeyen an apwouve Omnibus la 16 desanm 2025, e Konsèy la 24 fevriye "
                            "2026; li redui chan direktiv la, ki p ap aplike anvan 26 jiyè 2029."
                        ),
                    },
                    L2,
                ),
            },
        ),
        (
            "short_answer",
            {
                "prompt": {
                    "fr": (
                        "Quel est le numéro de la convention de l'OIT sur la violence et le harcèlement, "
                        "adoptée en 2019 ? Répondez par un nombre."
                    ),
                    "en": (
                        "What is the number of the ILO convention on violence and harassment, adopted in "
                        "2019? Answer with a number."
                    ),
                    "es": (
                        "¿Cuál es el número del convenio de la OIT sobre la violencia y el acoso, adoptado en "
                        "2019? Responde con un número."
                    ),
                    "ht": (
                        "Ki nimewo konvansyon OIT sou vyolans ak arasman yo te adopte an 2019 la? Reponn ak "
                        "yon nimewo."
                    ),
                },
                "accepted_answers": {
                    "fr": ["190", "C190", "C-190"],
                    "en": ["190", "C190", "C-190"],
                    "es": ["190", "C190", "C-190"],
                    "ht": ["190", "C190", "C-190"],
                },
                "explanation": explained(
                    {
                        "fr": (
                            "La convention 190, adoptée le 21 juin 2019 et en vigueur depuis le 25 juin 2021, "
                            "est le premier traité international sur la violence et le harcèlement dans le "
                            "monde du travail."
                        ),
                        "en": (
                            "Convention 190, adopted on 21 June 2019 and in force since 25 June 2021, is the "
                            "first international treaty on violence and harassment in the world of work."
                        ),
                        "es": (
                            "El Convenio 190, adoptado el 21 de junio de 2019 y en vigor desde el 25 de junio "
                            "de 2021, es el primer tratado internacional sobre la violencia y el acoso en el "
                            "mundo del trabajo."
                        ),
                        "ht": (
                            "Konvansyon 190, yo te adopte 21 jen 2019 e ki an vigè depi 25 jen 2021, se premye "
                            "trete entènasyonal sou vyolans ak arasman nan mond travay la."
                        ),
                    },
                    L3,
                ),
            },
        ),
        (
            "single_choice",
            {
                "prompt": {
                    "fr": "Sur quoi porte la recommandation 204 de l'OIT (2015) ?",
                    "en": "What is ILO Recommendation 204 (2015) about?",
                    "es": "¿De qué trata la Recomendación 204 de la OIT (2015)?",
                    "ht": "Sou kisa Rekòmandasyon 204 OIT a (2015) ye?",
                },
                "choices": [
                    {
                        "text": {
                            "fr": "Les droits des travailleuses et travailleurs domestiques.",
                            "en": "The rights of domestic workers in private households.",
                            "es": "Los derechos de las trabajadoras y los trabajadores domésticos.",
                            "ht": "Dwa travayè kay moun ki travay lakay moun prive.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": "Non : c'est l'objet de la convention 189 (2011).",
                            "en": "No: that is the subject of Convention 189 (2011).",
                            "es": "No: ese es el objeto del Convenio 189 (2011).",
                            "ht": "Non: se sa Konvansyon 189 (2011) trete.",
                        },
                    },
                    {
                        "text": {
                            "fr": "La violence et le harcèlement dans le monde du travail.",
                            "en": "Violence and harassment in the world of work.",
                            "es": "La violencia y el acoso en el mundo del trabajo.",
                            "ht": "Vyolans ak arasman nan mond travay la.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": "Non : c'est l'objet de la convention 190 (2019).",
                            "en": "No: that is the subject of Convention 190 (2019).",
                            "es": "No: ese es el objeto del Convenio 190 (2019).",
                            "ht": "Non: se sa Konvansyon 190 (2019) trete.",
                        },
                    },
                    {
                        "text": {
                            "fr": "Le devoir de vigilance des multinationales envers leurs fournisseurs.",
                            "en": "The due diligence of multinational companies towards their suppliers.",
                            "es": "La debida diligencia de las multinacionales hacia sus proveedores.",
                            "ht": "Devwa vijilans konpayi miltinasyonal yo genyen anvè founisè yo.",
                        },
                        "correct": False,
                        "feedback": {
                            "fr": "Non : ce sont les lois sur le devoir de vigilance, vues dans la leçon 2.",
                            "en": "No: those are the due-diligence laws, seen in lesson 2.",
                            "es": "No: esas son las leyes de debida diligencia, vistas en la lección 2.",
                            "ht": "Non: sa se lwa sou devwa vijilans yo, nou wè nan leson 2.",
                        },
                    },
                    {
                        "text": {
                            "fr": "Le passage de l'économie informelle à l'économie formelle.",
                            "en": "The transition from the informal to the formal economy.",
                            "es": "La transición de la economía informal a la formal.",
                            "ht": "Pasaj soti nan ekonomi enfòmèl pou ale nan ekonomi fòmèl.",
                        },
                        "correct": True,
                        "feedback": {
                            "fr": (
                                "Exact : adoptée le 12 juin 2015, c'est la première norme sur l'économie "
                                "informelle dans son ensemble."
                            ),
                            "en": (
                                "Correct: adopted on 12 June 2015, it is the first standard on the informal "
                                "economy as a whole."
                            ),
                            "es": (
                                "Correcto: adoptada el 12 de junio de 2015, es la primera norma sobre la "
                                "economía informal en su conjunto."
                            ),
                            "ht": (
                                "Se sa: yo te adopte l 12 jen 2015, se premye nòm sou tout ekonomi enfòmèl "
                                "la."
                            ),
                        },
                    },
                ],
                "explanation": explained(
                    {
                        "fr": (
                            "La recommandation 204 demande notamment que les personnes de l'économie "
                            "informelle jouissent de la liberté syndicale et du droit de négociation "
                            "collective. Une recommandation ne se ratifie pas, mais elle guide les "
                            "gouvernements."
                        ),
                        "en": (
                            "Recommendation 204 asks, among other things, that people in the informal "
                            "economy enjoy freedom of association and the right to collective bargaining. A "
                            "recommendation is not ratified, but it guides governments."
                        ),
                        "es": (
                            "La Recomendación 204 pide, entre otras cosas, que las personas de la economía "
                            "informal gocen de la libertad sindical y del derecho de negociación colectiva. "
                            "Una recomendación no se ratifica, pero orienta a los gobiernos."
                        ),
                        "ht": (
                            "Rekòmandasyon 204 mande, pami lòt bagay, pou moun ki nan ekonomi enfòmèl la jwi "
                            "libète sendikal ak dwa pou negosye kontra kolektif. Yo pa ratifye yon "
                            "rekòmandasyon, men li gide gouvènman yo."
                        ),
                    },
                    L3,
                ),
            },
        ),
    ],
}
