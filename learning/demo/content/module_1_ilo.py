"""Module 1 of the demo course: "L'OIT et les normes internationales du travail".

Four languages (fr, en, es, ht). Data format: see ``learning.demo.content`` (``__init__.py``).
The testimony is composite and illustrative; it is not the voice of a real person.
"""

MODULE = {
    "title": {
        "fr": "L'OIT et les normes internationales du travail",
        "en": "The ILO and international labour standards",
        "es": "La OIT y las normas internacionales del trabajo",
        "ht": "OIT ak nòm entènasyonal travay yo",
    },
    "slug": {
        "fr": "oit-et-normes-internationales-du-travail",
        "en": "ilo-and-international-labour-standards",
        "es": "oit-y-normas-internacionales-del-trabajo",
        "ht": "oit-ak-nom-entenasyonal-travay",
    },
    "intro": {
        "fr": (
            "<p>Qui fixe les règles du travail à l'échelle du monde ? Dans ce module, vous découvrez "
            "l'Organisation internationale du Travail (OIT), ses normes et la façon dont les syndicats "
            "peuvent s'en servir.</p>"
            "<p>Quatre leçons : ce qu'est l'OIT, comment une norme est créée et surveillée, quels droits "
            "fondamentaux s'imposent à tous les pays membres, et où en est le droit de grève.</p>"
        ),
        "en": (
            "<p>Who sets the rules of work on a world scale? In this module, you will discover the "
            "International Labour Organization (ILO), its standards and how unions can use them.</p>"
            "<p>Four lessons: what the ILO is, how a standard is made and supervised, which fundamental rights "
            "apply to every member country, and where the right to strike stands.</p>"
        ),
        "es": (
            "<p>¿Quién fija las reglas del trabajo a escala mundial? En este módulo descubrirás la "
            "Organización Internacional del Trabajo (OIT), sus normas y la manera en que los sindicatos "
            "pueden utilizarlas.</p>"
            "<p>Cuatro lecciones: qué es la OIT, cómo se crea y se controla una norma, qué derechos "
            "fundamentales se imponen a todos los países miembros y en qué punto está el derecho de "
            "huelga.</p>"
        ),
        "ht": (
            "<p>Kiyès ki fikse règ travay yo pou tout mond lan? Nan modil sa a, w ap dekouvri Òganizasyon "
            "Entènasyonal Travay (OIT), nòm li yo, ak fason sendika yo ka sèvi ak yo.</p>"
            "<p>Kat leson: kisa OIT ye, kijan yon nòm fèt e kijan yo siveye l, ki dwa fondamantal tout peyi "
            "manm yo dwe respekte, ak sa k ap pase ak dwa fè grèv la.</p>"
        ),
    },
    "lessons": [
        {
            "title": {
                "fr": "Qu'est-ce que l'OIT ?",
                "en": "What is the ILO?",
                "es": "¿Qué es la OIT?",
                "ht": "Kisa OIT ye?",
            },
            "slug": {
                "fr": "qu-est-ce-que-l-oit",
                "en": "what-is-the-ilo",
                "es": "que-es-la-oit",
                "ht": "kisa-oit-ye",
            },
            "summary": {
                "fr": (
                    "Une organisation née en 1919, où les syndicats siègent à la même table que les "
                    "gouvernements et les employeurs."
                ),
                "en": (
                    "An organisation born in 1919, where unions sit at the same table as governments and "
                    "employers."
                ),
                "es": (
                    "Una organización nacida en 1919, donde los sindicatos se sientan a la misma mesa que "
                    "los gobiernos y los empleadores."
                ),
                "ht": (
                    "Yon òganizasyon ki fèt an 1919, kote sendika yo chita sou menm tab ak gouvènman yo ak "
                    "patwon yo."
                ),
            },
            "minutes": 10,
            "body": [
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>L'Organisation internationale du Travail (OIT) est née en 1919, avec le traité "
                            "de Versailles, à la fin de la Première Guerre mondiale. Son siège est à Genève, en "
                            "Suisse. Depuis 1946, c'est une institution spécialisée des Nations Unies. En 1969, "
                            "elle a reçu le prix Nobel de la paix.</p>"
                            "<p>Aujourd'hui, 187 États en sont membres : presque tous les pays du monde. "
                            "Ensemble, ils adoptent des normes internationales du travail, aident les pays à les "
                            "appliquer et vérifient qu'elles sont respectées.</p>"
                        ),
                        "en": (
                            "<p>The International Labour Organization (ILO) was born in 1919, with the Treaty of "
                            "Versailles, at the end of the First World War. Its headquarters are in Geneva, "
                            "Switzerland. Since 1946, it has been a specialised agency of the United Nations. In "
                            "1969, it received the Nobel Peace Prize.</p>"
                            "<p>Today, 187 States are members: almost every country in the world. Together, they "
                            "adopt international labour standards, help countries apply them and check that they "
                            "are respected.</p>"
                        ),
                        "es": (
                            "<p>La Organización Internacional del Trabajo (OIT) nació en 1919, con el Tratado de "
                            "Versalles, al final de la Primera Guerra Mundial. Su sede está en Ginebra, Suiza. "
                            "Desde 1946 es un organismo especializado de las Naciones Unidas. En 1969 recibió el "
                            "Premio Nobel de la Paz.</p>"
                            "<p>Hoy, 187 Estados son miembros: casi todos los países del mundo. Juntos adoptan "
                            "normas internacionales del trabajo, ayudan a los países a aplicarlas y vigilan que "
                            "se respeten.</p>"
                        ),
                        "ht": (
                            "<p>Òganizasyon Entènasyonal Travay (OIT) fèt an 1919, ak Trete Vèsay, lè Premye Gè "
                            "Mondyal la te fini. Biwo santral li nan Jenèv, an Swis. Depi 1946, li se yon ajans "
                            "espesyalize Nasyonzini. An 1969, li te resevwa Pri Nobèl Lapè.</p>"
                            "<p>Jodi a, 187 Eta se manm OIT: prèske tout peyi sou latè. Ansanm, yo adopte nòm "
                            "entènasyonal travay, yo ede peyi yo aplike yo, epi yo verifye si moun respekte "
                            "yo.</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "fr": "« Le travail n'est pas une marchandise »",
                        "en": "“Labour is not a commodity”",
                        "es": "«El trabajo no es una mercancía»",
                        "ht": "« Travay se pa yon machandiz »",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>En 1944, en pleine guerre, l'OIT adopte la Déclaration de Philadelphie. Ce texte "
                            "fixe ses buts. Sa première idée est simple et forte : <b>le travail n'est pas une "
                            "marchandise</b>. Une personne qui travaille n'est pas une machine, ni un stock "
                            "qu'on achète au plus bas prix.</p>"
                            "<p>La Déclaration affirme aussi que la pauvreté, où qu'elle existe, constitue un "
                            "danger pour la prospérité de tous. Autrement dit : si des travailleuses sont "
                            "exploitées dans une usine à l'autre bout du monde, vos propres conditions de "
                            "travail sont menacées, elles aussi.</p>"
                        ),
                        "en": (
                            "<p>In 1944, in the middle of the war, the ILO adopted the Declaration of "
                            "Philadelphia. This text sets out its aims. Its first idea is simple and strong: "
                            "<b>labour is not a commodity</b>. A person who works is not a machine, or a stock "
                            "of goods to be bought at the lowest price.</p>"
                            "<p>The Declaration also states that poverty anywhere constitutes a danger to "
                            "prosperity everywhere. In other words: if women workers are exploited in a factory "
                            "on the other side of the world, your own working conditions are under threat "
                            "too.</p>"
                        ),
                        "es": (
                            "<p>En 1944, en plena guerra, la OIT adoptó la Declaración de Filadelfia. Este texto "
                            "fija sus fines. Su primera idea es sencilla y fuerte: <b>el trabajo no es una "
                            "mercancía</b>. Una persona que trabaja no es una máquina, ni un producto que se "
                            "compra al precio más bajo.</p>"
                            "<p>La Declaración afirma también que la pobreza, en cualquier lugar, constituye un "
                            "peligro para la prosperidad de todos. Dicho de otro modo: si se explota a "
                            "trabajadoras en una fábrica al otro lado del mundo, tus propias condiciones de "
                            "trabajo también están amenazadas.</p>"
                        ),
                        "ht": (
                            "<p>An 1944, nan mitan lagè a, OIT adopte Deklarasyon Filadèlfi. Tèks sa a fikse "
                            "objektif li. Premye lide li senp men li fò: <b>travay se pa yon machandiz</b>. Yon "
                            "moun k ap travay se pa yon machin, ni yon stòk machandiz yo achte pi bon mache "
                            "posib.</p>"
                            "<p>Deklarasyon an di tou: povrete, kèlkeswa kote li ye, se yon danje pou pwosperite "
                            "tout moun. Sa vle di: si yo eksplwate travayè nan yon faktori lòt bò latè, "
                            "kondisyon travay pa w yo menase tou.</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "fr": "Le tripartisme : trois voix à la même table",
                        "en": "Tripartism: three voices at the same table",
                        "es": "El tripartismo: tres voces en la misma mesa",
                        "ht": "Tripatis: twa vwa sou menm tab la",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>L'OIT ne réunit pas seulement des gouvernements. Dans ses instances, les "
                            "représentants des employeurs et ceux des travailleurs votent aussi. C'est ce qu'on "
                            "appelle le tripartisme.</p>"
                            "<p>Chaque année, la Conférence internationale du Travail réunit les délégations des "
                            "États membres. Chaque État y envoie quatre délégués :</p>"
                            "<ul>"
                            "<li>deux délégués du gouvernement ;</li>"
                            "<li>un délégué des employeurs ;</li>"
                            "<li>un délégué des travailleurs.</li>"
                            "</ul>"
                        ),
                        "en": (
                            "<p>The ILO does not bring together governments alone. In its bodies, employers' and "
                            "workers' representatives vote too. This is what we call tripartism.</p>"
                            "<p>Every year, the International Labour Conference brings together the delegations "
                            "of the member States. Each State sends four delegates:</p>"
                            "<ul>"
                            "<li>two government delegates;</li>"
                            "<li>one employers' delegate;</li>"
                            "<li>one workers' delegate.</li>"
                            "</ul>"
                        ),
                        "es": (
                            "<p>La OIT no reúne solo a gobiernos. En sus órganos también votan los "
                            "representantes de los empleadores y los de los trabajadores. Esto es lo que "
                            "llamamos tripartismo.</p>"
                            "<p>Cada año, la Conferencia Internacional del Trabajo reúne a las delegaciones de "
                            "los Estados miembros. Cada Estado envía cuatro delegados:</p>"
                            "<ul>"
                            "<li>dos delegados del gobierno;</li>"
                            "<li>un delegado de los empleadores;</li>"
                            "<li>un delegado de los trabajadores.</li>"
                            "</ul>"
                        ),
                        "ht": (
                            "<p>OIT pa reyini sèlman gouvènman. Nan reyinyon kote OIT pran desizyon li yo, "
                            "reprezantan patwon yo ak reprezantan travayè yo vote tou. Se sa yo rele "
                            "tripatis.</p>"
                            "<p>Chak ane, Konferans Entènasyonal Travay la reyini delegasyon Eta manm yo. Chak "
                            "Eta voye kat delege:</p>"
                            "<ul>"
                            "<li>de delege gouvènman;</li>"
                            "<li>yon delege patwon yo;</li>"
                            "<li>yon delege travayè yo.</li>"
                            "</ul>"
                        ),
                    },
                ),
                ("glossary", "tripartism"),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p><b>Pourquoi est-ce important pour les syndicats ?</b> Parce qu'à l'OIT, la voix "
                            "des travailleuses et des travailleurs ne passe pas seulement par leur gouvernement. "
                            "Leurs délégués votent les normes, participent au contrôle de leur application et "
                            "peuvent dénoncer les violations.</p>"
                            "<p>Les normes de l'OIT ne sont donc pas des textes tombés d'en haut : des "
                            "syndicalistes les ont négociées et votées. Quand votre syndicat invoque une "
                            "convention de l'OIT, il s'appuie sur une règle que le mouvement syndical a aidé à "
                            "écrire.</p>"
                        ),
                        "en": (
                            "<p><b>Why does this matter to unions?</b> Because at the ILO, the voice of working "
                            "women and men does not only go through their government. Their delegates vote on "
                            "standards, take part in supervising how they are applied and can speak out against "
                            "violations.</p>"
                            "<p>So ILO standards are not texts handed down from above: trade unionists "
                            "negotiated them and voted for them. When your union invokes an ILO convention, it "
                            "relies on a rule that the labour movement helped to write.</p>"
                        ),
                        "es": (
                            "<p><b>¿Por qué es importante para los sindicatos?</b> Porque en la OIT la voz de "
                            "las trabajadoras y los trabajadores no pasa solo por su gobierno. Sus delegados "
                            "votan las normas, participan en el control de su aplicación y pueden denunciar las "
                            "violaciones.</p>"
                            "<p>Las normas de la OIT no son, entonces, textos caídos del cielo: sindicalistas "
                            "las negociaron y las votaron. Cuando tu sindicato invoca un convenio de la OIT, "
                            "se apoya en una regla que el movimiento sindical ayudó a escribir.</p>"
                        ),
                        "ht": (
                            "<p><b>Poukisa sa enpòtan pou sendika yo?</b> Paske nan OIT, vwa travayè yo pa pase "
                            "sèlman nan bouch gouvènman yo. Delege travayè yo vote sou nòm yo, yo patisipe nan "
                            "kontwòl aplikasyon yo, epi yo ka denonse vyolasyon yo.</p>"
                            "<p>Kidonk, nòm OIT yo se pa tèks ki tonbe sot anwo: se sendikalis ki te negosye yo "
                            "epi ki te vote yo. Lè sendika w sèvi ak yon konvansyon OIT, li apiye sou yon règ "
                            "mouvman sendikal la te ede ekri.</p>"
                        ),
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": {
                            "fr": (
                                "Avant, je croyais que les règles du travail venaient seulement du gouvernement. "
                                "En formation, j'ai appris qu'à Genève, un délégué des travailleurs vote à côté "
                                "des délégués du gouvernement et des employeurs. Ça m'a donné confiance : nos "
                                "droits, des gens comme nous ont aidé à les écrire."
                            ),
                            "en": (
                                "I used to think that the rules at work came only from the government. In a "
                                "training session, I learned that in Geneva, a workers' delegate votes alongside "
                                "the government and employers' delegates. That gave me confidence: people like "
                                "us helped to write our rights."
                            ),
                            "es": (
                                "Antes creía que las reglas del trabajo venían solo del gobierno. En una "
                                "formación aprendí que en Ginebra un delegado de los trabajadores vota al lado "
                                "de los delegados del gobierno y de los empleadores. Eso me dio confianza: "
                                "gente como nosotros ayudó a escribir nuestros derechos."
                            ),
                            "ht": (
                                "Anvan, mwen te kwè se gouvènman an sèlman ki te fè règ travay yo. Nan yon "
                                "fòmasyon, mwen aprann nan Jenèv, yon delege travayè vote bò kote delege "
                                "gouvènman yo ak delege patwon yo. Sa ban m konfyans: se moun tankou nou ki te "
                                "ede ekri dwa nou yo."
                            ),
                        },
                        "who": {
                            "fr": "Marie-Ange",
                            "en": "Marie-Ange",
                            "es": "Marie-Ange",
                            "ht": "Marie-Ange",
                        },
                        "role": {
                            "fr": "militante syndicale dans le vêtement, témoignage composite",
                            "en": "union activist in the garment sector, composite testimony",
                            "es": "militante sindical del sector de la confección, testimonio ficticio basado en varias experiencias reales",
                            "ht": "militan sendikal nan sektè rad, temwayaj nou fè ak plizyè istwa vre",
                        },
                    },
                ),
                (
                    "key_point",
                    {
                        "fr": (
                            "<p>L'OIT, fondée en 1919, réunit 187 États. Sa particularité, c'est le tripartisme "
                            ": gouvernements, employeurs et travailleurs y décident ensemble. Dès 1919, son texte "
                            "fondateur disait que le travail ne doit pas être traité simplement comme une "
                            "marchandise. En 1944, la Déclaration de Philadelphie l'a dit sans détour : le "
                            "travail n'est pas une marchandise.</p>"
                        ),
                        "en": (
                            "<p>The ILO, founded in 1919, brings together 187 States. What makes it unique is "
                            "tripartism: governments, employers and workers decide together. As early as 1919, "
                            "its founding text said that labour should not be regarded merely as a commodity. In "
                            "1944, the Declaration of Philadelphia said it outright: labour is not a "
                            "commodity.</p>"
                        ),
                        "es": (
                            "<p>La OIT, fundada en 1919, reúne a 187 Estados. Su particularidad es el "
                            "tripartismo: gobiernos, empleadores y trabajadores deciden juntos. Ya en 1919, su "
                            "texto fundador decía que el trabajo no debe considerarse simplemente como una "
                            "mercancía. En 1944, la Declaración de Filadelfia lo dijo sin rodeos: el trabajo no "
                            "es una mercancía.</p>"
                        ),
                        "ht": (
                            "<p>Yo te fonde OIT an 1919. Jodi a, li reyini 187 Eta. Sa ki fè l espesyal se "
                            "tripatis: gouvènman, patwon ak travayè deside ansanm. Depi 1919, premye tèks OIT a "
                            "te di yo pa dwe trete travay tankou yon senp machandiz. An 1944, Deklarasyon "
                            "Filadèlfi a di l klè: travay se pa yon machandiz.</p>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "question": {
                            "fr": (
                                "Dans votre milieu de travail, où voyez-vous l'idée que « le travail n'est pas "
                                "une marchandise » respectée, et où la voyez-vous oubliée ?"
                            ),
                            "en": (
                                "In your workplace, where do you see the idea that “labour is not a commodity” "
                                "respected, and where do you see it forgotten?"
                            ),
                            "es": (
                                "En tu lugar de trabajo, ¿dónde ves que se respeta la idea de que "
                                "«el trabajo no es una mercancía», y dónde ves que se olvida?"
                            ),
                            "ht": (
                                "Nan travay ou, ki kote ou wè yo respekte lide « travay se pa yon machandiz », e "
                                "ki kote ou wè yo bliye l?"
                            ),
                        },
                        "guidance": {
                            "fr": (
                                "Pensez aux salaires, aux horaires, à la sécurité et à la façon dont on vous "
                                "parle. Donnez un exemple concret de chaque cas, puis demandez-vous ce que votre "
                                "syndicat pourrait faire."
                            ),
                            "en": (
                                "Think about wages, working hours, safety and the way people speak to you. Give "
                                "one concrete example of each, then ask yourself what your union could do."
                            ),
                            "es": (
                                "Piensa en los salarios, los horarios, la seguridad y la manera en que te "
                                "hablan. Da un ejemplo concreto de cada caso y luego pregúntate qué podría "
                                "hacer tu sindicato."
                            ),
                            "ht": (
                                "Panse ak salè, lè travay, sekirite ak fason yo pale avè w. Bay yon egzanp "
                                "konkrè pou chak ka, epi mande tèt ou kisa sendika w ta ka fè."
                            ),
                        },
                    },
                ),
            ],
        },
        {
            "title": {
                "fr": "Comment une norme est créée et surveillée",
                "en": "How a standard is made and supervised",
                "es": "Cómo se crea y se controla una norma",
                "ht": "Kijan yon nòm fèt e kijan yo siveye l",
            },
            "slug": {
                "fr": "comment-une-norme-est-creee-et-surveillee",
                "en": "how-a-standard-is-made-and-supervised",
                "es": "como-se-crea-y-se-controla-una-norma",
                "ht": "kijan-yon-nom-fet-e-kijan-yo-siveye-l",
            },
            "summary": {
                "fr": (
                    "Comment une norme est adoptée et contrôlée, puis un vrai cas du Comité de la liberté "
                    "syndicale, de la plainte à la recommandation : le cas n° 2227 (États-Unis)."
                ),
                "en": (
                    "How a standard is adopted and supervised, then a real Committee on Freedom of "
                    "Association case, from complaint to recommendation: Case No. 2227 (United States)."
                ),
                "es": (
                    "Cómo se adopta y se controla una norma, y luego un caso real del Comité de Libertad "
                    "Sindical, de la queja a la recomendación: el caso núm. 2227 (Estados Unidos)."
                ),
                "ht": (
                    "Kijan yo adopte yon nòm e kijan yo kontwole l, epi yon vrè ka Komite Libète Sendikal la, "
                    "depi plent lan rive jis nan rekòmandasyon an: ka nimewo 2227 (Etazini)."
                ),
            },
            "minutes": 20,
            "body": [
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Les normes internationales du travail prennent trois formes :</p>"
                            "<ul>"
                            "<li><b>La convention</b> : un traité international. Elle oblige les États qui la "
                            "ratifient.</li>"
                            "<li><b>La recommandation</b> : des orientations qui ne sont pas obligatoires. "
                            "Souvent, elle précise comment appliquer une convention.</li>"
                            "<li><b>Le protocole</b> : il modifie ou complète une convention qui existe "
                            "déjà.</li>"
                            "</ul><p>C'est la Conférence internationale du Travail qui adopte une norme, à la "
                            "majorité des deux tiers. Les délégués des gouvernements, des employeurs et des "
                            "travailleurs votent. Pour obtenir les deux tiers, il faut donc souvent convaincre "
                            "au-delà d'un seul groupe.</p>"
                        ),
                        "en": (
                            "<p>International labour standards come in three forms:</p>"
                            "<ul>"
                            "<li><b>The convention</b>: an international treaty. It binds the States that ratify "
                            "it.</li>"
                            "<li><b>The recommendation</b>: guidance that is not binding. It often explains how "
                            "to apply a convention.</li>"
                            "<li><b>The protocol</b>: it amends or adds to an existing convention.</li>"
                            "</ul><p>Standards are adopted by the International Labour Conference, by a "
                            "two-thirds majority. Government, employers' and workers' delegates all vote. To "
                            "reach two thirds, you therefore often need to convince more than one group.</p>"
                        ),
                        "es": (
                            "<p>Las normas internacionales del trabajo tienen tres formas:</p>"
                            "<ul>"
                            "<li><b>El convenio</b>: un tratado internacional. Obliga a los Estados que lo "
                            "ratifican.</li>"
                            "<li><b>La recomendación</b>: orientaciones que no son obligatorias. A menudo "
                            "precisa cómo aplicar un convenio.</li>"
                            "<li><b>El protocolo</b>: modifica o completa un convenio que ya existe.</li>"
                            "</ul><p>Es la Conferencia Internacional del Trabajo la que adopta una norma, por "
                            "mayoría de dos tercios. Votan los delegados de los gobiernos, de los empleadores y "
                            "de los trabajadores. Para reunir los dos tercios, a menudo hay que convencer a más "
                            "de un grupo.</p>"
                        ),
                        "ht": (
                            "<p>Nòm entènasyonal travay yo gen twa fòm:</p>"
                            "<ul>"
                            "<li><b>Konvansyon</b>: se yon trete entènasyonal. Li oblije Eta ki ratifye l "
                            "yo.</li>"
                            "<li><b>Rekòmandasyon</b>: se oryantasyon ki pa obligatwa. Souvan, li esplike kijan "
                            "pou aplike yon konvansyon.</li>"
                            "<li><b>Pwotokòl</b>: li modifye oswa li konplete yon konvansyon ki deja "
                            "egziste.</li>"
                            "</ul><p>Se Konferans Entènasyonal Travay la ki adopte yon nòm, ak yon majorite de "
                            "tyè. Delege gouvènman yo, delege patwon yo ak delege travayè yo vote. Kidonk, pou "
                            "rive jwenn de tyè, souvan fòk ou konvenk plis pase yon sèl gwoup.</p>"
                        ),
                    },
                ),
                ("glossary", "convention"),
                ("glossary", "recommendation"),
                ("glossary", "protocol"),
                (
                    "heading",
                    {
                        "fr": "Ratifier, puis rendre des comptes",
                        "en": "Ratify, then report",
                        "es": "Ratificar y luego rendir cuentas",
                        "ht": "Ratifye, epi rann kont",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Adopter une convention à Genève ne suffit pas. Chaque État décide ensuite s'il "
                            "la ratifie. En la ratifiant, il s'engage à l'appliquer dans ses lois et dans la "
                            "pratique.</p>"
                            "<p>L'État doit aussi faire rapport régulièrement sur les conventions qu'il a "
                            "ratifiées (article 22 de la Constitution de l'OIT). Les syndicats peuvent envoyer "
                            "leurs propres commentaires. Deux organes examinent ensuite ces rapports :</p>"
                            "<ul>"
                            "<li><b>La CEACR</b> (Commission d'experts pour l'application des conventions et "
                            "recommandations) : des experts indépendants, qui ne représentent ni les "
                            "gouvernements, ni les employeurs, ni les travailleurs.</li>"
                            "<li><b>La Commission de l'application des normes de la Conférence</b> : elle, au "
                            "contraire, est tripartite (gouvernements, employeurs, travailleurs). Chaque année, "
                            "elle discute des cas les plus graves.</li>"
                            "</ul>"
                            "<p>Pour savoir quelles conventions votre pays a ratifiées et lire les commentaires "
                            "de la CEACR, consultez la base de données officielle de l'OIT, <a "
                            'href="https://normlex.ilo.org/dyn/nrmlx_fr/f?p=NORMLEXPUB:1:0">NORMLEX</a>.</p>'
                        ),
                        "en": (
                            "<p>Adopting a convention in Geneva is not enough. Each State then decides whether "
                            "to ratify it. By ratifying it, the State commits to applying it in its laws and in "
                            "practice.</p>"
                            "<p>The State must also report regularly on the conventions it has ratified (article "
                            "22 of the ILO Constitution). Unions can send their own comments. Two bodies then "
                            "examine these reports:</p>"
                            "<ul>"
                            "<li><b>The CEACR</b> (Committee of Experts on the Application of Conventions and "
                            "Recommendations): independent experts, who represent neither governments, nor "
                            "employers, nor workers.</li>"
                            "<li><b>The Conference Committee on the Application of Standards</b>: this one, by "
                            "contrast, is tripartite (governments, employers, workers). Every year, it discusses "
                            "the most serious cases.</li>"
                            "</ul>"
                            "<p>To find out which conventions your country has ratified and to read the CEACR's "
                            "comments, look up the ILO's official database, <a "
                            'href="https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:1:0">NORMLEX</a>.</p>'
                        ),
                        "es": (
                            "<p>Adoptar un convenio en Ginebra no basta. Después, cada Estado decide si lo "
                            "ratifica. Al ratificarlo, se compromete a aplicarlo en sus leyes y en la "
                            "práctica.</p>"
                            "<p>El Estado también debe presentar memorias periódicas sobre los convenios que ha "
                            "ratificado (artículo 22 de la Constitución de la OIT). Los sindicatos pueden enviar "
                            "sus propios comentarios. Luego, dos órganos examinan esas memorias:</p>"
                            "<ul>"
                            "<li><b>La CEACR</b> (Comisión de Expertos en Aplicación de Convenios y "
                            "Recomendaciones): expertos independientes, que no representan ni a los gobiernos, "
                            "ni a los empleadores, ni a los trabajadores.</li>"
                            "<li><b>La Comisión de Aplicación de Normas de la Conferencia</b>: esta, en cambio, "
                            "es tripartita (gobiernos, empleadores, trabajadores). Cada año discute los casos "
                            "más graves.</li>"
                            "</ul>"
                            "<p>Para saber qué convenios ha ratificado tu país y leer los comentarios de la "
                            "CEACR, consulta la base de datos oficial de la OIT, <a "
                            'href="https://normlex.ilo.org/dyn/nrmlx_es/f?p=NORMLEXPUB:1:0">NORMLEX</a>.</p>'
                        ),
                        "ht": (
                            "<p>Adopte yon konvansyon nan Jenèv pa ase. Apre sa, chak Eta deside si l ap ratifye "
                            "l. Lè li ratifye l, li angaje l pou l aplike l nan lwa li yo ak nan pratik.</p>"
                            "<p>Eta a dwe voye rapò regilyèman tou sou konvansyon li ratifye yo (atik 22 "
                            "Konstitisyon OIT). Sendika yo ka voye pwòp kòmantè pa yo. Apre sa, de gwoup egzamine "
                            "rapò sa yo:</p>"
                            "<ul>"
                            "<li><b>CEACR</b> (Komisyon ekspè pou aplikasyon konvansyon ak rekòmandasyon yo): se "
                            "ekspè endepandan. Yo pa reprezante ni gouvènman, ni patwon, ni travayè.</li>"
                            "<li><b>Komisyon Konferans lan pou aplikasyon nòm yo</b>: li menm, se yon komisyon "
                            "tripatit (gouvènman, patwon, travayè). Chak ane, li diskite sou ka ki pi grav "
                            "yo.</li>"
                            "</ul>"
                            "<p>Pou w konnen ki konvansyon peyi w ratifye, epi pou w li kòmantè CEACR yo, gade "
                            "baz done ofisyèl OIT a, <a "
                            'href="https://normlex.ilo.org/dyn/nrmlx_fr/f?p=NORMLEXPUB:1:0">NORMLEX</a>.</p>'
                        ),
                    },
                ),
                ("glossary", "ratification"),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p><b>Quand un droit est violé, les syndicats peuvent agir.</b> L'OIT prévoit des "
                            "procédures spéciales :</p>"
                            "<ul>"
                            "<li><b>La réclamation (article 24)</b> : une organisation de travailleurs ou "
                            "d'employeurs peut dénoncer un État qui n'applique pas une convention qu'il a "
                            "ratifiée.</li>"
                            "<li><b>La plainte (article 26)</b> : une procédure plus lourde. Elle peut notamment "
                            "être déposée par un autre État qui a ratifié la même convention ou par un délégué à "
                            "la Conférence. Elle peut mener à une commission d'enquête.</li>"
                            "<li><b>Le Comité de la liberté syndicale</b> : créé en 1951, il examine les "
                            "plaintes pour atteinte à la liberté syndicale.</li>"
                            "</ul><p>Ce Comité a une force particulière : il examine les plaintes même contre un "
                            "État qui n'a ratifié ni la convention sur la liberté syndicale et la protection du "
                            "droit syndical (C087), ni celle sur le droit d'organisation et de négociation "
                            "collective (C098). Pourquoi ? Parce qu'en devenant membre de l'OIT, un État accepte "
                            "le principe de la liberté syndicale inscrit dans la Constitution de l'Organisation. "
                            "Votre syndicat peut donc s'adresser au Comité même si votre pays n'a ratifié aucune "
                            "des deux.</p>"
                        ),
                        "en": (
                            "<p><b>When a right is violated, unions can act.</b> The ILO has special "
                            "procedures:</p>"
                            "<ul>"
                            "<li><b>The representation (article 24)</b>: a workers' or employers' organisation "
                            "can denounce a State that does not apply a convention it has ratified.</li>"
                            "<li><b>The complaint (article 26)</b>: a heavier procedure. It can be filed, among "
                            "others, by another State that has ratified the same convention or by a delegate to "
                            "the Conference. It can lead to a Commission of Inquiry.</li>"
                            "<li><b>The Committee on Freedom of Association</b>: set up in 1951, it examines "
                            "complaints about violations of freedom of association.</li>"
                            "</ul><p>This Committee has a special strength: it examines complaints even against "
                            "a State that has ratified neither the Freedom of Association and Protection of the "
                            "Right to Organise Convention (C087) nor the Right to Organise and Collective "
                            "Bargaining Convention (C098). Why? Because by becoming a member of the ILO, a State "
                            "accepts the principle of freedom of association written into the Organization's "
                            "Constitution. So your union can turn to the Committee even if your country has "
                            "ratified neither convention.</p>"
                        ),
                        "es": (
                            "<p><b>Cuando se viola un derecho, los sindicatos pueden actuar.</b> La OIT prevé "
                            "procedimientos especiales:</p>"
                            "<ul>"
                            "<li><b>La reclamación (artículo 24)</b>: una organización de trabajadores o de "
                            "empleadores puede denunciar a un Estado que no aplica un convenio que ha "
                            "ratificado.</li>"
                            "<li><b>La queja (artículo 26)</b>: un procedimiento más pesado. Pueden presentarla, "
                            "entre otros, otro Estado que haya ratificado el mismo convenio o un delegado a la "
                            "Conferencia. Puede llevar a una comisión de encuesta.</li>"
                            "<li><b>El Comité de Libertad Sindical</b>: creado en 1951, examina las quejas por "
                            "violaciones de la libertad sindical.</li>"
                            "</ul><p>Este Comité tiene una fuerza particular: examina quejas incluso contra un "
                            "Estado que no ha ratificado ni el Convenio sobre la libertad sindical y la "
                            "protección del derecho de sindicación (C087) ni el Convenio sobre el derecho de "
                            "sindicación y de negociación colectiva (C098). ¿Por qué? Porque al hacerse miembro "
                            "de la OIT, un Estado acepta el principio de la libertad sindical inscrito en la "
                            "Constitución de la Organización. Tu sindicato puede entonces acudir al Comité "
                            "aunque tu país no haya ratificado ninguno de los dos.</p>"
                        ),
                        "ht": (
                            "<p><b>Lè yo vyole yon dwa, sendika yo ka aji.</b> OIT gen pwosedi espesyal:</p>"
                            "<ul>"
                            "<li><b>Reklamasyon (atik 24)</b>: yon òganizasyon travayè oswa patwon ka denonse "
                            "yon Eta ki pa aplike yon konvansyon li te ratifye.</li>"
                            "<li><b>Plent (atik 26)</b>: se yon pwosedi ki pi lou. Pami moun ki ka depoze l, gen "
                            "yon lòt Eta ki ratifye menm konvansyon an, oswa yon delege nan Konferans lan. Li ka "
                            "mennen nan yon komisyon ankèt.</li>"
                            "<li><b>Komite Libète Sendikal</b>: yo kreye l an 1951. Li egzamine plent sou atak "
                            "kont libète sendikal.</li>"
                            "</ul><p>Komite sa a gen yon fòs espesyal: li egzamine plent menm kont yon Eta ki pa "
                            "ratifye ni konvansyon sou libète sendikal ak pwoteksyon dwa sendikal (C087), ni "
                            "konvansyon sou dwa pou òganize ak pou fè negosyasyon kolektif (C098). Poukisa? "
                            "Paske lè "
                            "yon Eta vin manm OIT, li aksepte prensip libète sendikal ki ekri nan Konstitisyon "
                            "Òganizasyon an. Kidonk, sendika w ka al jwenn Komite a menm si peyi w pa ratifye "
                            "youn ni lòt.</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "fr": "Un cas réel, de la plainte à la recommandation",
                        "en": "A real case, from complaint to recommendation",
                        "es": "Un caso real, de la queja a la recomendación",
                        "ht": "Yon vrè ka, depi plent lan rive jis nan rekòmandasyon an",
                    },
                ),
                (
                    "case_study",
                    {
                        "title": {
                            "fr": "Cas n° 2227 : des travailleurs sans papiers et leur liberté syndicale",
                            "en": "Case No. 2227: undocumented workers and their freedom of association",
                            "es": "Caso núm. 2227: trabajadores indocumentados y su libertad sindical",
                            "ht": "Ka nimewo 2227: travayè san papye ak libète sendikal yo",
                        },
                        "country": {
                            "fr": "États-Unis",
                            "en": "United States",
                            "es": "Estados Unidos",
                            "ht": "Etazini",
                        },
                        "year": 2002,
                        "story": {
                            "fr": (
                                "<p><b>Les faits.</b> En 2002, la Cour suprême des États-Unis rend l'arrêt "
                                "<i>Hoffman Plastic Compounds c. NLRB</i>. Le NLRB (National Labor Relations "
                                "Board) est l'agence fédérale qui protège le droit de se syndiquer. Selon cet "
                                "arrêt, un travailleur sans papiers congédié illégalement parce qu'il "
                                "participait à une campagne de syndicalisation n'a pas droit au salaire perdu, "
                                "à cause de son statut d'immigration.</p>"
                                "<p><b>La plainte.</b> En octobre 2002, deux centrales syndicales portent "
                                "plainte devant le Comité de la liberté syndicale : l'AFL-CIO, la grande "
                                "confédération syndicale des États-Unis (le 18 octobre), et la Confédération "
                                "des travailleurs du Mexique, la CTM (le 30 octobre). Selon elles, après cet "
                                "arrêt, des millions de travailleurs ont perdu, à cause de leur statut "
                                "d'immigration, la seule protection qui garantissait le respect de leur liberté "
                                "syndicale.</p>"
                                "<p><b>L'examen.</b> Les États-Unis n'ont ratifié ni la C087 ni la C098. Le "
                                "Comité examine quand même la plainte. Le gouvernement lui répond par écrit le 9 "
                                "mai 2003.</p>"
                                "<p><b>La recommandation.</b> En novembre 2003, dans son 332e rapport, le Comité "
                                "juge insuffisantes les réparations dont dispose le NLRB quand un travailleur "
                                "sans papiers est congédié illégalement. Il recommande au gouvernement de "
                                "chercher des solutions pour corriger ce manque, en pleine consultation avec les "
                                "organisations de travailleurs et d'employeurs concernées. Ses recommandations "
                                "sont ensuite approuvées par le Conseil d'administration de l'OIT.</p>"
                                "<p><b>Le suivi.</b> Le Comité ne s'arrête pas là : il revient sur le cas en "
                                "novembre 2004, en novembre 2006, en novembre 2007, en mars 2009 et en mars "
                                "2010 (ses 335e, 340e, 348e, 353e et 356e rapports). Le gouvernement affirme "
                                "que l'arrêt est "
                                "appliqué de façon étroite. Le Comité, lui, demande encore de consulter les "
                                "partenaires sociaux sur des solutions qui protègent vraiment les travailleurs "
                                "sans papiers contre les congédiements antisyndicaux. Vous pouvez lire le cas "
                                'dans <a href="https://normlex.ilo.org/dyn/normlex/en/f?p=1000:50002:0::NO:50002:'
                                'P50002_COMPLAINT_TEXT_ID:2907332">NORMLEX</a> (en anglais).</p>'
                            ),
                            "en": (
                                "<p><b>The facts.</b> In 2002, the Supreme Court of the United States decided "
                                "<i>Hoffman Plastic Compounds v. NLRB</i>. The NLRB (National Labor Relations "
                                "Board) is the federal agency that protects the right to unionise. Under this "
                                "decision, an undocumented worker who was illegally dismissed for taking part in "
                                "a union organising campaign is not entitled to back pay for lost wages, because "
                                "of his immigration status.</p>"
                                "<p><b>The complaint.</b> In October 2002, two union confederations filed a "
                                "complaint with the Committee on Freedom of Association: the AFL-CIO, the main "
                                "union federation of the United States (on 18 October), and the Confederation "
                                "of Mexican Workers, the CTM (on 30 October). They said that after this decision, "
                                "millions of workers had lost, because of their immigration status, the only "
                                "protection that ensured respect for their freedom of association.</p>"
                                "<p><b>The examination.</b> The United States has ratified neither C087 nor "
                                "C098. The Committee examined the complaint all the same. The Government sent "
                                "its written reply on 9 May 2003.</p>"
                                "<p><b>The recommendation.</b> In November 2003, in its 332nd Report, the "
                                "Committee found the remedies available to the NLRB when an undocumented worker "
                                "is illegally dismissed to be inadequate. It recommended that the Government "
                                "explore solutions to redress this, in full consultation with the workers' and "
                                "employers' organisations concerned. Its recommendations were then approved by "
                                "the ILO Governing Body.</p>"
                                "<p><b>The follow-up.</b> The Committee did not stop there: it came back to the "
                                "case in November 2004, November 2006, November 2007, March 2009 and March 2010 "
                                "(its 335th, 340th, 348th, 353rd and 356th Reports). The Government said that "
                                "the decision was "
                                "applied narrowly. The Committee again asked it to consult the social partners "
                                "on solutions that truly protect undocumented workers against anti-union "
                                "dismissals. You can read the case in "
                                '<a href="https://normlex.ilo.org/dyn/normlex/en/f?p=1000:50002:0::NO:50002:'
                                'P50002_COMPLAINT_TEXT_ID:2907332">NORMLEX</a>.</p>'
                            ),
                            "es": (
                                "<p><b>Los hechos.</b> En 2002, la Corte Suprema de los Estados Unidos dicta la "
                                "sentencia <i>Hoffman Plastic Compounds c. NLRB</i>. La NLRB (National Labor "
                                "Relations Board) es la agencia federal que protege el derecho de "
                                "sindicalización. Según esa sentencia, un trabajador indocumentado despedido "
                                "ilegalmente por participar en una campaña de sindicalización no tiene derecho a "
                                "los salarios perdidos, a causa de su situación migratoria.</p>"
                                "<p><b>La queja.</b> En octubre de 2002, dos centrales sindicales presentan una "
                                "queja ante el Comité de Libertad Sindical: la AFL-CIO, la gran federación "
                                "sindical de los Estados Unidos (el 18 de octubre), y la Confederación de "
                                "Trabajadores de México, la CTM (el 30 de octubre). Según ellas, después de esa "
                                "sentencia, millones de trabajadores perdieron, a causa de su situación "
                                "migratoria, la única protección que garantizaba el respeto de su libertad "
                                "sindical.</p>"
                                "<p><b>El examen.</b> Los Estados Unidos no han ratificado ni el C087 ni el "
                                "C098. Aun así, el Comité examina la queja. El Gobierno le responde por escrito "
                                "el 9 de mayo de 2003.</p>"
                                "<p><b>La recomendación.</b> En noviembre de 2003, en su informe núm. 332, el "
                                "Comité considera insuficientes las medidas de reparación de que dispone la NLRB "
                                "cuando un trabajador indocumentado es despedido ilegalmente. Recomienda al "
                                "Gobierno buscar soluciones para corregir esa carencia, en plena consulta con "
                                "las organizaciones de trabajadores y de empleadores interesadas. Después, el "
                                "Consejo de Administración de la OIT aprueba sus recomendaciones.</p>"
                                "<p><b>El seguimiento.</b> El Comité no se detiene ahí: vuelve sobre el caso en "
                                "noviembre de 2004, noviembre de 2006, noviembre de 2007, marzo de 2009 y marzo "
                                "de 2010 (sus informes núms. 335, 340, 348, 353 y 356). El Gobierno afirma que "
                                "la sentencia se aplica de "
                                "manera restrictiva. El Comité, por su parte, pide de nuevo que se consulte a "
                                "los interlocutores sociales sobre soluciones que protejan de verdad a los "
                                "trabajadores indocumentados contra los despidos antisindicales. Puedes leer el "
                                'caso en <a href="https://normlex.ilo.org/dyn/normlex/en/f?p=1000:50002:0::NO:50002:'
                                'P50002_COMPLAINT_TEXT_ID:2907332">NORMLEX</a> (en inglés).</p>'
                            ),
                            "ht": (
                                "<p><b>Sa k te pase.</b> An 2002, Lakou Siprèm Etazini bay yon desizyon yo rele "
                                "<i>Hoffman Plastic Compounds kont NLRB</i>. NLRB (National Labor Relations "
                                "Board) se ajans federal ki pwoteje dwa travayè genyen pou yo fòme sendika. "
                                "Dapre desizyon sa a, yon travayè san papye patwon an revoke ilegalman paske li "
                                "t ap patisipe nan yon kanpay pou mete sendika sou pye pa gen dwa resevwa salè "
                                "li pèdi a, akoz sitiyasyon imigrasyon li.</p>"
                                "<p><b>Plent lan.</b> An oktòb 2002, de gwo santral sendikal depoze plent bò kot "
                                "Komite Libète Sendikal la: AFL-CIO, gwo konfederasyon sendikal Etazini an (18 "
                                "oktòb), ak Konfederasyon Travayè Meksik, CTM (30 oktòb). Dapre yo, apre "
                                "desizyon sa a, plizyè milyon travayè, akoz sitiyasyon imigrasyon yo, pèdi sèl "
                                "pwoteksyon ki te garanti yo ka egzèse libète sendikal yo.</p>"
                                "<p><b>Egzamen an.</b> Etazini pa ratifye ni C087 ni C098. Men Komite a egzamine "
                                "plent lan kanmenm. Gouvènman an voye repons li alekri 9 me 2003.</p>"
                                "<p><b>Rekòmandasyon an.</b> An novanm 2003, nan 332yèm rapò li, Komite a di "
                                "mwayen NLRB genyen pou repare tò a lè yo revoke yon travayè san papye ilegalman "
                                "pa ase. Li rekòmande gouvènman an chèche solisyon pou korije sa, ansanm ak "
                                "òganizasyon travayè ak òganizasyon patwon ki konsène yo, nan yon vrè "
                                "konsiltasyon. Apre sa, Konsèy Administrasyon OIT apwouve rekòmandasyon "
                                "Komite a.</p>"
                                "<p><b>Swivi a.</b> Komite a pa kanpe la: li tounen sou ka a an novanm 2004, "
                                "novanm 2006, novanm 2007, mas 2009 ak mas 2010 (rapò nimewo 335, 340, 348, 353 "
                                "ak 356 li yo). Gouvènman an di yo aplike desizyon an sèlman nan yon ti kad byen "
                                "sere. Komite a, li menm, mande ankò pou yo konsilte sendika yo ak patwon yo sou "
                                "solisyon ki pou pwoteje travayè san papye yo pou tout bon kont revokasyon "
                                "antisendikal. Ou ka li ka a nan "
                                '<a href="https://normlex.ilo.org/dyn/normlex/en/f?p=1000:50002:0::NO:50002:'
                                'P50002_COMPLAINT_TEXT_ID:2907332">NORMLEX</a> (an angle).</p>'
                            ),
                        },
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p><b>Ce que ce cas montre à votre syndicat :</b></p>"
                            "<ul>"
                            "<li>On peut saisir le Comité même contre un État qui n'a ratifié ni la C087 ni la "
                            "C098.</li>"
                            "<li>Une centrale d'un autre pays peut aussi porter plainte : ici, la CTM, dont les "
                            "membres ont des liens étroits, familiaux et de travail, avec les travailleurs "
                            "mexicains aux États-Unis.</li>"
                            "<li>Le Comité ne rend pas un jugement qu'on peut faire exécuter. Il publie des "
                            "recommandations, puis il suit le cas pendant des années. Ces textes publics "
                            "deviennent des arguments pour les campagnes syndicales.</li>"
                            "</ul>"
                        ),
                        "en": (
                            "<p><b>What this case shows your union:</b></p>"
                            "<ul>"
                            "<li>You can turn to the Committee even against a State that has ratified neither "
                            "C087 nor C098.</li>"
                            "<li>A union confederation from another country can file a complaint too: here, the "
                            "CTM, whose members have close family and work ties with Mexican workers in the "
                            "United States.</li>"
                            "<li>The Committee does not hand down a judgment that can be enforced. It publishes "
                            "recommendations, then follows the case for years. These public texts become "
                            "arguments for union campaigns.</li>"
                            "</ul>"
                        ),
                        "es": (
                            "<p><b>Lo que este caso le enseña a tu sindicato:</b></p>"
                            "<ul>"
                            "<li>Se puede acudir al Comité incluso contra un Estado que no ha ratificado ni el "
                            "C087 ni el C098.</li>"
                            "<li>Una central de otro país también puede presentar una queja: aquí, la CTM, cuyos "
                            "afiliados tienen estrechos lazos familiares y laborales con los trabajadores "
                            "mexicanos en los Estados Unidos.</li>"
                            "<li>El Comité no dicta una sentencia que se pueda hacer ejecutar. Publica "
                            "recomendaciones y luego sigue el caso durante años. Esos textos públicos se "
                            "convierten en argumentos para las campañas sindicales.</li>"
                            "</ul>"
                        ),
                        "ht": (
                            "<p><b>Sa ka sa a montre sendika w:</b></p>"
                            "<ul>"
                            "<li>Ou ka al bò kot Komite a menm kont yon Eta ki pa ratifye ni C087 ni C098.</li>"
                            "<li>Yon santral sendikal nan yon lòt peyi ka depoze plent tou: isit la, se CTM, "
                            "paske manm li yo gen gwo lyen fanmi ak lyen travay ak travayè meksiken ki Etazini "
                            "yo.</li>"
                            "<li>Komite a pa bay yon jijman yo ka fòse moun aplike. Li pibliye rekòmandasyon, "
                            "epi li swiv ka a pandan plizyè ane. Tèks piblik sa yo vin tounen agiman pou "
                            "kanpay sendika yo.</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "key_point",
                    {
                        "fr": (
                            "<p>Une convention oblige seulement les États qui la ratifient ; une recommandation "
                            "guide ; un protocole complète. Une fois la convention ratifiée, l'État doit rendre "
                            "des comptes. Et en matière de liberté syndicale, un syndicat peut saisir le Comité "
                            "de la liberté syndicale même sans ratification.</p>"
                        ),
                        "en": (
                            "<p>A convention binds only the States that ratify it; a recommendation guides; a "
                            "protocol adds to a convention. Once a convention is ratified, the State must report "
                            "on it. And on freedom of association, a union can go to the Committee on Freedom of "
                            "Association even without ratification.</p>"
                        ),
                        "es": (
                            "<p>Un convenio obliga solo a los Estados que lo ratifican; una recomendación "
                            "orienta; un protocolo completa. Una vez ratificado el convenio, el Estado debe "
                            "rendir cuentas. Y en materia de libertad sindical, un sindicato puede acudir al "
                            "Comité de Libertad Sindical incluso sin ratificación.</p>"
                        ),
                        "ht": (
                            "<p>Yon konvansyon oblije sèlman Eta ki ratifye l yo; yon rekòmandasyon gide; yon "
                            "pwotokòl konplete. Lè yon Eta ratifye yon konvansyon, li dwe rann kont. Epi pou "
                            "libète sendikal, yon sendika ka pote plent bò kot Komite Libète Sendikal la, menm "
                            "san ratifikasyon.</p>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "question": {
                            "fr": (
                                "Votre pays a-t-il ratifié la C087 et la C098 ? Comment le vérifier, et "
                                "qu'est-ce que la réponse change pour votre syndicat ?"
                            ),
                            "en": (
                                "Has your country ratified C087 and C098? How can you check, and what difference "
                                "does the answer make for your union?"
                            ),
                            "es": (
                                "¿Tu país ha ratificado el C087 y el C098? ¿Cómo comprobarlo, y qué cambia "
                                "la respuesta para tu sindicato?"
                            ),
                            "ht": (
                                "Èske peyi w ratifye C087 ak C098? Kijan pou w verifye sa, e kisa repons lan "
                                "chanje pou sendika w?"
                            ),
                        },
                        "guidance": {
                            "fr": (
                                "Cherchez votre pays dans NORMLEX. Si les conventions sont ratifiées, quels "
                                "commentaires la CEACR a-t-elle faits ? Si elles ne le sont pas, rappelez-vous "
                                "que le Comité de la liberté syndicale reste ouvert à votre syndicat."
                            ),
                            "en": (
                                "Look up your country in NORMLEX. If the conventions are ratified, what comments "
                                "has the CEACR made? If they are not, remember that the Committee on Freedom of "
                                "Association is still open to your union."
                            ),
                            "es": (
                                "Busca tu país en NORMLEX. Si los convenios están ratificados, ¿qué "
                                "comentarios ha hecho la CEACR? Si no lo están, recuerda que el Comité de "
                                "Libertad Sindical sigue abierto a tu sindicato."
                            ),
                            "ht": (
                                "Chèche peyi w nan NORMLEX. Si konvansyon yo ratifye, ki kòmantè CEACR fè? Si yo "
                                "pa ratifye, sonje Komite Libète Sendikal la toujou louvri pou sendika w."
                            ),
                        },
                    },
                ),
            ],
        },
        {
            "title": {
                "fr": "La Déclaration de 1998 et les droits fondamentaux au travail",
                "en": "The 1998 Declaration and fundamental rights at work",
                "es": "La Declaración de 1998 y los derechos fundamentales en el trabajo",
                "ht": "Deklarasyon 1998 la ak dwa fondamantal nan travay",
            },
            "slug": {
                "fr": "declaration-de-1998-droits-fondamentaux",
                "en": "1998-declaration-fundamental-rights",
                "es": "declaracion-de-1998-derechos-fundamentales",
                "ht": "deklarasyon-1998-dwa-fondamantal",
            },
            "summary": {
                "fr": (
                    "Certains droits s'imposent à tous les États membres de l'OIT, qu'ils aient ratifié les "
                    "conventions ou non. Lesquels, et à quoi servent-ils à votre syndicat ?"
                ),
                "en": (
                    "Some rights apply to every ILO member State, whether or not it has ratified the "
                    "conventions. Which rights, and how can your union use them?"
                ),
                "es": (
                    "Algunos derechos se imponen a todos los Estados miembros de la OIT, hayan ratificado o "
                    "no los convenios. ¿Cuáles son y para qué le sirven a tu sindicato?"
                ),
                "ht": (
                    "Gen kèk dwa tout Eta manm OIT dwe respekte, kit yo ratifye konvansyon yo kit yo pa "
                    "ratifye yo. Ki dwa sa yo, e kijan sendika w ka sèvi ak yo?"
                ),
            },
            "minutes": 15,
            "body": [
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>En 1998, la Conférence internationale du Travail a adopté la Déclaration de "
                            "l'OIT relative aux principes et droits fondamentaux au travail. Son idée centrale : "
                            "certains droits sont si essentiels qu'ils s'imposent à <b>tous</b> les États "
                            "membres.</p>"
                            "<p>Normalement, une convention n'oblige que les États qui l'ont ratifiée. La "
                            "Déclaration change la donne : le seul fait d'être membre de l'OIT engage un État à "
                            "respecter ces principes, même s'il n'a pas ratifié les conventions qui y "
                            "correspondent.</p>"
                        ),
                        "en": (
                            "<p>In 1998, the International Labour Conference adopted the ILO Declaration on "
                            "Fundamental Principles and Rights at Work. Its central idea: some rights are so "
                            "essential that they apply to <b>all</b> member States.</p>"
                            "<p>Normally, a convention binds only the States that have ratified it. The "
                            "Declaration changes the picture: the mere fact of being a member of the ILO commits "
                            "a State to respect these principles, even if it has not ratified the corresponding "
                            "conventions.</p>"
                        ),
                        "es": (
                            "<p>En 1998, la Conferencia Internacional del Trabajo adoptó la Declaración de la "
                            "OIT relativa a los principios y derechos fundamentales en el trabajo. Su idea "
                            "central: algunos derechos son tan esenciales que se imponen a <b>todos</b> los "
                            "Estados miembros.</p>"
                            "<p>Normalmente, un convenio solo obliga a los Estados que lo han ratificado. La "
                            "Declaración cambia las cosas: el solo hecho de ser miembro de la OIT compromete a "
                            "un Estado a respetar estos principios, aunque no haya ratificado los convenios "
                            "correspondientes.</p>"
                        ),
                        "ht": (
                            "<p>An 1998, Konferans Entènasyonal Travay la adopte Deklarasyon OIT sou prensip ak "
                            "dwa fondamantal nan travay. Lide santral li: gen kèk dwa ki tèlman esansyèl, "
                            "<b>tout</b> Eta manm yo dwe respekte yo.</p>"
                            "<p>Nòmalman, yon konvansyon oblije sèlman Eta ki ratifye l yo. Deklarasyon an "
                            "chanje sa: sèl lefèt yon Eta se manm OIT angaje l pou l respekte prensip sa yo, "
                            "menm si li pa ratifye konvansyon ki mache ak yo.</p>"
                        ),
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Les principes et droits fondamentaux se regroupent en cinq catégories :</p>"
                            "<ul>"
                            "<li>la liberté d'association et la reconnaissance effective du droit de négociation "
                            "collective ;</li>"
                            "<li>l'élimination de toute forme de travail forcé ou obligatoire ;</li>"
                            "<li>l'abolition effective du travail des enfants ;</li>"
                            "<li>l'élimination de la discrimination en matière d'emploi et de profession ;</li>"
                            "<li>un milieu de travail sûr et salubre.</li>"
                            "</ul><p>Pour chaque catégorie, des conventions fondamentales précisent ces droits. "
                            "Pour la liberté syndicale, ce sont la C087 et la C098. Le module 2 présente une à "
                            "une toutes les conventions fondamentales.</p>"
                        ),
                        "en": (
                            "<p>The fundamental principles and rights fall into five categories:</p>"
                            "<ul>"
                            "<li>freedom of association and the effective recognition of the right to collective "
                            "bargaining;</li>"
                            "<li>the elimination of all forms of forced or compulsory labour;</li>"
                            "<li>the effective abolition of child labour;</li>"
                            "<li>the elimination of discrimination in respect of employment and occupation;</li>"
                            "<li>a safe and healthy working environment.</li>"
                            "</ul><p>For each category, fundamental conventions spell out these rights. For "
                            "freedom of association, they are C087 and C098. Module 2 presents every fundamental "
                            "convention one by one.</p>"
                        ),
                        "es": (
                            "<p>Los principios y derechos fundamentales se agrupan en cinco categorías:</p>"
                            "<ul>"
                            "<li>la libertad de asociación y el reconocimiento efectivo del derecho de "
                            "negociación colectiva;</li>"
                            "<li>la eliminación de todas las formas de trabajo forzoso u obligatorio;</li>"
                            "<li>la abolición efectiva del trabajo infantil;</li>"
                            "<li>la eliminación de la discriminación en materia de empleo y ocupación;</li>"
                            "<li>un entorno de trabajo seguro y saludable.</li>"
                            "</ul><p>Para cada categoría, unos convenios fundamentales precisan estos derechos. "
                            "Para la libertad sindical, son el C087 y el C098. El módulo 2 presenta uno por uno "
                            "todos los convenios fundamentales.</p>"
                        ),
                        "ht": (
                            "<p>Prensip ak dwa fondamantal yo divize an senk kategori:</p>"
                            "<ul>"
                            "<li>libète asosyasyon, ak rekonesans efektif dwa negosyasyon kolektif (sa vle di: dwa "
                            "sa a pa dwe rete sou papye sèlman, fòk travayè yo ka vrèman negosye);</li>"
                            "<li>eliminasyon tout fòm travay fòse oswa obligatwa;</li>"
                            "<li>abolisyon efektif travay timoun;</li>"
                            "<li>eliminasyon diskriminasyon nan anplwa ak nan pwofesyon;</li>"
                            "<li>yon anviwònman travay ki an sekirite e ki bon pou lasante.</li>"
                            "</ul><p>Pou chak kategori, gen konvansyon fondamantal ki presize dwa sa yo. Pou "
                            "libète sendikal, se C087 ak C098. Modil 2 a prezante tout konvansyon fondamantal yo "
                            "youn apre lòt.</p>"
                        ),
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>La cinquième catégorie est la plus récente. En juin 2022, la Conférence "
                            "internationale du Travail a modifié la Déclaration pour y ajouter le droit à un "
                            "milieu de travail sûr et salubre. Deux conventions sont alors devenues "
                            "fondamentales : la convention sur la sécurité et la santé des travailleurs (C155) "
                            "et la convention sur le cadre promotionnel pour la sécurité et la santé au travail "
                            "(C187).</p>"
                            "<p>Le message est clair : personne ne devrait risquer sa vie ou sa santé pour "
                            "gagner sa vie.</p>"
                        ),
                        "en": (
                            "<p>The fifth category is the newest. In June 2022, the International Labour "
                            "Conference amended the Declaration to add the right to a safe and healthy working "
                            "environment. Two conventions then became fundamental: the Occupational Safety and "
                            "Health Convention (C155) and the Promotional Framework for Occupational Safety and "
                            "Health Convention (C187).</p>"
                            "<p>The message is clear: nobody should have to risk their life or their health to "
                            "earn a living.</p>"
                        ),
                        "es": (
                            "<p>La quinta categoría es la más reciente. En junio de 2022, la Conferencia "
                            "Internacional del Trabajo modificó la Declaración para añadir el derecho a un "
                            "entorno de trabajo seguro y saludable. Dos convenios pasaron entonces a ser "
                            "fundamentales: el Convenio sobre seguridad y salud de los trabajadores (C155) y el "
                            "Convenio sobre el marco promocional para la seguridad y salud en el trabajo "
                            "(C187).</p>"
                            "<p>El mensaje es claro: nadie debería arriesgar su vida ni su salud para ganarse la "
                            "vida.</p>"
                        ),
                        "ht": (
                            "<p>Senkyèm kategori a se li ki pi nouvo. An jen 2022, Konferans Entènasyonal Travay "
                            "la modifye Deklarasyon an pou l ajoute dwa a yon anviwònman travay ki an sekirite e "
                            "ki bon pou lasante. Lè sa a, de konvansyon vin fondamantal: konvansyon sou sekirite "
                            "ak sante travayè yo (C155) ak konvansyon sou kad pwomosyon pou sekirite ak sante "
                            "nan travay (C187).</p>"
                            "<p>Mesaj la klè: pèsonn pa ta dwe riske lavi l oswa sante l pou l chèche lavi.</p>"
                        ),
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p><b>Concrètement, pour votre syndicat :</b></p>"
                            "<ul>"
                            "<li>Si un employeur ou un gouvernement empêche la syndicalisation, vous pouvez "
                            "rappeler que la liberté syndicale engage tous les membres de l'OIT, ratification ou "
                            "pas.</li>"
                            "<li>Dans une négociation, vous pouvez réclamer des mesures de santé et de sécurité "
                            "en vous appuyant sur un principe reconnu partout dans le monde.</li>"
                            "<li>Quand votre syndicat ou votre employeur achète des biens, vous pouvez exiger "
                            "qu'ils soient fabriqués sans travail forcé, sans travail des enfants et sans "
                            "discrimination.</li>"
                            "<li>Pour soutenir des camarades à l'étranger, vous parlez le même langage qu'eux : "
                            "ces droits valent partout.</li>"
                            "</ul><p>Retenez aussi que la Déclaration est surtout un outil de promotion. Pour "
                            "déposer une plainte, on passe par les procédures vues à la leçon précédente.</p>"
                        ),
                        "en": (
                            "<p><b>In practice, for your union:</b></p>"
                            "<ul>"
                            "<li>If an employer or a government blocks unionisation, you can point out that "
                            "freedom of association binds every ILO member, ratification or not.</li>"
                            "<li>In bargaining, you can demand health and safety measures backed by a principle "
                            "recognised all over the world.</li>"
                            "<li>When your union or your employer buys goods, you can require that they are made "
                            "without forced labour, without child labour and without discrimination.</li>"
                            "<li>To support fellow workers abroad, you speak the same language as they do: these "
                            "rights apply everywhere.</li>"
                            "</ul><p>Remember, too, that the Declaration is above all a promotional tool. To "
                            "file a complaint, you use the procedures seen in the previous lesson.</p>"
                        ),
                        "es": (
                            "<p><b>En concreto, para tu sindicato:</b></p>"
                            "<ul>"
                            "<li>Si un empleador o un gobierno impide la sindicalización, puedes recordar "
                            "que la libertad sindical compromete a todos los miembros de la OIT, con "
                            "ratificación o sin ella.</li>"
                            "<li>En una negociación, puedes reclamar medidas de salud y seguridad "
                            "apoyándote en un principio reconocido en todo el mundo.</li>"
                            "<li>Cuando tu sindicato o tu empleador compra bienes, puedes exigir que se "
                            "fabriquen sin trabajo forzoso, sin trabajo infantil y sin discriminación.</li>"
                            "<li>Para apoyar a compañeras y compañeros en el extranjero, hablas el mismo "
                            "idioma que ellos: estos derechos valen en todas partes.</li>"
                            "</ul><p>Recuerda también que la Declaración es sobre todo una herramienta de "
                            "promoción. Para presentar una queja, se usan los procedimientos vistos en la "
                            "lección anterior.</p>"
                        ),
                        "ht": (
                            "<p><b>Konkrètman, pou sendika w:</b></p>"
                            "<ul>"
                            "<li>Si yon patwon oswa yon gouvènman anpeche travayè yo fòme sendika, ou ka raple "
                            "libète sendikal se yon angajman pou tout manm OIT, kit yo ratifye kit yo pa "
                            "ratifye.</li>"
                            "<li>Nan yon negosyasyon, ou ka egzije mezi sante ak sekirite, epi apiye w sou yon "
                            "prensip tout mond lan rekonèt.</li>"
                            "<li>Lè sendika w oswa patwon w achte machandiz, ou ka egzije pou yo fabrike yo san "
                            "travay fòse, san travay timoun e san diskriminasyon.</li>"
                            "<li>Pou sipòte kanmarad nan lòt peyi, ou pale menm langaj ak yo: dwa sa yo valab "
                            "toupatou.</li>"
                            "</ul><p>Sonje tou: Deklarasyon an se sitou yon zouti pou fè pwomosyon dwa yo. Pou "
                            "depoze yon plent, se pwosedi nou te wè nan leson anvan an ou dwe itilize.</p>"
                        ),
                    },
                ),
                (
                    "key_point",
                    {
                        "fr": (
                            "<p>Depuis 1998, tout État membre de l'OIT doit respecter les principes et droits "
                            "fondamentaux au travail, du seul fait de son adhésion. Depuis 2022, un milieu de "
                            "travail sûr et salubre en fait partie. C'est un socle commun que votre syndicat "
                            "peut invoquer partout.</p>"
                        ),
                        "en": (
                            "<p>Since 1998, every ILO member State must respect the fundamental principles and "
                            "rights at work, simply because it is a member. Since 2022, a safe and healthy "
                            "working environment is one of them. This is a common floor your union can invoke "
                            "anywhere.</p>"
                        ),
                        "es": (
                            "<p>Desde 1998, todo Estado miembro de la OIT debe respetar los principios y "
                            "derechos fundamentales en el trabajo, por el solo hecho de ser miembro. Desde 2022, "
                            "un entorno de trabajo seguro y saludable forma parte de ellos. Es una base común "
                            "que tu sindicato puede invocar en cualquier lugar.</p>"
                        ),
                        "ht": (
                            "<p>Depi 1998, chak Eta manm OIT dwe respekte prensip ak dwa fondamantal nan travay, "
                            "sèlman paske li se manm. Depi 2022, yon anviwònman travay ki an sekirite e ki bon "
                            "pou lasante fè pati yo. Se yon baz komen sendika w ka envoke nenpòt kote.</p>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "question": {
                            "fr": (
                                "Parmi les cinq catégories de droits fondamentaux, laquelle est la plus menacée "
                                "dans votre secteur ou votre région ?"
                            ),
                            "en": (
                                "Of the five categories of fundamental rights, which one is most under threat in "
                                "your sector or your region?"
                            ),
                            "es": (
                                "De las cinco categorías de derechos fundamentales, ¿cuál está más amenazada en "
                                "tu sector o tu región?"
                            ),
                            "ht": (
                                "Pami senk kategori dwa fondamantal yo, kilès ki pi menase nan sektè w oswa nan "
                                "rejyon w?"
                            ),
                        },
                        "guidance": {
                            "fr": (
                                "Choisissez une catégorie. Décrivez une situation concrète, sans nommer "
                                "personne. Puis proposez une action : informer les membres, porter une "
                                "revendication à la table de négociation, ou tisser un lien de solidarité avec "
                                "un syndicat d'ailleurs."
                            ),
                            "en": (
                                "Choose one category. Describe a concrete situation without naming anyone. Then "
                                "suggest an action: informing members, bringing a demand to the bargaining "
                                "table, or building a solidarity link with a union elsewhere."
                            ),
                            "es": (
                                "Elige una categoría. Describe una situación concreta, sin nombrar a nadie. "
                                "Luego propón una acción: informar a las y los afiliados, llevar una "
                                "reivindicación a la mesa de negociación o tejer un lazo de solidaridad con un "
                                "sindicato de otro lugar."
                            ),
                            "ht": (
                                "Chwazi yon kategori. Dekri yon sitiyasyon konkrè, san w pa bay non pèsonn. Apre "
                                "sa, pwopoze yon aksyon: enfòme manm yo, pote yon revandikasyon sou tab "
                                "negosyasyon an, oswa kreye yon lyen solidarite ak yon sendika lòt kote."
                            ),
                        },
                    },
                ),
            ],
        },
        {
            "title": {
                "fr": "Le droit de grève à l'OIT",
                "en": "The right to strike at the ILO",
                "es": "El derecho de huelga en la OIT",
                "ht": "Dwa fè grèv nan OIT",
            },
            "slug": {
                "fr": "le-droit-de-greve-a-l-oit",
                "en": "the-right-to-strike-at-the-ilo",
                "es": "el-derecho-de-huelga-en-la-oit",
                "ht": "dwa-fe-grev-nan-oit",
            },
            "summary": {
                "fr": (
                    "La convention n° 87 ne nomme pas la grève. Ce qu'en disent les organes de contrôle, le "
                    "conflit qui a bloqué l'OIT à partir de 2012, et la question posée à la Cour "
                    "internationale de Justice."
                ),
                "en": (
                    "Convention No. 87 does not name the strike. What the supervisory bodies say, the "
                    "dispute that blocked the ILO from 2012, and the question put to the International Court "
                    "of Justice."
                ),
                "es": (
                    "El Convenio núm. 87 no nombra la huelga. Lo que dicen los órganos de control, el "
                    "conflicto que bloqueó la OIT a partir de 2012 y la pregunta planteada a la Corte "
                    "Internacional de Justicia."
                ),
                "ht": (
                    "Konvansyon 87 la pa site mo grèv la. Sa gwoup ki kontwole nòm yo di, konfli ki te bloke "
                    "OIT apati 2012, ak kesyon yo te poze Kou Entènasyonal Jistis la."
                ),
            },
            "minutes": 15,
            "body": [
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Relisez la convention n° 87 sur la liberté syndicale (1948) : le mot « grève » "
                            "n'y figure pas. Elle garantit pourtant aux organisations de travailleurs le droit "
                            "d'organiser leur gestion et leurs activités en toute liberté, et de formuler leur "
                            "programme d'action (article 3).</p>"
                            "<p>Depuis des décennies, les deux organes de contrôle qui examinent la liberté "
                            "syndicale, le Comité de la liberté syndicale et la commission d'experts (CEACR), "
                            "en tirent la même conclusion. Pour eux, le droit de grève est un corollaire de la "
                            "liberté syndicale : il en découle directement. Il est donc protégé par la "
                            "convention n° 87. La grève est l'un des moyens essentiels dont disposent les "
                            "travailleurs et leurs organisations pour défendre leurs intérêts économiques et "
                            "sociaux.</p>"
                            "<p>Ce droit n'est pas sans limites. Le Comité admet qu'il soit restreint, voire "
                            "interdit, dans des cas précis : par exemple dans les services essentiels au sens "
                            "strict (ceux dont l'arrêt mettrait en danger la vie, la sécurité ou la santé de la "
                            "population) ou pour les fonctionnaires qui exercent l'autorité au nom de "
                            "l'État.</p>"
                        ),
                        "en": (
                            "<p>Read Convention No. 87 on freedom of association (1948) again: the word "
                            "“strike” does not appear in it. Yet it guarantees workers' organisations the right "
                            "to organise their administration and activities in full freedom, and to formulate "
                            "their programmes (article 3).</p>"
                            "<p>For decades, the two supervisory bodies that examine freedom of association, "
                            "the Committee on Freedom of Association and the Committee of Experts (CEACR), have "
                            "drawn the same conclusion. In their view, the right to strike is a corollary of "
                            "freedom of association: it follows directly from it. So it is protected by "
                            "Convention No. 87. Strikes are one of the essential means by which workers and "
                            "their organisations defend their economic and social interests.</p>"
                            "<p>This right has limits. The Committee accepts that it may be restricted, or even "
                            "prohibited, in specific cases: for example in essential services in the strict "
                            "sense of the term (those whose interruption would endanger the life, safety or "
                            "health of the population) or for public servants exercising authority in the name "
                            "of the State.</p>"
                        ),
                        "es": (
                            "<p>Vuelve a leer el Convenio núm. 87 sobre la libertad sindical (1948): la palabra "
                            "«huelga» no aparece. Sin embargo, garantiza a las organizaciones de trabajadores "
                            "el derecho de organizar su administración y sus actividades con plena libertad, y "
                            "de formular su programa de acción (artículo 3).</p>"
                            "<p>Desde hace décadas, los dos órganos de control que examinan la libertad "
                            "sindical, el Comité de Libertad Sindical y la Comisión de Expertos (CEACR), sacan "
                            "la misma conclusión. Para ellos, el derecho de huelga es un corolario de la "
                            "libertad sindical: se deriva directamente de ella. Por eso está protegido por el "
                            "Convenio núm. 87. La huelga es uno de los medios esenciales de que disponen los "
                            "trabajadores y sus organizaciones para defender sus intereses económicos y "
                            "sociales.</p>"
                            "<p>Este derecho tiene límites. El Comité admite que se restrinja, o incluso se "
                            "prohíba, en casos precisos: por ejemplo, en los servicios esenciales en el sentido "
                            "estricto del término (aquellos cuya interrupción pondría en peligro la vida, la "
                            "seguridad o la salud de la población) o para los funcionarios que ejercen "
                            "funciones de autoridad en nombre del Estado.</p>"
                        ),
                        "ht": (
                            "<p>Reli konvansyon 87 la sou libète sendikal (1948): mo « grèv » la pa ladan l. "
                            "Poutan, li garanti òganizasyon travayè yo dwa pou yo òganize jesyon yo ak "
                            "aktivite yo an tout libète, epi pou yo fikse pwogram aksyon yo (atik 3).</p>"
                            "<p>Depi plizyè dizèn ane, de gwoup ki kontwole libète sendikal nan OIT, Komite "
                            "Libète Sendikal la ak komisyon ekspè yo (CEACR), rive nan menm konklizyon an. Pou "
                            "yo, dwa fè grèv se yon konsekans dirèk libète sendikal: li soti ladan l. Kidonk, "
                            "konvansyon 87 la pwoteje l. Grèv se youn nan zouti esansyèl travayè yo ak "
                            "òganizasyon yo genyen pou defann enterè ekonomik ak sosyal yo.</p>"
                            "<p>Dwa sa a gen limit. Komite a aksepte yo ka limite l, oswa menm entèdi l, nan "
                            "kèk ka byen presi: pa egzanp nan sèvis esansyèl yo, nan sans strik mo a (sèvis "
                            "ki, si yo kanpe, ta mete lavi, sekirite oswa sante moun an danje), oswa pou "
                            "fonksyonè ki egzèse otorite nan non Leta.</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "fr": "2012 : le conflit éclate",
                        "en": "2012: the dispute breaks out",
                        "es": "2012: estalla el conflicto",
                        "ht": "2012: konfli a eklate",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>En juin 2012, à la Conférence internationale du Travail, le groupe des "
                            "employeurs conteste cette lecture. Selon lui, puisque la convention n° 87 ne parle "
                            "pas de grève, elle ne protège pas ce droit, et la commission d'experts n'a pas le "
                            "mandat d'interpréter les conventions. Il refuse que la Commission de l'application "
                            "des normes discute des cas où le droit de grève est en jeu.</p>"
                            "<p>Résultat : pour la première fois, cette commission tripartite est empêchée de "
                            "faire son travail de contrôle. Une crise s'ouvre au cœur de l'OIT.</p>"
                        ),
                        "en": (
                            "<p>In June 2012, at the International Labour Conference, the Employers' group "
                            "challenged this reading. In its view, since Convention No. 87 does not mention "
                            "strikes, it does not protect that right, and the Committee of Experts has no "
                            "mandate to interpret conventions. It refused to let the Conference Committee on "
                            "the Application of Standards discuss cases involving the right to strike.</p>"
                            "<p>The result: for the first time, this tripartite committee was prevented from "
                            "doing its supervisory work. A crisis opened at the heart of the ILO.</p>"
                        ),
                        "es": (
                            "<p>En junio de 2012, en la Conferencia Internacional del Trabajo, el Grupo de los "
                            "Empleadores impugna esta lectura. Según él, como el Convenio núm. 87 no habla de "
                            "huelga, no protege ese derecho, y la Comisión de Expertos no tiene mandato para "
                            "interpretar los convenios. Se niega a que la Comisión de Aplicación de Normas de "
                            "la Conferencia discuta los casos en que está en juego el derecho de huelga.</p>"
                            "<p>Resultado: por primera vez, esta comisión tripartita no puede hacer su trabajo "
                            "de control. Se abre una crisis en el corazón de la OIT.</p>"
                        ),
                        "ht": (
                            "<p>An jen 2012, nan Konferans Entènasyonal Travay la, gwoup patwon yo konteste "
                            "lekti sa a. Dapre yo, piske konvansyon 87 la pa pale de grèv, li pa pwoteje dwa "
                            "sa a, epi komisyon ekspè yo pa gen manda pou yo entèprete konvansyon yo. Yo refize "
                            "kite Komisyon Konferans lan pou aplikasyon nòm yo diskite sou ka kote dwa fè grèv "
                            "la an jwèt.</p>"
                            "<p>Rezilta: pou premye fwa, komisyon tripatit sa a pa ka fè travay kontwòl li. "
                            "Yon kriz louvri nan kè OIT.</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "fr": "2015 : une réunion tripartite",
                        "en": "2015: a tripartite meeting",
                        "es": "2015: una reunión tripartita",
                        "ht": "2015: yon reyinyon tripatit",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Du 23 au 25 février 2015, une réunion tripartite se tient à Genève sur la "
                            "convention n° 87 et le droit de grève. Le groupe gouvernemental y déclare que le "
                            "droit de grève est lié à la liberté syndicale, qui est un principe et droit "
                            "fondamental au travail de l'OIT. Les employeurs et les travailleurs présentent "
                            "ensemble des propositions pour sortir de l'impasse au sein des organes de "
                            "contrôle.</p>"
                            "<p>Mais le désaccord de fond n'est pas réglé. En 2023, un rapport du Bureau "
                            "international du Travail parle encore d'un conflit « de longue date » sur "
                            "l'interprétation de la convention n° 87 au sujet du droit de grève.</p>"
                        ),
                        "en": (
                            "<p>From 23 to 25 February 2015, a tripartite meeting on Convention No. 87 and the "
                            "right to strike was held in Geneva. There, the Government group stated that the "
                            "right to strike is linked to freedom of association, which is a fundamental "
                            "principle and right at work of the ILO. The employers and the workers put forward "
                            "joint proposals to break the deadlock in the supervisory bodies.</p>"
                            "<p>But the underlying disagreement was not settled. In 2023, a report of the "
                            "International Labour Office still spoke of a “long-standing dispute” over the "
                            "interpretation of Convention No. 87 in relation to the right to strike.</p>"
                        ),
                        "es": (
                            "<p>Del 23 al 25 de febrero de 2015 se celebra en Ginebra una reunión tripartita "
                            "sobre el Convenio núm. 87 y el derecho de huelga. El Grupo Gubernamental declara "
                            "allí que el derecho de huelga está vinculado a la libertad sindical, que es un "
                            "principio y derecho fundamental en el trabajo de la OIT. Los empleadores y los "
                            "trabajadores presentan juntos propuestas para salir del bloqueo en los órganos de "
                            "control.</p>"
                            "<p>Pero el desacuerdo de fondo no se resuelve. En 2023, un informe de la Oficina "
                            "Internacional del Trabajo todavía habla de una controversia «de larga data» sobre "
                            "la interpretación del Convenio núm. 87 en relación con el derecho de huelga.</p>"
                        ),
                        "ht": (
                            "<p>Soti 23 rive 25 fevriye 2015, yon reyinyon tripatit fèt nan Jenèv sou "
                            "konvansyon 87 la ak dwa fè grèv. Nan reyinyon sa a, gwoup gouvènman yo deklare dwa "
                            "fè grèv mare ak libète sendikal, e libète sendikal se yon prensip ak yon dwa "
                            "fondamantal nan travay pou OIT. Patwon yo ak travayè yo prezante pwopozisyon "
                            "ansanm pou debloke travay kontwòl la.</p>"
                            "<p>Men dezakò a menm pa regle. An 2023, yon rapò Biwo Entènasyonal Travay la "
                            "toujou pale de yon konfli « ki la depi lontan » sou fason pou entèprete "
                            "konvansyon 87 la konsènan dwa fè grèv.</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "fr": "2023 : la question posée à la Cour internationale de Justice",
                        "en": "2023: the question put to the International Court of Justice",
                        "es": "2023: la pregunta planteada a la Corte Internacional de Justicia",
                        "ht": "2023: kesyon yo poze Kou Entènasyonal Jistis la",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>L'article 37, paragraphe 1, de la Constitution de l'OIT prévoit que les "
                            "questions ou difficultés d'interprétation d'une convention sont soumises à la Cour "
                            "internationale de Justice (CIJ), le tribunal des Nations Unies à La Haye. En 2023, "
                            "le groupe des travailleurs, puis plusieurs gouvernements, demandent d'utiliser "
                            "cette voie.</p>"
                            "<p>Le 10 novembre 2023, en session spéciale, le Conseil d'administration de l'OIT "
                            "(son organe exécutif, lui aussi tripartite) décide, par 33 voix contre 21 et 2 "
                            "abstentions, de demander à la Cour un avis consultatif d'urgence. La question est "
                            "simple : le droit de grève des travailleurs et de leurs organisations est-il "
                            "protégé par la convention n° 87 ? Le 13 novembre 2023, le Directeur général "
                            "de l'OIT transmet la demande à la Cour.</p>"
                            "<p>La Cour organise la procédure par une ordonnance du 16 novembre 2023. États "
                            "et organisations déposent 31 exposés écrits. La Cour tient ensuite des "
                            "audiences publiques du 6 au 8 octobre 2025, à La Haye. Pour savoir si elle a "
                            "rendu son avis et ce qu'il dit, consultez la page de l'affaire sur le "
                            '<a href="https://www.icj-cij.org/case/191">site de la Cour</a>. Un avis consultatif n\'est pas un '
                            "jugement contre un pays : il dit comment lire la convention.</p>"
                        ),
                        "en": (
                            "<p>Article 37, paragraph 1, of the ILO Constitution provides that questions or "
                            "disputes about the interpretation of a convention are referred to the "
                            "International Court of Justice (ICJ), the United Nations court in The Hague. In "
                            "2023, the Workers' group, then several governments, asked for this route to be "
                            "used.</p>"
                            "<p>On 10 November 2023, at a special session, the ILO Governing Body (its "
                            "executive body, also tripartite) decided, by 33 votes to 21 with 2 abstentions, to "
                            "ask the Court for an urgent advisory opinion. The question is simple: is the right "
                            "to strike of workers and their organisations protected under Convention No. 87? "
                            "On 13 November 2023, the ILO Director-General sent the request to the Court.</p>"
                            "<p>The Court organised the proceedings by an order of 16 November 2023. States "
                            "and organisations filed 31 written statements. The Court then held public "
                            "hearings from 6 to 8 October 2025, in The Hague. To find out whether it has "
                            "given its opinion and what it says, see the case page on the "
                            '<a href="https://www.icj-cij.org/case/191">Court\'s website</a>. An advisory opinion is not a judgment '
                            "against a country: it says how the convention is to be read.</p>"
                        ),
                        "es": (
                            "<p>El artículo 37, párrafo 1, de la Constitución de la OIT prevé que las "
                            "cuestiones o dificultades relativas a la interpretación de un convenio se sometan "
                            "a la Corte Internacional de Justicia (CIJ), el tribunal de las Naciones Unidas en "
                            "La Haya. En 2023, el Grupo de los Trabajadores, y luego varios gobiernos, piden "
                            "usar esta vía.</p>"
                            "<p>El 10 de noviembre de 2023, en una reunión especial, el Consejo de "
                            "Administración de la OIT (su órgano ejecutivo, también tripartito) decide, por 33 "
                            "votos contra 21 y 2 abstenciones, pedir a la Corte una opinión consultiva urgente. "
                            "La pregunta es sencilla: ¿está protegido el derecho de huelga de los trabajadores "
                            "y de sus organizaciones por el Convenio núm. 87? El 13 de noviembre de 2023, el "
                            "Director General de la OIT transmite la solicitud a la Corte.</p>"
                            "<p>La Corte organiza el procedimiento mediante una providencia del 16 de "
                            "noviembre de 2023. Estados y organizaciones presentan 31 exposiciones escritas. "
                            "Luego la Corte celebra audiencias públicas del 6 al 8 de octubre de 2025, en La "
                            "Haya. Para saber si ya emitió su opinión y qué dice, consulta la página del "
                            'caso en el <a href="https://www.icj-cij.org/case/191">sitio web de la Corte</a>. Una opinión consultiva '
                            "no es una sentencia contra un país: dice cómo leer el convenio.</p>"
                        ),
                        "ht": (
                            "<p>Atik 37, paragraf 1, Konstitisyon OIT a di: lè gen kesyon oswa diskisyon sou "
                            "fason pou entèprete yon konvansyon, se Kou Entènasyonal Jistis la (CIJ), tribinal "
                            "Nasyonzini an nan vil La Haye, ki pou tranche. An 2023, gwoup travayè yo, epi "
                            "plizyè gouvènman apre yo, mande pou yo pran wout sa a.</p>"
                            "<p>10 novanm 2023, nan yon sesyon espesyal, Konsèy Administrasyon OIT (gwoup ki "
                            "dirije OIT ant de konferans, li menm tou se tripatit) deside, ak 33 vwa pou, 21 "
                            "kont ak 2 ki pa vote, pou l mande Kou a yon avi konsiltatif (yon opinyon jiridik, "
                            "pa yon jijman) ijan. Kesyon an senp: èske konvansyon 87 la pwoteje dwa travayè yo "
                            "ak òganizasyon yo genyen pou fè grèv? 13 novanm 2023, Direktè jeneral OIT a "
                            "voye demann lan bay Kou a.</p>"
                            "<p>Kou a òganize pwosedi a nan yon òdonans 16 novanm 2023. Eta ak òganizasyon "
                            "depoze 31 ekspoze ekri. Apre sa, Kou a fè odyans piblik soti 6 rive 8 oktòb "
                            "2025, nan La Haye. Pou w konnen si li bay avi li deja e kisa avi a di, gade paj "
                            'dosye a sou <a href="https://www.icj-cij.org/case/191">sit entènèt Kou a</a>. Yon avi konsiltatif se pa '
                            "yon jijman kont yon peyi: li di kijan pou nou li konvansyon an.</p>"
                        ),
                    },
                ),
                (
                    "key_point",
                    {
                        "fr": (
                            "<p>La convention n° 87 ne nomme pas la grève, mais les organes de contrôle de "
                            "l'OIT considèrent depuis longtemps qu'elle protège ce droit. Contesté par le groupe "
                            "des employeurs à partir de 2012, ce point a été soumis à la Cour internationale de "
                            "Justice en novembre 2023 ; la Cour a tenu ses audiences publiques en octobre "
                            "2025. Un avis de la Cour dit comment lire la convention, pas quelles sont les "
                            "règles de chaque pays.</p>"
                        ),
                        "en": (
                            "<p>Convention No. 87 does not name the strike, but the ILO's supervisory bodies have "
                            "long held that it protects this right. Challenged by the Employers' group from "
                            "2012, the point was referred to the International Court of Justice in November "
                            "2023; the Court held its public hearings in October 2025. Its opinion says how to "
                            "read the convention, not what each country's rules are.</p>"
                        ),
                        "es": (
                            "<p>El Convenio núm. 87 no nombra la huelga, pero los órganos de control de la OIT "
                            "consideran desde hace mucho que protege ese derecho. Impugnado por el Grupo de los "
                            "Empleadores a partir de 2012, este punto se sometió a la Corte Internacional de "
                            "Justicia en noviembre de 2023; la Corte celebró sus audiencias públicas en "
                            "octubre de 2025. Su opinión dice cómo leer el convenio, no cuáles son las reglas "
                            "de cada país.</p>"
                        ),
                        "ht": (
                            "<p>Konvansyon 87 la pa site mo grèv la, men depi lontan gwoup ki kontwole nòm OIT "
                            "yo konsidere li pwoteje dwa sa a. Gwoup patwon yo te konteste sa apati 2012, epi "
                            "an novanm 2023 yo te poze Kou Entènasyonal Jistis la kesyon an; Kou a te fè "
                            "odyans piblik li yo an oktòb 2025. Yon avi Kou a di kijan pou nou li konvansyon "
                            "an, li pa di ki règ chak peyi genyen.</p>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "question": {
                            "fr": (
                                "Dans votre pays, qui a le droit de faire grève, et à quelles conditions ? Ces "
                                "règles vous semblent-elles conformes à ce que disent les organes de contrôle "
                                "de l'OIT ?"
                            ),
                            "en": (
                                "In your country, who has the right to strike, and on what conditions? Do these "
                                "rules seem to you to match what the ILO's supervisory bodies say?"
                            ),
                            "es": (
                                "En tu país, ¿quién tiene derecho a hacer huelga y en qué condiciones? ¿Te "
                                "parecen esas reglas conformes con lo que dicen los órganos de control de la "
                                "OIT?"
                            ),
                            "ht": (
                                "Nan peyi w, kiyès ki gen dwa fè grèv, e nan ki kondisyon? Èske règ sa yo "
                                "dakò ak sa gwoup ki kontwole nòm OIT yo di?"
                            ),
                        },
                        "guidance": {
                            "fr": (
                                "Cherchez les règles de votre pays : loi, code du travail, convention "
                                "collective. Repérez les travailleurs privés du droit de grève, puis comparez "
                                "avec les limites admises par le Comité de la liberté syndicale. Rappelez-vous "
                                "qu'un avis de la Cour dit comment lire la convention : il ne remplace pas les "
                                "règles de votre pays."
                            ),
                            "en": (
                                "Look up your country's rules: legislation, labour code, collective agreement. "
                                "Identify the workers who are denied the right to strike, then compare with the "
                                "limits accepted by the Committee on Freedom of Association. Remember that an "
                                "opinion of the Court says how to read the convention: it does not replace your "
                                "country's rules."
                            ),
                            "es": (
                                "Busca las reglas de tu país: ley, código del trabajo, convenio colectivo. "
                                "Identifica a los trabajadores privados del derecho de huelga y compara con los "
                                "límites que admite el Comité de Libertad Sindical. Recuerda que una opinión de "
                                "la Corte dice cómo leer el convenio: no sustituye las reglas de tu país."
                            ),
                            "ht": (
                                "Chèche règ peyi w yo: lwa, kòd travay, kontra kolektif. Jwenn ki travayè ki pa "
                                "gen dwa fè grèv, epi konpare ak limit Komite Libète Sendikal la aksepte yo. "
                                "Sonje: yon avi Kou a di kijan pou nou li konvansyon an, li pa ranplase règ "
                                "peyi w."
                            ),
                        },
                    },
                ),
            ],
        },
    ],
}
