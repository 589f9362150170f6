"""Module 2 of the demo course: "Les instruments fondamentaux" / "The fundamental instruments".

Four languages (fr, en, es, ht): French is the source; English, Spanish and Haitian Creole are
translations. See ``__init__.py`` for the data format.
"""

MODULE = {
    "title": {
        "fr": "Les instruments fondamentaux",
        "en": "The fundamental instruments",
        "es": "Los instrumentos fundamentales",
        "ht": "Enstriman fondamantal yo",
    },
    "slug": {
        "fr": "les-instruments-fondamentaux",
        "en": "the-fundamental-instruments",
        "es": "los-instrumentos-fundamentales",
        "ht": "enstriman-fondamantal-yo",
    },
    "intro": {
        "fr": (
            "<p>Certaines normes de l'OIT sont dites fondamentales : elles protègent des droits qui valent "
            "pour tout le monde, partout. Depuis la Déclaration de 1998, chaque État membre de l'OIT doit "
            "respecter les principes qu'elles expriment, même s'il n'a pas ratifié les conventions.</p>"
            "<p>Ce module présente ces onze instruments, dix conventions et un protocole, autour de cinq "
            "principes : la liberté syndicale et la négociation collective, l'élimination du travail forcé, "
            "l'abolition du travail des enfants, l'élimination de la discrimination, et un milieu de travail "
            "sûr et salubre.</p>"
            "<p>Pour chaque instrument, retenez l'essentiel : ce qu'il protège, et comment vous pouvez vous "
            "en servir dans votre action syndicale.</p>"
        ),
        "en": (
            "<p>Some ILO standards are called fundamental: they protect rights that apply to everyone, "
            "everywhere. Since the 1998 Declaration, every ILO member State must respect the principles "
            "they express, even if it has not ratified the conventions.</p>"
            "<p>This module presents these eleven instruments, ten conventions and one protocol, grouped "
            "around five principles: freedom of association and collective bargaining, the elimination of "
            "forced labour, the abolition of child labour, the elimination of discrimination, and a safe "
            "and healthy working environment.</p>"
            "<p>For each instrument, keep the essentials in mind: what it protects, and how you can use it "
            "in your union work.</p>"
        ),
        "es": (
            "<p>Algunas normas de la OIT se llaman fundamentales: protegen derechos que valen para todo el "
            "mundo, en todas partes. Desde la Declaración de 1998, cada Estado miembro de la OIT debe "
            "respetar los principios que expresan, aunque no haya ratificado los convenios.</p>"
            "<p>Este módulo presenta esos once instrumentos, diez convenios y un protocolo, en torno a cinco "
            "principios: la libertad sindical y la negociación colectiva, la eliminación del trabajo "
            "forzoso, la abolición del trabajo infantil, la eliminación de la discriminación, y un entorno "
            "de trabajo seguro y saludable.</p>"
            "<p>Para cada instrumento, quédate con lo esencial: lo que protege y cómo puedes usarlo en tu "
            "acción sindical.</p>"
        ),
        "ht": (
            "<p>Gen kèk nòm OIT yo rele fondamantal: yo pwoteje dwa ki vo pou tout moun, toupatou. Depi "
            "Deklarasyon 1998 la, chak Eta manm OIT dwe respekte prensip nòm sa yo eksprime, menm si li pa "
            "ratifye konvansyon yo.</p>"
            "<p>Modil sa a prezante onz enstriman sa yo, dis konvansyon ak yon pwotokòl, ki mache ak senk "
            "prensip: libète sendikal ak negosyasyon kolektif, eliminasyon travay fòse, abolisyon travay "
            "timoun, eliminasyon diskriminasyon, ak yon anviwònman travay ki an sekirite e ki bon pou "
            "lasante.</p>"
            "<p>Pou chak enstriman, retni sa ki pi enpòtan: kisa li pwoteje, e kijan ou ka sèvi avè l nan "
            "aksyon sendikal ou.</p>"
        ),
    },
    "lessons": [
        # ------------------------------------------------------------------------------------------------
        # Lesson 1: freedom of association and collective bargaining
        # ------------------------------------------------------------------------------------------------
        {
            "title": {
                "fr": "La liberté syndicale et la négociation collective",
                "en": "Freedom of association and collective bargaining",
                "es": "La libertad sindical y la negociación colectiva",
                "ht": "Libète sendikal ak negosyasyon kolektif",
            },
            "slug": {
                "fr": "liberte-syndicale-et-negociation-collective",
                "en": "freedom-of-association-and-collective-bargaining",
                "es": "libertad-sindical-y-negociacion-colectiva",
                "ht": "libete-sendikal-ak-negosyasyon-kolektif",
            },
            "summary": {
                "fr": (
                    "Les conventions n° 87 et 98 : fonder un syndicat et y adhérer librement, être protégé "
                    "contre la discrimination antisyndicale, négocier collectivement. Et le rôle du Comité "
                    "de la liberté syndicale."
                ),
                "en": (
                    "Conventions Nos 87 and 98: freely forming and joining a union, protection against "
                    "anti-union discrimination, bargaining collectively. And the role of the Committee on "
                    "Freedom of Association."
                ),
                "es": (
                    "Los convenios núms. 87 y 98: fundar un sindicato y afiliarse a él libremente, estar "
                    "protegido contra la discriminación antisindical, negociar colectivamente. Y el papel "
                    "del Comité de Libertad Sindical."
                ),
                "ht": (
                    "Konvansyon nimewo 87 ak 98: fonde yon sendika epi antre ladan l lib, jwenn pwoteksyon "
                    "kont diskriminasyon akoz sendika, negosye an gwoup. Epi wòl Komite Libète Sendikal la."
                ),
            },
            "minutes": 15,
            "body": [
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Sans syndicat, chaque travailleuse et chaque travailleur négocie seul face à "
                            "l'employeur. La liberté syndicale permet de se regrouper pour parler d'une seule "
                            "voix. C'est pourquoi l'OIT la place au cœur des droits fondamentaux : elle sert à "
                            "défendre tous les autres.</p>"
                            "<p>Deux conventions la protègent : la convention n° 87, adoptée en 1948, et la "
                            "convention n° 98, adoptée en 1949.</p>"
                        ),
                        "en": (
                            "<p>Without a union, each worker faces the employer alone. Freedom of association "
                            "lets workers come together and speak with one voice. That is why the ILO puts it "
                            "at the heart of the fundamental rights: it is the tool for defending all the "
                            "others.</p>"
                            "<p>Two conventions protect it: Convention No. 87, adopted in 1948, and Convention "
                            "No. 98, adopted in 1949.</p>"
                        ),
                        "es": (
                            "<p>Sin sindicato, cada trabajadora y cada trabajador negocia solo frente al "
                            "empleador. La libertad sindical permite agruparse para hablar con una sola voz. "
                            "Por eso la OIT la sitúa en el centro de los derechos fundamentales: sirve para "
                            "defender todos los demás.</p>"
                            "<p>Dos convenios la protegen: el Convenio núm. 87, adoptado en 1948, y el "
                            "Convenio núm. 98, adoptado en 1949.</p>"
                        ),
                        "ht": (
                            "<p>San sendika, chak travayè ap negosye pou kont li devan patwon an. Libète "
                            "sendikal pèmèt travayè yo mete tèt ansanm pou yo pale ak yon sèl vwa. Se pou sa "
                            "OIT mete l nan mitan dwa fondamantal yo: se zouti ki sèvi pou defann tout lòt "
                            "dwa yo.</p>"
                            "<p>De konvansyon pwoteje l: konvansyon nimewo 87, yo te adopte an 1948, ak "
                            "konvansyon nimewo 98, yo te adopte an 1949.</p>"
                        ),
                    },
                ),
                ("standard", "C087"),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>La convention n° 87 dit que les travailleurs et les employeurs, sans distinction "
                            "d'aucune sorte, ont le droit de constituer les organisations de leur choix et de "
                            "s'y affilier, sans autorisation préalable. Concrètement :</p>"
                            "<ul>"
                            "<li>vous n'avez pas à demander la permission du gouvernement ni de l'employeur pour "
                            "fonder un syndicat (la loi peut exiger des formalités, comme l'enregistrement, à "
                            "condition qu'elles ne reviennent pas à une autorisation préalable);</li>"
                            "<li>vous choisissez vous-mêmes vos statuts, vos dirigeantes et dirigeants et votre "
                            "programme d'action;</li>"
                            "<li>les autorités publiques doivent s'abstenir de toute intervention qui limiterait "
                            "ce droit ou en entraverait l'exercice;</li>"
                            "<li>un syndicat ne peut pas être dissous ni suspendu par une simple décision "
                            "administrative;</li>"
                            "<li>les syndicats peuvent former des fédérations et des confédérations, et "
                            "s'affilier à des organisations internationales.</li>"
                            "</ul>"
                        ),
                        "en": (
                            "<p>Convention No. 87 says that workers and employers, without distinction "
                            "whatsoever, have the right to establish and join organisations of their own "
                            "choosing, without prior authorisation. In practice:</p>"
                            "<ul>"
                            "<li>you do not need permission from the government or the employer to form a "
                            "union (the law may require formalities such as registration, as long as they do "
                            "not amount to prior authorisation);</li>"
                            "<li>you choose your own constitution and rules, your leaders and your plan of "
                            "action;</li>"
                            "<li>public authorities must refrain from any interference that would restrict this "
                            "right or impede its exercise;</li>"
                            "<li>a union cannot be dissolved or suspended by a mere administrative "
                            "decision;</li>"
                            "<li>unions can form federations and confederations, and join international "
                            "organisations.</li>"
                            "</ul>"
                        ),
                        "es": (
                            "<p>El Convenio núm. 87 dice que los trabajadores y los empleadores, sin ninguna "
                            "distinción, tienen el derecho de constituir las organizaciones que estimen "
                            "convenientes y de afiliarse a ellas, sin autorización previa. En la "
                            "práctica:</p>"
                            "<ul>"
                            "<li>no tienes que pedir permiso al gobierno ni al empleador para fundar un "
                            "sindicato (la ley puede exigir formalidades, como el registro, siempre que no "
                            "equivalgan a una autorización previa);</li>"
                            "<li>los propios miembros eligen sus estatutos, sus dirigentes y su programa "
                            "de acción;</li>"
                            "<li>las autoridades públicas deben abstenerse de toda intervención que limite "
                            "este derecho o entorpezca su ejercicio;</li>"
                            "<li>un sindicato no puede ser disuelto ni suspendido por una simple decisión "
                            "administrativa;</li>"
                            "<li>los sindicatos pueden constituir federaciones y confederaciones, y "
                            "afiliarse a organizaciones internacionales.</li>"
                            "</ul>"
                        ),
                        "ht": (
                            "<p>Konvansyon nimewo 87 di travayè yo ak patwon yo, san okenn distenksyon, gen "
                            "dwa fòme òganizasyon yo chwazi epi antre ladan yo, san otorizasyon davans. "
                            "Konkrètman:</p>"
                            "<ul>"
                            "<li>ou pa bezwen mande gouvènman an ni patwon an pèmisyon pou w fonde yon "
                            "sendika (lalwa ka mande kèk fòmalite, tankou anrejistreman, depi fòmalite sa yo "
                            "pa tounen yon otorizasyon davans);</li>"
                            "<li>se manm yo menm ki chwazi règleman sendika a, dirijan yo ak pwogram "
                            "aksyon yo;</li>"
                            "<li>otorite piblik yo dwe evite nenpòt entèvansyon ki ta limite dwa sa a oswa "
                            "ki ta anpeche moun sèvi avè l;</li>"
                            "<li>yon senp desizyon administratif pa ka fèmen yon sendika ni sispann li;</li>"
                            "<li>sendika yo ka fòme federasyon ak konfederasyon, epi yo ka vin manm "
                            "òganizasyon entènasyonal.</li>"
                            "</ul>"
                        ),
                    },
                ),
                ("standard", "C098"),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>La convention n° 98 complète la première. Elle protège les travailleuses et les "
                            "travailleurs contre la discrimination antisyndicale. Un employeur ne peut pas "
                            "refuser de vous embaucher parce que vous êtes syndiqué, ni vous congédier ou vous "
                            "pénaliser à cause de votre adhésion ou de vos activités syndicales. Elle protège "
                            "aussi les syndicats contre l'ingérence de l'employeur, par exemple quand il tente "
                            "de financer ou de contrôler un syndicat pour le tenir sous sa coupe.</p>"
                            "<p>Enfin, elle demande aux États d'encourager et de promouvoir la négociation "
                            "volontaire de conventions collectives entre employeurs et syndicats.</p>"
                        ),
                        "en": (
                            "<p>Convention No. 98 completes the first one. It protects workers against "
                            "anti-union discrimination. An employer cannot refuse to hire you because you "
                            "belong to a union, or fire or penalise you because of your membership or your union "
                            "activities. It also protects unions against interference by the employer, for "
                            "example when an employer tries to fund or control a union to keep it under its "
                            "thumb.</p>"
                            "<p>Finally, it asks States to encourage and promote the voluntary negotiation of "
                            "collective agreements between employers and unions.</p>"
                        ),
                        "es": (
                            "<p>El Convenio núm. 98 completa el primero. Protege a los trabajadores y las "
                            "trabajadoras contra la discriminación antisindical. Un empleador no puede "
                            "negarse a contratarte porque estás sindicalizado, ni despedirte o perjudicarte "
                            "por tu afiliación o tus actividades sindicales. También protege a los "
                            "sindicatos contra la injerencia del empleador, por ejemplo cuando intenta "
                            "financiar o controlar un sindicato para tenerlo bajo su dominio.</p>"
                            "<p>Por último, pide a los Estados que estimulen y fomenten la negociación "
                            "voluntaria de convenios colectivos entre empleadores y sindicatos.</p>"
                        ),
                        "ht": (
                            "<p>Konvansyon nimewo 98 konplete premye a. Li pwoteje travayè yo kont "
                            "diskriminasyon akoz sendika. Yon patwon pa ka refize anboche w paske w nan "
                            "sendika, ni li pa ka revoke w oswa pini w paske w manm sendika oswa akoz "
                            "aktivite sendikal ou. Li pwoteje sendika yo tou pou patwon an pa foure bouch "
                            "nan zafè yo, pa egzanp lè patwon an eseye finanse oswa kontwole yon sendika pou "
                            "l kenbe l anba ponyèt li.</p>"
                            "<p>Finalman, li mande Eta yo ankouraje negosyasyon kolektif: se lè patwon an ak "
                            "sendika a chita ansanm, volontèman, pou yo negosye yon kontra kolektif (yon "
                            "akò ekri sou salè ak kondisyon travay pou tout travayè yo).</p>"
                        ),
                    },
                ),
                ("glossary", "collective-bargaining"),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p><b>Le Comité de la liberté syndicale.</b> Créé en 1951, ce comité tripartite du "
                            "Conseil d'administration du Bureau international du Travail (BIT) examine les "
                            "plaintes d'organisations de travailleurs ou d'employeurs qui estiment que la "
                            "liberté syndicale est violée dans un pays. Sa particularité : il peut examiner une "
                            "plainte même contre un État qui n'a ratifié ni la convention n° 87 ni la "
                            "convention n° 98. En devenant membre de l'OIT, un État accepte en effet le "
                            "principe de la liberté syndicale, inscrit dans la Constitution de "
                            "l'Organisation.</p>"
                        ),
                        "en": (
                            "<p><b>The Committee on Freedom of Association.</b> Set up in 1951, this tripartite "
                            "committee of the Governing Body of the International Labour Office examines "
                            "complaints from workers' or employers' organisations that believe freedom of "
                            "association is being violated in a country. What makes it special: it can examine "
                            "a complaint even against a State that has ratified neither Convention No. 87 nor "
                            "Convention No. 98. By becoming a member of the ILO, a State accepts the principle "
                            "of freedom of association, which is written into the Organization's "
                            "Constitution.</p>"
                        ),
                        "es": (
                            "<p><b>El Comité de Libertad Sindical.</b> Creado en 1951, este comité "
                            "tripartito del Consejo de Administración de la Oficina Internacional del "
                            "Trabajo examina las quejas de organizaciones de trabajadores o de empleadores "
                            "que consideran que se viola la libertad sindical en un país. Lo que lo hace "
                            "especial: puede examinar una queja incluso contra un Estado que no ha "
                            "ratificado ni el Convenio núm. 87 ni el Convenio núm. 98. En efecto, al hacerse "
                            "miembro de la OIT, un Estado acepta el principio de la libertad sindical, "
                            "inscrito en la Constitución de la Organización.</p>"
                        ),
                        "ht": (
                            "<p><b>Komite Libète Sendikal la.</b> Yo te kreye l an 1951. Se yon komite "
                            "tripatit (gouvènman, patwon ak travayè chita ladan l) ki fè pati Konsèy "
                            "Administrasyon Biwo Entènasyonal Travay la (BIT). Li egzamine plent òganizasyon "
                            "travayè oswa òganizasyon patwon pote lè yo wè yo pa respekte libète sendikal "
                            "nan yon peyi. Sa ki fè l espesyal: li ka egzamine yon plent menm kont yon Eta "
                            "ki pa ratifye ni konvansyon nimewo 87 ni konvansyon nimewo 98. Poukisa? Paske "
                            "lè yon Eta vin manm OIT, li aksepte prensip libète sendikal la, ki ekri nan "
                            "Konstitisyon Òganizasyon an.</p>"
                        ),
                    },
                ),
                (
                    "case_study",
                    {
                        "title": {
                            "fr": "Un syndicat naissant dans une usine de transformation alimentaire",
                            "en": "A new union in a food-processing plant",
                            "es": "Un sindicato naciente en una planta de procesamiento de alimentos",
                            "ht": "Yon sendika tou nèf nan yon izin ki transfòme manje",
                        },
                        "country": {
                            "fr": "Pays non précisé (scénario fictif)",
                            "en": "Unspecified country (fictional scenario)",
                            "es": "País no especificado (escenario ficticio)",
                            "ht": "Peyi a pa presize (istwa envante)",
                        },
                        "year": None,
                        "story": {
                            "fr": (
                                "<p>Dans une usine de transformation alimentaire, une quarantaine d'ouvrières "
                                "et d'ouvriers décident de fonder un syndicat pour discuter des horaires et de "
                                "la sécurité. La direction leur répond qu'il leur faut d'abord son accord. "
                                "Deux semaines plus tard, la présidente élue et le secrétaire du nouveau "
                                "syndicat sont congédiés pour des motifs vagues.</p>"
                                "<p>Avec l'appui de leur centrale syndicale, les membres rassemblent des "
                                "preuves : dates, témoignages, lettres de congédiement. Ils peuvent utiliser "
                                "les recours prévus par la loi de leur pays, et leur organisation peut aussi "
                                "porter plainte devant le Comité de la liberté syndicale : c'est à l'État de "
                                "garantir la liberté syndicale.</p>"
                                "<p>Ce scénario est fictif. Il illustre deux droits : fonder un syndicat sans "
                                "autorisation préalable (convention n° 87) et être protégé contre le "
                                "congédiement antisyndical (convention n° 98).</p>"
                            ),
                            "en": (
                                "<p>In a food-processing plant, about forty workers decide to form a union to "
                                "discuss working hours and safety. Management tells them they first need its "
                                "approval. Two weeks later, the newly elected president and the secretary of "
                                "the union are fired on vague grounds.</p>"
                                "<p>With the support of their union confederation, the members gather evidence: "
                                "dates, statements, dismissal letters. They can use the remedies provided by "
                                "their country's law, and their organisation can also file a complaint with "
                                "the Committee on Freedom of Association: it is the State's duty to guarantee "
                                "freedom of association.</p>"
                                "<p>This scenario is fictional. It illustrates two rights: forming a union "
                                "without prior authorisation (Convention No. 87) and protection against "
                                "anti-union dismissal (Convention No. 98).</p>"
                            ),
                            "es": (
                                "<p>En una planta de procesamiento de alimentos, unas cuarenta trabajadoras "
                                "y trabajadores deciden fundar un sindicato para discutir los horarios y la "
                                "seguridad. La dirección les responde que primero necesitan su aprobación. "
                                "Dos semanas después, la presidenta electa y el secretario del nuevo "
                                "sindicato son despedidos por motivos vagos.</p>"
                                "<p>Con el apoyo de su central sindical, los miembros reúnen pruebas: "
                                "fechas, testimonios, cartas de despido. Pueden usar los recursos que prevé "
                                "la ley de su país, y su organización también puede presentar una queja ante "
                                "el Comité de Libertad Sindical: es el Estado el que debe garantizar la "
                                "libertad sindical.</p>"
                                "<p>Este escenario es ficticio. Ilustra dos derechos: fundar un sindicato "
                                "sin autorización previa (Convenio núm. 87) y estar protegido contra el "
                                "despido antisindical (Convenio núm. 98).</p>"
                            ),
                            "ht": (
                                "<p>Nan yon izin ki transfòme manje, anviwon karant travayè deside fonde yon "
                                "sendika pou yo diskite orè travay ak sekirite. Direksyon an reponn yo fòk "
                                "yo jwenn dakò li anvan. De semèn apre, yo revoke prezidant yo te fenk eli a "
                                "ak sekretè nouvo sendika a, pou rezon ki pa klè.</p>"
                                "<p>Ak sipò santral sendikal yo (gwo òganizasyon ki regwoupe plizyè "
                                "sendika), manm yo ranmase prèv: dat, temwayaj, lèt revokasyon. Yo ka sèvi "
                                "ak rekou lalwa peyi yo prevwa, epi òganizasyon yo ka pote plent tou devan "
                                "Komite Libète Sendikal la: se Eta a ki dwe garanti libète sendikal.</p>"
                                "<p>Istwa sa a envante. Li montre de dwa: fonde yon sendika san otorizasyon "
                                "davans (konvansyon nimewo 87), epi jwenn pwoteksyon kont revokasyon akoz "
                                "sendika (konvansyon nimewo 98).</p>"
                            ),
                        },
                    },
                ),
                (
                    "key_point",
                    {
                        "fr": (
                            "<p>La liberté syndicale repose sur deux piliers : le droit de s'organiser librement "
                            "(convention n° 87), et la protection contre la discrimination antisyndicale avec la "
                            "promotion de la négociation collective (convention n° 98). Le Comité de la liberté "
                            "syndicale peut examiner une plainte même si l'État n'a ratifié aucune des deux "
                            "conventions.</p>"
                        ),
                        "en": (
                            "<p>Freedom of association rests on two pillars: the right to organise freely "
                            "(Convention No. 87), and protection against anti-union discrimination together "
                            "with the promotion of collective bargaining (Convention No. 98). The Committee on "
                            "Freedom of Association can examine a complaint even if the State has ratified "
                            "neither convention.</p>"
                        ),
                        "es": (
                            "<p>La libertad sindical se apoya en dos pilares: el derecho de organizarse "
                            "libremente (Convenio núm. 87), y la protección contra la discriminación "
                            "antisindical junto con el fomento de la negociación colectiva (Convenio núm. "
                            "98). El Comité de Libertad Sindical puede examinar una queja aunque el Estado "
                            "no haya ratificado ninguno de los dos convenios.</p>"
                        ),
                        "ht": (
                            "<p>Libète sendikal chita sou de poto: dwa pou travayè yo òganize lib "
                            "(konvansyon nimewo 87), ak pwoteksyon kont diskriminasyon akoz sendika, ansanm "
                            "ak ankourajman negosyasyon kolektif (konvansyon nimewo 98). Komite Libète "
                            "Sendikal la ka egzamine yon plent menm si Eta a pa ratifye okenn nan de "
                            "konvansyon yo.</p>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "question": {
                            "fr": (
                                "Dans votre milieu de travail ou votre secteur, qu'est-ce qui empêche les gens "
                                "de se syndiquer ou de négocier collectivement? Lesquels de ces obstacles "
                                "touchent aux droits protégés par les conventions n° 87 et 98?"
                            ),
                            "en": (
                                "In your workplace or sector, what stops people from joining a union or "
                                "bargaining collectively? Which of these obstacles affect the rights protected "
                                "by Conventions Nos 87 and 98?"
                            ),
                            "es": (
                                "En tu lugar de trabajo o en tu sector, ¿qué impide que la gente se "
                                "sindicalice o negocie colectivamente? ¿Cuáles de esos obstáculos afectan a "
                                "los derechos protegidos por los convenios núms. 87 y 98?"
                            ),
                            "ht": (
                                "Nan travay ou oswa nan sektè w, kisa ki anpeche moun antre nan sendika oswa "
                                "negosye an gwoup? Kilès nan obstak sa yo ki touche dwa konvansyon nimewo 87 "
                                "ak 98 pwoteje?"
                            ),
                        },
                        "guidance": {
                            "fr": (
                                "Pensez aux obstacles visibles (congédiements, menaces, refus de reconnaître le "
                                "syndicat) et aux obstacles plus discrets (peur, contrats précaires, "
                                "sous-traitance). Pour chacun, demandez-vous quel droit est en jeu et à qui "
                                "vous pourriez vous adresser."
                            ),
                            "en": (
                                "Think of visible obstacles (dismissals, threats, refusal to recognise the "
                                "union) and less visible ones (fear, precarious contracts, subcontracting). For "
                                "each one, ask yourselves which right is at stake and where you could turn for "
                                "help."
                            ),
                            "es": (
                                "Piensa en los obstáculos visibles (despidos, amenazas, negativa a reconocer "
                                "al sindicato) y en los más discretos (miedo, contratos precarios, "
                                "subcontratación). Para cada uno, pregúntate qué derecho está en juego y a "
                                "quién podrías acudir."
                            ),
                            "ht": (
                                "Panse ak obstak tout moun wè (revokasyon, menas, patwon ki refize rekonèt "
                                "sendika a) ak obstak ki pi kache (laperèz, kontra ki pa estab, soutretans). "
                                "Pou chak obstak, mande tèt ou ki dwa ki touche, e bò kote kiyès ou ta ka al "
                                "chèche èd."
                            ),
                        },
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------------------------------------
        # Lesson 2: forced labour
        # ------------------------------------------------------------------------------------------------
        {
            "title": {
                "fr": "Le travail forcé",
                "en": "Forced labour",
                "es": "El trabajo forzoso",
                "ht": "Travay fòse",
            },
            "slug": {
                "fr": "le-travail-force",
                "en": "forced-labour",
                "es": "el-trabajo-forzoso",
                "ht": "travay-fose",
            },
            "summary": {
                "fr": (
                    "La convention n° 29, son protocole de 2014 et la convention n° 105 : reconnaître le "
                    "travail forcé et connaître les moyens de le combattre."
                ),
                "en": (
                    "Convention No. 29, its 2014 Protocol and Convention No. 105: recognising forced labour "
                    "and knowing the tools to fight it."
                ),
                "es": (
                    "El Convenio núm. 29, su Protocolo de 2014 y el Convenio núm. 105: reconocer el trabajo "
                    "forzoso y conocer los medios para combatirlo."
                ),
                "ht": (
                    "Konvansyon nimewo 29, pwotokòl 2014 li a ak konvansyon nimewo 105: rekonèt travay fòse, "
                    "epi konnen mwayen pou goumen kont li."
                ),
            },
            "minutes": 15,
            "body": [
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Le travail forcé n'appartient pas seulement au passé. Il peut prendre la forme "
                            "d'une dette qu'on ne finit jamais de rembourser, d'un passeport confisqué ou de "
                            "menaces contre la famille. L'OIT a adopté sa première convention sur le sujet en "
                            "1930, et le combat continue.</p>"
                            "<p>La convention n° 29 définit le travail forcé comme tout travail ou service exigé "
                            "d'une personne sous la menace d'une peine quelconque, et pour lequel cette "
                            "personne ne s'est pas offerte de plein gré. Deux éléments comptent donc : la "
                            "menace et l'absence de libre consentement.</p>"
                            "<p>La « peine » n'est pas forcément une punition physique. Voici quelques signaux "
                            "d'alerte :</p>"
                            "<ul>"
                            "<li>des papiers d'identité gardés par l'employeur ou le recruteur;</li>"
                            "<li>une dette de recrutement ou de logement qui ne cesse de grossir;</li>"
                            "<li>des salaires retenus « pour plus tard »;</li>"
                            "<li>des menaces de violence ou de dénonciation aux autorités;</li>"
                            "<li>l'interdiction de quitter le lieu de travail ou le logement.</li>"
                            "</ul>"
                            "<p>La convention n° 29 prévoit quelques exceptions étroites, comme le service "
                            "militaire obligatoire ou certains travaux exigés en cas de force majeure, par "
                            "exemple une catastrophe naturelle.</p>"
                        ),
                        "en": (
                            "<p>Forced labour is not just a thing of the past. It can take the form of a debt "
                            "that never gets paid off, a confiscated passport or threats against a worker's "
                            "family. The ILO adopted its first convention on the subject in 1930, and the "
                            "struggle goes on.</p>"
                            "<p>Convention No. 29 defines forced labour as all work or service exacted from a "
                            "person under the menace of any penalty, and for which that person has not offered "
                            "themselves voluntarily. So two elements matter: the threat, and the lack of free "
                            "consent.</p>"
                            "<p>The “penalty” does not have to be physical punishment. Here are some warning "
                            "signs:</p>"
                            "<ul>"
                            "<li>identity papers kept by the employer or the recruiter;</li>"
                            "<li>a recruitment or housing debt that keeps growing;</li>"
                            "<li>wages held back “for later”;</li>"
                            "<li>threats of violence or of being reported to the authorities;</li>"
                            "<li>being forbidden to leave the workplace or the housing.</li>"
                            "</ul>"
                            "<p>Convention No. 29 allows a few narrow exceptions, such as compulsory military "
                            "service or certain work required in an emergency, for example a natural "
                            "disaster.</p>"
                        ),
                        "es": (
                            "<p>El trabajo forzoso no pertenece solo al pasado. Puede tomar la forma de una "
                            "deuda que nunca se termina de pagar, de un pasaporte confiscado o de amenazas "
                            "contra la familia. La OIT adoptó su primer convenio sobre el tema en 1930, y la "
                            "lucha continúa.</p>"
                            "<p>El Convenio núm. 29 define el trabajo forzoso u obligatorio como todo "
                            "trabajo o servicio exigido a una persona bajo la amenaza de una pena cualquiera "
                            "y para el cual esa persona no se ofrece voluntariamente. Cuentan, por lo tanto, "
                            "dos elementos: la amenaza y la falta de libre consentimiento.</p>"
                            "<p>La «pena» no tiene que ser un castigo físico. Estas son algunas señales de "
                            "alerta:</p>"
                            "<ul>"
                            "<li>documentos de identidad retenidos por el empleador o el reclutador;</li>"
                            "<li>una deuda de reclutamiento o de vivienda que no deja de crecer;</li>"
                            "<li>salarios retenidos «para más adelante»;</li>"
                            "<li>amenazas de violencia o de denuncia ante las autoridades;</li>"
                            "<li>la prohibición de salir del lugar de trabajo o de la vivienda.</li>"
                            "</ul>"
                            "<p>El Convenio núm. 29 prevé algunas excepciones estrictas, como el servicio "
                            "militar obligatorio o ciertos trabajos exigidos en casos de fuerza mayor, por "
                            "ejemplo una catástrofe natural.</p>"
                        ),
                        "ht": (
                            "<p>Travay fòse se pa yon bagay ki rete nan tan lontan sèlman. Li ka parèt sou "
                            "fòm yon dèt moun nan pa janm fin peye, yon paspò yo konfiske, oswa menas kont "
                            "fanmi moun nan. OIT te adopte premye konvansyon li sou sijè sa a an 1930, e "
                            "batay la kontinye.</p>"
                            "<p>Konvansyon nimewo 29 defini travay fòse konsa: tout travay oswa sèvis yo "
                            "egzije nan men yon moun anba menas nenpòt pinisyon, e moun nan pa t ofri tèt li "
                            "pou l fè l ak pwòp volonte l. Donk de bagay konte: menas la, ak lefèt moun nan "
                            "pa t dakò lib.</p>"
                            "<p>« Pinisyon » an pa oblije fè moun nan mal nan kò l. Men kèk siy ki dwe mete "
                            "w an gad:</p>"
                            "<ul>"
                            "<li>patwon an oswa rekritè a kenbe papye idantite moun yo;</li>"
                            "<li>yon dèt pou rekritman oswa pou lojman ki pa janm sispann grosi;</li>"
                            "<li>yo kenbe salè a « pou pita »;</li>"
                            "<li>menas vyolans, oswa menas pou yo denonse moun nan bay otorite yo;</li>"
                            "<li>yo entèdi moun nan soti kote l travay la oswa kote l rete a.</li>"
                            "</ul>"
                            "<p>Konvansyon nimewo 29 pèmèt kèk ti eksepsyon byen limite, tankou sèvis militè "
                            "obligatwa, oswa kèk travay yo egzije nan ka ijans, pa egzanp yon katastwòf "
                            "natirèl.</p>"
                        ),
                    },
                ),
                ("glossary", "forced-labour"),
                ("standard", "C029"),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>En 1957, la convention n° 105 est allée plus loin. Elle interdit d'utiliser le "
                            "travail forcé :</p>"
                            "<ul>"
                            "<li>comme moyen de coercition politique ou pour punir des opinions politiques;</li>"
                            "<li>pour mobiliser de la main-d'œuvre à des fins de développement économique;</li>"
                            "<li>comme mesure de discipline du travail;</li>"
                            "<li>pour punir la participation à une grève;</li>"
                            "<li>comme mesure de discrimination raciale, sociale, nationale ou religieuse.</li>"
                            "</ul>"
                            "<p>Pour un syndicat, le quatrième point est essentiel : un État ne peut pas "
                            "condamner des grévistes au travail forcé.</p>"
                            "<p>En 2014, l'OIT a adopté un protocole à la convention n° 29 pour l'adapter aux "
                            "formes actuelles du travail forcé, y compris la traite des personnes. Il demande "
                            "aux États d'agir sur trois fronts :</p>"
                            "<ul>"
                            "<li><b>prévention</b> : informer les travailleuses et les travailleurs et les "
                            "employeurs, et protéger les personnes, surtout migrantes, contre les pratiques de "
                            "recrutement abusives;</li>"
                            "<li><b>protection</b> : repérer les victimes, les libérer et les aider à se "
                            "rétablir;</li>"
                            "<li><b>réparation</b> : donner aux victimes accès à des recours, par exemple une "
                            "indemnisation.</li>"
                            "</ul>"
                        ),
                        "en": (
                            "<p>In 1957, Convention No. 105 went further. It prohibits the use of forced "
                            "labour:</p>"
                            "<ul>"
                            "<li>as a means of political coercion or to punish political views;</li>"
                            "<li>to mobilise labour for the purposes of economic development;</li>"
                            "<li>as a means of labour discipline;</li>"
                            "<li>as a punishment for taking part in a strike;</li>"
                            "<li>as a means of racial, social, national or religious discrimination.</li>"
                            "</ul>"
                            "<p>For a union, the fourth point is crucial: a State cannot sentence strikers to "
                            "forced labour.</p>"
                            "<p>In 2014, the ILO adopted a protocol to Convention No. 29 to address today's "
                            "forms of forced labour, including trafficking in persons. It asks States to act on "
                            "three fronts:</p>"
                            "<ul>"
                            "<li><b>prevention</b>: informing workers and employers, and protecting people, "
                            "especially migrants, from abusive recruitment practices;</li>"
                            "<li><b>protection</b>: identifying victims, releasing them and helping them "
                            "recover;</li>"
                            "<li><b>remedies</b>: giving victims access to appropriate remedies, such as "
                            "compensation.</li>"
                            "</ul>"
                        ),
                        "es": (
                            "<p>En 1957, el Convenio núm. 105 fue más lejos. Prohíbe utilizar el trabajo "
                            "forzoso:</p>"
                            "<ul>"
                            "<li>como medio de coerción política o como castigo por tener opiniones "
                            "políticas;</li>"
                            "<li>como método de movilización de mano de obra con fines de desarrollo "
                            "económico;</li>"
                            "<li>como medida de disciplina en el trabajo;</li>"
                            "<li>como castigo por haber participado en una huelga;</li>"
                            "<li>como medida de discriminación racial, social, nacional o religiosa.</li>"
                            "</ul>"
                            "<p>Para un sindicato, el cuarto punto es esencial: un Estado no puede condenar "
                            "a huelguistas a trabajo forzoso.</p>"
                            "<p>En 2014, la OIT adoptó un protocolo al Convenio núm. 29 para adaptarlo a las "
                            "formas actuales de trabajo forzoso, incluida la trata de personas. Pide a los "
                            "Estados que actúen en tres frentes:</p>"
                            "<ul>"
                            "<li><b>prevención</b>: informar a los trabajadores, las trabajadoras y los "
                            "empleadores, y proteger a las personas, sobre todo a las migrantes, contra las "
                            "prácticas de reclutamiento abusivas;</li>"
                            "<li><b>protección</b>: identificar a las víctimas, liberarlas y ayudarlas a "
                            "recuperarse;</li>"
                            "<li><b>reparación</b>: dar a las víctimas acceso a recursos, por ejemplo una "
                            "indemnización.</li>"
                            "</ul>"
                        ),
                        "ht": (
                            "<p>An 1957, konvansyon nimewo 105 te ale pi lwen. Li entèdi itilize travay "
                            "fòse:</p>"
                            "<ul>"
                            "<li>pou fè presyon politik sou moun, oswa pou pini moun pou opinyon politik "
                            "yo;</li>"
                            "<li>pou mobilize travayè pou devlopman ekonomik;</li>"
                            "<li>pou mete disiplin nan travay;</li>"
                            "<li>pou pini moun ki patisipe nan yon grèv;</li>"
                            "<li>pou fè diskriminasyon akoz ras, kondisyon sosyal, nasyonalite oswa "
                            "relijyon.</li>"
                            "</ul>"
                            "<p>Pou yon sendika, katriyèm pwen an esansyèl: yon Eta pa ka kondane moun ki fè "
                            "grèv pou yo fè travay fòse.</p>"
                            "<p>An 2014, OIT te adopte yon pwotokòl (yon tèks ki konplete yon konvansyon) "
                            "pou konvansyon nimewo 29, pou adapte l ak fòm travay fòse jodi a, tankou trafik "
                            "moun. Pwotokòl la mande Eta yo aji sou twa fwon:</p>"
                            "<ul>"
                            "<li><b>prevansyon</b>: enfòme travayè yo ak patwon yo, epi pwoteje moun yo, "
                            "sitou migran yo, kont fason abizif kèk moun rekrite travayè;</li>"
                            "<li><b>pwoteksyon</b>: idantifye viktim yo, libere yo epi ede yo refè lavi "
                            "yo;</li>"
                            "<li><b>reparasyon</b>: bay viktim yo mwayen pou yo jwenn jistis, pa egzanp yon "
                            "dedomajman.</li>"
                            "</ul>"
                        ),
                    },
                ),
                ("standard", "C105"),
                ("glossary", "protocol"),
                ("standard", "P029"),
                (
                    "case_study",
                    {
                        "title": {
                            "fr": "Des travailleurs migrants pris au piège d'une dette",
                            "en": "Migrant workers trapped by debt",
                            "es": "Trabajadores migrantes atrapados por una deuda",
                            "ht": "Travayè migran ki pran nan pèlen yon dèt",
                        },
                        "country": {
                            "fr": "Pays non précisé (scénario fictif)",
                            "en": "Unspecified country (fictional scenario)",
                            "es": "País no especificado (escenario ficticio)",
                            "ht": "Peyi a pa presize (istwa envante)",
                        },
                        "year": None,
                        "story": {
                            "fr": (
                                "<p>Des travailleurs sont recrutés dans leur pays pour aller travailler dans "
                                "des serres, à l'étranger. Une agence leur fait payer de gros frais de "
                                "recrutement, qu'ils doivent emprunter. À l'arrivée, le superviseur garde "
                                "leurs passeports « pour les formalités ». Une partie du salaire est retenue "
                                "pour la dette et le logement, si bien que la dette ne baisse presque pas. "
                                "Ceux qui parlent de partir se font dire qu'ils seront dénoncés à la "
                                "police.</p>"
                                "<p>Personne n'est enfermé à clé. Pourtant, plusieurs signaux d'alerte du "
                                "travail forcé sont réunis : la dette, les papiers confisqués, les salaires "
                                "retenus et les menaces. Un syndicat local qui entre en contact avec eux peut "
                                "les informer de leurs droits, documenter la situation et alerter les "
                                "autorités du travail.</p>"
                                "<p>Ce scénario est fictif et ne vise aucune entreprise réelle.</p>"
                            ),
                            "en": (
                                "<p>Workers are recruited in their home country to work in greenhouses "
                                "abroad. An agency charges them high recruitment fees, which they have to "
                                "borrow. When they arrive, the supervisor keeps their passports “for the "
                                "paperwork”. Part of their pay is withheld for the debt and for housing, so "
                                "the debt barely goes down. Those who talk about leaving are told they will "
                                "be reported to the police.</p>"
                                "<p>No one is locked in. Yet several warning signs of forced labour are "
                                "present: the debt, the confiscated papers, the withheld wages and the "
                                "threats. A local union that gets in touch with them can inform them of their "
                                "rights, document the situation and alert the labour authorities.</p>"
                                "<p>This scenario is fictional and does not refer to any real company.</p>"
                            ),
                            "es": (
                                "<p>Unos trabajadores son reclutados en su país para ir a trabajar en "
                                "invernaderos, en el extranjero. Una agencia les cobra altas comisiones de "
                                "reclutamiento, que tienen que pedir prestadas. Al llegar, el supervisor se "
                                "queda con sus pasaportes «para los trámites». Parte del salario se retiene "
                                "para la deuda y la vivienda, de modo que la deuda casi no baja. A quienes "
                                "hablan de irse les dicen que los denunciarán a la policía.</p>"
                                "<p>Nadie está encerrado bajo llave. Sin embargo, se reúnen varias señales "
                                "de alerta de trabajo forzoso: la deuda, los documentos confiscados, los "
                                "salarios retenidos y las amenazas. Un sindicato local que se pone en "
                                "contacto con ellos puede informarles de sus derechos, documentar la "
                                "situación y alertar a las autoridades laborales.</p>"
                                "<p>Este escenario es ficticio y no se refiere a ninguna empresa real.</p>"
                            ),
                            "ht": (
                                "<p>Yon ajans rekrite kèk travayè nan peyi yo pou y al travay nan sè (gwo "
                                "kay an plastik oswa an vit kote yo fè plant pouse), lòt bò dlo. Ajans lan "
                                "fè yo peye gwo frè rekritman, e yo oblije prete lajan pou yo peye l. Lè yo "
                                "rive, sipèvizè a kenbe paspò yo « pou fè papye ». Yo retire yon pati nan "
                                "salè yo pou dèt la ak pou lojman, kifè dèt la prèske pa desann. Moun ki "
                                "pale de ale, yo di yo y ap denonse yo bay lapolis.</p>"
                                "<p>Pèsonn pa fèmen anba kle. Men, gen plizyè siy travay fòse ansanm: dèt "
                                "la, papye yo konfiske, salè yo kenbe ak menas yo. Yon sendika lokal ki "
                                "antre an kontak ak travayè sa yo ka enfòme yo sou dwa yo, dokimante "
                                "sitiyasyon an epi avèti otorite travay yo.</p>"
                                "<p>Istwa sa a envante, li pa pale de okenn vrè konpayi.</p>"
                            ),
                        },
                    },
                ),
                (
                    "key_point",
                    {
                        "fr": (
                            "<p>Le travail forcé, c'est un travail imposé sous la menace, sans libre "
                            "consentement. La convention n° 29 l'interdit; la convention n° 105 interdit de "
                            "s'en servir, entre autres, pour punir des opinions ou des grèves; et le protocole "
                            "de 2014 exige prévention, protection et réparation.</p>"
                        ),
                        "en": (
                            "<p>Forced labour is work imposed under threat, without free consent. Convention "
                            "No. 29 prohibits it; Convention No. 105 prohibits its use, among other things, to "
                            "punish opinions or strikes; and the 2014 Protocol requires prevention, protection "
                            "and remedies.</p>"
                        ),
                        "es": (
                            "<p>El trabajo forzoso es un trabajo impuesto bajo amenaza, sin libre "
                            "consentimiento. El Convenio núm. 29 lo prohíbe; el Convenio núm. 105 prohíbe "
                            "utilizarlo, entre otras cosas, para castigar opiniones o huelgas; y el "
                            "Protocolo de 2014 exige prevención, protección y reparación.</p>"
                        ),
                        "ht": (
                            "<p>Travay fòse, se yon travay yo enpoze sou moun anba menas, san moun nan pa "
                            "dakò lib. Konvansyon nimewo 29 entèdi l; konvansyon nimewo 105 entèdi sèvi avè "
                            "l, pami lòt bagay, pou pini moun pou opinyon yo oswa pou yon grèv; epi pwotokòl "
                            "2014 la egzije prevansyon, pwoteksyon ak reparasyon.</p>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "question": {
                            "fr": (
                                "Dans votre secteur ou votre région, quels groupes de travailleuses et de "
                                "travailleurs sont les plus exposés aux signaux d'alerte du travail forcé? "
                                "Comment votre syndicat pourrait-il aller à leur rencontre?"
                            ),
                            "en": (
                                "In your sector or region, which groups of workers are most exposed to the "
                                "warning signs of forced labour? How could your union reach out to them?"
                            ),
                            "es": (
                                "En tu sector o en tu región, ¿qué grupos de trabajadoras y trabajadores "
                                "están más expuestos a las señales de alerta del trabajo forzoso? ¿Cómo "
                                "podría tu sindicato acercarse a ellos?"
                            ),
                            "ht": (
                                "Nan sektè w oswa nan rejyon w, ki gwoup travayè ki pi ekspoze a siy travay "
                                "fòse yo? Kijan sendika w ta ka al jwenn yo?"
                            ),
                        },
                        "guidance": {
                            "fr": (
                                "Pensez aux personnes migrantes, aux agences de recrutement, au logement "
                                "fourni par l'employeur et aux dettes. Réfléchissez aussi aux barrières : "
                                "langue, statut migratoire, peur des représailles."
                            ),
                            "en": (
                                "Think about migrant workers, recruitment agencies, employer-provided housing "
                                "and debts. Also think about the barriers: language, immigration status, fear "
                                "of reprisals."
                            ),
                            "es": (
                                "Piensa en las personas migrantes, las agencias de reclutamiento, la "
                                "vivienda proporcionada por el empleador y las deudas. Piensa también en las "
                                "barreras: el idioma, la situación migratoria, el miedo a las represalias."
                            ),
                            "ht": (
                                "Panse ak migran yo, ajans rekritman yo, lojman patwon an bay ak dèt yo. "
                                "Panse tou ak baryè yo: lang, sitiyasyon imigrasyon moun yo, laperèz pou yo "
                                "pa sibi vanjans."
                            ),
                        },
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------------------------------------
        # Lesson 3: child labour
        # ------------------------------------------------------------------------------------------------
        {
            "title": {
                "fr": "Le travail des enfants",
                "en": "Child labour",
                "es": "El trabajo infantil",
                "ht": "Travay timoun",
            },
            "slug": {
                "fr": "le-travail-des-enfants",
                "en": "child-labour",
                "es": "el-trabajo-infantil",
                "ht": "travay-timoun",
            },
            "summary": {
                "fr": (
                    "Les conventions n° 138 et 182 : l'âge minimum d'admission à l'emploi et l'élimination "
                    "des pires formes de travail des enfants."
                ),
                "en": (
                    "Conventions Nos 138 and 182: the minimum age for admission to employment and the "
                    "elimination of the worst forms of child labour."
                ),
                "es": (
                    "Los convenios núms. 138 y 182: la edad mínima de admisión al empleo y la eliminación de "
                    "las peores formas de trabajo infantil."
                ),
                "ht": (
                    "Konvansyon nimewo 138 ak 182: laj minimòm pou yon moun ka kòmanse travay, ak "
                    "eliminasyon pi move fòm travay timoun yo."
                ),
            },
            "minutes": 15,
            "body": [
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Aider à la maison ou donner un coup de main après l'école n'est pas, en soi, du "
                            "travail des enfants. Le problème, c'est le travail qui prive les enfants de leur "
                            "enfance et de l'école, ou qui nuit à leur santé et à leur développement.</p>"
                            "<p>Deux conventions fondamentales fixent les règles : la convention n° 138 sur "
                            "l'âge minimum, adoptée en 1973, et la convention n° 182 sur les pires formes de "
                            "travail des enfants, adoptée en 1999.</p>"
                        ),
                        "en": (
                            "<p>Helping out at home or lending a hand after school is not, in itself, child "
                            "labour. The problem is work that deprives children of their childhood and of "
                            "school, or that harms their health and development.</p>"
                            "<p>Two fundamental conventions set the rules: Convention No. 138 on the minimum "
                            "age, adopted in 1973, and Convention No. 182 on the worst forms of child labour, "
                            "adopted in 1999.</p>"
                        ),
                        "es": (
                            "<p>Ayudar en casa o echar una mano después de la escuela no es, en sí, trabajo "
                            "infantil. El problema es el trabajo que priva a los niños y las niñas de su "
                            "infancia y de la escuela, o que perjudica su salud y su desarrollo.</p>"
                            "<p>Dos convenios fundamentales fijan las reglas: el Convenio núm. 138 sobre la "
                            "edad mínima, adoptado en 1973, y el Convenio núm. 182 sobre las peores formas "
                            "de trabajo infantil, adoptado en 1999.</p>"
                        ),
                        "ht": (
                            "<p>Ede lakay oswa bay yon kout men apre lekòl, sa pou kont li se pa travay "
                            "timoun. Pwoblèm nan, se travay ki anpeche timoun yo viv anfans yo ak ale lekòl, "
                            "oswa ki fè sante yo ak devlopman yo tò.</p>"
                            "<p>De konvansyon fondamantal fikse règ yo: konvansyon nimewo 138 sou laj "
                            "minimòm, yo te adopte an 1973, ak konvansyon nimewo 182 sou pi move fòm travay "
                            "timoun, yo te adopte an 1999.</p>"
                        ),
                    },
                ),
                ("glossary", "child-labour"),
                ("standard", "C138"),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>La convention n° 138 demande à chaque État de fixer un âge minimum d'admission "
                            "à l'emploi. Cet âge :</p>"
                            "<ul>"
                            "<li>ne doit pas être inférieur à l'âge de la fin de la scolarité obligatoire;</li>"
                            "<li>ne doit en aucun cas être inférieur à 15 ans;</li>"
                            "<li>peut être fixé à 14 ans, à titre transitoire, dans certains pays en "
                            "développement;</li>"
                            "<li>passe à 18 ans pour les travaux dangereux, c'est-à-dire ceux qui risquent de "
                            "compromettre la santé, la sécurité ou la moralité des jeunes. Une seule exception, "
                            "dès 16 ans : la loi peut les permettre, après consultation des organisations "
                            "d'employeurs et de travailleurs, si la santé, la sécurité et la moralité des jeunes "
                            "sont pleinement protégées et s'ils ont reçu une instruction spécifique ou une "
                            "formation professionnelle adéquate dans ce domaine.</li>"
                            "</ul>"
                            "<p>Le lien avec l'école est central : un enfant qui travaille trop jeune perd "
                            "souvent sa place en classe, et avec elle ses chances d'obtenir plus tard un "
                            "emploi décent.</p>"
                        ),
                        "en": (
                            "<p>Convention No. 138 asks each State to set a minimum age for admission to "
                            "employment. This age:</p>"
                            "<ul>"
                            "<li>must not be lower than the age at which compulsory schooling ends;</li>"
                            "<li>must in any case not be lower than 15;</li>"
                            "<li>may be set at 14, as a transitional measure, in some developing "
                            "countries;</li>"
                            "<li>rises to 18 for hazardous work, meaning work likely to jeopardise the health, "
                            "safety or morals of young people. There is one exception, from 16: the law may "
                            "allow such work, after consulting employers' and workers' organisations, if the "
                            "young people's health, safety and morals are fully protected and they have "
                            "received adequate specific instruction or vocational training in that "
                            "field.</li>"
                            "</ul>"
                            "<p>The link with school is central: a child who starts working too young often "
                            "loses their place in the classroom, and with it the chance of finding decent work "
                            "later on.</p>"
                        ),
                        "es": (
                            "<p>El Convenio núm. 138 pide a cada Estado que fije una edad mínima de admisión "
                            "al empleo. Esa edad:</p>"
                            "<ul>"
                            "<li>no debe ser inferior a la edad en que termina la escolaridad "
                            "obligatoria;</li>"
                            "<li>en ningún caso debe ser inferior a 15 años;</li>"
                            "<li>puede fijarse en 14 años, como medida transitoria, en algunos países en "
                            "desarrollo;</li>"
                            "<li>sube a 18 años para los trabajos peligrosos, es decir, los que pueden poner "
                            "en peligro la salud, la seguridad o la moralidad de los jóvenes. Hay una sola "
                            "excepción, desde los 16 años: la ley puede permitirlos, previa consulta con las "
                            "organizaciones de empleadores y de trabajadores, si la salud, la seguridad y la "
                            "moralidad de los jóvenes están plenamente protegidas y si han recibido una "
                            "instrucción específica o una formación profesional adecuada en esa rama.</li>"
                            "</ul>"
                            "<p>El vínculo con la escuela es central: un niño que empieza a trabajar "
                            "demasiado joven a menudo pierde su lugar en el aula y, con él, la posibilidad "
                            "de conseguir más tarde un trabajo decente.</p>"
                        ),
                        "ht": (
                            "<p>Konvansyon nimewo 138 mande chak Eta fikse yon laj minimòm pou yon moun ka "
                            "kòmanse travay. Laj sa a:</p>"
                            "<ul>"
                            "<li>pa dwe pi piti pase laj lekòl obligatwa fini;</li>"
                            "<li>pa janm dwe pi piti pase 15 an;</li>"
                            "<li>ka 14 an, pou yon ti tan, nan kèk peyi k ap devlope;</li>"
                            "<li>monte 18 an pou travay ki danjere, sa vle di travay ki ka mete sante, "
                            "sekirite oswa moralite jèn yo an danje. Gen yon sèl eksepsyon, apati 16 an: "
                            "lalwa ka pèmèt travay sa yo, apre li fin konsilte òganizasyon patwon yo ak "
                            "òganizasyon travayè yo, si sante, sekirite ak moralite jèn yo byen pwoteje nèt, "
                            "e si yo te resevwa yon fòmasyon ki apwopriye nan domèn travay sa a.</li>"
                            "</ul>"
                            "<p>Lyen ak lekòl la santral: yon timoun ki kòmanse travay twò piti souvan pèdi "
                            "plas li nan klas la, e avè l, chans pou l jwenn yon travay desan pita.</p>"
                        ),
                    },
                ),
                ("standard", "C182"),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>La convention n° 182 vise l'urgence. Elle s'applique à toute personne de moins "
                            "de 18 ans et demande des mesures immédiates et efficaces pour interdire et "
                            "éliminer les pires formes de travail des enfants :</p>"
                            "<ul>"
                            "<li>l'esclavage et les pratiques analogues, comme la vente et la traite d'enfants, "
                            "la servitude pour dettes et le travail forcé ou obligatoire, y compris le "
                            "recrutement forcé ou obligatoire d'enfants en vue de leur utilisation dans des "
                            "conflits armés;</li>"
                            "<li>l'exploitation sexuelle des enfants;</li>"
                            "<li>l'utilisation d'enfants pour des activités illicites, notamment le trafic de "
                            "drogues;</li>"
                            "<li>les travaux qui, par leur nature ou leurs conditions, risquent de nuire à leur "
                            "santé, à leur sécurité ou à leur moralité.</li>"
                            "</ul>"
                            "<p>En août 2020, la convention n° 182 est devenue la première convention de l'OIT "
                            "ratifiée par tous les États membres.</p>"
                        ),
                        "en": (
                            "<p>Convention No. 182 is about urgency. It applies to everyone under 18 and calls "
                            "for immediate and effective measures to prohibit and eliminate the worst forms of "
                            "child labour:</p>"
                            "<ul>"
                            "<li>slavery and similar practices, such as the sale and trafficking of children, "
                            "debt bondage and forced or compulsory labour, including the forced or compulsory "
                            "recruitment of children for use in armed conflict;</li>"
                            "<li>the sexual exploitation of children;</li>"
                            "<li>the use of children for illicit activities, in particular drug "
                            "trafficking;</li>"
                            "<li>work which, by its nature or the circumstances in which it is done, is likely "
                            "to harm their health, safety or morals.</li>"
                            "</ul>"
                            "<p>In August 2020, Convention No. 182 became the first ILO convention ratified by "
                            "every member State.</p>"
                        ),
                        "es": (
                            "<p>El Convenio núm. 182 apunta a lo urgente. Se aplica a toda persona menor de "
                            "18 años y pide medidas inmediatas y eficaces para prohibir y eliminar las "
                            "peores formas de trabajo infantil:</p>"
                            "<ul>"
                            "<li>la esclavitud y las prácticas análogas, como la venta y la trata de niños, "
                            "la servidumbre por deudas y el trabajo forzoso u obligatorio, incluido el "
                            "reclutamiento forzoso u obligatorio de niños para utilizarlos en conflictos "
                            "armados;</li>"
                            "<li>la explotación sexual de niños;</li>"
                            "<li>la utilización de niños para actividades ilícitas, en particular el tráfico "
                            "de drogas;</li>"
                            "<li>los trabajos que, por su naturaleza o por las condiciones en que se "
                            "realizan, pueden dañar su salud, su seguridad o su moralidad.</li>"
                            "</ul>"
                            "<p>En agosto de 2020, el Convenio núm. 182 se convirtió en el primer convenio "
                            "de la OIT ratificado por todos los Estados miembros.</p>"
                        ),
                        "ht": (
                            "<p>Konvansyon nimewo 182 vize sa ki ijan. Li aplike pou tout moun ki poko gen "
                            "18 an, e li mande mezi touswit ki efikas pou entèdi ak elimine pi move fòm "
                            "travay timoun yo:</p>"
                            "<ul>"
                            "<li>esklavaj ak pratik ki sanble ak esklavaj, tankou vann timoun ak fè trafik "
                            "timoun, esklavaj pou dèt, ak travay fòse oswa obligatwa, sa gen ladan l lè yo "
                            "rekrite timoun pa fòs oswa yon fason obligatwa pou sèvi ak yo nan konfli ame "
                            "(lagè);</li>"
                            "<li>eksplwatasyon seksyèl timoun;</li>"
                            "<li>sèvi ak timoun pou aktivite ki ilegal, sitou trafik dwòg;</li>"
                            "<li>travay ki, akoz jan yo ye oswa akoz kondisyon yo fèt ladan yo, ka fè sante, "
                            "sekirite oswa moralite timoun yo tò.</li>"
                            "</ul>"
                            "<p>An out 2020, konvansyon nimewo 182 te vin premye konvansyon OIT tout Eta "
                            "manm yo ratifye.</p>"
                        ),
                    },
                ),
                (
                    "case_study",
                    {
                        "title": {
                            "fr": "Le temps des récoltes",
                            "en": "Harvest time",
                            "es": "La temporada de cosecha",
                            "ht": "Sezon rekòt la",
                        },
                        "country": {
                            "fr": "Pays non précisé (scénario fictif)",
                            "en": "Unspecified country (fictional scenario)",
                            "es": "País no especificado (escenario ficticio)",
                            "ht": "Peyi a pa presize (istwa envante)",
                        },
                        "year": None,
                        "story": {
                            "fr": (
                                "<p>Dans une région agricole, la récolte tombe en pleine année scolaire. Une "
                                "grande exploitation embauche des jeunes de 12 à 16 ans pour cueillir à la "
                                "journée, payés au panier. Certains manquent l'école pendant des semaines. "
                                "Les plus âgés doivent pulvériser des pesticides, sans équipement de "
                                "protection.</p>"
                                "<p>À la lumière des conventions, deux problèmes sautent aux yeux : des "
                                "enfants qui travaillent sous l'âge minimum, au détriment de l'école, et des "
                                "jeunes de moins de 18 ans affectés à un travail dangereux. Le syndicat des "
                                "travailleurs agricoles de la région peut soulever la question auprès de "
                                "l'employeur et des autorités, et proposer des solutions : des salaires "
                                "décents pour les adultes, pour que les familles n'aient pas besoin du revenu "
                                "des enfants, et l'appui aux familles pour le retour à l'école.</p>"
                                "<p>Ce scénario est fictif et ne vise aucune entreprise ni aucun pays en "
                                "particulier.</p>"
                            ),
                            "en": (
                                "<p>In a farming region, the harvest falls in the middle of the school year. A "
                                "large farm hires young people aged 12 to 16 to pick by the day, paid by the "
                                "basket. Some miss school for weeks. The oldest are made to spray pesticides, "
                                "with no protective equipment.</p>"
                                "<p>In light of the conventions, two problems stand out: children working "
                                "below the minimum age, at the expense of school, and young people under 18 "
                                "assigned to hazardous work. The regional farmworkers' union can raise the "
                                "issue with the employer and the authorities, and propose solutions: decent "
                                "wages for adults, so that families do not need their children's income, "
                                "and support for families so the children can go back to school.</p>"
                                "<p>This scenario is fictional and does not refer to any particular company "
                                "or country.</p>"
                            ),
                            "es": (
                                "<p>En una región agrícola, la cosecha cae en pleno año escolar. Una gran "
                                "explotación agrícola contrata a jóvenes de 12 a 16 años para recoger por "
                                "jornada, pagados por canasta. Algunos faltan a la escuela durante semanas. "
                                "A los mayores los ponen a fumigar con pesticidas, sin equipo de "
                                "protección.</p>"
                                "<p>A la luz de los convenios, saltan a la vista dos problemas: niños que "
                                "trabajan por debajo de la edad mínima, en detrimento de la escuela, y "
                                "jóvenes menores de 18 años asignados a un trabajo peligroso. El sindicato "
                                "de trabajadores agrícolas de la región puede plantear la cuestión ante el "
                                "empleador y las autoridades, y proponer soluciones: salarios decentes para "
                                "los adultos, para que las familias no necesiten los ingresos de los niños, "
                                "y apoyo a las familias para que los niños vuelvan a la escuela.</p>"
                                "<p>Este escenario es ficticio y no se refiere a ninguna empresa ni a ningún "
                                "país en particular.</p>"
                            ),
                            "ht": (
                                "<p>Nan yon rejyon agrikòl, sezon rekòt la tonbe an plen ane lekòl. Yon gwo "
                                "plantasyon anboche jèn moun ki gen 12 a 16 an pou yo keyi a jounen, e yo "
                                "peye yo pa panye. Gen ladan yo ki rate lekòl pandan plizyè semèn. Pi gran "
                                "yo oblije flite pestisid (pwodui chimik pou touye ensèk), san okenn ekipman "
                                "pwoteksyon.</p>"
                                "<p>Si w gade sa ak konvansyon yo, de pwoblèm parèt klè: timoun k ap travay "
                                "anvan laj minimòm, sa ki fè yo pèdi lekòl, ak jèn ki poko gen 18 an yo mete "
                                "nan yon travay danjere. Sendika travayè agrikòl rejyon an ka pote pwoblèm "
                                "nan bay patwon an ak otorite yo, epi pwopoze solisyon: salè desan pou "
                                "granmoun yo, pou fanmi yo pa bezwen lajan timoun yo fè, ak sipò pou fanmi "
                                "yo pou timoun yo ka retounen lekòl.</p>"
                                "<p>Istwa sa a envante, li pa pale de okenn konpayi ni okenn peyi an "
                                "patikilye.</p>"
                            ),
                        },
                    },
                ),
                (
                    "key_point",
                    {
                        "fr": (
                            "<p>L'âge minimum d'admission à l'emploi ne peut pas être inférieur à l'âge de la "
                            "fin de la scolarité obligatoire, ni à 15 ans (14 ans à titre transitoire dans "
                            "certains pays en développement). En principe, aucun jeune de moins de 18 ans ne "
                            "doit faire de travail dangereux (l'exception, dès 16 ans, est très encadrée). Depuis "
                            "août 2020, la convention n° 182, sur les pires formes, est ratifiée par tous les "
                            "États membres de l'OIT.</p>"
                        ),
                        "en": (
                            "<p>The minimum age for admission to employment cannot be lower than the age at "
                            "which compulsory schooling ends, nor lower than 15 (14 as a transitional measure "
                            "in some developing countries). In principle, no one under 18 should do hazardous "
                            "work (the exception, from 16, comes with strict conditions). Since August "
                            "2020, Convention No. 182, on the worst forms, has been ratified by every ILO "
                            "member State.</p>"
                        ),
                        "es": (
                            "<p>La edad mínima de admisión al empleo no puede ser inferior a la edad en que "
                            "termina la escolaridad obligatoria, ni a 15 años (14 como medida transitoria en "
                            "algunos países en desarrollo). En principio, ningún joven menor de 18 años debe "
                            "realizar trabajos peligrosos (la excepción, desde los 16 años, está sujeta a "
                            "condiciones estrictas). Desde agosto de 2020, el Convenio núm. 182, sobre las "
                            "peores formas, está ratificado por todos los Estados miembros de la OIT.</p>"
                        ),
                        "ht": (
                            "<p>Laj minimòm pou yon moun kòmanse travay pa ka pi piti pase laj lekòl "
                            "obligatwa fini, ni pi piti pase 15 an (14 an pou yon ti tan nan kèk peyi k ap "
                            "devlope). An prensip, okenn jèn ki poko gen 18 an pa dwe fè travay ki danjere "
                            "(eksepsyon an, apati 16 an, gen kondisyon sevè). Depi out 2020, tout Eta manm "
                            "OIT ratifye konvansyon nimewo 182 sou pi move fòm yo.</p>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "question": {
                            "fr": (
                                "Pourquoi la lutte contre le travail des enfants est-elle aussi une question "
                                "syndicale, qui concerne les travailleuses et travailleurs adultes?"
                            ),
                            "en": (
                                "Why is the fight against child labour also a union issue, one that concerns "
                                "adult workers too?"
                            ),
                            "es": (
                                "¿Por qué la lucha contra el trabajo infantil es también una cuestión "
                                "sindical, que concierne a los trabajadores y las trabajadoras adultos?"
                            ),
                            "ht": (
                                "Poukisa batay kont travay timoun se yon zafè sendika tou, yon zafè ki "
                                "konsène travayè ki granmoun yo?"
                            ),
                        },
                        "guidance": {
                            "fr": (
                                "Pensez aux salaires des parents, à la concurrence d'une main-d'œuvre enfantine "
                                "moins bien payée, à l'accès à l'école et aux chaînes d'approvisionnement. "
                                "Demandez-vous ce que votre syndicat peut faire, ici et avec des partenaires à "
                                "l'étranger."
                            ),
                            "en": (
                                "Think about parents' wages, competition from lower-paid child labour, access "
                                "to school and supply chains. Ask yourselves what your union can do, at home "
                                "and with partners abroad."
                            ),
                            "es": (
                                "Piensa en los salarios de los padres, en la competencia de una mano de obra "
                                "infantil peor pagada, en el acceso a la escuela y en las cadenas de "
                                "suministro. Pregúntate qué puede hacer tu sindicato, aquí y con socios en "
                                "el extranjero."
                            ),
                            "ht": (
                                "Panse ak salè paran yo, ak konkirans timoun yo peye mwens pase granmoun fè, "
                                "ak aksè a lekòl, ak chèn pwovizyònman yo (tout antrepriz ki fè yon pwodui "
                                "rive jis nan magazen an). Mande tèt ou kisa sendika w ka fè, isit la ak "
                                "ansanm ak patnè nan lòt peyi."
                            ),
                        },
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------------------------------------
        # Lesson 4: discrimination, health and safety
        # ------------------------------------------------------------------------------------------------
        {
            "title": {
                "fr": "Discrimination, santé et sécurité",
                "en": "Discrimination, health and safety",
                "es": "Discriminación, seguridad y salud",
                "ht": "Diskriminasyon, sante ak sekirite",
            },
            "slug": {
                "fr": "discrimination-sante-et-securite",
                "en": "discrimination-health-and-safety",
                "es": "discriminacion-seguridad-y-salud",
                "ht": "diskriminasyon-sante-ak-sekirite",
            },
            "summary": {
                "fr": (
                    "Les conventions n° 100 et 111 sur l'égalité, et les conventions n° 155 et 187 sur la "
                    "santé et la sécurité au travail, devenues fondamentales en 2022."
                ),
                "en": (
                    "Conventions Nos 100 and 111 on equality, and Conventions Nos 155 and 187 on "
                    "occupational safety and health, which became fundamental in 2022."
                ),
                "es": (
                    "Los convenios núms. 100 y 111 sobre la igualdad, y los convenios núms. 155 y 187 sobre "
                    "la seguridad y salud en el trabajo, que pasaron a ser fundamentales en 2022."
                ),
                "ht": (
                    "Konvansyon nimewo 100 ak 111 sou egalite, ak konvansyon nimewo 155 ak 187 sou sante ak "
                    "sekirite nan travay, ki vin fondamantal an 2022."
                ),
            },
            "minutes": 15,
            "body": [
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Être traité sur un pied d'égalité et rentrer chez soi en bonne santé à la fin "
                            "de la journée : ce sont deux droits fondamentaux au travail.</p>"
                            "<p>La convention n° 100 (1951) exige l'égalité de rémunération entre les hommes et "
                            "les femmes pour un travail de valeur égale. Attention : il ne s'agit pas seulement "
                            "du même travail. Deux emplois différents peuvent avoir une valeur égale si l'on "
                            "compare objectivement les compétences, les efforts, les responsabilités et les "
                            "conditions de travail qu'ils demandent.</p>"
                            "<p>La convention n° 111 (1958) vise la discrimination dans l'emploi et la "
                            "profession, notamment celle fondée sur la race, la couleur, le sexe, la religion, "
                            "l'opinion politique, l'ascendance nationale ou l'origine sociale. Elle couvre "
                            "l'accès à la formation, l'accès à l'emploi et les conditions de travail. Chaque "
                            "État qui la ratifie doit mener une politique nationale pour promouvoir l'égalité "
                            "de chances et de traitement.</p>"
                        ),
                        "en": (
                            "<p>Being treated as an equal, and going home healthy at the end of the day: these "
                            "are two fundamental rights at work.</p>"
                            "<p>Convention No. 100 (1951) requires equal remuneration for men and women for "
                            "work of equal value. Note: this is not only about the same job. Two different jobs "
                            "can be of equal value when you compare objectively the skills, effort, "
                            "responsibilities and working conditions they involve.</p>"
                            "<p>Convention No. 111 (1958) targets discrimination in employment and occupation, "
                            "in particular discrimination based on race, colour, sex, religion, political "
                            "opinion, national extraction or social origin. It covers access to training, "
                            "access to employment and working conditions. Each State that ratifies it must "
                            "pursue a national policy to promote equality of opportunity and treatment.</p>"
                        ),
                        "es": (
                            "<p>Recibir un trato igual y volver a casa con buena salud al final de la "
                            "jornada: son dos derechos fundamentales en el trabajo.</p>"
                            "<p>El Convenio núm. 100 (1951) exige la igualdad de remuneración entre hombres "
                            "y mujeres por un trabajo de igual valor. Atención: no se trata solo del mismo "
                            "trabajo. Dos empleos distintos pueden tener igual valor si se comparan de "
                            "manera objetiva las competencias, el esfuerzo, las responsabilidades y las "
                            "condiciones de trabajo que exigen.</p>"
                            "<p>El Convenio núm. 111 (1958) se refiere a la discriminación en el empleo y la "
                            "ocupación, en particular la basada en la raza, el color, el sexo, la religión, "
                            "la opinión política, la ascendencia nacional o el origen social. Abarca el "
                            "acceso a la formación, el acceso al empleo y las condiciones de trabajo. Cada "
                            "Estado que lo ratifica debe llevar a cabo una política nacional que promueva la "
                            "igualdad de oportunidades y de trato.</p>"
                        ),
                        "ht": (
                            "<p>Yo trete w menm jan ak lòt yo, epi ou rantre lakay ou an bòn sante nan fen "
                            "jounen an: se de dwa fondamantal nan travay.</p>"
                            "<p>Konvansyon nimewo 100 (1951) mande egalite salè ant gason ak fanm pou yon "
                            "travay ki gen menm valè. Atansyon: se pa sèlman pou menm travay la. De djòb ki "
                            "diferan ka gen menm valè si w konpare yo san patipri: konpetans, efò, "
                            "responsablite ak kondisyon travay chak djòb mande.</p>"
                            "<p>Konvansyon nimewo 111 (1958) vize diskriminasyon nan anplwa ak nan "
                            "pwofesyon, sitou diskriminasyon akoz ras, koulè, sèks, relijyon, opinyon "
                            "politik, orijin nasyonal oswa orijin sosyal. Li kouvri aksè a fòmasyon, aksè a "
                            "travay ak kondisyon travay. Chak Eta ki ratifye l dwe mennen yon politik "
                            "nasyonal pou ankouraje egalite chans ak egalite tretman.</p>"
                        ),
                    },
                ),
                ("standard", "C100"),
                ("standard", "C111"),
                (
                    "heading",
                    {
                        "fr": "Santé et sécurité : le cinquième principe",
                        "en": "Safety and health: the fifth principle",
                        "es": "Seguridad y salud: el quinto principio",
                        "ht": "Sante ak sekirite: senkyèm prensip la",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>En juin 2022, la Conférence internationale du Travail a modifié la Déclaration "
                            "de 1998 pour y ajouter un cinquième principe : un milieu de travail sûr et "
                            "salubre. Deux conventions sont alors devenues fondamentales.</p>"
                            "<ul>"
                            "<li>La convention n° 155 (1981) demande à chaque État une politique nationale pour "
                            "prévenir les accidents et les atteintes à la santé liés au travail. Les "
                            "employeurs doivent veiller, dans la mesure du raisonnable, à ce que les lieux, les "
                            "machines et les substances soient sans danger. Et si vous avez de bonnes raisons "
                            "de croire qu'une situation présente un danger grave et imminent pour votre vie ou "
                            "votre santé et que vous vous en retirez, vous devez être protégé contre des "
                            "conséquences injustifiées.</li>"
                            "<li>La convention n° 187 (2006) demande à chaque État de se doter d'une politique, "
                            "d'un système et d'un programme nationaux de santé et de sécurité, et de bâtir une "
                            "culture de prévention.</li>"
                            "</ul>"
                            "<p>Depuis cet amendement, tous les États membres de l'OIT doivent respecter et "
                            "promouvoir ce principe, qu'ils aient ratifié ces conventions ou non.</p>"
                        ),
                        "en": (
                            "<p>In June 2022, the International Labour Conference amended the 1998 Declaration "
                            "to add a fifth principle: a safe and healthy working environment. Two conventions "
                            "then became fundamental.</p>"
                            "<ul>"
                            "<li>Convention No. 155 (1981) asks each State for a national policy to prevent "
                            "work-related accidents and injury to health. Employers must ensure, as far as is "
                            "reasonably practicable, that workplaces, machinery and substances are safe. And if "
                            "you have good reason to believe that a situation presents an imminent and serious "
                            "danger to your life or health and you remove yourself from it, you must be "
                            "protected from undue consequences.</li>"
                            "<li>Convention No. 187 (2006) asks each State to put in place a national policy, "
                            "system and programme for safety and health, and to build a culture of "
                            "prevention.</li>"
                            "</ul>"
                            "<p>Since this amendment, every ILO member State must respect and promote this "
                            "principle, whether or not it has ratified these conventions.</p>"
                        ),
                        "es": (
                            "<p>En junio de 2022, la Conferencia Internacional del Trabajo modificó la "
                            "Declaración de 1998 para añadir un quinto principio: un entorno de trabajo "
                            "seguro y saludable. Dos convenios pasaron entonces a ser fundamentales.</p>"
                            "<ul>"
                            "<li>El Convenio núm. 155 (1981) pide a cada Estado una política nacional para "
                            "prevenir los accidentes y los daños para la salud relacionados con el trabajo. "
                            "Los empleadores deben garantizar, en la medida en que sea razonable y factible, "
                            "que los lugares de trabajo, la maquinaria y las sustancias sean seguros. Y si "
                            "tienes motivos razonables para creer que una situación presenta un peligro "
                            "inminente y grave para tu vida o tu salud y te retiras de ella, debes estar "
                            "protegido contra consecuencias injustificadas.</li>"
                            "<li>El Convenio núm. 187 (2006) pide a cada Estado que se dote de una política, "
                            "un sistema y un programa nacionales de seguridad y salud, y que construya una "
                            "cultura de prevención.</li>"
                            "</ul>"
                            "<p>Desde esa enmienda, todos los Estados miembros de la OIT deben respetar y "
                            "promover este principio, hayan ratificado o no estos convenios.</p>"
                        ),
                        "ht": (
                            "<p>An jen 2022, Konferans Entènasyonal Travay la te modifye Deklarasyon 1998 la "
                            "pou l ajoute yon senkyèm prensip: yon anviwònman travay ki an sekirite e ki bon "
                            "pou lasante. Lè sa a, de konvansyon te vin fondamantal.</p>"
                            "<ul>"
                            "<li>Konvansyon nimewo 155 (1981) mande chak Eta gen yon politik nasyonal pou "
                            "anpeche aksidan travay ak pwoblèm sante travay ka lakòz. Patwon yo dwe fè tout "
                            "sa ki rezonab pou kote moun travay, machin yo ak pwodui yo pa danjere. Epi si w "
                            "gen bon rezon pou w kwè yon sitiyasyon se yon gwo danje ki prèt pou rive pou "
                            "lavi w oswa pou sante w, e ou retire kò w, yo dwe pwoteje w kont konsekans ki "
                            "pa jistifye.</li>"
                            "<li>Konvansyon nimewo 187 (2006) mande chak Eta mete sou pye yon politik, yon "
                            "sistèm ak yon pwogram nasyonal pou sante ak sekirite, epi bati yon kilti "
                            "prevansyon (abitid pou anpeche aksidan anvan yo rive).</li>"
                            "</ul>"
                            "<p>Depi chanjman sa a, tout Eta manm OIT dwe respekte ak ankouraje prensip sa "
                            "a, kit yo ratifye konvansyon sa yo kit yo pa ratifye yo.</p>"
                        ),
                    },
                ),
                ("standard", "C155"),
                ("standard", "C187"),
                (
                    "case_study",
                    {
                        "title": {
                            "fr": "Un hôtel, deux revendications",
                            "en": "One hotel, two demands",
                            "es": "Un hotel, dos reivindicaciones",
                            "ht": "Yon otèl, de revandikasyon",
                        },
                        "country": {
                            "fr": "Pays non précisé (scénario fictif)",
                            "en": "Unspecified country (fictional scenario)",
                            "es": "País no especificado (escenario ficticio)",
                            "ht": "Peyi a pa presize (istwa envante)",
                        },
                        "year": None,
                        "story": {
                            "fr": (
                                "<p>Dans un grand hôtel, les préposées aux chambres, presque toutes des femmes, "
                                "gagnent moins que les préposés à l'entretien des bâtiments, presque tous des "
                                "hommes. Le syndicat compare les deux emplois : les unes soulèvent des charges, "
                                "travaillent à un rythme imposé et manipulent des produits chimiques; les "
                                "autres réparent et entretiennent l'équipement. Son analyse conclut que les "
                                "deux emplois demandent des efforts et des responsabilités comparables.</p>"
                                "<p>Au même moment, des préposées se plaignent de maux de tête causés par un "
                                "nouveau produit de nettoyage, utilisé dans des salles de bain mal ventilées. "
                                "Le syndicat demande une évaluation des emplois, au nom de l'égalité de "
                                "rémunération pour un travail de valeur égale, et le remplacement du produit, "
                                "au nom de la prévention.</p>"
                                "<p>Ce scénario est fictif. Il montre comment deux principes fondamentaux "
                                "peuvent appuyer une même négociation.</p>"
                            ),
                            "en": (
                                "<p>In a large hotel, the room attendants, almost all women, earn less than "
                                "the building maintenance workers, almost all men. The union compares the "
                                "two jobs: the attendants lift loads, work at an imposed pace and handle "
                                "chemicals; the maintenance workers repair and look after equipment. Its "
                                "analysis concludes that both jobs involve comparable effort and "
                                "responsibility.</p>"
                                "<p>At the same time, some attendants complain of headaches caused by a new "
                                "cleaning product used in poorly ventilated bathrooms. The union calls for a "
                                "job evaluation, in the name of equal pay for work of equal value, and for the "
                                "product to be replaced, in the name of prevention.</p>"
                                "<p>This scenario is fictional. It shows how two fundamental principles can "
                                "support the same round of bargaining.</p>"
                            ),
                            "es": (
                                "<p>En un gran hotel, las camareras de piso, casi todas mujeres, ganan menos "
                                "que los trabajadores de mantenimiento del edificio, casi todos hombres. El "
                                "sindicato compara los dos empleos: ellas levantan cargas, trabajan a un "
                                "ritmo impuesto y manipulan productos químicos; ellos reparan y mantienen "
                                "los equipos. Su análisis concluye que ambos empleos exigen esfuerzos y "
                                "responsabilidades comparables.</p>"
                                "<p>Al mismo tiempo, algunas camareras se quejan de dolores de cabeza "
                                "causados por un nuevo producto de limpieza, usado en baños mal ventilados. "
                                "El sindicato pide una evaluación de los empleos, en nombre de la igualdad "
                                "de remuneración por un trabajo de igual valor, y la sustitución del "
                                "producto, en nombre de la prevención.</p>"
                                "<p>Este escenario es ficticio. Muestra cómo dos principios fundamentales "
                                "pueden apoyar una misma negociación.</p>"
                            ),
                            "ht": (
                                "<p>Nan yon gwo otèl, fanm chanm yo (moun ki netwaye chanm yo), prèske tout "
                                "se fanm, touche mwens pase moun ki fè antretyen batiman an, prèske tout se "
                                "gason. Sendika a konpare de djòb yo: fanm chanm yo leve chay, yo travay nan "
                                "yon rit yo enpoze yo, e yo manyen pwodui chimik; ouvriye antretyen yo "
                                "repare ak antretni ekipman yo. Analiz sendika a montre de djòb yo mande efò "
                                "ak responsablite ki konparab.</p>"
                                "<p>Nan menm moman an, kèk fanm chanm plenyen yo gen tèt fè mal akoz yon "
                                "nouvo pwodui netwayaj yo sèvi nan twalèt ki pa gen bon vantilasyon. Sendika "
                                "a mande pou yo evalye djòb yo, nan non egalite salè pou travay ki gen menm "
                                "valè, epi pou yo ranplase pwodui a, nan non prevansyon.</p>"
                                "<p>Istwa sa a envante. Li montre kijan de prensip fondamantal ka apiye menm "
                                "negosyasyon an.</p>"
                            ),
                        },
                    },
                ),
                (
                    "key_point",
                    {
                        "fr": (
                            "<p>Égalité de rémunération pour un travail de valeur égale (n° 100), "
                            "non-discrimination dans l'emploi et la profession (n° 111), prévention en santé "
                            "et sécurité (n° 155 et 187) : depuis 2022, l'OIT compte cinq catégories de "
                            "principes et droits fondamentaux au travail, et onze instruments "
                            "fondamentaux.</p>"
                        ),
                        "en": (
                            "<p>Equal pay for work of equal value (No. 100), non-discrimination in employment "
                            "and occupation (No. 111), prevention in safety and health (Nos 155 and 187): since "
                            "2022, the ILO has five categories of fundamental principles and rights at work, "
                            "and eleven fundamental instruments.</p>"
                        ),
                        "es": (
                            "<p>Igualdad de remuneración por un trabajo de igual valor (núm. 100), no "
                            "discriminación en el empleo y la ocupación (núm. 111), prevención en seguridad "
                            "y salud (núms. 155 y 187): desde 2022, la OIT cuenta con cinco categorías de "
                            "principios y derechos fundamentales en el trabajo, y once instrumentos "
                            "fundamentales.</p>"
                        ),
                        "ht": (
                            "<p>Egalite salè pou travay ki gen menm valè (nimewo 100), pa gen diskriminasyon "
                            "nan anplwa ak nan pwofesyon (nimewo 111), prevansyon nan sante ak sekirite "
                            "(nimewo 155 ak 187): depi 2022, OIT gen senk kategori prensip ak dwa "
                            "fondamantal nan travay, ak onz enstriman fondamantal.</p>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "question": {
                            "fr": (
                                "Dans votre milieu de travail, des emplois occupés surtout par des femmes "
                                "sont-ils moins bien payés que des emplois de valeur comparable occupés surtout "
                                "par des hommes? Et quels dangers mériteraient une action de prévention?"
                            ),
                            "en": (
                                "In your workplace, are jobs done mostly by women paid less than jobs of "
                                "comparable value done mostly by men? And which hazards call for preventive "
                                "action?"
                            ),
                            "es": (
                                "En tu lugar de trabajo, ¿los empleos ocupados sobre todo por mujeres están "
                                "peor pagados que empleos de valor comparable ocupados sobre todo por "
                                "hombres? ¿Y qué peligros merecerían una acción de prevención?"
                            ),
                            "ht": (
                                "Nan travay ou, èske djòb se sitou fanm ki fè yo peye mwens pase djòb ki gen "
                                "menm valè men se sitou gason ki fè yo? Epi ki danje ki ta merite yon aksyon "
                                "prevansyon?"
                            ),
                        },
                        "guidance": {
                            "fr": (
                                "Comparez les emplois selon les compétences, les efforts, les responsabilités "
                                "et les conditions de travail, pas seulement selon le titre du poste. Pour la "
                                "santé et la sécurité, partez de ce que vivent les membres : fatigue, "
                                "blessures, produits, stress."
                            ),
                            "en": (
                                "Compare jobs by skills, effort, responsibilities and working conditions, not "
                                "just by job title. For safety and health, start from what members experience: "
                                "fatigue, injuries, products, stress."
                            ),
                            "es": (
                                "Compara los empleos según las competencias, el esfuerzo, las "
                                "responsabilidades y las condiciones de trabajo, no solo según el nombre del "
                                "puesto. Para la seguridad y la salud, parte de lo que viven los afiliados y "
                                "las afiliadas: cansancio, lesiones, productos, estrés."
                            ),
                            "ht": (
                                "Konpare djòb yo dapre konpetans, efò, responsablite ak kondisyon travay, pa "
                                "sèlman dapre non pòs la. Pou sante ak sekirite, pati de sa manm yo ap viv: "
                                "fatig, blesi, pwodui chimik, estrès."
                            ),
                        },
                    },
                ),
            ],
        },
    ],
}
