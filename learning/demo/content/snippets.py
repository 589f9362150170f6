"""Snippets for the demo course: themes, the ILO's fundamental instruments and the glossary.

Four languages each (fr, en, es, ht); see the package docstring for the format.
"""

THEMES = [
    {
        "key": "ilo-standards",
        "name": {
            "fr": "L'OIT et les normes internationales du travail",
            "en": "The ILO and international labour standards",
            "es": "La OIT y las normas internacionales del trabajo",
            "ht": "OIT ak nòm entènasyonal travay yo",
        },
        "description": {
            "fr": (
                "Comment l'Organisation internationale du Travail réunit gouvernements, employeurs et "
                "syndicats pour adopter des normes et surveiller leur application."
            ),
            "en": (
                "How the International Labour Organization brings governments, employers and unions together "
                "to adopt standards and monitor how they are applied."
            ),
            "es": (
                "Cómo la Organización Internacional del Trabajo reúne a gobiernos, empleadores y sindicatos "
                "para adoptar normas y vigilar su aplicación."
            ),
            "ht": (
                "Kijan Òganizasyon Entènasyonal Travay (OIT) mete gouvènman, patwon ak sendika ansanm pou yo "
                "adopte nòm epi siveye kijan peyi yo aplike yo."
            ),
        },
    },
    {
        "key": "freedom-of-association",
        "name": {
            "fr": "Liberté syndicale et négociation collective",
            "en": "Freedom of association and collective bargaining",
            "es": "Libertad sindical y negociación colectiva",
            "ht": "Libète sendikal ak negosyasyon kolektif",
        },
        "description": {
            "fr": (
                "Le droit de former un syndicat, d'y adhérer et de négocier collectivement ses conditions de "
                "travail, sans subir de représailles."
            ),
            "en": (
                "The right to form and join a union and to bargain collectively over working conditions, "
                "without reprisals."
            ),
            "es": (
                "El derecho a formar un sindicato, a afiliarse a él y a negociar colectivamente las "
                "condiciones de trabajo, sin sufrir represalias."
            ),
            "ht": (
                "Dwa pou travayè yo fòme yon sendika, antre ladan l epi negosye kondisyon travay yo ansanm, "
                "san yo pa pini yo pou sa."
            ),
        },
    },
    {
        "key": "forced-and-child-labour",
        "name": {
            "fr": "Travail forcé et travail des enfants",
            "en": "Forced labour and child labour",
            "es": "Trabajo forzoso y trabajo infantil",
            "ht": "Travay fòse ak travay timoun",
        },
        "description": {
            "fr": (
                "Pourquoi personne ne doit travailler sous la menace, et pourquoi la place des enfants est à "
                "l'école plutôt qu'à l'usine ou aux champs."
            ),
            "en": (
                "Why no one should work under threat, and why children belong in school rather than in "
                "factories or fields."
            ),
            "es": (
                "Por qué nadie debe trabajar bajo amenaza, y por qué el lugar de niñas y niños es la escuela "
                "y no la fábrica o el campo."
            ),
            "ht": (
                "Poukisa pèsonn pa dwe travay anba menas, epi poukisa plas timoun se lekòl, pa nan faktori "
                "oswa nan jaden."
            ),
        },
    },
    {
        "key": "discrimination",
        "name": {
            "fr": "Égalité et non-discrimination",
            "en": "Equality and non-discrimination",
            "es": "Igualdad y no discriminación",
            "ht": "Egalite ak non-diskriminasyon",
        },
        "description": {
            "fr": (
                "L'égalité de traitement à l'embauche, au travail et dans le salaire, quels que soient le "
                "sexe, la couleur, la religion, les opinions ou l'origine."
            ),
            "en": (
                "Equal treatment in hiring, at work and in pay, whatever a person's sex, colour, religion, "
                "opinions or origin."
            ),
            "es": (
                "Igualdad de trato en la contratación, en el trabajo y en el salario, sin importar el sexo, "
                "el color, la religión, las opiniones o el origen."
            ),
            "ht": (
                "Menm tretman lè y ap anboche moun, nan travay la ak nan salè a, kèlkeswa sèks, koulè, "
                "relijyon, opinyon oswa orijin moun nan."
            ),
        },
    },
    {
        "key": "health-and-safety",
        "name": {
            "fr": "Santé et sécurité au travail",
            "en": "Occupational safety and health",
            "es": "Seguridad y salud en el trabajo",
            "ht": "Sante ak sekirite nan travay",
        },
        "description": {
            "fr": (
                "Le droit de travailler dans un milieu sûr et sain, reconnu comme principe fondamental "
                "depuis 2022."
            ),
            "en": (
                "The right to a safe and healthy working environment, recognised as a fundamental principle "
                "since 2022."
            ),
            "es": (
                "El derecho a un entorno de trabajo seguro y saludable, reconocido como principio "
                "fundamental desde 2022."
            ),
            "ht": (
                "Dwa pou travay nan yon anviwònman ki an sekirite e ki bon pou sante, yon prensip "
                "fondamantal depi 2022."
            ),
        },
    },
    {
        "key": "supply-chains",
        "name": {
            "fr": "Chaînes d'approvisionnement et ateliers de misère",
            "en": "Supply chains and sweatshops",
            "es": "Cadenas de suministro y talleres de explotación",
            "ht": "Chèn pwovizyònman ak atelye mizè",
        },
        "description": {
            "fr": (
                "Qui fabrique ce que nous achetons, dans quelles conditions, et comment les acheteurs "
                "peuvent exiger le respect des droits."
            ),
            "en": (
                "Who makes what we buy, under what conditions, and how buyers can demand that rights be "
                "respected."
            ),
            "es": (
                "Quién fabrica lo que compramos, en qué condiciones, y cómo los compradores pueden exigir "
                "que se respeten los derechos."
            ),
            "ht": (
                "Kiyès ki fè sa nou achte, nan ki kondisyon, epi kijan moun k ap achte yo ka egzije pou yo "
                "respekte dwa travayè yo."
            ),
        },
    },
    {
        "key": "solidarity",
        "name": {
            "fr": "Solidarité syndicale internationale",
            "en": "International union solidarity",
            "es": "Solidaridad sindical internacional",
            "ht": "Solidarite sendikal entènasyonal",
        },
        "description": {
            "fr": (
                "Les liens entre travailleuses et travailleurs du Nord et du Sud : partenariats, campagnes, "
                "stages et fédérations syndicales internationales."
            ),
            "en": (
                "The ties between workers of the North and the South: partnerships, campaigns, internships "
                "and global union federations."
            ),
            "es": (
                "Los lazos entre trabajadoras y trabajadores del Norte y del Sur: alianzas, campañas, "
                "pasantías y federaciones sindicales internacionales."
            ),
            "ht": (
                "Lyen ant travayè nan Nò ak travayè nan Sid: patenarya, kanpay, estaj ak federasyon sendikal "
                "entènasyonal."
            ),
        },
    },
]

STANDARDS = [
    {
        "code": "C029",
        "title": {
            "fr": "Convention (n° 29) sur le travail forcé, 1930",
            "en": "Forced Labour Convention, 1930 (No. 29)",
            "es": "Convenio sobre el trabajo forzoso, 1930 (núm. 29)",
            "ht": "Konvansyon (nimewo 29) sou travay fòse, 1930",
        },
        "year": 1930,
        "category": "fundamental",
        "summary": {
            "fr": (
                "Cette convention interdit le travail forcé ou obligatoire, c'est-à-dire tout travail exigé "
                "d'une personne sous la menace d'une peine et qu'elle n'a pas accepté librement. Les États "
                "qui la ratifient doivent supprimer le travail forcé sous toutes ses formes. Imposer du "
                "travail forcé doit être puni comme un crime, avec des sanctions vraiment appliquées."
            ),
            "en": (
                "This convention prohibits forced or compulsory labour: any work demanded from a person "
                "under the threat of a penalty, which that person has not freely agreed to do. States that "
                "ratify it must suppress forced labour in all its forms. Imposing forced labour must be "
                "punished as a crime, with penalties that are actually enforced."
            ),
            "es": (
                "Este convenio prohíbe el trabajo forzoso u obligatorio, es decir, todo trabajo exigido a "
                "una persona bajo la amenaza de una pena y que esa persona no ha aceptado libremente. Los "
                "Estados que lo ratifican deben suprimir el trabajo forzoso en todas sus formas. Imponer "
                "trabajo forzoso debe castigarse como un delito, con sanciones que se apliquen de verdad."
            ),
            "ht": (
                "Konvansyon sa a entèdi travay fòse, sa vle di nenpòt travay yo egzije yon moun fè anba "
                "menas yon pinisyon, san moun nan pa t dakò fè l lib e libè. Peyi ki ratifye l dwe elimine "
                "travay fòse sou tout fòm. Moun ki fòse lòt moun travay dwe jwenn pinisyon tankou pou yon "
                "krim, e pinisyon sa yo dwe aplike tout bon."
            ),
        },
        "url": "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C029",
    },
    {
        "code": "P029",
        "title": {
            "fr": "Protocole de 2014 relatif à la convention sur le travail forcé, 1930",
            "en": "Protocol of 2014 to the Forced Labour Convention, 1930",
            "es": "Protocolo de 2014 relativo al Convenio sobre el trabajo forzoso, 1930",
            "ht": "Pwotokòl 2014 pou Konvansyon sou travay fòse, 1930",
        },
        "year": 2014,
        "category": "fundamental",
        "summary": {
            "fr": (
                "Ce protocole met la convention de 1930 à jour face aux formes actuelles de travail forcé, "
                "comme la traite des personnes et le recrutement abusif de travailleuses et travailleurs "
                "migrants. Les États doivent prévenir le travail forcé, protéger les victimes et leur donner "
                "accès à des recours, par exemple une indemnisation."
            ),
            "en": (
                "This protocol brings the 1930 convention up to date with today's forms of forced labour, "
                "such as human trafficking and the abusive recruitment of migrant workers. States must "
                "prevent forced labour, protect victims and give them access to remedies, such as "
                "compensation."
            ),
            "es": (
                "Este protocolo actualiza el convenio de 1930 frente a las formas actuales de trabajo "
                "forzoso, como la trata de personas y la contratación abusiva de trabajadoras y trabajadores "
                "migrantes. Los Estados deben prevenir el trabajo forzoso, proteger a las víctimas y darles "
                "acceso a mecanismos de reparación, por ejemplo una indemnización."
            ),
            "ht": (
                "Pwotokòl sa a mete konvansyon 1930 la ajou pou fòm travay fòse ki egziste jodi a, tankou "
                "trafik moun ak abi sou travayè migran lè y ap rekrite yo. Peyi yo dwe anpeche travay fòse, "
                "pwoteje viktim yo epi ba yo mwayen pou jwenn reparasyon, pa egzanp yon dedomajman."
            ),
        },
        "url": "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:P029",
    },
    {
        "code": "C087",
        "title": {
            "fr": "Convention (n° 87) sur la liberté syndicale et la protection du droit syndical, 1948",
            "en": "Freedom of Association and Protection of the Right to Organise Convention, 1948 (No. 87)",
            "es": (
                "Convenio sobre la libertad sindical y la protección del derecho de sindicación, 1948 (núm. "
                "87)"
            ),
            "ht": "Konvansyon (nimewo 87) sou libète sendikal ak pwoteksyon dwa sendikal, 1948",
        },
        "year": 1948,
        "category": "fundamental",
        "summary": {
            "fr": (
                "Les travailleuses, les travailleurs et les employeurs ont le droit de créer les "
                "organisations de leur choix et d'y adhérer, sans autorisation préalable. Ces organisations "
                "adoptent leurs statuts, élisent leurs représentants et décident de leurs activités "
                "librement, sans ingérence des autorités. Le gouvernement ne peut pas dissoudre ou suspendre "
                "un syndicat par une simple décision administrative."
            ),
            "en": (
                "Workers and employers have the right to form and join organisations of their own choosing, "
                "without prior authorisation. These organisations draw up their own rules, elect their "
                "representatives and decide on their activities freely, without interference from the "
                "authorities. The government cannot dissolve or suspend a union by a simple administrative "
                "decision."
            ),
            "es": (
                "Trabajadoras, trabajadores y empleadores tienen derecho a constituir las organizaciones que "
                "elijan y a afiliarse a ellas, sin autorización previa. Estas organizaciones redactan sus "
                "estatutos, eligen a sus representantes y deciden sus actividades libremente, sin injerencia "
                "de las autoridades. El gobierno no puede disolver ni suspender un sindicato por una simple "
                "decisión administrativa."
            ),
            "ht": (
                "Travayè yo ak patwon yo gen dwa fòme òganizasyon yo chwazi epi antre ladan yo, san yo pa "
                "bezwen mande pèmisyon davans. Òganizasyon sa yo ekri pwòp règleman yo, chwazi reprezantan "
                "yo epi deside aktivite yo lib, san otorite yo pa mele ladan. Gouvènman an pa ka fèmen oswa "
                "sispann yon sendika jis ak yon desizyon administratif."
            ),
        },
        "url": "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C087",
    },
    {
        "code": "C098",
        "title": {
            "fr": "Convention (n° 98) sur le droit d'organisation et de négociation collective, 1949",
            "en": "Right to Organise and Collective Bargaining Convention, 1949 (No. 98)",
            "es": "Convenio sobre el derecho de sindicación y de negociación colectiva, 1949 (núm. 98)",
            "ht": "Konvansyon (nimewo 98) sou dwa pou òganize ak pou fè negosyasyon kolektif, 1949",
        },
        "year": 1949,
        "category": "fundamental",
        "summary": {
            "fr": (
                "Cette convention vous protège contre la discrimination antisyndicale : on ne peut pas "
                "refuser de vous embaucher ni vous congédier parce que vous êtes membre d'un syndicat ou que "
                "vous y militez. Elle protège aussi les syndicats contre l'ingérence des employeurs. Les "
                "États doivent encourager la négociation collective volontaire entre employeurs et syndicats."
            ),
            "en": (
                "This convention protects you against anti-union discrimination: you cannot be refused a job "
                "or dismissed because you belong to a union or take part in union activities. It also "
                "protects unions against interference by employers. States must encourage voluntary "
                "collective bargaining between employers and unions."
            ),
            "es": (
                "Este convenio te protege contra la discriminación antisindical: no pueden negarse a "
                "contratarte ni despedirte por tu afiliación a un sindicato o por participar en actividades "
                "sindicales. También protege a los sindicatos contra la injerencia de los empleadores. Los "
                "Estados deben fomentar la negociación colectiva voluntaria entre empleadores y sindicatos."
            ),
            "ht": (
                "Konvansyon sa a pwoteje w kont diskriminasyon antisendikal: yo pa ka refize anboche w ni "
                "revoke w paske ou manm yon sendika oswa paske w ap milite ladan l. Li pwoteje sendika yo "
                "tou kont patwon k ap mele nan zafè yo. Peyi yo dwe ankouraje negosyasyon kolektif volontè "
                "ant patwon ak sendika."
            ),
        },
        "url": "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C098",
    },
    {
        "code": "C100",
        "title": {
            "fr": "Convention (n° 100) sur l'égalité de rémunération, 1951",
            "en": "Equal Remuneration Convention, 1951 (No. 100)",
            "es": "Convenio sobre igualdad de remuneración, 1951 (núm. 100)",
            "ht": "Konvansyon (nimewo 100) sou egalite nan remunerasyon, 1951",
        },
        "year": 1951,
        "category": "fundamental",
        "summary": {
            "fr": (
                "Les femmes et les hommes doivent recevoir une rémunération égale pour un travail de valeur "
                "égale. Cela ne vise pas seulement le même emploi : deux emplois différents peuvent avoir la "
                "même valeur, et on les compare de façon objective selon le travail à accomplir. La "
                "rémunération comprend le salaire de base et tous les autres avantages versés par "
                "l'employeur."
            ),
            "en": (
                "Women and men must receive equal remuneration for work of equal value. This goes beyond "
                "doing the same job: two different jobs can have the same value, and they are compared "
                "objectively on the basis of the work involved. Remuneration covers the basic wage and every "
                "other benefit the employer pays."
            ),
            "es": (
                "Mujeres y hombres deben recibir igual remuneración por un trabajo de igual valor. No se "
                "trata solo del mismo puesto: dos empleos distintos pueden tener el mismo valor, y se "
                "comparan de forma objetiva según el trabajo que exigen. La remuneración incluye el salario "
                "básico y todos los demás pagos que hace el empleador."
            ),
            "ht": (
                "Fanm ak gason dwe touche menm remunerasyon pou yon travay ki gen menm valè. Se pa sèlman lè "
                "yo fè menm djòb la: de travay diferan ka gen menm valè, e yo konpare yo yon fason objektif "
                "dapre sa travay la mande. Remunerasyon an gen ladan salè debaz la ak tout lòt avantaj "
                "patwon an bay."
            ),
        },
        "url": "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C100",
    },
    {
        "code": "C105",
        "title": {
            "fr": "Convention (n° 105) sur l'abolition du travail forcé, 1957",
            "en": "Abolition of Forced Labour Convention, 1957 (No. 105)",
            "es": "Convenio sobre la abolición del trabajo forzoso, 1957 (núm. 105)",
            "ht": "Konvansyon (nimewo 105) sou abolisyon travay fòse, 1957",
        },
        "year": 1957,
        "category": "fundamental",
        "summary": {
            "fr": (
                "Cette convention interdit de recourir au travail forcé dans cinq cas : pour punir des "
                "opinions politiques, pour le développement économique, comme mesure de discipline du "
                "travail, pour punir la participation à une grève ou pour discriminer. Elle complète la "
                "convention de 1930. Les États doivent abolir ces pratiques immédiatement."
            ),
            "en": (
                "This convention forbids the use of forced labour in five cases: to punish political views, "
                "for economic development, as a means of labour discipline, as punishment for taking part in "
                "a strike, or as a means of discrimination. It completes the 1930 convention. States must "
                "abolish these practices immediately."
            ),
            "es": (
                "Este convenio prohíbe recurrir al trabajo forzoso en cinco casos: para castigar opiniones "
                "políticas, con fines de desarrollo económico, como medida de disciplina en el trabajo, como "
                "castigo por participar en una huelga o como medida de discriminación. Completa el convenio "
                "de 1930. Los Estados deben abolir estas prácticas de inmediato."
            ),
            "ht": (
                "Konvansyon sa a entèdi pou yo sèvi ak travay fòse nan senk ka: pou pini moun pou opinyon "
                "politik yo, pou devlopman ekonomik, pou disiplin nan travay, pou pini moun ki patisipe nan "
                "yon grèv, oswa pou fè diskriminasyon. Li konplete konvansyon 1930 la. Peyi yo dwe aboli "
                "pratik sa yo touswit."
            ),
        },
        "url": "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C105",
    },
    {
        "code": "C111",
        "title": {
            "fr": "Convention (n° 111) concernant la discrimination (emploi et profession), 1958",
            "en": "Discrimination (Employment and Occupation) Convention, 1958 (No. 111)",
            "es": "Convenio sobre la discriminación (empleo y ocupación), 1958 (núm. 111)",
            "ht": "Konvansyon (nimewo 111) sou diskriminasyon (anplwa ak pwofesyon), 1958",
        },
        "year": 1958,
        "category": "fundamental",
        "summary": {
            "fr": (
                "Cette convention interdit la discrimination dans l'emploi et la profession fondée sur la "
                "race, la couleur, le sexe, la religion, l'opinion politique, l'ascendance nationale ou "
                "l'origine sociale. Elle couvre l'accès à la formation, l'embauche et les conditions de "
                "travail. Les États doivent mener une politique nationale pour promouvoir l'égalité des "
                "chances et de traitement."
            ),
            "en": (
                "This convention prohibits discrimination in employment and occupation based on race, "
                "colour, sex, religion, political opinion, national extraction or social origin. It covers "
                "access to training, hiring and working conditions. States must pursue a national policy to "
                "promote equality of opportunity and treatment."
            ),
            "es": (
                "Este convenio prohíbe la discriminación en el empleo y la ocupación por motivos de raza, "
                "color, sexo, religión, opinión política, ascendencia nacional u origen social. Abarca el "
                "acceso a la formación, la contratación y las condiciones de trabajo. Los Estados deben "
                "aplicar una política nacional que promueva la igualdad de oportunidades y de trato."
            ),
            "ht": (
                "Konvansyon sa a entèdi diskriminasyon nan anplwa ak nan pwofesyon akoz ras, koulè, sèks, "
                "relijyon, opinyon politik, orijin nasyonal oswa orijin sosyal yon moun. Li kouvri aksè a "
                "fòmasyon, anbochaj ak kondisyon travay. Peyi yo dwe gen yon politik nasyonal pou ankouraje "
                "egalite nan chans ak nan tretman."
            ),
        },
        "url": "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C111",
    },
    {
        "code": "C138",
        "title": {
            "fr": "Convention (n° 138) sur l'âge minimum, 1973",
            "en": "Minimum Age Convention, 1973 (No. 138)",
            "es": "Convenio sobre la edad mínima, 1973 (núm. 138)",
            "ht": "Konvansyon (nimewo 138) sou laj minimòm, 1973",
        },
        "year": 1973,
        "category": "fundamental",
        "summary": {
            "fr": (
                "L'âge minimum d'admission à l'emploi ne doit pas être inférieur à l'âge de fin de la "
                "scolarité obligatoire, ni en aucun cas à 15 ans (14 ans, à titre transitoire, dans certains "
                "pays en développement). Pour les travaux dangereux, l'âge minimum est de 18 ans. Les États "
                "s'engagent à mener une politique nationale visant l'abolition effective du travail des "
                "enfants."
            ),
            "en": (
                "The minimum age for admission to employment must not be lower than the age at which "
                "compulsory schooling ends, and in any case not lower than 15 (14, as a transitional "
                "measure, in some developing countries). For hazardous work, the minimum age is 18. States "
                "commit to a national policy aimed at the effective abolition of child labour."
            ),
            "es": (
                "La edad mínima de admisión al empleo no debe ser inferior a la edad en que termina la "
                "escolaridad obligatoria, ni en ningún caso a 15 años (14 años, de forma transitoria, en "
                "algunos países en desarrollo). Para los trabajos peligrosos, la edad mínima es de 18 años. "
                "Los Estados se comprometen a seguir una política nacional que busque la abolición efectiva "
                "del trabajo infantil."
            ),
            "ht": (
                "Laj minimòm pou yon moun kòmanse travay pa dwe pi piti pase laj lekòl obligatwa fini, e nan "
                "okenn ka li pa dwe anba 15 an (14 an, pou yon ti tan, nan kèk peyi k ap devlope). Pou "
                "travay ki danjere, laj minimòm lan se 18 an. Peyi yo pran angajman pou yo gen yon politik "
                "nasyonal pou fini tout bon ak travay timoun."
            ),
        },
        "url": "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C138",
    },
    {
        "code": "C182",
        "title": {
            "fr": "Convention (n° 182) sur les pires formes de travail des enfants, 1999",
            "en": "Worst Forms of Child Labour Convention, 1999 (No. 182)",
            "es": "Convenio sobre las peores formas de trabajo infantil, 1999 (núm. 182)",
            "ht": "Konvansyon (nimewo 182) sou pi move fòm travay timoun, 1999",
        },
        "year": 1999,
        "category": "fundamental",
        "summary": {
            "fr": (
                "Les États doivent agir immédiatement pour éliminer les pires formes de travail des enfants, "
                "pour toute personne de moins de 18 ans : l'esclavage et les pratiques semblables (vente et "
                "traite d'enfants, servitude pour dettes, recrutement forcé dans les conflits armés), "
                "l'exploitation sexuelle, l'utilisation d'enfants pour des activités illicites comme le "
                "trafic de drogue, et les travaux qui nuisent à leur santé, à leur sécurité ou à leur "
                "moralité. En août 2020, elle est devenue la première convention de l'OIT ratifiée par tous "
                "les États membres."
            ),
            "en": (
                "States must act immediately to eliminate the worst forms of child labour for everyone under "
                "18: slavery and similar practices (sale and trafficking of children, debt bondage, forced "
                "recruitment into armed conflict), sexual exploitation, the use of children for illicit "
                "activities such as drug trafficking, and work likely to harm their health, safety or "
                "morals. In August 2020 it became the first ILO convention ratified by every member State."
            ),
            "es": (
                "Los Estados deben actuar de inmediato para eliminar las peores formas de trabajo infantil "
                "para toda persona menor de 18 años: la esclavitud y las prácticas análogas (venta y trata "
                "de niños, servidumbre por deudas, reclutamiento forzoso para conflictos armados), la "
                "explotación sexual, la utilización de niños en actividades ilícitas como el tráfico de "
                "drogas, y los trabajos que dañan su salud, su seguridad o su moralidad. En agosto de 2020 "
                "se convirtió en el primer convenio de la OIT ratificado por todos los Estados miembros."
            ),
            "ht": (
                "Peyi yo dwe aji touswit pou elimine pi move fòm travay timoun pou tout moun ki poko gen 18 "
                "an: esklavaj ak pratik ki sanble ak li (vann ak trafike timoun, esklavaj pou dèt, fòse "
                "timoun antre nan konfli ame), eksplwatasyon seksyèl, itilize timoun nan aktivite ilegal "
                "tankou trafik dwòg, ak travay ki ka fè sante yo, sekirite yo oswa moralite yo mal. An out "
                "2020, li te vin premye konvansyon OIT tout peyi manm yo ratifye."
            ),
        },
        "url": "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C182",
    },
    {
        "code": "C155",
        "title": {
            "fr": "Convention (n° 155) sur la sécurité et la santé des travailleurs, 1981",
            "en": "Occupational Safety and Health Convention, 1981 (No. 155)",
            "es": "Convenio sobre seguridad y salud de los trabajadores, 1981 (núm. 155)",
            "ht": "Konvansyon (nimewo 155) sou sekirite ak sante travayè yo, 1981",
        },
        "year": 1981,
        "category": "fundamental",
        "summary": {
            "fr": (
                "Chaque État doit adopter, en consultation avec les organisations d'employeurs et de "
                "travailleurs, une politique nationale pour prévenir les accidents et les atteintes à la "
                "santé liés au travail. Les employeurs doivent veiller, dans la mesure du raisonnable et du "
                "possible, à ce que les lieux de travail, les machines et les produits soient sûrs, et "
                "fournir l'équipement de protection nécessaire. Une travailleuse ou un travailleur qui se "
                "retire d'une situation de danger grave et imminent doit être protégé contre les "
                "représailles. Depuis 2022, c'est une convention fondamentale."
            ),
            "en": (
                "Each State must adopt, in consultation with employers' and workers' organisations, a "
                "national policy to prevent work-related accidents and harm to health. Employers must make "
                "sure, as far as is reasonably practicable, that workplaces, machinery and substances are "
                "safe, and provide the protective equipment needed. A worker who leaves a situation of "
                "imminent and serious danger must be protected from reprisals. Since 2022 it has been a "
                "fundamental convention."
            ),
            "es": (
                "Cada Estado debe adoptar, en consulta con las organizaciones de empleadores y de "
                "trabajadores, una política nacional para prevenir los accidentes y los daños a la salud "
                "relacionados con el trabajo. Los empleadores deben garantizar, en la medida en que sea "
                "razonable y factible, que los lugares de trabajo, las máquinas y las sustancias sean "
                "seguros, y proporcionar el equipo de protección necesario. Quien se retire de una situación "
                "de peligro grave e inminente debe estar protegido contra represalias. Desde 2022 es un "
                "convenio fundamental."
            ),
            "ht": (
                "Chak peyi dwe adopte, apre li fin konsilte òganizasyon patwon yo ak òganizasyon travayè yo, "
                "yon politik nasyonal pou anpeche aksidan ak pwoblèm sante ki soti nan travay. Patwon yo dwe "
                "fè sa ki rezonab e posib pou kote moun travay, machin yo ak pwodui yo pa danjere, epi bay "
                "ekipman pwoteksyon ki nesesè. Yon travayè ki kite yon sitiyasyon ki gen yon danje grav e ki "
                "prè pou rive dwe pwoteje kont represay. Depi 2022, se yon konvansyon fondamantal."
            ),
        },
        "url": "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C155",
    },
    {
        "code": "C187",
        "title": {
            "fr": (
                "Convention (n° 187) sur le cadre promotionnel pour la sécurité et la santé au travail, 2006"
            ),
            "en": "Promotional Framework for Occupational Safety and Health Convention, 2006 (No. 187)",
            "es": (
                "Convenio sobre el marco promocional para la seguridad y salud en el trabajo, 2006 (núm. 187)"
            ),
            "ht": "Konvansyon (nimewo 187) sou kad pwomosyon pou sekirite ak sante nan travay, 2006",
        },
        "year": 2006,
        "category": "fundamental",
        "summary": {
            "fr": (
                "Cette convention demande à chaque État de bâtir, avec les organisations d'employeurs et de "
                "travailleurs, une politique, un système et un programme nationaux de sécurité et de santé "
                "au travail. Le but est d'améliorer la prévention de façon continue et de développer une "
                "culture de prévention. Depuis 2022, elle fait partie des conventions fondamentales, avec la "
                "convention n° 155."
            ),
            "en": (
                "This convention asks each State to build, with employers' and workers' organisations, a "
                "national policy, a national system and a national programme for occupational safety and "
                "health. The aim is to improve prevention continuously and to build a culture of prevention. "
                "Since 2022 it has been one of the fundamental conventions, together with Convention No. 155."
            ),
            "es": (
                "Este convenio pide a cada Estado construir, junto con las organizaciones de empleadores y "
                "de trabajadores, una política, un sistema y un programa nacionales de seguridad y salud en "
                "el trabajo. El objetivo es mejorar la prevención de forma continua y desarrollar una "
                "cultura de prevención. Desde 2022 forma parte de los convenios fundamentales, junto con el "
                "Convenio núm. 155."
            ),
            "ht": (
                "Konvansyon sa a mande chak peyi pou yo bati, ansanm ak òganizasyon patwon yo ak òganizasyon "
                "travayè yo, yon politik, yon sistèm ak yon pwogram nasyonal pou sekirite ak sante nan "
                "travay. Objektif la se amelyore prevansyon san rete epi devlope yon kilti prevansyon. Depi "
                "2022, li fè pati konvansyon fondamantal yo, ansanm ak Konvansyon nimewo 155."
            ),
        },
        "url": "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C187",
    },
]

GLOSSARY = [
    {
        "key": "tripartism",
        "term": {
            "fr": "Tripartisme",
            "en": "Tripartism",
            "es": "Tripartismo",
            "ht": "Tripatis",
        },
        "definition": {
            "fr": (
                "Principe de base de l'OIT : les gouvernements, les employeurs et les travailleuses et "
                "travailleurs discutent et décident ensemble. À la Conférence internationale du Travail, "
                "chaque État membre envoie deux délégués du gouvernement, un délégué des employeurs et un "
                "délégué des travailleurs."
            ),
            "en": (
                "The ILO's founding principle: governments, employers and workers discuss and decide "
                "together. At the International Labour Conference, each member State sends two government "
                "delegates, one employers' delegate and one workers' delegate."
            ),
            "es": (
                "Principio básico de la OIT: gobiernos, empleadores y trabajadores discuten y deciden "
                "juntos. En la Conferencia Internacional del Trabajo, cada Estado miembro envía dos "
                "delegados del gobierno, un delegado de los empleadores y un delegado de los trabajadores."
            ),
            "ht": (
                "Prensip debaz OIT: gouvènman yo, patwon yo ak travayè yo diskite epi pran desizyon ansanm. "
                "Nan Konferans Entènasyonal Travay la, chak peyi manm voye de delege gouvènman, yon delege "
                "patwon ak yon delege travayè."
            ),
        },
    },
    {
        "key": "convention",
        "term": {
            "fr": "Convention",
            "en": "Convention",
            "es": "Convenio",
            "ht": "Konvansyon",
        },
        "definition": {
            "fr": (
                "Traité international adopté par la Conférence internationale du Travail à la majorité des "
                "deux tiers. Un État qui la ratifie s'engage à l'appliquer dans sa loi et dans la pratique, "
                "et à faire régulièrement rapport à l'OIT."
            ),
            "en": (
                "An international treaty adopted by the International Labour Conference by a two-thirds "
                "majority. A State that ratifies it commits to applying it in law and in practice, and to "
                "reporting regularly to the ILO."
            ),
            "es": (
                "Tratado internacional adoptado por la Conferencia Internacional del Trabajo por mayoría de "
                "dos tercios. El Estado que lo ratifica se compromete a aplicarlo en su legislación y en la "
                "práctica, y a informar periódicamente a la OIT."
            ),
            "ht": (
                "Yon trete entènasyonal Konferans Entènasyonal Travay la adopte ak yon majorite de tyè. Yon "
                "peyi ki ratifye l pran angajman pou l aplike l nan lwa l yo ak nan lavi reyèl, epi pou l "
                "voye rapò bay OIT regilyèman."
            ),
        },
    },
    {
        "key": "recommendation",
        "term": {
            "fr": "Recommandation",
            "en": "Recommendation",
            "es": "Recomendación",
            "ht": "Rekòmandasyon",
        },
        "definition": {
            "fr": (
                "Texte de l'OIT qui donne des orientations, sans être obligatoire. Elle accompagne souvent "
                "une convention pour expliquer plus en détail comment l'appliquer."
            ),
            "en": (
                "An ILO text that gives guidance but is not binding. It often accompanies a convention and "
                "explains in more detail how to apply it."
            ),
            "es": (
                "Texto de la OIT que da orientaciones, pero que no es obligatorio. A menudo acompaña a un "
                "convenio para explicar con más detalle cómo aplicarlo."
            ),
            "ht": (
                "Yon tèks OIT ki bay oryantasyon, men ki pa obligatwa. Souvan li akonpaye yon konvansyon pou "
                "l esplike an detay kijan pou aplike l."
            ),
        },
    },
    {
        "key": "protocol",
        "term": {
            "fr": "Protocole",
            "en": "Protocol",
            "es": "Protocolo",
            "ht": "Pwotokòl",
        },
        "definition": {
            "fr": (
                "Texte qui modifie une convention existante ou qui la complète. Comme une convention, il "
                "devient obligatoire pour l'État qui le ratifie ; le protocole de 2014 sur le travail forcé "
                "en est un exemple."
            ),
            "en": (
                "A text that amends an existing convention or adds to it. Like a convention, it becomes "
                "binding on the State that ratifies it; the 2014 Protocol on forced labour is an example."
            ),
            "es": (
                "Texto que modifica un convenio existente o lo complementa. Como un convenio, es obligatorio "
                "para el Estado que lo ratifica; el Protocolo de 2014 sobre el trabajo forzoso es un ejemplo."
            ),
            "ht": (
                "Yon tèks ki chanje yon konvansyon ki deja egziste oswa ki ajoute sou li. Menm jan ak yon "
                "konvansyon, li vin obligatwa pou peyi ki ratifye l; Pwotokòl 2014 sou travay fòse a se yon "
                "egzanp."
            ),
        },
    },
    {
        "key": "ratification",
        "term": {
            "fr": "Ratification",
            "en": "Ratification",
            "es": "Ratificación",
            "ht": "Ratifikasyon",
        },
        "definition": {
            "fr": (
                "Acte officiel par lequel un État s'engage à respecter une convention ou un protocole. L'OIT "
                "enregistre la ratification et, en règle générale, le texte entre en vigueur pour cet État "
                "douze mois plus tard, à condition que la convention soit elle-même en vigueur (elle "
                "l'est, d'ordinaire, douze mois après l'enregistrement des deux premières ratifications). "
                "L'État doit alors appliquer le texte et rendre compte régulièrement de ce qu'il fait."
            ),
            "en": (
                "The formal act by which a State commits to a convention or protocol. The ILO registers the "
                "ratification and, as a general rule, the text comes into force for that State twelve months "
                "later, provided the convention is itself in force (usually twelve months after the first "
                "two ratifications are registered). The State must then apply the text and report regularly "
                "on what it is doing."
            ),
            "es": (
                "Acto oficial por el que un Estado se compromete a cumplir un convenio o un protocolo. La OIT "
                "registra la ratificación y, por regla general, el texto entra en vigor para ese Estado doce "
                "meses después, siempre que el convenio ya esté en vigor (lo está, normalmente, doce meses "
                "después del registro de las dos primeras ratificaciones). A partir de entonces, el Estado "
                "debe aplicar el texto e informar periódicamente sobre lo que hace."
            ),
            "ht": (
                "Zak ofisyèl yon peyi fè pou l angaje l respekte yon konvansyon oswa yon pwotokòl. OIT "
                "anrejistre ratifikasyon an, epi, an jeneral, douz mwa apre, tèks la vin obligatwa pou peyi "
                "sa a, si konvansyon an li menm deja an vigè (sa rive, dabitid, douz mwa apre yo fin "
                "anrejistre de premye ratifikasyon yo). Depi lè sa a, peyi a dwe aplike tèks la epi rann kont regilyèman sou "
                "sa l ap fè."
            ),
        },
    },
    {
        "key": "collective-bargaining",
        "term": {
            "fr": "Négociation collective",
            "en": "Collective bargaining",
            "es": "Negociación colectiva",
            "ht": "Negosyasyon kolektif",
        },
        "definition": {
            "fr": (
                "Négociation entre un syndicat et un ou plusieurs employeurs pour fixer les salaires, les "
                "horaires, la sécurité et les autres conditions de travail. Elle peut aboutir à une "
                "convention collective, un accord écrit qui engage les deux parties."
            ),
            "en": (
                "Negotiation between a union and one or more employers to set wages, hours, safety and other "
                "working conditions. It can lead to a collective agreement, a written agreement that binds "
                "both sides."
            ),
            "es": (
                "Negociación entre un sindicato y uno o varios empleadores para fijar los salarios, los "
                "horarios, la seguridad y las demás condiciones de trabajo. Puede culminar en un convenio "
                "colectivo, un acuerdo escrito que obliga a ambas partes. El nombre cambia según el país: "
                "en México se dice contrato colectivo; en Colombia, convención colectiva."
            ),
            "ht": (
                "Negosyasyon ant yon sendika ak youn oswa plizyè patwon pou fikse salè, lè travay, sekirite "
                "ak lòt kondisyon travay. Li ka fini ak yon kontra kolektif, sa vle di yon akò ekri ki "
                "oblije de pati yo respekte sa yo te dakò."
            ),
        },
    },
    {
        "key": "forced-labour",
        "term": {
            "fr": "Travail forcé",
            "en": "Forced labour",
            "es": "Trabajo forzoso",
            "ht": "Travay fòse",
        },
        "definition": {
            "fr": (
                "Tout travail exigé d'une personne sous la menace d'une peine et qu'elle n'a pas accepté "
                "librement. La menace peut prendre plusieurs formes : violence, dette impossible à "
                "rembourser, papiers d'identité confisqués ou menace de dénonciation aux autorités."
            ),
            "en": (
                "Any work demanded from a person under the threat of a penalty, which that person has not "
                "freely agreed to do. The threat can take many forms: violence, a debt that can never be "
                "repaid, confiscated identity papers or the threat of being reported to the authorities."
            ),
            "es": (
                "Todo trabajo exigido a una persona bajo la amenaza de una pena y que esa persona no ha "
                "aceptado libremente. La amenaza puede tomar muchas formas: violencia, una deuda imposible "
                "de pagar, documentos de identidad confiscados o la amenaza de una denuncia ante las "
                "autoridades."
            ),
            "ht": (
                "Nenpòt travay yo egzije yon moun fè anba menas yon pinisyon, san moun nan pa t dakò fè l "
                "lib e libè. Menas la ka pran plizyè fòm: vyolans, yon dèt moun nan pa janm ka fin peye, "
                "papye idantite yo konfiske, oswa menas pou yo denonse l bay otorite yo."
            ),
        },
    },
    {
        "key": "child-labour",
        "term": {
            "fr": "Travail des enfants",
            "en": "Child labour",
            "es": "Trabajo infantil",
            "ht": "Travay timoun",
        },
        "definition": {
            "fr": (
                "Travail qui prive les enfants de leur enfance et de l'école, ou qui nuit à leur santé et à "
                "leur développement. Toute tâche faite par un enfant n'est pas du travail des enfants : "
                "aider un peu à la maison, sans danger et en continuant d'aller à l'école, n'en est pas."
            ),
            "en": (
                "Work that deprives children of their childhood and their schooling, or harms their health "
                "and development. Not every task a child does is child labour: helping a little at home, "
                "safely and while still going to school, is not."
            ),
            "es": (
                "Trabajo que priva a niñas y niños de su infancia y de la escuela, o que daña su salud y su "
                "desarrollo. No toda tarea que hace un niño es trabajo infantil: ayudar un poco en casa, sin "
                "peligro y sin dejar de ir a la escuela, no lo es."
            ),
            "ht": (
                "Travay ki anpeche timoun viv anfans yo ak ale lekòl, oswa ki fè sante yo ak devlopman yo "
                "mal. Se pa tout travay yon timoun fè ki se travay timoun: ede yon ti kras lakay, san danje "
                "epi pandan l ap kontinye ale lekòl, se pa sa."
            ),
        },
    },
    {
        "key": "sweatshop",
        "term": {
            "fr": "Atelier de misère",
            "en": "Sweatshop",
            "es": "Taller de explotación",
            "ht": "Atelye mizè",
        },
        "definition": {
            "fr": (
                "Lieu de travail où les salaires sont très bas, les heures excessives et les conditions "
                "dangereuses, et où l'on empêche les travailleuses et travailleurs de s'organiser. Ce n'est "
                "pas un terme juridique, mais il décrit une réalité qu'on trouve au Sud comme au Nord."
            ),
            "en": (
                "A workplace with very low wages, excessive hours and dangerous conditions, where workers "
                "are prevented from organising. It is not a legal term, but it describes a reality found in "
                "the South as well as in the North."
            ),
            "es": (
                "Lugar de trabajo con salarios muy bajos, jornadas excesivas y condiciones peligrosas, donde "
                "se impide que las trabajadoras y los trabajadores se organicen. No es un término jurídico, "
                "pero describe una realidad que existe tanto en el Sur como en el Norte."
            ),
            "ht": (
                "Yon kote moun travay pou yon salè ki ba anpil, pou twòp èdtan, nan kondisyon ki danjere, e "
                "kote yo anpeche travayè yo òganize. Se pa yon mo legal, men li dekri yon reyalite ki "
                "egziste ni nan Sid ni nan Nò."
            ),
        },
    },
    {
        "key": "supply-chain",
        "term": {
            "fr": "Chaîne d'approvisionnement",
            "en": "Supply chain",
            "es": "Cadena de suministro",
            "ht": "Chèn pwovizyònman",
        },
        "definition": {
            "fr": (
                "Ensemble des entreprises qui participent à la fabrication et à la livraison d'un produit, "
                "de la matière première jusqu'au magasin. Pour un t-shirt : le champ de coton, la filature, "
                "l'usine de confection, la marque et le détaillant."
            ),
            "en": (
                "All the companies involved in making and delivering a product, from the raw material to the "
                "store. For a T-shirt: the cotton field, the spinning mill, the garment factory, the brand "
                "and the retailer."
            ),
            "es": (
                "Conjunto de empresas que participan en la fabricación y la entrega de un producto, desde la "
                "materia prima hasta la tienda. Para una camiseta: el campo de algodón, la hilandería, la "
                "fábrica de confección, la marca y la tienda que la vende."
            ),
            "ht": (
                "Tout antrepriz ki patisipe nan fabrike yon pwodui ak fè l rive, depi matyè premyè a jouk "
                "nan magazen an. Pou yon mayo: jaden koton an, faktori ki file koton an, faktori ki koud rad "
                "la, mak la ak magazen ki vann li an."
            ),
        },
    },
    {
        "key": "subcontracting",
        "term": {
            "fr": "Sous-traitance",
            "en": "Subcontracting",
            "es": "Subcontratación",
            "ht": "Soutretans",
        },
        "definition": {
            "fr": (
                "Une entreprise confie une partie de sa production à une autre entreprise, qui peut à son "
                "tour la confier à une troisième. Plus il y a d'intermédiaires, plus il est difficile de "
                "savoir qui fabrique vraiment et qui est responsable des conditions de travail."
            ),
            "en": (
                "A company hands part of its production to another company, which may in turn hand it to a "
                "third. The more intermediaries there are, the harder it is to know who really makes the "
                "goods and who is responsible for working conditions."
            ),
            "es": (
                "Una empresa encarga parte de su producción a otra empresa, que a su vez puede encargarla a "
                "una tercera. Cuantos más intermediarios hay, más difícil es saber quién fabrica realmente y "
                "quién es responsable de las condiciones de trabajo."
            ),
            "ht": (
                "Yon antrepriz bay yon lòt antrepriz fè yon pati nan pwodiksyon li, e antrepriz sa a ka bay "
                "yon twazyèm fè l tou. Plis gen entèmedyè, plis li difisil pou konnen kiyès ki fè pwodui a "
                "tout bon ak kiyès ki responsab kondisyon travay yo."
            ),
        },
    },
    {
        "key": "due-diligence",
        "term": {
            "fr": "Diligence raisonnable (devoir de vigilance)",
            "en": "Due diligence",
            "es": "Debida diligencia",
            "ht": "Devwa vijilans",
        },
        "definition": {
            "fr": (
                "Démarche par laquelle une entreprise repère les risques d'atteinte aux droits humains, y "
                "compris aux droits des travailleuses et travailleurs, dans ses activités et sa chaîne "
                "d'approvisionnement, puis les prévient, les atténue et rend compte de ce qu'elle fait. "
                "Certains pays en ont fait une obligation légale pour les grandes entreprises."
            ),
            "en": (
                "The process by which a company identifies risks of harm to human rights, including workers' "
                "rights, in its operations and supply chain, then prevents and mitigates them and accounts "
                "for what it does. Some countries have made it a legal obligation for large companies."
            ),
            "es": (
                "Proceso por el que una empresa identifica los riesgos de vulneración de los derechos "
                "humanos, incluidos los derechos laborales, en sus actividades y su cadena de suministro, y "
                "luego los previene, los mitiga y rinde cuentas de lo que hace. Algunos países la han "
                "convertido en una obligación legal para las grandes empresas."
            ),
            "ht": (
                "Se travay yon antrepriz dwe fè pou l veye pou li pa kraze dwa moun, ni dwa travayè yo. Li "
                "gade tout sa l fè ak tout chèn pwovizyònman l (tout antrepriz ki fè pwodui l yo rive jis "
                "nan magazen an), li chèche ki kote dwa sa yo an danje, li pran mezi pou sa pa rive oswa "
                "pou mal la pi piti, epi li rann kont sou sa l fè. Kèk peyi mete sa nan lalwa: gwo "
                "antrepriz yo oblije fè l."
            ),
        },
    },
    {
        "key": "responsible-purchasing",
        "term": {
            "fr": "Politique d'achat responsable",
            "en": "Responsible purchasing policy",
            "es": "Política de compras responsables",
            "ht": "Politik acha responsab",
        },
        "definition": {
            "fr": (
                "Engagement d'un acheteur (un syndicat, un centre de services scolaire, c'est-à-dire "
                "l'organisme public qui gère les écoles d'une région au Québec, ou une ville) à exiger "
                "que ce qu'il achète soit fabriqué dans le respect des normes fondamentales du travail. Il "
                "demande aux fournisseurs de dire où les produits sont fabriqués et s'appuie sur une "
                "vérification indépendante et sur la parole des travailleuses et travailleurs."
            ),
            "en": (
                "A commitment by a buyer (a union, a school service centre, that is the public body that runs "
                "the schools of a region of Quebec, or a city) to require that what it buys is made in "
                "respect of the fundamental labour standards. The buyer asks suppliers to disclose "
                "where the goods are made and relies on independent verification and on workers' own voices."
            ),
            "es": (
                "Compromiso de un comprador (un sindicato, un centro de servicios escolares, es decir, el "
                "organismo público que administra las escuelas de una región de Quebec, o una ciudad) de "
                "exigir que lo que compra se fabrique respetando las normas fundamentales del trabajo. Pide a los "
                "proveedores que indiquen dónde se fabrican los productos y se apoya en una verificación "
                "independiente y en la voz de las propias trabajadoras y trabajadores."
            ),
            "ht": (
                "Angajman yon achtè pran (yon sendika, yon vil, oswa yon sant sèvis lekòl, sa vle di "
                "òganis piblik ki jere lekòl yon rejyon nan Kebèk): tout sa l achte dwe fabrike san yo pa "
                "vyole nòm fondamantal travay yo. Li mande founisè yo di ki kote yo fè pwodui "
                "yo, epi li konte sou yon verifikasyon endepandan ak sou sa travayè yo menm di."
            ),
        },
    },
    {
        "key": "global-union-federation",
        "term": {
            "fr": "Fédération syndicale internationale",
            "en": "Global union federation",
            "es": "Federación sindical internacional",
            "ht": "Federasyon sendikal entènasyonal",
        },
        "definition": {
            "fr": (
                "Regroupement mondial de syndicats d'un même secteur, par exemple IndustriALL pour "
                "l'industrie et le vêtement, UNI pour les services, l'ITF pour les transports ou "
                "l'Internationale de l'Éducation pour le personnel enseignant. Elle coordonne des campagnes "
                "et négocie avec les multinationales de son secteur."
            ),
            "en": (
                "A worldwide grouping of unions in the same sector, for example IndustriALL for industry and "
                "garment, UNI for services, the ITF for transport or Education International for teachers. "
                "It coordinates campaigns and negotiates with the multinationals of its sector."
            ),
            "es": (
                "Agrupación mundial de sindicatos de un mismo sector, por ejemplo IndustriALL para la "
                "industria y la confección, UNI para los servicios, la ITF para el transporte o la "
                "Internacional de la Educación para el personal docente. Coordina campañas y negocia con las "
                "multinacionales de su sector."
            ),
            "ht": (
                "Yon gwoupman mondyal sendika ki nan menm sektè, pa egzanp IndustriALL pou endistri ak rad, "
                "UNI pou sèvis, ITF pou transpò oswa Entènasyonal Edikasyon an (Education International) "
                "pou pwofesè yo. Li "
                "kowòdone kanpay epi li negosye ak miltinasyonal ki nan sektè li."
            ),
        },
    },
    {
        "key": "framework-agreement",
        "term": {
            "fr": "Accord-cadre international",
            "en": "International framework agreement",
            "es": "Acuerdo marco internacional",
            "ht": "Akò-kad entènasyonal",
        },
        "definition": {
            "fr": (
                "Accord négocié entre une entreprise multinationale et une fédération syndicale "
                "internationale. Il couvre les activités de l'entreprise partout dans le monde et l'engage "
                "notamment à respecter les normes fondamentales du travail."
            ),
            "en": (
                "An agreement negotiated between a multinational company and a global union federation. It "
                "covers the company's operations all over the world and commits it, in particular, to "
                "respecting the fundamental labour standards."
            ),
            "es": (
                "Acuerdo negociado entre una empresa multinacional y una federación sindical internacional. "
                "Cubre las operaciones de la empresa en todo el mundo y la compromete, en particular, a "
                "respetar las normas fundamentales del trabajo."
            ),
            "ht": (
                "Yon akò yon antrepriz miltinasyonal ak yon federasyon sendikal entènasyonal negosye ansanm. "
                "Li kouvri aktivite antrepriz la toupatou sou latè, e li angaje l sitou pou l respekte nòm "
                "fondamantal travay yo."
            ),
        },
    },
    {
        "key": "national-contact-point",
        "term": {
            "fr": "Point de contact national (OCDE)",
            "en": "National Contact Point (OECD)",
            "es": "Punto nacional de contacto (OCDE)",
            "ht": "Pwen kontak nasyonal (OCDE)",
        },
        "definition": {
            "fr": (
                "Service créé par chaque pays qui adhère aux Principes directeurs de l'OCDE à l'intention des "
                "entreprises multinationales. Il les fait connaître et reçoit les « circonstances "
                "spécifiques » : des demandes d'examen lorsqu'une entreprise ne les respecterait pas. Il "
                "offre le dialogue et la médiation, mais n'est pas un tribunal."
            ),
            "en": (
                "A body set up by every country that adheres to the OECD Guidelines for Multinational "
                'Enterprises. It promotes them and receives "specific instances": requests for review when a '
                "company allegedly does not observe them. It offers dialogue and mediation, but it is not a "
                "court."
            ),
            "es": (
                "Servicio creado por cada país adherente a las Líneas Directrices de la OCDE para Empresas "
                "Multinacionales. Las da a conocer y recibe las «instancias específicas»: solicitudes de "
                "examen cuando una empresa no las respetaría. Ofrece diálogo y mediación, pero no es un "
                "tribunal."
            ),
            "ht": (
                "Yon sèvis chak peyi ki adere nan Prensip direktè OCDE pou antrepriz miltinasyonal yo mete "
                "sou pye. Li fè moun konnen prensip yo epi li resevwa « ka espesifik »: demann pou egzamine "
                "lè yon antrepriz pa ta respekte yo. Li ofri dyalòg ak medyasyon, men se pa yon tribinal."
            ),
        },
    },
    {
        "key": "informal-economy",
        "term": {
            "fr": "Économie informelle",
            "en": "Informal economy",
            "es": "Economía informal",
            "ht": "Ekonomi enfòmèl",
        },
        "definition": {
            "fr": (
                "Ensemble des activités économiques de travailleurs et d'unités économiques qui, en droit ou "
                "en pratique, ne sont pas couvertes, ou le sont insuffisamment, par des dispositions "
                "formelles : souvent sans contrat écrit ni protection sociale."
            ),
            "en": (
                "All economic activities by workers and economic units that are, in law or in practice, not "
                "covered or insufficiently covered by formal arrangements: often without a written contract or "
                "social protection."
            ),
            "es": (
                "Conjunto de actividades económicas de trabajadores y unidades económicas que, en la "
                "legislación o en la práctica, no están cubiertas, o lo están insuficientemente, por "
                "sistemas formales: a menudo sin contrato escrito ni protección social."
            ),
            "ht": (
                "Tout aktivite ekonomik travayè ak ti antrepriz ki, dapre lalwa oswa nan pratik, pa gen "
                "pwoteksyon, oswa pa gen ase pwoteksyon, nan aranjman fòmèl yo: souvan san kontra ekri ni "
                "pwoteksyon sosyal."
            ),
        },
    },
]
