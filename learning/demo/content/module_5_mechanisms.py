"""Module 5 of the demo course: "Utiliser les mécanismes".

Four languages (fr, en, es, ht). Data format: see ``learning.demo.content`` (``__init__.py``).
The testimony is composite and illustrative; it is not the voice of a real person. Every other example is
a real, dated fact; the state of the European directive is given as of February 2026.
"""

MODULE = {
    "title": {
        "fr": "Utiliser les mécanismes",
        "en": "Using the mechanisms",
        "es": "Utilizar los mecanismos",
        "ht": "Sèvi ak mekanis yo",
    },
    "slug": {
        "fr": "utiliser-les-mecanismes",
        "en": "using-the-mechanisms",
        "es": "utilizar-los-mecanismos",
        "ht": "sevi-ak-mekanis-yo",
    },
    "intro": {
        "fr": (
            "<p>Connaître ses droits ne suffit pas : il faut savoir où frapper quand ils ne sont pas "
            "respectés.</p>"
            "<p>Ce module explique, pas à pas, comment porter plainte au Comité de la liberté syndicale et "
            "commenter les rapports de votre gouvernement, comment utiliser les outils sur les entreprises "
            "et les droits humains, et comment s'appuyer sur les conventions qui touchent le quotidien de "
            "nombreux membres : violence et harcèlement, travail domestique, économie informelle.</p>"
        ),
        "en": (
            "<p>Knowing your rights is not enough: you need to know where to knock when they are not "
            "respected.</p>"
            "<p>This module explains, step by step, how to file a complaint with the Committee on Freedom of "
            "Association and comment on your government's reports, how to use the tools on business and "
            "human rights, and how to rely on the conventions that touch the daily lives of many members: "
            "violence and harassment, domestic work, the informal economy.</p>"
        ),
        "es": (
            "<p>Conocer tus derechos no basta: hay que saber a qué puerta llamar cuando no se "
            "respetan.</p>"
            "<p>Este módulo explica, paso a paso, cómo presentar una queja ante el Comité de Libertad "
            "Sindical y comentar las memorias de tu gobierno, cómo usar las herramientas sobre empresas y "
            "derechos humanos, y cómo apoyarse en los convenios que tocan la vida diaria de muchos "
            "miembros: violencia y acoso, trabajo doméstico, economía informal.</p>"
        ),
        "ht": (
            "<p>Konnen dwa w pa ase: fòk ou konnen ki pòt pou w frape lè yo pa respekte yo.</p>"
            "<p>Modil sa a esplike, etap pa etap, kijan pou w depoze yon plent devan Komite Libète "
            "Sendikal la epi fè kòmantè sou rapò gouvènman w, kijan pou w sèvi ak zouti sou antrepriz ak "
            "dwa moun, ak kijan pou w apiye sou konvansyon ki touche lavi chak jou anpil manm: vyolans ak "
            "arasman, travay kay moun, ekonomi enfòmèl.</p>"
        ),
    },
    "lessons": [
        {
            "title": {
                "fr": "Porter plainte au Comité de la liberté syndicale, pas à pas",
                "en": "Filing a complaint with the Committee on Freedom of Association, step by step",
                "es": "Presentar una queja ante el Comité de Libertad Sindical, paso a paso",
                "ht": "Depoze yon plent devan Komite Libète Sendikal la, etap pa etap",
            },
            "slug": {
                "fr": "plainte-comite-liberte-syndicale",
                "en": "complaint-committee-freedom-of-association",
                "es": "queja-comite-libertad-sindical",
                "ht": "plent-komite-libete-sendikal",
            },
            "summary": {
                "fr": (
                    "Qui peut porter plainte, ce que contient la lettre, la procédure d'urgence, le suivi "
                    "du cas, et un autre outil : les observations sur les rapports du gouvernement."
                ),
                "en": (
                    "Who may file, what the letter contains, the urgent procedure, following the case, and "
                    "another tool: observations on the government's reports."
                ),
                "es": (
                    "Quién puede presentar una queja, qué contiene la carta, el procedimiento de urgencia, "
                    "el seguimiento del caso y otra herramienta: las observaciones sobre las memorias del "
                    "gobierno."
                ),
                "ht": (
                    "Kiyès ki ka depoze plent, sa lèt la dwe genyen, pwosedi ijans lan, kijan pou w swiv "
                    "ka a, ak yon lòt zouti: obsèvasyon sou rapò gouvènman an."
                ),
            },
            "minutes": 10,
            "body": [
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Le Comité de la liberté syndicale de l'OIT, créé en 1951, examine les "
                            "plaintes pour atteinte à la liberté syndicale, que le pays visé ait ratifié "
                            "ou non les conventions sur ce sujet, et sans que le gouvernement ait à donner "
                            "son accord. C'est l'outil le plus direct dont disposent les syndicats à "
                            "l'OIT. Encore faut-il l'utiliser correctement.</p>"
                        ),
                        "en": (
                            "<p>The ILO's Committee on Freedom of Association, set up in 1951, examines "
                            "complaints of violations of freedom of association, whether or not the "
                            "country concerned has ratified the conventions on the subject, and without "
                            "the government having to consent. It is the most direct tool unions have at "
                            "the ILO. It still has to be used properly.</p>"
                        ),
                        "es": (
                            "<p>El Comité de Libertad Sindical de la OIT, creado en 1951, examina las "
                            "quejas por violaciones de la libertad sindical, haya ratificado o no el país "
                            "en cuestión los convenios sobre el tema, y sin que el gobierno tenga que dar "
                            "su consentimiento. Es la herramienta más directa de que disponen los "
                            "sindicatos en la OIT. Pero hay que usarla bien.</p>"
                        ),
                        "ht": (
                            "<p>Komite Libète Sendikal OIT a, yo te kreye l an 1951, egzamine plent sou "
                            "vyolasyon libète sendikal, kit peyi a ratifye konvansyon sou sijè sa a, kit "
                            "li pa ratifye yo, e san gouvènman an pa bezwen dakò. Se zouti ki pi dirèk "
                            "sendika yo genyen nan OIT. Men fòk yo konn sèvi avè l byen.</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "fr": "Qui peut porter plainte ?",
                        "en": "Who may file a complaint?",
                        "es": "¿Quién puede presentar una queja?",
                        "ht": "Kiyès ki ka depoze yon plent?",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Une personne seule ne peut pas porter plainte. La plainte doit venir d'une "
                            "organisation de travailleurs (ou d'employeurs), et l'une de ces trois :</p>"
                            "<ul>"
                            "<li>une organisation nationale directement intéressée par les faits ;</li>"
                            "<li>une organisation internationale qui a le statut consultatif auprès de "
                            "l'OIT, comme la Confédération syndicale internationale (CSI) ;</li>"
                            "<li>une autre organisation internationale de travailleurs, lorsque l'une de "
                            "ses organisations affiliées est directement concernée.</li>"
                            "</ul>"
                            "<p>Un syndicat local peut donc agir par sa centrale nationale, ou par sa "
                            "fédération syndicale internationale si celle-ci compte parmi ses affiliés une "
                            "organisation touchée. Le Comité n'exige pas que les recours devant les "
                            "tribunaux du pays soient épuisés : il tient compte de leur existence, mais "
                            "une plainte peut être déposée pendant qu'une affaire est en cours.</p>"
                        ),
                        "en": (
                            "<p>An individual cannot file a complaint. It must come from a workers' (or "
                            "employers') organisation, and from one of these three:</p>"
                            "<ul>"
                            "<li>a national organisation directly interested in the matter;</li>"
                            "<li>an international organisation with consultative status at the ILO, such "
                            "as the International Trade Union Confederation (ITUC);</li>"
                            "<li>another international workers' organisation, when one of its affiliated "
                            "organisations is directly concerned.</li>"
                            "</ul>"
                            "<p>A local union can therefore act through its national union centre, or "
                            "through its global union federation if one of that federation's affiliates is "
                            "affected. The Committee does not require national remedies to be exhausted: "
                            "it takes their existence into account, but a complaint can be filed while a "
                            "case is still before the courts.</p>"
                        ),
                        "es": (
                            "<p>Una persona sola no puede presentar una queja. Debe venir de una "
                            "organización de trabajadores (o de empleadores), y de una de estas tres:</p>"
                            "<ul>"
                            "<li>una organización nacional directamente interesada en los hechos;</li>"
                            "<li>una organización internacional con estatus consultivo ante la OIT, como "
                            "la Confederación Sindical Internacional (CSI);</li>"
                            "<li>otra organización internacional de trabajadores, cuando una de sus "
                            "organizaciones afiliadas está directamente afectada.</li>"
                            "</ul>"
                            "<p>Un sindicato local puede, por tanto, actuar a través de su central nacional, "
                            "o de su federación sindical internacional si entre sus afiliadas hay una "
                            "organización afectada. El Comité no exige que se hayan agotado los recursos "
                            "ante los tribunales del país: tiene en cuenta su existencia, pero se puede "
                            "presentar una queja mientras un proceso sigue en curso.</p>"
                        ),
                        "ht": (
                            "<p>Yon moun pou kont li pa ka depoze plent. Plent lan dwe soti nan yon "
                            "òganizasyon travayè (oswa patwon), e nan youn nan twa sa yo:</p>"
                            "<ul>"
                            "<li>yon òganizasyon nasyonal ki dirèkteman konsène nan zafè a;</li>"
                            "<li>yon òganizasyon entènasyonal ki gen estati konsiltatif nan OIT, tankou "
                            "Konfederasyon Sendikal Entènasyonal la (CSI);</li>"
                            "<li>yon lòt òganizasyon entènasyonal travayè, lè youn nan òganizasyon ki "
                            "afilye avè l dirèkteman touche.</li>"
                            "</ul>"
                            "<p>Kidonk yon sendika lokal ka aji atravè santral nasyonal li, oswa atravè "
                            "federasyon sendikal entènasyonal li si youn nan manm federasyon an touche. "
                            "Komite a pa egzije pou yo fin eseye tout chemen devan tribinal peyi a: li "
                            "konsidere si chemen sa yo egziste, men yon sendika ka depoze plent pandan yon "
                            "ka toujou ap koute devan tribinal.</p>"
                        ),
                    },
                ),
                ("standard", "C087"),
                (
                    "heading",
                    {
                        "fr": "Ce que contient la lettre",
                        "en": "What the letter contains",
                        "es": "Qué contiene la carta",
                        "ht": "Sa lèt la dwe genyen",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>La plainte est une lettre écrite, adressée au Directeur général du Bureau "
                            "international du Travail, à Genève. Elle est datée et signée, donne l'adresse "
                            "de l'organisation plaignante et dit clairement qu'il s'agit d'une plainte au "
                            "Comité de la liberté syndicale contre un gouvernement. Elle contient :</p>"
                            "<ul>"
                            "<li>les faits, précis : qui, quoi, quand, où ;</li>"
                            "<li>les preuves : lettres de licenciement, décisions, témoignages écrits, "
                            "articles de presse ;</li>"
                            "<li>les droits en cause : par exemple la protection contre la discrimination "
                            "antisyndicale ou le droit de négocier collectivement ;</li>"
                            "<li>ce que l'organisation demande, et si elle demande un traitement "
                            "urgent.</li>"
                            "</ul>"
                        ),
                        "en": (
                            "<p>The complaint is a written letter addressed to the Director-General of the "
                            "International Labour Office in Geneva. It is dated and signed, gives the "
                            "complainant organisation's address and says clearly that it is a complaint to "
                            "the Committee on Freedom of Association against a government. It contains:</p>"
                            "<ul>"
                            "<li>the facts, precisely: who, what, when, where;</li>"
                            "<li>the evidence: dismissal letters, decisions, written statements, press "
                            "articles;</li>"
                            "<li>the rights at stake: for example protection against anti-union "
                            "discrimination or the right to bargain collectively;</li>"
                            "<li>what the organisation asks for, and whether it asks for urgent "
                            "treatment.</li>"
                            "</ul>"
                        ),
                        "es": (
                            "<p>La queja es una carta escrita, dirigida al Director General de la Oficina "
                            "Internacional del Trabajo, en Ginebra. Lleva fecha y firma, da la dirección de "
                            "la organización querellante y dice claramente que se trata de una queja ante "
                            "el Comité de Libertad Sindical contra un gobierno. Contiene:</p>"
                            "<ul>"
                            "<li>los hechos, precisos: quién, qué, cuándo, dónde;</li>"
                            "<li>las pruebas: cartas de despido, resoluciones, testimonios escritos, "
                            "artículos de prensa;</li>"
                            "<li>los derechos en juego: por ejemplo la protección contra la discriminación "
                            "antisindical o el derecho a negociar colectivamente;</li>"
                            "<li>lo que pide la organización, y si solicita un trámite urgente.</li>"
                            "</ul>"
                        ),
                        "ht": (
                            "<p>Plent lan se yon lèt ekri, yo voye bay Direktè jeneral Biwo entènasyonal "
                            "travay la, nan Jenèv. Li gen dat ak siyati, li bay adrès òganizasyon k ap "
                            "pote plent lan, e li di klè se yon plent devan Komite Libète Sendikal la kont "
                            "yon gouvènman. Men sa l dwe genyen:</p>"
                            "<ul>"
                            "<li>fè yo, byen presi: kiyès, kisa, kilè, ki kote;</li>"
                            "<li>prèv yo: lèt revokasyon, desizyon, temwayaj ekri, atik jounal;</li>"
                            "<li>ki dwa ki touche: pa egzanp pwoteksyon kont diskriminasyon poutèt "
                            "sendika, oswa dwa pou negosye yon kontra kolektif;</li>"
                            "<li>sa òganizasyon an mande, e si li mande pou yo trete ka a an ijans.</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "fr": "La procédure d'urgence",
                        "en": "The urgent procedure",
                        "es": "El procedimiento de urgencia",
                        "ht": "Pwosedi ijans lan",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Le traitement d'un cas peut prendre neuf mois ou plus. L'organisation "
                            "plaignante peut demander qu'il soit traité en priorité, en le justifiant dans "
                            "la plainte. Sont traités comme urgents les cas qui mettent en jeu la vie ou la "
                            "liberté de personnes, ceux où des conditions nouvelles ou changeantes "
                            "touchent la liberté d'action de tout un mouvement syndical, ceux qui découlent "
                            "d'un état d'urgence qui se prolonge, et ceux où une organisation est "
                            "dissoute.</p>"
                        ),
                        "en": (
                            "<p>Handling a case can take nine months or more. The complainant organisation "
                            "can ask for it to be treated as a priority, giving its reasons in the "
                            "complaint. Cases are treated as urgent when they involve human life or "
                            "personal freedom, when new or changing conditions affect the freedom of action "
                            "of a whole trade union movement, when they arise out of a continuing state of "
                            "emergency, and when an organisation is dissolved.</p>"
                        ),
                        "es": (
                            "<p>La tramitación de un caso puede llevar nueve meses o más. La organización "
                            "querellante puede pedir que se trate con prioridad, justificándolo en la "
                            "queja. Se tratan como urgentes los casos en que están en juego la vida o la "
                            "libertad de las personas, aquellos en que condiciones nuevas o cambiantes "
                            "afectan la libertad de acción de todo un movimiento sindical, los que derivan "
                            "de un estado de emergencia prolongado y aquellos en que se disuelve una "
                            "organización.</p>"
                        ),
                        "ht": (
                            "<p>Yon ka ka pran nèf mwa oswa plis. Òganizasyon k ap pote plent lan ka mande "
                            "pou yo trete l an priyorite, men li dwe bay rezon li nan plent lan. Yo trete "
                            "ka sa yo an ijans: lè lavi oswa libète moun an danje, lè kondisyon nouvo "
                            "oswa k ap chanje touche libète tout yon mouvman sendikal pou l aji, lè ka a "
                            "soti nan yon eta dijans ki dire, ak lè yo kraze (fè disparèt) yon "
                            "òganizasyon.</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "fr": "Suivre le cas",
                        "en": "Following the case",
                        "es": "Seguir el caso",
                        "ht": "Swiv ka a",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Le Bureau transmet la plainte au gouvernement, qui est invité à répondre. "
                            "Le Comité, qui se réunit trois fois par an à Genève, examine les deux "
                            "versions, puis présente ses conclusions et recommandations au Conseil "
                            "d'administration de l'OIT. Le gouvernement est ensuite prié d'indiquer ce "
                            "qu'il a fait pour les appliquer. Si le pays a ratifié les conventions "
                            "concernées, les aspects législatifs du cas peuvent être renvoyés à la "
                            "Commission d'experts.</p>"
                            "<p>Pendant tout ce temps, l'organisation plaignante peut envoyer des "
                            "informations nouvelles. Les rapports du Comité sont publics : on les retrouve "
                            "dans NORMLEX, et un syndicat peut s'en servir dans ses négociations, auprès des "
                            "médias et auprès de ses allié·es à l'étranger.</p>"
                        ),
                        "en": (
                            "<p>The Office sends the complaint to the government, which is invited to "
                            "reply. The Committee, which meets three times a year in Geneva, examines both "
                            "sides, then presents its conclusions and recommendations to the ILO Governing "
                            "Body. The government is then asked to say what it has done to apply them. If "
                            "the country has ratified the conventions concerned, the legislative aspects of "
                            "the case can be referred to the Committee of Experts.</p>"
                            "<p>Throughout, the complainant organisation can send new information. The "
                            "Committee's reports are public: they can be found in NORMLEX, and a union can "
                            "use them in its bargaining, with the media and with its allies abroad.</p>"
                        ),
                        "es": (
                            "<p>La Oficina transmite la queja al gobierno, al que se invita a responder. El "
                            "Comité, que se reúne tres veces al año en Ginebra, examina las dos versiones y "
                            "luego presenta sus conclusiones y recomendaciones al Consejo de Administración "
                            "de la OIT. Después se pide al gobierno que indique lo que ha hecho para "
                            "aplicarlas. Si el país ha ratificado los convenios en cuestión, los aspectos "
                            "legislativos del caso pueden remitirse a la Comisión de Expertos.</p>"
                            "<p>Durante todo ese tiempo, la organización querellante puede enviar "
                            "información nueva. Los informes del Comité son públicos: se encuentran en "
                            "NORMLEX, y un sindicato puede usarlos en sus negociaciones, ante los medios y "
                            "ante sus aliados en el extranjero.</p>"
                        ),
                        "ht": (
                            "<p>Biwo a voye plent lan bay gouvènman an, epi li envite l reponn. Komite a, "
                            "ki reyini twa fwa pa ane nan Jenèv, egzamine de vèsyon yo, epi li prezante "
                            "konklizyon ak rekòmandasyon li bay Konsèy administrasyon OIT a. Apre sa, yo "
                            "mande gouvènman an pou l di sa l fè pou l aplike yo. Si peyi a ratifye "
                            "konvansyon ki konsène yo, yo ka voye pati ki gen pou wè ak lwa yo bay Komisyon "
                            "ekspè yo.</p>"
                            "<p>Pandan tout tan sa a, òganizasyon k ap pote plent lan ka voye nouvo "
                            "enfòmasyon. Rapò Komite a piblik: ou jwenn yo nan NORMLEX, e yon sendika ka "
                            "sèvi ak yo nan negosyasyon li, devan medya yo ak devan alye li lòt bò "
                            "dlo.</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "fr": "Un autre outil : commenter les rapports du gouvernement (article 23)",
                        "en": "Another tool: commenting on the government's reports (article 23)",
                        "es": "Otra herramienta: comentar las memorias del gobierno (artículo 23)",
                        "ht": "Yon lòt zouti: fè kòmantè sou rapò gouvènman an (atik 23)",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Un pays qui a ratifié une convention doit faire régulièrement rapport à "
                            "l'OIT sur son application (article 22 de la Constitution de l'OIT). "
                            "L'article 23 l'oblige à envoyer une copie de ces rapports aux organisations "
                            "représentatives d'employeurs et de travailleurs. Votre syndicat peut alors "
                            "envoyer ses propres observations.</p>"
                            "<p>Ces observations peuvent être envoyées directement au Bureau international "
                            "du Travail, sans passer par le gouvernement, et n'importe quelle organisation "
                            "de travailleurs peut en envoyer. Le Bureau les transmet au gouvernement pour "
                            "qu'il y réponde, et la Commission d'experts les examine avec son rapport. "
                            "Cette voie ne vaut que pour les conventions que le pays a ratifiées.</p>"
                        ),
                        "en": (
                            "<p>A country that has ratified a convention must report regularly to the ILO "
                            "on how it applies it (article 22 of the ILO Constitution). Article 23 requires "
                            "it to send a copy of these reports to the representative organisations of "
                            "employers and workers. Your union can then send its own observations.</p>"
                            "<p>These observations can be sent directly to the International Labour Office, "
                            "without going through the government, and any workers' organisation may send "
                            "them. The Office forwards them to the government for its reply, and the "
                            "Committee of Experts examines them together with its report. This route only "
                            "applies to conventions the country has ratified.</p>"
                        ),
                        "es": (
                            "<p>Un país que ha ratificado un convenio debe enviar regularmente memorias a "
                            "la OIT sobre su aplicación (artículo 22 de la Constitución de la OIT). El "
                            "artículo 23 le obliga a enviar copia de esas memorias a las organizaciones "
                            "representativas de empleadores y de trabajadores. Tu sindicato puede entonces "
                            "enviar sus propias observaciones.</p>"
                            "<p>Esas observaciones pueden enviarse directamente a la Oficina Internacional "
                            "del Trabajo, sin pasar por el gobierno, y cualquier organización de "
                            "trabajadores puede enviarlas. La Oficina las transmite al gobierno para que "
                            "responda, y la Comisión de Expertos las examina junto con su memoria. Esta vía "
                            "solo vale para los convenios que el país ha ratificado.</p>"
                        ),
                        "ht": (
                            "<p>Yon peyi ki ratifye yon konvansyon dwe voye rapò bay OIT regilyèman sou "
                            "jan l aplike l (atik 22 Konstitisyon OIT a). Atik 23 oblije l voye yon kopi "
                            "rapò sa yo bay òganizasyon ki reprezante patwon ak travayè yo. Lè sa a, "
                            "sendika w ka voye pwòp obsèvasyon pa l.</p>"
                            "<p>Sendika a ka voye obsèvasyon sa yo dirèkteman bay Biwo entènasyonal travay "
                            "la, san l pa pase pa gouvènman an, e nenpòt òganizasyon travayè ka voye yo. "
                            "Biwo a voye yo bay gouvènman an pou l reponn, epi Komisyon ekspè yo egzamine "
                            "yo ansanm ak rapò gouvènman an. Chemen sa a mache sèlman pou konvansyon peyi "
                            "a ratifye.</p>"
                        ),
                    },
                ),
                (
                    "key_point",
                    {
                        "fr": (
                            "<p>Une plainte solide repose sur des faits datés et des preuves. Passez par une "
                            "organisation qui a qualité pour agir (votre centrale nationale, la CSI ou votre "
                            "fédération internationale), demandez l'urgence quand des vies ou des libertés "
                            "sont en jeu, et suivez le cas jusqu'au bout.</p>"
                        ),
                        "en": (
                            "<p>A strong complaint rests on dated facts and evidence. Go through an "
                            "organisation entitled to act (your national union centre, the ITUC or your "
                            "global union federation), ask for urgency when lives or freedoms are at stake, "
                            "and follow the case to the end.</p>"
                        ),
                        "es": (
                            "<p>Una queja sólida se apoya en hechos fechados y en pruebas. Pasa por una "
                            "organización facultada para actuar (tu central nacional, la CSI o tu federación "
                            "internacional), pide la urgencia cuando hay vidas o libertades en juego, y "
                            "sigue el caso hasta el final.</p>"
                        ),
                        "ht": (
                            "<p>Yon plent ki solid chita sou fè ki gen dat ak sou prèv. Pase pa yon "
                            "òganizasyon ki gen dwa aji (santral nasyonal ou, CSI a oswa federasyon "
                            "entènasyonal ou), mande ijans lè lavi oswa libète moun an danje, epi swiv ka a "
                            "jouk nan bout.</p>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "question": {
                            "fr": (
                                "La police a arrêté trois dirigeantes d'un syndicat de votre pays après une "
                                "grève. Qui, dans votre réseau, pourrait déposer la plainte, et quelles "
                                "preuves rassembleriez-vous dès cette semaine ?"
                            ),
                            "en": (
                                "The police have arrested three leaders of a union in your country after a "
                                "strike. Who in your network could file the complaint, and what evidence "
                                "would you gather this very week?"
                            ),
                            "es": (
                                "La policía ha detenido a tres dirigentes de un sindicato de tu país tras "
                                "una huelga. ¿Quién, en tu red, podría presentar la queja, y qué pruebas "
                                "reunirías esta misma semana?"
                            ),
                            "ht": (
                                "Lapolis arete twa dirijan yon sendika nan peyi w apre yon grèv. Kiyès nan "
                                "rezo w la ki ta ka depoze plent lan, e ki prèv ou ta ranmase depi semèn "
                                "sa a?"
                            ),
                        },
                        "guidance": {
                            "fr": (
                                "Nommez l'organisation qui a qualité pour agir, puis les preuves : dates, "
                                "noms, documents de police ou de justice, témoignages. Une arrestation met "
                                "en jeu la liberté des personnes : c'est un motif d'urgence, à justifier "
                                "dans la lettre."
                            ),
                            "en": (
                                "Name the organisation entitled to act, then the evidence: dates, names, "
                                "police or court documents, statements. An arrest involves personal "
                                "freedom: it is a ground for urgency, to be justified in the letter."
                            ),
                            "es": (
                                "Nombra la organización facultada para actuar y luego las pruebas: fechas, "
                                "nombres, documentos policiales o judiciales, testimonios. Una detención "
                                "pone en juego la libertad de las personas: es un motivo de urgencia, que "
                                "hay que justificar en la carta."
                            ),
                            "ht": (
                                "Nonmen òganizasyon ki gen dwa aji a, epi prèv yo: dat, non, dokiman "
                                "lapolis oswa tribinal, temwayaj. Yon arestasyon mete libète moun an danje: "
                                "se yon rezon pou mande ijans, e fòk ou esplike l nan lèt la."
                            ),
                        },
                    },
                ),
            ],
        },
        {
            "title": {
                "fr": "Entreprises et droits humains : les outils",
                "en": "Business and human rights: the tools",
                "es": "Empresas y derechos humanos: las herramientas",
                "ht": "Antrepriz ak dwa moun: zouti yo",
            },
            "slug": {
                "fr": "entreprises-et-droits-humains",
                "en": "business-and-human-rights",
                "es": "empresas-y-derechos-humanos",
                "ht": "antrepriz-ak-dwa-moun",
            },
            "summary": {
                "fr": (
                    "Les Principes directeurs des Nations Unies, les Principes directeurs de l'OCDE et "
                    "leurs points de contact nationaux, et les lois sur le devoir de vigilance : France, "
                    "Canada, Union européenne."
                ),
                "en": (
                    "The UN Guiding Principles, the OECD Guidelines and their National Contact Points, and "
                    "the due-diligence laws: France, Canada, the European Union."
                ),
                "es": (
                    "Los Principios Rectores de las Naciones Unidas, las Líneas Directrices de la OCDE y sus "
                    "puntos nacionales de contacto, y las leyes de debida diligencia: Francia, Canadá, Unión "
                    "Europea."
                ),
                "ht": (
                    "Prensip direktè Nasyonzini yo, Prensip direktè OCDE yo ak pwen kontak nasyonal yo, ak "
                    "lwa sou devwa vijilans: Lafrans, Kanada, Inyon ewopeyen."
                ),
            },
            "minutes": 10,
            "body": [
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>La plainte à l'OIT vise un gouvernement. Mais souvent, celui qui décide, "
                            "c'est une entreprise, parfois à l'autre bout de la chaîne "
                            "d'approvisionnement. D'autres outils visent directement les entreprises. "
                            "Aucun n'est parfait ; bien choisis, ils se renforcent.</p>"
                        ),
                        "en": (
                            "<p>A complaint to the ILO targets a government. But often the one who decides "
                            "is a company, sometimes at the other end of the supply chain. Other tools "
                            "target companies directly. None is perfect; well chosen, they reinforce each "
                            "other.</p>"
                        ),
                        "es": (
                            "<p>La queja ante la OIT apunta a un gobierno. Pero a menudo quien decide es una "
                            "empresa, a veces en el otro extremo de la cadena de suministro. Otras "
                            "herramientas apuntan directamente a las empresas. Ninguna es perfecta; bien "
                            "elegidas, se refuerzan entre sí.</p>"
                        ),
                        "ht": (
                            "<p>Plent devan OIT vize yon gouvènman. Men souvan, se yon antrepriz ki pran "
                            "desizyon an, pafwa nan lòt bout chèn pwovizyònman an. Gen lòt zouti ki vize "
                            "antrepriz yo dirèkteman. Okenn pa pafè; si w chwazi yo byen, yo ranfòse youn "
                            "lòt.</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "fr": "Les Principes directeurs des Nations Unies (2011)",
                        "en": "The UN Guiding Principles (2011)",
                        "es": "Los Principios Rectores de las Naciones Unidas (2011)",
                        "ht": "Prensip direktè Nasyonzini yo (2011)",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Le 16 juin 2011, le Conseil des droits de l'homme des Nations Unies a "
                            "approuvé, par sa résolution 17/4, les Principes directeurs relatifs aux "
                            "entreprises et aux droits de l'homme. Ils reposent sur trois piliers :</p>"
                            "<ul>"
                            "<li>l'État a l'obligation de protéger les droits humains, y compris contre les "
                            "atteintes commises par des entreprises ;</li>"
                            "<li>les entreprises ont la responsabilité de respecter les droits humains, "
                            "ce qui passe par une démarche de diligence raisonnable ;</li>"
                            "<li>les victimes doivent avoir accès à des voies de recours efficaces, "
                            "judiciaires ou non.</li>"
                            "</ul>"
                            "<p>Ce n'est pas un traité : aucune sanction n'y est attachée. Mais c'est la "
                            "référence commune sur laquelle s'appuient les lois et les outils qui "
                            "suivent.</p>"
                        ),
                        "en": (
                            "<p>On 16 June 2011, the United Nations Human Rights Council endorsed, by its "
                            "resolution 17/4, the Guiding Principles on Business and Human Rights. They "
                            "rest on three pillars:</p>"
                            "<ul>"
                            "<li>the State has a duty to protect human rights, including against abuses by "
                            "companies;</li>"
                            "<li>companies have a responsibility to respect human rights, which requires a "
                            "due-diligence process;</li>"
                            "<li>victims must have access to effective remedies, judicial or not.</li>"
                            "</ul>"
                            "<p>It is not a treaty: no sanction is attached to it. But it is the common "
                            "reference on which the laws and tools that follow are built.</p>"
                        ),
                        "es": (
                            "<p>El 16 de junio de 2011, el Consejo de Derechos Humanos de las Naciones "
                            "Unidas hizo suyos, mediante su resolución 17/4, los Principios Rectores sobre "
                            "las empresas y los derechos humanos. Se apoyan en tres pilares:</p>"
                            "<ul>"
                            "<li>el Estado tiene la obligación de proteger los derechos humanos, también "
                            "frente a los abusos cometidos por empresas;</li>"
                            "<li>las empresas tienen la responsabilidad de respetar los derechos humanos, "
                            "lo que exige un proceso de debida diligencia;</li>"
                            "<li>las víctimas deben tener acceso a mecanismos de reparación eficaces, "
                            "judiciales o no.</li>"
                            "</ul>"
                            "<p>No es un tratado: no lleva sanciones. Pero es la referencia común sobre la "
                            "que se construyen las leyes y herramientas que siguen.</p>"
                        ),
                        "ht": (
                            "<p>16 jen 2011, Konsèy dwa moun Nasyonzini an, nan rezolisyon 17/4 li, te "
                            "apwouve Prensip direktè sou antrepriz ak dwa moun yo. Yo chita sou twa "
                            "poto:</p>"
                            "<ul>"
                            "<li>Leta gen obligasyon pou l pwoteje dwa moun, menm kont abi antrepriz "
                            "fè;</li>"
                            "<li>antrepriz yo gen responsablite pou yo respekte dwa moun, sa ki mande yon "
                            "demach devwa vijilans;</li>"
                            "<li>viktim yo dwe ka jwenn reparasyon ki mache, devan tribinal oswa lòt "
                            "kote.</li>"
                            "</ul>"
                            "<p>Se pa yon trete: pa gen sanksyon ladan l. Men se referans tout moun "
                            "pataje, lwa ak zouti ki vin apre yo chita sou li.</p>"
                        ),
                    },
                ),
                ("glossary", "due-diligence"),
                (
                    "heading",
                    {
                        "fr": "Les Principes directeurs de l'OCDE et les points de contact nationaux",
                        "en": "The OECD Guidelines and the National Contact Points",
                        "es": "Las Líneas Directrices de la OCDE y los puntos nacionales de contacto",
                        "ht": "Prensip direktè OCDE yo ak pwen kontak nasyonal yo",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Les Principes directeurs de l'OCDE à l'intention des entreprises "
                            "multinationales datent de 1976 ; leur dernière mise à jour a été publiée le "
                            "8 juin 2023. Ce sont des recommandations des gouvernements aux entreprises, "
                            "notamment sur l'emploi et les relations professionnelles.</p>"
                            "<p>Chaque pays qui y adhère doit créer un <b>point de contact national</b>. "
                            "Le Canada, le Mexique et la Colombie en ont un. Une organisation, par exemple "
                            "un syndicat, peut lui soumettre une « circonstance spécifique » : une demande "
                            "d'examen d'une situation où une multinationale ne respecterait pas les "
                            "Principes directeurs. Le point de contact offre un espace de dialogue et de "
                            "médiation entre les parties. Il n'est pas un tribunal et n'impose pas "
                            "d'amende ; son intérêt est d'obliger l'entreprise à s'asseoir à la table et de "
                            "laisser une trace publique.</p>"
                        ),
                        "en": (
                            "<p>The OECD Guidelines for Multinational Enterprises date from 1976; their "
                            "latest update was released on 8 June 2023. They are recommendations from "
                            "governments to companies, including on employment and industrial "
                            "relations.</p>"
                            "<p>Every adhering country must set up a <b>National Contact Point</b>. Canada, "
                            "Mexico and Colombia each have one. An organisation, for example a union, can "
                            'submit a "specific instance" to it: a request to examine a situation where a '
                            "multinational allegedly does not observe the Guidelines. The Contact Point "
                            "offers a space for dialogue and mediation between the parties. It is not a "
                            "court and imposes no fines; its value is to bring the company to the table and "
                            "to leave a public record.</p>"
                        ),
                        "es": (
                            "<p>Las Líneas Directrices de la OCDE para Empresas Multinacionales datan de "
                            "1976; su última actualización se publicó el 8 de junio de 2023. Son "
                            "recomendaciones de los gobiernos a las empresas, entre otras cosas sobre el "
                            "empleo y las relaciones laborales.</p>"
                            "<p>Cada país adherente debe crear un <b>punto nacional de contacto</b>. Canadá, "
                            "México y Colombia tienen uno. Una organización, por ejemplo un sindicato, puede "
                            "presentarle una «instancia específica»: una solicitud de examen de una "
                            "situación en la que una multinacional no respetaría las Líneas Directrices. El "
                            "punto de contacto ofrece un espacio de diálogo y mediación entre las partes. No "
                            "es un tribunal y no impone multas; su interés es sentar a la empresa a la mesa "
                            "y dejar constancia pública.</p>"
                        ),
                        "ht": (
                            "<p>Prensip direktè OCDE pou antrepriz miltinasyonal yo soti depi 1976; dènye "
                            "mizajou yo te parèt 8 jen 2023. Se rekòmandasyon gouvènman yo fè antrepriz "
                            "yo, sitou sou travay ak relasyon ant patwon ak travayè.</p>"
                            "<p>Chak peyi ki adere dwe kreye yon <b>pwen kontak nasyonal</b>. Kanada, "
                            "Meksik ak Kolonbi genyen youn. Yon òganizasyon, pa egzanp yon sendika, ka "
                            "soumèt li yon « ka espesifik »: yon demann pou egzamine yon sitiyasyon kote "
                            "yon miltinasyonal pa ta respekte Prensip direktè yo. Pwen kontak la ofri yon "
                            "espas pou dyalòg ak medyasyon ant pati yo. Se pa yon tribinal, li pa bay "
                            "amann; sa l bay, se fòse antrepriz la chita sou tab la, epi kite yon tras "
                            "piblik.</p>"
                        ),
                    },
                ),
                ("glossary", "national-contact-point"),
                (
                    "heading",
                    {
                        "fr": "Des lois sur le devoir de vigilance",
                        "en": "Due-diligence laws",
                        "es": "Leyes de debida diligencia",
                        "ht": "Lwa sou devwa vijilans",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p><b>France, 2017.</b> La loi du 27 mars 2017 relative au devoir de vigilance "
                            "oblige les sociétés qui emploient, avec leurs filiales, au moins 5 000 "
                            "salariés en France ou 10 000 dans le monde à établir, publier et mettre en "
                            "œuvre un plan de vigilance. Ce plan couvre leurs filiales, et leurs "
                            "sous-traitants et fournisseurs avec qui elles ont une relation commerciale "
                            "établie. Il comprend une cartographie des risques et un mécanisme d'alerte "
                            "établi en concertation avec les organisations syndicales.</p>"
                            "<p><b>Canada, 2024.</b> La Loi sur la lutte contre le travail forcé et le "
                            "travail des enfants dans les chaînes d'approvisionnement (projet de loi S-211) "
                            "est en vigueur depuis le 1er janvier 2024. Les entités visées doivent remettre "
                            "chaque année, au plus tard le 31 mai, un rapport public sur les mesures prises "
                            "pour prévenir le travail forcé et le travail des enfants. C'est une "
                            "obligation de rendre compte, pas une obligation de vigilance comme en "
                            "France.</p>"
                        ),
                        "en": (
                            "<p><b>France, 2017.</b> The duty of vigilance law of 27 March 2017 requires "
                            "companies that employ, with their subsidiaries, at least 5,000 people in France "
                            "or 10,000 worldwide to draw up, publish and implement a vigilance plan. The "
                            "plan covers their subsidiaries, and the subcontractors and suppliers with "
                            "which they have an established business relationship. It includes a risk map "
                            "and an alert mechanism set up in consultation with the trade unions.</p>"
                            "<p><b>Canada, 2024.</b> The Fighting Against Forced Labour and Child Labour in "
                            "Supply Chains Act (Bill S-211) has been in force since 1 January 2024. The "
                            "entities it covers must file a public report every year, by 31 May, on the "
                            "steps taken to prevent forced labour and child labour. It is a duty to report, "
                            "not a duty of vigilance as in France.</p>"
                        ),
                        "es": (
                            "<p><b>Francia, 2017.</b> La ley del 27 de marzo de 2017 sobre el deber de "
                            "vigilancia obliga a las sociedades que emplean, con sus filiales, al menos "
                            "5000 personas en Francia o 10 000 en el mundo a elaborar, publicar y aplicar "
                            "un plan de vigilancia. El plan abarca a sus filiales, y a los subcontratistas "
                            "y proveedores con los que mantienen una relación comercial establecida. "
                            "Incluye un mapa de riesgos y un mecanismo de alerta establecido en consulta "
                            "con las organizaciones sindicales.</p>"
                            "<p><b>Canadá, 2024.</b> La Ley de lucha contra el trabajo forzoso y el trabajo "
                            "infantil en las cadenas de suministro (proyecto de ley S-211) está en vigor "
                            "desde el 1 de enero de 2024. Las entidades cubiertas deben presentar cada año, "
                            "a más tardar el 31 de mayo, un informe público sobre las medidas tomadas para "
                            "prevenir el trabajo forzoso y el trabajo infantil. Es una obligación de "
                            "informar, no una obligación de vigilancia como en Francia.</p>"
                        ),
                        "ht": (
                            "<p><b>Lafrans, 2017.</b> Lwa 27 mas 2017 sou devwa vijilans oblije konpayi ki "
                            "anplwaye, ansanm ak filyal yo, omwen 5 000 moun an Frans oswa 10 000 moun "
                            "atravè lemond, pou yo ekri, pibliye epi aplike yon plan vijilans. Plan sa a "
                            "kouvri filyal yo, ak soutretan ak founisè yo gen yon relasyon komèsyal ki "
                            "chita avè yo. Ladan l gen yon kat risk ak yon mekanis pou bay alèt yo mete "
                            "sou pye ansanm ak sendika yo.</p>"
                            "<p><b>Kanada, 2024.</b> Lwa pou konbat travay fòse ak travay timoun nan chèn "
                            "pwovizyònman (pwojè lwa S-211) an vigè depi 1e janvye 2024. Antite lwa a vize "
                            "yo dwe depoze chak ane, pa pita pase 31 me, yon rapò piblik sou mezi yo pran "
                            "pou anpeche travay fòse ak travay timoun. Se yon obligasyon pou rann kont, se "
                            "pa yon obligasyon vijilans jan sa ye an Frans.</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "fr": "La directive européenne après l'« Omnibus »",
                        "en": 'The European directive after the "Omnibus"',
                        "es": "La directiva europea después del «Ómnibus»",
                        "ht": "Direktiv ewopeyen an apre « Omnibus » la",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>L'Union européenne a adopté en 2024 une directive sur le devoir de vigilance "
                            "des entreprises en matière de durabilité. Avant même qu'elle s'applique, la "
                            "Commission européenne a proposé le 26 février 2025 un paquet de "
                            "« simplification » appelé Omnibus I. Le Parlement européen l'a approuvé le "
                            "16 décembre 2025, et le Conseil a donné son accord final le 24 février "
                            "2026.</p>"
                            "<p>Résultat, à cette date : l'obligation de vigilance ne vise plus que les "
                            "entreprises de plus de 5 000 salariés réalisant plus de 1,5 milliard d'euros "
                            "de chiffre d'affaires net, et elle ne s'applique qu'à partir du 26 juillet "
                            "2029. Le régime européen commun de responsabilité civile a été retiré : la "
                            "possibilité pour les victimes d'obtenir réparation dépendra du droit de chaque "
                            "pays. Avant de vous appuyer sur ce texte, vérifiez où en est sa transposition "
                            "dans le pays concerné.</p>"
                        ),
                        "en": (
                            "<p>In 2024 the European Union adopted a directive on corporate sustainability "
                            "due diligence. Even before it applied, the European Commission proposed on "
                            '26 February 2025 a "simplification" package called Omnibus I. The European '
                            "Parliament approved it on 16 December 2025, and the Council gave its final "
                            "approval on 24 February 2026.</p>"
                            "<p>The result, as of that date: the due-diligence obligation now covers only "
                            "companies with more than 5,000 employees and more than 1.5 billion euros in "
                            "net turnover, and it applies only from 26 July 2029. The common European civil "
                            "liability regime was removed: whether victims can obtain compensation will "
                            "depend on each country's law. Before relying on this text, check how far it "
                            "has been transposed in the country concerned.</p>"
                        ),
                        "es": (
                            "<p>La Unión Europea adoptó en 2024 una directiva sobre diligencia debida de las "
                            "empresas en materia de sostenibilidad. Antes incluso de que se aplicara, la "
                            "Comisión Europea propuso el 26 de febrero de 2025 un paquete de "
                            "«simplificación» llamado Ómnibus I. El Parlamento Europeo lo aprobó el 16 de "
                            "diciembre de 2025, y el Consejo dio su aprobación final el 24 de febrero de "
                            "2026.</p>"
                            "<p>Resultado, en esa fecha: la obligación de diligencia debida solo abarca ya "
                            "a las empresas de más de 5000 personas empleadas y más de 1500 millones de "
                            "euros de volumen de negocios neto, y solo se aplica a partir del 26 de julio "
                            "de 2029. Se retiró el régimen europeo común de responsabilidad civil: que las "
                            "víctimas puedan obtener reparación dependerá del derecho de cada país. Antes de "
                            "apoyarte en este texto, comprueba en qué punto está su transposición en el país "
                            "de que se trate.</p>"
                        ),
                        "ht": (
                            "<p>An 2024, Inyon ewopeyen an te adopte yon direktiv sou devwa vijilans "
                            "antrepriz yo nan domèn dirabilite. Menm anvan li te kòmanse aplike, Komisyon "
                            "ewopeyen an te pwopoze, 26 fevriye 2025, yon pakèt « senplifikasyon » yo rele "
                            "Omnibus I. Palman ewopeyen an apwouve l 16 desanm 2025, epi Konsèy la bay "
                            "dènye akò li 24 fevriye 2026.</p>"
                            "<p>Rezilta a, nan dat sa a: obligasyon vijilans lan vize sèlman antrepriz ki "
                            "gen plis pase 5 000 anplwaye e ki fè plis pase 1,5 milya euro chif dafè nèt, "
                            "e li p ap aplike anvan 26 jiyè 2029. Yo retire rejim ewopeyen komen sou "
                            "responsablite sivil la: si viktim yo ka jwenn reparasyon ap depann de lwa "
                            "chak peyi. Anvan w apiye sou tèks sa a, verifye ki kote peyi a ye nan "
                            "transpozisyon l (mete l nan pwòp lwa li).</p>"
                        ),
                    },
                ),
                (
                    "key_point",
                    {
                        "fr": (
                            "<p>Choisissez l'outil selon la cible : l'OIT pour un gouvernement, le point de "
                            "contact national ou une loi de vigilance pour une entreprise. Et datez toujours "
                            "ce que vous affirmez sur une loi : ces textes changent vite.</p>"
                        ),
                        "en": (
                            "<p>Choose the tool according to the target: the ILO for a government, the "
                            "National Contact Point or a due-diligence law for a company. And always date "
                            "what you say about a law: these texts change fast.</p>"
                        ),
                        "es": (
                            "<p>Elige la herramienta según el objetivo: la OIT para un gobierno, el punto "
                            "nacional de contacto o una ley de debida diligencia para una empresa. Y pon "
                            "siempre fecha a lo que afirmas sobre una ley: estos textos cambian rápido.</p>"
                        ),
                        "ht": (
                            "<p>Chwazi zouti a dapre kiyès ou vize: OIT pou yon gouvènman, pwen kontak "
                            "nasyonal la oswa yon lwa sou vijilans pou yon antrepriz. Epi toujou mete dat "
                            "sou sa w di sou yon lwa: tèks sa yo chanje vit.</p>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "question": {
                            "fr": (
                                "Une entreprise canadienne s'approvisionne chez un fournisseur colombien qui "
                                "licencie les membres d'un syndicat naissant. Quels outils de cette leçon "
                                "pourriez-vous utiliser, et lequel en premier ?"
                            ),
                            "en": (
                                "A Canadian company buys from a Colombian supplier that fires the members of "
                                "a new union. Which tools from this lesson could you use, and which one "
                                "first?"
                            ),
                            "es": (
                                "Una empresa canadiense se abastece de un proveedor colombiano que despide a "
                                "los miembros de un sindicato recién creado. ¿Qué herramientas de esta "
                                "lección podrías usar, y cuál primero?"
                            ),
                            "ht": (
                                "Yon antrepriz kanadyen achte nan men yon founisè kolonbyen k ap revoke "
                                "manm yon sendika ki fenk fòme. Ki zouti nan leson sa a ou ta ka sèvi, e "
                                "kiyès an premye?"
                            ),
                        },
                        "guidance": {
                            "fr": (
                                "Pensez aux deux cibles : le gouvernement colombien (plainte au Comité de la "
                                "liberté syndicale par une organisation qui a qualité) et l'entreprise "
                                "(point de contact national du Canada ou de la Colombie, rapport S-211 de "
                                "l'entreprise à lire de près). Demandez-vous lequel donne un résultat le "
                                "plus vite."
                            ),
                            "en": (
                                "Think of both targets: the Colombian government (a complaint to the "
                                "Committee on Freedom of Association by an organisation entitled to file) "
                                "and the company (Canada's or Colombia's National Contact Point, the "
                                "company's S-211 report, to be read closely). Ask yourselves which one gets "
                                "a result soonest."
                            ),
                            "es": (
                                "Piensa en los dos objetivos: el gobierno colombiano (queja ante el Comité "
                                "de Libertad Sindical por una organización facultada) y la empresa (punto "
                                "nacional de contacto de Canadá o de Colombia, informe S-211 de la empresa, "
                                "que conviene leer con atención). Pregúntate cuál da resultados más rápido."
                            ),
                            "ht": (
                                "Reflechi sou de sib yo: gouvènman kolonbyen an (plent devan Komite Libète "
                                "Sendikal la pa yon òganizasyon ki gen dwa aji) ak antrepriz la (pwen "
                                "kontak nasyonal Kanada oswa Kolonbi, rapò S-211 antrepriz la pou w li byen). "
                                "Mande tèt ou kiyès ki ka bay rezilta pi vit."
                            ),
                        },
                    },
                ),
            ],
        },
        {
            "title": {
                "fr": "Violence, travail domestique, économie informelle",
                "en": "Violence, domestic work, the informal economy",
                "es": "Violencia, trabajo doméstico, economía informal",
                "ht": "Vyolans, travay kay moun, ekonomi enfòmèl",
            },
            "slug": {
                "fr": "violence-travail-domestique-economie-informelle",
                "en": "violence-domestic-work-informal-economy",
                "es": "violencia-trabajo-domestico-economia-informal",
                "ht": "vyolans-travay-kay-moun-ekonomi-enfomel",
            },
            "summary": {
                "fr": (
                    "La convention 190 sur la violence et le harcèlement, la convention 189 sur les "
                    "travailleuses et travailleurs domestiques, et la recommandation 204 sur l'économie "
                    "informelle, avec des exemples d'Afrique de l'Ouest et d'Haïti."
                ),
                "en": (
                    "Convention 190 on violence and harassment, Convention 189 on domestic workers, and "
                    "Recommendation 204 on the informal economy, with examples from West Africa and Haiti."
                ),
                "es": (
                    "El Convenio 190 sobre la violencia y el acoso, el Convenio 189 sobre las trabajadoras y "
                    "los trabajadores domésticos, y la Recomendación 204 sobre la economía informal, con "
                    "ejemplos de África Occidental y de Haití."
                ),
                "ht": (
                    "Konvansyon 190 sou vyolans ak arasman, Konvansyon 189 sou travayè kay moun, ak "
                    "Rekòmandasyon 204 sou ekonomi enfòmèl, ak egzanp nan Afrik de Lwès ak an Ayiti."
                ),
            },
            "minutes": 10,
            "body": [
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Beaucoup de membres ne travaillent ni en usine ni dans un bureau, mais dans "
                            "la maison d'autrui, au marché ou dans la rue. Trois instruments récents de "
                            "l'OIT parlent directement de leur situation.</p>"
                        ),
                        "en": (
                            "<p>Many members work neither in a factory nor in an office, but in someone "
                            "else's home, at the market or in the street. Three recent ILO instruments "
                            "speak directly to their situation.</p>"
                        ),
                        "es": (
                            "<p>Muchos miembros no trabajan ni en una fábrica ni en una oficina, sino en la "
                            "casa de otros, en el mercado o en la calle. Tres instrumentos recientes de la "
                            "OIT hablan directamente de su situación.</p>"
                        ),
                        "ht": (
                            "<p>Anpil manm pa travay ni nan faktori ni nan biwo, men lakay lòt moun, nan "
                            "mache oswa nan lari. Twa enstriman OIT ki pa twò lontan pale dirèkteman sou "
                            "sitiyasyon yo.</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "fr": "La convention 190 : un monde du travail sans violence ni harcèlement",
                        "en": "Convention 190: a world of work free from violence and harassment",
                        "es": "El Convenio 190: un mundo del trabajo libre de violencia y acoso",
                        "ht": "Konvansyon 190: yon mond travay san vyolans ni arasman",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Adoptée le 21 juin 2019, l'année du centenaire de l'OIT, la convention sur "
                            "la violence et le harcèlement (C190) est entrée en vigueur le 25 juin 2021. "
                            "C'est le premier traité international à définir la violence et le harcèlement "
                            "dans le monde du travail, y compris la violence et le harcèlement fondés sur "
                            "le genre.</p>"
                            "<p>Le Nigeria a déposé sa ratification le 8 novembre 2022, le premier pays "
                            "d'Afrique de l'Ouest à le faire ; le Canada l'a ratifiée le 30 janvier 2023. "
                            "Pour savoir si votre pays l'a ratifiée, consultez NORMLEX.</p>"
                        ),
                        "en": (
                            "<p>Adopted on 21 June 2019, the ILO's centenary year, the Violence and "
                            "Harassment Convention (C190) came into force on 25 June 2021. It is the first "
                            "international treaty to define violence and harassment in the world of work, "
                            "including gender-based violence and harassment.</p>"
                            "<p>Nigeria deposited its ratification on 8 November 2022, the first country in "
                            "West Africa to do so; Canada ratified it on 30 January 2023. To find out "
                            "whether your country has ratified it, look in NORMLEX.</p>"
                        ),
                        "es": (
                            "<p>Adoptado el 21 de junio de 2019, el año del centenario de la OIT, el "
                            "Convenio sobre la violencia y el acoso (C190) entró en vigor el 25 de junio de "
                            "2021. Es el primer tratado internacional que define la violencia y el acoso en "
                            "el mundo del trabajo, incluidos la violencia y el acoso por razón de "
                            "género.</p>"
                            "<p>Nigeria depositó su ratificación el 8 de noviembre de 2022, el primer país "
                            "de África Occidental en hacerlo; Canadá lo ratificó el 30 de enero de 2023. "
                            "Para saber si tu país lo ha ratificado, consulta NORMLEX.</p>"
                        ),
                        "ht": (
                            "<p>Yo te adopte Konvansyon sou vyolans ak arasman (C190) 21 jen 2019, ane OIT "
                            "te gen santan, e li antre an vigè 25 jen 2021. Se premye trete entènasyonal ki "
                            "bay yon definisyon vyolans ak arasman nan mond travay la, sa gen ladan l "
                            "vyolans ak arasman ki vize moun poutèt sèks yo.</p>"
                            "<p>Nijerya depoze ratifikasyon li 8 novanm 2022, premye peyi nan Afrik de "
                            "Lwès ki fè sa; Kanada ratifye l 30 janvye 2023. Pou w konnen si peyi w "
                            "ratifye l, gade nan NORMLEX.</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "fr": "La convention 189 : les travailleuses et travailleurs domestiques",
                        "en": "Convention 189: domestic workers",
                        "es": "El Convenio 189: las trabajadoras y los trabajadores domésticos",
                        "ht": "Konvansyon 189: travayè kay moun yo",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>La convention sur les travailleuses et travailleurs domestiques (C189) a été "
                            "adoptée le 16 juin 2011 et est entrée en vigueur le 5 septembre 2013. Elle "
                            "reconnaît que le travail domestique est un travail comme un autre. Entre "
                            "autres :</p>"
                            "<ul>"
                            "<li>un repos hebdomadaire d'au moins 24 heures consécutives ;</li>"
                            "<li>le bénéfice du salaire minimum, là où il existe ;</li>"
                            "<li>des conditions d'emploi communiquées clairement, de préférence par "
                            "écrit ;</li>"
                            "<li>le droit de ne pas être obligé de loger chez l'employeur.</li>"
                            "</ul>"
                            "<p>La Colombie l'a ratifiée en 2014, la Guinée en 2017 et le Mexique en "
                            "2020. Au Bénin, le syndicat des travailleuses domestiques SYNEHM a mené "
                            "campagne auprès du Parlement et du ministère pour sa ratification dès "
                            "2013.</p>"
                        ),
                        "en": (
                            "<p>The Domestic Workers Convention (C189) was adopted on 16 June 2011 and came "
                            "into force on 5 September 2013. It recognises that domestic work is work like "
                            "any other. Among other things:</p>"
                            "<ul>"
                            "<li>a weekly rest of at least 24 consecutive hours;</li>"
                            "<li>coverage by the minimum wage, where there is one;</li>"
                            "<li>terms of employment communicated clearly, preferably in writing;</li>"
                            "<li>the right not to be required to live in the employer's household.</li>"
                            "</ul>"
                            "<p>Colombia ratified it in 2014, Guinea in 2017 and Mexico in 2020. In Benin, "
                            "the domestic workers' union SYNEHM was already campaigning with Parliament and "
                            "the ministry for its ratification in 2013.</p>"
                        ),
                        "es": (
                            "<p>El Convenio sobre las trabajadoras y los trabajadores domésticos (C189) se "
                            "adoptó el 16 de junio de 2011 y entró en vigor el 5 de septiembre de 2013. "
                            "Reconoce que el trabajo doméstico es un trabajo como cualquier otro. Entre "
                            "otras cosas:</p>"
                            "<ul>"
                            "<li>un descanso semanal de al menos 24 horas consecutivas;</li>"
                            "<li>la cobertura del salario mínimo, donde exista;</li>"
                            "<li>condiciones de empleo comunicadas con claridad, preferiblemente por "
                            "escrito;</li>"
                            "<li>el derecho a no estar obligado a vivir en el hogar del empleador.</li>"
                            "</ul>"
                            "<p>Colombia lo ratificó en 2014, Guinea en 2017 y México en 2020. En Benín, el "
                            "sindicato de trabajadoras domésticas SYNEHM ya hacía campaña ante el "
                            "Parlamento y el ministerio por su ratificación en 2013.</p>"
                        ),
                        "ht": (
                            "<p>Yo te adopte Konvansyon sou travayè kay moun (C189) 16 jen 2011, e li antre "
                            "an vigè 5 septanm 2013. Li rekonèt travay kay moun se yon travay tankou nenpòt "
                            "lòt. Pami lòt bagay:</p>"
                            "<ul>"
                            "<li>yon repo chak semèn ki dire omwen 24 èdtan youn dèyè lòt;</li>"
                            "<li>dwa pou touche salè minimòm lan, kote l egziste;</li>"
                            "<li>kondisyon travay yo dwe esplike klè, pi bon si se alekri;</li>"
                            "<li>dwa pou yo pa oblije w rete lakay patwon an.</li>"
                            "</ul>"
                            "<p>Kolonbi ratifye l an 2014, Gine an 2017 ak Meksik an 2020. Nan Benen, "
                            "sendika travayè kay moun SYNEHM te deja ap fè kanpay bò kote Palman an ak "
                            "ministè a pou ratifikasyon an depi 2013.</p>"
                        ),
                    },
                ),
                (
                    "case_study",
                    {
                        "title": {
                            "fr": "Haïti : des droits écrits, encore mal respectés",
                            "en": "Haiti: rights on paper, still poorly respected",
                            "es": "Haití: derechos escritos, todavía mal respetados",
                            "ht": "Ayiti: dwa ki ekri, men yo poko respekte yo byen",
                        },
                        "country": {"fr": "Haïti", "en": "Haiti", "es": "Haití", "ht": "Ayiti"},
                        "year": 2019,
                        "story": {
                            "fr": (
                                "<p><b>Le droit.</b> Le Code du travail haïtien de 1984 consacre un "
                                "chapitre aux « gens de maison » (articles 254 à 265). En 2009, le "
                                "Parlement a voté une loi sur le travail domestique ; des organisations de "
                                "femmes, réunies dans la CONAP, en ont salué l'effort tout en dénonçant ses "
                                "limites. En 2019, le Conseil supérieur des salaires a fixé le salaire "
                                "minimum des travailleuses domestiques à 250 gourdes par jour.</p>"
                                "<p><b>La pratique.</b> Des reportages publiés en 2019 et 2020 décrivent des "
                                "travailleuses payées bien moins que ce minimum, pour des journées qui "
                                "dépassent parfois huit heures, sans congé ni boni. Entre le droit écrit et "
                                "la réalité, l'organisation collective fait la différence : c'est elle qui "
                                "fait connaître les droits et qui les réclame.</p>"
                            ),
                            "en": (
                                "<p><b>The law.</b> Haiti's 1984 Labour Code has a chapter on \"household "
                                'staff" (articles 254 to 265). In 2009, Parliament passed a law on '
                                "domestic work; women's organisations, brought together in CONAP, welcomed "
                                "the effort while pointing out its limits. In 2019, the Higher Wage Council "
                                "(Conseil supérieur des salaires) set the minimum wage of domestic workers "
                                "at 250 gourdes a day.</p>"
                                "<p><b>The practice.</b> Reports published in 2019 and 2020 describe "
                                "workers paid far less than that minimum, for days that sometimes exceed "
                                "eight hours, with no leave or bonus. Between the written law and reality, "
                                "collective organisation makes the difference: it is what makes rights known "
                                "and claims them.</p>"
                            ),
                            "es": (
                                "<p><b>El derecho.</b> El Código del Trabajo haitiano de 1984 dedica un "
                                "capítulo al «personal doméstico» (artículos 254 a 265). En 2009, el "
                                "Parlamento votó una ley sobre el trabajo doméstico; organizaciones de "
                                "mujeres, reunidas en la CONAP, valoraron el esfuerzo pero denunciaron sus "
                                "límites. En 2019, el Consejo Superior de Salarios fijó el salario mínimo "
                                "de las trabajadoras domésticas en 250 gourdes diarios.</p>"
                                "<p><b>La práctica.</b> Reportajes publicados en 2019 y 2020 describen a "
                                "trabajadoras que cobran mucho menos que ese mínimo, por jornadas que a veces "
                                "superan las ocho horas, sin vacaciones ni bonificación. Entre el derecho "
                                "escrito y la realidad, la organización colectiva marca la diferencia: es la "
                                "que da a conocer los derechos y los reclama.</p>"
                            ),
                            "ht": (
                                "<p><b>Lalwa.</b> Kòd travay ayisyen 1984 la gen yon chapit sou « gens de "
                                "maison » (atik 254 rive 265). An 2009, Palman an vote yon lwa sou travay "
                                "kay moun; òganizasyon fanm ki regwoupe nan CONAP te salye efò a, men yo te "
                                "denonse limit li yo. An 2019, Konsèy siperyè salè a fikse salè minimòm "
                                "travayè kay moun yo a 250 goud pa jou.</p>"
                                "<p><b>Reyalite a.</b> Repòtaj ki parèt an 2019 ak 2020 montre travayè kay "
                                "moun ki touche pi piti pase minimòm sa a, pou jounen ki pafwa depase uit "
                                "èdtan, san konje ni bonis. Ant sa lalwa di ak sa k ap pase, se òganizasyon "
                                "kolektif la ki fè diferans: se li ki fè moun konnen dwa yo epi ki reklame "
                                "yo.</p>"
                            ),
                        },
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": {
                            "fr": (
                                "Je travaille chez la même famille depuis six ans. Avant, je pensais que "
                                "c'était normal de ne jamais avoir de dimanche. Au groupe de femmes du "
                                "quartier, on a lu ensemble ce que dit la loi. Maintenant, je sais ce que je "
                                "peux demander, et je ne suis plus seule pour le demander."
                            ),
                            "en": (
                                "I've worked for the same family for six years. I used to think it was "
                                "normal never to have a Sunday off. At the neighbourhood women's group, we "
                                "read together what the law says. Now I know what I can ask for, and I'm no "
                                "longer alone in asking."
                            ),
                            "es": (
                                "Trabajo para la misma familia desde hace seis años. Antes pensaba que era "
                                "normal no tener nunca un domingo libre. En el grupo de mujeres del barrio "
                                "leímos juntas lo que dice la ley. Ahora sé lo que puedo pedir, y ya no "
                                "estoy sola para pedirlo."
                            ),
                            "ht": (
                                "Sa gen sis an m ap travay kay menm fanmi an. Anvan, mwen te kwè se te "
                                "nòmal pou m pa janm gen yon dimanch. Nan gwoup fanm katye a, nou li "
                                "ansanm sa lalwa di. Kounye a, mwen konnen sa m ka mande, e mwen pa pou kont "
                                "mwen ankò pou m mande l."
                            ),
                        },
                        "who": {
                            "fr": "Une travailleuse domestique",
                            "en": "A domestic worker",
                            "es": "Una trabajadora doméstica",
                            "ht": "Yon travayè kay moun",
                        },
                        "role": {
                            "fr": "Port-au-Prince, témoignage fictif inspiré de plusieurs expériences réelles",
                            "en": "Port-au-Prince, a fictional testimony drawn from several real experiences",
                            "es": "Puerto Príncipe, testimonio ficticio basado en varias experiencias reales",
                            "ht": "Pòtoprens, temwayaj nou fè ak plizyè istwa vre",
                        },
                    },
                ),
                (
                    "heading",
                    {
                        "fr": "L'économie informelle et la recommandation 204",
                        "en": "The informal economy and Recommendation 204",
                        "es": "La economía informal y la Recomendación 204",
                        "ht": "Ekonomi enfòmèl ak Rekòmandasyon 204",
                    },
                ),
                (
                    "paragraph",
                    {
                        "fr": (
                            "<p>Selon l'OIT (2018), deux milliards de personnes, soit 61 % des personnes "
                            "qui ont un emploi dans le monde, travaillent dans l'économie informelle ; en "
                            "Afrique, c'est 85,8 % de l'emploi. Vendeuses de marché, conducteurs de "
                            "moto-taxi, ouvriers d'atelier : ils n'ont souvent ni contrat, ni protection "
                            "sociale.</p>"
                            "<p>Le 12 juin 2015, la Conférence internationale du Travail a adopté la "
                            "recommandation 204 sur la transition de l'économie informelle vers l'économie "
                            "formelle, la première norme consacrée à l'économie informelle dans son "
                            "ensemble. Une recommandation ne se ratifie pas, mais elle guide les "
                            "gouvernements. Elle demande notamment que les personnes de l'économie "
                            "informelle jouissent de la liberté syndicale et du droit de négociation "
                            "collective, et qu'on leur étende progressivement la sécurité sociale et le "
                            "salaire minimum.</p>"
                        ),
                        "en": (
                            "<p>According to the ILO (2018), two billion people, 61% of the world's employed "
                            "population, work in the informal economy; in Africa, it is 85.8% of "
                            "employment. Market vendors, motorbike-taxi drivers, workshop workers: they "
                            "often have neither a contract nor social protection.</p>"
                            "<p>On 12 June 2015, the International Labour Conference adopted Recommendation "
                            "204 on the transition from the informal to the formal economy, the first "
                            "standard on the informal economy as a whole. A recommendation is not ratified, "
                            "but it guides governments. Among other things, it asks that people in the "
                            "informal economy enjoy freedom of association and the right to collective "
                            "bargaining, and that social security and the minimum wage be progressively "
                            "extended to them.</p>"
                        ),
                        "es": (
                            "<p>Según la OIT (2018), dos mil millones de personas, el 61 % de la población "
                            "ocupada del mundo, trabajan en la economía informal; en África, es el 85,8 % "
                            "del empleo. Vendedoras de mercado, conductores de mototaxi, obreros de taller: "
                            "a menudo no tienen ni contrato ni protección social.</p>"
                            "<p>El 12 de junio de 2015, la Conferencia Internacional del Trabajo adoptó la "
                            "Recomendación 204 sobre la transición de la economía informal a la economía "
                            "formal, la primera norma dedicada a la economía informal en su conjunto. Una "
                            "recomendación no se ratifica, pero orienta a los gobiernos. Pide, entre otras "
                            "cosas, que las personas de la economía informal gocen de la libertad sindical "
                            "y del derecho de negociación colectiva, y que se les extiendan progresivamente "
                            "la seguridad social y el salario mínimo.</p>"
                        ),
                        "ht": (
                            "<p>Dapre OIT (2018), de milya moun, sa vle di 61% moun ki gen yon travay sou "
                            "latè, ap travay nan ekonomi enfòmèl; an Afrik, se 85,8% travay yo. Machann nan "
                            "mache, chofè taksi-moto, ouvriye nan atelye: souvan yo pa gen ni kontra, ni "
                            "pwoteksyon sosyal.</p>"
                            "<p>12 jen 2015, Konferans entènasyonal travay la adopte Rekòmandasyon 204 sou "
                            "tranzisyon soti nan ekonomi enfòmèl pou ale nan ekonomi fòmèl, premye nòm ki "
                            "pale sou tout ekonomi enfòmèl la. Yo pa ratifye yon rekòmandasyon, men li "
                            "gide gouvènman yo. Pami lòt bagay, li mande pou moun ki nan ekonomi enfòmèl "
                            "la jwi libète sendikal ak dwa pou negosye kontra kolektif, e pou yo elaji "
                            "sekirite sosyal ak salè minimòm lan pou yo tou, piti piti.</p>"
                        ),
                    },
                ),
                ("glossary", "informal-economy"),
                (
                    "key_point",
                    {
                        "fr": (
                            "<p>Ces instruments donnent des mots et des arguments à celles et ceux que le "
                            "droit du travail a longtemps oubliés. Vérifiez dans NORMLEX ce que votre pays a "
                            "ratifié, et utilisez la recommandation 204 même là où rien n'est ratifié : "
                            "elle a été adoptée avec le vote des gouvernements.</p>"
                        ),
                        "en": (
                            "<p>These instruments give words and arguments to those whom labour law long "
                            "forgot. Check in NORMLEX what your country has ratified, and use "
                            "Recommendation 204 even where nothing is ratified: it was adopted with the "
                            "governments' votes.</p>"
                        ),
                        "es": (
                            "<p>Estos instrumentos dan palabras y argumentos a quienes el derecho del "
                            "trabajo olvidó durante mucho tiempo. Comprueba en NORMLEX lo que tu país ha "
                            "ratificado, y usa la Recomendación 204 incluso donde no hay nada ratificado: "
                            "se adoptó con el voto de los gobiernos.</p>"
                        ),
                        "ht": (
                            "<p>Enstriman sa yo bay mo ak agiman pou moun dwa travay la te bliye pandan "
                            "lontan. Verifye nan NORMLEX sa peyi w ratifye, epi sèvi ak Rekòmandasyon 204 "
                            "menm kote anyen pa ratifye: gouvènman yo te vote pou yo adopte l.</p>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "question": {
                            "fr": (
                                "Dans votre ville, des vendeuses de marché veulent s'organiser. Quels "
                                "arguments tirés de la recommandation 204 et de la convention 190 "
                                "pourraient les aider face à la mairie ?"
                            ),
                            "en": (
                                "In your town, market vendors want to organise. Which arguments from "
                                "Recommendation 204 and Convention 190 could help them with the town "
                                "council?"
                            ),
                            "es": (
                                "En tu ciudad, unas vendedoras de mercado quieren organizarse. ¿Qué "
                                "argumentos de la Recomendación 204 y del Convenio 190 podrían ayudarlas "
                                "ante el ayuntamiento?"
                            ),
                            "ht": (
                                "Nan vil ou, kèk machann nan mache vle òganize yo. Ki agiman nan "
                                "Rekòmandasyon 204 ak nan Konvansyon 190 ki ta ka ede yo devan meri a?"
                            ),
                        },
                        "guidance": {
                            "fr": (
                                "Pensez au droit de s'organiser et de négocier (recommandation 204), à la "
                                "sécurité au travail, et au harcèlement que subissent souvent les vendeuses "
                                "(convention 190). Qui a le pouvoir de décider, et avec qui s'allier ?"
                            ),
                            "en": (
                                "Think of the right to organise and bargain (Recommendation 204), of safety "
                                "at work, and of the harassment vendors often face (Convention 190). Who has "
                                "the power to decide, and who are your allies?"
                            ),
                            "es": (
                                "Piensa en el derecho a organizarse y negociar (Recomendación 204), en la "
                                "seguridad en el trabajo y en el acoso que sufren a menudo las vendedoras "
                                "(Convenio 190). ¿Quién tiene el poder de decidir, y con quién aliarse?"
                            ),
                            "ht": (
                                "Reflechi sou dwa pou òganize ak negosye (Rekòmandasyon 204), sou sekirite "
                                "nan travay, ak sou arasman machann yo sibi souvan (Konvansyon 190). Kiyès ki "
                                "gen pouvwa pou deside, e ak kiyès pou w fè alyans?"
                            ),
                        },
                    },
                ),
            ],
        },
    ],
}
