"""The ad reader on an eighth set of ads it has never seen (issue 24): recall on rough and
platform text.

tests/data/ads_unseen8/ holds 40 invented ads written before reading the reader: small
employers writing roughly (lower case without punctuation, typos, SMS speak, dialect, emoji,
ALL CAPS, glued words from a PDF), facts in key | value or tab tables and headings,
recruitment platforms' boilerplate around the ad, and English ads of international firms in
Sweden. expected.json says who wrote it and every judgement call ("about").

First measurement, before any change to the reader (reference 2026-12-05; ad 22 2027-01-10):
337 of 360 facts right, 93.6 %: deadline 38/40, rolling_selection 39, ad_reply_by 37,
ad_no_calls 40, ad_only_shortlisted_contacted 40, contact_name 33, contact_email 39,
contact_phone 39, town 32. The misses (read → expected, and why):

- 01 deadline None → 2026-12-20: "sista ansöknings dag 20 dec" (split word, lower case).
- 01 contact_name None → Maria: "frågor ring maria 0456-123 45" (lower case; "maria" accepted).
- 01 town None → Sölvesborg: "bagare sökes till bageriet i sölvesborg" (lower case accepted).
- 07 ad_reply_by None → 2027-01-31: "We'll be in touch within two weeks after the deadline",
  deadline "Last day to apply: January 17"; 17 January + 14 days.
- 08 contact_name None → Jessica: "Hör av dig t Jessica 073-912 34 56" (SMS speak, first name).
- 09 contact_name None → Olle Nygren: "KONTAKTA OLLE NYGREN 070-244 18 90" (all caps; either
  spelling accepted).
- 16 ad_reply_by None → 2027-02-12: "Vi svarar alla sökande senast 12/2."
- 17 deadline None → 2027-01-11: "Sista ansökningsdag: 2027.01.11" (ISO order with dots).
- 18 contact_name None → Kristina Palm: "Välkommen med din ansökan till Kristina Palm,
  verksamhetschef: kristina(at)omsorgkarlstad.se" (the e-mail was read right).
- 19 contact_name None → Marcus Öberg: "Talent Acquisition: Marcus Öberg <marcus.oberg@…>".
- 21 town None → Kristianstad: only in the genitive, "Tandsköterska till Kristianstads
  Tandvårdsklinik".
- 23 contact_phone None → 070-123 45 67: the number after "Frågor besvaras av / Emma Rask /
  Butikschef" is written with a non-breaking hyphen (U+2011) and no-break spaces.
- 23 town None → Luleå: "Butikssäljare till Sportlagret Luleå", a shop named after its town.
- 24 town None → Trollhättan: only in the genitive, "Bilmekaniker till Trollhättans Bilservice".
- 28 contact_name None → Lena: "… eller sms:a lena 076-111 22 33 …" in one unpunctuated run.
- 28 town None → Motala: "vi söker städare till vårt städbolag i motala" (lower case).
- 29 contact_name None → Nora: "📞 060-61 71 81 (Nora)", the name in brackets after the number.
- 31 town None → Eslöv: in the markdown heading "# Lagerchef till Eslöv".
- 32 contact_email None → sara.lind@oviktra.se: two contacts ("Rekryterande chef: Johan Ek,
  fabrikschef, 0660-…" and "Ansvarig rekryterare: Sara Lind, sara.lind@oviktra.se"); the only
  address in the ad is hers (the name Johan Ek and his phone were read).
- 33 town Stockholm → None: "Location: Remote (Sweden), with team meetups in Stockholm twice a
  year"; a fully remote job has no workplace town (a judgement call, see "about").
- 35 town None → Kiruna: only in the shop's name, "Extrapersonal sökes till Matbutiken Kiruna
  Centrum".
- 40 rolling_selection False → True: "We start interviewing in week 2 and will fill the role as
  soon as we've found the right person" (the job may go before anyone else is seen).
- 40 ad_reply_by 2027-01-15 → None: the same sentence's "interviewing in week 2" is when
  interviews start, not a date by which applicants get an answer (a judgement call).

After the fixes (branch adfix89): 360 of 360. Lead's decision on interview periods: the
reader reads "We start interviewing in week 2" as the ad's own timeline on purpose (RULES.md
"The application window" case 5; tests/test_adtext.py pins it; set 5 was changed the same
way), so expected.json for ad 40 now accepts None or 2027-01-15 (the week's Friday), said
in its "about"; the first figure above still counts it as a miss. The fixes, each kept by
RELATIVES below: "sista ansöknings dag" in two words, "2027.01.11", "Vi svarar alla sökande
senast", "be in touch within two weeks after the deadline", "fill the role as soon as";
names in lower case or SMS speak after a call verb, in capitals, in brackets after the
number, before their own address with a role or "<" between (reading/ad_names.py, the
loose names read when no label named anyone); the recruiter's address beside a hiring
manager with a phone only; non-breaking hyphens; towns in lower case after "i", in the
heading's firm or shop name or its genitive (not a registered "… AB"), in a Markdown
heading, and no town for a fully remote job.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.ad_sets import AdSet, Relatives, relatives_test, set_tests

SET = AdSet(Path(__file__).parent / "data" / "ads_unseen8")
test_the_set_is_whole, test_accuracy_on_the_set = set_tests(SET)


# The kinds of failure the forty ads showed, each said in a few more ways, and the same
# words where the fact is absent. Written after reading the reader (so not "unseen"): they
# keep the fixes. Only the facts named are checked.
REF = dt.date(2026, 12, 5)
D = dt.date
RELATIVES: Relatives = [
    # ---- "sista ansöknings dag" in two words; ISO dates with dots
    ("deadline_split_word", "sista ansöknings dag 20 dec", {"deadline": D(2026, 12, 20)}),
    ("deadline_split_word_definite", "Sista ansöknings dagen är 8 januari.",
     {"deadline": D(2027, 1, 8)}),
    ("deadline_split_word_datum", "Sista ansöknings datum: 2027-01-11",
     {"deadline": D(2027, 1, 11)}),
    ("split_word_no_date", "Sista ansöknings dag meddelas senare.", {"deadline": None}),
    ("deadline_iso_dots", "Sista ansökningsdag: 2027.01.11", {"deadline": D(2027, 1, 11)}),
    ("deadline_iso_slashes", "Ansök senast 2027/01/15.", {"deadline": D(2027, 1, 15)}),
    ("iso_dots_version_not_date", "Ansök senast med version 2027.01.11.4 av formuläret.",
     {"deadline": None}),
    # ---- "Vi svarar alla sökande senast 12/2": the ad's reply date
    ("reply_we_answer", "Vi svarar alla sökande senast 12/2.", {"ad_reply_by": D(2027, 2, 12)}),
    ("reply_we_answer_applications", "Ansök senast 5 januari. Vi svarar på alla ansökningar "
     "senast den 20 januari.", {"deadline": D(2027, 1, 5), "ad_reply_by": D(2027, 1, 20)}),
    ("answers_questions_not_reply", "Vi har stängt 23/12–6/1 och svarar på frågor efter det.",
     {"ad_reply_by": None}),
    # ---- "We'll be in touch within two weeks after the deadline"
    ("reply_in_touch_after_deadline", "Last day to apply: January 17\n"
     "We'll be in touch within two weeks after the deadline.", {"ad_reply_by": D(2027, 1, 31)}),
    ("reply_in_touch_days_after", "Apply by 10 January. We will be in touch within 10 days "
     "after the closing date.", {"ad_reply_by": D(2027, 1, 20)}),
    ("keep_in_touch_not_reply", "Apply by 10 January. Keep in touch with customers within two "
     "weeks after the deadline of each order.", {"ad_reply_by": None}),
    # ---- filling the role as soon as the right person is found
    ("rolling_fill_role", "We start interviewing in week 2 and will fill the role as soon as "
     "we've found the right person.", {"rolling_selection": True}),
    ("rolling_fill_position", "We will fill the position as soon as we find a suitable "
     "candidate.", {"rolling_selection": True}),
    ("fill_asap_not_rolling", "The role should be filled as soon as possible.",
     {"rolling_selection": False}),
    # ---- names in lower case, SMS speak, capitals, after the number
    ("lower_case_call_name", "frågor ring maria 0456-123 45 efter kl 14",
     {"contact_name": "Maria", "contact_phone": "0456-123 45"}),
    ("lower_case_sms_name", "maila cv till info@firma.se eller sms:a lena 076-111 22 33 vi går "
     "igenom ansökningarna", {"contact_name": "Lena"}),
    ("lower_case_call_us_no_name", "frågor ring oss 0456-123 45", {"contact_name": None}),
    ("lower_case_call_direct_no_name", "ring direkt 0456-123 45 eller dagtid 0456-123 46",
     {"contact_name": None}),
    ("sms_speak_till", "Hör av dig t Jessica 073-912 34 56 el maila salong@gmail.com",
     {"contact_name": "Jessica"}),
    ("capitals_name", "KONTAKTA OLLE NYGREN 070-244 18 90 ELLER OLLE@BYGGOLLES.SE",
     {"contact_name": "Olle Nygren"}),
    ("capitals_name_label", "FRÅGOR: ANNA-KARIN BERG, 070-244 18 91",
     {"contact_name": "Anna-Karin Berg"}),
    ("capitals_us_no_name", "KONTAKTA OSS PÅ 070-244 18 90", {"contact_name": None}),
    ("name_after_number", "📞 060-61 71 81 (Nora)\n✉️ hej@kafe.se", {"contact_name": "Nora"}),
    ("full_name_after_number", "Tel 070-123 45 67 (Anna Berg)", {"contact_name": "Anna Berg"}),
    ("switchboard_after_number_no_name", "Tel 070-123 45 67 (växel)", {"contact_name": None}),
    # ---- a name before its own address, with a role or angle brackets between
    ("name_role_own_address", "Välkommen med din ansökan till Kristina Palm, verksamhetschef: "
     "kristina.palm@omsorg.se", {"contact_name": "Kristina Palm"}),
    ("name_angle_own_address", "Talent Acquisition: Marcus Öberg <marcus.oberg@frostbyte.se>",
     {"contact_name": "Marcus Öberg"}),
    ("name_role_other_address_no_name", "Välkommen med din ansökan till Kristina Palm, "
     "verksamhetschef: jobb@omsorg.se", {"contact_name": None}),
    # ---- the recruiter's address when the hiring manager gives only a phone
    ("recruiters_address", "Rekryterande chef: Johan Ek, fabrikschef, 0660-29 10 00\n"
     "Ansvarig rekryterare: Sara Lind, sara.lind@firma.se",
     {"contact_name": "Johan Ek", "contact_email": "sara.lind@firma.se",
      "contact_phone": "0660-29 10 00"}),
    ("process_questions_address_not", "Frågor om tjänsten: Johan Ek, 0660-29 10 00\n"
     "Frågor om rekryteringsprocessen: Sara Lind, sara.lind@firma.se", {"contact_email": None}),
    # ---- a non-breaking hyphen in the number
    ("nonbreaking_hyphen_phone",
     "Frågor besvaras av\nEmma Rask\nButikschef\n070\u2011123\xa045\u202f67",
     {"contact_phone": "070-123 45 67"}),
    # ---- towns in lower case, in a firm's or shop's name, in a Markdown heading; remote
    ("town_lower_case", "bagare sökes till bageriet i sölvesborg", {"town": "Sölvesborg"}),
    ("town_lower_case_common_word_not", "du jobbar i vara lokaler i mark", {"town": None}),
    ("town_genitive_firm", "Tandsköterska till Kristianstads Tandvårdsklinik\n\nVi söker.",
     {"town": "Kristianstad"}),
    ("town_genitive_garage", "Bilmekaniker till Trollhättans Bilservice", {"town": "Trollhättan"}),
    ("town_shop_name", "Butikssäljare till Sportlagret Luleå", {"town": "Luleå"}),
    ("town_shop_centre", "Extrapersonal sökes till Matbutiken Kiruna Centrum", {"town": "Kiruna"}),
    ("town_markdown_heading", "# Lagerchef till Eslöv\n\nVi levererar i hela Skåne.",
     {"town": "Eslöv"}),
    ("town_registered_firm_not", "Lagerarbetare till Hallsberg Logistik AB", {"town": None}),
    ("town_not_below_the_heading", "Säljare sökes\nVi levererar till Luleå och Kiruna.",
     {"town": None}),
    ("remote_meetups_no_town", "Location: Remote (Sweden), with team meetups in Stockholm twice "
     "a year", {"town": None}),
    ("fully_remote_no_town", "We are a fully remote team; our founders live in Umeå.",
     {"town": None}),
    ("hybrid_keeps_town", "Location: Remote or hybrid, office in Malmö", {"town": "Malmö"}),
]  # fmt: skip


test_relatives_of_the_failures = relatives_test(RELATIVES, REF)
