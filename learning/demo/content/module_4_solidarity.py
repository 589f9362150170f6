"""Module 4 of the demo course: "La solidarité syndicale internationale en pratique".

Four languages (fr, en, es, ht). Data format: see ``learning.demo.content`` (``__init__.py``).
The testimony is composite and illustrative; it is not the voice of a real person. Every other example is
a real, dated event.
"""

MODULE = {
    "title": {
        "fr": "La solidarité syndicale internationale en pratique",
        "en": "International union solidarity in practice",
        "es": "La solidaridad sindical internacional en la práctica",
        "ht": "Solidarite sendikal entènasyonal nan pratik",
    },
    "slug": {
        "fr": "solidarite-syndicale-internationale",
        "en": "international-union-solidarity",
        "es": "solidaridad-sindical-internacional",
        "ht": "solidarite-sendikal-entenasyonal",
    },
    "intro": {
        "fr": (
            "<p>Les entreprises s'organisent à l'échelle du monde ; les syndicats aussi.</p>"
            "<p>Ce module présente les organisations syndicales internationales et un accord qu'elles ont "
            "obtenu et fait respecter, des exemples réels de solidarité entre le Nord et le Sud, et des "
            "outils pour utiliser le droit international du travail dans votre propre syndicat.</p>"
        ),
        "en": (
            "<p>Companies organise on a global scale, and so do unions.</p>"
            "<p>This module presents the international union organisations and an agreement they won and "
            "enforced, real examples of solidarity between North and South, and tools for using "
            "international labour law in your own union.</p>"
        ),
        "es": (
            "<p>Las empresas se organizan a escala mundial, y los sindicatos también.</p>"
            "<p>Este módulo presenta las organizaciones sindicales internacionales y un acuerdo que lograron "
            "y supieron hacer cumplir, ejemplos reales de solidaridad entre el Norte y el Sur, y "
            "herramientas para utilizar el derecho internacional del trabajo en tu propio sindicato.</p>"
        ),
        "ht": (
            "<p>Antrepriz yo òganize yo sou nivo tout mond lan; sendika yo tou.</p>"
            "<p>Modil sa a prezante òganizasyon sendikal entènasyonal yo ak yon akò yo te rive jwenn epi fè "
            "respekte, kèk vrè egzanp solidarite ant Nò ak Sid, ak zouti pou w sèvi ak dwa entènasyonal "
            "travay nan pwòp sendika w.</p>"
        ),
    },
    "lessons": [
        {
            "title": {
                "fr": "Le mouvement syndical international",
                "en": "The international union movement",
                "es": "El movimiento sindical internacional",
                "ht": "Mouvman sendikal entènasyonal la",
            },
            "slug": {
                "fr": "mouvement-syndical-international",
                "en": "the-international-union-movement",
                "es": "el-movimiento-sindical-internacional",
                "ht": "mouvman-sendikal-entenasyonal",
            },
            "summary": {
                "fr": (
                    "Ce que sont les fédérations syndicales internationales et la CSI, comment elles ont fait "
                    "respecter l'Accord du Bangladesh, et une plainte syndicale au titre de l'accord "
                    "Canada–États-Unis–Mexique en 2021."
                ),
                "en": (
                    "What global union federations and the ITUC are, how they enforced the Bangladesh Accord, "
                    "and a union complaint under the United States–Mexico–Canada Agreement in 2021."
                ),
                "es": (
                    "Qué son las federaciones sindicales internacionales y la CSI, cómo hicieron cumplir el "
                    "Acuerdo de Bangladesh, y una queja sindical al amparo del T-MEC en 2021."
                ),
                "ht": (
                    "Kisa federasyon sendikal entènasyonal yo ak CSI a ye, kijan yo te fè respekte Akò "
                    "Bangladèch la, ak yon plent sendika te depoze dapre akò Kanada–Etazini–Meksik la an "
                    "2021."
                ),
            },
            "minutes": 20,
            "body": [
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Une multinationale peut fermer une usine dans un pays et en ouvrir une autre "
                            "ailleurs. Une marque peut changer de fournisseur en quelques semaines. Face à "
                            "cela, un syndicat local seul a peu de poids. C'est pourquoi les syndicats se "
                            "sont regroupés au-delà des frontières.</p>"
                        ),
                        "en": (
                            "<p>A multinational company can close a factory in one country and open another "
                            "somewhere else. A brand can switch suppliers in a few weeks. Against that, a "
                            "local union on its own carries little weight. That is why unions have joined "
                            "forces across borders.</p>"
                        ),
                        "es": (
                            "<p>Una multinacional puede cerrar una fábrica en un país y abrir otra en otro "
                            "lugar. Una marca puede cambiar de proveedor en pocas semanas. Frente a eso, un "
                            "sindicato local solo tiene poco peso. Por eso los sindicatos se han unido más "
                            "allá de las fronteras.</p>"
                        ),
                        "ht": (
                            "<p>Yon konpayi miltinasyonal ka fèmen yon faktori nan yon peyi epi louvri yon "
                            "lòt yon lòt kote. Yon mak ka chanje founisè nan kèk semèn. Devan sa, yon "
                            "sendika lokal pou kont li pa gen anpil fòs. Se pou sa sendika yo mete tèt "
                            "ansanm pi lwen pase fwontyè peyi yo.</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "fr": "Deux niveaux d'organisation",
                        "en": "Two levels of organisation",
                        "es": "Dos niveles de organización",
                        "ht": "De nivo òganizasyon",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Les <b>fédérations syndicales internationales</b> regroupent les syndicats "
                            "d'un même secteur dans de nombreux pays : IndustriALL pour l'industrie, y "
                            "compris le vêtement ; UNI pour les services ; l'ITF, la Fédération "
                            "internationale des ouvriers du transport, pour le transport ; l'Internationale "
                            "de l'Éducation pour le personnel enseignant.</p>"
                            "<p>La <b>Confédération syndicale internationale (CSI)</b>, fondée en 2006, "
                            "regroupe quant à elle des centrales syndicales nationales de tous les secteurs. "
                            "Une centrale syndicale est une organisation qui réunit des syndicats de "
                            "nombreux métiers dans un pays ; au Québec, par exemple, la CSN, la FTQ ou la "
                            "CSQ. Votre syndicat n'est peut-être pas membre direct d'une organisation "
                            "internationale, mais il y est souvent relié par sa fédération ou sa "
                            "centrale.</p>"
                        ),
                        "en": (
                            "<p><b>Global union federations</b> bring together the unions of one sector in "
                            "many countries: IndustriALL for industry, including garments; UNI for services; "
                            "the ITF, the International Transport Workers' Federation, for transport; "
                            "Education International for teachers.</p>"
                            "<p>The <b>International Trade Union Confederation (ITUC)</b>, founded in 2006, "
                            "brings together national union centres from all sectors. A national union "
                            "centre is an organisation that unites unions of many trades in one country; in "
                            "Quebec, for example, the CSN, the FTQ or the CSQ. Your union may not be a "
                            "direct member of an international organisation, but it is often linked to one "
                            "through its federation or its union centre.</p>"
                        ),
                        "es": (
                            "<p>Las <b>federaciones sindicales internacionales</b> agrupan a los sindicatos "
                            "de un mismo sector en muchos países: IndustriALL para la industria, incluida la "
                            "confección; UNI para los servicios; la ITF, la Federación Internacional de los "
                            "Trabajadores del Transporte, para el transporte; la Internacional de la "
                            "Educación para el personal docente.</p>"
                            "<p>La <b>Confederación Sindical Internacional (CSI)</b>, fundada en 2006, "
                            "agrupa por su parte a centrales sindicales nacionales de todos los sectores. "
                            "Una central sindical es una organización que reúne a sindicatos de muchos "
                            "oficios en un país; en Quebec, por ejemplo, la CSN, la FTQ o la CSQ. Puede que "
                            "tu sindicato no sea miembro directo de una organización internacional, pero a "
                            "menudo está vinculado a ella a través de su federación o de su central.</p>"
                        ),
                        "ht": (
                            "<p><b>Federasyon sendikal entènasyonal</b> yo mete ansanm sendika ki nan menm "
                            "sektè nan anpil peyi: IndustriALL pou endistri, sa gen ladan l rad; UNI pou "
                            "sèvis; ITF, Federasyon entènasyonal travayè transpò yo, pou transpò; "
                            "Entènasyonal Edikasyon an (an fransè « Internationale de l'Éducation »), ki "
                            "regroupe sendika pwofesè yo.</p>"
                            "<p><b>Konfederasyon Sendikal Entènasyonal la (CSI)</b>, yo te fonde l an 2006, "
                            "li menm li mete ansanm santral sendikal nasyonal ki nan tout sektè. Yon santral "
                            "sendikal se yon òganizasyon ki regroupe sendika anpil metye diferan nan yon "
                            "peyi; nan Kebèk, pa egzanp, CSN, FTQ oswa CSQ. Petèt sendika w pa manm dirèk "
                            "yon òganizasyon entènasyonal, men souvan li konekte ak li atravè federasyon li "
                            "oswa santral li.</p>"
                        ),
                    },
                ),
                ("glossary", "global-union-federation"),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Que font ces organisations, concrètement ? Le module 3 a raconté "
                            "l'effondrement du Rana Plaza et l'Accord de 2013 qui l'a suivi ; voyons ici "
                            "comment les syndicats l'ont fait respecter, puis un autre outil : une plainte "
                            "au titre d'un accord commercial.</p>"
                        ),
                        "en": (
                            "<p>What do these organisations actually do? Module 3 told the story of the Rana "
                            "Plaza collapse and the 2013 Accord that followed it; here we look at how unions "
                            "enforced that Accord, then at another tool: a complaint under a trade "
                            "agreement.</p>"
                        ),
                        "es": (
                            "<p>¿Qué hacen estas organizaciones en concreto? El módulo 3 contó el derrumbe "
                            "del Rana Plaza y el Acuerdo de 2013 que lo siguió; aquí vemos cómo los "
                            "sindicatos lo hicieron cumplir y luego otra herramienta: una queja al amparo "
                            "de un tratado comercial.</p>"
                        ),
                        "ht": (
                            "<p>Kisa òganizasyon sa yo fè an reyalite? Modil 3 la te rakonte kijan bilding "
                            "Rana Plaza a te kraze ak Akò 2013 ki te vini apre sa; isit la, n ap wè kijan "
                            "sendika yo te fè respekte Akò sa a, epi yon lòt zouti: yon plent dapre yon akò "
                            "komès.</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "fr": "Un accord qu'on a fait respecter",
                        "en": "An agreement that was enforced",
                        "es": "Un acuerdo que se hizo cumplir",
                        "ht": "Yon akò yo te fè respekte",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Un accord ne vaut que si l'on peut s'en servir. L'Accord de 2013 liait les "
                            "marques pour cinq ans : une marque qui ne respectait pas ses engagements pouvait "
                            "être menée en arbitrage. En 2016, IndustriALL et UNI "
                            "ont engagé deux procédures d'arbitrage, prévues par l'Accord, contre deux "
                            "grandes marques de mode qui, selon elles, ne respectaient pas leurs "
                            "engagements. Un arbitrage, c'est un tribunal privé que les parties ont accepté "
                            "d'avance ; ici, la Cour permanente d'arbitrage, à La Haye, gérait les deux "
                            "dossiers.</p>"
                            "<p>Les deux affaires se sont terminées par des règlements : la première "
                            "annoncée en décembre 2017. Le 17 juillet 2018, le tribunal a clos les deux "
                            "procédures. Les noms des marques n'ont pas été publiés. Mais le message était "
                            "clair : des syndicats pouvaient faire respecter par des marques mondiales un "
                            "engagement signé pour protéger des travailleuses et des travailleurs d'un autre "
                            "pays.</p>"
                            "<p>L'histoire a continué : l'Accord de transition de 2018, puis, en septembre "
                            "2021, l'Accord international pour la santé et la sécurité dans l'industrie du "
                            "textile et de l'habillement ont pris le relais (voir le module 3).</p>"
                        ),
                        "en": (
                            "<p>An agreement is only worth something if it can be used. The 2013 Accord bound "
                            "the brands for five years: a brand that did not keep its commitments could be "
                            "taken to arbitration. In 2016, IndustriALL "
                            "and UNI started two arbitration cases, as the Accord provided, against two "
                            "major fashion brands that, in their view, were not keeping their commitments. "
                            "Arbitration is a private tribunal that the parties have agreed to in advance; "
                            "here, the Permanent Court of Arbitration in The Hague administered both "
                            "cases.</p>"
                            "<p>Both cases ended in settlements: the first announced in December 2017. On 17 "
                            "July 2018, the tribunal closed both proceedings. The brands' names were not "
                            "published. But the message was clear: unions could hold global brands to a "
                            "commitment signed to protect workers in another country.</p>"
                            "<p>The story went on: the 2018 Transition Accord, then, in September 2021, the "
                            "International Accord for Health and Safety in the Textile and Garment Industry "
                            "took over (see module 3).</p>"
                        ),
                        "es": (
                            "<p>Un acuerdo solo vale si se puede usar. El Acuerdo de 2013 obligaba a las "
                            "marcas durante cinco años: una marca que no cumplía sus compromisos podía ser "
                            "llevada a arbitraje. En 2016, IndustriALL y UNI iniciaron "
                            "dos procedimientos de arbitraje, previstos en el Acuerdo, contra dos grandes "
                            "marcas de moda que, según ellas, no cumplían sus compromisos. Un arbitraje es "
                            "un tribunal privado que las partes han aceptado de antemano; aquí, la Corte "
                            "Permanente de Arbitraje, en La Haya, administraba los dos casos.</p>"
                            "<p>Los dos casos terminaron con acuerdos entre las partes; el primero se "
                            "anunció en diciembre de 2017. El 17 de julio de 2018, el tribunal cerró los dos "
                            "procedimientos. Los nombres de las marcas no se publicaron. Pero el mensaje era "
                            "claro: los sindicatos podían hacer que marcas mundiales cumplieran un "
                            "compromiso firmado para proteger a trabajadoras y trabajadores de otro país.</p>"
                            "<p>La historia continuó: tomaron el relevo el Acuerdo de Transición de 2018 y, "
                            "en septiembre de 2021, el Acuerdo Internacional para la Salud y la Seguridad en "
                            "la Industria Textil y de la Confección (ver el módulo 3).</p>"
                        ),
                        "ht": (
                            "<p>Yon akò vo kichòy sèlman si moun ka sèvi ak li. Akò 2013 la te mare mak yo "
                            "pou senk ane: yon mak ki pa t respekte angajman l te ka rive devan yon tribinal "
                            "abitraj. An 2016, IndustriALL ak UNI "
                            "te louvri de pwosè abitraj, jan Akò a te prevwa l, kont de gwo mak rad ki, "
                            "dapre yo, pa t respekte angajman yo. Yon abitraj se yon tribinal prive pati yo "
                            "te aksepte davans; isit la, se Kou pèmanan abitraj la, nan Lawe (La Haye), ki "
                            "te jere de dosye yo.</p>"
                            "<p>De ka yo te fini ak yon antant ant pati yo; yo te anonse premye a an desanm "
                            "2017. 17 jiyè 2018, tribinal la fèmen de pwosè yo. Yo pa t pibliye non mak yo. "
                            "Men mesaj la te klè: sendika yo te ka fè mak mondyal respekte yon angajman yo "
                            "te siyen pou pwoteje travayè nan yon lòt peyi.</p>"
                            "<p>Istwa a kontinye: Akò tranzisyon 2018 la, epi, an septanm 2021, Akò "
                            "entènasyonal pou sante ak sekirite nan endistri tekstil ak rad te pran relè a "
                            "(gade modil 3 la).</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "fr": "Les accords-cadres internationaux",
                        "en": "International framework agreements",
                        "es": "Los acuerdos marco internacionales",
                        "ht": "Akò-kad entènasyonal yo",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>L'Accord du Bangladesh réunissait de nombreuses marques dans un seul pays. "
                            "Plus souvent, une fédération syndicale internationale négocie avec une seule "
                            "multinationale un <b>accord-cadre international</b>, qui couvre les activités "
                            "de l'entreprise partout dans le monde. L'entreprise s'y engage le plus souvent "
                            "à respecter les normes fondamentales de l'OIT, notamment la liberté "
                            "syndicale.</p>"
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
                            "<p>For a local union, it is leverage: if the management of a subsidiary goes "
                            "after the union, you can alert the global federation, which takes the matter up "
                            "with the company's head office. But, as the Bangladesh story shows, an "
                            "agreement is only as good as its follow-up: unions have to know about it and "
                            "use it.</p>"
                        ),
                        "es": (
                            "<p>El Acuerdo de Bangladesh reunía a muchas marcas en un solo país. Más a "
                            "menudo, una federación sindical internacional negocia con una sola "
                            "multinacional un <b>acuerdo marco internacional</b>, que cubre las operaciones "
                            "de la empresa en todo el mundo. En él, la empresa suele comprometerse a "
                            "respetar las normas fundamentales de la OIT, en particular la libertad "
                            "sindical.</p>"
                            "<p>Para un sindicato local, es una palanca: si la dirección de una filial ataca "
                            "al sindicato, se puede alertar a la federación internacional, que interpela a "
                            "la sede de la empresa. Pero, como muestra la historia de Bangladesh, un acuerdo "
                            "vale lo que vale su seguimiento: los sindicatos tienen que conocerlo y "
                            "usarlo.</p>"
                        ),
                        "ht": (
                            "<p>Akò Bangladèch la te mete anpil mak ansanm nan yon sèl peyi. Pi souvan, yon "
                            "federasyon sendikal entènasyonal negosye ak yon sèl miltinasyonal yon "
                            "<b>akò-kad entènasyonal</b>, ki kouvri aktivite antrepriz la toupatou sou latè. "
                            "Ladan l, pi souvan antrepriz la angaje l pou l respekte nòm fondamantal OIT yo, "
                            "sitou libète sendikal.</p>"
                            "<p>Pou yon sendika lokal, se yon levye: si direksyon yon filyal (yon branch "
                            "antrepriz la nan yon peyi) ap atake sendika a, ou ka avèti federasyon "
                            "entènasyonal la, e li menm l ap pale ak biwo santral antrepriz la. Men, jan "
                            "istwa Bangladèch la montre l, yon akò vo sa swivi l vo: fòk sendika yo konnen l "
                            "epi sèvi ak li.</p>"
                        ),
                    },
                ),
                ("glossary", "framework-agreement"),
                (
                    "heading",
                    {
                        "fr": "Une plainte au titre d'un accord commercial",
                        "en": "A complaint under a trade agreement",
                        "es": "Una queja al amparo de un tratado comercial",
                        "ht": "Yon plent dapre yon akò komès",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Certains accords commerciaux entre États contiennent un chapitre sur le "
                            "travail. L'Accord Canada–États-Unis–Mexique (ACEUM), en vigueur depuis le 1er "
                            "juillet 2020, prévoit en plus un « mécanisme de réaction rapide » : il permet "
                            "d'examiner ce qui se passe dans une usine précise, quand des travailleuses et "
                            "des travailleurs y seraient privés de leur liberté syndicale ou de leur droit "
                            "de négocier collectivement. Des syndicats s'en sont servis dès 2021.</p>"
                        ),
                        "en": (
                            "<p>Some trade agreements between States contain a chapter on labour. The "
                            "United States–Mexico–Canada Agreement (USMCA, called CUSMA in Canada), in force "
                            "since 1 July 2020, also provides a Rapid Response Labor Mechanism: it allows a "
                            "review of what is happening in one particular factory, where workers are said "
                            "to be denied freedom of association or the right to bargain collectively. Unions "
                            "used it as early as 2021.</p>"
                        ),
                        "es": (
                            "<p>Algunos tratados comerciales entre Estados contienen un capítulo laboral. El "
                            "Tratado entre México, Estados Unidos y Canadá (T-MEC), en vigor desde el 1 de "
                            "julio de 2020, prevé además un Mecanismo Laboral de Respuesta Rápida: permite "
                            "examinar lo que ocurre en una fábrica concreta, cuando se denuncia que sus "
                            "trabajadoras y trabajadores están privados de la libertad sindical o del derecho "
                            "a negociar colectivamente. Hubo sindicatos que lo usaron desde 2021.</p>"
                        ),
                        "ht": (
                            "<p>Gen akò komès ant Eta ki gen yon chapit sou travay. Akò Kanada–Etazini–"
                            "Meksik la (ACEUM an fransè), ki an vigè depi 1ye jiyè 2020, gen anplis yon "
                            "« mekanis repons rapid » pou travay: li pèmèt yo egzamine sa k ap pase nan yon "
                            "faktori presi, lè yo di travayè yo pa jwenn libète sendikal yo oswa dwa pou yo "
                            "negosye kolektivman. Sendika te sèvi avè l depi 2021.</p>"
                        ),
                    },
                ),
                (
                    "case_study",
                    {
                        "title": {
                            "fr": "Tridonex : des syndicats de deux pays portent plainte",
                            "en": "Tridonex: unions from two countries file a complaint",
                            "es": "Tridonex: sindicatos de dos países presentan una queja",
                            "ht": "Tridonex: sendika de peyi pote plent ansanm",
                        },
                        "country": {
                            "fr": "Mexique",
                            "en": "Mexico",
                            "es": "México",
                            "ht": "Meksik",
                        },
                        "year": 2021,
                        "story": {
                            "fr": (
                                "<p><b>La plainte.</b> Le 10 mai 2021, la centrale syndicale américaine "
                                "AFL-CIO, le syndicat SEIU, le syndicat mexicain indépendant SNITIS et "
                                "l'organisation Public Citizen déposent la première plainte au titre du "
                                "mécanisme de réaction rapide. Elle vise Tridonex, une usine de pièces "
                                "automobiles de Matamoros, au Mexique. Selon eux, depuis deux ans, des "
                                "travailleuses et des travailleurs qui voulaient s'organiser avec le SNITIS, "
                                "pour remplacer un syndicat dit « de protection » qu'ils jugeaient lié à "
                                "l'employeur, étaient harcelés et congédiés.</p>"
                                "<p><b>L'examen.</b> Le 9 juin 2021, le gouvernement des États-Unis demande "
                                "au Mexique d'examiner si les travailleurs de l'usine sont privés de leur "
                                "liberté syndicale et de leur droit de négocier collectivement.</p>"
                                "<p><b>Le résultat.</b> Le 10 août 2021, il annonce une entente avec "
                                "l'entreprise : au moins 600 000 dollars américains d'indemnités et "
                                "d'arriérés de salaire pour plus de 150 travailleuses et travailleurs "
                                "congédiés, la neutralité de l'entreprise lors de futures élections "
                                "syndicales et une formation du personnel sur ses droits. Le Mexique, de son "
                                "côté, conclut que les faits datent d'avant l'entrée en vigueur de l'accord "
                                "et qu'il n'y a donc pas eu de violation au sens de l'ACEUM.</p>"
                                "<p><b>Ce qu'on en retient.</b> Une plainte de ce type ne remplace pas "
                                "l'organisation sur le terrain, mais des syndicats de deux pays, en "
                                "travaillant ensemble, ont obtenu des réparations pour des personnes "
                                "congédiées.</p>"
                            ),
                            "en": (
                                "<p><b>The complaint.</b> On 10 May 2021, the AFL-CIO union federation, the "
                                "SEIU union, the independent Mexican union SNITIS and the organisation Public "
                                "Citizen filed the first complaint under the Rapid Response Mechanism. It "
                                "concerned Tridonex, an auto parts factory in Matamoros, Mexico. They said "
                                "that for two years, workers who wanted to organise with SNITIS, to replace "
                                "a so-called protection union that they saw as tied to the employer, had "
                                "been harassed and fired.</p>"
                                "<p><b>The review.</b> On 9 June 2021, the United States government asked "
                                "Mexico to review whether the factory's workers were being denied freedom of "
                                "association and collective bargaining.</p>"
                                "<p><b>The outcome.</b> On 10 August 2021, it announced an agreement with "
                                "the company: at least 600,000 US dollars in severance and back pay for more "
                                "than 150 dismissed workers, the company's neutrality in future union "
                                "elections, and training for the staff on their rights. Mexico, for its "
                                "part, concluded that the facts predated the agreement's entry into force, "
                                "so that there had been no denial of rights within the meaning of the "
                                "USMCA.</p>"
                                "<p><b>What to take from it.</b> A complaint of this kind does not replace "
                                "organising on the ground, but unions from two countries, working together, "
                                "won redress for people who had been fired.</p>"
                            ),
                            "es": (
                                "<p><b>La queja.</b> El 10 de mayo de 2021, la central sindical "
                                "estadounidense AFL-CIO, el sindicato SEIU, el sindicato mexicano "
                                "independiente SNITIS y la organización Public Citizen presentaron la primera "
                                "queja al amparo del Mecanismo Laboral de Respuesta Rápida. Se refería a "
                                "Tridonex, una fábrica de autopartes de Matamoros, en México. Según ellos, "
                                "desde hacía dos años, trabajadoras y trabajadores que querían organizarse "
                                "con el SNITIS, para reemplazar a un sindicato llamado «de protección» que "
                                "consideraban ligado al empleador, sufrían acoso y despidos.</p>"
                                "<p><b>La revisión.</b> El 9 de junio de 2021, el gobierno de los Estados "
                                "Unidos pidió a México que examinara si a los trabajadores de la fábrica se "
                                "les negaba la libertad sindical y la negociación colectiva.</p>"
                                "<p><b>El resultado.</b> El 10 de agosto de 2021 anunció un acuerdo con la "
                                "empresa: al menos 600 000 dólares estadounidenses en indemnizaciones y "
                                "salarios atrasados para más de 150 trabajadoras y trabajadores despedidos, "
                                "la neutralidad de la empresa en futuras elecciones sindicales y formación "
                                "del personal sobre sus derechos. México, por su parte, concluyó que los "
                                "hechos eran anteriores a la entrada en vigor del tratado y que, por tanto, "
                                "no hubo una denegación de derechos en el sentido del T-MEC.</p>"
                                "<p><b>Lo que nos deja.</b> Una queja de este tipo no sustituye la "
                                "organización en el terreno, pero sindicatos de dos países, trabajando "
                                "juntos, obtuvieron reparación para personas despedidas.</p>"
                            ),
                            "ht": (
                                "<p><b>Plent lan.</b> 10 me 2021, santral sendikal ameriken AFL-CIO, "
                                "sendika SEIU, sendika endepandan meksiken SNITIS ak òganizasyon Public "
                                "Citizen depoze premye plent dapre mekanis repons rapid la. Plent lan vize "
                                "Tridonex, yon faktori pyès machin nan Matamoros, nan Meksik. Dapre yo, "
                                "depi dezan, yo t ap pèsekite epi revoke travayè ki te vle òganize yo ak "
                                "SNITIS, pou ranplase yon sendika yo rele « sendika pwoteksyon », yon sendika "
                                "yo te konsidere ki mare ak patwon an.</p>"
                                "<p><b>Egzamen an.</b> 9 jen 2021, gouvènman Etazini mande Meksik pou l "
                                "egzamine si travayè faktori a pa jwenn libète sendikal yo ak dwa pou yo "
                                "negosye kolektivman.</p>"
                                "<p><b>Rezilta a.</b> 10 out 2021, li anonse yon antant ak antrepriz la: "
                                "omwen 600 000 dola ameriken pou dedomajman ak salè an reta pou plis pase 150 "
                                "travayè yo te revoke, antrepriz la dwe rete net nan pwochen eleksyon "
                                "sendikal yo, epi fòme anplwaye yo sou dwa yo. Meksik, pou pa l, konkli fè yo "
                                "te pase anvan akò a te antre an vigè, kidonk pa t gen vyolasyon dapre "
                                "ACEUM.</p>"
                                "<p><b>Sa nou retni.</b> Yon plent konsa pa ranplase travay òganizasyon sou "
                                "teren an, men sendika de peyi ki te travay ansanm rive jwenn reparasyon pou "
                                "moun yo te revoke.</p>"
                            ),
                        },
                    },
                ),
                (
                    "key_point",
                    {
                        "fr": (
                            "<p>Les syndicats s'organisent à l'échelle du monde par secteur, avec les "
                            "fédérations syndicales internationales, et pour tous les secteurs, avec la CSI. "
                            "Après le Rana Plaza, IndustriALL et UNI ont obtenu un accord contraignant, avec "
                            "des inspections indépendantes et une voix pour les travailleuses et les "
                            "travailleurs, et l'ont fait respecter par l'arbitrage. Un accord commercial peut "
                            "aussi servir : en 2021, des syndicats des États-Unis et du Mexique ont porté "
                            "plainte au titre de l'ACEUM pour des travailleurs congédiés.</p>"
                        ),
                        "en": (
                            "<p>Unions organise at world level by sector, through the global union "
                            "federations, and across all sectors, through the ITUC. After Rana Plaza, "
                            "IndustriALL and UNI won a binding agreement, with independent inspections and a "
                            "voice for workers, and they enforced it through arbitration. A trade agreement can "
                            "be used too: in 2021, unions from the United States and Mexico filed a complaint "
                            "under the USMCA for dismissed workers.</p>"
                        ),
                        "es": (
                            "<p>Los sindicatos se organizan a escala mundial por sector, con las "
                            "federaciones sindicales internacionales, y para todos los sectores, con la CSI. "
                            "Después del Rana Plaza, IndustriALL y UNI obtuvieron un acuerdo vinculante, con "
                            "inspecciones independientes y voz para las trabajadoras y los trabajadores, y "
                            "lo hicieron cumplir mediante el arbitraje. Un tratado comercial también puede "
                            "servir: en 2021, sindicatos de Estados Unidos y de México presentaron una queja "
                            "al amparo del T-MEC por trabajadores despedidos.</p>"
                        ),
                        "ht": (
                            "<p>Sendika yo òganize yo sou nivo mondyal pa sektè, ak federasyon sendikal "
                            "entènasyonal yo, e pou tout sektè ansanm, ak CSI a. Apre Rana Plaza, "
                            "IndustriALL ak UNI te jwenn yon akò ki mare mak yo devan lalwa, ak enspeksyon "
                            "endepandan ak yon vwa pou travayè yo, epi yo fè respekte l pa mwayen "
                            "abitraj. Yon akò komès ka sèvi tou: an 2021, sendika Etazini ak Meksik te pote "
                            "plent dapre ACEUM pou travayè yo te revoke.</p>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "question": {
                            "fr": (
                                "À quelle fédération syndicale internationale votre syndicat est-il relié, "
                                "et par quel chemin (fédération, centrale) ?"
                            ),
                            "en": (
                                "Which global union federation is your union linked to, and through which "
                                "path (federation, union centre)?"
                            ),
                            "es": (
                                "¿A qué federación sindical internacional está vinculado tu sindicato, y por "
                                "qué camino (federación, central)?"
                            ),
                            "ht": (
                                "Ak ki federasyon sendikal entènasyonal sendika w konekte, e pa ki chemen "
                                "(federasyon, santral)?"
                            ),
                        },
                        "guidance": {
                            "fr": (
                                "Cherchez l'information sur le site de votre fédération ou de votre "
                                "centrale, ou demandez à la personne salariée de votre syndicat qui "
                                "conseille votre section (au Québec, la conseillère ou le conseiller "
                                "syndical). Vérifiez aussi si une multinationale de votre secteur a signé un "
                                "accord-cadre international : ce pourrait être un outil utile un jour."
                            ),
                            "en": (
                                "Look for the information on your federation's or union centre's website, or "
                                "ask the union staff member who advises your local (in Quebec, called a "
                                "conseillère or conseiller syndical). Also check whether a multinational in "
                                "your sector has signed an international framework agreement: it could be a "
                                "useful tool one day."
                            ),
                            "es": (
                                "Busca la información en el sitio web de tu federación o de tu central, o "
                                "pregunta a la persona empleada por tu sindicato que asesora a tu sección "
                                "(en Quebec, la asesora o el asesor sindical, «conseillère» o «conseiller syndical»). Comprueba también "
                                "si una multinacional de tu sector ha firmado un acuerdo marco "
                                "internacional: podría ser una herramienta útil algún día."
                            ),
                            "ht": (
                                "Chèche enfòmasyon an sou sit entènèt federasyon w oswa santral ou, oswa "
                                "mande moun sendika a anplwaye pou konseye seksyon w lan (nan Kebèk, yo rele "
                                "l « conseillère » oswa « conseiller syndical »). Verifye tou si yon "
                                "miltinasyonal nan sektè w la siyen yon akò-kad entènasyonal: sa ka yon bon "
                                "zouti yon jou."
                            ),
                        },
                    },
                ),
            ],
        },
        {
            "title": {
                "fr": "La solidarité en pratique",
                "en": "Solidarity in practice",
                "es": "La solidaridad en la práctica",
                "ht": "Solidarite nan pratik",
            },
            "slug": {
                "fr": "la-solidarite-en-pratique",
                "en": "solidarity-in-practice",
                "es": "la-solidaridad-en-la-practica",
                "ht": "solidarite-nan-pratik",
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
                "es": (
                    "Cinco formas de solidaridad internacional, cada una con un ejemplo real: una alianza "
                    "con Haití, pasantías sindicales, una misión de observación en Colombia, una campaña "
                    "mundial por las trabajadoras del hogar y la educación en Costa de Marfil."
                ),
                "ht": (
                    "Senk fason pou fè solidarite entènasyonal, chak ak yon vrè egzanp: yon patenarya ak "
                    "Ayiti, estaj sendikal, yon misyon obsèvasyon nan Kolonbi, yon kanpay mondyal pou "
                    "travayè kay moun, ak edikasyon nan Kotdivwa."
                ),
            },
            "minutes": 20,
            "body": [
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>La solidarité syndicale internationale n'est pas de la charité. C'est une "
                            "relation d'égal à égal entre des travailleuses et des travailleurs qui font "
                            "face aux mêmes employeurs, aux mêmes chaînes d'approvisionnement et souvent aux "
                            "mêmes attaques contre leurs droits. Chacun apprend de l'autre.</p>"
                            "<p>Voici cinq formes que prend cette solidarité, chacune avec un exemple réel, "
                            "du Québec, d'Haïti, d'Amérique latine et d'Afrique de l'Ouest.</p>"
                        ),
                        "en": (
                            "<p>International union solidarity is not charity. It is a relationship between "
                            "equals: workers who face the same employers, the same supply chains and often "
                            "the same attacks on their rights. Each side learns from the other.</p>"
                            "<p>Here are five forms this solidarity takes, each with a real example, from "
                            "Quebec, Haiti, Latin America and West Africa.</p>"
                        ),
                        "es": (
                            "<p>La solidaridad sindical internacional no es caridad. Es una relación de "
                            "igual a igual entre trabajadoras y trabajadores que se enfrentan a los mismos "
                            "empleadores, a las mismas cadenas de suministro y a menudo a los mismos ataques "
                            "contra sus derechos. Cada parte aprende de la otra.</p>"
                            "<p>Estas son cinco formas que toma esa solidaridad, cada una con un ejemplo "
                            "real, de Quebec, Haití, América Latina y África Occidental.</p>"
                        ),
                        "ht": (
                            "<p>Solidarite sendikal entènasyonal se pa charite. Se yon relasyon egal ak egal "
                            "ant travayè ki kanpe devan menm patwon yo, menm chèn pwovizyònman yo (tout "
                            "antrepriz ki fè yon pwodui rive jis nan magazen an), e souvan menm atak kont "
                            "dwa yo. Chak bò aprann nan men lòt la.</p>"
                            "<p>Men senk fòm solidarite sa a pran, chak ak yon vrè egzanp, ki soti Kebèk, "
                            "Ayiti, Amerik Latin ak Afrik de Lwès.</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "fr": "1. Les partenariats Nord-Sud : le CISO et ses partenaires haïtiens",
                        "en": "1. North-South partnerships: the CISO and its Haitian partners",
                        "es": "1. Las alianzas Norte-Sur: el CISO y sus socios haitianos",
                        "ht": "1. Patenarya Nò-Sid: CISO ak patnè ayisyen li yo",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Le <b>Centre international de solidarité ouvrière (CISO)</b> a été fondé à "
                            "Montréal en 1975, après une Conférence internationale de solidarité ouvrière. "
                            "Ses membres sont surtout des organisations syndicales québécoises. Sa mission : "
                            "renforcer les liens entre les travailleuses et les travailleurs du Nord et du "
                            "Sud qui luttent pour leurs droits.</p>"
                            "<p>Le 23 février 2009, à Port-au-Prince, le CISO et l'Institut culturel Karl "
                            "Lévêque (ICKL) ont signé une entente pour un projet de trois ans, « Konbit pour "
                            "une construction démocratique et solidaire d'Haïti » (en Haïti, un konbit est une "
                            "journée de travail collectif entre voisins). Sur place, le projet était "
                            "mené par l'ICKL, la Plateforme haïtienne de plaidoyer pour un développement "
                            "alternatif (PAPDA) et Antèn Ouvriye, une association de bénévoles qui informe "
                            "les ouvrières et les ouvriers sur leurs droits. Il prévoyait des formations sur "
                            "les lois du travail et des recherches sur le salaire minimum, la réforme du "
                            "Code du travail et les lois américaines HOPE, qui ouvraient le marché des "
                            "États-Unis, sans droits de douane, aux vêtements cousus en Haïti. Au Québec, le "
                            "CISO faisait de l'information et de l'éducation sur les mêmes enjeux.</p>"
                            "<p>Puis le séisme du 12 janvier 2010 a tout bouleversé. Avec ses partenaires, "
                            "le CISO a revu les priorités : aider les familles paysannes à repartir, réparer "
                            "ce qui avait été détruit, offrir un soutien psychologique. Un partenariat, "
                            "c'est cela : décider ensemble, et s'adapter ensemble.</p>"
                        ),
                        "en": (
                            "<p>The <b>Centre international de solidarité ouvrière (CISO)</b>, an "
                            "international workers' solidarity centre, was founded in Montreal in 1975, "
                            "after an International Workers' Solidarity Conference. Its members are mainly "
                            "Quebec union organisations. Its mission: to strengthen the ties between workers "
                            "of the North and the South who are fighting for their rights.</p>"
                            "<p>On 23 February 2009, in Port-au-Prince, the CISO and the Institut culturel "
                            "Karl Lévêque (ICKL) signed an agreement for a three-year project, “Konbit for a "
                            "democratic and united Haiti” (a konbit is a Haitian work party where neighbours "
                            "work together). In Haiti, the project was run by the ICKL, the Haitian Advocacy "
                            "Platform for Alternative Development (PAPDA) and Antèn Ouvriye, a volunteer "
                            "association that informs workers about their rights. It planned training on the "
                            "labour laws and research on the minimum wage, the reform of the Labour Code and "
                            "the US HOPE laws, which opened the United States market, duty free, to clothing "
                            "sewn in Haiti. In Quebec, the CISO ran information and education work on the "
                            "same issues.</p>"
                            "<p>Then the earthquake of 12 January 2010 turned everything upside down. With "
                            "its partners, the CISO changed its priorities: helping peasant families get "
                            "back on their feet, repairing what had been destroyed, offering psychological "
                            "support. That is what a partnership is: deciding together, and adapting "
                            "together.</p>"
                        ),
                        "es": (
                            "<p>El <b>Centre international de solidarité ouvrière (CISO)</b>, un centro "
                            "internacional de solidaridad obrera, se fundó en Montreal en 1975, después de "
                            "una Conferencia Internacional de Solidaridad Obrera. Sus miembros son sobre "
                            "todo organizaciones sindicales de Quebec. Su misión: reforzar los lazos entre "
                            "las trabajadoras y los trabajadores del Norte y del Sur que luchan por sus "
                            "derechos.</p>"
                            "<p>El 23 de febrero de 2009, en Puerto Príncipe, el CISO y el Institut culturel "
                            "Karl Lévêque (ICKL) firmaron un convenio para un proyecto de tres años, «Konbit "
                            "por una construcción democrática y solidaria de Haití» (un konbit es una "
                            "jornada de trabajo colectivo entre vecinos en Haití). En Haití, el proyecto lo "
                            "llevaban el ICKL, la Plataforma Haitiana de Incidencia por un Desarrollo "
                            "Alternativo (PAPDA) y Antèn Ouvriye, una asociación de voluntarios que informa "
                            "a los obreros y las obreras sobre sus derechos. Preveía formaciones sobre las "
                            "leyes laborales e investigaciones sobre el salario mínimo, la reforma del "
                            "Código del Trabajo y las leyes estadounidenses HOPE, que abrían el mercado de "
                            "Estados Unidos, sin aranceles, a la ropa cosida en Haití. En Quebec, el CISO "
                            "hacía información y educación sobre los mismos temas.</p>"
                            "<p>Luego, el terremoto del 12 de enero de 2010 lo trastocó todo. Con sus "
                            "socios, el CISO revisó las prioridades: ayudar a las familias campesinas a "
                            "recuperarse, reparar lo que había sido destruido, ofrecer apoyo psicológico. "
                            "Eso es una alianza: decidir juntos y adaptarse juntos.</p>"
                        ),
                        "ht": (
                            "<p><b>Centre international de solidarité ouvrière (CISO)</b>, yon sant "
                            "entènasyonal pou solidarite travayè, yo te fonde l Monreyal an 1975, apre yon "
                            "Konferans entènasyonal sou solidarite travayè. Manm li yo se sitou òganizasyon "
                            "sendikal nan Kebèk. Misyon li: ranfòse lyen ant travayè nan Nò ak nan Sid k ap "
                            "goumen pou dwa yo.</p>"
                            "<p>23 fevriye 2009, nan Pòtoprens, CISO ak Enstiti kiltirèl Karl Lévêque (ICKL) "
                            "te siyen yon antant pou yon pwojè twa zan: « Konbit pou yon konstriksyon "
                            "demokratik ak solidè Ayiti ». An Ayiti, se ICKL, Platfòm ayisyen pledwaye pou "
                            "yon devlopman altènatif (PAPDA) ak Antèn Ouvriye, yon asosyasyon volontè ki "
                            "enfòme ouvriye yo sou dwa yo, ki te mennen pwojè a. Li te prevwa fòmasyon sou "
                            "lwa travay yo ak rechèch sou salè minimòm, refòm Kòd Travay la, ak lwa HOPE "
                            "Etazini yo, ki te louvri mache Etazini, san taks ladwàn, pou rad yo koud an "
                            "Ayiti. Nan Kebèk, CISO te fè enfòmasyon ak edikasyon sou menm kesyon sa yo.</p>"
                            "<p>Apre sa, tranblemanntè 12 janvye 2010 la bouleverse tout bagay. Ansanm ak "
                            "patnè li yo, CISO chanje priyorite yo: ede fanmi peyizan yo kanpe ankò, repare "
                            "sa ki te kraze, bay moun sipò sikolojik. Se sa yon patenarya ye: deside ansanm, "
                            "e adapte ansanm.</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "fr": "2. Les stages syndicaux à l'étranger",
                        "en": "2. Union internships abroad",
                        "es": "2. Las pasantías sindicales en el extranjero",
                        "ht": "2. Estaj sendikal lòt bò dlo",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Dans un stage, des militantes et des militants séjournent quelques semaines "
                            "auprès de syndicats d'un autre pays, puis partagent ce qu'ils ont appris à leur "
                            "retour. Le CISO organise ainsi des stages syndicaux dans plus d'une dizaine de "
                            "pays, comme Cuba, le Niger, le Mexique, le Burkina Faso et la Colombie.</p>"
                        ),
                        "en": (
                            "<p>On an internship, activists spend a few weeks with unions in another "
                            "country, then share what they learned when they come home. The CISO organises "
                            "union internships in more than ten countries, such as Cuba, Niger, Mexico, "
                            "Burkina Faso and Colombia.</p>"
                        ),
                        "es": (
                            "<p>En una pasantía, militantes sindicales pasan unas semanas con sindicatos de "
                            "otro país y, a su regreso, comparten lo que aprendieron. El CISO organiza "
                            "pasantías sindicales en más de diez países, como Cuba, Níger, México, Burkina "
                            "Faso y Colombia.</p>"
                        ),
                        "ht": (
                            "<p>Nan yon estaj, militan sendikal pase kèk semèn ak sendika nan yon lòt peyi, "
                            "epi lè yo retounen yo pataje sa yo te aprann. CISO òganize estaj sendikal nan "
                            "plis pase dis peyi, tankou Kiba, Nijè, Meksik, Bokinafaso ak Kolonbi.</p>"
                        ),
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": {
                            "fr": (
                                "Avant mon stage, la solidarité internationale, pour moi, c'était une "
                                "résolution au congrès. Là-bas, j'ai vu des collègues s'organiser avec "
                                "presque rien, avec la peur de perdre leur emploi. En revenant, j'ai animé "
                                "une soirée dans mon syndicat local. Maintenant, quand on parle de nos "
                                "négociations, on pense aussi à elles et à eux."
                            ),
                            "en": (
                                "Before my internship, international solidarity was just a resolution at "
                                "convention for me. Over there, I saw colleagues organising with almost "
                                "nothing, afraid of losing their jobs. When I got back, I ran an evening "
                                "session in my local union. Now, when we talk about our own bargaining, we "
                                "think of them too."
                            ),
                            "es": (
                                "Antes de mi pasantía, para mí la solidaridad internacional era una "
                                "resolución del congreso. Allá vi a compañeras y compañeros organizarse casi "
                                "sin nada, con miedo a perder su empleo. Al volver, animé una velada en mi "
                                "sindicato local. Ahora, cuando hablamos de nuestras negociaciones, también "
                                "pensamos en ellas y en ellos."
                            ),
                            "ht": (
                                "Anvan estaj mwen an, pou mwen, solidarite entènasyonal se te yon rezolisyon "
                                "nan kongrè. Lòt bò a, mwen wè kòlèg k ap òganize yo ak prèske anyen, ak "
                                "laperèz pou yo pa pèdi travay yo. Lè m tounen, mwen anime yon sware nan "
                                "sendika lokal mwen. Kounye a, lè n ap pale de negosyasyon pa nou, nou panse "
                                "ak yo tou."
                            ),
                        },
                        "who": {
                            "fr": "Une militante syndicale",
                            "en": "A union activist",
                            "es": "Una militante sindical",
                            "ht": "Yon militan sendikal",
                        },
                        "role": {
                            "fr": "participante à un stage syndical à l'étranger, témoignage composite",
                            "en": "participant in a union internship abroad, composite testimony",
                            "es": (
                                "participante en una pasantía sindical en el extranjero, testimonio ficticio basado en varias experiencias reales"
                            ),
                            "ht": (
                                "patisipan nan yon estaj sendikal lòt bò dlo, temwayaj nou fè ak plizyè istwa vre"
                            ),
                        },
                    },
                ),
                (
                    "heading",
                    {
                        "fr": "3. Les missions d'observation : la Colombie en 2004",
                        "en": "3. Observation missions: Colombia in 2004",
                        "es": "3. Las misiones de observación: Colombia en 2004",
                        "ht": "3. Misyon obsèvasyon: Kolonbi an 2004",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Une mission d'observation envoie une délégation constater sur place la "
                            "situation des droits syndicaux, puis en témoigner publiquement. Depuis les "
                            "années 1990, le Comité de la liberté syndicale de l'OIT examinait des plaintes "
                            "sur des assassinats de syndicalistes en Colombie (par exemple le cas n° 1787). "
                            "En juin 1998, des délégués des travailleurs à la Conférence internationale du "
                            "Travail avaient déposé contre elle une plainte à l'OIT, en vertu de l'article "
                            "26 de sa Constitution, pour non-respect des conventions 87 et 98.</p>"
                            "<p>Dans la dernière semaine de mars 2004, la Commission internationale pour les "
                            "droits du travail, créée à l'initiative de juristes et de défenseurs des droits "
                            "syndicaux, a envoyé trois experts du droit du travail en Colombie. Ils ont "
                            "enquêté sur les atteintes à la vie et à la liberté de syndicalistes et sur "
                            "l'impunité de leurs auteurs, puis publié leurs constats. Ce genre de rapport "
                            "donne aux syndicats du pays des faits vérifiés par des personnes de "
                            "l'extérieur, qu'ils peuvent utiliser devant l'OIT ou dans une campagne.</p>"
                        ),
                        "en": (
                            "<p>An observation mission sends a delegation to see the state of union rights "
                            "on the ground, then to bear witness in public. Since the 1990s, the ILO "
                            "Committee on Freedom of Association had been examining complaints about murders "
                            "of trade unionists in Colombia (Case No. 1787, for example). In June 1998, "
                            "Workers' delegates to the International Labour Conference had filed a complaint "
                            "against it at the ILO, under article 26 of the ILO Constitution, for failing to "
                            "observe Conventions 87 and 98.</p>"
                            "<p>In the last week of March 2004, the International Commission for Labour "
                            "Rights, set up on the initiative of lawyers and trade union rights advocates, "
                            "sent three labour law experts to Colombia. They investigated attacks on the "
                            "lives and freedom of trade unionists and the impunity of those responsible, "
                            "then published their findings. A report like this gives the country's unions "
                            "facts checked by outsiders, which they can use at the ILO or in a campaign.</p>"
                        ),
                        "es": (
                            "<p>Una misión de observación envía una delegación a constatar sobre el terreno "
                            "la situación de los derechos sindicales y luego a dar testimonio públicamente. "
                            "Desde los años noventa, el Comité de Libertad Sindical de la OIT examinaba "
                            "quejas sobre asesinatos de sindicalistas en Colombia (por ejemplo, el caso núm. "
                            "1787). En junio de 1998, delegados de los trabajadores en la Conferencia "
                            "Internacional del Trabajo habían presentado contra Colombia una queja ante la "
                            "OIT, en virtud del artículo 26 de su Constitución, por incumplimiento de los "
                            "convenios núms. 87 y 98.</p>"
                            "<p>En la última semana de marzo de 2004, la Comisión Internacional por los "
                            "Derechos Laborales (International Commission for Labour Rights), creada por "
                            "iniciativa de juristas y defensores de los derechos sindicales, envió a tres "
                            "expertos en derecho del trabajo a Colombia. Investigaron los ataques contra la "
                            "vida y la libertad de sindicalistas y la impunidad de sus autores, y luego "
                            "publicaron sus conclusiones. Un informe así da a los sindicatos del país hechos "
                            "verificados por personas de fuera, que pueden usar ante la OIT o en una "
                            "campaña.</p>"
                        ),
                        "ht": (
                            "<p>Yon misyon obsèvasyon voye yon delegasyon al wè sou plas ki jan dwa sendikal "
                            "yo ye, epi apre sa pou l temwaye piblikman. Depi ane 1990 yo, Komite Libète "
                            "Sendikal OIT a t ap egzamine plent sou asasina sendikalis nan Kolonbi (pa "
                            "egzanp ka nimewo 1787). An jen 1998, delege travayè yo nan Konferans "
                            "Entènasyonal Travay la te depoze yon plent kont Kolonbi devan OIT, dapre atik "
                            "26 Konstitisyon OIT a, paske peyi a pa t respekte konvansyon 87 ak 98.</p>"
                            "<p>Nan dènye semèn mwa mas 2004, Komisyon entènasyonal pou dwa travay "
                            "(International Commission for Labour Rights) voye twa ekspè nan dwa travay nan "
                            "Kolonbi. Se jiris ak moun ki defann dwa sendikal ki te kreye komisyon sa a. "
                            "Ekspè yo fè ankèt sou "
                            "atak kont lavi ak libète sendikalis yo, ak sou enpinite moun ki fè atak sa yo "
                            "(yo pa t janm jije), epi yo pibliye sa yo te jwenn. Yon rapò konsa bay sendika "
                            "peyi a enfòmasyon moun ki pa soti nan peyi a te verifye, e sendika yo ka sèvi "
                            "ak yo devan OIT oswa nan yon kanpay.</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "fr": "4. Les campagnes : « 12 by 12 » pour les travailleuses domestiques",
                        "en": "4. Campaigns: “12 by 12” for domestic workers",
                        "es": "4. Las campañas: «12 por 12» para las trabajadoras del hogar",
                        "ht": "4. Kanpay: « 12 by 12 » pou travayè kay moun",
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
                            "travailleuses domestiques et plusieurs fédérations syndicales internationales, "
                            "la campagne « 12 by 12 » : obtenir 12 ratifications en 2012 et renforcer les "
                            "syndicats de travailleuses domestiques. En avril 2012, la campagne était active "
                            "dans 73 pays : marches, rencontres publiques, lettres aux gouvernements. La "
                            "même année, l'Uruguay, où les travailleuses domestiques négociaient "
                            "collectivement leurs conditions depuis 2008, est devenu le premier pays à "
                            "ratifier la convention.</p>"
                        ),
                        "en": (
                            "<p>On 16 June 2011, the International Labour Conference adopted the Domestic "
                            "Workers Convention (No. 189): people who clean, cook or look after children in "
                            "other people's homes are entitled to the same basic protections as other "
                            "workers. But a convention changes nothing until States ratify it.</p>"
                            "<p>So in December 2011, the ITUC, with the international network of domestic "
                            "workers and several global union federations, launched the “12 by 12” campaign: "
                            "12 ratifications in 2012, and stronger domestic workers' unions. By April 2012, "
                            "the campaign was active in 73 countries: marches, public meetings, letters to "
                            "governments. That same year, Uruguay, where domestic workers had been "
                            "bargaining collectively over their conditions since 2008, became the first "
                            "country to ratify the convention.</p>"
                        ),
                        "es": (
                            "<p>El 16 de junio de 2011, la Conferencia Internacional del Trabajo adoptó el "
                            "Convenio sobre las trabajadoras y los trabajadores domésticos, 2011 (núm. 189): "
                            "las personas que limpian, cocinan o cuidan a los niños en casas ajenas tienen "
                            "derecho a las mismas protecciones básicas que los demás trabajadores. Pero un "
                            "convenio no cambia nada mientras los Estados no lo ratifiquen.</p>"
                            "<p>Por eso, en diciembre de 2011, la CSI lanzó, con la red internacional de "
                            "trabajadoras del hogar y varias federaciones sindicales internacionales, la "
                            "campaña «12 por 12» («12 by 12»): lograr 12 ratificaciones en 2012 y fortalecer "
                            "los sindicatos de trabajadoras del hogar. En abril de 2012, la campaña estaba "
                            "activa en 73 países: marchas, actos públicos, cartas a los gobiernos. Ese mismo "
                            "año, Uruguay, donde las trabajadoras del hogar negociaban colectivamente sus "
                            "condiciones desde 2008, se convirtió en el primer país en ratificar el "
                            "convenio.</p>"
                        ),
                        "ht": (
                            "<p>16 jen 2011, Konferans Entènasyonal Travay la adopte Konvansyon 189 sou "
                            "travayè kay moun yo: moun ki fè menaj, fè manje oswa okipe timoun lakay lòt "
                            "moun gen dwa pou menm pwoteksyon debaz ak lòt travayè yo. Men yon konvansyon pa "
                            "chanje anyen toutotan Eta yo pa ratifye l.</p>"
                            "<p>Se pou sa, an desanm 2011, CSI a, ansanm ak rezo entènasyonal travayè kay moun "
                            "yo ak plizyè federasyon sendikal entènasyonal, lanse kanpay « 12 by 12 » (12 "
                            "pou 2012): jwenn 12 ratifikasyon an 2012, e ranfòse sendika travayè kay moun yo. "
                            "An avril 2012, kanpay la t ap fèt nan 73 peyi: mach, reyinyon piblik, lèt bay "
                            "gouvènman yo. Menm ane a, Irigwe, kote travayè kay moun yo t ap negosye kondisyon "
                            "travay yo ansanm depi 2008, te vin premye peyi ki ratifye konvansyon an.</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "fr": (
                            "5. L'éducation : des enseignants contre le travail des enfants en Côte d'Ivoire"
                        ),
                        "en": "5. Education: teachers against child labour in Côte d'Ivoire",
                        "es": "5. La educación: docentes contra el trabajo infantil en Costa de Marfil",
                        "ht": "5. Edikasyon: pwofesè kont travay timoun nan Kotdivwa",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Éduquer, c'est faire connaître le droit du travail et les réalités "
                            "d'ailleurs. Dans la région de Soubré, en Côte d'Ivoire, une région de culture "
                            "du cacao, le syndicat d'enseignants SYNADEEPCI participe avec l'Internationale "
                            "de l'Éducation, l'UNICEF et Save the Children au projet « Le travail : pas "
                            "l'affaire des enfants ». Selon un article de l'Internationale de l'Éducation "
                            "publié en 2023, le syndicat avait formé 303 enseignantes et enseignants depuis "
                            "2020. Ils apprennent à distinguer les petites tâches qui font partie de "
                            "l'éducation d'un enfant du travail qui l'empêche d'aller à l'école, et à en "
                            "parler avec les parents et les communautés.</p>"
                            "<p>Au Nord aussi, l'éducation compte. Selon son site, le CISO a organisé depuis "
                            "sa fondation plus d'une cinquantaine de tournées d'invitées et d'invités du Sud "
                            "et plusieurs centaines de formations, pour faire connaître aux membres des "
                            "syndicats québécois les luttes de leurs partenaires.</p>"
                        ),
                        "en": (
                            "<p>Education means making labour law and the realities of other countries "
                            "known. In the Soubré region of Côte d'Ivoire, a cocoa-growing area, the "
                            "teachers' union SYNADEEPCI takes part with Education International, UNICEF and "
                            "Save the Children in the project “Le Travail : Pas l'Affaire des Enfants” (work "
                            "is not children's business). According to an article published by Education "
                            "International in 2023, the union had trained 303 teachers since 2020. They "
                            "learn to tell the small chores that are part of bringing up a child from work "
                            "that keeps a child out of school, and to talk about it with parents and "
                            "communities.</p>"
                            "<p>Education matters in the North too. According to its website, the CISO has "
                            "organised, since it was founded, more than fifty speaking tours by guests from "
                            "the South and several hundred training sessions, so that members of Quebec "
                            "unions learn about the struggles of their partners.</p>"
                        ),
                        "es": (
                            "<p>Educar es dar a conocer el derecho del trabajo y las realidades de otros "
                            "lugares. En la región de Soubré, en Costa de Marfil, una zona de cultivo de "
                            "cacao, el sindicato docente SYNADEEPCI participa con la Internacional de la "
                            "Educación, UNICEF y Save the Children en el proyecto «Le Travail : Pas "
                            "l'Affaire des Enfants» (el trabajo no es cosa de niños). Según un artículo de "
                            "la Internacional de la Educación publicado en 2023, el sindicato había formado "
                            "a 303 docentes desde 2020. Aprenden a distinguir las pequeñas tareas que forman "
                            "parte de la crianza de un niño del trabajo que le impide ir a la escuela, y a "
                            "hablar de ello con los padres y las comunidades.</p>"
                            "<p>En el Norte, la educación también cuenta. Según su sitio web, desde su "
                            "fundación el CISO ha organizado más de cincuenta giras de invitadas e invitados "
                            "del Sur y varios cientos de formaciones, para que los miembros de los "
                            "sindicatos de Quebec conozcan las luchas de sus socios.</p>"
                        ),
                        "ht": (
                            "<p>Edike, se fè moun konnen dwa travay ak reyalite lòt kote. Nan rejyon Soubré, "
                            "nan Kotdivwa, yon zòn kote yo plante kakawo, sendika pwofesè SYNADEEPCI a ap "
                            "patisipe ansanm ak Entènasyonal Edikasyon an, UNICEF ak Save the Children nan "
                            "pwojè « Le Travail : Pas l'Affaire des Enfants » (travay se pa zafè timoun). "
                            "Dapre yon atik Entènasyonal Edikasyon an te pibliye an 2023, sendika a te fòme "
                            "303 pwofesè depi 2020. Yo aprann fè diferans ant ti travay ki fè pati jan yo "
                            "elve yon timoun, ak travay ki anpeche l al lekòl, epi pou yo pale de sa ak "
                            "paran yo ak kominote yo.</p>"
                            "<p>Nan Nò a tou, edikasyon konte. Dapre sit entènèt li, depi yo te fonde l, "
                            "CISO òganize plis pase senkant vizit kote envite ki soti nan Sid vin pale nan "
                            "sendika yo, ak plizyè santèn fòmasyon, pou manm sendika Kebèk yo konnen batay patnè yo.</p>"
                        ),
                    },
                ),
                (
                    "key_point",
                    {
                        "fr": (
                            "<p>La solidarité internationale se vit dans les deux sens et dans la durée : "
                            "partenariats, stages, missions d'observation, campagnes et éducation. Les "
                            "exemples viennent autant du Sud que du Nord : des syndicats haïtiens, "
                            "colombiens, uruguayens ou ivoiriens mènent leurs luttes, et la solidarité les "
                            "appuie.</p>"
                        ),
                        "en": (
                            "<p>International solidarity runs both ways and over the long term: "
                            "partnerships, internships, observation missions, campaigns and education. The "
                            "examples come as much from the South as from the North: Haitian, Colombian, "
                            "Uruguayan and Ivorian unions lead their own struggles, and solidarity supports "
                            "them.</p>"
                        ),
                        "es": (
                            "<p>La solidaridad internacional se vive en los dos sentidos y a largo plazo: "
                            "alianzas, pasantías, misiones de observación, campañas y educación. Los "
                            "ejemplos vienen tanto del Sur como del Norte: sindicatos haitianos, "
                            "colombianos, uruguayos o marfileños llevan sus propias luchas, y la solidaridad "
                            "los apoya.</p>"
                        ),
                        "ht": (
                            "<p>Solidarite entènasyonal mache nan de sans e sou lontan: patenarya, estaj, "
                            "misyon obsèvasyon, kanpay ak edikasyon. Egzanp yo soti ni nan Sid ni nan Nò: "
                            "sendika ayisyen, kolonbyen, irigweyen oswa kotdivwaryen mennen pwòp batay yo, e "
                            "solidarite a ba yo jarèt.</p>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "question": {
                            "fr": (
                                "Quelle forme de solidarité internationale serait la plus réaliste pour "
                                "votre syndicat au cours de la prochaine année ?"
                            ),
                            "en": (
                                "What form of international solidarity would be most realistic for your "
                                "union over the coming year?"
                            ),
                            "es": (
                                "¿Qué forma de solidaridad internacional sería la más realista para tu "
                                "sindicato durante el próximo año?"
                            ),
                            "ht": (
                                "Ki fòm solidarite entènasyonal ki ta pi posib pou sendika w nan ane k ap "
                                "vini an?"
                            ),
                        },
                        "guidance": {
                            "fr": (
                                "Partez de ce que vous avez déjà : un lien avec un syndicat d'un autre pays, "
                                "des membres originaires d'ailleurs, un employeur présent dans plusieurs "
                                "pays. Choisissez une action simple, comme une soirée d'information, une "
                                "lettre d'appui ou la participation à une campagne, et demandez-vous qui "
                                "pourrait vous accompagner."
                            ),
                            "en": (
                                "Start from what you already have: a link with a union in another country, "
                                "members who come from elsewhere, an employer present in several countries. "
                                "Choose a simple action, such as an information evening, a letter of support "
                                "or joining a campaign, and ask yourselves who could help you."
                            ),
                            "es": (
                                "Parte de lo que ya tienes: un vínculo con un sindicato de otro país, "
                                "miembros que vienen de otros lugares, un empleador presente en varios "
                                "países. Elige una acción sencilla, como una velada informativa, una carta "
                                "de apoyo o la participación en una campaña, y pregúntate quién podría "
                                "acompañarte."
                            ),
                            "ht": (
                                "Kòmanse ak sa nou genyen deja: yon lyen ak yon sendika nan yon lòt peyi, "
                                "manm ki soti lòt kote, yon patwon ki travay nan plizyè peyi. Chwazi yon "
                                "aksyon ki senp, tankou yon sware enfòmasyon, yon lèt sipò oswa patisipe nan "
                                "yon kanpay, epi mande tèt nou kiyès ki ta ka akonpaye nou."
                            ),
                        },
                    },
                ),
            ],
        },
        {
            "title": {
                "fr": "Utiliser le droit international du travail dans votre syndicat",
                "en": "Using international labour law in your union",
                "es": "Utilizar el derecho internacional del trabajo en tu sindicato",
                "ht": "Sèvi ak dwa entènasyonal travay nan sendika w",
            },
            "slug": {
                "fr": "utiliser-le-droit-international-du-travail",
                "en": "using-international-labour-law",
                "es": "utilizar-el-derecho-internacional-del-trabajo",
                "ht": "sevi-ak-dwa-entenasyonal-travay",
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
                "es": (
                    "Encontrar los textos y las ratificaciones en NORMLEX, apoyar una queja ante el Comité "
                    "de Libertad Sindical y llevar a cabo acciones de educación y de solidaridad en tu "
                    "entorno."
                ),
                "ht": (
                    "Jwenn tèks yo ak ratifikasyon yo nan NORMLEX, sipòte yon plent devan Komite Libète "
                    "Sendikal la, epi fè aksyon edikasyon ak solidarite lakay ou."
                ),
            },
            "minutes": 20,
            "body": [
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Le droit international du travail n'est pas réservé aux juristes de Genève. "
                            "Un syndicat local peut s'en servir pour s'informer, pour appuyer une plainte et "
                            "pour mobiliser ses membres. Voici trois façons de le faire.</p>"
                        ),
                        "en": (
                            "<p>International labour law is not just for lawyers in Geneva. A local union "
                            "can use it to get informed, to support a complaint and to mobilise its members. "
                            "Here are three ways to do it.</p>"
                        ),
                        "es": (
                            "<p>El derecho internacional del trabajo no es solo cosa de juristas de Ginebra. "
                            "Un sindicato local puede usarlo para informarse, para apoyar una queja y para "
                            "movilizar a sus miembros. Aquí tienes tres maneras de hacerlo.</p>"
                        ),
                        "ht": (
                            "<p>Dwa entènasyonal travay se pa sèlman pou avoka nan Jenèv. Yon sendika lokal "
                            "ka sèvi ak li pou l enfòme l, pou l sipòte yon plent, e pou l mobilize manm li "
                            "yo. Men twa fason pou fè sa.</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "fr": "1. Trouver les textes et les ratifications",
                        "en": "1. Finding the texts and ratifications",
                        "es": "1. Encontrar los textos y las ratificaciones",
                        "ht": "1. Jwenn tèks yo ak ratifikasyon yo",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            '<p><a href="https://normlex.ilo.org/">NORMLEX</a> est la base de données '
                            "officielle de l'OIT sur les normes internationales du travail. Elle est "
                            "gratuite et vous y trouverez :</p>"
                            "<ul>"
                            "<li>le texte complet des conventions, des protocoles et des recommandations "
                            ";</li>"
                            "<li>la liste des conventions ratifiées par chaque pays ;</li>"
                            "<li>les commentaires des organes de contrôle de l'OIT sur la façon dont un pays "
                            "applique ce qu'il a ratifié.</li>"
                            "</ul>"
                            "<p>Avant d'invoquer une convention, vérifiez toujours dans NORMLEX si votre "
                            "pays l'a ratifiée. Et rappelez-vous : même sans ratification, chaque État "
                            "membre doit respecter les principes et droits fondamentaux au travail, du seul "
                            "fait qu'il est membre de l'OIT.</p>"
                        ),
                        "en": (
                            '<p><a href="https://normlex.ilo.org/">NORMLEX</a> is the ILO\'s official '
                            "database on international labour standards. It is free, and in it you will "
                            "find:</p>"
                            "<ul>"
                            "<li>the full text of conventions, protocols and recommendations;</li>"
                            "<li>the list of conventions each country has ratified;</li>"
                            "<li>the comments of the ILO supervisory bodies on how a country applies what it "
                            "has ratified.</li>"
                            "</ul>"
                            "<p>Before you invoke a convention, always check in NORMLEX whether your country "
                            "has ratified it. And remember: even without ratification, every member State "
                            "must respect the fundamental principles and rights at work, simply because it "
                            "is a member of the ILO.</p>"
                        ),
                        "es": (
                            '<p><a href="https://normlex.ilo.org/">NORMLEX</a> es la base de datos oficial '
                            "de la OIT sobre las normas internacionales del trabajo. Es gratuita y en ella "
                            "encontrarás:</p>"
                            "<ul>"
                            "<li>el texto completo de los convenios, los protocolos y las "
                            "recomendaciones;</li>"
                            "<li>la lista de los convenios ratificados por cada país;</li>"
                            "<li>los comentarios de los órganos de control de la OIT sobre la manera en que "
                            "un país aplica lo que ha ratificado.</li>"
                            "</ul>"
                            "<p>Antes de invocar un convenio, comprueba siempre en NORMLEX si tu país lo ha "
                            "ratificado. Y recuerda: incluso sin ratificación, todo Estado Miembro debe "
                            "respetar los principios y derechos fundamentales en el trabajo, por el solo "
                            "hecho de ser miembro de la OIT.</p>"
                        ),
                        "ht": (
                            '<p><a href="https://normlex.ilo.org/">NORMLEX</a> se baz done ofisyèl OIT a sou '
                            "nòm entènasyonal travay yo. Li gratis, e w ap jwenn ladan l:</p>"
                            "<ul>"
                            "<li>tout tèks konvansyon yo, pwotokòl yo ak rekòmandasyon yo;</li>"
                            "<li>lis konvansyon chak peyi ratifye;</li>"
                            "<li>kòmantè òganis kontwòl OIT yo sou fason yon peyi aplike sa li ratifye.</li>"
                            "</ul>"
                            "<p>Anvan w envoke yon konvansyon, toujou verifye nan NORMLEX si peyi w ratifye "
                            "l. E sonje: menm san ratifikasyon, chak Eta manm dwe respekte prensip ak dwa "
                            "fondamantal nan travay yo, annik paske li manm OIT.</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "fr": "2. Appuyer une plainte au Comité de la liberté syndicale",
                        "en": "2. Supporting a complaint to the Committee on Freedom of Association",
                        "es": "2. Apoyar una queja ante el Comité de Libertad Sindical",
                        "ht": "2. Sipòte yon plent devan Komite Libète Sendikal la",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Le <b>Comité de la liberté syndicale</b> de l'OIT a été créé en 1951. Il "
                            "examine des plaintes contre des États qui ne respectent pas la liberté "
                            "syndicale, même s'ils n'ont pas ratifié les conventions 87 et 98.</p>"
                            "<p>Une plainte doit venir d'une organisation de travailleurs ou d'employeurs. "
                            "Selon les règles du Comité, peuvent la déposer : une organisation nationale "
                            "directement intéressée par la question ; une organisation internationale de "
                            "travailleurs qui a le statut consultatif auprès de l'OIT, comme la CSI ; ou une "
                            "autre organisation internationale de travailleurs, comme une fédération "
                            "syndicale internationale, quand les faits touchent directement ses "
                            "organisations affiliées. Votre syndicat peut être l'une d'elles, ou s'appuyer "
                            "sur sa fédération, sa centrale ou une organisation internationale. Votre rôle "
                            "est essentiel : "
                            "réunir les faits. Notez les dates, les noms des personnes touchées, gardez les "
                            "lettres de licenciement, les témoignages, les articles de presse.</p>"
                            "<p>La plainte vise l'État, pas l'employeur directement : on reproche au "
                            "gouvernement de ne pas avoir protégé la liberté syndicale. La procédure prend "
                            "du temps, mais les conclusions du Comité sont publiques et peuvent peser dans "
                            "une négociation ou une campagne.</p>"
                        ),
                        "en": (
                            "<p>The ILO's <b>Committee on Freedom of Association</b> was set up in 1951. It "
                            "examines complaints against States that fail to respect freedom of association, "
                            "even if they have not ratified Conventions 87 and 98.</p>"
                            "<p>A complaint must come from a workers' or employers' organisation. Under the "
                            "Committee's rules, it may be filed by a national organisation directly "
                            "interested in the matter; by an international workers' organisation with "
                            "consultative status with the ILO, such as the ITUC; or by another international "
                            "workers' organisation, such as a global union federation, when the facts "
                            "directly affect its affiliated organisations. Your union may be one of these, "
                            "or it may rely on its federation, its union centre or an international "
                            "organisation. Your role is essential: gathering the "
                            "facts. Write down dates and the names of the people affected, and keep "
                            "dismissal letters, testimonies and press articles.</p>"
                            "<p>The complaint targets the State, not the employer directly: the government "
                            "is accused of failing to protect freedom of association. The procedure takes "
                            "time, but the Committee's conclusions are public and can carry weight in "
                            "bargaining or in a campaign.</p>"
                        ),
                        "es": (
                            "<p>El <b>Comité de Libertad Sindical</b> de la OIT se creó en 1951. Examina "
                            "quejas contra Estados que no respetan la libertad sindical, aunque no hayan "
                            "ratificado los convenios núms. 87 y 98.</p>"
                            "<p>Una queja debe venir de una organización de trabajadores o de empleadores. "
                            "Según las reglas del Comité, pueden presentarla: una organización nacional "
                            "directamente interesada en el asunto; una organización internacional de "
                            "trabajadores que tenga estatus consultivo ante la OIT, como la CSI; u otra "
                            "organización internacional de trabajadores, como una federación sindical "
                            "internacional, cuando los hechos afectan directamente a sus organizaciones "
                            "afiliadas. Tu sindicato puede ser una de ellas, o apoyarse en su federación, su "
                            "central o una organización internacional. Tu papel es esencial: reunir "
                            "los hechos. Anota las fechas y los nombres de las personas afectadas, y guarda "
                            "las cartas de despido, los testimonios y los artículos de prensa.</p>"
                            "<p>La queja se dirige contra el Estado, no directamente contra el empleador: se "
                            "reprocha al gobierno no haber protegido la libertad sindical. El procedimiento "
                            "lleva tiempo, pero las conclusiones del Comité son públicas y pueden pesar en "
                            "una negociación o en una campaña.</p>"
                        ),
                        "ht": (
                            "<p><b>Komite Libète Sendikal</b> OIT a, yo te kreye l an 1951. Li egzamine "
                            "plent kont Eta ki pa respekte libète sendikal, menm si yo pa ratifye konvansyon "
                            "87 ak 98.</p>"
                            "<p>Yon plent dwe soti nan yon òganizasyon travayè oswa yon òganizasyon patwon. "
                            "Dapre règ Komite a, men kiyès ki ka depoze l: yon òganizasyon nasyonal ke "
                            "kesyon an konsène dirèkteman; yon òganizasyon entènasyonal travayè ki gen "
                            "estati konsiltatif nan OIT, tankou CSI a; oswa yon lòt òganizasyon "
                            "entènasyonal travayè, tankou yon federasyon sendikal entènasyonal, lè fè yo "
                            "touche dirèkteman òganizasyon ki afilye ak li yo. Sendika w ka youn ladan yo, "
                            "oswa li ka apiye sou federasyon li, santral li oswa yon òganizasyon "
                            "entènasyonal. Wòl ou enpòtan anpil: ranmase fè "
                            "yo. Note dat yo ak non moun ki viktim yo, epi kenbe lèt revokasyon yo, temwayaj "
                            "yo ak atik jounal yo.</p>"
                            "<p>Plent lan vize Eta a, pa patwon an dirèkteman: yo repwoche gouvènman an "
                            "paske li pa t pwoteje libète sendikal. Pwosedi a pran tan, men konklizyon "
                            "Komite a piblik, e yo ka peze nan yon negosyasyon oswa nan yon kanpay.</p>"
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
                            "<li>adopter une résolution d'appui à un syndicat dont les droits sont attaqués, "
                            "et l'envoyer aux autorités concernées ;</li>"
                            "<li>inviter une ou un partenaire syndical d'un autre pays à venir témoigner "
                            ";</li>"
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
                            "<li>adopt a resolution supporting a union whose rights are under attack, and "
                            "send it to the authorities concerned;</li>"
                            "<li>invite a union partner from another country to come and speak;</li>"
                            "<li>connect your actions with those of organisations such as the CISO, so that "
                            "you don't act alone.</li>"
                            "</ul>"
                        ),
                        "es": (
                            "<p><b>3. Educar y actuar localmente.</b> El derecho internacional cobra vida "
                            "cuando los miembros lo conocen. Algunas ideas:</p>"
                            "<ul>"
                            "<li>organizar una breve sesión informativa sobre las normas fundamentales, en "
                            "asamblea o en la pausa del mediodía;</li>"
                            "<li>adoptar una resolución de apoyo a un sindicato cuyos derechos son atacados, "
                            "y enviarla a las autoridades correspondientes;</li>"
                            "<li>invitar a una compañera o un compañero sindical de otro país a dar su "
                            "testimonio;</li>"
                            "<li>vincular tus acciones con las de organizaciones como el CISO, para no "
                            "actuar en solitario.</li>"
                            "</ul>"
                        ),
                        "ht": (
                            "<p><b>3. Edike epi aji sou plas.</b> Dwa entènasyonal la vin vivan lè manm yo "
                            "konnen l. Kèk lide:</p>"
                            "<ul>"
                            "<li>òganize yon ti seyans enfòmasyon sou nòm fondamantal yo, nan yon asanble "
                            "oswa nan poz midi;</li>"
                            "<li>adopte yon rezolisyon pou sipòte yon sendika k ap viktim atak kont dwa li, "
                            "epi voye l bay otorite ki konsène yo;</li>"
                            "<li>envite yon patnè sendikal ki soti nan yon lòt peyi pou l vin temwaye;</li>"
                            "<li>mete aksyon nou yo ansanm ak aksyon òganizasyon tankou CISO, pou nou pa aji "
                            "pou kont nou.</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "key_point",
                    {
                        "fr": (
                            "<p>Trois réflexes : vérifier dans NORMLEX ce que votre pays a ratifié ; "
                            "documenter les faits et préparer, avec une organisation qui peut la déposer, "
                            "une plainte au Comité de la liberté syndicale ; faire "
                            "connaître ces droits à vos membres et agir avec d'autres.</p>"
                        ),
                        "en": (
                            "<p>Three habits: check in NORMLEX what your country has ratified; document the "
                            "facts and prepare, with an organisation entitled to file it, a complaint to "
                            "the Committee on Freedom of Association; make these rights known "
                            "to your members and act together with others.</p>"
                        ),
                        "es": (
                            "<p>Tres reflejos: comprobar en NORMLEX lo que tu país ha ratificado; documentar "
                            "los hechos y preparar, con una organización que pueda presentarla, una queja "
                            "ante el Comité de Libertad Sindical; dar a conocer estos derechos a "
                            "tus miembros y actuar junto con otros.</p>"
                        ),
                        "ht": (
                            "<p>Twa reflèks: verifye nan NORMLEX sa peyi w ratifye; ranmase prèv fè yo epi "
                            "prepare, ak yon òganizasyon ki gen dwa depoze l, yon plent devan Komite "
                            "Libète Sendikal la; fè manm ou yo konnen dwa sa yo, epi aji ansanm ak lòt "
                            "moun.</p>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "question": {
                            "fr": (
                                "Un syndicat partenaire dans un autre pays vous apprend que ses dirigeantes "
                                "et dirigeants ont été licenciés pour leurs activités syndicales. Que "
                                "pourriez-vous faire concrètement ?"
                            ),
                            "en": (
                                "A partner union in another country tells you that its leaders have been "
                                "fired for their union activities. What could you actually do?"
                            ),
                            "es": (
                                "Un sindicato aliado de otro país te cuenta que sus dirigentes han sido "
                                "despedidos por sus actividades sindicales. ¿Qué podrías hacer concretamente?"
                            ),
                            "ht": (
                                "Yon sendika patnè nan yon lòt peyi fè w konnen yo revoke dirijan li yo "
                                "poutèt aktivite sendikal yo. Kisa w ta ka fè konkrètman?"
                            ),
                        },
                        "guidance": {
                            "fr": (
                                "Pensez aux étapes : vérifier dans NORMLEX les ratifications du pays, "
                                "informer votre fédération ou votre centrale, aider le syndicat partenaire à "
                                "documenter les faits, puis informer vos membres et organiser un geste "
                                "d'appui. Demandez-vous qui décide quoi, et dans quel délai."
                            ),
                            "en": (
                                "Think through the steps: check the country's ratifications in NORMLEX, "
                                "inform your federation or union centre, help the partner union document the "
                                "facts, then inform your members and organise a show of support. Ask "
                                "yourselves who decides what, and how quickly."
                            ),
                            "es": (
                                "Piensa en las etapas: comprobar en NORMLEX las ratificaciones del país, "
                                "informar a tu federación o a tu central, ayudar al sindicato aliado a "
                                "documentar los hechos, y luego informar a tus miembros y organizar un gesto "
                                "de apoyo. Pregúntate quién decide qué, y en qué plazo."
                            ),
                            "ht": (
                                "Reflechi sou etap yo: verifye nan NORMLEX ki konvansyon peyi a ratifye, "
                                "enfòme federasyon w oswa santral ou, ede sendika patnè a ranmase prèv fè "
                                "yo, epi enfòme manm ou yo e òganize yon jès sipò. Mande tèt ou kiyès ki "
                                "deside kisa, e nan konbyen tan."
                            ),
                        },
                    },
                ),
            ],
        },
    ],
}
