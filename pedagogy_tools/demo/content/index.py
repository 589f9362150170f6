"""The toolkit index page of the demo, in the four languages (like the toolkits themselves)."""

INDEX = {
    "title": {
        "fr": "Trousses d'animation",
        "en": "Facilitation toolkits",
        "es": "Kits pedagógicos",
        "ht": "Bwat zouti",
    },
    "slug": {
        "fr": "trousses",
        "en": "toolkits",
        "es": "kits-pedagogicos",
        "ht": "bwat-zouti",
    },
    "intro": {
        "fr": (
            "<p>Des plans d'atelier prêts à l'emploi pour animer la formation syndicale : objectifs, "
            "déroulement minute par minute, documents pour les participantes et participants, quiz "
            "imprimable et leçons à consulter sans connexion.</p>"
            "<p>Tout le monde peut lire le résumé de chaque trousse. Le guide complet et la trousse à "
            "télécharger sont réservés aux personnes qui animent les ateliers.</p>"
        ),
        "en": (
            "<p>Ready-to-use workshop plans for union education: objectives, a minute-by-minute agenda, "
            "handouts for participants, a printable quiz, and lessons to read without a connection.</p>"
            "<p>Anyone can read each toolkit's summary. The full guide and the downloadable kit are for "
            "the people who run the workshops.</p>"
        ),
        "es": (
            "<p>Planes de taller listos para usar en la formación sindical: objetivos, desarrollo minuto a "
            "minuto, materiales para las personas participantes, un cuestionario para imprimir y lecciones "
            "para leer sin conexión.</p>"
            "<p>Cualquier persona puede leer el resumen de cada kit. La guía completa y el kit descargable "
            "son para quienes animan los talleres.</p>"
        ),
        "ht": (
            "<p>Plan atelye ki pare pou fòmasyon sendikal: objektif, kijan atelye a dewoule minit pa minit, "
            "dokiman pou moun k ap patisipe yo, yon kesyonè pou enprime ak leson pou li san entènèt.</p>"
            "<p>Tout moun ka li rezime chak bwat zouti. Gid konplè a ak pakè pou telechaje a se pou moun "
            "k ap anime atelye yo.</p>"
        ),
    },
}
