"""The toolkit index page of the demo (French and English)."""

INDEX = {
    "title": {
        "fr": "Trousses d'animation",
        "en": "Facilitation toolkits",
    },
    "slug": {
        "fr": "trousses",
        "en": "toolkits",
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
    },
}
