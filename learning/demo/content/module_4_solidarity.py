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
                    "Ce que sont les fédérations syndicales internationales et la CSI, et une histoire : "
                    "l'Accord sur la sécurité des usines du Bangladesh, signé après l'effondrement du Rana "
                    "Plaza en 2013."
                ),
                "en": (
                    "What global union federations and the ITUC are, and one story: the Bangladesh Accord on "
                    "factory safety, signed after the Rana Plaza collapse in 2013."
                ),
            },
            "minutes": 20,
            "body": [
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Une multinationale peut fermer une usine dans un pays et en ouvrir une autre "
                            "ailleurs. Une marque peut changer de fournisseur en quelques semaines. Face à cela, "
                            "un syndicat local seul a peu de poids. C'est pourquoi les syndicats se sont "
                            "regroupés au-delà des frontières.</p>"
                        ),
                        "en": (
                            "<p>A multinational company can close a factory in one country and open another "
                            "somewhere else. A brand can switch suppliers in a few weeks. Against that, a local "
                            "union on its own carries little weight. That is why unions have joined forces "
                            "across borders.</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "fr": "Deux niveaux d'organisation",
                        "en": "Two levels of organisation",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Les <b>fédérations syndicales internationales</b> regroupent les syndicats d'un "
                            "même secteur dans de nombreux pays : IndustriALL pour l'industrie, y compris le "
                            "vêtement ; UNI pour les services ; l'ITF, la Fédération internationale des "
                            "ouvriers du transport, pour le transport ; l'Internationale de l'Éducation pour le "
                            "personnel enseignant.</p>"
                            "<p>La <b>Confédération syndicale internationale (CSI)</b>, fondée en 2006, "
                            "regroupe quant à elle des centrales syndicales nationales de tous les secteurs. "
                            "Une centrale syndicale est une organisation qui réunit des syndicats de nombreux "
                            "métiers dans un pays ; au Québec, par exemple, la CSN, la FTQ ou la CSQ. Votre "
                            "syndicat n'est peut-être pas membre direct d'une organisation internationale, "
                            "mais il y est souvent relié par sa fédération ou sa centrale.</p>"
                        ),
                        "en": (
                            "<p><b>Global union federations</b> bring together the unions of one sector in many "
                            "countries: IndustriALL for industry, including garments; UNI for services; the "
                            "ITF, the International Transport Workers' Federation, for transport; Education "
                            "International for teachers.</p>"
                            "<p>The <b>International Trade Union Confederation (ITUC)</b>, founded in 2006, "
                            "brings together national union centres from all sectors. A national union centre "
                            "is an organisation that unites unions of many trades in one country; in Quebec, "
                            "for example, the CSN, the FTQ or the CSQ. Your union may not be a direct member "
                            "of an international organisation, but it is often linked to one through its "
                            "federation or its union centre.</p>"
                        ),
                    },
                ),
                ("glossary", "global-union-federation"),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Que font ces organisations, concrètement ? Le mieux est de suivre une histoire "
                            "du début à la fin : celle de l'Accord sur la sécurité des usines du "
                            "Bangladesh.</p>"
                        ),
                        "en": (
                            "<p>What do these organisations actually do? The best way to see it is to follow "
                            "one story from beginning to end: the story of the Bangladesh Accord on factory "
                            "safety.</p>"
                        ),
                    },
                ),
                (
                    "case_study",
                    {
                        "title": {
                            "fr": "Du Rana Plaza à un accord qui oblige les marques",
                            "en": "From Rana Plaza to an agreement that binds the brands",
                        },
                        "country": {
                            "fr": "Bangladesh",
                            "en": "Bangladesh",
                        },
                        "year": 2013,
                        "story": {
                            "fr": (
                                "<p><b>Le drame.</b> Le 24 avril 2013, à Savar, près de Dhaka, l'immeuble du "
                                "Rana Plaza s'effondre. Il abritait des ateliers de confection qui cousaient "
                                "des vêtements pour des marques internationales. Plus de 1 100 travailleuses et "
                                "travailleurs meurent, environ 2 500 sont blessés. La veille, on avait vu des "
                                "fissures dans les murs.</p>"
                                "<p><b>La riposte syndicale.</b> Deux fédérations syndicales internationales, "
                                "IndustriALL et UNI, avec des syndicats du Bangladesh, exigent des marques un "
                                "engagement qui ne soit pas une simple promesse. Trois semaines plus tard, le "
                                "15 mai 2013, l'<b>Accord sur la sécurité incendie et la sécurité des "
                                "bâtiments au Bangladesh</b> est signé. Des organisations de défense des "
                                "droits, comme la Campagne Vêtements Propres et le Réseau de solidarité avec "
                                "les travailleurs des maquilas, basé au Canada, le signent comme témoins. "
                                "L'OIT accepte de présider de façon neutre son comité de direction. En février "
                                "2014, 150 entreprises d'une vingtaine de pays l'avaient signé.</p>"
                            ),
                            "en": (
                                "<p><b>The disaster.</b> On 24 April 2013, in Savar, near Dhaka, the Rana Plaza "
                                "building collapsed. It housed garment workshops sewing clothes for international "
                                "brands. More than 1,100 workers died and about 2,500 were injured. The day "
                                "before, cracks had been seen in the walls.</p>"
                                "<p><b>The union response.</b> Two global union federations, IndustriALL and "
                                "UNI, together with unions in Bangladesh, demanded that the brands make a "
                                "commitment that was more than a promise. Three weeks later, on 15 May 2013, "
                                "the <b>Accord on Fire and Building Safety in Bangladesh</b> was signed. "
                                "Rights organisations such as the Clean Clothes Campaign and the "
                                "Canada-based Maquila Solidarity Network signed it as witnesses. The ILO "
                                "agreed to act as the neutral chair of its steering committee. By February "
                                "2014, 150 companies from some twenty countries had signed it.</p>"
                            ),
                        },
                    },
                ),
                (
                    "heading",
                    {
                        "fr": "Ce que l'Accord changeait",
                        "en": "What the Accord changed",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Avant, les marques se contentaient le plus souvent de codes de conduite "
                            "volontaires et de leurs propres audits. L'Accord de 2013 était différent :</p>"
                            "<ul>"
                            "<li>il était <b>juridiquement contraignant</b>, pour une durée de cinq ans : une "
                            "marque qui ne respectait pas ses engagements pouvait être menée en arbitrage ;</li>"
                            "<li>des ingénieurs indépendants inspectaient les usines (incendie, électricité, "
                            "structure des bâtiments), et les rapports et les plans de réparation étaient "
                            "publiés ;</li>"
                            "<li>les marques devaient veiller à ce que l'argent nécessaire aux réparations soit "
                            "disponible, et cesser de faire affaire avec une usine qui refusait de se mettre "
                            "aux normes ;</li>"
                            "<li>les travailleuses et les travailleurs avaient leur mot à dire : comités de "
                            "santé et de sécurité, formation, mécanisme de plainte et droit de refuser un "
                            "travail dangereux.</li>"
                            "</ul>"
                            "<p>La liste des usines couvertes a été rendue publique : près de 1 600 usines, où "
                            "travaillaient plus de deux millions de personnes.</p>"
                        ),
                        "en": (
                            "<p>Before, brands mostly relied on voluntary codes of conduct and their own "
                            "audits. The 2013 Accord was different:</p>"
                            "<ul>"
                            "<li>it was <b>legally binding</b>, for five years: a brand that did not keep its "
                            "commitments could be taken to arbitration;</li>"
                            "<li>independent engineers inspected the factories (fire, electrical and building "
                            "structure), and the reports and repair plans were published;</li>"
                            "<li>the brands had to make sure the money for repairs was available, and to stop "
                            "doing business with a factory that refused to bring itself up to standard;</li>"
                            "<li>workers had a say: health and safety committees, training, a complaints "
                            "mechanism and the right to refuse dangerous work.</li>"
                            "</ul>"
                            "<p>The list of factories covered was made public: nearly 1,600 factories, "
                            "employing more than two million people.</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "fr": "Un accord qu'on a fait respecter",
                        "en": "An agreement that was enforced",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Un accord ne vaut que si l'on peut s'en servir. En 2016, IndustriALL et UNI "
                            "ont engagé deux procédures d'arbitrage, prévues par l'Accord, contre deux grandes "
                            "marques de mode qui, selon elles, ne respectaient pas leurs engagements. Un "
                            "arbitrage, c'est un tribunal privé que les parties ont accepté d'avance ; ici, "
                            "la Cour permanente d'arbitrage, à La Haye, gérait les deux dossiers.</p>"
                            "<p>Les deux affaires se sont terminées par des règlements : la première annoncée en "
                            "décembre 2017. Le 17 juillet 2018, le tribunal a clos les deux "
                            "procédures. Les noms des marques n'ont pas été publiés. Mais le message était "
                            "clair : des syndicats pouvaient faire respecter par des marques mondiales un "
                            "engagement signé pour protéger des travailleuses et des travailleurs d'un autre "
                            "pays.</p>"
                            "<p>L'histoire a continué. En 2021, un nouvel accord a pris le relais : l'Accord "
                            "international pour la santé et la sécurité dans l'industrie du textile et de "
                            "l'habillement.</p>"
                        ),
                        "en": (
                            "<p>An agreement is only worth something if it can be used. In 2016, IndustriALL "
                            "and UNI started two arbitration cases, as the Accord provided, against two major "
                            "fashion brands that, in their view, were not keeping their commitments. "
                            "Arbitration is a private tribunal that the parties have agreed to in advance; "
                            "here, the Permanent Court of Arbitration in The Hague administered both "
                            "cases.</p>"
                            "<p>Both cases ended in settlements: the first announced in December "
                            "2017. On 17 July 2018, the tribunal closed both proceedings. The brands' names "
                            "were not published. But the message was clear: unions could hold global brands "
                            "to a commitment signed to protect workers in another country.</p>"
                            "<p>The story went on. In 2021, a new agreement took over: the International "
                            "Accord for Health and Safety in the Textile and Garment Industry.</p>"
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
                            "<p>L'Accord du Bangladesh réunissait de nombreuses marques dans un seul pays. "
                            "Plus souvent, une fédération syndicale internationale négocie avec une seule "
                            "multinationale un <b>accord-cadre international</b>, qui couvre les activités de "
                            "l'entreprise partout dans le monde. L'entreprise s'y engage le plus souvent à "
                            "respecter les normes fondamentales de l'OIT, notamment la liberté syndicale.</p>"
                            "<p>Pour un syndicat local, c'est un levier : si la direction d'une filiale "
                            "s'attaque au syndicat, on peut alerter la fédération internationale, qui "
                            "interpelle le siège de l'entreprise. Mais, comme le montre l'histoire du "
                            "Bangladesh, un accord ne vaut que par son suivi : il faut que les syndicats le "
                            "connaissent et s'en servent.</p>"
                        ),
                        "en": (
                            "<p>The Bangladesh Accord brought many brands together in a single country. More "
                            "often, a global union federation negotiates with a single multinational an "
                            "<b>international framework agreement</b>, which covers the company's operations "
                            "all over the world. In it, the company most often commits to respect the ILO's "
                            "fundamental standards, in particular freedom of association.</p>"
                            "<p>For a local union, it is leverage: if the management of a subsidiary goes after "
                            "the union, you can alert the global federation, which takes the matter up with "
                            "the company's head office. But, as the Bangladesh story shows, an agreement is "
                            "only as good as its follow-up: unions have to know about it and use it.</p>"
                        ),
                    },
                ),
                ("glossary", "framework-agreement"),
                (
                    "key_point",
                    {
                        "fr": (
                            "<p>Les syndicats s'organisent à l'échelle du monde par secteur, avec les "
                            "fédérations syndicales internationales, et pour tous les secteurs, avec la CSI. "
                            "Après le Rana Plaza, IndustriALL et UNI ont obtenu un accord contraignant, avec "
                            "des inspections indépendantes et une voix pour les travailleuses et les "
                            "travailleurs, et l'ont fait respecter par l'arbitrage.</p>"
                        ),
                        "en": (
                            "<p>Unions organise at world level by sector, through the global union "
                            "federations, and across all sectors, through the ITUC. After Rana Plaza, "
                            "IndustriALL and UNI won a binding agreement, with independent inspections and a "
                            "voice for workers, and they enforced it through arbitration.</p>"
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
                                "(federation, union centre)?"
                            ),
                        },
                        "guidance": {
                            "fr": (
                                "Cherchez l'information sur le site de votre fédération ou de votre centrale, "
                                "ou demandez à la personne salariée de votre syndicat qui conseille votre "
                                "section (au Québec, la conseillère ou le conseiller syndical). Vérifiez aussi "
                                "si une multinationale de votre secteur a signé un accord-cadre "
                                "international : ce pourrait être un outil utile un jour."
                            ),
                            "en": (
                                "Look for the information on your federation's or union centre's website, or "
                                "ask the union staff member who advises your local (in Quebec, the union "
                                "adviser, « conseillère ou conseiller syndical »). Also check whether a "
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
                    "Cinq formes de solidarité internationale, chacune avec un exemple réel : un partenariat "
                    "avec Haïti, des stages syndicaux, une mission d'observation en Colombie, une campagne "
                    "mondiale pour les travailleuses domestiques et l'éducation en Côte d'Ivoire."
                ),
                "en": (
                    "Five forms of international solidarity, each with a real example: a partnership with "
                    "Haiti, union internships, an observation mission to Colombia, a world campaign for "
                    "domestic workers and education in Côte d'Ivoire."
                ),
            },
            "minutes": 20,
            "body": [
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>La solidarité syndicale internationale n'est pas de la charité. C'est une "
                            "relation d'égal à égal entre des travailleuses et des travailleurs qui font face "
                            "aux mêmes employeurs, aux mêmes chaînes d'approvisionnement et souvent aux mêmes "
                            "attaques contre leurs droits. Chacun apprend de l'autre.</p>"
                            "<p>Voici cinq formes que prend cette solidarité, chacune avec un exemple réel, du "
                            "Québec, d'Haïti, d'Amérique latine et d'Afrique de l'Ouest.</p>"
                        ),
                        "en": (
                            "<p>International union solidarity is not charity. It is a relationship between "
                            "equals: workers who face the same employers, the same supply chains and often the "
                            "same attacks on their rights. Each side learns from the other.</p>"
                            "<p>Here are five forms this solidarity takes, each with a real example, from "
                            "Quebec, Haiti, Latin America and West Africa.</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "fr": "1. Les partenariats Nord-Sud : le CISO et ses partenaires haïtiens",
                        "en": "1. North-South partnerships: the CISO and its Haitian partners",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Le <b>Centre international de solidarité ouvrière (CISO)</b> a été fondé à "
                            "Montréal en 1975, après une Conférence internationale de solidarité ouvrière. Ses "
                            "membres sont surtout des organisations syndicales québécoises. Sa mission : "
                            "renforcer les liens entre les travailleuses et les travailleurs du Nord et du Sud "
                            "qui luttent pour leurs droits.</p>"
                            "<p>Le 23 février 2009, à Port-au-Prince, le CISO et l'Institut culturel Karl "
                            "Lévêque (ICKL) ont signé une entente pour un projet de trois ans, « Konbit pour "
                            "une construction démocratique et solidaire d'Haïti ». En Haïti, le projet était "
                            "mené par l'ICKL, la Plateforme haïtienne de plaidoyer pour un développement "
                            "alternatif (PAPDA) et Antèn Ouvriye, une association de bénévoles qui informe "
                            "les ouvrières et les ouvriers sur leurs droits. Il prévoyait des formations sur "
                            "les lois du travail et des recherches sur le salaire minimum, la réforme du Code "
                            "du travail et les lois américaines HOPE, qui ouvraient le marché des États-Unis, "
                            "sans droits de douane, aux vêtements cousus en Haïti. Au Québec, le CISO faisait de l'information et de "
                            "l'éducation sur les mêmes enjeux.</p>"
                            "<p>Puis le séisme du 12 janvier 2010 a tout bouleversé. Avec ses partenaires, le "
                            "CISO a revu les priorités : aider les familles paysannes à repartir, réparer ce "
                            "qui avait été détruit, offrir un soutien psychologique. Un partenariat, c'est "
                            "cela : décider ensemble, et s'adapter ensemble.</p>"
                        ),
                        "en": (
                            "<p>The <b>Centre international de solidarité ouvrière (CISO)</b>, an international "
                            "workers' solidarity centre, was founded in Montreal in 1975, after an "
                            "International Workers' Solidarity Conference. Its members are mainly Quebec union "
                            "organisations. Its mission: to strengthen the ties between workers of the North "
                            "and the South who are fighting for their rights.</p>"
                            "<p>On 23 February 2009, in Port-au-Prince, the CISO and the Institut culturel Karl "
                            "Lévêque (ICKL) signed an agreement for a three-year project, “Konbit for a "
                            "democratic and united Haiti” (a konbit is a Haitian work party where neighbours "
                            "work together). In Haiti, the project was run by the ICKL, the Haitian Advocacy "
                            "Platform for Alternative Development (PAPDA) and Antèn Ouvriye, a volunteer "
                            "association that informs workers about their rights. It planned training on the "
                            "labour laws and research on the minimum wage, the reform of the Labour Code and "
                            "the US HOPE laws, which opened the United States market, duty free, to clothing "
                            "sewn in Haiti. "
                            "In Quebec, the CISO ran information and education work on the same issues.</p>"
                            "<p>Then the earthquake of 12 January 2010 turned everything upside down. With its "
                            "partners, the CISO changed its priorities: helping peasant families get back on "
                            "their feet, repairing what had been destroyed, offering psychological support. "
                            "That is what a partnership is: deciding together, and adapting together.</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "fr": "2. Les stages syndicaux à l'étranger",
                        "en": "2. Union internships abroad",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Dans un stage, des militantes et des militants séjournent quelques semaines "
                            "auprès de syndicats d'un autre pays, puis partagent ce qu'ils ont appris à leur "
                            "retour. Selon son site, le CISO a organisé depuis sa fondation une quarantaine de "
                            "stages courts dans une dizaine de pays. Un texte publié en 2022 par l'AREQ, une "
                            "association québécoise de personnes retraitées de l'éducation, rappelle des "
                            "séjours à Cuba, au Nicaragua, au Pérou, au Mexique, en Haïti, au Burkina Faso, au "
                            "Guatemala et en Colombie.</p>"
                        ),
                        "en": (
                            "<p>On an internship, activists spend a few weeks with unions in another country, "
                            "then share what they learned when they come home. According to its website, the "
                            "CISO has organised some forty short internships in about ten countries since it "
                            "was founded. A text published in 2022 by the AREQ, a Quebec association of "
                            "retired education workers, recalls stays in Cuba, Nicaragua, Peru, Mexico, Haiti, "
                            "Burkina Faso, Guatemala and Colombia.</p>"
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
                                "dans mon syndicat local. Maintenant, quand on parle de nos négociations, on "
                                "pense aussi à elles et à eux."
                            ),
                            "en": (
                                "Before my internship, international solidarity was just a resolution at "
                                "convention for me. Over there, I saw colleagues organising with almost "
                                "nothing, afraid of losing their jobs. When I got back, I ran an evening session "
                                "in my local union. Now, when we talk about our own bargaining, we think of "
                                "them too."
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
                    "heading",
                    {
                        "fr": "3. Les missions d'observation : la Colombie en 2004",
                        "en": "3. Observation missions: Colombia in 2004",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Une mission d'observation envoie une délégation constater sur place la "
                            "situation des droits syndicaux, puis en témoigner publiquement. Depuis les "
                            "années 1990, le Comité de la liberté syndicale de l'OIT examinait des plaintes "
                            "sur des assassinats de syndicalistes en Colombie (par exemple le cas n° 1787). En "
                            "juin 1998, des délégués des travailleurs à la Conférence "
                            "internationale du Travail avaient déposé contre elle une plainte à l'OIT, en "
                            "vertu de l'article 26 de sa Constitution, pour non-respect des conventions 87 et "
                            "98.</p>"
                            "<p>Dans la dernière semaine de mars 2004, la Commission internationale pour les "
                            "droits du travail, créée à l'initiative de juristes et de défenseurs des droits "
                            "syndicaux, a envoyé trois experts du droit du travail en Colombie. Ils ont enquêté "
                            "sur les atteintes à la vie et à la liberté de syndicalistes et sur l'impunité de "
                            "leurs auteurs, puis publié leurs constats. Ce genre de rapport donne aux "
                            "syndicats du pays des faits vérifiés par des personnes de l'extérieur, qu'ils "
                            "peuvent utiliser devant l'OIT ou dans une campagne.</p>"
                        ),
                        "en": (
                            "<p>An observation mission sends a delegation to see the state of union rights on "
                            "the ground, then to bear witness in public. Since the 1990s, the ILO Committee on "
                            "Freedom of Association had been examining complaints about murders of trade "
                            "unionists in Colombia (Case No. 1787, for example). In June 1998, Workers' "
                            "delegates to the International Labour Conference had filed a complaint "
                            "against it at the ILO, under article 26 of the ILO Constitution, for failing to "
                            "observe Conventions 87 and 98.</p>"
                            "<p>In the last week of March 2004, the International Commission for Labour "
                            "Rights, set up on the initiative of lawyers and trade union rights advocates, "
                            "sent three labour law experts to Colombia. They investigated attacks on the lives "
                            "and freedom of trade unionists and the impunity of those responsible, then "
                            "published their findings. A report like this gives the country's unions facts "
                            "checked by outsiders, which they can use at the ILO or in a campaign.</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "fr": "4. Les campagnes : « 12 by 12 » pour les travailleuses domestiques",
                        "en": "4. Campaigns: “12 by 12” for domestic workers",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Le 16 juin 2011, la Conférence internationale du Travail a adopté la "
                            "convention n° 189 sur les travailleuses et travailleurs domestiques : les "
                            "personnes qui font le ménage, la cuisine ou la garde des enfants chez d'autres "
                            "ont droit aux mêmes protections de base que les autres travailleurs. Mais une "
                            "convention ne change rien tant que les États ne la ratifient pas.</p>"
                            "<p>En décembre 2011, la CSI a donc lancé, avec le réseau international des "
                            "travailleuses domestiques et plusieurs fédérations syndicales internationales, la "
                            "campagne « 12 by 12 » : obtenir 12 ratifications en 2012 et renforcer les "
                            "syndicats de travailleuses domestiques. En avril 2012, la campagne était active "
                            "dans 73 pays : marches, rencontres publiques, lettres aux gouvernements. La même "
                            "année, l'Uruguay, où les travailleuses domestiques négociaient collectivement "
                            "leurs conditions depuis 2008, est devenu le premier pays à ratifier la "
                            "convention.</p>"
                        ),
                        "en": (
                            "<p>On 16 June 2011, the International Labour Conference adopted the Domestic "
                            "Workers Convention (No. 189): people who clean, cook or look after children in "
                            "other people's homes are entitled to the same basic protections as other workers. "
                            "But a convention changes nothing until States ratify it.</p>"
                            "<p>So in December 2011, the ITUC, with the international network of domestic "
                            "workers and several global union federations, launched the “12 by 12” campaign: "
                            "12 ratifications in 2012, and stronger domestic workers' unions. By April 2012, "
                            "the campaign was active in 73 countries: marches, public meetings, letters to "
                            "governments. That same year, Uruguay, where domestic workers had been bargaining "
                            "collectively over their conditions since 2008, became the first country to ratify "
                            "the convention.</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "fr": "5. L'éducation : des enseignants contre le travail des enfants en Côte d'Ivoire",
                        "en": "5. Education: teachers against child labour in Côte d'Ivoire",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Éduquer, c'est faire connaître le droit du travail et les réalités d'ailleurs. "
                            "Dans la région de Soubré, en Côte d'Ivoire, une région de culture du cacao, le "
                            "syndicat d'enseignants SYNADEEPCI participe avec l'Internationale de l'Éducation, "
                            "l'UNICEF et Save the Children au projet « Le travail : pas l'affaire des "
                            "enfants ». Selon un article de l'Internationale de l'Éducation publié en 2023, le "
                            "syndicat avait formé 303 enseignantes et enseignants depuis 2020. Ils apprennent à distinguer les petites "
                            "tâches qui font partie de l'éducation d'un enfant du travail qui l'empêche "
                            "d'aller à l'école, et à en parler avec les parents et les communautés.</p>"
                            "<p>Au Nord aussi, l'éducation compte. Selon son site, le CISO a organisé depuis "
                            "sa fondation plus d'une cinquantaine de tournées d'invitées et d'invités du Sud "
                            "et plusieurs centaines de formations, pour faire connaître aux membres des "
                            "syndicats québécois les luttes de leurs partenaires.</p>"
                        ),
                        "en": (
                            "<p>Education means making labour law and the realities of other countries known. "
                            "In the Soubré region of Côte d'Ivoire, a cocoa-growing area, the teachers' union "
                            "SYNADEEPCI takes part with Education International, UNICEF and Save the Children "
                            "in the project “Le Travail : Pas l'Affaire des Enfants” (work is not children's "
                            "business). According to an article published by Education International in 2023, "
                            "the union had trained 303 teachers since 2020. They learn to tell "
                            "the small chores that are part of bringing up a child from work that keeps a "
                            "child out of school, and to talk about it with parents and communities.</p>"
                            "<p>Education matters in the North too. According to its website, the CISO has "
                            "organised, since it was founded, more than fifty speaking tours by guests from "
                            "the South and several hundred training sessions, so that members of Quebec unions "
                            "learn about the struggles of their partners.</p>"
                        ),
                    },
                ),
                (
                    "key_point",
                    {
                        "fr": (
                            "<p>La solidarité internationale se vit dans les deux sens et dans la durée : "
                            "partenariats, stages, missions d'observation, campagnes et éducation. Les exemples "
                            "viennent autant du Sud que du Nord : des syndicats haïtiens, colombiens, "
                            "uruguayens ou ivoiriens mènent leurs luttes, et la solidarité les appuie.</p>"
                        ),
                        "en": (
                            "<p>International solidarity runs both ways and over the long term: partnerships, "
                            "internships, observation missions, campaigns and education. The examples come as "
                            "much from the South as from the North: Haitian, Colombian, Uruguayan and Ivorian "
                            "unions lead their own struggles, and solidarity supports them.</p>"
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
                            "assemblée ou pendant la pause du midi ;</li>"
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
