"""Plausible footnotes for the synthetic pages.

Every name, title, place and publisher below was made up for this tool (a few
places and publishers are real cities and firms, as any citation has them).
A note is returned as a list of (text, italic) spans plus a citation record.
"""

EN_AUTHORS = [
    ("Margaret", "Clifford"), ("Peter", "Griffin"), ("Jonathan", "Wolff"), ("Ruth", "Sheffield"),
    ("Oliver", "Duffy"), ("Helen", "Marsh"), ("Thomas", "Radcliffe"), ("Alice", "Whitfield"),
    ("Daniel", "Moffat"), ("Sarah", "Tiffany"), ("Edward", "Langley"), ("Catherine", "Osgood"),
    ("Robert", "Fairfield"), ("Louise", "Proffitt"), ("Simon", "Hartley"), ("Grace", "Bellamy"),
    ("Hugh", "Ashby"), ("Miriam", "Stafford"), ("James", "Caulfield"), ("Nora", "Pemberton"),
]
RU_AUTHORS = [
    ("Nikolai", "Sokolov"), ("Elena", "Shchepkina"), ("Anatolii", "Fedorov"), ("Irina", "Volkova"),
    ("Sergei", "Kudriavtsev"), ("Olga", "Lebedeva"), ("Viktor", "Afinogenov"), ("Tatiana", "Grigorieva"),
]
JA_AUTHORS = [
    ("Kōichi", "Mori"), ("Ryōta", "Saitō"), ("Tetsurō", "Abe"), ("Yūji", "Nakamura"),
    ("Shōzō", "Fujita"), ("Kenjirō", "Ishii"), ("Hisao", "Katō"), ("Jun", "Kōno"),
]
DE_AUTHORS = [
    ("Hans", "Müller"), ("Ute", "Hoffmann"), ("Klaus", "Pfeiffer"), ("Renate", "Schäffler"),
    ("Dieter", "Graff"), ("Gisela", "Wolff"), ("Jürgen", "Kaufmann"), ("Barbara", "Löffler"),
    ("Wolfgang", "Lindner"), ("Ingrid", "Steffens"),
]

EN_BOOKS = [
    "The Politics of Copying in Early Modern Europe",
    "Office and Authority in the Printing Trade",
    "A Fiefdom of Letters: Patronage and the Book",
    "Scribes, Clerks and the Written Word",
    "The Affairs of the Stationers",
    "Reflections on Literary Property",
    "The Difficult Art of Translation",
    "Fidelity and Freedom in Editorial Practice",
    "Official Knowledge and Its Critics",
    "The Flight of the Book: Exile Presses, 1920–1950",
    "Sufficient Reason: Law, Custom and the Commons",
    "Conflicting Claims: Authorship and Ownership since 1700",
    "The Manuscript and the Machine",
    "Benefit of Clergy and the Uses of Literacy",
    "Anglo-Saxon Charters and Their Afterlife",
    "The Franco-Prussian War and the Press",
    "A History of Reading in Public Libraries",
    "The Russo-Japanese War in Print",
    "Anglo-Irish Printers and Their Customers",
]
RU_BOOKS = [
    ("Tsenzura i pechat’ v Rossii", "Moscow", "Nauka"),
    ("Izdatel’skoe delo v SSSR, 1917–1941", "Moscow", "Kniga"),
    ("Arkhivy i vlast’", "St. Petersburg", "Evropeiskii dom"),
    ("Sovetskaia kniga i ee chitatel’", "Leningrad", "Nauka"),
]
JA_BOOKS = [
    ("Kindai Nihon no shuppan bunka", "Tokyo", "Iwanami shoten"),
    ("Hon’yaku to kindai shisō", "Tokyo", "Chūō kōronsha"),
    ("Meiji no shoseki to dokusha", "Kyoto", "Shibunkaku"),
    ("Kōbunsho no rekishi", "Tokyo", "Tōkyō daigaku shuppankai"),
]
DE_BOOKS = [
    "Die Öffentlichkeit der Schrift",
    "Begriffsgeschichte des Urheberrechts",
    "Handschrift und Druck im 16. Jahrhundert",
    "Pflichtexemplar und Bibliothek",
    "Werkzeug und Handbuch. Zur Geschichte der technischen Dokumentation",
    "Schiffahrt, Handel und Buchdruck in Lübeck",
    "Die Zensur im Vormärz",
    "Buchhandel und Öffentlichkeit um 1800",
    "Der Deutsch-Französische Krieg in der Presse",
]
EN_ARTICLES = [
    "The Office of the Censor in Imperial Russia",
    "Official Secrets and Unofficial Presses",
    "Conflict and Affinity in the Book Trade",
    "Printing for Profit: Booksellers and Their Finances",
    "The Effect of Copyright on the Price of Books",
    "Fifty Years of Public Licences",
    "Definitions of Authorship in English Law",
    "Reflections on the Figure of the Editor",
    "Sino-Japanese Exchanges in the Book Trade, 1890–1930",
    "Chancery Scribes and the Standardisation of Spelling",
    "Specifying the Text: Editors and Their Apparatus",
    "Anglo-American Publishing and the Net Book Agreement",
    "Russo-Japanese Propaganda in the Illustrated Press",
    "Austro-Hungarian Censorship and the Theatre",
]
JOURNALS = [
    ("Journal of Modern History", False), ("Slavic Review", False), ("Past and Present", False),
    ("The Library", False), ("Europe-Asia Studies", True), ("Anglo-Saxon England", True),
    ("Journal of Japanese Studies", False), ("Book History", False), ("Studies in Bibliography", False),
    ("Kritika", False),
]
DE_JOURNALS = ["Historische Zeitschrift", "Archiv für Geschichte des Buchwesens", "Zeitschrift für Ostforschung",
               "Leipziger Jahrbuch zur Buchgeschichte"]
EN_PUBLISHERS = [
    ("Cambridge", "Cambridge University Press"), ("Oxford", "Clarendon Press"), ("London", "Methuen"),
    ("Chicago", "University of Chicago Press"), ("New Haven", "Yale University Press"),
    ("Ithaca", "Cornell University Press"), ("Princeton", "Princeton University Press"),
    ("Leiden", "Brill"), ("Stanford", "Stanford University Press"), ("Manchester", "Manchester University Press"),
    ("Sheffield", "Sheffield Academic Press"),
]
DE_PLACES = ["Berlin", "München", "Leipzig", "Göttingen", "Stuttgart", "Frankfurt am Main", "Wiesbaden", "Köln"]
ARCHIVES = [("GARF", 5446), ("RGASPI", 17), ("RGVA", 33987), ("RGAE", 4372), ("AVP RF", 146), ("TsGA SPb", 2552)]
EN_COMMENT = [
    "The figures given here differ from those in the official edition; the discrepancy was first noted by {who}.",
    "The term is used here in its older, juridical sense, not in the sense it acquired after the reforms.",
    "This passage was struck out in the second edition and restored only in the third.",
    "Contemporaries were well aware of the difficulty; several pamphlets of the period discuss it at length.",
    "The wording of the draft differs slightly; the final text is quoted here.",
    "No copy of the first printing appears to have survived.",
    "The translation is my own; the official English version is misleading at this point.",
]
DE_COMMENT = [
    "Die Zahlen weichen von denen der amtlichen Ausgabe ab; auf die Differenz hat zuerst {who} hingewiesen.",
    "Der Begriff wird hier im älteren, juristischen Sinn gebraucht.",
    "Die Stelle fehlt in der zweiten Auflage und wurde erst in der dritten wiederhergestellt.",
    "Eine Abschrift dieses Schreibens befindet sich im Nachlass des Verfassers.",
]


def pages(rng):
    if rng.random() < 0.35:
        a = rng.randint(11, 380)
        return f"{a}–{a + rng.randint(1, 14)}"
    return str(rng.randint(3, 412))


class NoteMaker:
    def __init__(self, rng, lang="en", mix=None):
        self.rng = rng
        self.lang = lang
        self.mix = mix or {}
        self.cited = []  # (surname, short title) for short forms / ibid

    def pick(self, seq):
        return self.rng.choice(seq)

    # each style returns (spans, citation)
    def en_book(self):
        r = self.rng
        first, last = self.pick(EN_AUTHORS)
        title = self.pick(EN_BOOKS)
        place, pub = self.pick(EN_PUBLISHERS)
        year = str(r.randint(1958, 2019))
        pg = pages(r)
        self.cited.append((last, title.split(":")[0]))
        spans = [(f"{first} {last}, ", False), (title, True), (f" ({place}: {pub}, {year}), {pg}.", False)]
        return spans, {"author": [f"{first} {last}"], "title_m": title, "pubPlace": place, "publisher": pub,
                       "date": year, "pages": pg}

    def en_article(self):
        r = self.rng
        authors = [self.pick(EN_AUTHORS)]
        if r.random() < 0.3:
            authors.append(self.pick([a for a in EN_AUTHORS if a != authors[0]]))
        names = [f"{a} {b}" for a, b in authors]
        art = self.pick(EN_ARTICLES)
        jour, _ = self.pick(JOURNALS)
        vol, iss, year = str(r.randint(3, 71)), str(r.randint(1, 4)), str(r.randint(1961, 2018))
        pg = pages(r)
        who = " and ".join(names)
        if r.random() < 0.5:
            spans = [(f"{who}, “{art},” ", False), (jour, True), (f" {vol}, no. {iss} ({year}): {pg}.", False)]
        else:
            spans = [(f"{who}, “{art}.” ", False), (jour, True), (f", {vol}, no. {iss} ({year}), {pg}.", False)]
        return spans, {"author": names, "title_a": art, "title_j": jour, "volume": vol, "issue": iss,
                       "date": year, "pages": pg}

    def ru_book(self):
        r = self.rng
        first, last = self.pick(RU_AUTHORS)
        title, place, pub = self.pick(RU_BOOKS)
        year = str(r.randint(1962, 2015))
        pg = pages(r)
        spans = [(f"{first[0]}. {last}, ", False), (title, True), (f" ({place}: {pub}, {year}), {pg}.", False)]
        return spans, {"author": [f"{first[0]}. {last}"], "title_m": title, "pubPlace": place,
                       "publisher": pub, "date": year, "pages": pg}

    def ja_book(self):
        r = self.rng
        first, last = self.pick(JA_AUTHORS)
        title, place, pub = self.pick(JA_BOOKS)
        year = str(r.randint(1959, 2012))
        pg = pages(r)
        spans = [(f"{first} {last}, ", False), (title, True), (f" ({place}: {pub}, {year}), {pg}.", False)]
        return spans, {"author": [f"{first} {last}"], "title_m": title, "pubPlace": place, "publisher": pub,
                       "date": year, "pages": pg}

    def archival(self):
        r = self.rng
        arch, fond = self.pick(ARCHIVES)
        op, d, l = str(r.randint(1, 24)), str(r.randint(1, 1400)), str(r.randint(1, 310))
        lead = ""
        if r.random() < 0.35 and self.lang == "de":
            lead = self.pick(["Bericht des Bezirkskomitees, ", "Protokoll der Redaktionssitzung, ", "Abschrift in "])
            if not lead.endswith("in "):
                lead += f"{r.randint(1, 28)}. {self.pick(['Januar', 'März', 'Mai', 'Juni', 'Oktober', 'Dezember'])} {r.randint(1921, 1952)}, "
        elif r.random() < 0.35:
            lead = self.pick(["Report of the district committee, ", "Minutes of the editorial board, ",
                              "Letter to the publishing department, ", "Intercepted telegram in "])
            if not lead.endswith("in "):
                lead += f"{r.randint(1, 28)} {self.pick(['January', 'March', 'May', 'June', 'October', 'December'])} {r.randint(1921, 1952)}, "
        if r.random() < 0.3:
            l2 = str(int(l) + r.randint(1, 6))
            txt = f"{lead}{arch}, f. {fond}, op. {op}, d. {d}, ll. {l}–{l2}."
            lst = f"{l}–{l2}"
        else:
            txt = f"{lead}{arch}, f. {fond}, op. {op}, d. {d}, l. {l}."
            lst = l
        return [(txt, False)], {"archive": arch, "fond": str(fond), "opis": op, "delo": d, "list": lst}

    def de_book(self):
        r = self.rng
        first, last = self.pick(DE_AUTHORS)
        title = self.pick(DE_BOOKS)
        place = self.pick(DE_PLACES)
        year = str(r.randint(1955, 2020))
        pg = pages(r)
        spans = [(f"{last}, {first}: ", False), (title, True), (f". {place} {year}, S. {pg}.", False)]
        return spans, {"author": [f"{last}, {first}"], "title_m": title, "pubPlace": place, "date": year,
                       "pages": pg}

    def de_article(self):
        r = self.rng
        first, last = self.pick(DE_AUTHORS)
        art = self.pick(["Zensur und Öffentlichkeit im Kaiserreich", "Die Pflicht zur Abgabe von Druckschriften",
                         "Buchdruck und Reformation in Oberdeutschland", "Begriff und Geschichte des Verlags"])
        jour = self.pick(DE_JOURNALS)
        vol, year = str(r.randint(12, 290)), str(r.randint(1958, 2019))
        pg = pages(r)
        spans = [(f"{last}, {first}: {art}. In: ", False), (jour, True), (f" {vol} ({year}), S. {pg}.", False)]
        return spans, {"author": [f"{last}, {first}"], "title_a": art, "title_j": jour, "volume": vol,
                       "date": year, "pages": pg}

    def short(self):
        if not self.cited:
            return self.en_book()
        last, title = self.pick(self.cited)
        pg = pages(self.rng)
        if self.rng.random() < 0.4:
            return [("Ibid., " if self.lang == "en" else "Ebd., ", False), (f"{'S. ' if self.lang == 'de' else ''}{pg}.", False)], None
        return [(f"{last}, ", False), (title, True), (f", {'S. ' if self.lang == 'de' else ''}{pg}.", False)], None

    def commentary(self):
        r = self.rng
        if self.lang == "de":
            who = " ".join(self.pick(DE_AUTHORS))
            txt = self.pick(DE_COMMENT).format(who=who)
            if r.random() < 0.6:
                cit, c = self.de_book() if r.random() < 0.6 else self.de_article()
                return [(txt + " Vgl. ", False)] + cit, c
            return [(txt, False)], None
        who = " ".join(self.pick(EN_AUTHORS))
        txt = self.pick(EN_COMMENT).format(who=who)
        if r.random() < 0.6:
            lead = self.pick(["See also ", "On this point see ", "For a different view see ", "Compare "])
            cit, c = self.en_book() if r.random() < 0.6 else self.en_article()
            return [(txt + " " + lead, False)] + cit, c
        return [(txt, False)], None

    def see(self):
        lead = self.pick(["See also ", "On this point see ", "For a different view see ", "Cf. "]) if self.lang == "en" \
            else self.pick(["Vgl. ", "Vgl. dazu ", "Siehe auch "])
        spans, c = self.make_citation()
        return [(lead, False)] + spans, c

    def make_citation(self):
        r = self.rng
        if self.lang == "de":
            return (self.de_book if r.random() < 0.65 else self.de_article)()
        styles = [(self.en_book, 4), (self.en_article, 3), (self.ru_book, 1.2), (self.ja_book, 1.0),
                  (self.archival, 1.5), (self.de_book, 0.6)]
        tot = sum(w for _, w in styles)
        x = r.random() * tot
        for f, w in styles:
            x -= w
            if x < 0:
                return f()
        return self.en_book()

    def make(self):
        r = self.rng.random()
        if r < 0.14:
            return self.commentary()
        if r < 0.27:
            return self.see()
        if r < 0.37 and self.cited:
            return self.short()
        if self.lang == "de" and r < 0.45:
            return self.archival()
        return self.make_citation()

    def xref(self, title):
        if self.lang == "de":
            return [(f"Vgl. dazu oben den Abschnitt „{title}“; die Terminologie folgt dem dort Gesagten.", False)], None
        return [(self.pick([
            f"Compare the discussion under “{title}” above; the terminology follows the earlier usage.",
            f"The questions raised in “{title}” are taken up again in the conclusion of this volume.",
            f"On the argument of “{title}” see also the introduction to this volume.",
        ]), False)], None
