"""The ad reader on a tenth set of unseen ads: a TYPICAL week of Swedish job ads (issue 24).

Sets 2-9 were written adversarially, each aimed at the reader's weak spots; they measure
the worst case. This set measures the ordinary case: forty invented ads as job seekers
really paste them (municipalities and regions, staffing firms, private employers, small
businesses, state agencies, others), written before reading the reader. The judgement
calls are in tests/data/ads_unseen10/expected.json ("about").

Measured before any fixes (main at 92eeb2b): 356 of 360 facts right (98.9 %), just under
the goal of 99 %; deadline 39/40, rolling_selection 40, ad_reply_by 40, ad_no_calls 39/40,
ad_only_shortlisted_contacted 40, contact_name 38/40, contact_email 40, contact_phone 40,
town 40. The misses (causes found by trying variants of the ad, not by reading the reader):

- 09 ad_no_calls: read True, expected False. "Till dig som är annonssäljare eller
  rekryteringsföretag: vi undanber oss vänligen men bestämt samtal om annonsering eller
  rekryteringshjälp" is the usual line to ad sellers, not a request to applicants not to
  call; the word "samtal" after "undanber oss" is taken as a no-calls line.
- 30 contact_name: read None, expected "Marie Sjölund". The small firm's ad is signed
  "Marie Sjölund, ägare" under "Välkommen med din ansökan!"; a signature with a title is
  not taken as the contact (not even with a phone number added to it).
- 37 deadline: read None, expected 2027-01-06. "Skicka ditt CV ... till
  rekrytering@lasgladje.se senast den 6 januari 2027." The same sentence with
  jobb@lasgladje.se is read; the word "rekrytering" inside the address stops the deadline
  being read (a common application address).
- 38 contact_name: read "Kyrkoherde Gunilla Sandén", expected "Gunilla Sandén" (or
  "Ylva Karlsson"). Under "Upplysningar", "Kyrkoherde Gunilla Sandén, 0520-47 26 10": the
  church title "Kyrkoherde" is kept as part of the name.

After the fixes (branch adfix10): 360 of 360, so the xfail mark is gone. The causes: the
addressee of a no-calls line named before it (before a colon, on the line above ending in
":", or hailed in a short sentence "Till annonssäljare!") was not looked at; a name and a
role on the ad's last lines was no signature; the word "rekrytering" inside the address was
read as a reply cue ("rekryteringen avslutas ..."); church titles were not roles. The fixes,
each kept by RELATIVES below: sellers and agencies named before the request (and "ombeds
att inte ringa", now read); "Name Surname, <role>" at the foot, when nobody else is named
(reading/ad_names.py); words inside e-mail and web addresses are never date cues nor
guards (ad_prep._in_link); the church's titles (kyrkoherde, komminister, präst, diakon,
kantor, pastor, församlingspedagog, organist) dropped before names like other roles.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.ad_sets import AdSet, Relatives, relatives_test, set_tests

SET = AdSet(Path(__file__).parent / "data" / "ads_unseen10")
test_the_set_is_whole, test_accuracy_on_the_set = set_tests(SET)


# The four misses, each said in a few more ways, and the same words where the fact is
# absent. Written after reading the reader (so not "unseen"): they keep the fixes. Only the
# facts named are checked.
REF = dt.date(2026, 12, 5)
D = dt.date
RELATIVES: Relatives = [
    # ---- 09: calls refused from sellers and agencies named before the request
    ("sellers_named_before_colon", "Till dig som är annonssäljare eller rekryteringsföretag: "
     "vi undanber oss samtal om annonsering eller rekryteringshjälp.", {"ad_no_calls": False}),
    ("sellers_label", "Till annonssäljare: vi undanber oss samtal.", {"ad_no_calls": False}),
    ("sellers_on_the_line_above", "Till annonssäljare och rekryteringsföretag:\nVi undanber "
     "oss samtal om annonsering.", {"ad_no_calls": False}),
    ("sellers_hailed_before", "Till annonssäljare och bemanningsföretag! Vi undanber oss "
     "samtal.", {"ad_no_calls": False}),
    ("sellers_asked_not_to_ring", "Säljare och rekryteringsföretag ombeds att inte ringa.",
     {"ad_no_calls": False}),
    ("sellers_en_label", "Agencies and sales people: please do not call.",
     {"ad_no_calls": False}),
    ("applicants_asked_not_to_ring", "Sökande ombeds att inte ringa, utan mejla sina frågor.",
     {"ad_no_calls": True}),
    ("applicants_named_before_colon", "Till dig som söker jobbet: vi undanber oss samtal, "
     "mejla dina frågor.", {"ad_no_calls": True}),
    ("applicants_after_sellers_sentence", "Till rekryteringsföretag och annonssäljare: nej "
     "tack. Sökande: ring inte, mejla.", {"ad_no_calls": True}),
    ("note_before_colon_then_agencies", "Please note: no agencies and no phone calls.",
     {"ad_no_calls": True}),
    ("agency_word_in_address", "Frågor om tjänsten besvaras endast via e-post till "
     "lisa@nordbemanning.se.", {"ad_no_calls": True}),
    # ---- 30: a small firm's ad signed with a name and a role at its foot
    ("signed_owner", "Mejla CV till info@firma.se.\n\nVälkommen med din ansökan!\n"
     "Marie Sjölund, ägare", {"contact_name": "Marie Sjölund"}),
    ("signed_owner_firm_number", "Mejla CV till info@firma.se.\n\nVälkommen!\n\n"
     "Marie Sjölund, ägare\nRent & Fint i Övik AB\n070-123 45 67",
     {"contact_name": "Marie Sjölund", "contact_phone": "070-123 45 67"}),
    ("signed_ceo_and_founder", "Hälsningar från oss alla.\nPer Holm, VD och grundare",
     {"contact_name": "Per Holm"}),
    ("signed_shop_manager_firm", "Välkommen!\nLisa Ek, butikschef, Hemköp Visby",
     {"contact_name": "Lisa Ek"}),
    ("signed_site_manager", "Sök senast 1 februari.\nJonas Berg, platschef",
     {"contact_name": "Jonas Berg"}),
    ("signed_en_store_manager", "Apply by email.\nOwen Hart, Store Manager",
     {"contact_name": "Owen Hart"}),
    ("quote_attribution_not_signature", "”Här trivs alla!”\nAnna Berg, VD",
     {"contact_name": None}),
    ("dash_attribution_in_text", "Vi är ett glatt gäng. – Anna Berg, VD\nVälkommen med din "
     "ansökan!", {"contact_name": None}),
    ("name_and_role_opening_prose", "Anna Berg, VD\nVi växer snabbt och behöver fler. Sök "
     "jobbet i dag, vi ser fram emot att höra av dig. Vi har kollektivavtal och friskvård.",
     {"contact_name": None}),
    ("safety_rep_not_signature", "Välkommen!\nAnna Berg, skyddsombud", {"contact_name": None}),
    ("union_rep_not_signature", "Fackliga företrädare:\nAnna Berg, ordförande",
     {"contact_name": None}),
    ("signature_after_someone_named", "Frågor: Eva Lund, 070-123 45 67.\nVälkommen!\n"
     "Marie Sjölund, ägare", {"contact_name": "Eva Lund"}),
    # ---- 37: words inside addresses are no cues
    ("recruitment_address_deadline", "Skicka ditt CV till rekrytering@lasgladje.se senast "
     "den 6 januari 2027.", {"deadline": D(2027, 1, 6), "ad_reply_by": None}),
    ("recruitment_address_iso_date", "Skicka ditt CV till rekrytering@lasgladje.se senast "
     "2027-01-06.", {"deadline": D(2027, 1, 6)}),
    ("selection_address_deadline", "Ansökan mejlas till urval@firma.se senast 10/1.",
     {"deadline": D(2027, 1, 10)}),
    ("interview_address_deadline", "Ansökan mejlas till intervju@firma.se senast 10 januari.",
     {"deadline": D(2027, 1, 10)}),
    ("recruitment_address_weekday_date", "Ansökan mejlas till rekrytering@firma.se, senast "
     "fredag 8 januari.", {"deadline": D(2027, 1, 8)}),
    ("recruitment_link_deadline", "Ansök via www.lasgladje.se/rekrytering senast den 6 "
     "januari 2027.", {"deadline": D(2027, 1, 6), "ad_reply_by": None}),
    ("recruitment_https_link_deadline", "Ansök på https://firma.se/rekrytering/ansok senast "
     "31 januari.", {"deadline": D(2027, 1, 31), "ad_reply_by": None}),
    ("other_addresses_deadline", "Skicka CV till jobb@firma.se, ansokan@firma.se eller "
     "rekrytering@firma.se senast 6 januari.", {"deadline": D(2027, 1, 6)}),
    ("hr_then_recruiting_address_deadline", "Send your CV to hr@firm.com or "
     "recruiting@firm.com by 8 January.", {"deadline": D(2027, 1, 8), "ad_reply_by": None}),
    ("en_recruitment_address_deadline", "Email recruitment@firm.com by 8 January 2027.",
     {"deadline": D(2027, 1, 8), "ad_reply_by": None}),
    ("recruitment_word_outside_address", "Rekryteringen avslutas 20 januari.",
     {"deadline": None, "ad_reply_by": D(2027, 1, 20)}),
    ("reply_date_after_link", "Läs mer på https://firma.se/rekrytering. Vi återkommer "
     "senast 20 januari.", {"deadline": None, "ad_reply_by": D(2027, 1, 20)}),
    # ---- 38: church titles before the name
    ("vicar_under_heading", "Upplysningar\nKyrkoherde Gunilla Sandén, 0520-47 26 10",
     {"contact_name": "Gunilla Sandén"}),
    ("curate_under_label", "Frågor om tjänsten:\nKomminister Per Ahl, 0520-47 26 11",
     {"contact_name": "Per Ahl"}),
    ("priest_under_heading", "Kontaktperson\nPräst Lena Holm, lena.holm@svenskakyrkan.se",
     {"contact_name": "Lena Holm"}),
    ("parish_educator", "Upplysningar: Församlingspedagog Eva Ek, 0520-47 26 12",
     {"contact_name": "Eva Ek"}),
    ("dean_compound", "Kontaktperson: Domkyrkoherde Anders Berg, 018-430 35 00",
     {"contact_name": "Anders Berg"}),
    ("cantor_answers", "Kantor Maria Lind svarar på frågor, 0520-47 26 13",
     {"contact_name": "Maria Lind"}),
    ("pastor_after_label", "Upplysningar: Pastor Jonas Ek, 0520-47 26 14",
     {"contact_name": "Jonas Ek"}),
    ("deacon_with_number", "Diakon Ylva Karlsson, 0520-47 26 25",
     {"contact_name": "Ylva Karlsson"}),
    ("hospital_chaplain", "Sjukhuspräst Karin Wall, 031-34 00 00", {"contact_name": "Karin Wall"}),
    ("church_word_as_surname_kept", "Kontakt: Sara Präst, 070-123 45 67",
     {"contact_name": "Sara Präst"}),
]  # fmt: skip


test_relatives_of_the_failures = relatives_test(RELATIVES, REF)
