"""Realistic store files for the benchmarks: deterministic, Swedish, about 1.7 KB each.

The JSON is written directly (contract key order, ``indent=1``, UTF-8) rather than through
``followup_gui.store.save``, so a bug in the writer cannot make the benchmark data wrong;
:func:`check` loads the result with ``followup_gui.store.load`` to prove it is valid.

``python -m tests.benchmarks.stores 10000 /tmp/applications.json`` writes one by hand.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
from pathlib import Path
from typing import Any

#: The moment the benchmarks assess against (``--now``); the data is spread before it.
NOW = dt.datetime(2026, 11, 26, 9, 0)
SEED = 20261126
SIZES = (0, 1_000, 10_000)

TITLES = (
    "Säljare",
    "Innesäljare",
    "Key account manager",
    "Kundtjänstmedarbetare",
    "Kundsupport",
    "Ekonomiassistent",
    "Redovisningsekonom",
    "Löneadministratör",
    "Controller",
    "Backend-utvecklare",
    "Frontendutvecklare",
    "Systemutvecklare",
    "IT-tekniker",
    "Projektledare",
    "Enhetschef",
    "Butikschef",
    "Lagerarbetare",
    "Truckförare",
    "Undersköterska",
    "Sjuksköterska",
    "Förskollärare",
    "Lärare i svenska",
    "Socialsekreterare",
    "Handläggare",
    "Utredare",
    "Kommunikatör",
    "Marknadsassistent",
    "HR-generalist",
    "Rekryterare",
    "Receptionist",
    "Kock",
    "Servitör",
    "Elektriker",
    "Snickare",
    "Fastighetsskötare",
    "Bolagsjurist",
    "Advokatsekreterare",
    "Inköpare",
    "Logistiker",
    "Produktionstekniker",
)
TITLE_SUFFIXES = ("", "", "", " till vårt kontor", " – vikariat", " (heltid)", " deltid", " senior")
ROLE_OF_TITLE = {
    "Säljare": "sales",
    "Innesäljare": "sales",
    "Key account manager": "sales",
    "Kundtjänstmedarbetare": "customer_service",
    "Kundsupport": "customer_service",
    "Receptionist": "customer_service",
    "Enhetschef": "leadership",
    "Butikschef": "leadership",
    "Projektledare": "leadership",
}
INDUSTRY_OF_TITLE = {
    "Bolagsjurist": "law",
    "Advokatsekreterare": "law",
    "Redovisningsekonom": "finance",
    "Controller": "finance",
    "Ekonomiassistent": "finance",
    "Socialsekreterare": "public_sector",
    "Handläggare": "public_sector",
    "Utredare": "public_sector",
    "Förskollärare": "public_sector",
}

COMPANY_STEMS = (
    "Nordisk Kaffeservice",
    "Kodverket",
    "Siffergruppen",
    "Bygg & Betong",
    "Mälardalens Energi",
    "Skärgårdsfrakt",
    "Fjällvärme",
    "Östgöta Logistik",
    "Lindqvist & Söner",
    "Åkerbergs Bageri",
    "Vänerns Fastigheter",
    "Norrlands Trä",
    "Gröna Lund Catering",
    "Sundsvalls Elektriska",
    "Hallands Vård",
    "Dalarnas Revision",
    "Kustbevakningens Service",
    "Björkmans Advokatbyrå",
    "Stålverket i Luleå",
    "Söderhavets Rederi",
    "Tekniska Verken",
    "Blekinge Data",
    "Uppsala Biolab",
    "Göteborgs Hamnservice",
    "Västerås Verkstäder",
    "Skånska Gårdar",
)
COMPANY_FORMS = (
    "AB",
    "AB",
    "AB",
    "HB",
    "i Norrköping AB",
    "Sverige AB",
    "Group",
    "kommun",
    "region",
)
CITIES = (
    "Stockholm",
    "Göteborg",
    "Malmö",
    "Uppsala",
    "Västerås",
    "Örebro",
    "Linköping",
    "Helsingborg",
    "Jönköping",
    "Norrköping",
    "Lund",
    "Umeå",
    "Gävle",
    "Borås",
    "Sundsvall",
    "Luleå",
    "Östersund",
    "Växjö",
    "Karlstad",
    "Falun",
)
FIRST_NAMES = (
    "Anna",
    "Eva",
    "Maria",
    "Karin",
    "Sara",
    "Lena",
    "Kerstin",
    "Emma",
    "Ingrid",
    "Malin",
    "Åsa",
    "Linnéa",
    "Lars",
    "Mikael",
    "Anders",
    "Johan",
    "Per",
    "Erik",
    "Karl",
    "Peter",
    "Jonas",
    "Mats",
    "Björn",
    "Örjan",
    "Omar",
    "Fatima",
    "Ali",
    "Mehmet",
    "Yasmin",
)
LAST_NAMES = (
    "Andersson",
    "Johansson",
    "Karlsson",
    "Nilsson",
    "Eriksson",
    "Larsson",
    "Olsson",
    "Persson",
    "Svensson",
    "Gustafsson",
    "Lindqvist",
    "Lindström",
    "Holm",
    "Berg",
    "Ek",
    "Ström",
    "Åberg",
    "Öberg",
    "Sjöberg",
    "Hassan",
    "Yilmaz",
)
MONTHS_SV = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)
AD_INTROS = (
    "{company} växer och söker nu en engagerad {title_lc} till vår verksamhet i {city}.",
    "Vill du arbeta i ett team där varje dag är olik den förra? {company} söker en "
    "{title_lc} som trivs med ansvar och ett högt tempo.",
    "Hos {company} i {city} får du chansen att utvecklas tillsammans med drygt "
    "{staff} kollegor. Vi söker nu en {title_lc}.",
    "{company} är ett familjeägt företag med rötter i {city} sedan {year}. "
    "Till vår avdelning söker vi en {title_lc}.",
)
AD_BODY = (
    "Som {title_lc} blir du en viktig del av vårt arbete med kunder och samarbetspartner. "
    "Du planerar och följer upp ditt eget arbete och rapporterar till avdelningschefen.",
    "I rollen ingår att hålla kontakt med befintliga kunder, ta fram underlag och "
    "offerter, samt delta i det löpande förbättringsarbetet på avdelningen.",
    "Arbetet sker huvudsakligen på plats i {city}, med möjlighet till distansarbete "
    "en till två dagar i veckan efter överenskommelse.",
    "Vi erbjuder kollektivavtal, friskvårdsbidrag på 3 000 kronor om året, flexibel "
    "arbetstid och goda möjligheter till vidareutbildning.",
    "Du har gymnasieexamen, gärna eftergymnasial utbildning inom området, och minst två "
    "års erfarenhet av liknande arbetsuppgifter. B-körkort är meriterande.",
    "Som person är du strukturerad, lyhörd och har lätt för att samarbeta. Du uttrycker "
    "dig väl i tal och skrift på svenska och engelska.",
    "Tjänsten är en tillsvidareanställning på heltid med sex månaders provanställning. "
    "Tillträde enligt överenskommelse.",
    "Vi värdesätter mångfald och välkomnar sökande med olika bakgrund och erfarenheter. "
    "Vi tar inte emot ansökningar via e-post.",
    "Du kommer att arbeta nära våra säljare, ekonomer och vår kundtjänst, och du "
    "förväntas bidra med egna idéer om hur vi kan bli bättre.",
    "Löpande arbetsuppgifter är bland annat attestering, avstämningar, "
    "bokslutsarbete och kontakt med revisorer och myndigheter.",
    "Vi använder moderna verktyg och du får en gedigen introduktion under dina första "
    "veckor, med en fadder som stöttar dig.",
)
AD_EXTRA = (
    "Urval och intervjuer sker löpande, så skicka gärna in din ansökan redan i dag.",
    "Endast de sökande som går vidare i processen kommer att kontaktas.",
    "Vi undanber oss kontakt med rekryterings- och annonsföretag samt telefonsamtal.",
    "Besked om vem som går vidare lämnas senast den {reply_day} {reply_month}.",
)
NOTE_PARTS = (
    "Skickade CV och personligt brev via deras rekryteringssystem.",
    "Pratade med {contact} på mässan i {city}, verkade intresserad.",
    "Lönenivå enligt annonsen runt 32 000 kr.",
    "Kolla upp deras årsredovisning innan en eventuell intervju.",
    "Tipsad av en tidigare kollega.",
    "Andra intervjun blir ett case: förbered en presentation.",
    "Provanställning sex månader, start i januari.",
    "Ring efter lunch, då är {contact} lättast att nå.",
    "Fick ett automatiskt svar om att ansökan tagits emot.",
    "Hade en bra känsla efter samtalet.",
)
CONTACT_NOTES = (
    "Ringde och frågade om tidsplanen.",
    "Skickade ett kort tack efter intervjun.",
    "Mejlade och berättade om ett annat erbjudande.",
    "Fick veta att de hör av sig nästa vecka.",
    "",
)
PURPOSES = ("follow_up", "thank_you", "other_offer", "other")
STAGES = ("applied", "interview", "offer", "accepted", "rejected", "withdrawn")
STAGE_WEIGHTS = (45, 15, 4, 2, 26, 8)
SIZES_W = (("small", 30), ("large", 35), ("unknown", 35))


def _pick_weighted(rng: random.Random, pairs: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([value for value, _ in pairs], [weight for _, weight in pairs])[0]


def _ascii(text: str) -> str:
    table = str.maketrans("åäöéÅÄÖÉ &", "aaoeAAOE-o")
    return text.translate(table).lower()


def _person(rng: random.Random) -> tuple[str, str]:
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    return f"{first} {last}", f"{_ascii(first)}.{_ascii(last)}"


def _phone(rng: random.Random) -> str:
    prefix = rng.choice(("070", "072", "073", "076", "08", "031", "040", "018"))
    return f"{prefix}-{rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


def _ad_text(
    rng: random.Random,
    *,
    title: str,
    company: str,
    city: str,
    deadline: dt.date | None,
    rolling: bool,
    person: tuple[str, str, str] | None,
) -> str:
    values = {
        "title_lc": title.lower(),
        "company": company,
        "city": city,
        "staff": rng.choice((20, 45, 120, 300, 1500)),
        "year": rng.randint(1902, 2015),
        "reply_day": rng.randint(1, 28),
        "reply_month": rng.choice(MONTHS_SV),
    }
    lines = [title, f"{company}, {city}", "", rng.choice(AD_INTROS).format(**values), ""]
    for part in rng.sample(AD_BODY, rng.randint(3, 6)):
        lines.append(part.format(**values))
    for part in rng.sample(AD_EXTRA, rng.randint(0, 2)):
        lines.append(part.format(**values))
    if rolling:
        lines.append("Vi tillämpar löpande urval, tjänsten kan komma att tillsättas innan "
                     "sista ansökningsdag.")  # fmt: skip
    if deadline is not None:
        lines.append(f"Sista ansökningsdag: {deadline.day} {MONTHS_SV[deadline.month - 1]}.")
    if person is not None:
        name, email, phone = person
        lines.append(f"Kontaktperson: {name}, {email}, {phone}.")
    return "\n".join(lines)


def application(rng: random.Random, index: int) -> dict[str, Any]:
    """One application as the store holds it (every key, contract order)."""
    base = rng.choice(TITLES)
    title = base + rng.choice(TITLE_SUFFIXES)
    company = f"{rng.choice(COMPANY_STEMS)} {rng.choice(COMPANY_FORMS)}"
    city = rng.choice(CITIES)
    # Two years of job hunting, more of it recent.
    days_back = int(rng.triangular(1, 730, 1))
    applied = NOW.date() - dt.timedelta(days=days_back)
    deadline = applied + dt.timedelta(days=rng.randint(2, 30)) if rng.random() < 0.75 else None
    rolling = rng.random() < 0.2
    reply_by = applied + dt.timedelta(days=rng.randint(14, 45)) if rng.random() < 0.1 else None
    stage = rng.choices(STAGES, STAGE_WEIGHTS)[0]
    if days_back < 10 and stage in ("offer", "accepted"):
        stage = "applied"
    language = "en" if rng.random() < 0.1 else "sv"

    person: tuple[str, str, str] | None = None
    contact = {"name": "", "email": "", "phone": ""}
    if rng.random() < 0.7:
        name, local = _person(rng)
        domain = _ascii(company.split(maxsplit=1)[0]) + ".example"
        email = f"{local}@{domain}" if rng.random() < 0.8 else f"rekrytering@{domain}"
        phone = _phone(rng) if rng.random() < 0.6 else ""
        contact = {"name": name, "email": email, "phone": phone}
        person = (name, email, phone)

    def moment_after(day: dt.date, low: int, high: int) -> str:
        when = dt.datetime.combine(day, dt.time(rng.randint(8, 16), rng.choice((0, 15, 30, 45))))
        return (when + dt.timedelta(days=rng.randint(low, high))).isoformat(timespec="minutes")

    interview_count = rng.choice((1, 1, 2)) if stage != "applied" and rng.random() < 0.7 else 0
    if stage == "interview":
        interview_count = max(1, interview_count)
    interviews = []
    for number in range(interview_count):
        at = moment_after(applied, 7 + 10 * number, 20 + 12 * number)
        if rng.random() < 0.2:
            at = at[:10]  # a date-only interview
        promised = None
        if rng.random() < 0.4:
            promised = (
                dt.date.fromisoformat(at[:10]) + dt.timedelta(days=rng.randint(3, 14))
            ).isoformat()
        interviews.append({"at": at, "promised_reply_by": promised})

    contacts = []
    for _ in range(rng.choice((0, 0, 0, 1, 1, 2, 3))):
        contacts.append(
            {
                "at": moment_after(applied, 3, 40),
                "channel": rng.choice(("email", "phone")),
                "purpose": rng.choice(PURPOSES),
                "note": rng.choice(CONTACT_NOTES),
            }
        )
    contacts.sort(key=lambda item: item["at"])

    other_offer = None
    if stage in ("applied", "interview") and rng.random() < 0.04:
        noted = applied + dt.timedelta(days=rng.randint(1, 20))
        other_offer = {
            "noted_on": noted.isoformat(),
            "respond_by": (noted + dt.timedelta(days=rng.randint(3, 10))).isoformat(),
        }

    notes = ""
    if rng.random() < 0.6:
        parts = rng.sample(NOTE_PARTS, rng.randint(1, 3))
        who = contact["name"] or "rekryteraren"
        notes = " ".join(part.format(contact=who, city=city) for part in parts)

    ad_url = ""
    if rng.random() < 0.5:
        ad_url = f"https://jobb.example.se/annonser/{rng.randint(10_000_000, 99_999_999)}"

    ad_text = ""
    if rng.random() < 0.88:  # the rest were open applications, or the ad was not kept
        ad_text = _ad_text(
            rng,
            title=title,
            company=company,
            city=city,
            deadline=deadline,
            rolling=rolling,
            person=person,
        )

    return {
        "id": f"bench-{index:05d}-{rng.getrandbits(32):08x}",
        "job_title": title,
        "company": company,
        "applied_on": applied.isoformat(),
        "deadline": deadline.isoformat() if deadline else None,
        "rolling_selection": rolling,
        "ad_reply_by": reply_by.isoformat() if reply_by else None,
        "ad_no_calls": rng.random() < 0.08,
        "ad_only_shortlisted_contacted": rng.random() < 0.2,
        "company_size": _pick_weighted(rng, SIZES_W),
        "industry": INDUSTRY_OF_TITLE.get(base, "other"),
        "role_kind": ROLE_OF_TITLE.get(base, "other"),
        "stage": stage,
        "language": language,
        "contact": contact,
        "interviews": interviews,
        "other_offer": other_offer,
        "contacts": contacts,
        "ad_text": ad_text,
        "ad_url": ad_url,
        "notes": notes,
    }


def document(count: int, seed: int = SEED) -> dict[str, Any]:
    """A whole store with ``count`` applications; the same ``seed`` gives the same bytes."""
    rng = random.Random(seed)
    return {
        "format": "followup-gui",
        "schema_version": 1,
        "profile": {
            "name": "Alex Lindqvist",
            "email": "alex.lindqvist@example.se",
            "phone": "070-987 65 43",
            "linkedin": "https://www.linkedin.com/in/alexlindqvist-exempel",
        },
        "applications": [application(rng, index) for index in range(count)],
    }


def write(path: Path, count: int, seed: int = SEED) -> Path:
    """Write the store as the app itself lays it out (indent 1, UTF-8, final newline)."""
    text = json.dumps(document(count, seed), ensure_ascii=False, indent=1) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(0o600)
    return path


def check(path: Path, count: int) -> None:
    """Fail loudly when the app would refuse the store, or read a different number of rows."""
    from followup_gui import store

    loaded = store.load(path)
    if len(loaded.applications) != count:
        raise AssertionError(f"{path}: {len(loaded.applications)} applications, not {count}")


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m tests.benchmarks.stores COUNT PATH", file=sys.stderr)
        return 2
    count, path = int(argv[0]), Path(argv[1])
    write(path, count)
    check(path, count)
    print(f"{path}: {count} applications, {path.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
