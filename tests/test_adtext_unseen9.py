"""The ad reader on unseen set 9 (issue 24): precision.

Forty invented ads in tests/data/ads_unseen9/, full of things that look like the nine
facts but are not: dates of information meetings, starts, school starts, employment
periods, publishing, a quoted review and another job's deadline; phone numbers and
addresses of customer service, fault reports, press, unions and switchboards, org. and
bank numbers, reference numbers and postal codes; CEOs, employees, founders, previous
job-holders, union reps and HR who only administers the applications; head offices,
factories abroad, founding towns, streets named after towns and remote work; and
look-alike flags ("löpande underhåll", "rullande schema", "vi ringer upp dig", "Ring oss
gärna!", calls from sellers refused, "Alla sökande får svar", "Urvalet påbörjas efter
sista ansökningsdag"). The facts are set to be true in some ads and absent in others.

Written, with expected.json, before reading the reader; every judgement call is in
expected.json's "about".

First measurement (2026-12-05, the reader of main 60cc846, before any change):
332 of 360 facts right, 92.2 %. Per fact: deadline 39/40, rolling_selection 40/40,
ad_reply_by 38/40, ad_no_calls 40/40, ad_only_shortlisted_contacted 38/40, contact_name
35/40, contact_email 34/40, contact_phone 32/40, town 36/40. The misses (read, expected, why):

- 01 contact_email: kundtjanst@fraktia.se, None (customer service for deliveries).
- 04 deadline: 2027-01-10, None (that is the deadline of the cook's job mentioned in
  passing; the serving job has none and is read as applications come in).
- 04 contact_name: None, Jonas Ek ("Krögare Jonas Ek nås på 070-…").
- 05 ad_only_shortlisted_contacted: False, True ("Vi kontaktar dig om du går vidare i
  processen").
- 05 contact_phone: 08-410 22 00, None (the press number; the contact gives only a mail).
- 07 ad_reply_by: 2027-01-20, None ("Intervjuer på plats hålls 18–20 januari" says when
  interviews are held, not by when applicants hear).
- 07 contact_phone: 060-19 19 00, None (customer service for existing customers).
- 10 contact_phone: 046-280 30 30, None (support for existing customers).
- 11 contact_name: None, Elin Sandberg ("Klinikchef Elin Sandberg svarar på frågor").
- 13 town: None, Karlstad ("Placering: huvudkontoret i Karlstad").
- 14 contact_email: rekrytering@malardalensenergi.se, None (HR's address only for
  technical problems with the application system; the contact gives a phone only).
- 16 contact_phone: 040-611 20 00, None (the firm's number in the footer; the ad asks
  applicants not to call and gives the contact's mail only).
- 17 contact_phone: +46 31 700 12 00, None (the press number).
- 18 ad_reply_by: 2027-01-22, None ("Interviews will be held … during weeks 2 and 3"
  is an interview period, not a reply date).
- 19 contact_email: order@hemmainredning.se, None (orders and complaints).
- 21 ad_only_shortlisted_contacted: False, True ("Vi kontaktar dig om du går vidare").
- 21 contact_phone: 013-10 10 10, None (claims line "Felanmälan vid skada dygnet runt").
- 23 contact_email: kundservice@eskilstunabostader.se, None (tenants' questions).
- 24 town: None, Halmstad ("vårt packeri strax utanför Halmstad").
- 26 contact_name: None, Kalle Niemi ("Ansvarig chef Kalle Niemi berättar mer om jobbet").
- 29 contact_name: None, Emma Berg ("Personalansvarig Emma Berg svarar på frågor").
- 29 town: Vetlanda, Nässjö (Vetlanda is the founder's garage in 1998; the factory and
  the job are in Nässjö).
- 32 contact_email: service@kylserviceorebro.se, None (service requests and fault reports).
- 35 contact_phone: 0470-77 33 00, None (tenants' fault reports).
- 36 contact_name: None, Lars Nord ("Förvaltare Lars Nord berättar gärna mer om tjänsten").
- 38 contact_email: info@lidkopingsrevision.se, None (the firm's general address in the
  footer; the contact is to be phoned).
- 40 contact_phone: +46 8 120 400 00, None (the head office in the footer; the ad asks
  applicants not to call).
- 40 town: Stockholm, None ("fully remote within Sweden"; Stockholm is the head office).

After the fixes (branch adfix89): 360 of 360. Lead's decision on interview periods: the
reader reads "Intervjuer hålls 18–20 januari" / "interviews during weeks 2 and 3" as the
ad's own timeline on purpose (RULES.md "The application window" case 5; tests/test_adtext.py
pins it; set 5 was changed the same way), so expected.json for ads 07 and 18 now accepts
None or the end of the interviews (2027-01-20, 2027-01-22), said in its "about"; the first
figure above still counts them as misses. The fixes, each kept by RELATIVES below: another
job's deadline ("Vi söker även …", "den tjänsten", "that role"); "Vi kontaktar dig om du
går vidare"; "<role> <Name> nås på / svarar på frågor / berättar (gärna) mer"; numbers and
addresses given for something else (customer service, support, press, fault reports,
orders, invoices, tenants, sick calls, the application system's problems) or on the firm's
line with its org. number or postal address, unless the ad says to reach the contact via
the switchboard (reading/ad_purpose.py); "Placering: huvudkontoret i Karlstad"; "strax
utanför Halmstad"; a founder's town; no town for a fully remote job.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.ad_sets import AdSet, Relatives, relatives_test, set_tests

SET = AdSet(Path(__file__).parent / "data" / "ads_unseen9")
test_the_set_is_whole, test_accuracy_on_the_set = set_tests(SET)


# The kinds of failure the forty ads showed, each said in a few more ways, and the same
# words where the fact is absent. Written after reading the reader (so not "unseen"): they
# keep the fixes. Only the facts named are checked.
REF = dt.date(2026, 12, 5)
D = dt.date
RELATIVES: Relatives = [
    # ---- another job's deadline in the same ad
    ("other_jobs_deadline", "Vi går igenom ansökningarna löpande.\nVi söker även en kock till "
     "sommarsäsongen, sista dag att söka den tjänsten är 10 januari.", {"deadline": None}),
    ("other_jobs_deadline_also", "Vi söker också en diskare: ansök senast 12 januari.",
     {"deadline": None}),
    ("other_jobs_deadline_en", "We're also hiring a Junior Designer. Apply for that role by "
     "8 January.", {"deadline": None}),
    ("own_deadline_kept_beside_other_job", "Sista ansökningsdag 20 december. Vi söker även en "
     "kock, sista dag för den tjänsten är 10 januari.", {"deadline": D(2026, 12, 20)}),
    # ---- "Vi kontaktar dig om du går vidare": only the shortlisted hear
    ("shortlisted_contact_you_if", "Vi kontaktar dig om du går vidare i processen.",
     {"ad_only_shortlisted_contacted": True}),
    ("shortlisted_contact_you_if_short", "Vi kontaktar dig om du går vidare.",
     {"ad_only_shortlisted_contacted": True}),
    ("shortlisted_hear_from_us_if", "Vi hör av oss till dig om du går vidare till intervju.",
     {"ad_only_shortlisted_contacted": True}),
    ("shortlisted_en_contact_you_if", "We will contact you if you are shortlisted.",
     {"ad_only_shortlisted_contacted": True}),
    ("everyone_hears_either_way", "Vi kontaktar dig om du går vidare eller inte.",
     {"ad_only_shortlisted_contacted": False}),
    ("everyone_hears_regardless", "Vi kontaktar dig oavsett om du går vidare.",
     {"ad_only_shortlisted_contacted": False}),
    # ---- a role and a name before what the person does
    ("name_reached_on", "Ring oss gärna! Krögare Jonas Ek nås på 070-174 06 34.",
     {"contact_name": "Jonas Ek"}),
    ("name_answers_questions", "Klinikchef Elin Sandberg svarar på frågor, 0480-45 67 80.",
     {"contact_name": "Elin Sandberg"}),
    ("name_tells_more", "Ansvarig chef Kalle Niemi berättar mer om jobbet på 070-174 06 23.",
     {"contact_name": "Kalle Niemi"}),
    ("name_gladly_tells_more", "Förvaltare Lars Nord berättar gärna mer om tjänsten: "
     "044-13 52 70", {"contact_name": "Lars Nord"}),
    ("name_en_happy_to_answer", "Our team lead Priya Shah is happy to answer questions at "
     "priya@firma.se.", {"contact_name": "Priya Shah"}),
    ("ceo_tells_history_not_contact", "Vår vd Anna Ek berättar mer i vår podd om hur allt "
     "började.", {"contact_name": None}),
    # ---- numbers and addresses for something else than the job
    ("customer_service_address_not", "Frågor om tjänsten: lagerchef Mikael Strand, 070-174 06 12."
     "\nHar du frågor om en leverans? Vänd dig till vår kundtjänst på 036-30 44 100 eller "
     "kundtjanst@fraktia.se.", {"contact_email": None, "contact_phone": "070-174 06 12"}),
    ("press_number_not", "Frågor om rollen besvaras av Erik Nyström, erik@kodverket.se.\n"
     "Pressfrågor: press@kodverket.se, 08-410 22 00.",
     {"contact_email": "erik@kodverket.se", "contact_phone": None}),
    ("customer_line_not", "Rekryterare: Hanna Berglund, hanna@elbolaget.se\n"
     "Är du kund hos oss? Kundtjänst: 060-19 19 00, öppet vardagar 8–16.",
     {"contact_phone": None}),
    ("support_line_not", "Frågor? Mejla vår Head of Support Ola Wik, ola.wik@molnkassan.se.\n"
     "Befintliga kunder når support på support@molnkassan.se eller 046-280 30 30.",
     {"contact_email": "ola.wik@molnkassan.se", "contact_phone": None}),
    ("fault_report_not", "Frågor om tjänsten: Reza Karimi, reza@trygga.se\n"
     "Felanmälan vid skada dygnet runt: 013-10 10 10.", {"contact_phone": None}),
    ("orders_not", "Kontakt: butikschef Ida Ros, 070-174 06 89.\n"
     "Beställningar och reklamationer: order@hemma.se, 08-522 400 00.",
     {"contact_email": None, "contact_phone": "070-174 06 89"}),
    ("tenants_not", "Upplysningar lämnas av uthyrningschef Gunilla Persson, 016-10 55 70.\n"
     "Hyresgästfrågor och felanmälan: 016-10 50 00, kundservice@bostader.se",
     {"contact_email": None, "contact_phone": "016-10 55 70"}),
    ("sick_line_not", "Kontakt: rektor Eva Sund, eva.sund@skola.se\n"
     "Vid sjukdom ring 0303-23 80 99.", {"contact_phone": None}),
    ("technical_problems_address_not", "Frågor om tjänsten besvaras av Viktor Åkesson, "
     "016-710 43 20.\nNina Palm nås på rekrytering@energi.se vid tekniska problem med "
     "ansökningssystemet.", {"contact_email": None}),
    ("job_address_kept", "Frågor om tjänsten: Viktor Åkesson, 016-710 43 20. Skicka din ansökan "
     "till rekrytering@energi.se.", {"contact_email": "rekrytering@energi.se"}),
    ("footer_switchboard_not", "Mejla dina frågor till Sofia Karlsson, sofia@brandt.se.\n\n"
     "Brandt & Co, Södergatan 4, 211 34 Malmö, tfn 040-611 20 00", {"contact_phone": None}),
    ("footer_org_address_not", "Ring Johanna Lilja, 0510-77 88 12.\n\n"
     "Lidköpings Revision AB · Org.nr 556789-0011 · info@revision.se", {"contact_email": None}),
    ("footer_switchboard_via", "Sanna Lejon nås via växeln.\n\n"
     "Firma AB, Storgatan 1, 972 38 Luleå, växel 0920-25 80 00",
     {"contact_phone": "0920-25 80 00"}),
    # ---- towns: a placement label in words, "strax utanför", a founder's town, remote
    ("town_placement_head_office", "Placering: huvudkontoret i Karlstad.", {"town": "Karlstad"}),
    ("town_location_head_office", "Ort: huvudkontoret i Umeå", {"town": "Umeå"}),
    ("town_just_outside", "Vi har vårt packeri strax utanför Halmstad.", {"town": "Halmstad"}),
    ("town_near", "Lagret ligger nära Jönköping.", {"town": "Jönköping"}),
    ("founders_town_not", "Det hela började 1998, när grundaren byggde sitt första hus i "
     "Vetlanda. I dag tillverkar vi hus i vår fabrik i Nässjö.", {"town": "Nässjö"}),
    ("founders_town_alone_not", "Vår grundare växte upp i Vetlanda.", {"town": None}),
    ("remote_head_office_not", "Our headquarters are in Stockholm, but this role is fully remote "
     "within Sweden.", {"town": None}),
    ("distance_no_office_not", "Alla jobbar helt på distans. Vi träffas i Göteborg en gång om "
     "året.", {"town": None}),
]  # fmt: skip


test_relatives_of_the_failures = relatives_test(RELATIVES, REF)
