"""The ad reader on a seventh set of forty unseen ads (issue 24).

tests/data/ads_unseen7 holds forty invented ads from the trades and employers an
unemployed Swede meets most (care homes, regions, schools, staffing firms, shops,
restaurants, building sites, drivers, municipal, university, church and armed-forces
templates), written with the facts a careful reader finds in them before anyone read the
ad reader; expected.json's "about" gives every judgement call.

First, unseen measurement (2026-12-05, commit 77f27a8, before any change to the reader):
349 / 360 facts = 96.9 %. Per fact: deadline 40, rolling_selection 40, ad_reply_by 39,
ad_no_calls 39, ad_only_shortlisted_contacted 40, contact_name 35, contact_email 40,
contact_phone 40, town 36 (of 40). The eleven misses (read → expected):
- 03 ad_reply_by: None → 2027-04-30 ("Besked om anställning lämnas under april")
- 04 town: None → Sundsvall ("… medicinavdelning 11, Sundsvalls sjukhus")
- 05 contact_name: None → Lena Åberg ("Förskolechef Lena Åberg nås på 0522-…")
- 09 contact_name: None → Lisa ("Sms:a gärna Lisa på 0708-…")
- 21 contact_name: "Kn Lars Vikström" → Lars Vikström (military rank Kn before the name)
- 24 ad_no_calls: False → True ("Vi kan tyvärr inte svara på frågor om placering per telefon")
- 25 contact_name: None → Nadia ("kontakta handledare Nadia, 016-…")
- 25 town: None → Eskilstuna ("Var: Eskilstuna Logistikcenter, Kjula")
- 26 town: None → Nybro (all-capital heading "MASKINOPERATÖR – PRECISIONSVERK I NYBRO")
- 32 town: None → Varberg ("Grillbaren Varberg", "vid Varbergs strandpromenad")
- 37 contact_name: None → Karin ("Hör av dig till Karin (arbetsledare), 0520-…")
The accuracy test is marked xfail until the reader is fixed; the fixer removes the mark.

After the fixes (branch adfix67, together with set 6's; each kept by RELATIVES below): 360
of 360 = 100 %, with no change to expected.json (no longer an unseen figure). What changed:
"under april" (and "during May") is the month's last day; a town's own place ("Sundsvalls
sjukhus", "Varbergs strandpromenad", "Umeå centrum"); "Var:" as a town label, a workplace
beside the town ("Eskilstuna Logistikcenter"); "I NYBRO" in a heading in capitals; a role
then a name then "nås på"; a first name alone after "Sms:a", "kontakta handledare", "Hör av
dig till Karin (arbetsledare)"; the armed forces' ranks ("Kn") before a name; "inte svara på
frågor om placering per telefon".
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.ad_sets import AdSet, Relatives, relatives_test, set_tests

SET = AdSet(Path(__file__).parent / "data" / "ads_unseen7")
test_the_set_is_whole, test_accuracy_on_the_set = set_tests(SET)


def test_the_table_names_every_fact_and_every_miss() -> None:
    table = SET.table()
    print(table)
    assert table.count("\n") == 10 + len(SET.misses())


# The kinds of failure the forty ads showed, each said in a few more ways, and the same
# words where the fact is absent. Written after reading the reader (so not "unseen"): they
# keep the fixes. Only the facts named are checked.
REF = dt.date(2026, 12, 5)
D = dt.date
RELATIVES: Relatives = [
    # ---- a reply "under april": the month's last day
    ("reply_during_month", "Besked om anställning lämnas under april.",
     {"ad_reply_by": D(2027, 4, 30)}),
    ("reply_decision_during_month_year", "Beslut om anställning fattas under mars 2027.",
     {"ad_reply_by": D(2027, 3, 31)}),
    ("reply_during_month_en", "We will make our decision during May.",
     {"ad_reply_by": D(2027, 5, 31)}),
    ("during_month_work_not_reply", "Du jobbar under juni–augusti.",
     {"ad_reply_by": None, "deadline": None}),
    ("during_month_start_not_reply", "Tillträde under april.", {"ad_reply_by": None}),
    ("during_christmas_not_july", "Intervjuer sker inte under jul.", {"ad_reply_by": None}),
    # ---- a town's place: "Sundsvalls sjukhus", "Varbergs strandpromenad"
    ("town_genitive_hospital", "Sjuksköterska till medicinavdelning 11, Sundsvalls sjukhus",
     {"town": "Sundsvall"}),
    ("town_genitive_promenade", "Vår restaurang vid Varbergs strandpromenad söker personal.",
     {"town": "Varberg"}),
    ("town_centre", "Butik nära Umeå centrum söker personal.", {"town": "Umeå"}),
    ("town_genitive_university_not", "Lunds universitet söker en doktorand.", {"town": None}),
    # ---- a role word before the name, "nås på"
    ("role_name_reached_on", "Vill du veta mer? Förskolechef Lena Åberg nås på 0522-69 71 40.",
     {"contact_name": "Lena Åberg"}),
    ("role_name_reached_via", "Enhetschef Per Ek nås via 08-123 45 67.",
     {"contact_name": "Per Ek"}),
    ("role_name_on_number", "Platschef Omar Said på 070-123 45 67 svarar på frågor.",
     {"contact_name": "Omar Said"}),
    # ---- a first name alone after "Sms:a", "kontakta handledare", "Hör av dig till"
    ("sms_first_name", "Sms:a gärna Lisa på 0708-55 21 90 om du har frågor!",
     {"contact_name": "Lisa"}),
    ("sms_first_name_plain", "Smsa Jonna på 070-123 45 67.", {"contact_name": "Jonna"}),
    ("sms_us_no_name", "Sms:a oss på 070-123 45 67.", {"contact_name": None}),
    ("contact_supervisor_first_name", "Prata med din handläggare eller kontakta handledare Nadia, "
     "016-15 48 30.", {"contact_name": "Nadia"}),
    ("call_foreman_first_name", "Ring arbetsledare Omar på 070-123 45 67.",
     {"contact_name": "Omar"}),
    ("contact_customer_service_no_name", "Kontakta kundtjänst, 016-15 48 30.",
     {"contact_name": None}),
    ("get_in_touch_first_name_role", "Frågor? Hör av dig till Karin (arbetsledare), 0520-47 11 00.",
     {"contact_name": "Karin"}),
    ("turn_to_first_name", "Vänd dig till Ahmed, 08-123 45 67.", {"contact_name": "Ahmed"}),
    # ---- ranks before the name
    ("rank_captain_short", "Upplysningar om befattningen lämnas av: "
     "Kn Lars Vikström, tfn 0921-34 80 00.",
     {"contact_name": "Lars Vikström"}),
    ("rank_major_short", "Upplysningar lämnas av Mj Anna Ek, 0921-34 80 01.",
     {"contact_name": "Anna Ek"}),
    ("rank_lieutenant", "Kontakt: Löjtnant Per Holm, 0921-34 80 02", {"contact_name": "Per Holm"}),
    # ---- no questions by phone, with what they are about in between
    ("no_calls_questions_about", "Vi kan tyvärr inte svara på frågor om placering per telefon.",
     {"ad_no_calls": True}),
    ("no_calls_questions_about_salary", "Vi kan inte besvara frågor om lön via telefon.",
     {"ad_no_calls": True}),
    ("calls_questions_about_welcome", "Vi svarar gärna på frågor om placering per telefon.",
     {"ad_no_calls": False}),
    # ---- "Var:", a workplace beside the town, a heading in capitals
    ("town_where_label", "Var: Eskilstuna Logistikcenter, Kjula", {"town": "Eskilstuna"}),
    ("town_where_label_plain", "Var: Örebro\nNär: juni–augusti", {"town": "Örebro"}),
    ("town_capitals_heading", "MASKINOPERATÖR – PRECISIONSVERK I NYBRO", {"town": "Nybro"}),
    ("town_capitals_two_part", "SOMMARJOBB I MALUNG-SÄLEN", {"town": "Malung-Sälen"}),
    ("town_capitals_no_town", "VI ARBETAR I TEAM", {"town": None}),
]  # fmt: skip


test_relatives_of_the_failures = relatives_test(RELATIVES, REF)
