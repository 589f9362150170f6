"""Module 3 of the demo course: sweatshops, supply chains and responsible purchasing.

Four languages (fr, en, es, ht). Data format: see ``learning.demo.content`` (``__init__.py``).
The testimonies are composite and illustrative; they are not the voices of real people.
"""

MODULE = {
    "title": {
        "fr": "Ateliers de misère, chaînes d'approvisionnement et achats responsables",
        "en": "Sweatshops, supply chains and responsible purchasing",
        "es": "Talleres de explotación, cadenas de suministro y compras responsables",
        "ht": "Atelye mizè, chèn pwovizyònman ak acha responsab",
    },
    "slug": {
        "fr": "ateliers-de-misere-et-achats-responsables",
        "en": "sweatshops-and-responsible-purchasing",
        "es": "talleres-de-explotacion-y-compras-responsables",
        "ht": "atelye-mize-ak-acha-responsab",
    },
    "intro": {
        "fr": (
            "<p>Les vêtements que nous portons et les objets que nous achetons passent par de longues "
            "chaînes d'entreprises. Au bout de ces chaînes, il y a parfois des ateliers de misère.</p>"
            "<p>Dans ce module, vous verrez comment fonctionnent ces chaînes, ce que la catastrophe du "
            "Rana Plaza a changé, et comment un syndicat peut utiliser son propre pouvoir d'achat pour "
            "défendre les droits des travailleuses et des travailleurs.</p>"
        ),
        "en": (
            "<p>The clothes we wear and the things we buy pass through long chains of companies. At the "
            "end of those chains, there are sometimes sweatshops.</p>"
            "<p>In this module, you will see how these chains work, what the Rana Plaza disaster changed, "
            "and how a union can use its own purchasing power to defend workers' rights.</p>"
        ),
        "es": (
            "<p>La ropa que llevamos y las cosas que compramos pasan por largas cadenas de empresas. Al "
            "final de esas cadenas hay, a veces, talleres de explotación.</p>"
            "<p>En este módulo verás cómo funcionan esas cadenas, qué cambió la catástrofe del Rana Plaza y "
            "cómo un sindicato puede usar su propio poder de compra para defender los derechos de las "
            "trabajadoras y los trabajadores.</p>"
        ),
        "ht": (
            "<p>Rad nou mete ak bagay nou achte yo pase nan men anpil antrepriz, youn apre lòt: se sa yo "
            "rele yon chèn pwovizyònman. Nan dènye bout chèn sa yo, pafwa gen atelye mizè.</p>"
            "<p>Nan modil sa a, w ap wè kijan chèn sa yo mache, kisa katastwòf Rana Plaza a chanje, ak "
            "kijan yon sendika ka sèvi ak pwòp lajan l depanse nan acha pou l defann dwa travayè yo.</p>"
        ),
    },
    "lessons": [
        # ------------------------------------------------------------------------------------------
        # Lesson 1: sweatshops and global supply chains
        # ------------------------------------------------------------------------------------------
        {
            "title": {
                "fr": "Ateliers de misère et chaînes d'approvisionnement mondiales",
                "en": "Sweatshops and global supply chains",
                "es": "Talleres de explotación y cadenas de suministro mundiales",
                "ht": "Atelye mizè ak chèn pwovizyònman nan lemonn",
            },
            "slug": {
                "fr": "ateliers-de-misere-et-chaines-d-approvisionnement",
                "en": "sweatshops-and-global-supply-chains",
                "es": "talleres-de-explotacion-y-cadenas-de-suministro",
                "ht": "atelye-mize-ak-chen-pwovizyonman",
            },
            "summary": {
                "fr": (
                    "Ce qu'est un atelier de misère, comment fonctionnent les chaînes d'approvisionnement et "
                    "la sous-traitance, et pourquoi la pression sur les prix et les délais retombe sur les "
                    "travailleuses et les travailleurs."
                ),
                "en": (
                    "What a sweatshop is, how supply chains and subcontracting work, and why pressure on "
                    "prices and deadlines ends up on the backs of workers."
                ),
                "es": (
                    "Qué es un taller de explotación, cómo funcionan las cadenas de suministro y la "
                    "subcontratación, y por qué la presión sobre los precios y los plazos cae sobre las "
                    "trabajadoras y los trabajadores."
                ),
                "ht": (
                    "Kisa yon atelye mizè ye, kijan chèn pwovizyònman ak soutretans mache, e poukisa se sou "
                    "do travayè yo presyon sou pri ak delè yo tonbe."
                ),
            },
            "minutes": 15,
            "body": [
                (
                    "heading",
                    {
                        "fr": "Qu'est-ce qu'un atelier de misère ?",
                        "en": "What is a sweatshop?",
                        "es": "¿Qué es un taller de explotación?",
                        "ht": "Kisa yon atelye mizè ye?",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Regardez l'étiquette de votre chandail ou de votre uniforme de travail. Elle "
                            "indique un pays, mais pas l'usine, ni les personnes qui l'ont cousu. Derrière un "
                            "vêtement ordinaire, il y a souvent une longue chaîne d'entreprises. Au bout de la "
                            "chaîne, il y a des travailleuses et des travailleurs dont on ne sait presque "
                            "rien.</p>"
                            "<p>On appelle <b>atelier de misère</b> un lieu de travail où les droits "
                            "fondamentaux ne sont pas respectés. Les signes sont connus :</p>"
                            "<ul>"
                            "<li>des journées très longues et des heures supplémentaires imposées ;</li>"
                            "<li>des salaires trop bas pour vivre, parfois payés en retard ou amputés ;</li>"
                            "<li>des bâtiments dangereux, des sorties de secours bloquées, des produits "
                            "toxiques manipulés sans protection ;</li>"
                            "<li>du harcèlement, des menaces et le renvoi de celles et ceux qui veulent se "
                            "syndiquer ;</li>"
                            "<li>dans les pires cas, du travail des enfants ou du travail forcé.</li>"
                            "</ul>"
                            "<p>Les ateliers de misère existent au Sud comme au Nord. On en trouve dans des "
                            "zones franches d'Asie ou d'Amérique latine, mais aussi dans des ateliers "
                            "clandestins de grandes villes riches, où des personnes migrantes, souvent sans "
                            "papiers, ont peur de se plaindre.</p>"
                        ),
                        "en": (
                            "<p>Look at the label on your T-shirt or your work uniform. It names a country, but "
                            "not the factory, and not the people who sewed it. Behind an ordinary piece of "
                            "clothing there is often a long chain of companies. At the end of that chain are "
                            "workers we know almost nothing about.</p>"
                            "<p>A <b>sweatshop</b> is a workplace where fundamental rights are not respected. "
                            "The signs are well known:</p>"
                            "<ul>"
                            "<li>very long days and forced overtime;</li>"
                            "<li>wages too low to live on, sometimes paid late or cut;</li>"
                            "<li>unsafe buildings, blocked emergency exits, toxic products handled without "
                            "protection;</li>"
                            "<li>harassment, threats, and the firing of anyone who wants to join a union;</li>"
                            "<li>in the worst cases, child labour or forced labour.</li>"
                            "</ul>"
                            "<p>Sweatshops exist in the South and in the North alike. You find them in free "
                            "trade zones in Asia or Latin America, but also in clandestine workshops in big, "
                            "wealthy cities, where migrant workers, often undocumented, are afraid to "
                            "complain.</p>"
                        ),
                        "es": (
                            "<p>Mira la etiqueta de tu camiseta o de tu uniforme de trabajo. Indica un país, "
                            "pero no la fábrica, ni las personas que la cosieron. Detrás de una prenda "
                            "cualquiera suele haber una larga cadena de empresas. Al final de la cadena hay "
                            "trabajadoras y trabajadores de quienes no sabemos casi nada.</p>"
                            "<p>Llamamos <b>taller de explotación</b> a un lugar de trabajo donde no se "
                            "respetan los derechos fundamentales. Las señales son conocidas:</p>"
                            "<ul>"
                            "<li>jornadas muy largas y horas extra obligatorias;</li>"
                            "<li>salarios demasiado bajos para vivir, a veces pagados con retraso o "
                            "recortados;</li>"
                            "<li>edificios peligrosos, salidas de emergencia bloqueadas, productos tóxicos "
                            "manipulados sin protección;</li>"
                            "<li>acoso, amenazas y despido de quienes quieren afiliarse a un sindicato;</li>"
                            "<li>en los peores casos, trabajo infantil o trabajo forzoso.</li>"
                            "</ul>"
                            "<p>Los talleres de explotación existen tanto en el Sur como en el Norte. Los hay "
                            "en zonas francas de Asia o de América Latina, pero también en talleres "
                            "clandestinos de grandes ciudades ricas, donde personas migrantes, a menudo sin "
                            "papeles, tienen miedo de quejarse.</p>"
                        ),
                        "ht": (
                            "<p>Gade etikèt ki sou mayo w oswa sou inifòm travay ou. Li di nan ki peyi yo fè "
                            "l, men li pa di ki faktori, ni kiyès ki te koud li. Dèyè yon rad nenpòt, souvan "
                            "gen yon chèn antrepriz ki long anpil. Nan dènye bout chèn nan, gen travayè nou "
                            "pa konnen prèske anyen sou yo.</p>"
                            "<p>Nou rele <b>atelye mizè</b> yon kote moun travay san yo pa respekte dwa "
                            "fondamantal yo. Men siy yo, tout moun konnen yo:</p>"
                            "<ul>"
                            "<li>jounen travay ki long anpil, ak èdtan siplemantè yo fòse moun fè;</li>"
                            "<li>salè ki twò piti pou moun viv, e pafwa yo peye l an reta oswa yo koupe "
                            "ladan l;</li>"
                            "<li>bilding ki danjere, pòt sekou yo bloke, pwodui toksik moun manyen san "
                            "pwoteksyon;</li>"
                            "<li>arasman, menas, e yo revoke moun ki vle antre nan yon sendika;</li>"
                            "<li>nan ka ki pi grav yo, travay timoun oswa travay fòse.</li>"
                            "</ul>"
                            "<p>Gen atelye mizè ni nan Sid ni nan Nò. Gen nan zòn franch an Azi oswa an Amerik "
                            "Latin, men gen tou nan atelye kache nan gwo vil rich, kote moun ki soti nan lòt "
                            "peyi, souvan san papye, pè plenyen.</p>"
                        ),
                    },
                ),
                ("glossary", "sweatshop"),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Une chaîne d'approvisionnement relie toutes les entreprises qui participent à la "
                            "fabrication d'un produit, de la matière première jusqu'au magasin. Dans le "
                            "vêtement, on retrouve souvent ces maillons :</p>"
                            "<ul>"
                            "<li><b>l'acheteur</b> : un magasin, mais aussi une ville, un centre de services "
                            "scolaire (au Québec, l'organisme public qui gère les écoles d'une région) ou un "
                            "syndicat qui commande des uniformes ou des chandails ;</li>"
                            "<li><b>la marque</b> : elle conçoit le produit et le vend sous son nom, mais "
                            "possède rarement les usines ;</li>"
                            "<li><b>le fournisseur</b> : l'usine qui reçoit la commande et s'engage sur un prix "
                            "et une date de livraison ;</li>"
                            "<li><b>les sous-traitants</b> : d'autres ateliers, souvent plus petits, à qui le "
                            "fournisseur confie une partie du travail, parfois jusqu'à des personnes qui "
                            "cousent à domicile.</li>"
                            "</ul>"
                        ),
                        "en": (
                            "<p>A supply chain links all the companies involved in making a product, from the "
                            "raw material to the store. In the garment industry, you often find these "
                            "links:</p>"
                            "<ul>"
                            "<li><b>the buyer</b>: a store, but also a city, a school service centre (in "
                            "Quebec, the public body that runs the schools of a region) or a union that orders "
                            "uniforms or T-shirts;</li>"
                            "<li><b>the brand</b>: it designs the product and sells it under its name, but "
                            "rarely owns the factories;</li>"
                            "<li><b>the supplier</b>: the factory that receives the order and commits to a price "
                            "and a delivery date;</li>"
                            "<li><b>the subcontractors</b>: other workshops, often smaller, to which the "
                            "supplier hands part of the work, sometimes all the way down to people sewing at "
                            "home.</li>"
                            "</ul>"
                        ),
                        "es": (
                            "<p>Una cadena de suministro une a todas las empresas que participan en la "
                            "fabricación de un producto, desde la materia prima hasta la tienda. En la "
                            "confección se encuentran a menudo estos eslabones:</p>"
                            "<ul>"
                            "<li><b>el comprador</b>: una tienda, pero también una ciudad, un centro de "
                            "servicios escolares (en Quebec, el organismo público que administra las escuelas "
                            "de una región) o un sindicato que encarga uniformes o camisetas;</li>"
                            "<li><b>la marca</b>: diseña el producto y lo vende con su nombre, pero rara vez es "
                            "dueña de las fábricas;</li>"
                            "<li><b>el proveedor</b>: la fábrica que recibe el pedido y se compromete a un "
                            "precio y a una fecha de entrega;</li>"
                            "<li><b>los subcontratistas</b>: otros talleres, a menudo más pequeños, a los que "
                            "el proveedor encarga una parte del trabajo, a veces hasta llegar a personas que "
                            "cosen en su casa.</li>"
                            "</ul>"
                        ),
                        "ht": (
                            "<p>Yon chèn pwovizyònman, se tout antrepriz ki patisipe nan fè yon pwodui, depi "
                            "matyè premyè a jouk nan magazen an. Nan endistri rad, men mayon (moso chèn) nou "
                            "jwenn souvan:</p>"
                            "<ul>"
                            "<li><b>achtè a</b>: yon magazen, men tou yon vil, yon sant sèvis eskolè (nan "
                            "Kebèk, se òganis piblik ki jere lekòl yon rejyon) oswa yon sendika ki kòmande "
                            "inifòm oswa mayo;</li>"
                            "<li><b>mak la</b>: li fè desen pwodui a e li vann li sou non li, men li raman "
                            "gen pwòp faktori pa l;</li>"
                            "<li><b>founisè a</b>: faktori ki resevwa kòmann nan, e ki pwomèt yon pri ak yon "
                            "dat pou l livre;</li>"
                            "<li><b>soutretan yo</b>: lòt atelye, souvan pi piti, founisè a bay fè yon pati "
                            "nan travay la, pafwa jouk rive nan moun k ap koud lakay yo.</li>"
                            "</ul>"
                        ),
                    },
                ),
                ("glossary", "supply-chain"),
                ("glossary", "subcontracting"),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>À chaque commande, l'acheteur cherche le meilleur prix et le délai le plus "
                            "court. Le fournisseur accepte pour ne pas perdre le contrat, puis il fait "
                            "descendre la pression : cadences plus rapides, heures supplémentaires, "
                            "sous-traitance à des ateliers moins chers et moins surveillés. Au bout de la "
                            "chaîne, ce sont les travailleuses et les travailleurs qui paient.</p>"
                            "<p>La sous-traitance a un autre effet : elle dilue la responsabilité. Quand un "
                            "drame arrive, chacun peut dire « ce n'était pas mon usine ». C'est justement ce que "
                            "le mouvement syndical conteste : celui qui passe la commande et fixe le prix a "
                            "aussi une responsabilité envers les personnes qui fabriquent le produit.</p>"
                        ),
                        "en": (
                            "<p>With every order, the buyer looks for the lowest price and the shortest "
                            "deadline. The supplier accepts so as not to lose the contract, then pushes the "
                            "pressure down the line: faster production rates, overtime, subcontracting to "
                            "cheaper and less closely watched workshops. At the end of the chain, it is the "
                            "workers who pay.</p>"
                            "<p>Subcontracting has another effect: it blurs responsibility. When a tragedy "
                            'happens, everyone can say "it wasn\'t my factory". That is exactly what the union '
                            "movement challenges: whoever places the order and sets the price also has a "
                            "responsibility towards the people who make the product.</p>"
                        ),
                        "es": (
                            "<p>En cada pedido, el comprador busca el mejor precio y el plazo más corto. El "
                            "proveedor acepta para no perder el contrato y luego traslada la presión hacia abajo: "
                            "ritmos más rápidos, horas extra, subcontratación a talleres más baratos y menos "
                            "vigilados. Al final de la cadena, son las trabajadoras y los trabajadores quienes "
                            "pagan.</p>"
                            "<p>La subcontratación tiene otro efecto: diluye la responsabilidad. Cuando ocurre "
                            "una tragedia, cada uno puede decir «no era mi fábrica». Eso es justamente lo que "
                            "el movimiento sindical rechaza: quien hace el pedido y fija el precio también "
                            "tiene una responsabilidad hacia las personas que fabrican el producto.</p>"
                        ),
                        "ht": (
                            "<p>Chak fwa li pase yon kòmann, achtè a chèche pi bon pri a ak delè ki pi kout "
                            "la. Founisè a aksepte pou l pa pèdi kontra a, epi li voye presyon an desann: "
                            "travay pi vit, plis èdtan siplemantè, bay atelye ki pi bon mache e ki mwens "
                            "siveye fè travay la. Nan dènye bout chèn nan, se travayè yo ki peye.</p>"
                            "<p>Soutretans gen yon lòt konsekans: li fè responsablite a vin flou. Lè yon "
                            "malè rive, chak moun ka di « se pa t faktori pa m ». Se egzakteman sa mouvman "
                            "sendikal la pa aksepte: moun ki pase kòmann nan e ki fikse pri a gen "
                            "responsablite li tou anvè moun ki fè pwodui a.</p>"
                        ),
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": {
                            "fr": (
                                "Quand une grosse commande arrive, le patron ferme les portes et on reste "
                                "jusqu'à minuit. Si on refuse, on nous dit qu'il y a dix personnes dehors qui "
                                "veulent notre place. Ceux qui achètent ces chemises ne savent pas comment "
                                "elles sont faites."
                            ),
                            "en": (
                                "When a big order comes in, the boss locks the doors and we stay until "
                                "midnight. If we refuse, they tell us there are ten people outside who want our "
                                "jobs. The people who buy these shirts don't know how they are made."
                            ),
                            "es": (
                                "Cuando llega un pedido grande, el patrón cierra las puertas y nos quedamos "
                                "hasta medianoche. Si nos negamos, nos dicen que afuera hay diez personas que "
                                "quieren nuestro puesto. Quienes compran estas camisas no saben cómo se "
                                "hacen."
                            ),
                            "ht": (
                                "Lè yon gwo kòmann rive, patwon an fèmen pòt yo, e nou rete jouk minwi. Si "
                                "nou refize, yo di nou gen dis moun deyò a k ap tann plas nou. Moun ki achte "
                                "chemiz sa yo pa konnen kijan yo fèt."
                            ),
                        },
                        "who": {
                            "fr": "Une couturière",
                            "en": "A garment worker",
                            "es": "Una costurera",
                            "ht": "Yon koutiryè",
                        },
                        "role": {
                            "fr": "ouvrière dans un atelier sous-traitant du vêtement, témoignage composite",
                            "en": "worker in a garment subcontracting workshop, composite testimony",
                            "es": "obrera de un taller subcontratista de la confección, testimonio ficticio basado en varias experiencias reales",
                            "ht": "ouvriyè nan yon atelye soutretan ki koud rad, temwayaj nou fè ak plizyè istwa vre",
                        },
                    },
                ),
                (
                    "key_point",
                    {
                        "fr": (
                            "<p>Un atelier de misère n'est pas un accident isolé. Il est souvent le produit "
                            "d'une chaîne où la pression sur les prix et les délais descend jusqu'au dernier "
                            "maillon. Pour changer les conditions de travail, il faut agir sur toute la chaîne, "
                            "y compris sur ceux qui achètent.</p>"
                        ),
                        "en": (
                            "<p>A sweatshop is not an isolated accident. It is often the product of a chain in "
                            "which pressure on prices and deadlines runs all the way down to the last link. To "
                            "change working conditions, you have to act on the whole chain, including the "
                            "buyers.</p>"
                        ),
                        "es": (
                            "<p>Un taller de explotación no es un accidente aislado. A menudo es el resultado "
                            "de una cadena en la que la presión sobre los precios y los plazos baja hasta el "
                            "último eslabón. Para cambiar las condiciones de trabajo hay que actuar sobre toda "
                            "la cadena, también sobre quienes compran.</p>"
                        ),
                        "ht": (
                            "<p>Yon atelye mizè se pa yon aksidan ki rive pou kont li. Souvan, se rezilta yon "
                            "chèn kote presyon sou pri ak delè yo desann jouk nan dènye mayon an. Pou chanje "
                            "kondisyon travay yo, fò w aji sou tout chèn nan, menm sou moun ki achte yo.</p>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "question": {
                            "fr": (
                                "Pensez aux objets que votre syndicat ou votre employeur achète : chandails, "
                                "casquettes, uniformes, sacs. Savez-vous où et dans quelles conditions ils sont "
                                "fabriqués ?"
                            ),
                            "en": (
                                "Think of the things your union or your employer buys: T-shirts, caps, "
                                "uniforms, bags. Do you know where and under what conditions they are made?"
                            ),
                            "es": (
                                "Piensa en las cosas que compra tu sindicato o tu empleador: camisetas, gorras, "
                                "uniformes, bolsas. ¿Sabes dónde y en qué condiciones se fabrican?"
                            ),
                            "ht": (
                                "Panse ak bagay sendika w oswa patwon w achte: mayo, kaskèt, inifòm, sak. Èske "
                                "w konnen ki kote yo fè yo, e nan ki kondisyon?"
                            ),
                        },
                        "guidance": {
                            "fr": (
                                "Faites la liste de deux ou trois produits. Pour chacun, cherchez qui est le "
                                "fournisseur, qui est la marque et s'il est possible de connaître l'usine. "
                                "Notez ce que vous ne savez pas : ces trous sont souvent le point de départ "
                                "d'une politique d'achat responsable."
                            ),
                            "en": (
                                "List two or three products. For each one, find out who the supplier is, who "
                                "the brand is, and whether you can identify the factory. Write down what you "
                                "don't know: those gaps are often the starting point of a responsible "
                                "purchasing policy."
                            ),
                            "es": (
                                "Haz una lista de dos o tres productos. Para cada uno, averigua quién es el "
                                "proveedor, quién es la marca y si es posible saber cuál es la fábrica. Anota "
                                "lo que no sabes: esos vacíos suelen ser el punto de partida de una política "
                                "de compras responsables."
                            ),
                            "ht": (
                                "Fè yon lis de oswa twa pwodui. Pou chak pwodui, chèche konnen kiyès ki "
                                "founisè a, kiyès ki mak la, e si li posib pou w konnen ki faktori ki fè l. "
                                "Ekri sa w pa konnen: souvan, se twou sa yo ki pwen depa yon politik acha "
                                "responsab."
                            ),
                        },
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------------------------------
        # Lesson 2: Rana Plaza and the Bangladesh Accord
        # ------------------------------------------------------------------------------------------
        {
            "title": {
                "fr": "Le Rana Plaza et l'Accord du Bangladesh",
                "en": "Rana Plaza and the Bangladesh Accord",
                "es": "El Rana Plaza y el Acuerdo de Bangladesh",
                "ht": "Rana Plaza ak Akò Bangladèch la",
            },
            "slug": {
                "fr": "rana-plaza-et-accord-du-bangladesh",
                "en": "rana-plaza-and-the-bangladesh-accord",
                "es": "rana-plaza-y-acuerdo-de-bangladesh",
                "ht": "rana-plaza-ak-ako-bangladech",
            },
            "summary": {
                "fr": (
                    "L'effondrement du Rana Plaza en 2013 et la réponse syndicale : un accord juridiquement "
                    "contraignant entre marques et syndicats, avec des inspections indépendantes et un "
                    "mécanisme de plainte."
                ),
                "en": (
                    "The collapse of Rana Plaza in 2013 and the union response: a legally binding agreement "
                    "between brands and unions, with independent inspections and a complaint mechanism."
                ),
                "es": (
                    "El derrumbe del Rana Plaza en 2013 y la respuesta sindical: un acuerdo jurídicamente "
                    "vinculante entre marcas y sindicatos, con inspecciones independientes y un mecanismo de "
                    "quejas."
                ),
                "ht": (
                    "Bilding Rana Plaza a ki te tonbe an 2013, ak repons sendika yo: yon akò mak yo ak "
                    "sendika yo siyen, ki oblije yo devan lalwa, ak enspeksyon endepandan ak yon mwayen pou "
                    "travayè yo pote plent."
                ),
            },
            "minutes": 20,
            "body": [
                (
                    "case_study",
                    {
                        "title": {
                            "fr": "L'effondrement du Rana Plaza",
                            "en": "The collapse of Rana Plaza",
                            "es": "El derrumbe del Rana Plaza",
                            "ht": "Jou Rana Plaza te tonbe",
                        },
                        "country": {
                            "fr": "Bangladesh",
                            "en": "Bangladesh",
                            "es": "Bangladesh",
                            "ht": "Bangladèch",
                        },
                        "year": 2013,
                        "story": {
                            "fr": (
                                "<p>Le Rana Plaza était un immeuble de Savar, près de Dhaka, la capitale du "
                                "Bangladesh. Il abritait des usines de confection qui fabriquaient des "
                                "vêtements pour des marques internationales.</p>"
                                "<p>La veille de la catastrophe, des fissures avaient été vues dans le "
                                "bâtiment. Pourtant, le 24 avril 2013, les ateliers étaient en activité quand "
                                "l'immeuble s'est effondré.</p>"
                                "<p>Plus de 1 100 travailleuses et travailleurs sont morts, et environ 2 500 "
                                "ont été blessés. C'est l'une des pires catastrophes de l'histoire de "
                                "l'industrie du vêtement.</p>"
                                "<p>Le Rana Plaza a montré au monde ce que cachent les étiquettes : des "
                                "bâtiments dangereux, des alertes ignorées, et des marques qui connaissaient "
                                "mal les usines où leurs vêtements étaient fabriqués.</p>"
                            ),
                            "en": (
                                "<p>Rana Plaza was a building in Savar, near Dhaka, the capital of Bangladesh. "
                                "It housed garment factories that made clothes for international brands.</p>"
                                "<p>The day before the disaster, cracks had been seen in the building. Even so, "
                                "on 24 April 2013, the workshops were running when the building "
                                "collapsed.</p>"
                                "<p>More than 1,100 workers were killed and about 2,500 were injured. It is one "
                                "of the worst disasters in the history of the garment industry.</p>"
                                "<p>Rana Plaza showed the world what labels hide: dangerous buildings, ignored "
                                "warnings, and brands that knew little about the factories where their "
                                "clothes were made.</p>"
                            ),
                            "es": (
                                "<p>El Rana Plaza era un edificio de Savar, cerca de Daca, la capital de "
                                "Bangladesh. Albergaba fábricas de confección que hacían ropa para marcas "
                                "internacionales.</p>"
                                "<p>La víspera de la catástrofe se habían visto grietas en el edificio. Aun "
                                "así, el 24 de abril de 2013 los talleres estaban funcionando cuando el "
                                "edificio se derrumbó.</p>"
                                "<p>Murieron más de 1100 trabajadoras y trabajadores, y unas 2500 personas "
                                "resultaron heridas. Es una de las peores catástrofes de la historia de la "
                                "industria de la confección.</p>"
                                "<p>El Rana Plaza mostró al mundo lo que esconden las etiquetas: edificios "
                                "peligrosos, alertas ignoradas y marcas que conocían mal las fábricas donde "
                                "se hacía su ropa.</p>"
                            ),
                            "ht": (
                                "<p>Rana Plaza se te yon bilding nan Savar, toupre Dhaka, kapital "
                                "Bangladèch. Te gen faktori ladan l ki t ap koud rad pou mak entènasyonal.</p>"
                                "<p>Jou anvan katastwòf la, moun te wè fant nan mi bilding lan. Malgre sa, "
                                "24 avril 2013, atelye yo t ap travay lè bilding lan te tonbe.</p>"
                                "<p>Plis pase 1 100 travayè te mouri, e anviwon 2 500 te blese. Se youn nan "
                                "pi gwo katastwòf nan istwa endistri rad.</p>"
                                "<p>Rana Plaza te montre lemonn sa etikèt yo kache: bilding ki danjere, "
                                "avètisman pèsonn pa t koute, ak mak ki pa t byen konnen faktori kote yo t ap "
                                "fè rad yo.</p>"
                            ),
                        },
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Un lieu de travail sûr n'est pas un luxe : c'est un droit. Depuis juin 2022, la "
                            "Conférence internationale du Travail reconnaît un milieu de travail sûr et salubre "
                            "comme l'un des principes et droits fondamentaux au travail. Deux conventions "
                            "précisent ce que les États doivent faire : la convention n° 155 (1981) et la "
                            "convention n° 187 (2006). Le module 2 les présente.</p>"
                        ),
                        "en": (
                            "<p>A safe workplace is not a luxury: it is a right. Since June 2022, the "
                            "International Labour Conference has recognised a safe and healthy working "
                            "environment as one of the fundamental principles and rights at work. Two "
                            "conventions spell out what States must do: Convention No. 155 (1981) and "
                            "Convention No. 187 (2006). Module 2 presents them.</p>"
                        ),
                        "es": (
                            "<p>Un lugar de trabajo seguro no es un lujo: es un derecho. Desde junio de 2022, "
                            "la Conferencia Internacional del Trabajo reconoce un entorno de trabajo seguro y "
                            "saludable como uno de los principios y derechos fundamentales en el trabajo. Dos "
                            "convenios precisan lo que deben hacer los Estados: el Convenio núm. 155 (1981) y "
                            "el Convenio núm. 187 (2006). El módulo 2 los presenta.</p>"
                        ),
                        "ht": (
                            "<p>Yon kote pou travay ki an sekirite se pa yon liks: se yon dwa. Depi jen 2022, "
                            "Konferans Entènasyonal Travay la rekonèt yon anviwònman travay ki an sekirite e "
                            "ki bon pou lasante kòm youn nan prensip ak dwa fondamantal nan travay. De "
                            "konvansyon di sa Eta yo dwe fè: konvansyon nimewo 155 (1981) ak konvansyon "
                            "nimewo 187 (2006). Modil 2 a prezante yo.</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "fr": "L'Accord de 2013 : un engagement qui oblige",
                        "en": "The 2013 Accord: a commitment with teeth",
                        "es": "El Acuerdo de 2013: un compromiso que obliga",
                        "ht": "Akò 2013 la: yon angajman ki oblije",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>L'Accord avait un précédent. En mars 2012, l'entreprise PVH (propriétaire des "
                            "marques Tommy Hilfiger et Calvin Klein) avait signé avec des syndicats du "
                            "Bangladesh et internationaux et avec des ONG un protocole d'entente sur la "
                            "sécurité incendie et la sécurité des bâtiments. Il ne devait entrer en "
                            "application qu'une fois signé par d'autres marques.</p>"
                            "<p>Le 24 novembre 2012, l'incendie de l'usine Tazreen Fashions, en banlieue de "
                            "Dhaka, tue au moins 112 travailleuses et travailleurs. Après les incendies de "
                            "2012, puis l'effondrement du Rana Plaza, beaucoup plus de marques acceptent de "
                            "s'engager.</p>"
                        ),
                        "en": (
                            "<p>The Accord had a forerunner. In March 2012, the company PVH (owner of the "
                            "Tommy Hilfiger and Calvin Klein brands) had signed a memorandum of understanding "
                            "on fire and building safety with Bangladeshi and international unions and with "
                            "NGOs. It was only to take effect once other brands had signed it.</p>"
                            "<p>On 24 November 2012, a fire at the Tazreen Fashions factory, on the outskirts "
                            "of Dhaka, killed at least 112 workers. After the fires of 2012, and then the "
                            "Rana Plaza collapse, many more brands agreed to commit.</p>"
                        ),
                        "es": (
                            "<p>El Acuerdo tenía un precedente. En marzo de 2012, la empresa PVH (dueña de "
                            "las marcas Tommy Hilfiger y Calvin Klein) había firmado con sindicatos de "
                            "Bangladesh e internacionales y con ONG un memorando de entendimiento sobre la "
                            "seguridad contra incendios y de los edificios. Solo debía aplicarse cuando lo "
                            "firmaran otras marcas.</p>"
                            "<p>El 24 de noviembre de 2012, el incendio de la fábrica Tazreen Fashions, en "
                            "las afueras de Daca, mató al menos a 112 trabajadoras y trabajadores. Después de "
                            "los incendios de 2012, y luego del derrumbe del Rana Plaza, muchas más marcas "
                            "aceptaron comprometerse.</p>"
                        ),
                        "ht": (
                            "<p>Akò a pa t soti nan anyen. An mas 2012, antrepriz PVH (ki posede mak Tommy "
                            "Hilfiger ak Calvin Klein) te siyen yon pwotokòl antant sou sekirite kont dife ak "
                            "sekirite bilding, ak sendika nan Bangladèch ak sendika entènasyonal, ansanm ak "
                            "ONG. Pwotokòl la te dwe kòmanse aplike sèlman lè lòt mak ta siyen l tou.</p>"
                            "<p>24 novanm 2012, yon dife nan faktori Tazreen Fashions, nan periferi Dhaka, "
                            "touye omwen 112 travayè. Apre dife 2012 yo, epi apre Rana Plaza te kraze, anpil "
                            "plis mak te aksepte angaje yo.</p>"
                        ),
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>En mai 2013, quelques semaines après la catastrophe, des marques et des "
                            "détaillants internationaux ont signé avec des syndicats l'<b>Accord sur la "
                            "sécurité incendie et la sécurité des bâtiments au Bangladesh</b>. Parmi les "
                            "signataires syndicaux se trouvaient deux fédérations syndicales internationales : "
                            "IndustriALL et UNI.</p>"
                            "<p>Ce qui rend l'Accord différent :</p>"
                            "<ul>"
                            "<li>il est <b>juridiquement contraignant</b> : ce n'est pas un code de conduite "
                            "volontaire qu'une entreprise peut oublier quand ça l'arrange ;</li>"
                            "<li>il est négocié <b>avec les syndicats</b>, et non écrit par les marques "
                            "seules ;</li>"
                            "<li>il prévoit des <b>inspections indépendantes</b> des usines, faites par des "
                            "inspecteurs qui ne dépendent ni du patron de l'usine ni de la marque ;</li>"
                            "<li>il offre aux travailleuses et aux travailleurs un <b>mécanisme de plainte</b> "
                            "pour signaler un danger.</li>"
                            "</ul>"
                        ),
                        "en": (
                            "<p>In May 2013, a few weeks after the disaster, international brands and retailers "
                            "signed the <b>Accord on Fire and Building Safety in Bangladesh</b> with trade "
                            "unions. The union signatories included two global union federations: IndustriALL "
                            "and UNI.</p>"
                            "<p>What makes the Accord different:</p>"
                            "<ul>"
                            "<li>it is <b>legally binding</b>: it is not a voluntary code of conduct that a "
                            "company can forget when it suits it;</li>"
                            "<li>it is negotiated <b>with unions</b>, not written by the brands alone;</li>"
                            "<li>it provides for <b>independent inspections</b> of factories, by inspectors who "
                            "answer neither to the factory owner nor to the brand;</li>"
                            "<li>it gives workers a <b>complaint mechanism</b> to report a hazard.</li>"
                            "</ul>"
                        ),
                        "es": (
                            "<p>En mayo de 2013, pocas semanas después de la catástrofe, marcas y minoristas "
                            "internacionales firmaron con sindicatos el <b>Acuerdo sobre Prevención de "
                            "Incendios y Seguridad de los Edificios en Bangladesh</b>. Entre los firmantes "
                            "sindicales había dos federaciones sindicales internacionales: IndustriALL y "
                            "UNI.</p>"
                            "<p>Lo que hace diferente al Acuerdo:</p>"
                            "<ul>"
                            "<li>es <b>jurídicamente vinculante</b>: no es un código de conducta voluntario "
                            "que una empresa puede olvidar cuando le conviene;</li>"
                            "<li>se negoció <b>con los sindicatos</b>, no lo redactaron las marcas "
                            "solas;</li>"
                            "<li>prevé <b>inspecciones independientes</b> de las fábricas, hechas por "
                            "inspectores que no dependen ni del dueño de la fábrica ni de la marca;</li>"
                            "<li>ofrece a las trabajadoras y los trabajadores un <b>mecanismo de quejas</b> "
                            "para denunciar un peligro.</li>"
                            "</ul>"
                        ),
                        "ht": (
                            "<p>An me 2013, kèk semèn apre katastwòf la, mak ak gwo magazen entènasyonal te "
                            "siyen ak sendika yo <b>Akò sou sekirite kont dife ak sekirite batiman nan "
                            "Bangladèch</b>. Pami sendika ki te siyen yo, te gen de federasyon sendikal "
                            "entènasyonal (federasyon ki mete ansanm sendika yon menm sektè nan plizyè "
                            "peyi): IndustriALL ak UNI.</p>"
                            "<p>Men sa ki fè Akò a diferan:</p>"
                            "<ul>"
                            "<li>lalwa <b>oblije</b> moun ki siyen l yo respekte l: se pa yon kòd konduit "
                            "volontè (yon lis règ yon antrepriz ekri pou tèt li) yon antrepriz ka bliye lè "
                            "sa aranje l;</li>"
                            "<li>yo te negosye l <b>ak sendika yo</b>; se pa mak yo sèlman ki te ekri "
                            "l;</li>"
                            "<li>li mande <b>enspeksyon endepandan</b> nan faktori yo: se enspektè ki pa "
                            "depann ni de patwon faktori a ni de mak la ki fè yo;</li>"
                            "<li>li bay travayè yo yon <b>mwayen pou yo pote plent</b> lè yo wè yon "
                            "danje.</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Conclu pour cinq ans, l'Accord de 2013 a pris fin le 31 mai 2018. L'<b>Accord de "
                            "transition de 2018</b> a pris le relais le 1er juin 2018, puis, le 1er septembre "
                            "2021, l'<b>Accord international pour la santé et la sécurité dans l'industrie du "
                            "textile et de l'habillement</b>. Ils reprennent les mêmes principes : des engagements qui obligent les marques, négociés avec les syndicats, "
                            "vérifiés de façon indépendante, et où la voix des travailleuses et des "
                            "travailleurs compte.</p>"
                            "<p>Plus largement, après le Rana Plaza, il est devenu plus difficile pour une "
                            "marque de dire qu'elle ne savait pas. On attend des entreprises qu'elles "
                            "connaissent leur chaîne d'approvisionnement et qu'elles préviennent les risques "
                            "pour les personnes qui y travaillent : c'est ce qu'on appelle la diligence "
                            "raisonnable.</p>"
                        ),
                        "en": (
                            "<p>Signed for five years, the 2013 Accord ended on 31 May 2018. The <b>2018 "
                            "Transition Accord</b> took over on 1 June 2018, then, on 1 September 2021, the "
                            "<b>International Accord for Health and Safety in the Textile and Garment "
                            "Industry</b>. They keep the same principles: "
                            "commitments that bind the brands, negotiated with unions, independently checked, "
                            "and in which workers' voices count.</p>"
                            "<p>More broadly, after Rana Plaza it became harder for a brand to say it did not "
                            "know. Companies are expected to know their supply chain and to prevent risks to "
                            "the people who work in it: this is called due diligence.</p>"
                        ),
                        "es": (
                            "<p>Firmado por cinco años, el Acuerdo de 2013 terminó el 31 de mayo de 2018. El "
                            "<b>Acuerdo de Transición de 2018</b> tomó el relevo el 1 de junio de 2018 y, el "
                            "1 de septiembre de 2021, el <b>Acuerdo Internacional para la Salud y la Seguridad "
                            "en la Industria Textil y de la Confección</b>. Mantienen los mismos principios: compromisos que obligan a las marcas, negociados con los sindicatos, "
                            "verificados de forma independiente, y en los que cuenta la voz de las "
                            "trabajadoras y los trabajadores.</p>"
                            "<p>De forma más general, después del Rana Plaza a una marca le resulta más "
                            "difícil decir que no sabía. Se espera que las empresas conozcan su cadena de "
                            "suministro y prevengan los riesgos para las personas que trabajan en ella: es lo "
                            "que se llama diligencia debida.</p>"
                        ),
                        "ht": (
                            "<p>Yo te siyen Akò 2013 la pou senk ane; li te fini 31 me 2018. <b>Akò tranzisyon "
                            "2018 la</b> te pran relè a 1ye jen 2018; apre sa, 1ye septanm 2021, se <b>Akò "
                            "entènasyonal pou sante ak sekirite nan endistri tekstil ak rad</b> ki te pran "
                            "relè a. Yo kenbe menm prensip yo: angajman ki "
                            "oblije mak yo, yo negosye ak sendika yo, moun endepandan verifye yo, e vwa "
                            "travayè yo konte ladan yo.</p>"
                            "<p>Anplis, depi Rana Plaza, li vin pi difisil pou yon mak di li pa t konnen. "
                            "Tout moun ap tann antrepriz yo konnen chèn pwovizyònman yo, epi pou yo anpeche "
                            "danje rive moun k ap travay ladan l. Se sa yo rele devwa vijilans (an fransè: "
                            "« diligence raisonnable »): antrepriz la dwe chèche konnen ki danje ki genyen "
                            "pou travayè nan chèn li, epi l dwe fè sa k nesesè pou danje sa yo pa rive.</p>"
                        ),
                    },
                ),
                ("glossary", "due-diligence"),
                (
                    "key_point",
                    {
                        "fr": (
                            "<p>L'Accord du Bangladesh montre ce qui fonctionne : un engagement "
                            "<b>contraignant</b>, négocié <b>avec les syndicats</b>, avec des <b>inspections "
                            "indépendantes</b> et un moyen pour les travailleuses et les travailleurs de se "
                            "faire entendre. Un code de conduite volontaire ne remplace pas cela.</p>"
                        ),
                        "en": (
                            "<p>The Bangladesh Accord shows what works: a <b>binding</b> commitment, "
                            "negotiated <b>with unions</b>, with <b>independent inspections</b> and a way for "
                            "workers to make themselves heard. A voluntary code of conduct is no substitute "
                            "for that.</p>"
                        ),
                        "es": (
                            "<p>El Acuerdo de Bangladesh muestra lo que funciona: un compromiso "
                            "<b>vinculante</b>, negociado <b>con los sindicatos</b>, con <b>inspecciones "
                            "independientes</b> y una forma de que las trabajadoras y los trabajadores se "
                            "hagan oír. Un código de conducta voluntario no sustituye a todo eso.</p>"
                        ),
                        "ht": (
                            "<p>Akò Bangladèch la montre sa ki mache: yon angajman ki <b>oblije</b>, yo "
                            "negosye <b>ak sendika yo</b>, ak <b>enspeksyon endepandan</b> e yon mwayen pou "
                            "travayè yo fè moun tande vwa yo. Yon kòd konduit volontè pa ka ranplase sa.</p>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "question": {
                            "fr": (
                                "Pourquoi un accord juridiquement contraignant, signé avec des syndicats, "
                                "protège-t-il mieux qu'un code de conduite rédigé par une marque ?"
                            ),
                            "en": (
                                "Why does a legally binding agreement signed with unions protect workers "
                                "better than a code of conduct written by a brand?"
                            ),
                            "es": (
                                "¿Por qué un acuerdo jurídicamente vinculante, firmado con sindicatos, protege "
                                "mejor que un código de conducta redactado por una marca?"
                            ),
                            "ht": (
                                "Poukisa yon akò yo siyen ak sendika, e ki oblije moun devan lalwa, pwoteje "
                                "travayè yo pi byen pase yon kòd konduit yon mak ekri pou kont li?"
                            ),
                        },
                        "guidance": {
                            "fr": (
                                "Comparez qui écrit les règles, qui vérifie qu'elles sont respectées et ce qui "
                                "arrive si elles ne le sont pas. Demandez-vous aussi quelle place ont les "
                                "travailleuses et les travailleurs dans chaque cas : sont-ils seulement "
                                "protégés, ou peuvent-ils agir eux-mêmes ?"
                            ),
                            "en": (
                                "Compare who writes the rules, who checks that they are followed, and what "
                                "happens if they are not. Ask yourself, too, what role workers play in each "
                                "case: are they only protected, or can they act for themselves?"
                            ),
                            "es": (
                                "Compara quién escribe las reglas, quién comprueba que se cumplen y qué pasa "
                                "si no se cumplen. Pregúntate también qué lugar tienen las trabajadoras y los "
                                "trabajadores en cada caso: ¿solo están protegidos, o pueden actuar por sí "
                                "mismos?"
                            ),
                            "ht": (
                                "Konpare kiyès ki ekri règ yo, kiyès ki verifye si moun respekte yo, ak sa k "
                                "rive si yo pa respekte yo. Mande tèt ou tou ki plas travayè yo genyen nan "
                                "chak ka: èske se pwoteje sèlman yo pwoteje yo, oswa èske yo ka aji pou tèt "
                                "pa yo?"
                            ),
                        },
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------------------------------
        # Lesson 3: responsible purchasing policies
        # ------------------------------------------------------------------------------------------
        {
            "title": {
                "fr": "Les politiques d'achat responsable",
                "en": "Responsible purchasing policies",
                "es": "Las políticas de compras responsables",
                "ht": "Politik acha responsab yo",
            },
            "slug": {
                "fr": "politiques-d-achat-responsable",
                "en": "responsible-purchasing-policies",
                "es": "politicas-de-compras-responsables",
                "ht": "politik-acha-responsab",
            },
            "summary": {
                "fr": (
                    "Comment un acheteur (syndicat, centre de services scolaire, ville) peut exiger le respect "
                    "des normes fondamentales du travail, le travail de la CQCAM au Québec, et les étapes pour "
                    "lancer une politique dans votre syndicat local."
                ),
                "en": (
                    "How a buyer (a union, a school service centre, a city) can require respect for fundamental "
                    "labour standards, the work of the CQCAM in Quebec, and the steps to launch a policy in "
                    "your local union."
                ),
                "es": (
                    "Cómo un comprador (un sindicato, un centro de servicios escolares, una ciudad) puede "
                    "exigir el respeto de las normas fundamentales del trabajo, el trabajo de la CQCAM en "
                    "Quebec y los pasos para poner en marcha una política en tu sindicato local."
                ),
                "ht": (
                    "Kijan yon achtè (yon sendika, yon sant sèvis eskolè, yon vil) ka egzije pou moun "
                    "respekte nòm fondamantal travay yo, travay CQCAM fè nan Kebèk, ak etap pou lanse yon "
                    "politik nan sendika lokal ou."
                ),
            },
            "minutes": 20,
            "body": [
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Votre syndicat commande des chandails pour une manifestation, des casquettes "
                            "pour un congrès, des sacs pour une campagne. Un centre de services scolaire (au "
                            "Québec, l'organisme public qui gère les écoles d'une région) achète des "
                            "uniformes ; une ville habille ses cols bleus (ses employés manuels : voirie, "
                            "parcs, aqueducs). Chacun de ces acheteurs a un pouvoir : celui de choisir à qui il "
                            "donne son argent, et à quelles conditions.</p>"
                        ),
                        "en": (
                            "<p>Your union orders T-shirts for a demonstration, caps for a convention, bags for "
                            "a campaign. A school service centre (in Quebec, the public body that runs the "
                            "schools of a region) buys uniforms; a city buys work clothes for its manual "
                            "workers (roads, parks, water mains). Each of these buyers has power: the power to "
                            "choose who gets its money, and on what terms.</p>"
                        ),
                        "es": (
                            "<p>Tu sindicato encarga camisetas para una manifestación, gorras para un congreso, "
                            "bolsas para una campaña. Un centro de servicios escolares (en Quebec, el organismo "
                            "público que administra las escuelas de una región) compra uniformes; una ciudad "
                            "viste a su personal de obras y servicios (calles, parques, agua potable). Cada uno "
                            "de estos compradores tiene un poder: el de elegir a quién da su dinero, y con qué "
                            "condiciones.</p>"
                        ),
                        "ht": (
                            "<p>Sendika w kòmande mayo pou yon manifestasyon, kaskèt pou yon kongrè, sak pou "
                            "yon kanpay. Yon sant sèvis eskolè (nan Kebèk, se òganis piblik ki jere lekòl yon "
                            "rejyon) achte inifòm; yon vil achte rad travay pou anplwaye l ki travay ak men yo "
                            "(lari, pak, dlo). Chak achtè sa yo gen yon pouvwa: yo ka chwazi ki moun yo bay "
                            "lajan yo, e ak ki kondisyon.</p>"
                        ),
                    },
                ),
                ("glossary", "responsible-purchasing"),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Une politique d'achat responsable est un engagement écrit. Une bonne politique "
                            "contient au moins quatre éléments :</p>"
                            "<ul>"
                            "<li><b>Le respect des normes fondamentales du travail</b> : liberté syndicale et "
                            "négociation collective, pas de travail forcé, pas de travail des enfants, pas de "
                            "discrimination, et un milieu de travail sûr et salubre.</li>"
                            "<li><b>La transparence</b> : les fournisseurs doivent dire où les produits sont "
                            "fabriqués, avec le nom et l'adresse des usines, y compris celles des "
                            "sous-traitants.</li>"
                            "<li><b>La vérification indépendante</b> : on ne se contente pas de la parole du "
                            "fournisseur ; des personnes ou des organismes indépendants vont vérifier.</li>"
                            "<li><b>La voix des travailleuses et des travailleurs</b> : ce sont elles et eux "
                            "qui savent ce qui se passe dans l'usine. Leurs syndicats et leurs plaintes sont la "
                            "meilleure source d'information.</li>"
                            "</ul>"
                        ),
                        "en": (
                            "<p>A responsible purchasing policy is a written commitment. A good policy has at "
                            "least four elements:</p>"
                            "<ul>"
                            "<li><b>Respect for fundamental labour standards</b>: freedom of association and "
                            "collective bargaining, no forced labour, no child labour, no discrimination, and "
                            "a safe and healthy working environment.</li>"
                            "<li><b>Transparency</b>: suppliers must say where the products are made, with the "
                            "name and address of the factories, including those of subcontractors.</li>"
                            "<li><b>Independent verification</b>: you don't just take the supplier's word for "
                            "it; independent people or organisations go and check.</li>"
                            "<li><b>Workers' own voices</b>: they are the ones who know what goes on in the "
                            "factory. Their unions and their complaints are the best source of "
                            "information.</li>"
                            "</ul>"
                        ),
                        "es": (
                            "<p>Una política de compras responsables es un compromiso por escrito. Una buena "
                            "política tiene al menos cuatro elementos:</p>"
                            "<ul>"
                            "<li><b>El respeto de las normas fundamentales del trabajo</b>: libertad sindical "
                            "y negociación colectiva, nada de trabajo forzoso, nada de trabajo infantil, nada "
                            "de discriminación, y un entorno de trabajo seguro y saludable.</li>"
                            "<li><b>La transparencia</b>: los proveedores deben decir dónde se fabrican los "
                            "productos, con el nombre y la dirección de las fábricas, incluidas las de los "
                            "subcontratistas.</li>"
                            "<li><b>La verificación independiente</b>: no basta con la palabra del proveedor; "
                            "personas u organismos independientes van a comprobar.</li>"
                            "<li><b>La voz de las trabajadoras y los trabajadores</b>: son ellas y ellos "
                            "quienes saben lo que pasa en la fábrica. Sus sindicatos y sus quejas son la mejor "
                            "fuente de información.</li>"
                            "</ul>"
                        ),
                        "ht": (
                            "<p>Yon politik acha responsab se yon angajman yo ekri sou papye. Yon bon politik "
                            "gen omwen kat eleman:</p>"
                            "<ul>"
                            "<li><b>Respè nòm fondamantal travay yo</b>: libète sendikal ak negosyasyon "
                            "kolektif, pa gen travay fòse, pa gen travay timoun, pa gen diskriminasyon, e yon "
                            "anviwònman travay ki an sekirite e ki bon pou lasante.</li>"
                            "<li><b>Transparans</b>: founisè yo dwe di ki kote yo fè pwodui yo, ak non ak "
                            "adrès faktori yo, ansanm ak faktori soutretan yo.</li>"
                            "<li><b>Verifikasyon endepandan</b>: pawòl founisè a pa ase; moun oswa òganis "
                            "endepandan al verifye.</li>"
                            "<li><b>Vwa travayè yo</b>: se yo menm ki konnen sa k ap pase nan faktori a. "
                            "Sendika yo ak plent yo pote se pi bon sous enfòmasyon.</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Au Québec, la <b>Coalition québécoise contre les ateliers de misère (CQCAM)</b> "
                            "est une table de concertation du Centre international de solidarité ouvrière "
                            "(CISO). Sa mission est de sensibiliser la population à l'existence des ateliers de "
                            "misère et de développer des solutions concrètes pour contrer leur prolifération, "
                            "au Sud comme au Nord. L'une de ces solutions est justement de promouvoir "
                            "l'adoption de politiques d'achat responsable.</p>"
                        ),
                        "en": (
                            "<p>In Quebec, the <b>Quebec Coalition Against Sweatshops (CQCAM)</b> is a "
                            "coordinating table of the Centre international de solidarité ouvrière (CISO). Its "
                            "mission is to raise public awareness of sweatshops and to develop concrete "
                            "alternatives to stop them from spreading, in the South as in the North. One of "
                            "those alternatives is precisely to promote the adoption of responsible purchasing "
                            "policies.</p>"
                        ),
                        "es": (
                            "<p>En Quebec, la <b>Coalition québécoise contre les ateliers de misère "
                            "(CQCAM)</b>, es decir, la Coalición quebequense contra los talleres de "
                            "explotación, es una mesa de concertación del Centre international de solidarité "
                            "ouvrière (CISO, Centro internacional de solidaridad obrera). Su misión es dar a "
                            "conocer a la población la existencia de los talleres de explotación y desarrollar "
                            "soluciones concretas para frenar su proliferación, tanto en el Sur como en el "
                            "Norte. Una de esas soluciones es precisamente promover la adopción de políticas de "
                            "compras responsables.</p>"
                        ),
                        "ht": (
                            "<p>Nan Kebèk, <b>Coalition québécoise contre les ateliers de misère (CQCAM)</b>, "
                            "sa vle di Kowalisyon kebekwa kont atelye mizè, se yon tab konsètasyon (yon kote "
                            "plizyè òganizasyon chita ansanm pou yo travay sou yon menm pwoblèm) nan Centre "
                            "international de solidarité ouvrière (CISO, Sant entènasyonal solidarite "
                            "travayè). Misyon li se fè moun konnen atelye mizè egziste, e chèche solisyon "
                            "konkrè pou anpeche yo gaye, ni nan Sid ni nan Nò. Youn nan solisyon sa yo, se "
                            "ankouraje òganizasyon yo adopte politik acha responsab.</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "fr": "Lancer une politique dans votre syndicat local",
                        "en": "Launching a policy in your local union",
                        "es": "Poner en marcha una política en tu sindicato local",
                        "ht": "Lanse yon politik nan sendika lokal ou",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<ol>"
                            "<li>Faites l'inventaire de ce que votre syndicat achète : vêtements, articles "
                            "promotionnels, fournitures.</li>"
                            "<li>Proposez une résolution en assemblée générale pour adopter le principe d'une "
                            "politique d'achat responsable.</li>"
                            "<li>Rédigez la politique avec un petit comité, en reprenant les quatre éléments "
                            "ci-dessus. Inspirez-vous des modèles qui existent déjà dans le mouvement "
                            "syndical.</li>"
                            "<li>Informez vos fournisseurs et demandez-leur la liste des usines où les produits "
                            "sont fabriqués.</li>"
                            "<li>Quand c'est possible, privilégiez des produits fabriqués par des travailleuses "
                            "et des travailleurs syndiqués.</li>"
                            "<li>Faites un bilan chaque année en assemblée, et partagez votre expérience avec "
                            "d'autres syndicats et avec des coalitions comme la CQCAM.</li>"
                            "</ol>"
                            "<p>Si un problème est découvert chez un fournisseur, partir tout de suite n'est pas "
                            "toujours la meilleure réponse : les travailleuses et les travailleurs risquent "
                            "alors de perdre leur emploi. Il vaut souvent mieux exiger des corrections, avec "
                            "leur syndicat.</p>"
                        ),
                        "en": (
                            "<ol>"
                            "<li>Take stock of what your union buys: clothing, promotional items, "
                            "supplies.</li>"
                            "<li>Put forward a resolution at the general meeting to adopt the principle of a "
                            "responsible purchasing policy.</li>"
                            "<li>Draft the policy with a small committee, using the four elements above. Draw "
                            "on the models that already exist in the union movement.</li>"
                            "<li>Inform your suppliers and ask them for the list of factories where the "
                            "products are made.</li>"
                            "<li>Whenever possible, choose products made by unionised workers.</li>"
                            "<li>Review the policy every year at a general meeting, and share your experience "
                            "with other unions and with coalitions such as the CQCAM.</li>"
                            "</ol>"
                            "<p>If a problem is found at a supplier, pulling out right away is not always the "
                            "best answer: the workers may then lose their jobs. It is often better to demand "
                            "that things be fixed, together with their union.</p>"
                        ),
                        "es": (
                            "<ol>"
                            "<li>Haz el inventario de lo que compra tu sindicato: ropa, artículos "
                            "promocionales, material.</li>"
                            "<li>Propón una resolución en la asamblea general para adoptar el principio de una "
                            "política de compras responsables.</li>"
                            "<li>Redacta la política con un pequeño comité, retomando los cuatro elementos "
                            "anteriores. Inspírate en los modelos que ya existen en el movimiento "
                            "sindical.</li>"
                            "<li>Informa a tus proveedores y pídeles la lista de las fábricas donde se hacen "
                            "los productos.</li>"
                            "<li>Cuando sea posible, da preferencia a productos hechos por trabajadoras y "
                            "trabajadores sindicalizados.</li>"
                            "<li>Haz un balance cada año en asamblea, y comparte tu experiencia con otros "
                            "sindicatos y con coaliciones como la CQCAM.</li>"
                            "</ol>"
                            "<p>Si se descubre un problema en un proveedor, irse de inmediato no siempre es la "
                            "mejor respuesta: las trabajadoras y los trabajadores pueden perder entonces su "
                            "empleo. A menudo es mejor exigir que se corrijan los problemas, junto con su "
                            "sindicato.</p>"
                        ),
                        "ht": (
                            "<ol>"
                            "<li>Fè lis tout sa sendika w achte: rad, atik pou fè piblisite, founiti.</li>"
                            "<li>Pwopoze yon rezolisyon nan asanble jeneral la pou manm yo dakò sou prensip "
                            "yon politik acha responsab.</li>"
                            "<li>Ekri politik la ak yon ti komite, ak kat eleman ki pi wo yo. Pran egzanp sou "
                            "modèl ki deja egziste nan mouvman sendikal la.</li>"
                            "<li>Enfòme founisè w yo, epi mande yo lis faktori kote yo fè pwodui yo.</li>"
                            "<li>Lè sa posib, chwazi pwodui travayè ki nan sendika fè.</li>"
                            "<li>Chak ane, fè bilan an nan asanble, epi pataje eksperyans ou ak lòt sendika ak "
                            "kowalisyon tankou CQCAM.</li>"
                            "</ol>"
                            "<p>Si yo jwenn yon pwoblèm kay yon founisè, kite l touswit se pa toujou pi bon "
                            "repons lan: travayè yo ka pèdi travay yo. Souvan, li pi bon pou egzije pou yo "
                            "korije pwoblèm yo, ansanm ak sendika travayè yo.</p>"
                        ),
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": {
                            "fr": (
                                "Au début, on pensait que c'était trop compliqué pour un petit syndicat. On a "
                                "commencé par nos chandails de grève. Le fournisseur n'aimait pas nos "
                                "questions, mais il a fini par nous donner le nom de l'usine. Aujourd'hui, "
                                "c'est devenu un réflexe : on demande toujours d'où ça vient."
                            ),
                            "en": (
                                "At first we thought it was too complicated for a small union. We started with "
                                "our strike T-shirts. The supplier didn't like our questions, but in the end he "
                                "gave us the name of the factory. Now it's second nature: we always ask where "
                                "things come from."
                            ),
                            "es": (
                                "Al principio pensábamos que era demasiado complicado para un sindicato "
                                "pequeño. Empezamos por nuestras camisetas de huelga. Al proveedor no le "
                                "gustaban nuestras preguntas, pero al final nos dio el nombre de la fábrica. "
                                "Hoy ya es un reflejo: siempre preguntamos de dónde viene."
                            ),
                            "ht": (
                                "Okòmansman, nou te panse se te twò konplike pou yon ti sendika. Nou te "
                                "kòmanse ak mayo grèv nou yo. Founisè a pa t renmen kesyon nou yo, men finalman "
                                "li ban nou non faktori a. Jodi a, se yon abitid: nou toujou mande kote bagay "
                                "yo soti."
                            ),
                        },
                        "who": {
                            "fr": "Un trésorier syndical",
                            "en": "A union treasurer",
                            "es": "Un tesorero sindical",
                            "ht": "Yon trezorye sendika",
                        },
                        "role": {
                            "fr": "syndicat local au Québec, témoignage composite",
                            "en": "local union in Quebec, composite testimony",
                            "es": "sindicato local en Quebec, testimonio ficticio basado en varias experiencias reales",
                            "ht": "sendika lokal nan Kebèk, temwayaj nou fè ak plizyè istwa vre",
                        },
                    },
                ),
                (
                    "key_point",
                    {
                        "fr": (
                            "<p>Un acheteur, même petit, peut exiger le respect des normes fondamentales, la "
                            "transparence sur les lieux de production, une vérification indépendante et "
                            "l'écoute des travailleuses et des travailleurs. Seul, son poids est limité ; avec "
                            "d'autres syndicats, des centres de services scolaires et des villes, il devient "
                            "réel.</p>"
                        ),
                        "en": (
                            "<p>Even a small buyer can require respect for fundamental standards, transparency "
                            "about where goods are made, independent verification and listening to workers. "
                            "Alone, its weight is limited; together with other unions, school service "
                            "centres and cities, it becomes real.</p>"
                        ),
                        "es": (
                            "<p>Un comprador, aunque sea pequeño, puede exigir el respeto de las normas "
                            "fundamentales, la transparencia sobre los lugares de producción, una verificación "
                            "independiente y que se escuche a las trabajadoras y los trabajadores. Solo, su "
                            "peso es limitado; junto con otros sindicatos, centros de servicios escolares y "
                            "ciudades, se vuelve real.</p>"
                        ),
                        "ht": (
                            "<p>Yon achtè, menm si li piti, ka egzije pou moun respekte nòm fondamantal yo, "
                            "pou yo di ki kote yo fè pwodui yo, pou gen yon verifikasyon endepandan, e pou yo "
                            "koute travayè yo. Pou kont li, li pa gen anpil pwa; ansanm ak lòt sendika, sant "
                            "sèvis eskolè ak vil, pwa li vin reyèl.</p>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "question": {
                            "fr": (
                                "Quel achat de votre syndicat pourriez-vous soumettre en premier à une "
                                "politique d'achat responsable, et qui devrait porter le projet ?"
                            ),
                            "en": (
                                "Which of your union's purchases could you bring under a responsible "
                                "purchasing policy first, and who should lead the project?"
                            ),
                            "es": (
                                "¿Qué compra de tu sindicato podrías someter primero a una política de compras "
                                "responsables, y quién debería llevar el proyecto?"
                            ),
                            "ht": (
                                "Ki acha sendika w fè ou ta ka mete anba yon politik acha responsab anvan, e "
                                "kiyès ki ta dwe pran pwojè a an chaj?"
                            ),
                        },
                        "guidance": {
                            "fr": (
                                "Choisissez un achat visible et régulier, comme les chandails ou le matériel de "
                                "campagne. Identifiez qui, dans votre syndicat, pourrait proposer la résolution "
                                "et suivre le dossier. Pensez aussi aux alliés : votre fédération, votre "
                                "conseil régional (le regroupement des syndicats de votre région), une "
                                "coalition comme la CQCAM."
                            ),
                            "en": (
                                "Pick a visible, regular purchase, such as T-shirts or campaign materials. "
                                "Identify who in your union could move the resolution and follow up on it. "
                                "Think about allies too: your federation, your regional council (the body that "
                                "brings together the unions of your region), a coalition such as the CQCAM."
                            ),
                            "es": (
                                "Elige una compra visible y frecuente, como las camisetas o el material de "
                                "campaña. Piensa quién, en tu sindicato, podría proponer la resolución y dar "
                                "seguimiento al tema. Piensa también en los aliados: tu federación, tu consejo "
                                "regional (la instancia que reúne a los sindicatos de tu región), una coalición "
                                "como la CQCAM."
                            ),
                            "ht": (
                                "Chwazi yon acha moun wè byen e sendika a fè souvan, tankou mayo oswa materyèl "
                                "kanpay. Chèche kiyès nan sendika w la ki ta ka pwopoze rezolisyon an e swiv "
                                "dosye a. Panse tou ak alye ou yo: federasyon w, konsèy rejyonal ou (estrikti "
                                "ki mete sendika yon rejyon ansanm), yon kowalisyon tankou CQCAM."
                            ),
                        },
                    },
                ),
            ],
        },
    ],
}
