"""Module 4: international union solidarity in practice (French and English)."""

MODULE = {
    "title": {
        "fr": "La solidarité syndicale internationale en pratique",
        "en": "International union solidarity in practice",
    },
    "slug": {
        "fr": "solidarite-syndicale-internationale",
        "en": "international-union-solidarity",
    },
    "intro": {
        "fr": (
            "<p>Les entreprises s'organisent à l'échelle du monde ; les syndicats aussi.</p>"
            "<p>Ce module présente les organisations syndicales internationales, des exemples concrets de "
            "solidarité entre le Nord et le Sud, et des outils pour utiliser le droit international du "
            "travail dans votre propre syndicat.</p>"
        ),
        "en": (
            "<p>Companies organise on a global scale, and so do unions.</p>"
            "<p>This module presents the international union organisations, concrete examples of "
            "solidarity between North and South, and tools for using international labour law in your own "
            "union.</p>"
        ),
    },
    "lessons": [
        # ------------------------------------------------------------------------------------------
        # Lesson 1: the international union movement
        # ------------------------------------------------------------------------------------------
        {
            "title": {
                "fr": "Le mouvement syndical international",
                "en": "The international union movement",
            },
            "slug": {
                "fr": "mouvement-syndical-international",
                "en": "the-international-union-movement",
            },
            "summary": {
                "fr": (
                    "Les fédérations syndicales internationales par secteur, la Confédération syndicale "
                    "internationale et les accords-cadres internationaux négociés avec les "
                    "multinationales."
                ),
                "en": (
                    "Global union federations by sector, the International Trade Union Confederation, and "
                    "international framework agreements negotiated with multinational companies."
                ),
            },
            "minutes": 15,
            "body": [
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Une multinationale peut fermer une usine dans un pays et en ouvrir une autre "
                            "ailleurs. Une marque peut changer de fournisseur en quelques semaines. Face à cela, "
                            "un syndicat local seul a peu de poids. C'est pourquoi les syndicats se sont "
                            "regroupés au-delà des frontières, par secteur et à l'échelle mondiale.</p>"
                        ),
                        "en": (
                            "<p>A multinational company can close a factory in one country and open another "
                            "somewhere else. A brand can switch suppliers in a few weeks. Against that, a local "
                            "union on its own carries little weight. That is why unions have joined forces "
                            "across borders, by sector and at world level.</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "fr": "Les fédérations syndicales internationales",
                        "en": "Global union federations",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Les fédérations syndicales internationales regroupent les syndicats d'un même "
                            "secteur dans de nombreux pays. Quelques exemples :</p>"
                            "<ul>"
                            "<li><b>IndustriALL</b> : l'industrie, y compris le textile et le vêtement ;</li>"
                            "<li><b>UNI</b> : les services ;</li>"
                            "<li><b>l'ITF</b>, la Fédération internationale des ouvriers du transport : le "
                            "transport ;</li>"
                            "<li><b>l'Internationale de l'Éducation</b> : le personnel enseignant.</li>"
                            "</ul>"
                            "<p>Votre syndicat n'en est peut-être pas membre directement, mais il y est souvent "
                            "relié par sa fédération ou sa centrale. Ces fédérations font circuler "
                            "l'information, coordonnent des campagnes et négocient avec des "
                            "multinationales.</p>"
                        ),
                        "en": (
                            "<p>Global union federations bring together the unions of one sector in many "
                            "countries. A few examples:</p>"
                            "<ul>"
                            "<li><b>IndustriALL</b>: industry, including textiles and garments;</li>"
                            "<li><b>UNI</b>: services;</li>"
                            "<li><b>the ITF</b>, the International Transport Workers' Federation: "
                            "transport;</li>"
                            "<li><b>Education International</b>: teachers.</li>"
                            "</ul>"
                            "<p>Your union may not be a member directly, but it is often linked to one through "
                            "its federation or its central labour body. These federations share information, "
                            "coordinate campaigns and negotiate with multinational companies.</p>"
                        ),
                    },
                ),
                ("glossary", "global-union-federation"),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>À côté des fédérations par secteur, la <b>Confédération syndicale "
                            "internationale (CSI)</b>, fondée en 2006, regroupe des centrales syndicales "
                            "nationales de partout dans le monde. Elle défend les droits syndicaux et porte la "
                            "voix des travailleuses et des travailleurs auprès des institutions "
                            "internationales, dont l'OIT.</p>"
                        ),
                        "en": (
                            "<p>Alongside the sector federations, the <b>International Trade Union "
                            "Confederation (ITUC)</b>, founded in 2006, brings together national union centres "
                            "from all over the world. It defends union rights and speaks for workers in "
                            "international institutions, including the ILO.</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "fr": "Les accords-cadres internationaux",
                        "en": "International framework agreements",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Un <b>accord-cadre international</b> est négocié entre une multinationale et une "
                            "fédération syndicale internationale. Il couvre les activités de l'entreprise "
                            "partout dans le monde, et pas seulement dans son pays d'origine. Le plus souvent, "
                            "l'entreprise s'y engage à respecter les normes fondamentales de l'OIT, notamment "
                            "la liberté syndicale.</p>"
                            "<p>Pour un syndicat local, c'est un levier : si la direction d'une filiale "
                            "s'attaque au syndicat, on peut alerter la fédération internationale, qui "
                            "interpelle le siège de l'entreprise. Mais un accord-cadre ne vaut que par son "
                            "suivi : il faut que les syndicats le connaissent et s'en servent.</p>"
                        ),
                        "en": (
                            "<p>An <b>international framework agreement</b> is negotiated between a "
                            "multinational company and a global union federation. It covers the company's "
                            "operations worldwide, not just in its home country. Most often, the company "
                            "commits in it to respect the ILO's fundamental standards, in particular freedom "
                            "of association.</p>"
                            "<p>For a local union, it is leverage: if the management of a subsidiary goes after "
                            "the union, you can alert the global federation, which takes the matter up with "
                            "the company's head office. But a framework agreement is only as good as its "
                            "follow-up: unions have to know about it and use it.</p>"
                        ),
                    },
                ),
                ("glossary", "framework-agreement"),
                (
                    "key_point",
                    {
                        "fr": (
                            "<p>Le mouvement syndical international s'organise à deux niveaux : par secteur, "
                            "avec les fédérations syndicales internationales, et de façon générale, avec la "
                            "CSI. Les accords-cadres internationaux permettent de parler directement aux "
                            "multinationales, au nom des travailleuses et des travailleurs de tous les pays où "
                            "elles sont présentes.</p>"
                        ),
                        "en": (
                            "<p>The international union movement is organised at two levels: by sector, "
                            "through the global union federations, and across all sectors, through the ITUC. "
                            "International framework agreements make it possible to deal directly with "
                            "multinationals, on behalf of workers in every country where they operate.</p>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "question": {
                            "fr": (
                                "À quelle fédération syndicale internationale votre syndicat est-il relié, et "
                                "par quel chemin (fédération, centrale) ?"
                            ),
                            "en": (
                                "Which global union federation is your union linked to, and through which path "
                                "(federation, central labour body)?"
                            ),
                        },
                        "guidance": {
                            "fr": (
                                "Cherchez l'information sur le site de votre fédération ou de votre centrale, "
                                "ou demandez à votre conseillère ou conseiller syndical. Vérifiez aussi si une "
                                "multinationale de votre secteur a signé un accord-cadre international : ce "
                                "pourrait être un outil utile un jour."
                            ),
                            "en": (
                                "Look for the information on your federation's or central labour body's "
                                "website, or ask your union staff representative. Also check whether a "
                                "multinational in your sector has signed an international framework "
                                "agreement: it could be a useful tool one day."
                            ),
                        },
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------------------------------
        # Lesson 2: solidarity in practice
        # ------------------------------------------------------------------------------------------
        {
            "title": {
                "fr": "La solidarité en pratique",
                "en": "Solidarity in practice",
            },
            "slug": {
                "fr": "la-solidarite-en-pratique",
                "en": "solidarity-in-practice",
            },
            "summary": {
                "fr": (
                    "Partenariats Nord-Sud, stages syndicaux, missions d'observation, campagnes et "
                    "éducation, avec l'exemple du Centre international de solidarité ouvrière (CISO) au "
                    "Québec."
                ),
                "en": (
                    "North-South partnerships, union internships, observation missions, campaigns and "
                    "education, with the example of the Centre international de solidarité ouvrière "
                    "(CISO) in Quebec."
                ),
            },
            "minutes": 15,
            "body": [
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>La solidarité syndicale internationale n'est pas de la charité. C'est une "
                            "relation d'égal à égal entre des travailleuses et des travailleurs qui font face "
                            "aux mêmes employeurs, aux mêmes chaînes d'approvisionnement et souvent aux mêmes "
                            "attaques contre leurs droits. Chacun apprend de l'autre.</p>"
                        ),
                        "en": (
                            "<p>International union solidarity is not charity. It is a relationship between "
                            "equals: workers who face the same employers, the same supply chains and often the "
                            "same attacks on their rights. Each side learns from the other.</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "fr": "Des formes concrètes",
                        "en": "Concrete forms",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<ul>"
                            "<li><b>Les partenariats Nord-Sud</b> : des syndicats d'ici et d'ailleurs mènent "
                            "ensemble des projets, par exemple pour former des déléguées et des délégués ou pour "
                            "renforcer une organisation.</li>"
                            "<li><b>Les stages syndicaux à l'étranger</b> : des militantes et des militants "
                            "séjournent auprès d'un syndicat partenaire, puis partagent ce qu'ils ont appris à "
                            "leur retour.</li>"
                            "<li><b>Les missions d'observation</b> : une délégation va constater sur place la "
                            "situation des droits syndicaux, puis en témoigne.</li>"
                            "<li><b>Les campagnes</b> : lettres, pétitions, résolutions ou actions publiques "
                            "pour appuyer des travailleuses et des travailleurs en lutte.</li>"
                            "<li><b>L'éducation</b> : faire connaître ici les réalités d'ailleurs et le droit "
                            "international du travail.</li>"
                            "</ul>"
                        ),
                        "en": (
                            "<ul>"
                            "<li><b>North-South partnerships</b>: unions from here and elsewhere run projects "
                            "together, for example to train shop stewards or to strengthen an "
                            "organisation.</li>"
                            "<li><b>Union internships abroad</b>: activists spend time with a partner union, "
                            "then share what they learned when they come home.</li>"
                            "<li><b>Observation missions</b>: a delegation goes to see the state of union "
                            "rights on the ground, then bears witness to it.</li>"
                            "<li><b>Campaigns</b>: letters, petitions, resolutions or public actions to support "
                            "workers in struggle.</li>"
                            "<li><b>Education</b>: making the realities of other countries, and international "
                            "labour law, known here.</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "fr": "L'exemple du CISO",
                        "en": "The example of the CISO",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Au Québec, le <b>Centre international de solidarité ouvrière (CISO)</b> a été "
                            "fondé en 1975, à la suite d'une Conférence internationale de solidarité ouvrière "
                            "organisée par des dirigeants du mouvement syndical et populaire et des "
                            "organisations non gouvernementales de Montréal. Sa mission : développer la "
                            "solidarité internationale en renforçant les liens entre les travailleuses et les "
                            "travailleurs du Nord et du Sud qui luttent pour leurs droits, pour de meilleures "
                            "conditions de travail et pour une société plus juste et démocratique.</p>"
                            "<p>Ses membres viennent surtout des organisations syndicales québécoises, mais "
                            "aussi de quelques organisations communautaires, et il compte des membres "
                            "individuels. Le CISO est un lieu de convergence de l'action syndicale québécoise "
                            "en solidarité internationale : il aide à mettre les ressources en commun et à "
                            "échanger l'information.</p>"
                            "<p>L'éducation est au cœur de son travail : formations, outils pédagogiques, "
                            "stages, missions d'observation, tournées, conférences, dîners-causeries et "
                            "campagnes thématiques. Le CISO a plusieurs projets de coopération avec des "
                            "partenaires haïtiens. Des stages syndicaux à l'étranger sont organisés dans plus "
                            "d'une dizaine de pays, comme Cuba, le Niger, le Mexique, le Burkina Faso et la "
                            "Colombie. Le CISO s'intéresse particulièrement au droit international du "
                            "travail.</p>"
                        ),
                        "en": (
                            "<p>In Quebec, the <b>Centre international de solidarité ouvrière (CISO)</b>, an "
                            "international workers' solidarity centre, was founded in 1975, following an "
                            "International Workers' Solidarity Conference organised by leaders of the union and "
                            "popular movement and non-governmental organisations in Montreal. Its mission: to "
                            "build international solidarity by strengthening the ties between workers of the "
                            "North and the South who are fighting for their rights, for better working "
                            "conditions and for a fairer, more democratic society.</p>"
                            "<p>Its members come mainly from Quebec union organisations, but also from a few "
                            "community organisations, and it has individual members. The CISO is a meeting "
                            "point for Quebec union action on international solidarity: it helps pool "
                            "resources and share information.</p>"
                            "<p>Education is at the heart of its work: training, teaching tools, internships, "
                            "observation missions, speaking tours, conferences, lunch talks and thematic "
                            "campaigns. The CISO has several cooperation projects with Haitian partners. Union "
                            "internships abroad are organised in more than ten countries, such as Cuba, Niger, "
                            "Mexico, Burkina Faso and Colombia. The CISO takes a particular interest in "
                            "international labour law.</p>"
                        ),
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": {
                            "fr": (
                                "Avant mon stage, la solidarité internationale, pour moi, c'était une "
                                "résolution au congrès. Là-bas, j'ai vu des collègues s'organiser avec presque "
                                "rien, avec la peur de perdre leur emploi. En revenant, j'ai animé une soirée "
                                "dans ma section locale. Maintenant, quand on parle de nos négociations, on "
                                "pense aussi à elles et à eux."
                            ),
                            "en": (
                                "Before my internship, international solidarity was just a resolution at "
                                "convention for me. Over there, I saw colleagues organising with almost "
                                "nothing, afraid of losing their jobs. When I got back, I ran an evening session "
                                "in my local. Now, when we talk about our own bargaining, we think of them "
                                "too."
                            ),
                        },
                        "who": {
                            "fr": "Une militante syndicale",
                            "en": "A union activist",
                        },
                        "role": {
                            "fr": "participante à un stage syndical à l'étranger, témoignage composite",
                            "en": "participant in a union internship abroad, composite testimony",
                        },
                    },
                ),
                (
                    "key_point",
                    {
                        "fr": (
                            "<p>La solidarité internationale se vit dans les deux sens et dans la durée : "
                            "partenariats, stages, missions d'observation, campagnes et éducation. Des "
                            "organisations comme le CISO aident les syndicats à mettre leurs ressources en "
                            "commun pour agir ensemble.</p>"
                        ),
                        "en": (
                            "<p>International solidarity runs both ways and over the long term: partnerships, "
                            "internships, observation missions, campaigns and education. Organisations like "
                            "the CISO help unions pool their resources so they can act together.</p>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "question": {
                            "fr": (
                                "Quelle forme de solidarité internationale serait la plus réaliste pour votre "
                                "syndicat au cours de la prochaine année ?"
                            ),
                            "en": (
                                "What form of international solidarity would be most realistic for your union "
                                "over the coming year?"
                            ),
                        },
                        "guidance": {
                            "fr": (
                                "Partez de ce que vous avez déjà : un lien avec un syndicat d'un autre pays, "
                                "des membres originaires d'ailleurs, un employeur présent dans plusieurs pays. "
                                "Choisissez une action simple, comme une soirée d'information, une lettre "
                                "d'appui ou la participation à une campagne, et demandez-vous qui pourrait vous "
                                "accompagner."
                            ),
                            "en": (
                                "Start from what you already have: a link with a union in another country, "
                                "members who come from elsewhere, an employer present in several countries. "
                                "Choose a simple action, such as an information evening, a letter of support or "
                                "joining a campaign, and ask yourselves who could help you."
                            ),
                        },
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------------------------------
        # Lesson 3: using international labour law in your union
        # ------------------------------------------------------------------------------------------
        {
            "title": {
                "fr": "Utiliser le droit international du travail dans votre syndicat",
                "en": "Using international labour law in your union",
            },
            "slug": {
                "fr": "utiliser-le-droit-international-du-travail",
                "en": "using-international-labour-law",
            },
            "summary": {
                "fr": (
                    "Trouver les textes et les ratifications dans NORMLEX, appuyer une plainte au Comité de "
                    "la liberté syndicale, et mener des actions d'éducation et de solidarité chez vous."
                ),
                "en": (
                    "Finding texts and ratifications in NORMLEX, supporting a complaint to the Committee on "
                    "Freedom of Association, and running education and solidarity actions at home."
                ),
            },
            "minutes": 20,
            "body": [
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Le droit international du travail n'est pas réservé aux juristes de Genève. Un "
                            "syndicat local peut s'en servir pour s'informer, pour appuyer une plainte et pour "
                            "mobiliser ses membres. Voici trois façons de le faire.</p>"
                        ),
                        "en": (
                            "<p>International labour law is not just for lawyers in Geneva. A local union can "
                            "use it to get informed, to support a complaint and to mobilise its members. Here "
                            "are three ways to do it.</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "fr": "1. Trouver les textes et les ratifications",
                        "en": "1. Finding the texts and ratifications",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            '<p><a href="https://normlex.ilo.org/">NORMLEX</a> est la base de données '
                            "officielle de l'OIT sur les normes internationales du travail. Elle est gratuite "
                            "et vous y trouverez :</p>"
                            "<ul>"
                            "<li>le texte complet des conventions, des protocoles et des recommandations ;</li>"
                            "<li>la liste des conventions ratifiées par chaque pays ;</li>"
                            "<li>les commentaires des organes de contrôle de l'OIT sur la façon dont un pays "
                            "applique ce qu'il a ratifié.</li>"
                            "</ul>"
                            "<p>Avant d'invoquer une convention, vérifiez toujours dans NORMLEX si votre pays "
                            "l'a ratifiée. Et rappelez-vous : même sans ratification, chaque État membre doit "
                            "respecter les principes et droits fondamentaux au travail, du seul fait qu'il est "
                            "membre de l'OIT.</p>"
                        ),
                        "en": (
                            '<p><a href="https://normlex.ilo.org/">NORMLEX</a> is the ILO\'s official database '
                            "on international labour standards. It is free, and in it you will find:</p>"
                            "<ul>"
                            "<li>the full text of conventions, protocols and recommendations;</li>"
                            "<li>the list of conventions each country has ratified;</li>"
                            "<li>the comments of the ILO supervisory bodies on how a country applies what it "
                            "has ratified.</li>"
                            "</ul>"
                            "<p>Before you invoke a convention, always check in NORMLEX whether your country "
                            "has ratified it. And remember: even without ratification, every member State "
                            "must respect the fundamental principles and rights at work, simply because it is "
                            "a member of the ILO.</p>"
                        ),
                    },
                ),
                ("standard", "C087"),
                ("standard", "C098"),
                (
                    "heading",
                    {
                        "fr": "2. Appuyer une plainte au Comité de la liberté syndicale",
                        "en": "2. Supporting a complaint to the Committee on Freedom of Association",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Le <b>Comité de la liberté syndicale</b> de l'OIT a été créé en 1951. Il examine "
                            "des plaintes contre des États qui ne respectent pas la liberté syndicale, même "
                            "s'ils n'ont pas ratifié les conventions 87 et 98.</p>"
                            "<p>Une plainte doit venir d'une organisation de travailleurs ou d'employeurs. En "
                            "pratique, un syndicat local passe par son organisation nationale, fédération ou "
                            "centrale, ou par une organisation syndicale internationale, comme une fédération "
                            "syndicale internationale ou la CSI. Votre rôle est essentiel : réunir les faits. "
                            "Notez les dates, les noms des personnes touchées, gardez les lettres de "
                            "congédiement, les témoignages, les articles de presse.</p>"
                            "<p>La plainte vise l'État, pas l'employeur directement : on reproche au "
                            "gouvernement de ne pas avoir protégé la liberté syndicale. La procédure prend du "
                            "temps, mais les conclusions du Comité sont publiques et peuvent peser dans une "
                            "négociation ou une campagne.</p>"
                        ),
                        "en": (
                            "<p>The ILO's <b>Committee on Freedom of Association</b> was set up in 1951. It "
                            "examines complaints against States that fail to respect freedom of association, "
                            "even if they have not ratified Conventions 87 and 98.</p>"
                            "<p>A complaint must come from a workers' or employers' organisation. In practice, "
                            "a local union goes through its national organisation, its federation or central "
                            "labour body, or through an international union organisation such as a global "
                            "union federation or the ITUC. Your role is essential: gathering the facts. Write "
                            "down dates and the names of the people affected, and keep dismissal letters, "
                            "testimonies and press articles.</p>"
                            "<p>The complaint targets the State, not the employer directly: the government is "
                            "accused of failing to protect freedom of association. The procedure takes time, "
                            "but the Committee's conclusions are public and can carry weight in bargaining or "
                            "in a campaign.</p>"
                        ),
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p><b>3. Éduquer et agir localement.</b> Le droit international devient vivant "
                            "quand les membres le connaissent. Quelques idées :</p>"
                            "<ul>"
                            "<li>organiser une courte séance d'information sur les normes fondamentales, en "
                            "assemblée ou à l'heure du dîner ;</li>"
                            "<li>adopter une résolution d'appui à un syndicat dont les droits sont attaqués, et "
                            "l'envoyer aux autorités concernées ;</li>"
                            "<li>inviter une ou un partenaire syndical d'un autre pays à venir témoigner ;</li>"
                            "<li>relier vos actions à celles d'organisations comme le CISO, pour ne pas agir "
                            "seuls.</li>"
                            "</ul>"
                        ),
                        "en": (
                            "<p><b>3. Educating and acting locally.</b> International law comes alive when "
                            "members know about it. A few ideas:</p>"
                            "<ul>"
                            "<li>hold a short information session on the fundamental standards, at a general "
                            "meeting or over lunch;</li>"
                            "<li>adopt a resolution supporting a union whose rights are under attack, and send "
                            "it to the authorities concerned;</li>"
                            "<li>invite a union partner from another country to come and speak;</li>"
                            "<li>connect your actions with those of organisations such as the CISO, so that you "
                            "don't act alone.</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "key_point",
                    {
                        "fr": (
                            "<p>Trois réflexes : vérifier dans NORMLEX ce que votre pays a ratifié ; documenter "
                            "les faits et passer par votre organisation nationale ou internationale pour une "
                            "plainte au Comité de la liberté syndicale ; faire connaître ces droits à vos "
                            "membres et agir avec d'autres.</p>"
                        ),
                        "en": (
                            "<p>Three habits: check in NORMLEX what your country has ratified; document the "
                            "facts and go through your national or international organisation for a complaint "
                            "to the Committee on Freedom of Association; make these rights known to your "
                            "members and act together with others.</p>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "question": {
                            "fr": (
                                "Un syndicat partenaire dans un autre pays vous apprend que ses dirigeantes et "
                                "dirigeants ont été congédiés pour leurs activités syndicales. Que pourriez-vous "
                                "faire concrètement ?"
                            ),
                            "en": (
                                "A partner union in another country tells you that its leaders have been fired "
                                "for their union activities. What could you actually do?"
                            ),
                        },
                        "guidance": {
                            "fr": (
                                "Pensez aux étapes : vérifier dans NORMLEX les ratifications du pays, informer "
                                "votre fédération ou votre centrale, aider le syndicat partenaire à documenter "
                                "les faits, puis informer vos membres et organiser un geste d'appui. "
                                "Demandez-vous qui décide quoi, et dans quel délai."
                            ),
                            "en": (
                                "Think through the steps: check the country's ratifications in NORMLEX, inform "
                                "your federation or central labour body, help the partner union document the "
                                "facts, then inform your members and organise a show of support. Ask yourselves "
                                "who decides what, and how quickly."
                            ),
                        },
                    },
                ),
            ],
        },
    ],
}
