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
            "<p>Solidaire est offert en quatre langues : français, anglais, espagnol et créole haïtien. Si une "
            "page n'est pas encore traduite dans votre langue, elle s'affiche en français et un avis vous le "
            "signale. Les textes officiels "
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
            "<p>Solidaire is available in four languages: French, English, Spanish and Haitian Creole. If a "
            "page is not yet translated into your language, it is shown in French, with a notice that says "
            "so. The official texts of the conventions are "
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
            "Si una página todavía no está traducida a tu idioma, se muestra en francés, con un aviso que "
            "lo indica. Los textos oficiales de los "
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
            "se plis nou ka aji ansanm, ni nan Nò ni nan Sid.</p>"
            "<p>Kou yo fèt pou manm sendika, militan, delege ak moun k ap anime fòmasyon, nan Kebèk, ann "
            "Ayiti, nan Amerik Latin, nan Afrik Lwès ak lòt kote. Ou pa bezwen konn anyen nan dwa pou w swiv "
            "yo. Moun k ap anime fòmasyon ka sèvi ak yo pou prepare yon atelye oswa pou lanse yon diskisyon "
            "an gwoup.</p>"
            "<p>Solidaire disponib an kat lang: franse, angle, panyòl ak kreyòl ayisyen. Si yon paj poko "
            "tradui nan lang ou, li parèt an franse, ak yon ti nòt ki di w sa. Tèks ofisyèl konvansyon yo "
            "disponib sou sit "
            '<a href="https://www.ilo.org/">Òganizasyon Entènasyonal Travay la</a>.</p>'
        ),
    },
}

PRIVACY = {
    "title": {
        "fr": "Confidentialité",
        "en": "Privacy",
        "es": "Privacidad",
        "ht": "Konfidansyalite",
    },
    "slug": {
        "fr": "confidentialite",
        "en": "privacy",
        "es": "privacidad",
        "ht": "konfidansyalite",
    },
    "intro": {
        "fr": (
            "Cette page dit exactement ce que Solidaire conserve à votre sujet, pourquoi nous en gardons le "
            "moins possible et quels sont vos droits."
        ),
        "en": (
            "This page says exactly what Solidaire keeps about you, why we keep as little as possible, and "
            "what your rights are."
        ),
        "es": (
            "Esta página dice exactamente qué guarda Solidaire sobre ti, por qué guardamos lo mínimo posible "
            "y cuáles son tus derechos."
        ),
        "ht": (
            "Paj sa a di egzakteman ki enfòmasyon Solidaire kenbe sou ou, poukisa nou kenbe pi piti "
            "enfòmasyon posib, ak ki dwa ou genyen."
        ),
    },
    "body": {
        "fr": (
            "<h2>Pourquoi nous recueillons le minimum</h2>"
            "<p>Suivre un cours syndical peut révéler que vous êtes membre d'un syndicat. En Europe, le "
            "Règlement général sur la protection des données (RGPD) range l'appartenance syndicale parmi "
            "les données sensibles, à son article 9. Au Québec, la Loi 25 ne donne pas de liste : selon "
            "l'article 12 de la Loi sur la protection des renseignements personnels dans le secteur privé, "
            "tel qu'elle l'a modifié, un renseignement est sensible quand, par sa nature ou par le contexte "
            "de son utilisation, il appelle une forte protection de la vie privée. L'appartenance à un "
            "syndicat peut donc être sensible.</p>"
            "<p>C'est pourquoi Solidaire recueille le minimum. Tout ce que le site conserve est décrit "
            "ci-dessous.</p>"
            "<h2>Sans compte</h2>"
            "<p>Vous pouvez suivre les cours sans créer de compte. Votre navigateur reçoit alors deux "
            "témoins (cookies) :</p>"
            "<ul>"
            "<li><b>un témoin de session</b>, qui dure deux semaines;</li>"
            "<li><b>un témoin de sécurité</b>, qui protège les formulaires contre la falsification "
            "(CSRF).</li>"
            "</ul>"
            "<p>Sur le serveur, liés à cette session, nous conservons :</p>"
            "<ul>"
            "<li>un numéro d'apprenant anonyme, avec sa date de création et la date de votre dernière "
            "activité;</li>"
            "<li>les leçons que vous avez marquées comme terminées (quelle leçon, et quand);</li>"
            "<li>vos tentatives aux quiz (début, fin, note, réussite ou non) et vos réponses.</li>"
            "</ul>"
            "<p><b>Tout cela est effacé après 180 jours sans activité.</b></p>"
            "<h2>Avec un compte</h2>"
            "<p>Si vous créez un compte, le site conserve :</p>"
            "<ul>"
            "<li>votre nom d'utilisateur, qui n'a pas besoin d'être votre vrai nom;</li>"
            "<li>votre mot de passe, seulement sous forme d'empreinte à sens unique (hachage) : personne ne "
            "peut le lire;</li>"
            "<li>une adresse courriel, seulement si vous en donnez une, et uniquement pour réinitialiser "
            "votre mot de passe;</li>"
            "<li>la date de votre inscription et celle de votre dernière connexion;</li>"
            "<li>votre progression, avec les mêmes renseignements que ci-dessus;</li>"
            "<li>vos certificats : leur code, le cours, la date et leur statut.</li>"
            "</ul>"
            "<p>Le nom imprimé sur un certificat n'est conservé que si vous choisissez de l'afficher sur la "
            "page publique de vérification.</p>"
            "<p><b>Protection de la connexion :</b> après 5 tentatives de connexion ratées, le nom "
            "d'utilisateur est bloqué pendant 15 minutes. Ce décompte n'est gardé que pendant ce temps, et "
            "seulement par nom d'utilisateur.</p>"
            "<h2>Ce que l'application ne conserve jamais</h2>"
            "<p>L'application Solidaire ne conserve jamais :</p>"
            "<ul>"
            "<li>votre adresse IP;</li>"
            "<li>votre navigateur ou votre appareil (le « user agent »);</li>"
            "<li>l'endroit où vous vous trouvez.</li>"
            "</ul>"
            "<p>Il n'y a ni publicité, ni mesure d'audience, ni pistage, ni polices de caractères ou scripts "
            "venant d'autres sites.</p>"
            "<p>Une vidéo dans une leçon n'est chargée depuis son hébergeur (YouTube ou Vimeo) que si vous "
            "cliquez pour la charger. Cet hébergeur voit alors votre visite.</p>"
            "<p>L'organisation qui fait fonctionner le serveur peut garder de brefs journaux techniques du "
            "serveur. L'application, elle, n'en garde pas.</p>"
            "<h2>Vos droits</h2>"
            "<p>Dans <b>Mon apprentissage</b>, vous pouvez :</p>"
            "<ul>"
            "<li><b>télécharger toutes vos données</b> dans un fichier JSON;</li>"
            "<li><b>supprimer votre compte</b> : tout ce qui vous concerne est effacé, et les certificats "
            "que vous avez remis à d'autres personnes apparaissent alors comme n'étant plus valides;</li>"
            "<li><b>révoquer un certificat</b>.</li>"
            "</ul>"
            "<p>Vous pouvez aussi effacer les témoins de votre navigateur à tout moment pour recommencer de "
            "façon anonyme.</p>"
            "<h2>Ateliers en direct</h2><p>Les pseudos et les réponses donnés pendant un atelier en direct sont supprimés 30 jours après l'atelier ; seul le nombre de réponses à chaque choix est conservé. On ne demande ni compte ni courriel pour participer.</p><h2>Qui contacter</h2>"
            "<p>Pour toute question sur vos données, quelle qu'elle soit, adressez-vous à l'organisation qui "
            "fait fonctionner ce site Solidaire.</p>"
        ),
        "en": (
            "<h2>Why we collect the minimum</h2>"
            "<p>Taking a union course can reveal that you are a union member. In Europe, the General Data "
            "Protection Regulation (GDPR) lists trade union membership among sensitive data, in its article "
            "9. In Quebec, Law 25 gives no such list: under section 12 of the Act respecting the protection "
            "of personal information in the private sector, as Law 25 amended it, information is sensitive "
            "when its nature or the context of its use calls for a high level of privacy protection. Union "
            "membership can therefore be sensitive.</p>"
            "<p>That is why Solidaire collects the minimum. Everything the site keeps is described "
            "below.</p>"
            "<h2>Without an account</h2>"
            "<p>You can take the courses without creating an account. Your browser then receives two "
            "cookies:</p>"
            "<ul>"
            "<li><b>a session cookie</b>, which lasts two weeks;</li>"
            "<li><b>a security cookie</b>, which protects forms against forgery (CSRF).</li>"
            "</ul>"
            "<p>On the server, tied to that session, we keep:</p>"
            "<ul>"
            "<li>an anonymous learner number, with its creation date and the date of your last "
            "activity;</li>"
            "<li>the lessons you marked as finished (which lesson, and when);</li>"
            "<li>your quiz attempts (start, end, score, passed or not) and your answers.</li>"
            "</ul>"
            "<p><b>All of it is deleted after 180 days without activity.</b></p>"
            "<h2>With an account</h2>"
            "<p>If you create an account, the site keeps:</p>"
            "<ul>"
            "<li>your username, which does not need to be your real name;</li>"
            "<li>your password, only as a one-way hash: nobody can read it;</li>"
            "<li>an email address, only if you give one, and only to reset your password;</li>"
            "<li>the date you joined and the date of your last sign-in;</li>"
            "<li>your progress, with the same details as above;</li>"
            "<li>your certificates: their code, the course, the date and their status.</li>"
            "</ul>"
            "<p>The name printed on a certificate is kept only if you choose to show it on the public "
            "verification page.</p>"
            "<p><b>Sign-in protection:</b> after 5 failed sign-ins, the username is locked for 15 minutes. "
            "This count is kept only for that time, and only per username.</p>"
            "<h2>What the application never stores</h2>"
            "<p>The Solidaire application never stores:</p>"
            "<ul>"
            "<li>your IP address;</li>"
            '<li>your browser or your device (the "user agent");</li>'
            "<li>your location.</li>"
            "</ul>"
            "<p>There is no advertising, no analytics, no tracking, and no fonts or scripts from other "
            "sites.</p>"
            "<p>A video in a lesson is loaded from its host (YouTube or Vimeo) only if you click to load it. "
            "That host then sees your visit.</p>"
            "<p>The organisation that runs the server may keep short technical server logs. The application "
            "itself does not.</p>"
            "<h2>Your rights</h2>"
            "<p>In <b>My learning</b>, you can:</p>"
            "<ul>"
            "<li><b>download all your data</b> as a JSON file;</li>"
            "<li><b>delete your account</b>: everything about you is erased, and certificates you gave to "
            "others then show as no longer valid;</li>"
            "<li><b>revoke a certificate</b>.</li>"
            "</ul>"
            "<p>You can also clear your browser's cookies at any time to start again anonymously.</p>"
            "<h2>Live workshops</h2><p>The nicknames and answers given in a live workshop are deleted 30 days after the workshop; only the number of answers to each choice is kept. Taking part needs no account and no email address.</p><h2>Who to contact</h2>"
            "<p>For any question about your data, whatever it is, contact the organisation that runs this "
            "Solidaire site.</p>"
        ),
        "es": (
            "<h2>Por qué recogemos lo mínimo</h2>"
            "<p>Seguir un curso sindical puede revelar que perteneces a un sindicato. En Europa, el "
            "Reglamento General de Protección de Datos (RGPD) incluye la afiliación sindical entre los datos "
            "sensibles, en su artículo 9. En Quebec, la Ley 25 no da ninguna lista: según el artículo 12 de "
            "la Ley sobre la protección de la información personal en el sector privado, tal como la Ley 25 "
            "lo modificó, una información es sensible cuando, por su naturaleza o por el contexto en que se "
            "usa, exige una fuerte protección de la vida privada. Por eso la afiliación sindical puede ser "
            "sensible.</p>"
            "<p>Por eso Solidaire recoge lo mínimo. Todo lo que el sitio guarda se describe a "
            "continuación.</p>"
            "<h2>Sin cuenta</h2>"
            "<p>Puedes seguir los cursos sin crear una cuenta. Tu navegador recibe entonces dos cookies:</p>"
            "<ul>"
            "<li><b>una cookie de sesión</b>, que dura dos semanas;</li>"
            "<li><b>una cookie de seguridad</b>, que protege los formularios contra la falsificación "
            "(CSRF).</li>"
            "</ul>"
            "<p>En el servidor, vinculados a esa sesión, guardamos:</p>"
            "<ul>"
            "<li>un número de estudiante anónimo, con su fecha de creación y la fecha de tu última "
            "actividad;</li>"
            "<li>las lecciones que marcaste como terminadas (qué lección y cuándo);</li>"
            "<li>tus intentos en los cuestionarios (inicio, fin, puntuación, aprobado o no) y tus "
            "respuestas.</li>"
            "</ul>"
            "<p><b>Todo esto se borra después de 180 días sin actividad.</b></p>"
            "<h2>Con una cuenta</h2>"
            "<p>Si creas una cuenta, el sitio guarda:</p>"
            "<ul>"
            "<li>tu nombre de usuario, que no tiene por qué ser tu nombre real;</li>"
            "<li>tu contraseña, solo en forma de huella irreversible (hash): nadie puede leerla;</li>"
            "<li>una dirección de correo electrónico, solo si la das, y únicamente para restablecer tu "
            "contraseña;</li>"
            "<li>la fecha en que te registraste y la de tu último inicio de sesión;</li>"
            "<li>tu progreso, con los mismos datos que arriba;</li>"
            "<li>tus certificados: su código, el curso, la fecha y su estado.</li>"
            "</ul>"
            "<p>El nombre impreso en un certificado solo se guarda si eliges mostrarlo en la página pública "
            "de verificación.</p>"
            "<p><b>Protección del inicio de sesión:</b> después de 5 intentos fallidos, el nombre de usuario "
            "queda bloqueado durante 15 minutos. Ese conteo se guarda solo durante ese tiempo y solo por "
            "nombre de usuario.</p>"
            "<h2>Lo que la aplicación nunca guarda</h2>"
            "<p>La aplicación Solidaire nunca guarda:</p>"
            "<ul>"
            "<li>tu dirección IP;</li>"
            "<li>tu navegador o tu dispositivo (el «user agent»);</li>"
            "<li>tu ubicación.</li>"
            "</ul>"
            "<p>No hay publicidad, ni medición de audiencia, ni rastreo, ni fuentes tipográficas o scripts "
            "de otros sitios.</p>"
            "<p>Un video de una lección se carga desde su plataforma (YouTube o Vimeo) solo si haces clic "
            "para cargarlo. Esa plataforma ve entonces tu visita.</p>"
            "<p>La organización que hace funcionar el servidor puede guardar breves registros técnicos del "
            "servidor. La aplicación, en cambio, no los guarda.</p>"
            "<h2>Tus derechos</h2>"
            "<p>En <b>Mi aprendizaje</b>, puedes:</p>"
            "<ul>"
            "<li><b>descargar todos tus datos</b> en un archivo JSON;</li>"
            "<li><b>eliminar tu cuenta</b>: todo lo que te concierne se borra, y los certificados que "
            "entregaste a otras personas aparecen entonces como ya no válidos;</li>"
            "<li><b>revocar un certificado</b>.</li>"
            "</ul>"
            "<p>También puedes borrar las cookies de tu navegador en cualquier momento para volver a empezar "
            "de forma anónima.</p>"
            "<h2>Talleres en directo</h2><p>Los apodos y las respuestas dados en un taller en directo se eliminan 30 días después del taller; solo se conserva el número de respuestas a cada opción. Para participar no se pide ni cuenta ni correo.</p><h2>A quién contactar</h2>"
            "<p>Para cualquier pregunta sobre tus datos, sea cual sea, dirígete a la organización que hace "
            "funcionar este sitio Solidaire.</p>"
        ),
        "ht": (
            "<h2>Poukisa nou ranmase pi piti enfòmasyon posib</h2>"
            "<p>Lè w swiv yon kou sendikal, sa ka montre ou se manm yon sendika. An Ewòp, Règleman jeneral "
            "sou pwoteksyon done yo (RGPD) mete enfòmasyon sou manm sendika nan lis enfòmasyon sansib yo, "
            "nan atik 9 li. Nan Kebèk, Lwa 25 pa bay okenn lis: dapre atik 12 lwa sou pwoteksyon "
            "enfòmasyon pèsonèl nan sektè prive a, jan Lwa 25 chanje l, yon enfòmasyon vin sansib lè, akoz "
            "sa li ye oswa akoz fason yo sèvi avè l, li mande pou yo pwoteje vi prive moun nan anpil. Kidonk, "
            "lefèt ou manm yon sendika ka yon enfòmasyon sansib.</p>"
            "<p>Se poutèt sa Solidaire ranmase sèlman sa ki pi piti a. Tout sa sit la kenbe esplike pi "
            "ba a.</p>"
            "<h2>San kont</h2>"
            "<p>Ou ka swiv kou yo san w pa kreye yon kont. Lè sa a, navigatè w resevwa de ti fichye yo rele "
            '"cookie":</p>'
            "<ul>"
            "<li><b>yon cookie sesyon</b>, ki dire de semèn;</li>"
            "<li><b>yon cookie sekirite</b>, ki pwoteje fòmilè yo kont moun ki ta vle fè fo fòmilè "
            "(CSRF).</li>"
            "</ul>"
            "<p>Sou sèvè a, nou kenbe enfòmasyon sa yo, ki mare ak sesyon sa a:</p>"
            "<ul>"
            "<li>yon nimewo elèv anonim, ak dat yo kreye l ak dat dènye fwa ou te aktif;</li>"
            "<li>leson ou make kòm fini yo (ki leson, ak ki lè);</li>"
            "<li>esè ou fè nan kesyonè yo (kòmansman, fen, nòt, reyisi oswa non) ak repons ou yo.</li>"
            "</ul>"
            "<p><b>Tout sa efase apre 180 jou san aktivite.</b></p>"
            "<h2>Avèk yon kont</h2>"
            "<p>Si w kreye yon kont, sit la kenbe:</p>"
            "<ul>"
            "<li>non itilizatè w, ki pa oblije se vrè non w;</li>"
            '<li>modpas ou, sèlman sou fòm yon anprent yo pa ka defèt ("hash"): pèsonn pa ka li l;</li>'
            "<li>yon adrès imèl, sèlman si w bay youn, e sèlman pou w ka mete yon nouvo modpas;</li>"
            "<li>dat ou te enskri ak dat dènye fwa ou te konekte;</li>"
            "<li>pwogrè w, ak menm enfòmasyon ki anwo yo;</li>"
            "<li>sètifika w yo: kòd yo, kou a, dat la ak estati yo.</li>"
            "</ul>"
            "<p>Sit la kenbe non ki enprime sou yon sètifika sèlman si w chwazi montre l sou paj piblik kote "
            "moun verifye sètifika yo.</p>"
            "<p><b>Pwoteksyon koneksyon:</b> apre 5 tantativ koneksyon ki echwe, non itilizatè a bloke "
            "pandan 15 minit. Sit la kenbe kantite tantativ yo sèlman pandan tan sa a, e sèlman pou chak "
            "non itilizatè.</p>"
            "<h2>Sa aplikasyon an pa janm kenbe</h2>"
            "<p>Aplikasyon Solidaire la pa janm kenbe:</p>"
            "<ul>"
            "<li>adrès IP ou;</li>"
            '<li>navigatè w oswa aparèy ou (sa yo rele "user agent" la);</li>'
            "<li>kote w ye.</li>"
            "</ul>"
            "<p>Pa gen piblisite, pa gen zouti pou mezire odyans, pa gen zouti pou swiv ou, ni polis "
            "karaktè oswa script ki soti nan lòt sit.</p>"
            "<p>Yon videyo nan yon leson chaje sou sit ki ebèje l la (YouTube oswa Vimeo) sèlman si w klike "
            "pou chaje l. Lè sa a, sit sa a wè vizit ou.</p>"
            "<p>Òganizasyon ki fè sèvè a mache a ka kenbe kèk ti jounal teknik kout sou sèvè a. Aplikasyon "
            "an menm pa kenbe okenn.</p>"
            "<h2>Dwa ou yo</h2>"
            "<p>Nan <b>Aprantisaj mwen</b>, ou ka:</p>"
            "<ul>"
            "<li><b>telechaje tout done w yo</b> nan yon fichye JSON;</li>"
            "<li><b>efase kont ou</b>: tout sa ki konsène w efase, epi sètifika ou te bay lòt moun yo "
            "parèt kòm sètifika ki pa valab ankò;</li>"
            "<li><b>anile yon sètifika</b>.</li>"
            "</ul>"
            "<p>Ou ka efase cookie navigatè w yo tou, nenpòt ki lè, pou w rekòmanse kòm yon moun "
            "anonim.</p>"
            "<h2>Atelye an dirèk</h2><p>Tinon ak repons moun bay nan yon atelye an dirèk efase 30 jou apre atelye a; se sèlman kantite repons pou chak chwa ki rete. Pou w patisipe, yo pa mande ni kont ni imèl.</p><h2>Ki moun pou w kontakte</h2>"
            "<p>Pou nenpòt kesyon sou done w yo, kèlkeswa sa l ye, kontakte òganizasyon ki fè sit Solidaire "
            "sa a mache a.</p>"
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
            "ap wè kijan dwa sa yo aplike nan chèn pwovizyònman yo (tout antrepriz ki fè yon pwodui rive "
            "jis nan magazen an) ak kijan sendika isit ak lòt kote aji "
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
        {
            "fr": (
                "Préparer une plainte au Comité de la liberté syndicale ou des observations sur un rapport "
                "du gouvernement, et savoir quand s'adresser à un point de contact national de l'OCDE."
            ),
            "en": (
                "Prepare a complaint to the Committee on Freedom of Association or observations on a "
                "government's report, and know when to turn to an OECD National Contact Point."
            ),
            "es": (
                "Preparar una queja ante el Comité de Libertad Sindical u observaciones sobre una memoria "
                "del gobierno, y saber cuándo acudir a un punto nacional de contacto de la OCDE."
            ),
            "ht": (
                "Prepare yon plent devan Komite Libète Sendikal la oswa obsèvasyon sou yon rapò gouvènman "
                "an, epi konnen ki lè pou w ale kot yon pwen kontak nasyonal OCDE."
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
    "duration_minutes": 270,
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
