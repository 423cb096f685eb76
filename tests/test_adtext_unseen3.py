"""The ad reader measured on a third set of forty ads not written for it (tests/data/ads_unseen3).

The ads and their expected facts were written, and committed, before the reader, its tests or
their data were read (see that folder's expected.json, "about"). Employers, people, addresses
and numbers are invented. ``python -m tests.test_adtext_unseen3`` prints the accuracy per fact
and every miss.

Comparison as in tests/ad_sets.py: dates, flags, names and towns exactly (where
expected.json gives a list, any of its values is right); an e-mail address case-insensitively;
a phone number by its digits, with +46 / 0046 and a "(0)" read as the leading 0.

First measurement, before any change to the reader (commit "Measure the ad reader on a third
set of forty unseen ads"): 324 of 360 facts = 90.0 %; town 37.5 % (15 of 40: a town said only
in prose, "i Kiruna", "kontor i Malmö", "Skellefteå-området", a table row, a title), contact_name
82.5 %, ad_reply_by 95 %, deadline and rolling_selection 97.5 %, ad_no_calls, shortlisted,
contact_email and contact_phone 100 %.
After the fixes (general patterns, see RELATIVES below): 359 of 360 = 99.7 %. The one left
is a judgement call the reader makes on purpose: "Intervjuer planeras till vecka 3" counts as
the ad's own timeline (ad_reply_by, pinned in tests/test_adtext.py), where expected.json,
written before the reader was read, says it is no answer date. That second figure is no
longer an unseen one.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.ad_sets import AdSet, Relatives, relatives_test, set_tests

SET = AdSet(Path(__file__).parent / "data" / "ads_unseen3")
test_the_set_is_whole, test_accuracy_on_the_set = set_tests(SET)


# The kinds of failure the forty ads showed, each said in a few more ways, and the same
# words where the fact is absent. Written after reading the reader (so not "unseen"): they
# keep the fixes. Only the facts named are checked.
REF = dt.date(2026, 12, 5)
RELATIVES: Relatives = [
    # ---- a town named in the text, with no label (the municipalities of Sweden)
    ("town_i_prose", "Vi är ett familjeägt åkeri i Sundsvall.", {"town": "Sundsvall"}),
    ("town_centrala", "Kontoret ligger i centrala Östersund.", {"town": "Östersund"}),
    ("town_english_in", "We are a team of twelve in Lund.", {"town": "Lund"}),
    ("town_after_comma_title", "Kock till Restaurang Fjällsjön, Åre\n", {"town": "Åre"}),
    ("town_after_dash_title", "Data Scientist – Umeå\nOm jobbet", {"town": "Umeå"}),
    ("town_employer_kommun", "Kalmar kommun, Omsorgsförvaltningen", {"town": "Kalmar"}),
    ("town_genitive_kommun", "Norrköpings kommun söker socionomer.", {"town": "Norrköping"}),
    ("town_area", "Du ingår i vårt lag i Skellefteå-området.", {"town": "Skellefteå"}),
    ("town_two_words", "Vi söker lärare i Upplands Väsby.", {"town": "Upplands Väsby"}),
    ("town_table", "Ort | Omfattning | Tillträde\nKarlstad | Heltid | Snarast",
     {"town": "Karlstad"}),
    ("town_table_tabs", "Omfattning\tArbetsort\nDeltid\tBorås\n", {"town": "Borås"}),
    ("town_inline_label", "Kontakt Karin Sjöberg Ort Solna Omfattning Heltid",
     {"town": "Solna"}),
    ("town_label_before_prose", "Vi har kontor i Stockholm.\nOrt: Malmö", {"town": "Malmö"}),
    ("town_employer_line_then_label", "Växjö kommun\nPublicerad: 2026-12-01\nArbetsort: Växjö",
     {"town": "Växjö"}),
    ("town_region_is_no_town", "Vi har kunder i Skåne och i hela Norden.", {"town": None}),
    ("town_surname_is_no_town", "Frågor besvaras av Sara Lund.", {"town": None}),
    ("town_ambiguous_word", "Mark, vår grundare, svarar gärna.", {"town": None}),
    ("town_head_office", "Vi har vårt huvudkontor i Stockholm.", {"town": None}),
    ("town_software_after_i", "Du har arbetat i Excel och i Visma.", {"town": None}),
    # ---- the contact person
    ("name_first_only_ring", "Ring Henrik på 026-65 43 21 om du har frågor.",
     {"contact_name": "Henrik", "contact_phone": "026-65 43 21"}),
    ("name_first_only_address", "Kontakta Sara, sara@kaffebaren.se", {"contact_name": "Sara"}),
    ("name_first_only_not_a_place", "Ring växeln på 090-10 20 30.", {"contact_name": None}),
    ("name_first_only_not_a_company", "Kontakt: Volvo, 031-10 20 30", {"contact_name": None}),
    ("name_nar_du", "Har du frågor når du driftchef Nils Åberg via växeln 033-17 17 00.",
     {"contact_name": "Nils Åberg", "contact_phone": "033-17 17 00"}),
    ("name_role_mastare", "Kontakt: Köksmästare Linnea Hägg, 0647-500 00",
     {"contact_name": "Linnea Hägg"}),
    ("name_role_ingenjor", "Frågor besvaras av Projektingenjör Per Ek, 070-111 22 33.",
     {"contact_name": "Per Ek"}),
    ("name_head_of", "Contact: Head of Data Olivia Chen, olivia.chen@lumen.se",
     {"contact_name": "Olivia Chen"}),
    ("name_head_of_two_words", "Contact: Head of Human Resources Anna Berg, anna@x.se",
     {"contact_name": "Anna Berg"}),
    ("name_letters_beyond_swedish", "Kontakt: Amir Hadžić, amir.hadzic@firma.se",
     {"contact_name": "Amir Hadžić"}),
    ("name_turkish_letters", "Kontakt: Ayşe Yılmaz, 070-222 33 44",
     {"contact_name": "Ayşe Yılmaz"}),
    ("name_surname_ring", "Upplysningar\nFörskolechef Lena Ring, 0470-410 00",
     {"contact_name": "Lena Ring"}),
    ("name_ring_after_full_name", "Kontakt: Anna Svensson Ring 070-123 45 67",
     {"contact_name": "Anna Svensson"}),
    # ---- a label run into its date
    ("glued_label_date", "Sista ansökningsdag2027-01-11ArbetsortFalun",
     {"deadline": dt.date(2027, 1, 11), "town": "Falun"}),
    ("glued_published_then_deadline", "Publicerad2026-11-20 Sista ansökningsdag2027-01-11",
     {"deadline": dt.date(2027, 1, 11)}),
    # ---- selection during the application period
    ("rolling_during_period", "Selection and interviews may take place during the application"
     " period.", {"rolling_selection": True}),
    ("rolling_while_open", "Interviews may be held while the ad is still open.",
     {"rolling_selection": True}),
    ("rolling_medan", "Intervjuer kan ske medan annonsen ligger ute.", {"rolling_selection": True}),
    ("not_rolling_after_period", "Interviews will be held after the application period.",
     {"rolling_selection": False}),
    ("not_rolling_mill", "Our rolling mill runs day and night during the winter period.",
     {"rolling_selection": False}),
    # ---- a reply date counted from the deadline
    ("reply_weeks_after_deadline",
     "Sista ansökningsdag 11 januari. Besked lämnas inom två veckor efter sista ansökningsdag.",
     {"deadline": dt.date(2027, 1, 11), "ad_reply_by": dt.date(2027, 1, 25)}),
    ("reply_weeks_of_closing_date", "Closing date: 10 January 2027. We will get back to all"
     " applicants within three weeks of the closing date.", {"ad_reply_by": dt.date(2027, 1, 31)}),
    ("reply_days_after_deadline", "Deadline 2027-01-10. You will hear from us within 10 days"
     " after the deadline.", {"ad_reply_by": dt.date(2027, 1, 20)}),
    ("start_after_deadline_no_reply", "Sista ansökningsdag 11 januari. Tillträde inom två veckor"
     " efter sista ansökningsdag.", {"ad_reply_by": None}),
    ("reply_delay_without_deadline", "Besked lämnas inom två veckor efter sista ansökningsdag.",
     {"ad_reply_by": None}),
]  # fmt: skip


test_relatives_of_the_failures = relatives_test(RELATIVES, REF)


if __name__ == "__main__":
    print(SET.table())
