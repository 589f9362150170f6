"""Toolkit: a 45-minute workshop on freedom of association (French and English).

Goes with module 2 of the demo course ("The fundamental instruments") and its quiz, whose first two
questions are about Conventions Nos 87 and 98. Facts: the module's first lesson and
shared/context/labour-law-facts.md.
"""

TOOLKIT = {
    "key": "freedom-of-association",
    "title": {
        "fr": "La liberté syndicale en 45 minutes",
        "en": "Freedom of association in 45 minutes",
    },
    "slug": {
        "fr": "la-liberte-syndicale-en-45-minutes",
        "en": "freedom-of-association-in-45-minutes",
    },
    "summary": {
        "fr": (
            "Un atelier court, à glisser dans une assemblée ou une soirée d'accueil des nouveaux membres : "
            "ce que protègent les conventions n° 87 et n° 98 de l'OIT, et vers qui se tourner quand ces "
            "droits ne sont pas respectés."
        ),
        "en": (
            "A short workshop to fit into a general meeting or an evening for new members: what ILO "
            "Conventions Nos 87 and 98 protect, and where to turn when these rights are not respected."
        ),
    },
    "audience": {
        "fr": "Nouveaux membres, déléguées et délégués, toute personne qui découvre le syndicat.",
        "en": "New members, stewards, anyone getting to know the union.",
    },
    "group_size": (6, 30),
    "objectives": [
        {
            "fr": (
                "dire ce que protège la convention n° 87 : créer une organisation de son choix et s'y "
                "affilier, sans autorisation préalable ;"
            ),
            "en": (
                "say what Convention No. 87 protects: forming and joining organisations of one's own "
                "choosing, without prior authorisation;"
            ),
        },
        {
            "fr": (
                "dire ce que protège la convention n° 98 : la protection contre la discrimination "
                "antisyndicale et la promotion de la négociation collective ;"
            ),
            "en": (
                "say what Convention No. 98 protects: protection against anti-union discrimination and the "
                "promotion of collective bargaining;"
            ),
        },
        {
            "fr": (
                "savoir que le Comité de la liberté syndicale peut examiner une plainte même contre un État "
                "qui n'a ratifié aucune de ces deux conventions."
            ),
            "en": (
                "know that the Committee on Freedom of Association can examine a complaint even against a "
                "State that has ratified neither of these conventions."
            ),
        },
    ],
    "materials": {
        "fr": (
            "<ul>"
            "<li>Un tableau ou une grande feuille et des marqueurs.</li>"
            "<li>Une copie par personne du document des participantes et participants et de la fiche « La "
            "liberté syndicale en une page ».</li>"
            "<li>Le quiz imprimé et son corrigé.</li>"
            "</ul>"
        ),
        "en": (
            "<ul>"
            "<li>A board or a large sheet of paper and markers.</li>"
            "<li>One copy per person of the participants' handout and of the sheet \"Freedom of association "
            'on one page".</li>'
            "<li>The printed quiz and its answer key.</li>"
            "</ul>"
        ),
    },
    "preparation": {
        "fr": (
            "<p>Lisez la leçon « Liberté syndicale et négociation collective » du module 2. Préparez un "
            "exemple tiré de l'histoire de votre syndicat : sa fondation, une campagne de syndicalisation, "
            "une première convention collective.</p>"
        ),
        "en": (
            '<p>Read the lesson "Freedom of association and collective bargaining" in module 2. Prepare an '
            "example from your union's history: its founding, an organising drive, a first collective "
            "agreement.</p>"
        ),
    },
    "agenda": [
        {
            "title": {
                "fr": "Seul ou ensemble ?",
                "en": "Alone or together?",
            },
            "minutes": 5,
            "method": "icebreaker",
            "instructions": {
                "fr": (
                    "<p>Demandez au groupe : « Qu'est-ce que le syndicat vous permet de faire que vous ne "
                    "pourriez pas faire seul ? » Notez trois ou quatre réponses au tableau.</p>"
                ),
                "en": (
                    '<p>Ask the group: "What does the union let you do that you could not do alone?" Write '
                    "three or four answers on the board.</p>"
                ),
            },
            "notes": {
                "fr": (
                    "<p>Retenez une idée-clé pour la suite : sans syndicat, chaque personne fait face seule à "
                    "l'employeur ; la liberté syndicale est l'outil qui permet de défendre tous les autres "
                    "droits.</p>"
                ),
                "en": (
                    "<p>Keep one key idea for what follows: without a union, each worker faces the employer "
                    "alone; freedom of association is the tool for defending all the other rights.</p>"
                ),
            },
            "materials": [{"fr": "Tableau et marqueurs", "en": "Board and markers"}],
            "handout": {"fr": "", "en": ""},
        },
        {
            "title": {
                "fr": "Les conventions n° 87 et n° 98",
                "en": "Conventions Nos 87 and 98",
            },
            "minutes": 10,
            "method": "presentation",
            "instructions": {
                "fr": (
                    "<p>Présentez la convention n° 87 (1948) : les travailleuses et les travailleurs ont le "
                    "droit de constituer les organisations de leur choix et de s'y affilier, sans autorisation "
                    "préalable, et les autorités publiques doivent s'abstenir de toute intervention qui "
                    "limiterait ce droit.</p>"
                    "<p>Présentez la convention n° 98 (1949) : elle protège contre la discrimination "
                    "antisyndicale, par exemple un renvoi à cause d'activités syndicales, et elle demande aux "
                    "États d'encourager la négociation collective.</p>"
                    "<p>Terminez par le Comité de la liberté syndicale, créé en 1951.</p>"
                ),
                "en": (
                    "<p>Present Convention No. 87 (1948): workers have the right to establish and join "
                    "organisations of their own choosing, without prior authorisation, and public authorities "
                    "must refrain from any interference that would restrict this right.</p>"
                    "<p>Present Convention No. 98 (1949): it protects against anti-union discrimination, for "
                    "example being fired because of union activities, and it asks States to encourage "
                    "collective bargaining.</p>"
                    "<p>Finish with the Committee on Freedom of Association, set up in 1951.</p>"
                ),
            },
            "notes": {
                "fr": (
                    "<p>Le point qui surprend souvent : le Comité de la liberté syndicale peut examiner une "
                    "plainte même contre un État qui n'a ratifié ni la convention n° 87 ni la convention "
                    "n° 98, parce qu'en devenant membre de l'OIT, un État accepte le principe de la liberté "
                    "syndicale.</p>"
                ),
                "en": (
                    "<p>The point that often surprises people: the Committee on Freedom of Association can "
                    "examine a complaint even against a State that has ratified neither Convention No. 87 nor "
                    "Convention No. 98, because by becoming a member of the ILO a State accepts the principle "
                    "of freedom of association.</p>"
                ),
            },
            "materials": [],
            "handout": {
                "fr": (
                    "<h3>Convention n° 87 (1948)</h3>"
                    "<ul>"
                    "<li>Créer un syndicat et y adhérer, sans autorisation préalable.</li>"
                    "<li>Choisir ses statuts, ses responsables et son programme d'action.</li>"
                    "<li>Pas d'intervention des autorités publiques qui limiterait ce droit.</li>"
                    "</ul>"
                    "<h3>Convention n° 98 (1949)</h3>"
                    "<ul>"
                    "<li>Protection contre la discrimination antisyndicale : à l'embauche, contre le renvoi, "
                    "contre les sanctions.</li>"
                    "<li>Protection des syndicats contre l'ingérence de l'employeur.</li>"
                    "<li>Promotion de la négociation collective volontaire.</li>"
                    "</ul>"
                ),
                "en": (
                    "<h3>Convention No. 87 (1948)</h3>"
                    "<ul>"
                    "<li>Forming and joining a union, without prior authorisation.</li>"
                    "<li>Choosing its own rules, its leaders and its plan of action.</li>"
                    "<li>No interference by public authorities that would restrict this right.</li>"
                    "</ul>"
                    "<h3>Convention No. 98 (1949)</h3>"
                    "<ul>"
                    "<li>Protection against anti-union discrimination: in hiring, against dismissal, against "
                    "penalties.</li>"
                    "<li>Protection of unions against interference by the employer.</li>"
                    "<li>Promotion of voluntary collective bargaining.</li>"
                    "</ul>"
                ),
            },
        },
        {
            "title": {
                "fr": "Un syndicat dans un centre d'appels",
                "en": "A union in a call centre",
            },
            "minutes": 15,
            "method": "case_study",
            "instructions": {
                "fr": (
                    "<p>En équipes de trois ou quatre, faites lire le scénario (document des participantes et "
                    "participants) et répondre aux trois questions en huit minutes.</p>"
                    "<p>Mettez en commun pendant sept minutes, en reliant chaque réponse à la convention "
                    "n° 87 ou à la convention n° 98.</p>"
                ),
                "en": (
                    "<p>In teams of three or four, have people read the scenario (participants' handout) and "
                    "answer the three questions in eight minutes.</p>"
                    "<p>Pool the answers for seven minutes, linking each one to Convention No. 87 or Convention "
                    "No. 98.</p>"
                ),
            },
            "notes": {
                "fr": (
                    "<p>Le scénario est fictif. Réponses attendues : exiger une autorisation de la direction "
                    "va contre la convention n° 87 ; le renvoi des deux responsables est de la discrimination "
                    "antisyndicale, contraire à la convention n° 98. On utilise d'abord les recours prévus par "
                    "le droit du pays ; si l'État ne protège pas la liberté syndicale, l'organisation peut "
                    "aussi porter plainte devant le Comité de la liberté syndicale.</p>"
                ),
                "en": (
                    "<p>The scenario is fictional. Expected answers: requiring management's permission goes "
                    "against Convention No. 87; firing the two officers is anti-union discrimination, contrary "
                    "to Convention No. 98. The remedies under the country's law come first; if the State fails "
                    "to protect freedom of association, the organisation can also file a complaint with the "
                    "Committee on Freedom of Association.</p>"
                ),
            },
            "materials": [],
            "handout": {
                "fr": (
                    "<h3>Le scénario (fictif)</h3>"
                    "<p>Dans un centre d'appels, une trentaine d'employées et d'employés décident de former un "
                    "syndicat pour discuter des horaires et des pauses. La direction leur dit qu'il leur faut "
                    "d'abord son accord. Un mois plus tard, la présidente et le trésorier du nouveau syndicat "
                    "sont renvoyés pour des motifs flous.</p>"
                    "<h3>Vos questions</h3>"
                    "<ol>"
                    "<li>Quels droits ne sont pas respectés ?</li>"
                    "<li>Quelle convention protège chacun de ces droits ?</li>"
                    "<li>Que peuvent faire les membres, et vers qui peuvent-ils se tourner ?</li>"
                    "</ol>"
                ),
                "en": (
                    "<h3>The scenario (fictional)</h3>"
                    "<p>In a call centre, about thirty employees decide to form a union to discuss schedules "
                    "and breaks. Management tells them they first need its approval. A month later, the "
                    "president and the treasurer of the new union are fired on vague grounds.</p>"
                    "<h3>Your questions</h3>"
                    "<ol>"
                    "<li>Which rights are not being respected?</li>"
                    "<li>Which convention protects each of these rights?</li>"
                    "<li>What can the members do, and where can they turn?</li>"
                    "</ol>"
                ),
            },
        },
        {
            "title": {"fr": "Quiz", "en": "Quiz"},
            "minutes": 10,
            "method": "quiz",
            "instructions": {
                "fr": (
                    "<p>Distribuez le quiz imprimé du module 2. Faites ensemble les questions 1 et 2, qui "
                    "portent sur les conventions n° 87 et n° 98, et corrigez-les avec le corrigé.</p>"
                    "<p>Les autres questions portent sur le reste du module : proposez-les pour après "
                    "l'atelier, avec les leçons en ligne.</p>"
                ),
                "en": (
                    "<p>Hand out the printed quiz of module 2. Do questions 1 and 2 together, which are about "
                    "Conventions Nos 87 and 98, and go through them with the answer key.</p>"
                    "<p>The other questions cover the rest of the module: suggest them for after the workshop, "
                    "together with the online lessons.</p>"
                ),
            },
            "notes": {"fr": "", "en": ""},
            "materials": [
                {"fr": "Le quiz imprimé et son corrigé", "en": "The printed quiz and its answer key"},
            ],
            "handout": {"fr": "", "en": ""},
        },
        {
            "title": {"fr": "Pour aller plus loin", "en": "Going further"},
            "minutes": 5,
            "method": "evaluation",
            "instructions": {
                "fr": (
                    "<p>Faites un tour de table rapide : une chose que chaque personne retient. Indiquez où "
                    "trouver le module 2 en ligne et qui contacter au syndicat en cas de problème.</p>"
                ),
                "en": (
                    "<p>Do a quick round: one thing each person takes away. Say where to find module 2 online "
                    "and whom to contact in the union if there is a problem.</p>"
                ),
            },
            "notes": {"fr": "", "en": ""},
            "materials": [],
            "handout": {"fr": "", "en": ""},
        },
    ],
    "discussion": [
        {
            "question": {
                "fr": (
                    "Dans votre milieu de travail ou votre secteur, qu'est-ce qui empêche des personnes "
                    "d'adhérer à un syndicat ou de négocier collectivement ?"
                ),
                "en": (
                    "In your workplace or sector, what stops people from joining a union or bargaining "
                    "collectively?"
                ),
            },
            "guidance": {
                "fr": (
                    "Pensez aux obstacles visibles (renvois, menaces, refus de reconnaître le syndicat) et "
                    "moins visibles (la peur, les contrats précaires, la sous-traitance). Pour chacun, "
                    "demandez quel droit est en jeu."
                ),
                "en": (
                    "Think of visible obstacles (dismissals, threats, refusal to recognise the union) and less "
                    "visible ones (fear, precarious contracts, subcontracting). For each one, ask which right "
                    "is at stake."
                ),
            },
        },
    ],
    "attachments": [
        {
            "key": "freedom-of-association-one-page",
            "file_name": {
                "fr": "la-liberte-syndicale-en-une-page",
                "en": "freedom-of-association-on-one-page",
            },
            "title": {
                "fr": "La liberté syndicale en une page",
                "en": "Freedom of association on one page",
            },
            "description": {
                "fr": "Un résumé à remettre en fin d'atelier.",
                "en": "A summary to hand out at the end of the workshop.",
            },
            "body": {
                "fr": (
                    "<h2>Convention n° 87 (1948)</h2>"
                    "<p>Les travailleuses et les travailleurs, sans distinction d'aucune sorte, ont le droit de "
                    "constituer les organisations de leur choix et de s'y affilier, sans autorisation "
                    "préalable. Un syndicat choisit ses statuts, ses responsables et son programme d'action. "
                    "Les autorités publiques doivent s'abstenir de toute intervention qui limiterait ce "
                    "droit.</p>"
                    "<h2>Convention n° 98 (1949)</h2>"
                    "<p>Personne ne peut être refusé à l'embauche, renvoyé ou pénalisé à cause de son "
                    "appartenance syndicale ou de ses activités syndicales. Les syndicats sont protégés contre "
                    "l'ingérence de l'employeur. Les États doivent encourager la négociation collective "
                    "volontaire.</p>"
                    "<h2>Le Comité de la liberté syndicale</h2>"
                    "<p>Créé en 1951 par l'OIT, ce comité tripartite examine les plaintes des organisations de "
                    "travailleurs ou d'employeurs, même contre un État qui n'a ratifié ni la convention n° 87 "
                    "ni la convention n° 98.</p>"
                    "<p>Textes officiels et ratifications : la base de données NORMLEX de l'OIT.</p>"
                ),
                "en": (
                    "<h2>Convention No. 87 (1948)</h2>"
                    "<p>Workers, without distinction whatsoever, have the right to establish and join "
                    "organisations of their own choosing, without prior authorisation. A union chooses its own "
                    "rules, its leaders and its plan of action. Public authorities must refrain from any "
                    "interference that would restrict this right.</p>"
                    "<h2>Convention No. 98 (1949)</h2>"
                    "<p>No one may be refused a job, fired or penalised because of their union membership or "
                    "union activities. Unions are protected against interference by the employer. States must "
                    "encourage voluntary collective bargaining.</p>"
                    "<h2>The Committee on Freedom of Association</h2>"
                    "<p>Set up by the ILO in 1951, this tripartite committee examines complaints from workers' "
                    "or employers' organisations, even against a State that has ratified neither Convention "
                    "No. 87 nor Convention No. 98.</p>"
                    "<p>Official texts and ratifications: the ILO's NORMLEX database.</p>"
                ),
            },
        },
    ],
    "course": "course:ilo/module:2",
    "quiz": "course:ilo/module:2/quiz",
}
