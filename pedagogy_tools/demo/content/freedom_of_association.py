"""Toolkit: a 45-minute workshop on freedom of association (French, English, Spanish, Haitian Creole).

Goes with module 2 of the demo course ("The fundamental instruments") and its quiz, whose first two
questions are about Conventions Nos 87 and 98. Facts: the module's first lesson, and the texts of
Conventions Nos 87 (arts 2 and 3) and 98 (arts 1, 2 and 4).
"""

TOOLKIT = {
    "key": "freedom-of-association",
    "title": {
        "fr": "La liberté syndicale en 45 minutes",
        "en": "Freedom of association in 45 minutes",
        "es": "La libertad sindical en 45 minutos",
        "ht": "Libète sendikal nan 45 minit",
    },
    "slug": {
        "fr": "la-liberte-syndicale-en-45-minutes",
        "en": "freedom-of-association-in-45-minutes",
        "es": "la-libertad-sindical-en-45-minutos",
        "ht": "libete-sendikal-nan-45-minit",
    },
    "summary": {
        "fr": (
            "Un atelier court, à glisser dans une assemblée ou une soirée d'accueil des nouveaux membres : "
            "ce que protègent les conventions n° 87 et n° 98 de l'OIT, et vers qui se tourner quand ces "
            "droits ne sont pas respectés."
        ),
        "en": (
            "A short workshop to fit into a general meeting or an evening for new members: what ILO "
            "Conventions Nos 87 and 98 protect, and where to turn when these rights are not respected."
        ),
        "es": (
            "Un taller corto, para incluir en una asamblea o en una reunión de bienvenida a los nuevos "
            "miembros: lo que protegen los convenios núm. 87 y núm. 98 de la OIT, y a quién acudir cuando "
            "no se respetan esos derechos."
        ),
        "ht": (
            "Yon atelye kout pou w mete nan yon asanble oswa nan yon reyinyon pou akeyi nouvo manm: sa "
            "Konvansyon 87 ak Konvansyon 98 OIT (Òganizasyon Entènasyonal Travay) pwoteje, ak kote pou w "
            "ale lè yo pa respekte dwa sa yo."
        ),
    },
    "audience": {
        "fr": "Nouveaux membres, déléguées et délégués, toute personne qui découvre le syndicat.",
        "en": "New members, stewards, anyone getting to know the union.",
        "es": "Nuevos miembros, delegadas y delegados, cualquier persona que esté conociendo el sindicato.",
        "ht": "Nouvo manm, delege sendikal, nenpòt moun k ap dekouvri sendika a.",
    },
    "group_size": (6, 30),
    "objectives": [
        {
            "fr": (
                "dire ce que protège la convention n° 87 : créer une organisation de son choix et s'y "
                "affilier, sans autorisation préalable ;"
            ),
            "en": (
                "say what Convention No. 87 protects: forming and joining organisations of one's own "
                "choosing, without prior authorisation;"
            ),
            "es": (
                "decir lo que protege el Convenio núm. 87: constituir la organización que uno elija y "
                "afiliarse a ella, sin autorización previa;"
            ),
            "ht": (
                "di sa Konvansyon 87 pwoteje: dwa pou kreye òganizasyon ou chwazi epi antre ladan l, san "
                "ou pa bezwen mande pèsonn pèmisyon davans;"
            ),
        },
        {
            "fr": (
                "dire ce que protège la convention n° 98 : la protection contre la discrimination "
                "antisyndicale et la promotion de la négociation collective ;"
            ),
            "en": (
                "say what Convention No. 98 protects: protection against anti-union discrimination and the "
                "promotion of collective bargaining;"
            ),
            "es": (
                "decir lo que protege el Convenio núm. 98: la protección contra la discriminación "
                "antisindical y el fomento de la negociación colectiva;"
            ),
            "ht": (
                "di sa Konvansyon 98 pwoteje: pwoteksyon kont diskriminasyon antisendikal (lè yo pini yon "
                "moun paske li nan sendika) ak ankourajman pou negosyasyon kolektif;"
            ),
        },
        {
            "fr": (
                "savoir que le Comité de la liberté syndicale peut examiner une plainte même contre un État "
                "qui n'a ratifié aucune de ces deux conventions."
            ),
            "en": (
                "know that the Committee on Freedom of Association can examine a complaint even against a "
                "State that has ratified neither of these conventions."
            ),
            "es": (
                "saber que el Comité de Libertad Sindical puede examinar una queja incluso contra un Estado "
                "que no ha ratificado ninguno de estos dos convenios."
            ),
            "ht": (
                "konnen Komite Libète Sendikal la ka egzamine yon plent menm kont yon Eta ki pa ratifye "
                "(aksepte ofisyèlman pou l respekte) okenn nan de konvansyon sa yo."
            ),
        },
    ],
    "materials": {
        "fr": (
            "<ul>"
            "<li>Un tableau ou une grande feuille et des marqueurs.</li>"
            "<li>Une copie par personne du document des participantes et participants et de la fiche « La "
            "liberté syndicale en une page ».</li>"
            "<li>Le quiz imprimé et son corrigé.</li>"
            "</ul>"
        ),
        "en": (
            "<ul>"
            "<li>A board or a large sheet of paper and markers.</li>"
            "<li>One copy per person of the participants' handout and of the sheet \"Freedom of association "
            'on one page".</li>'
            "<li>The printed quiz and its answer key.</li>"
            "</ul>"
        ),
        "es": (
            "<ul>"
            "<li>Una pizarra o una hoja grande de papel y marcadores.</li>"
            "<li>Una copia por persona de la hoja para participantes y de la ficha «La libertad sindical en "
            "una página».</li>"
            "<li>El cuestionario impreso y sus respuestas.</li>"
            "</ul>"
        ),
        "ht": (
            "<ul>"
            "<li>Yon tablo oswa yon gwo fèy papye, ak makè.</li>"
            "<li>Yon kopi pou chak moun: fèy pou patisipan yo ak fèy « Libète sendikal sou yon paj ».</li>"
            "<li>Kesyonè a enprime, ak fèy repons li.</li>"
            "</ul>"
        ),
    },
    "preparation": {
        "fr": (
            "<p>Lisez la leçon « Liberté syndicale et négociation collective » du module 2. Préparez un "
            "exemple tiré de l'histoire de votre syndicat : sa fondation, une campagne de syndicalisation, "
            "une première convention collective.</p>"
        ),
        "en": (
            '<p>Read the lesson "Freedom of association and collective bargaining" in module 2. Prepare an '
            "example from your union's history: its founding, an organising drive, a first collective "
            "agreement.</p>"
        ),
        "es": (
            "<p>Lee la primera lección del módulo 2, sobre la libertad sindical y la negociación colectiva. "
            "Prepara un ejemplo de la historia de tu sindicato: su fundación, una campaña de afiliación, un "
            "primer convenio colectivo.</p>"
        ),
        "ht": (
            "<p>Li premye leson modil 2 a, sou libète sendikal ak negosyasyon kolektif. Prepare yon egzanp "
            "ki soti nan istwa sendika w: kijan li te fonde, yon kanpay pou fè travayè antre nan sendika a, "
            "premye kontra kolektif li (akò ekri ant sendika a ak patwon an sou kondisyon travay).</p>"
        ),
    },
    "agenda": [
        {
            "title": {
                "fr": "Seul ou ensemble ?",
                "en": "Alone or together?",
                "es": "¿Solos o juntos?",
                "ht": "Pou kont ou oswa ansanm?",
            },
            "minutes": 5,
            "method": "icebreaker",
            "instructions": {
                "fr": (
                    "<p>Demandez au groupe : « Qu'est-ce que le syndicat vous permet de faire que vous ne "
                    "pourriez pas faire seul ? » Notez trois ou quatre réponses au tableau.</p>"
                ),
                "en": (
                    '<p>Ask the group: "What does the union let you do that you could not do alone?" Write '
                    "three or four answers on the board.</p>"
                ),
                "es": (
                    "<p>Pregunta al grupo: «¿Qué les permite hacer el sindicato que no podrían hacer solos?» "
                    "Anota tres o cuatro respuestas en la pizarra.</p>"
                ),
                "ht": (
                    "<p>Mande gwoup la: « Kisa sendika a pèmèt nou fè, nou pa t ap ka fè pou kont nou? » "
                    "Ekri twa oswa kat repons sou tablo a.</p>"
                ),
            },
            "notes": {
                "fr": (
                    "<p>Retenez une idée-clé pour la suite : sans syndicat, chaque personne fait face seule à "
                    "l'employeur ; la liberté syndicale est l'outil qui permet de défendre tous les autres "
                    "droits.</p>"
                ),
                "en": (
                    "<p>Keep one key idea for what follows: without a union, each worker faces the employer "
                    "alone; freedom of association is the tool for defending all the other rights.</p>"
                ),
                "es": (
                    "<p>Quédate con una idea clave para lo que sigue: sin sindicato, cada persona enfrenta "
                    "sola al empleador; la libertad sindical es la herramienta que permite defender todos los "
                    "demás derechos.</p>"
                ),
                "ht": (
                    "<p>Kenbe yon lide kle pou rès atelye a: san sendika, chak travayè kanpe pou kont li devan "
                    "patwon an; libète sendikal se zouti ki pèmèt nou defann tout lòt dwa yo.</p>"
                ),
            },
            "materials": [
                {
                    "fr": "Tableau et marqueurs",
                    "en": "Board and markers",
                    "es": "Pizarra y marcadores",
                    "ht": "Tablo ak makè",
                },
            ],
            "handout": {"fr": "", "en": "", "es": "", "ht": ""},
        },
        {
            "title": {
                "fr": "Les conventions n° 87 et n° 98",
                "en": "Conventions Nos 87 and 98",
                "es": "Los convenios núm. 87 y núm. 98",
                "ht": "Konvansyon 87 ak Konvansyon 98",
            },
            "minutes": 10,
            "method": "presentation",
            "instructions": {
                "fr": (
                    "<p>Présentez la convention n° 87 (1948) : les travailleuses et les travailleurs ont le "
                    "droit de constituer les organisations de leur choix et de s'y affilier, sans autorisation "
                    "préalable, et les autorités publiques doivent s'abstenir de toute intervention qui "
                    "limiterait ce droit.</p>"
                    "<p>Présentez la convention n° 98 (1949) : elle protège contre la discrimination "
                    "antisyndicale, par exemple un renvoi à cause d'activités syndicales, et elle demande aux "
                    "États d'encourager la négociation collective.</p>"
                    "<p>Terminez par le Comité de la liberté syndicale, créé en 1951.</p>"
                ),
                "en": (
                    "<p>Present Convention No. 87 (1948): workers have the right to establish and join "
                    "organisations of their own choosing, without prior authorisation, and public authorities "
                    "must refrain from any interference that would restrict this right.</p>"
                    "<p>Present Convention No. 98 (1949): it protects against anti-union discrimination, for "
                    "example being fired because of union activities, and it asks States to encourage "
                    "collective bargaining.</p>"
                    "<p>Finish with the Committee on Freedom of Association, set up in 1951.</p>"
                ),
                "es": (
                    "<p>Presenta el Convenio núm. 87 (1948), sobre la libertad sindical y la protección del "
                    "derecho de sindicación: las trabajadoras y los trabajadores tienen derecho a constituir "
                    "las organizaciones que elijan y a afiliarse a ellas, sin autorización previa, y las "
                    "autoridades públicas deben abstenerse de toda intervención que limite este derecho.</p>"
                    "<p>Presenta el Convenio núm. 98 (1949), sobre el derecho de sindicación y de negociación "
                    "colectiva: protege contra la discriminación antisindical, por ejemplo un despido por "
                    "actividades sindicales, y pide a los Estados que fomenten la negociación colectiva.</p>"
                    "<p>Termina con el Comité de Libertad Sindical, creado en 1951.</p>"
                ),
                "ht": (
                    "<p>Prezante Konvansyon 87 (1948), sou libète sendikal ak pwoteksyon dwa sendikal: "
                    "travayè yo gen dwa kreye òganizasyon yo chwazi epi antre ladan yo, san yo pa bezwen "
                    "mande pèmisyon davans, e otorite piblik yo pa dwe fè anyen ki ta limite dwa sa a.</p>"
                    "<p>Prezante Konvansyon 98 (1949), sou dwa òganizasyon ak negosyasyon kolektif: li "
                    "pwoteje travayè yo kont diskriminasyon antisendikal, pa egzanp lè yo revoke yon moun "
                    "poutèt aktivite sendikal li, epi li mande Eta yo ankouraje negosyasyon kolektif (lè "
                    "sendika a ak patwon an chita ansanm pou yo negosye kondisyon travay).</p>"
                    "<p>Fini ak Komite Libète Sendikal la: yo te kreye l an 1951.</p>"
                ),
            },
            "notes": {
                "fr": (
                    "<p>Le point qui surprend souvent : le Comité de la liberté syndicale peut examiner une "
                    "plainte même contre un État qui n'a ratifié ni la convention n° 87 ni la convention "
                    "n° 98, parce qu'en devenant membre de l'OIT, un État accepte le principe de la liberté "
                    "syndicale.</p>"
                ),
                "en": (
                    "<p>The point that often surprises people: the Committee on Freedom of Association can "
                    "examine a complaint even against a State that has ratified neither Convention No. 87 nor "
                    "Convention No. 98, because by becoming a member of the ILO a State accepts the principle "
                    "of freedom of association.</p>"
                ),
                "es": (
                    "<p>Lo que suele sorprender: el Comité de Libertad Sindical puede examinar una queja "
                    "incluso contra un Estado que no ha ratificado ni el Convenio núm. 87 ni el Convenio "
                    "núm. 98, porque al hacerse miembro de la OIT un Estado acepta el principio de la "
                    "libertad sindical.</p>"
                ),
                "ht": (
                    "<p>Men pwen ki souvan sezi moun: Komite Libète Sendikal la ka egzamine yon plent menm "
                    "kont yon Eta ki pa ratifye ni Konvansyon 87 ni Konvansyon 98. Poukisa? Paske lè yon Eta "
                    "vin manm OIT, li aksepte prensip libète sendikal la.</p>"
                ),
            },
            "materials": [],
            "handout": {
                "fr": (
                    "<h3>Convention n° 87 (1948)</h3>"
                    "<ul>"
                    "<li>Créer un syndicat et y adhérer, sans autorisation préalable.</li>"
                    "<li>Choisir ses statuts, ses responsables et son programme d'action.</li>"
                    "<li>Pas d'intervention des autorités publiques qui limiterait ce droit.</li>"
                    "</ul>"
                    "<h3>Convention n° 98 (1949)</h3>"
                    "<ul>"
                    "<li>Protection contre la discrimination antisyndicale : à l'embauche, contre le renvoi, "
                    "contre les sanctions.</li>"
                    "<li>Protection des syndicats contre l'ingérence de l'employeur.</li>"
                    "<li>Promotion de la négociation collective volontaire.</li>"
                    "</ul>"
                ),
                "en": (
                    "<h3>Convention No. 87 (1948)</h3>"
                    "<ul>"
                    "<li>Forming and joining a union, without prior authorisation.</li>"
                    "<li>Choosing its own rules, its leaders and its plan of action.</li>"
                    "<li>No interference by public authorities that would restrict this right.</li>"
                    "</ul>"
                    "<h3>Convention No. 98 (1949)</h3>"
                    "<ul>"
                    "<li>Protection against anti-union discrimination: in hiring, against dismissal, against "
                    "penalties.</li>"
                    "<li>Protection of unions against interference by the employer.</li>"
                    "<li>Promotion of voluntary collective bargaining.</li>"
                    "</ul>"
                ),
                "es": (
                    "<h3>Convenio núm. 87 (1948)</h3>"
                    "<ul>"
                    "<li>Crear un sindicato y afiliarse a él, sin autorización previa.</li>"
                    "<li>Elegir sus estatutos, sus dirigentes y su programa de acción.</li>"
                    "<li>Ninguna intervención de las autoridades públicas que limite este derecho.</li>"
                    "</ul>"
                    "<h3>Convenio núm. 98 (1949)</h3>"
                    "<ul>"
                    "<li>Protección contra la discriminación antisindical: en la contratación, contra el "
                    "despido, contra las sanciones.</li>"
                    "<li>Protección de los sindicatos contra la injerencia del empleador.</li>"
                    "<li>Fomento de la negociación colectiva voluntaria.</li>"
                    "</ul>"
                ),
                "ht": (
                    "<h3>Konvansyon 87 (1948)</h3>"
                    "<ul>"
                    "<li>Kreye yon sendika epi antre ladan l, san mande pèmisyon davans.</li>"
                    "<li>Sendika a chwazi pwòp règleman li, dirijan li ak plan aksyon li.</li>"
                    "<li>Otorite piblik yo pa dwe fè okenn entèvansyon ki ta limite dwa sa a.</li>"
                    "</ul>"
                    "<h3>Konvansyon 98 (1949)</h3>"
                    "<ul>"
                    "<li>Pwoteksyon kont diskriminasyon antisendikal: lè y ap anboche moun, kont revokasyon, "
                    "kont sanksyon.</li>"
                    "<li>Pwoteksyon sendika yo kont patwon ki ta vle mele nan zafè yo.</li>"
                    "<li>Ankourajman pou negosyasyon kolektif volontè.</li>"
                    "</ul>"
                ),
            },
        },
        {
            "title": {
                "fr": "Un syndicat dans un centre d'appels",
                "en": "A union in a call centre",
                "es": "Un sindicato en un centro de llamadas",
                "ht": "Yon sendika nan yon sant apèl",
            },
            "minutes": 15,
            "method": "case_study",
            "instructions": {
                "fr": (
                    "<p>En équipes de trois ou quatre, faites lire le scénario (document des participantes et "
                    "participants) et répondre aux trois questions en huit minutes.</p>"
                    "<p>Mettez en commun pendant sept minutes, en reliant chaque réponse à la convention "
                    "n° 87 ou à la convention n° 98.</p>"
                ),
                "en": (
                    "<p>In teams of three or four, have people read the scenario (participants' handout) and "
                    "answer the three questions in eight minutes.</p>"
                    "<p>Pool the answers for seven minutes, linking each one to Convention No. 87 or Convention "
                    "No. 98.</p>"
                ),
                "es": (
                    "<p>Forma equipos de tres o cuatro personas. Cada equipo lee el escenario (hoja para "
                    "participantes) y responde a las tres preguntas en ocho minutos.</p>"
                    "<p>Después, durante siete minutos, haz la puesta en común y relaciona cada respuesta con "
                    "el Convenio núm. 87 o con el Convenio núm. 98.</p>"
                ),
                "ht": (
                    "<p>Fè ekip twa oswa kat moun. Chak ekip li senaryo a (fèy pou patisipan yo) epi reponn "
                    "twa kesyon yo nan uit minit.</p>"
                    "<p>Apre sa, pandan sèt minit, mete repons yo ansanm, epi mare chak repons ak Konvansyon "
                    "87 oswa ak Konvansyon 98.</p>"
                ),
            },
            "notes": {
                "fr": (
                    "<p>Le scénario est fictif. Réponses attendues : exiger une autorisation de la direction "
                    "va contre la convention n° 87 ; le renvoi des deux responsables est de la discrimination "
                    "antisyndicale, contraire à la convention n° 98. On peut utiliser les recours prévus par "
                    "le droit du pays, et l'organisation peut aussi porter plainte devant le Comité de la "
                    "liberté syndicale : c'est à l'État de garantir cette liberté.</p>"
                ),
                "en": (
                    "<p>The scenario is fictional. Expected answers: requiring management's permission goes "
                    "against Convention No. 87; firing the two officers is anti-union discrimination, contrary "
                    "to Convention No. 98. The remedies under the country's law can be used, and the "
                    "organisation can also file a complaint with the Committee on Freedom of Association: the "
                    "State's duty is to guarantee that freedom.</p>"
                ),
                "es": (
                    "<p>El escenario es ficticio. Respuestas esperadas: exigir una autorización de la "
                    "dirección va en contra del Convenio núm. 87; el despido de las dos personas dirigentes es "
                    "discriminación antisindical, contraria al Convenio núm. 98. Se pueden usar los recursos "
                    "que prevé la ley del país, y la organización también puede presentar una queja ante el "
                    "Comité de Libertad Sindical: es el Estado el que debe garantizar esa libertad.</p>"
                ),
                "ht": (
                    "<p>Senaryo a envante. Men repons nou atann: lè direksyon an egzije pou yo mande l "
                    "pèmisyon, sa ale kont Konvansyon 87; lè yo revoke de dirijan yo, se diskriminasyon "
                    "antisendikal, sa ale kont Konvansyon 98. Travayè yo ka sèvi ak chemen lalwa peyi a "
                    "prevwa pou defann yo, epi òganizasyon an ka pote plent tou devan Komite Libète Sendikal "
                    "la: se Eta a ki dwe garanti libète sa a.</p>"
                ),
            },
            "materials": [],
            "handout": {
                "fr": (
                    "<h3>Le scénario (fictif)</h3>"
                    "<p>Dans un centre d'appels, une trentaine d'employées et d'employés décident de former un "
                    "syndicat pour discuter des horaires et des pauses. La direction leur dit qu'il leur faut "
                    "d'abord son accord. Un mois plus tard, la présidente et le trésorier du nouveau syndicat "
                    "sont renvoyés pour des motifs flous.</p>"
                    "<h3>Vos questions</h3>"
                    "<ol>"
                    "<li>Quels droits ne sont pas respectés ?</li>"
                    "<li>Quelle convention protège chacun de ces droits ?</li>"
                    "<li>Que peuvent faire les membres, et vers qui peuvent-ils se tourner ?</li>"
                    "</ol>"
                ),
                "en": (
                    "<h3>The scenario (fictional)</h3>"
                    "<p>In a call centre, about thirty employees decide to form a union to discuss schedules "
                    "and breaks. Management tells them they first need its approval. A month later, the "
                    "president and the treasurer of the new union are fired on vague grounds.</p>"
                    "<h3>Your questions</h3>"
                    "<ol>"
                    "<li>Which rights are not being respected?</li>"
                    "<li>Which convention protects each of these rights?</li>"
                    "<li>What can the members do, and where can they turn?</li>"
                    "</ol>"
                ),
                "es": (
                    "<h3>El escenario (ficticio)</h3>"
                    "<p>En un centro de llamadas, una treintena de empleadas y empleados deciden formar un "
                    "sindicato para hablar de los horarios y las pausas. La dirección les dice que primero "
                    "necesitan su permiso. Un mes después, la presidenta y el tesorero del nuevo sindicato son "
                    "despedidos por motivos poco claros.</p>"
                    "<h3>Las preguntas</h3>"
                    "<ol>"
                    "<li>¿Qué derechos no se están respetando?</li>"
                    "<li>¿Qué convenio protege cada uno de esos derechos?</li>"
                    "<li>¿Qué pueden hacer los miembros del sindicato, y a quién pueden acudir?</li>"
                    "</ol>"
                ),
                "ht": (
                    "<h3>Senaryo a (envante)</h3>"
                    "<p>Nan yon sant apèl (call center), anviwon trant anplwaye deside fòme yon sendika pou "
                    "yo ka diskite sou orè ak poz yo. Direksyon an di yo fòk yo gen dakò li anvan. Yon mwa "
                    "apre, yo revoke prezidan ak trezorye nouvo sendika a, san yo pa bay okenn rezon "
                    "klè.</p>"
                    "<h3>Kesyon yo</h3>"
                    "<ol>"
                    "<li>Ki dwa yo pa respekte?</li>"
                    "<li>Ki konvansyon ki pwoteje chak dwa sa yo?</li>"
                    "<li>Kisa manm yo ka fè, e ki kote yo ka al chèche sipò?</li>"
                    "</ol>"
                ),
            },
        },
        {
            "title": {"fr": "Quiz", "en": "Quiz", "es": "Cuestionario", "ht": "Kesyonè"},
            "minutes": 10,
            "method": "quiz",
            "instructions": {
                "fr": (
                    "<p>Distribuez le quiz imprimé du module 2. Faites ensemble les questions 1 et 2, qui "
                    "portent sur les conventions n° 87 et n° 98, et corrigez-les avec le corrigé.</p>"
                    "<p>Les autres questions portent sur le reste du module : proposez-les pour après "
                    "l'atelier, avec les leçons en ligne.</p>"
                ),
                "en": (
                    "<p>Hand out the printed quiz of module 2. Do questions 1 and 2 together, which are about "
                    "Conventions Nos 87 and 98, and go through them with the answer key.</p>"
                    "<p>The other questions cover the rest of the module: suggest them for after the workshop, "
                    "together with the online lessons.</p>"
                ),
                "es": (
                    "<p>Reparte el cuestionario impreso del módulo 2. Haz con todo el grupo las preguntas 1 y "
                    "2, que tratan de los convenios núm. 87 y núm. 98, y corrígelas con las respuestas.</p>"
                    "<p>Las demás preguntas tratan del resto del módulo: proponlas para después del taller, "
                    "junto con las lecciones en línea.</p>"
                ),
                "ht": (
                    "<p>Distribye kesyonè modil 2 a ki enprime. Fè kesyon 1 ak 2 yo ansanm (se kesyon sou "
                    "Konvansyon 87 ak Konvansyon 98), epi korije yo ak fèy repons lan.</p>"
                    "<p>Lòt kesyon yo sou rès modil la: pwopoze moun yo fè yo apre atelye a, ansanm ak leson "
                    "ki sou entènèt yo.</p>"
                ),
            },
            "notes": {"fr": "", "en": "", "es": "", "ht": ""},
            "materials": [
                {
                    "fr": "Le quiz imprimé et son corrigé",
                    "en": "The printed quiz and its answer key",
                    "es": "El cuestionario impreso y sus respuestas",
                    "ht": "Kesyonè a enprime ak fèy repons li",
                },
            ],
            "handout": {"fr": "", "en": "", "es": "", "ht": ""},
        },
        {
            "title": {
                "fr": "Pour aller plus loin",
                "en": "Going further",
                "es": "Para ir más lejos",
                "ht": "Pou ale pi lwen",
            },
            "minutes": 5,
            "method": "evaluation",
            "instructions": {
                "fr": (
                    "<p>Faites un tour de table rapide : une chose que chaque personne retient. Indiquez où "
                    "trouver le module 2 en ligne et qui contacter au syndicat en cas de problème.</p>"
                ),
                "en": (
                    "<p>Do a quick round: one thing each person takes away. Say where to find module 2 online "
                    "and whom to contact in the union if there is a problem.</p>"
                ),
                "es": (
                    "<p>Haz una ronda rápida: cada persona dice una cosa que se lleva. Indica dónde encontrar "
                    "el módulo 2 en línea y a quién contactar en el sindicato si hay un problema.</p>"
                ),
                "ht": (
                    "<p>Fè yon ti wonn: chak moun di yon bagay li retni. Di yo ki kote pou yo jwenn "
                    "modil 2 a sou entènèt, ak ki moun pou yo kontakte nan sendika a si yo gen yon "
                    "pwoblèm.</p>"
                ),
            },
            "notes": {"fr": "", "en": "", "es": "", "ht": ""},
            "materials": [],
            "handout": {"fr": "", "en": "", "es": "", "ht": ""},
        },
    ],
    "discussion": [
        {
            "question": {
                "fr": (
                    "Dans votre milieu de travail ou votre secteur, qu'est-ce qui empêche des personnes "
                    "d'adhérer à un syndicat ou de négocier collectivement ?"
                ),
                "en": (
                    "In your workplace or sector, what stops people from joining a union or bargaining "
                    "collectively?"
                ),
                "es": (
                    "En tu lugar de trabajo o en tu sector, ¿qué impide que algunas personas se afilien a un "
                    "sindicato o negocien colectivamente?"
                ),
                "ht": (
                    "Nan travay ou oswa nan sektè w, kisa ki anpeche moun antre nan yon sendika oswa negosye "
                    "ansanm ak patwon an?"
                ),
            },
            "guidance": {
                "fr": (
                    "Pensez aux obstacles visibles (renvois, menaces, refus de reconnaître le syndicat) et "
                    "moins visibles (la peur, les contrats précaires, la sous-traitance). Pour chacun, "
                    "demandez quel droit est en jeu."
                ),
                "en": (
                    "Think of visible obstacles (dismissals, threats, refusal to recognise the union) and less "
                    "visible ones (fear, precarious contracts, subcontracting). For each one, ask which right "
                    "is at stake."
                ),
                "es": (
                    "Piensa en los obstáculos visibles (despidos, amenazas, negativa a reconocer al "
                    "sindicato) y en los menos visibles (el miedo, los contratos precarios, la "
                    "subcontratación). Para cada uno, pregunta qué derecho está en juego."
                ),
                "ht": (
                    "Panse ak obstak moun wè (revokasyon, menas, patwon ki refize rekonèt sendika a) ak sa "
                    "moun pa wè fasil (laperèz, kontra ki pa estab, soutretans). Pou chak obstak, mande ki "
                    "dwa ki touche."
                ),
            },
        },
    ],
    "attachments": [
        {
            "key": "freedom-of-association-one-page",
            "file_name": {
                "fr": "la-liberte-syndicale-en-une-page",
                "en": "freedom-of-association-on-one-page",
                "es": "la-libertad-sindical-en-una-pagina",
                "ht": "libete-sendikal-sou-yon-paj",
            },
            "title": {
                "fr": "La liberté syndicale en une page",
                "en": "Freedom of association on one page",
                "es": "La libertad sindical en una página",
                "ht": "Libète sendikal sou yon paj",
            },
            "description": {
                "fr": "Un résumé à remettre en fin d'atelier.",
                "en": "A summary to hand out at the end of the workshop.",
                "es": "Un resumen para repartir al final del taller.",
                "ht": "Yon rezime pou bay moun yo nan fen atelye a.",
            },
            "body": {
                "fr": (
                    "<h2>Convention n° 87 (1948)</h2>"
                    "<p>Les travailleuses et les travailleurs, sans distinction d'aucune sorte, ont le droit de "
                    "constituer les organisations de leur choix et de s'y affilier, sans autorisation "
                    "préalable. Un syndicat choisit ses statuts, ses responsables et son programme d'action. "
                    "Les autorités publiques doivent s'abstenir de toute intervention qui limiterait ce "
                    "droit.</p>"
                    "<h2>Convention n° 98 (1949)</h2>"
                    "<p>Personne ne peut être refusé à l'embauche, renvoyé ou pénalisé à cause de son "
                    "appartenance syndicale ou de ses activités syndicales. Les syndicats sont protégés contre "
                    "l'ingérence de l'employeur. Les États doivent encourager la négociation collective "
                    "volontaire.</p>"
                    "<h2>Le Comité de la liberté syndicale</h2>"
                    "<p>Créé en 1951 par l'OIT, ce comité tripartite examine les plaintes des organisations de "
                    "travailleurs ou d'employeurs, même contre un État qui n'a ratifié ni la convention n° 87 "
                    "ni la convention n° 98.</p>"
                    "<p>Textes officiels et ratifications : la base de données NORMLEX de l'OIT.</p>"
                ),
                "en": (
                    "<h2>Convention No. 87 (1948)</h2>"
                    "<p>Workers, without distinction whatsoever, have the right to establish and join "
                    "organisations of their own choosing, without prior authorisation. A union chooses its own "
                    "rules, its leaders and its plan of action. Public authorities must refrain from any "
                    "interference that would restrict this right.</p>"
                    "<h2>Convention No. 98 (1949)</h2>"
                    "<p>No one may be refused a job, fired or penalised because of their union membership or "
                    "union activities. Unions are protected against interference by the employer. States must "
                    "encourage voluntary collective bargaining.</p>"
                    "<h2>The Committee on Freedom of Association</h2>"
                    "<p>Set up by the ILO in 1951, this tripartite committee examines complaints from workers' "
                    "or employers' organisations, even against a State that has ratified neither Convention "
                    "No. 87 nor Convention No. 98.</p>"
                    "<p>Official texts and ratifications: the ILO's NORMLEX database.</p>"
                ),
                "es": (
                    "<h2>Convenio núm. 87 (1948)</h2>"
                    "<p>Las trabajadoras y los trabajadores, sin ninguna distinción, tienen derecho a "
                    "constituir las organizaciones que elijan y a afiliarse a ellas, sin autorización previa. "
                    "Un sindicato elige sus estatutos, sus dirigentes y su programa de acción. Las autoridades "
                    "públicas deben abstenerse de toda intervención que limite este derecho.</p>"
                    "<h2>Convenio núm. 98 (1949)</h2>"
                    "<p>A nadie se le puede negar un empleo, despedir ni sancionar por estar afiliado a un "
                    "sindicato o por sus actividades sindicales. Los sindicatos están protegidos contra la "
                    "injerencia del empleador. Los Estados deben fomentar la negociación colectiva "
                    "voluntaria.</p>"
                    "<h2>El Comité de Libertad Sindical</h2>"
                    "<p>Creado por la OIT en 1951, este comité tripartito examina las quejas de las "
                    "organizaciones de trabajadores o de empleadores, incluso contra un Estado que no ha "
                    "ratificado ni el Convenio núm. 87 ni el Convenio núm. 98.</p>"
                    "<p>Textos oficiales y ratificaciones: la base de datos NORMLEX de la OIT.</p>"
                ),
                "ht": (
                    "<h2>Konvansyon 87 (1948)</h2>"
                    "<p>Tout travayè, san okenn diferans, gen dwa kreye òganizasyon yo chwazi epi antre "
                    "ladan yo, san yo pa bezwen mande pèmisyon davans. Yon sendika chwazi pwòp règleman li, "
                    "dirijan li ak plan aksyon li. Otorite piblik yo pa dwe fè okenn entèvansyon ki ta limite "
                    "dwa sa a.</p>"
                    "<h2>Konvansyon 98 (1949)</h2>"
                    "<p>Pèsonn pa ka refize anboche yon moun, revoke l oswa pini l paske li manm yon sendika "
                    "oswa paske li fè aktivite sendikal. Sendika yo pwoteje kont patwon ki ta vle mele nan "
                    "zafè yo. Eta yo dwe ankouraje negosyasyon kolektif volontè.</p>"
                    "<h2>Komite Libète Sendikal la</h2>"
                    "<p>OIT (Òganizasyon Entènasyonal Travay) te kreye komite sa a an 1951. Se yon komite "
                    "tripatit: moun gouvènman, moun patwon ak moun travayè chita ladan l. Li egzamine plent "
                    "òganizasyon travayè oswa òganizasyon patwon pote, menm kont yon Eta ki pa ratifye ni "
                    "Konvansyon 87 ni Konvansyon 98.</p>"
                    "<p>Tèks ofisyèl yo ak ratifikasyon yo: baz done NORMLEX OIT a.</p>"
                ),
            },
        },
    ],
    "course": "course:ilo/module:2",
    "quiz": "course:ilo/module:2/quiz",
}
