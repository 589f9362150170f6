"""Site pages for the demo: home page, course index, about page and the course page.

Four languages each (fr, en, es, ht); see the package docstring for the format.
"""

HOME = {
    "title": {
        "fr": "Solidaire",
        "en": "Solidaire",
        "es": "Solidaire",
        "ht": "Solidaire",
    },
    "intro": {
        "fr": (
            "<p>Bienvenue sur Solidaire, un lieu d'apprentissage pour les membres des syndicats et pour "
            "celles et ceux qui animent la formation syndicale. Ici, vous découvrez vos droits au travail "
            "tels que le monde les a reconnus, et les moyens d'agir ensemble, d'un pays à l'autre.</p>"
            "<p>Les cours sont gratuits. Vous avancez à votre rythme, quand vous le voulez, et tout "
            "fonctionne sur un téléphone. Votre progression est privée : elle n'est visible que par vous.</p>"
        ),
        "en": (
            "<p>Welcome to Solidaire, a place to learn for union members and for everyone who leads union "
            "education. Here you will discover your rights at work as the world has recognised them, and the "
            "ways we can act together, from one country to another.</p>"
            "<p>The courses are free. You go at your own pace, whenever you like, and everything works on a "
            "phone. Your progress is private: only you can see it.</p>"
        ),
        "es": (
            "<p>Te damos la bienvenida a Solidaire, un espacio de aprendizaje para las personas afiliadas a "
            "sindicatos y para quienes animan la formación sindical. Aquí descubrirás tus derechos en el "
            "trabajo tal como el mundo los ha reconocido, y las formas de actuar juntos, de un país a "
            "otro.</p>"
            "<p>Los cursos son gratuitos. Avanzas a tu ritmo, cuando quieras, y todo funciona en un "
            "teléfono. Tu progreso es privado: solo tú puedes verlo.</p>"
        ),
        "ht": (
            "<p>Byenveni sou Solidaire, yon kote pou manm sendika yo ak moun k ap anime fòmasyon sendikal "
            "vin aprann. Isit la, w ap dekouvri dwa ou genyen nan travay jan lemonn rekonèt yo, ak fason nou "
            "ka aji ansanm, depi yon peyi rive nan yon lòt.</p>"
            "<p>Kou yo gratis. Ou avanse nan pwòp ritm ou, lè w vle, e tout bagay mache sou yon telefòn. "
            "Pwogrè w se pou ou sèlman: pèsonn lòt moun pa ka wè l.</p>"
        ),
    },
}

COURSE_INDEX = {
    "title": {
        "fr": "Cours",
        "en": "Courses",
        "es": "Cursos",
        "ht": "Kou",
    },
    "slug": {
        "fr": "cours",
        "en": "courses",
        "es": "cursos",
        "ht": "kou",
    },
    "intro": {
        "fr": (
            "<p>Choisissez un cours et commencez quand vous le voulez. Chaque cours est divisé en modules et "
            "en courtes leçons, que vous pouvez suivre dans l'ordre ou reprendre plus tard, là où vous en "
            "étiez.</p>"
        ),
        "en": (
            "<p>Choose a course and start whenever you like. Each course is divided into modules and short "
            "lessons that you can follow in order, or come back to later where you left off.</p>"
        ),
        "es": (
            "<p>Elige un curso y empieza cuando quieras. Cada curso se divide en módulos y lecciones cortas "
            "que puedes seguir en orden, o retomar más tarde donde lo dejaste.</p>"
        ),
        "ht": (
            "<p>Chwazi yon kou epi kòmanse lè w vle. Chak kou divize an modil ak ti leson kout, ou ka swiv "
            "yo nan lòd, oswa tounen sou yo pita kote w te rive a.</p>"
        ),
    },
}

ABOUT = {
    "title": {
        "fr": "À propos",
        "en": "About",
        "es": "Acerca de",
        "ht": "Apwopo",
    },
    "slug": {
        "fr": "a-propos",
        "en": "about",
        "es": "acerca-de",
        "ht": "apwopo",
    },
    "intro": {
        "fr": (
            "Solidaire offre une formation en droit international du travail aux membres des syndicats et "
            "aux personnes qui animent la formation syndicale."
        ),
        "en": (
            "Solidaire offers education in international labour law to union members and to the people who "
            "lead union education."
        ),
        "es": (
            "Solidaire ofrece formación en derecho internacional del trabajo a las personas afiliadas a "
            "sindicatos y a quienes animan la formación sindical."
        ),
        "ht": (
            "Solidaire bay fòmasyon sou dwa entènasyonal travay pou manm sendika yo ak pou moun k ap anime "
            "fòmasyon sendikal."
        ),
    },
    "body": {
        "fr": (
            "<p>Solidaire est une plateforme d'éducation en droit international du travail. Elle explique, "
            "en mots simples, les normes que l'Organisation internationale du Travail (OIT) adopte depuis "
            "1919 : la liberté syndicale, l'interdiction du travail forcé et du travail des enfants, "
            "l'égalité, la santé et la sécurité. Elle montre aussi comment se servir de ces normes dans "
            "l'action syndicale.</p>"
            "<p>Solidaire s'inspire de la démarche des centres syndicaux de solidarité internationale, comme "
            "le Centre international de solidarité ouvrière (CISO), fondé au Québec en 1975. Comme eux, nous "
            "croyons que l'éducation est au cœur de la solidarité : mieux connaître nos droits et la réalité "
            "des travailleuses et travailleurs d'ailleurs, c'est mieux pouvoir agir ensemble, au Nord comme "
            "au Sud.</p>"
            "<p>Les cours s'adressent aux membres des syndicats, aux militantes et militants, aux personnes "
            "déléguées et à celles et ceux qui animent des formations, au Québec, en Haïti, en Amérique "
            "latine, en Afrique de l'Ouest et ailleurs. Aucune connaissance juridique n'est nécessaire. Les "
            "animatrices et animateurs peuvent s'en servir pour préparer un atelier ou lancer une discussion "
            "en groupe.</p>"
            "<p>Solidaire est offert en quatre langues : français, anglais, espagnol et créole haïtien. Pour "
            "l'instant, certaines leçons existent seulement en français et en anglais. Les textes officiels "
            'des conventions se trouvent sur le site de l\'<a href="https://www.ilo.org/">Organisation '
            "internationale du Travail</a>.</p>"
        ),
        "en": (
            "<p>Solidaire is an education platform on international labour law. In plain words, it explains "
            "the standards the International Labour Organization (ILO) has been adopting since 1919: freedom "
            "of association, the ban on forced labour and child labour, equality, safety and health. It also "
            "shows how to use these standards in union action.</p>"
            "<p>Solidaire is inspired by the approach of union centres for international solidarity, such as "
            "the Centre international de solidarité ouvrière (CISO), founded in Quebec in 1975. Like them, "
            "we believe that education is at the heart of solidarity: the better we know our rights and the "
            "reality of workers elsewhere, the better we can act together, in the North and in the South.</p>"
            "<p>The courses are for union members, activists, shop stewards and everyone who leads union "
            "education, in Quebec, Haiti, Latin America, West Africa and beyond. No legal background is "
            "needed. Facilitators can use them to prepare a workshop or to start a group discussion.</p>"
            "<p>Solidaire is available in four languages: French, English, Spanish and Haitian Creole. For "
            "now, some lessons exist only in French and English. The official texts of the conventions are "
            'on the website of the <a href="https://www.ilo.org/">International Labour '
            "Organization</a>.</p>"
        ),
        "es": (
            "<p>Solidaire es una plataforma de educación en derecho internacional del trabajo. Explica con "
            "palabras sencillas las normas que la Organización Internacional del Trabajo (OIT) adopta desde "
            "1919: la libertad sindical, la prohibición del trabajo forzoso y del trabajo infantil, la "
            "igualdad, la seguridad y la salud. También muestra cómo usar esas normas en la acción "
            "sindical.</p>"
            "<p>Solidaire se inspira en el enfoque de los centros sindicales de solidaridad internacional, "
            "como el Centre international de solidarité ouvrière (CISO), fundado en Quebec en 1975. Como "
            "ellos, creemos que la educación es el corazón de la solidaridad: cuanto mejor conocemos "
            "nuestros derechos y la realidad de las trabajadoras y los trabajadores de otros lugares, mejor "
            "podemos actuar juntos, en el Norte y en el Sur.</p>"
            "<p>Los cursos están pensados para personas afiliadas a sindicatos, militantes, delegadas y "
            "delegados, y para quienes animan la formación sindical, en Quebec, Haití, América Latina, "
            "África Occidental y otros lugares. No se necesitan conocimientos jurídicos. Las facilitadoras y "
            "los facilitadores pueden usarlos para preparar un taller o abrir un debate en grupo.</p>"
            "<p>Solidaire está disponible en cuatro idiomas: francés, inglés, español y criollo haitiano. "
            "Por ahora, algunas lecciones existen solo en francés y en inglés. Los textos oficiales de los "
            'convenios están en el sitio de la <a href="https://www.ilo.org/">Organización Internacional '
            "del Trabajo</a>.</p>"
        ),
        "ht": (
            "<p>Solidaire se yon platfòm edikasyon sou dwa entènasyonal travay. Li esplike, ak mo ki senp, "
            "nòm Òganizasyon Entènasyonal Travay (OIT) ap adopte depi 1919: libète sendikal, entèdiksyon "
            "travay fòse ak travay timoun, egalite, sante ak sekirite. Li montre tou kijan pou sèvi ak nòm "
            "sa yo nan aksyon sendikal.</p>"
            "<p>Solidaire pran enspirasyon nan fason sant sendikal solidarite entènasyonal yo travay, tankou "
            "Centre international de solidarité ouvrière (CISO), ki te fonde nan Kebèk an 1975. Menm jan ak "
            "yo, nou kwè edikasyon se kè solidarite a: plis nou konnen dwa nou ak reyalite travayè lòt kote, "
            "se plis nou ka aji ansanm, nan Nò kou nan Sid.</p>"
            "<p>Kou yo fèt pou manm sendika, militan, delege ak moun k ap anime fòmasyon, nan Kebèk, ann "
            "Ayiti, nan Amerik Latin, nan Afrik Lwès ak lòt kote. Ou pa bezwen konn anyen nan dwa pou w swiv "
            "yo. Moun k ap anime fòmasyon ka sèvi ak yo pou prepare yon atelye oswa pou lanse yon diskisyon "
            "an gwoup.</p>"
            "<p>Solidaire disponib an kat lang: franse, angle, panyòl ak kreyòl ayisyen. Pou kounye a, kèk "
            "leson egziste an franse ak an angle sèlman. Tèks ofisyèl konvansyon yo disponib sou sit "
            '<a href="https://www.ilo.org/">Òganizasyon Entènasyonal Travay la</a>.</p>'
        ),
    },
}

COURSE = {
    "title": {
        "fr": "Le droit international du travail",
        "en": "International labour law",
        "es": "El derecho internacional del trabajo",
        "ht": "Dwa entènasyonal travay",
    },
    "slug": {
        "fr": "droit-international-du-travail",
        "en": "international-labour-law",
        "es": "derecho-internacional-del-trabajo",
        "ht": "dwa-entenasyonal-travay",
    },
    "summary": {
        "fr": (
            "Découvrez comment l'Organisation internationale du Travail adopte et surveille les normes du "
            "travail, et ce que garantissent les onze instruments fondamentaux, de la liberté syndicale à la "
            "santé et sécurité. Vous verrez ensuite comment ces droits s'appliquent dans les chaînes "
            "d'approvisionnement et comment les syndicats d'ici et d'ailleurs agissent ensemble pour les "
            "faire respecter."
        ),
        "en": (
            "Discover how the International Labour Organization adopts and supervises labour standards, and "
            "what the eleven fundamental instruments guarantee, from freedom of association to safety and "
            "health. You will then see how these rights apply in supply chains and how unions here and "
            "elsewhere act together to have them respected."
        ),
        "es": (
            "Descubre cómo la Organización Internacional del Trabajo adopta y supervisa las normas del "
            "trabajo, y qué garantizan los once instrumentos fundamentales, desde la libertad sindical hasta "
            "la seguridad y la salud. Luego verás cómo se aplican estos derechos en las cadenas de "
            "suministro y cómo los sindicatos de aquí y de otros lugares actúan juntos para hacerlos "
            "respetar."
        ),
        "ht": (
            "Dekouvri kijan Òganizasyon Entènasyonal Travay (OIT) adopte ak siveye nòm travay yo, ak sa onz "
            "enstriman fondamantal yo garanti, depi libète sendikal rive nan sante ak sekirite. Apre sa, w "
            "ap wè kijan dwa sa yo aplike nan chèn pwovizyònman yo ak kijan sendika isit ak lòt kote aji "
            "ansanm pou fè yo respekte."
        ),
    },
    "objectives": [
        {
            "fr": (
                "Expliquer ce qu'est l'OIT, comment fonctionne le tripartisme et comment les normes "
                "internationales du travail sont adoptées et surveillées."
            ),
            "en": (
                "Explain what the ILO is, how tripartism works and how international labour standards are "
                "adopted and supervised."
            ),
            "es": (
                "Explicar qué es la OIT, cómo funciona el tripartismo y cómo se adoptan y supervisan las "
                "normas internacionales del trabajo."
            ),
            "ht": (
                "Esplike kisa OIT ye, kijan tripatis la mache ak kijan yo adopte epi siveye nòm entènasyonal "
                "travay yo."
            ),
        },
        {
            "fr": (
                "Reconnaître les cinq catégories de principes et droits fondamentaux au travail et les onze "
                "instruments fondamentaux qui les portent."
            ),
            "en": (
                "Recognise the five categories of fundamental principles and rights at work and the eleven "
                "fundamental instruments behind them."
            ),
            "es": (
                "Reconocer las cinco categorías de principios y derechos fundamentales en el trabajo y los "
                "once instrumentos fundamentales que los sustentan."
            ),
            "ht": (
                "Rekonèt senk kategori prensip ak dwa fondamantal nan travay yo ak onz enstriman fondamantal "
                "ki soutni yo."
            ),
        },
        {
            "fr": (
                "Comprendre comment fonctionnent les chaînes d'approvisionnement et la sous-traitance, et "
                "pourquoi elles favorisent les ateliers de misère."
            ),
            "en": (
                "Understand how supply chains and subcontracting work, and why they make room for sweatshops."
            ),
            "es": (
                "Comprender cómo funcionan las cadenas de suministro y la subcontratación, y por qué "
                "favorecen los talleres de explotación."
            ),
            "ht": (
                "Konprann kijan chèn pwovizyònman ak soutretans mache, ak poukisa yo bay atelye mizè plas "
                "pou yo grandi."
            ),
        },
        {
            "fr": (
                "Proposer les grandes lignes d'une politique d'achat responsable pour votre syndicat ou "
                "votre milieu de travail."
            ),
            "en": "Outline a responsible purchasing policy for your union or your workplace.",
            "es": (
                "Proponer las líneas generales de una política de compras responsables para tu sindicato o "
                "tu lugar de trabajo."
            ),
            "ht": "Pwopoze gwo liy yon politik acha responsab pou sendika w oswa pou kote w travay.",
        },
        {
            "fr": (
                "Connaître les outils de la solidarité syndicale internationale (plaintes à l'OIT, "
                "fédérations syndicales internationales, accords-cadres, partenariats Nord-Sud) et choisir "
                "celui qui convient à une situation."
            ),
            "en": (
                "Know the tools of international union solidarity (complaints to the ILO, global union "
                "federations, framework agreements, North-South partnerships) and choose the right one for a "
                "situation."
            ),
            "es": (
                "Conocer las herramientas de la solidaridad sindical internacional (quejas ante la OIT, "
                "federaciones sindicales internacionales, acuerdos marco, alianzas Norte-Sur) y elegir la "
                "que conviene a cada situación."
            ),
            "ht": (
                "Konnen zouti solidarite sendikal entènasyonal yo (plent devan OIT, federasyon sendikal "
                "entènasyonal, akò-kad, patenarya Nò-Sid) epi chwazi sa ki bon pou yon sitiyasyon."
            ),
        },
    ],
    "audience": {
        "fr": (
            "Membres des syndicats, militantes et militants, personnes déléguées, et animatrices ou "
            "animateurs de formation syndicale. Aucune connaissance juridique n'est requise."
        ),
        "en": (
            "Union members, activists, shop stewards and union education facilitators. No legal background "
            "is needed."
        ),
        "es": (
            "Personas afiliadas a sindicatos, militantes, delegadas y delegados, y facilitadoras y "
            "facilitadores de formación sindical. No se necesitan conocimientos jurídicos."
        ),
        "ht": (
            "Manm sendika, militan, delege, ak moun k ap anime fòmasyon sendikal. Ou pa bezwen konn anyen "
            "nan dwa pou w swiv kou a."
        ),
    },
    "duration_minutes": 240,
    "level": "beginner",
    "themes": [
        "ilo-standards",
        "freedom-of-association",
        "forced-and-child-labour",
        "discrimination",
        "health-and-safety",
        "supply-chains",
        "solidarity",
    ],
    "standards": ["C029", "P029", "C087", "C098", "C100", "C105", "C111", "C138", "C182", "C155", "C187"],
}
