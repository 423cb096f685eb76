"""The ad reader on a sixth set of ads it had never seen (issue 24).

tests/data/ads_unseen6/ holds 40 invented ads written before their writer read the reader:
pasted from PDFs (split words, page footers, columns run together), web pages with cookie
and navigation text, e-mail newsletters, Facebook and Instagram posts, Platsbanken's layout,
Finland-Swedish and Norwegian-coloured ads, very short ads, long public-sector ads with five
contacts and English ads from Swedish firms. expected.json's "about" gives every judgement
call.

First measurement, before any fix (2026-12-05, main at 8ff1172): 331 of 360 facts right
(91.9 %); deadline 35/40, rolling_selection 37, ad_reply_by 39, ad_no_calls 39,
ad_only_shortlisted_contacted 40, contact_name 32, contact_email 36, contact_phone 37,
town 36. The 29 misses: words split by a PDF's hyphens (01 name and
e-mail, 33 deadline and rolling selection), a page footer's switchboard and address or a
newsletter's sender taken for the contact (02 e-mail and phone, 03, 34), deadlines given as
a weekday (17, 18), in Norwegian (10) or moved ("förlängd till", 19), the wrong one of five
contacts (14 name and phone), a firm's name taken for a person (11), no name found in
run-together columns, after a title or beside an emoji (04, 25, 32, 33, 34), towns after a
hospital's name, "i" in a sentence, a pin emoji or a building (13, 18, 39, 40),
"vi anställer löpande" and "fortløpende" (04, 10), "inte emot frågor per telefon" (25),
"within 3 weeks" (16) and another person's phone (38). The fixer removes the xfail mark
once the set reaches the goal.

After the fixes (branch adfix67; general patterns, each kept by RELATIVES below): 360 of 360
= 100 %, with no change to expected.json. That figure is no longer an unseen one. What
changed in the reader: a word a PDF broke at a hyphen over two lines is joined again
(ad_prep); a mail's header line from a list sender and a page's footer (the lines around ©,
a privacy policy, "avregistrera") are not the contact (ad_page); "(frågor om tjänsten)"
picks that person among several; a number or address on a line that names someone else
for other questions is theirs; a first name alone after "Ring"/"Sms:a"/"Hör av dig till"
(with a role before or in brackets after it); "Skicka ansökan till <name>"; a role before a
colon ("Ansvarig rekryteringskonsult: Nora Said"); column heads run together; Norwegian
months, "Søknadsfrist", "behandles fortløpende", "Vi anställer löpande"; a weekday alone
as the deadline (after the post's date, else after the reference); a moved deadline
("förlängd till") replaces the printed one; "within 3 weeks" with no day counts from the
deadline; "tar tyvärr inte emot frågor per telefon"; towns beside a building or a street,
after 📍, and a few districts of the largest towns.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.ad_sets import AdSet, Relatives, relatives_test, set_tests

SET = AdSet(Path(__file__).parent / "data" / "ads_unseen6")
test_the_set_is_whole, test_accuracy_on_the_set = set_tests(SET)


# The kinds of failure the forty ads showed, each said in a few more ways, and the same
# words where the fact is absent. Written after reading the reader (so not "unseen"): they
# keep the fixes. Only the facts named are checked.
REF = dt.date(2026, 12, 5)
D = dt.date
RELATIVES: Relatives = [
    # ---- words a PDF broke over two lines at a hyphen
    ("pdf_hyphen_deadline_label", "Sista an-\nsökningsdag: 2027-01-12",
     {"deadline": D(2027, 1, 12)}),
    ("pdf_hyphen_surname", "Upplysningar lämnas av enhetschef Karin West-\nberg, "
     "telefon 0322-61 72 40.",
     {"contact_name": "Karin Westberg"}),
    ("pdf_hyphen_rolling", "Vi tillämpar löpande ur-\nval och intervjuar redan nu.",
     {"rolling_selection": True}),
    ("pdf_hyphen_domain", "Frågor: karin.westberg@alingsas-\nkommun.example.se",
     {"contact_email": "karin.westberg@alingsaskommun.example.se"}),
    ("pdf_hyphen_selection_after_deadline", "Urval sker efter sista an-\nsökningsdag 2027-01-12.",
     {"rolling_selection": False, "deadline": D(2027, 1, 12), "ad_reply_by": None}),
    ("pdf_hyphen_b_licence_kept", "Krav: B-\nkörkort. Sista ansökningsdag 2027-01-12.",
     {"deadline": D(2027, 1, 12)}),
    # ---- a page's footer, a newsletter's header
    ("footer_switchboard_and_info",
     "Frågor: Tobias Lind, tobias.lind@lager.example.se\n\nLiknande jobb\n\n"
     "Kontakta oss | Växel 036-10 20 30 | info@lager.example.se\n© 2026 Lager AB",
     {"contact_email": "tobias.lind@lager.example.se", "contact_phone": None}),
    ("footer_policy_no_contact_number",
     "Frågor om tjänsten: Anna Berg, HR.\n\nVäxel 08-123 45 67 | info@firma.example.se\n"
     "Integritetspolicy | Tillgänglighetsredogörelse",
     {"contact_name": "Anna Berg", "contact_phone": None, "contact_email": None}),
    ("newsletter_sender", "Från: Jobbtips <nyhetsbrev@jobbtips.example.se>\nÄmne: Veckans jobb\n\n"
     "Lagerarbetare i Borås. Sista ansökningsdag 13 december.", {"contact_email": None}),
    ("newsletter_sender_english", "From: Careers Weekly <news@careers.example.com>\n\n"
     "Warehouse operative in Malmö. Apply by 12 December.", {"contact_email": None}),
    ("newsletter_unsubscribe", "Ansök senast 13 december.\n\nVill du inte längre få våra utskick? "
     "Avsluta prenumerationen: utskick@jobb.example.se", {"contact_email": None}),
    ("no_footer_info_address_kept", "Frågor? Mejla info@firma.example.se",
     {"contact_email": "info@firma.example.se"}),
    # ---- rolling selection
    ("rolling_we_hire", "Vi anställer löpande så vänta inte!", {"rolling_selection": True}),
    ("rolling_hiring_happens", "Anställning sker löpande.", {"rolling_selection": True}),
    ("rolling_norwegian", "Søknader behandles fortløpende.", {"rolling_selection": True}),
    ("rolling_norwegian_assessed", "Søknadene vurderes fortløpende.", {"rolling_selection": True}),
    ("rolling_not_bookkeeping", "Du sköter löpande bokföring åt våra kunder.",
     {"rolling_selection": False}),
    ("rolling_not_hiring_count", "Vi anställer fem personer till hösten.",
     {"rolling_selection": False}),
    # ---- a Norwegian deadline
    ("deadline_norwegian", "Søknadsfrist: 10. januar 2027", {"deadline": D(2027, 1, 10)}),
    ("deadline_norwegian_no_year", "Søknadsfrist 1. desember", {"deadline": D(2026, 12, 1)}),
    ("deadline_norwegian_may", "Søknadsfrist: 3. mai 2027", {"deadline": D(2027, 5, 3)}),
    ("deadline_norwegian_start_not", "Oppstart: 10. januar 2027", {"deadline": None}),
    # ---- a weekday alone
    ("weekday_deadline", "Skicka en kort presentation senast på fredag.",
     {"deadline": D(2026, 12, 11)}),
    ("weekday_deadline_after_post", "2 december kl. 14:12\n\n"
     "Skicka en presentation senast på fredag.",
     {"deadline": D(2026, 12, 4)}),
    ("weekday_deadline_after_published", "Publicerad: 2026-12-01\nAnsök senast torsdag.",
     {"deadline": D(2026, 12, 3)}),
    ("weekday_deadline_english", "Apply by Friday.", {"deadline": D(2026, 12, 11)}),
    ("weekday_reply", "Ansök i dag. Vi återkommer senast fredag.",
     {"deadline": None, "ad_reply_by": D(2026, 12, 11)}),
    ("weekday_working_hours", "Arbetstid måndag–fredag, senast kl. 17.", {"deadline": None}),
    ("weekday_habit", "Vi har personalmöte på fredagar.", {"deadline": None, "ad_reply_by": None}),
    # ---- a deadline moved
    ("deadline_extended_first", "UPPDATERAT 2026-11-30: Sista dag förlängd till 14 december.\n\n"
     "Sista ansökningsdag: 2026-11-30", {"deadline": D(2026, 12, 14)}),
    ("deadline_extended_after", "Sista ansökningsdag: 30 november. Ansökningstiden är förlängd "
     "till 14 december.", {"deadline": D(2026, 12, 14)}),
    ("deadline_extended_english", "Application deadline: 30 November. The deadline has been "
     "extended to 14 December.", {"deadline": D(2026, 12, 14)}),
    ("deadline_not_extended", "Sista ansökningsdag: 30 november. "
     "Sista dag för intervjuer: 14 december.",
     {"deadline": D(2026, 11, 30)}),
    # ---- a reply within some weeks, no day named
    ("reply_within_weeks_en", "Apply by 11 December 2026. We will get back to you within 3 weeks.",
     {"ad_reply_by": D(2027, 1, 1)}),
    ("reply_within_weeks_sv", "Sista ansökningsdag 11 december. Vi återkommer inom två veckor.",
     {"ad_reply_by": D(2026, 12, 25)}),
    ("reply_within_week_no_deadline", "Vi hör av oss inom en vecka!",
     {"ad_reply_by": D(2026, 12, 12)}),
    ("reply_within_weeks_not_reply", "Sista ansökningsdag 11 december. "
     "Du får introduktion inom två veckor.",
     {"ad_reply_by": None}),
    # ---- of several people, the one for questions about the job
    ("for_the_job_among_five",
     "Kontaktpersoner\nBiträdande rektor Ulf Jansson, 0303-23 80 12 (schema)\n"
     "Rektor Eva Sund, 0303-23 80 10 (frågor om tjänsten)\nHR-specialist Mona Lilja, 0303-23 80 00",
     {"contact_name": "Eva Sund", "contact_phone": "0303-23 80 10"}),
    ("for_the_job_english",
     "Contacts:\nJohn Smith, HR, 020 7946 0958\n"
     "Mary Jones, 020 7946 0959 (questions about the role)",
     {"contact_name": "Mary Jones", "contact_phone": "020 7946 0959"}),
    ("for_the_job_not_salary", "Kontaktpersoner\nRektor Eva Sund, 0303-23 80 10\n"
     "HR Mona Lilja, 0303-23 80 00 (frågor om lön)", {"contact_name": "Eva Sund"}),
    ("other_persons_number_en",
     "Questions about the role: Marcus Wiik, Head of Data, marcus.wiik@northbyte.example.se\n"
     "Questions about the recruitment process: Elin Dahl, Talent Acquisition, +46 8 465 004 88",
     {"contact_email": "marcus.wiik@northbyte.example.se", "contact_phone": None}),
    ("other_persons_number_sv",
     "Frågor om tjänsten: Anna Berg, anna.berg@firma.example.se\n"
     "Frågor om rekryteringsprocessen: Lisa Ek, 08-123 45 67", {"contact_phone": None}),
    ("own_number_next_line_kept", "Frågor om tjänsten: Anna Berg, anna.berg@firma.example.se\n"
     "Telefon: 08-123 45 67", {"contact_phone": "08-123 45 67"}),
    # ---- a first name alone; a firm is not a person
    ("first_name_then_number", "Sommarjobb! Ring Pelle 070-174 06 33.\n/Pelles Trädgård, Vellinge",
     {"contact_name": "Pelle"}),
    ("first_name_then_number_evening", "Ring Stina 070-123 45 67 efter kl. 17.",
     {"contact_name": "Stina"}),
    ("first_name_sms", "Frågor? Sms:a Maja på 070-174 06 21", {"contact_name": "Maja"}),
    ("first_name_not_switchboard", "Ring växeln 08-123 45 67", {"contact_name": None}),
    # ---- send the application to a person
    ("send_application_to_person", "Skicka ansökan till Camilla Roos, hotellchef, "
     "camilla.roos@hotell.example.se.", {"contact_name": "Camilla Roos"}),
    ("send_in_application_to_person", "Skicka in din ansökan till Per Holm, vd, senast 1 mars.",
     {"contact_name": "Per Holm"}),
    ("send_application_to_us", "Skicka ansökan till oss senast 1 mars.", {"contact_name": None}),
    # ---- no questions by phone
    ("no_calls_questions_sorry", "Vi tar tyvärr inte emot frågor per telefon.",
     {"ad_no_calls": True}),
    ("no_calls_questions_alas", "Vi tar dessvärre inte emot frågor via telefon.",
     {"ad_no_calls": True}),
    ("no_calls_questions_welcome", "Vi tar gärna emot frågor per telefon.", {"ad_no_calls": False}),
    # ---- a PDF's table of facts run together; a role before a colon
    ("columns_contact_head",
     "Sista ansökningsdag Kontaktperson Arbetsort\n2027-01-17 Fredrik Holm, förvaltare Nacka",
     {"contact_name": "Fredrik Holm"}),
    ("columns_contact_phone_head", "Kontaktperson Telefon\nAnna Berg 070-123 45 67",
     {"contact_name": "Anna Berg"}),
    ("role_colon_name", "Ansvarig rekryteringskonsult: Nora Said, 033-20 44 60",
     {"contact_name": "Nora Said"}),
    ("role_colon_name_phone", "Rekryteringsansvarig: Per Ek, 08-123 45 67",
     {"contact_name": "Per Ek"}),
    # ---- towns beside buildings, pins and districts
    ("town_after_hospital", "Sjuksköterska till akutmottagningen, Centralsjukhuset Kristianstad",
     {"town": "Kristianstad"}),
    ("town_after_building_and_street", "Placering: Kommunhuset, Storgatan 1, Hudiksvall",
     {"town": "Hudiksvall"}),
    ("town_after_town_hall", "Placering: Stadshuset, Drottninggatan 2, Uppsala",
     {"town": "Uppsala"}),
    ("town_pin", "📍 Umeå\n📅 Start i mars", {"town": "Umeå"}),
    ("town_pin_no_space", "📍Luleå", {"town": "Luleå"}),
    ("town_district_gothenburg", "Vi ser gärna att du bor i Västra Frölunda.",
     {"town": "Göteborg"}),
    ("town_district_stockholm", "Vår nya butik i Vasastan söker personal.", {"town": "Stockholm"}),
    ("town_district_name_only", "Kontakta Frölunda Bygg AB.", {"town": None}),
]  # fmt: skip
RELATIVES += [
    ("other_organisation_line_kept", "Kontaktperson: Anna Berg\nRegion Skåne, 08-123 45 67",
     {"contact_phone": "08-123 45 67"}),
    ("footer_far_below_contact_kept",
     "Kontakt: Anna Berg, 08-123 45 67\nrad 1\nrad 2\nrad 3\nrad 4\n© 2026 Firma AB",
     {"contact_phone": "08-123 45 67", "contact_name": "Anna Berg"}),
    ("mail_from_person_kept", "Från: Anna Berg <anna.berg@firma.example.se>\nÄmne: Tjänst\n\n"
     "Vi söker en ekonom.", {"contact_email": "anna.berg@firma.example.se"}),
]  # fmt: skip


test_relatives_of_the_failures = relatives_test(RELATIVES, REF)
