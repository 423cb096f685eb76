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
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ad_sets import GOAL, AdSet

SET = AdSet(Path(__file__).parent / "data" / "ads_unseen9")


def test_the_set_is_whole() -> None:
    assert SET.whole()


@pytest.mark.xfail(strict=False, reason="measured before the fixes; see the docstring")
def test_the_reader_gets_nearly_every_fact_right() -> None:
    print(SET.table())
    assert SET.share_right() >= GOAL
