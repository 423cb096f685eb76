# ruff: noqa: E501 - the mails are written as they arrive, one paragraph a line
"""Employers' replies for the reader's tests, written for this project (invented names).

Each case gives the mail, its date, and every field the reader must find; a field not
given must come out empty (None, or ``()`` for lists). Dates were worked out by hand from
RULES.md v2.1: a week is its last working day (week 50 of 2026 -> Friday 11 December),
"inom två veckor" is the mail's date + 14, a date without a year is the first such date
on or after the mail's date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

R = dt.date(2026, 11, 20)  # a Friday: the default date of the mails below


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    kind: str
    received: dt.date = R
    subject: str = ""
    sender: str = ""
    expected: dict[str, Any] = field(default_factory=dict)


FIELDS = (
    "kind", "interview_at", "interview_options", "interview_place", "reply_by",
    "contact_name", "contact_email", "contact_phone", "job_title", "employer", "requested",
)  # fmt: skip
EMPTY: dict[str, Any] = {
    "interview_at": None, "interview_options": (), "interview_place": None, "reply_by": None,
    "contact_name": None, "contact_email": None, "contact_phone": None, "job_title": None,
    "employer": None, "requested": (),
}  # fmt: skip

CASES: list[Case] = []


def case(name: str, kind: str, text: str, *, received: dt.date = R, subject: str = "",
         sender: str = "", **expected: Any) -> None:  # fmt: skip
    CASES.append(Case(name, text, kind, received, subject, sender, expected))


D = dt.date
T = dt.datetime

# ------------------------------------------------------------------------ receipts, sv

case(
    "receipt_sv_auto",
    "receipt",
    """Hej!

Tack för din ansökan till tjänsten som lagerarbetare hos Norrbrink Logistik AB. Vi har tagit emot den och kommer att gå igenom alla ansökningar när annonsen har stängt.

Om du går vidare i processen kommer vi att kontakta dig för en intervju.

Detta är ett automatiskt meddelande och går inte att svara på.

Norrbrink Logistik AB
""",
    job_title="lagerarbetare",
    employer="Norrbrink Logistik AB",
)

case(
    "receipt_sv_system",
    "receipt",
    """Hej Sara,

Vi bekräftar härmed att vi har mottagit din ansökan. Eventuella intervjuer planeras in löpande och du blir kontaktad om din profil matchar det vi söker.

Lycka till!
Rekryteringsteamet
""",
    sender="Jobb Vattenverket <no-reply@rekrytering.example.se>",
)

case(
    "receipt_sv_plain",
    "receipt",
    """Hej Omar!

Tack för din ansökan! Den har kommit in till oss och vi läser alla ansökningar noggrant.

Vänliga hälsningar
Bageri Solkatten
""",
)

case(
    "receipt_sv_interview_word",
    "receipt",
    """Hej,

Din ansökan har registrerats. Intervjuer kommer att hållas under december med de kandidater som bäst motsvarar kravprofilen. Observera att vi inte tar emot ansökningar via e-post.

Med vänlig hälsning
HR-avdelningen, Fjällsjö kommun
""",
    employer="Fjällsjö kommun",
)

case(
    "receipt_sv_team_owner",
    "receipt",
    """Hej Linnea,

Stort tack för ditt intresse och för din ansökan! Den har nu kommit in till Kvarnbys rekryteringsteam.

/Kvarnby
""",
    employer="Kvarnby",
)

case(
    "receipt_sv_signature_no_phone",
    "receipt",
    """Hej Erik,

Vi har fått din ansökan till rollen som ekonomiassistent. Tack för att du vill jobba hos oss!

Hälsningar
Maja Lind
maja.lind@ekbacken.se
""",
    job_title="ekonomiassistent",
    contact_name="Maja Lind",
    contact_email="maja.lind@ekbacken.se",
)

# ------------------------------------------------------------------------ receipts, en

case(
    "receipt_en_auto",
    "receipt",
    """Dear Applicant,

Thank you for applying for the position of Data Analyst at Brightwater Analytics. We have received your application and our team will review it carefully.

If your profile matches our requirements, we will contact you to schedule an interview.

This is an automatically generated message, please do not reply.
""",
    job_title="Data Analyst",
    employer="Brightwater Analytics",
)

case(
    "receipt_en_short",
    "receipt",
    """Hi Jonas,

Thanks for applying! Your application has been received.

Best regards,
The Hiring Team at Ostrander
""",
    sender="careers@ostrander.example.com",
    employer="Ostrander",
    contact_email="careers@ostrander.example.com",
)

case(
    "receipt_en_interview_mention",
    "receipt",
    """Hello,

We confirm that your application was submitted successfully. Interviews for this role will take place in early January, and shortlisted candidates may be invited to a video interview.

Kind regards,
Talent Acquisition
""",
)

case(
    "receipt_en_signature_phone",
    "receipt",
    """Hi Priya,

Thank you for your application for the role of Support Engineer. We have received it and will be in touch.

Best,
Daniel Frost
Recruiter, Halvard Systems Ltd
+44 20 7946 0321
daniel.frost@halvard.example.co.uk
""",
    job_title="Support Engineer",
    employer="Halvard Systems Ltd",
    contact_name="Daniel Frost",
    contact_phone="+44 20 7946 0321",
    contact_email="daniel.frost@halvard.example.co.uk",
)

case(
    "receipt_en_if_not_heard",
    "receipt",
    """Hello,

Thank you for your application. If you have not heard from us within four weeks, please consider your application unsuccessful this time.

Regards,
Recruitment
""",
)

# ------------------------------------------------------------------------ promises, sv

case(
    "promise_sv_week",
    "promise",
    """Hej Anna,

Tack för din ansökan till tjänsten som kundtjänstmedarbetare. Vi återkommer senast vecka 50 med besked om hur vi går vidare.

Med vänliga hälsningar
Karin Ek
Rekryterare | Nordlys Energi AB
Tel: 070-123 45 67
karin.ek@nordlysenergi.se
""",
    job_title="kundtjänstmedarbetare",
    employer="Nordlys Energi AB",
    reply_by=D(2026, 12, 11),
    contact_name="Karin Ek",
    contact_phone="070-123 45 67",
    contact_email="karin.ek@nordlysenergi.se",
)

case(
    "promise_sv_two_weeks",
    "promise",
    """Hej!

Vi har tagit emot din ansökan och du får besked inom två veckor.

Hälsningar
Peter Holm
Holms Måleri
""",
    reply_by=D(2026, 12, 4),
    contact_name="Peter Holm",
)

case(
    "promise_sv_weekday_date",
    "promise",
    """Hej Johan,

Tack för ditt tålamod. Vi är mitt i urvalet och återkommer till dig senast fredag 18 december.

Vänliga hälsningar
Lena Sjöberg
HR-specialist
Bergslagens Bygg AB
""",
    received=D(2026, 11, 30),
    reply_by=D(2026, 12, 18),
    contact_name="Lena Sjöberg",
    employer="Bergslagens Bygg AB",
)

case(
    "promise_sv_week_52",
    "promise",
    """Hej,

Rekryteringsprocessen har dragit ut på tiden. Du kan räkna med besked från oss vecka 52.

MVH
Tomas Berg
""",
    reply_by=D(2026, 12, 23),
    contact_name="Tomas Berg",
)

case(
    "promise_sv_next_week",
    "promise",
    """Hej Fatima,

Tack för att du kom på intervjun i tisdags! Vi träffar några kandidater till och hör av oss nästa vecka.

Ha en fin dag!
Sofia
Sofia Alm
Butikschef, Lindgrens Färg
076-555 12 34
""",
    reply_by=D(2026, 11, 27),
    contact_name="Sofia Alm",
    contact_phone="076-555 12 34",
)

case(
    "promise_sv_within_days",
    "promise",
    """Hej!

Tack för din ansökan. Vi går igenom ansökningarna löpande och meddelar dig inom tio arbetsdagar om du går vidare.

Vänliga hälsningar
Rekrytering, Granlunds Vård AB
""",
    reply_by=D(2026, 12, 4),
    employer="Granlunds Vård AB",
)

case(
    "promise_sv_date_numeric",
    "promise",
    """Hej Ali,

Vi har nu intervjuat samtliga kandidater och räknar med att kunna lämna besked den 3/12.

Med vänlig hälsning
Eva Strand
eva.strand@tallbacka.se
08-123 456 78
""",
    reply_by=D(2026, 12, 3),
    contact_name="Eva Strand",
    contact_email="eva.strand@tallbacka.se",
    contact_phone="08-123 456 78",
)

case(
    "promise_sv_quoted",
    "promise",
    """Hej Anna,

Tack för din ansökan! Vi återkommer med besked inom tre veckor.

Vänliga hälsningar
Mikael Norén
Skogsbrynets Förskola

Den 3 nov 2026 skrev Anna Karlsson <anna.karlsson@example.com>:
> Hej!
> Jag söker tjänsten som förskollärare och kan börja den 1 december.
> Ring mig gärna på 070-999 88 77.
> Vänliga hälsningar, Anna
""",
    received=D(2026, 11, 4),
    reply_by=D(2026, 11, 25),
    contact_name="Mikael Norén",
)

case(
    "promise_sv_end_of_week",
    "promise",
    """Hej igen,

Vi behöver lite mer tid men lovar att återkomma i slutet av veckan.

Vänliga hälsningar
Jenny
""",
    received=D(2026, 11, 24),
    reply_by=D(2026, 11, 27),
    contact_name="Jenny",
)

# ------------------------------------------------------------------------ promises, en

case(
    "promise_en_three_weeks",
    "promise",
    """Dear Mr Novak,

Thank you for your application for the Warehouse Coordinator position. We have received it, and you will hear from us within three weeks.

Kind regards,
Harriet Cole
People Team, Ferncastle Retail
""",
    reply_by=D(2026, 12, 11),
    contact_name="Harriet Cole",
    job_title="Warehouse Coordinator",
)

case(
    "promise_en_date",
    "promise",
    """Hi Leo,

Thanks for your patience. We're finalising the shortlist and will get back to you by Friday, December 4.

Best,
Nora Quist
nora.quist@lumenforge.example.com
""",
    reply_by=D(2026, 12, 4),
    contact_name="Nora Quist",
    contact_email="nora.quist@lumenforge.example.com",
)

case(
    "promise_en_week",
    "promise",
    """Hello,

We have received a large number of applications. We expect to let you know about the next steps in week 49.

Regards,
Ingrid Vale
Recruiter
""",
    reply_by=D(2026, 12, 4),
    contact_name="Ingrid Vale",
)

case(
    "promise_en_days",
    "promise",
    """Hi Sam,

Thank you for taking the time to speak with us today. We will make a decision within 10 days and let you know either way.

Warm regards,
Oliver Brandt
Head of Engineering, Corvid Labs
Mobile: +46 70 321 65 43
""",
    reply_by=D(2026, 11, 30),
    contact_name="Oliver Brandt",
    contact_phone="+46 70 321 65 43",
)

case(
    "promise_en_forwarded",
    "promise",
    """FYI, see below.

---------- Forwarded message ---------
From: Megan Ross <megan.ross@tidewell.example.com>
Date: Tue, 3 Nov 2026 at 14:12
Subject: Your application - Marketing Assistant
To: <kim.user@example.com>

Hi Kim,

Thank you for applying for the Marketing Assistant role. We will be in touch within two weeks.

Best regards,
Megan Ross
Tidewell Media
""",
    received=D(2026, 11, 20),
    reply_by=D(2026, 11, 17),
    contact_name="Megan Ross",
    contact_email="megan.ross@tidewell.example.com",
    job_title="Marketing Assistant",
)

case(
    "promise_en_end_of_month",
    "promise",
    """Dear Chen,

Our hiring manager is travelling, so we will get back to you by the end of the month.

Thanks,
Aisha Patel
""",
    received=D(2026, 11, 10),
    reply_by=D(2026, 11, 30),
    contact_name="Aisha Patel",
)

case(
    "promise_en_next_week_sender",
    "promise",
    """Hi,

Just a quick note: we're still interviewing and will have an answer for you next week.

Cheers
""",
    received=D(2026, 11, 18),
    sender="Ruth Okafor <ruth.okafor@greenline.example.org>",
    reply_by=D(2026, 11, 27),
    contact_name="Ruth Okafor",
    contact_email="ruth.okafor@greenline.example.org",
)

# ---------------------------------------------------------------- interview invitations, sv

case(
    "invite_sv_single",
    "interview_invitation",
    """Hej Anna!

Tack för din ansökan till tjänsten som undersköterska. Vi vill gärna träffa dig på en intervju tisdag 8 december kl. 10.00.

Plats: Storgatan 12, Umeå

Hör av dig om tiden inte passar.

Vänliga hälsningar
Helena Vik
Enhetschef, Umeå kommun
090-16 10 00
helena.vik@umea.example.se
""",
    interview_at=T(2026, 12, 8, 10, 0),
    interview_place="Storgatan 12, Umeå",
    job_title="undersköterska",
    contact_name="Helena Vik",
    employer="Umeå kommun",
    contact_phone="090-16 10 00",
    contact_email="helena.vik@umea.example.se",
)

case(
    "invite_sv_options",
    "interview_invitation",
    """Hej Mohammed,

Vi skulle vilja bjuda in dig till en intervju för rollen som systemutvecklare. Vi har följande tider att erbjuda:

- måndag 30 november kl. 09.00
- tisdag 1 december kl. 13.30
- torsdag 3 december kl. 15.00

Intervjun sker via Teams och tar ungefär en timme. Svara gärna senast onsdag vilken tid som passar dig.

Med vänliga hälsningar
Jakob Wern
Tech Lead
Fyrvaktarna AB
""",
    interview_options=(T(2026, 11, 30, 9, 0), T(2026, 12, 1, 13, 30), T(2026, 12, 3, 15, 0)),
    interview_place="Teams",
    job_title="systemutvecklare",
    contact_name="Jakob Wern",
    employer="Fyrvaktarna AB",
)

case(
    "invite_sv_teams_link",
    "interview_invitation",
    """Hej Elin,

Du har gått vidare till intervju! Välkommen på en digital intervju den 2 december kl 14:00.

Länk till mötet: https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc123

Vänliga hälsningar
Oskar Lund
oskar.lund@sjoport.se
""",
    interview_at=T(2026, 12, 2, 14, 0),
    interview_place="https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc123",
    contact_name="Oskar Lund",
    contact_email="oskar.lund@sjoport.se",
)

case(
    "invite_sv_two_times_same_day",
    "interview_invitation",
    """Hej!

Vi vill gärna träffa dig för ett första samtal. Passar det onsdag 25 november kl. 10 eller kl. 14?

Vi ses på vårt kontor på Hamngatan 4 i Göteborg.

/Amira Hassan
Rekryteringsansvarig
""",
    interview_options=(T(2026, 11, 25, 10, 0), T(2026, 11, 25, 14, 0)),
    interview_place="Hamngatan 4",
    contact_name="Amira Hassan",
)

case(
    "invite_sv_forwarded",
    "interview_invitation",
    """Kolla här, jag fick en intervju!

---------- Vidarebefordrat meddelande ----------
Från: Per Dahl <per.dahl@ostkustens.se>
Datum: mån 16 nov. 2026 kl. 11:05
Ämne: Intervju – Lagerchef
Till: Lisa Ström <lisa.strom@example.com>

Hej Lisa,

Vi skulle vilja träffa dig på intervju torsdag 26 november kl. 13.00 hos oss på Industrivägen 7.

Välkommen!
Per Dahl
Platschef, Östkustens Lager AB
Mobil: 073-456 78 90
""",
    interview_at=T(2026, 11, 26, 13, 0),
    interview_place="Industrivägen 7",
    contact_name="Per Dahl",
    contact_email="per.dahl@ostkustens.se",
    contact_phone="073-456 78 90",
    employer="Östkustens Lager AB",
    job_title="Lagerchef",
)

case(
    "invite_sv_zoom",
    "interview_invitation",
    """Hej Nils,

Vi vill bjuda in dig till en intervju via Zoom fredag 27 november kl. 09.30.
https://zoom.us/j/93812345678

Hälsningar
Karolina Björk
Personalansvarig, Grönfors Trädgård
""",
    interview_at=T(2026, 11, 27, 9, 30),
    interview_place="https://zoom.us/j/93812345678",
    contact_name="Karolina Björk",
)

case(
    "invite_sv_quoted_application",
    "interview_invitation",
    """Hej Anna,

Tack för ditt brev. Vi vill gärna träffa dig! Kan du komma tisdag 24 november kl. 11.00?

Vänliga hälsningar
Sten Gran
Restaurang Gläntan

Den 3 nov 2026 skrev Anna Karlsson <anna.karlsson@example.com>:

> Hej! Jag skulle vilja söka tjänsten som kock. Jag kan komma på intervju
> onsdag 4 november kl. 10. Mitt nummer är 070-111 22 33.
""",
    received=D(2026, 11, 16),
    interview_at=T(2026, 11, 24, 11, 0),
    contact_name="Sten Gran",
)

case(
    "invite_sv_outlook_quote",
    "interview_invitation",
    """Hej Oscar,

Välkommen på intervju måndag 7 december kl. 08.30 på vårt kontor.

Mvh
Ulla Rask
Rekryterare
Tel 011-23 45 67

Från: Oscar Nilsson <oscar@example.com>
Skickat: den 2 november 2026 09:12
Till: Ulla Rask <ulla.rask@linkopingsbuss.se>
Ämne: Ansökan bussförare

Hej Ulla, här kommer min ansökan. Jag kan börja 1 december.
""",
    interview_at=T(2026, 12, 7, 8, 30),
    contact_name="Ulla Rask",
    contact_phone="011-23 45 67",
)

# ---------------------------------------------------------------- interview invitations, en

case(
    "invite_en_single",
    "interview_invitation",
    """Dear Maria,

Thank you for your application for the role of Project Manager. We would like to invite you to an interview on Wednesday, December 2 at 10:00 AM.

Location: Brightwater House, 14 King Street, Manchester

Please confirm by Monday whether this time suits you.

Kind regards,
Thomas Reid
Hiring Manager
thomas.reid@brightwater.example.com
""",
    interview_at=T(2026, 12, 2, 10, 0),
    interview_place="Brightwater House, 14 King Street, Manchester",
    job_title="Project Manager",
    contact_name="Thomas Reid",
    contact_email="thomas.reid@brightwater.example.com",
)

case(
    "invite_en_options",
    "interview_invitation",
    """Hi Ben,

We'd love to meet you! Could you let us know which of these slots works for you?

* Tuesday 1 December, 2:00 pm
* Wednesday 2 December, 11:00 am
* Friday 4 December, 9:30 am

The interview will be held on Google Meet: https://meet.google.com/abc-defg-hij

Best,
Clara Jensen
Talent Partner | Nimbus Freight
""",
    interview_options=(T(2026, 12, 1, 14, 0), T(2026, 12, 2, 11, 0), T(2026, 12, 4, 9, 30)),
    interview_place="https://meet.google.com/abc-defg-hij",
    contact_name="Clara Jensen",
    requested=(),
)

case(
    "invite_en_on_wrote",
    "interview_invitation",
    """Hi Alex,

Great to hear from you. We would like to meet you for an interview on 30 November at 15:00 in our office at 22 Harbour Road, Leith.

Thanks,
Fiona Grant
+44 131 496 0123

On Mon, Nov 2, 2026 at 9:41 AM Alex Berg <alex.berg@example.com> wrote:
> Dear Fiona, I am applying for the Junior Accountant role. I am free on
> Tuesday 3 November at 10:00.
> Alex
""",
    received=D(2026, 11, 19),
    interview_at=T(2026, 11, 30, 15, 0),
    interview_place="22 Harbour Road, Leith",
    contact_name="Fiona Grant",
    contact_phone="+44 131 496 0123",
)

case(
    "invite_en_shortlisted",
    "interview_invitation",
    """Dear Hanna,

Congratulations, you have been shortlisted for an interview for the Customer Success Manager position at Pinecrest Software.

Your interview is scheduled for Thursday 26 November at 1:30 pm via Microsoft Teams.

Kind regards,
Recruitment Team
Pinecrest Software
""",
    interview_at=T(2026, 11, 26, 13, 30),
    interview_place="Microsoft Teams",
    job_title="Customer Success Manager",
    employer="Pinecrest Software",
)

case(
    "invite_en_forwarded_apple",
    "interview_invitation",
    """Begin forwarded message:

From: Grace Lee <grace.lee@harborview.example.com>
Subject: Interview invitation
Date: 17 November 2026 at 16:20:11 CET
To: Mats Ek <mats.ek@example.com>

Hi Mats,

We would like to invite you for a second interview on Monday, 30 November at 11:00. The address is 5 Mill Lane, Bristol.

All the best,
Grace Lee
""",
    interview_at=T(2026, 11, 30, 11, 0),
    interview_place="5 Mill Lane, Bristol",
    contact_name="Grace Lee",
    contact_email="grace.lee@harborview.example.com",
)

case(
    "invite_en_zoom_date_only",
    "interview_invitation",
    """Hello Ivan,

We are happy to invite you to a video interview on December 9th. Our coordinator will send a Zoom link with the exact time.

Regards,
Sanna Holt
""",
    interview_at=D(2026, 12, 9),
    interview_place="Zoom",
    contact_name="Sanna Holt",
)

case(
    "invite_en_two_dates",
    "interview_invitation",
    """Hi Julia,

Thanks for applying to Orchard Health. We'd like to interview you - would Monday 23 November at 10:00 or Tuesday 24 November at 16:00 work for you?

Best regards,
Lucas Meyer
lucas.meyer@orchardhealth.example.com | 070-222 33 44
""",
    received=D(2026, 11, 17),
    interview_options=(T(2026, 11, 23, 10, 0), T(2026, 11, 24, 16, 0)),
    employer="Orchard Health",
    contact_name="Lucas Meyer",
    contact_email="lucas.meyer@orchardhealth.example.com",
    contact_phone="070-222 33 44",
)

# ------------------------------------------------------------------------ requests

case(
    "request_sv_references",
    "request",
    """Hej Karin,

Tack för en trevlig intervju! Innan vi går vidare skulle vi vilja be dig att skicka namn och telefonnummer till två referenser.

Vänliga hälsningar
Anders Boman
anders.boman@solvik.se
""",
    requested=("references",),
    contact_name="Anders Boman",
    contact_email="anders.boman@solvik.se",
)

case(
    "request_sv_test",
    "request",
    """Hej!

Som nästa steg i rekryteringen ber vi dig genomföra ett logiktest. Du får en länk i ett separat mejl.

Med vänliga hälsningar
Rekryteringsteamet på Vindhem
""",
    requested=("test",),
    employer="Vindhem",
)

case(
    "request_sv_documents",
    "request",
    """Hej Ahmed,

Vi behöver få in kopior av dina betyg och ett utdrag ur belastningsregistret innan vi kan gå vidare.

Hälsningar
Lisa Berg
HR, Solrosens Omsorg AB
0470-12 34 56
""",
    requested=("documents",),
    contact_name="Lisa Berg",
    employer="Solrosens Omsorg AB",
    contact_phone="0470-12 34 56",
)

case(
    "request_sv_times",
    "request",
    """Hej Emma,

Vi skulle gärna vilja prata vidare med dig på telefon. Kan du skicka några tider när det passar dig nästa vecka?

Mvh
Jonas Falk
""",
    requested=("times",),
    contact_name="Jonas Falk",
)

case(
    "request_sv_salary",
    "request",
    """Hej Ida,

Kan du skicka oss ditt löneanspråk och när du tidigast kan börja?

Tack på förhand!
Malin Sjö
Ekonomichef
""",
    requested=("documents",),
    contact_name="Malin Sjö",
)

case(
    "request_en_references",
    "request",
    """Hi Tom,

Thank you for the interview yesterday. Could you please send us the contact details of two references?

Best regards,
Rachel Dunn
Rachel Dunn | Recruiter | Ashby & Finch Ltd
""",
    requested=("references",),
    contact_name="Rachel Dunn",
    employer="Ashby & Finch Ltd",
)

case(
    "request_en_assessment",
    "request",
    """Hello Nadia,

As the next step, we would like you to complete an online assessment. Please complete the test within five working days.

Kind regards,
Graduate Recruitment
Stonebridge Bank
""",
    requested=("test",),
)

case(
    "request_en_documents",
    "request",
    """Dear Mr Ortiz,

Kindly provide a copy of your diploma and your salary expectations so we can continue the process.

Sincerely,
Elaine Ford
HR Coordinator
elaine.ford@maplecross.example.com
+1 415 555 0199
""",
    requested=("documents",),
    contact_name="Elaine Ford",
    contact_email="elaine.ford@maplecross.example.com",
    contact_phone="+1 415 555 0199",
)

case(
    "request_en_availability",
    "request",
    """Hi Yusuf,

We'd like to set up a short phone call. Can you send us your availability for next week?

Thanks,
Priya Nair
""",
    requested=("times",),
    contact_name="Priya Nair",
)

# ------------------------------------------------------------------------ rejections, sv

case(
    "reject_sv_standard",
    "rejection",
    """Hej Anna,

Tack för ditt intresse för tjänsten som kundtjänstmedarbetare hos Nordlys Energi AB. Vi har fått många kvalificerade ansökningar och har efter noggrant övervägande valt att gå vidare med andra kandidater.

Vi önskar dig lycka till i ditt fortsatta jobbsökande.

Med vänliga hälsningar
Karin Ek
Rekryterare
""",
    job_title="kundtjänstmedarbetare",
    employer="Nordlys Energi AB",
    contact_name="Karin Ek",
)

case(
    "reject_sv_apply_again",
    "rejection",
    """Hej Erik,

Tack för att du sökte jobbet som säljare hos oss. Tyvärr har du inte gått vidare i processen den här gången. Vi hoppas att du söker igen när vi har nya lediga tjänster – du är varmt välkommen att söka igen!

Vänliga hälsningar
Hanna Ström
Säljchef
""",
    job_title="säljare",
    contact_name="Hanna Ström",
)

case(
    "reject_sv_after_interview",
    "rejection",
    """Hej Sofia,

Tack för att du tog dig tid att träffa oss på intervjun. Vi har nu fattat beslut och valt en annan kandidat till tjänsten.

Vi sparar gärna din ansökan och hör av oss om det dyker upp något nytt.

Hälsningar
Lars Öberg
Lars Öberg
Verksamhetschef, Fjällvind Camping
070-987 65 43
""",
    contact_name="Lars Öberg",
    contact_phone="070-987 65 43",
)

case(
    "reject_sv_not_relevant",
    "rejection",
    """Hej!

Tack för din ansökan. Din ansökan har tyvärr inte gått vidare till nästa steg i rekryteringen.

Detta är ett automatiskt utskick från vårt rekryteringssystem.
""",
)

case(
    "reject_sv_quoted",
    "rejection",
    """Hej Ali,

Tack för din ansökan! Vi har beslutat att inte gå vidare med din ansökan, men önskar dig lycka till.

Vänliga hälsningar
Petra Lövgren

tis 10 nov. 2026 kl. 08:14 skrev Ali Rahimi <ali.rahimi@example.com>:
> Hej! Jag vill gärna träffa er på en intervju tisdag 24 november kl. 10.
> Mitt nummer är 072-345 67 89.
""",
    contact_name="Petra Lövgren",
)

case(
    "reject_sv_forwarded",
    "rejection",
    """

---------- Vidarebefordrat meddelande ----------
Från: Rekrytering Almvik <rekrytering@almvik.se>
Datum: tors 12 nov. 2026 15:40
Ämne: Angående din ansökan
Till: <noor@example.com>

Hej Noor,

Tack för din ansökan till tjänsten som projektledare. Tyvärr kan vi inte erbjuda dig en intervju denna gång.

Med vänlig hälsning
Almvik Fastigheter AB
""",
    job_title="projektledare",
    employer="Almvik Fastigheter AB",
    contact_email="rekrytering@almvik.se",
)

case(
    "reject_sv_not_proceed_option",
    "rejection",
    """Hej Nora!

Vi har nu gått igenom alla ansökningar till rollen som redovisningsekonom. Du är tyvärr inte aktuell för fortsatt rekrytering.

Lycka till framöver!
Magnus Ehn
""",
    job_title="redovisningsekonom",
    contact_name="Magnus Ehn",
)

# ------------------------------------------------------------------------ rejections, en

case(
    "reject_en_standard",
    "rejection",
    """Dear Daniel,

Thank you for your interest in the Software Engineer position at Kestrel Dynamics. After careful consideration, we have decided to move forward with other candidates whose experience more closely matches our needs.

We wish you the best in your job search.

Sincerely,
Olivia Park
Talent Acquisition, Kestrel Dynamics
""",
    job_title="Software Engineer",
    employer="Kestrel Dynamics",
    contact_name="Olivia Park",
)

case(
    "reject_en_apply_again",
    "rejection",
    """Hi Sara,

Unfortunately, we will not be moving forward with your application at this time. We encourage you to apply again for future openings - we'd love to hear from you.

Best wishes,
Mark Chu
""",
    contact_name="Mark Chu",
)

case(
    "reject_en_regret",
    "rejection",
    """Dear Applicant,

We regret to inform you that your application for the role of Logistics Planner has not been successful.

Regards,
Human Resources
Eastgate Freight
""",
    job_title="Logistics Planner",
)

case(
    "reject_en_after_interview",
    "rejection",
    """Hi Jamal,

Thanks again for meeting the team last week. It was a difficult decision, but we have chosen to proceed with another candidate for the role.

We'll keep your details on file and may reach out about future roles.

Kind regards,
Emily Hart
emily.hart@cobaltworks.example.com
Tel: +46 8 555 123 45
""",
    contact_name="Emily Hart",
    contact_email="emily.hart@cobaltworks.example.com",
    contact_phone="+46 8 555 123 45",
)

case(
    "reject_en_quoted_invitation",
    "rejection",
    """Hi Peter,

Sorry to let you know that we have decided not to proceed with your application.

Best,
Lena Graf

On 2 Nov 2026, at 10:15, Peter Sand <peter.sand@example.com> wrote:

Dear Lena, I would like to invite you to look at my portfolio. I am available for an interview on Monday 9 November at 10:00.
""",
    contact_name="Lena Graf",
)

case(
    "reject_en_auto",
    "rejection",
    """Hello,

Thank you for applying. Your application has not been selected for further consideration.

This message was sent automatically from our recruitment system. Please do not reply.
""",
)

# ------------------------------------------------------------------------ offers

case(
    "offer_sv",
    "offer",
    """Hej Amanda!

Vi är glada att kunna meddela att vi vill erbjuda dig tjänsten som lärare i matematik. Ditt anställningsavtal skickas separat.

Ring mig gärna på 070-444 55 66 om du har frågor.

Varma hälsningar
Birgitta Nord
Rektor, Ekbergsskolan
""",
    job_title="lärare",
    contact_name="Birgitta Nord",
    contact_phone="070-444 55 66",
)

case(
    "offer_sv_anstallning",
    "offer",
    """Hej Kevin,

Stort grattis! Vi vill gärna erbjuda dig en anställning som elektriker hos Voltra El AB med start 4 januari.

Med vänliga hälsningar
Robert Sten
robert.sten@voltra.se
""",
    contact_name="Robert Sten",
    contact_email="robert.sten@voltra.se",
)

case(
    "offer_sv_erbjudande",
    "offer",
    """Hej Lina,

Här kommer ditt erbjudande om anställning. Läs igenom och återkom gärna senast fredag 27 november.

Vänliga hälsningar
Hedda Sund
HR-partner, Kustvägen Resor AB
""",
    contact_name="Hedda Sund",
    employer="Kustvägen Resor AB",
)

case(
    "offer_en",
    "offer",
    """Dear Ravi,

We are delighted to offer you the position of Senior Designer at Foxglove Studio, starting on 11 January 2027.

Please find the formal offer attached.

Warm regards,
Alice Moreau
Creative Director
alice.moreau@foxglove.example.com
""",
    job_title="Senior Designer",
    employer="Foxglove Studio",
    contact_name="Alice Moreau",
    contact_email="alice.moreau@foxglove.example.com",
)

case(
    "offer_en_pleased",
    "offer",
    """Hi Sofie,

Great news - we are pleased to offer you the job! I'll call you tomorrow to talk through the details.

Best,
Hugo Lind
+46 73 987 65 43
""",
    contact_name="Hugo Lind",
    contact_phone="+46 73 987 65 43",
)

case(
    "offer_en_forwarded",
    "offer",
    """---------- Forwarded message ---------
From: Noah Berg <noah.berg@lakeside.example.com>
Date: Wed, Nov 18, 2026 at 3:30 PM
Subject: Job offer
To: Emma <emma@example.com>

Hi Emma,

I'm happy to extend an offer for the Operations Analyst role. Details are in the attached letter.

Regards,
Noah Berg
""",
    contact_name="Noah Berg",
    contact_email="noah.berg@lakeside.example.com",
    job_title="Operations Analyst",
)

# ------------------------------------------------------------------------ cancelled

case(
    "cancel_sv",
    "cancelled",
    """Hej,

Vi vill informera om att rekryteringen av ekonomiassistent har avbrutits på grund av en omorganisation.

Tack för ditt intresse.

Vänliga hälsningar
Nina Ås
""",
    contact_name="Nina Ås",
)

case(
    "cancel_sv_internt",
    "cancelled",
    """Hej Samir,

Tack för din ansökan till tjänsten som IT-tekniker. Tjänsten har tillsatts internt och vi går därför inte vidare med några externa kandidater.

Hälsningar
IT-avdelningen, Borgholms Energi AB
""",
    job_title="IT-tekniker",
    employer="Borgholms Energi AB",
)

case(
    "cancel_sv_not_fill",
    "cancelled",
    """Hej!

Vi har beslutat att inte tillsätta tjänsten just nu. Vi beklagar besväret.

Med vänlig hälsning
Oskar Hed
Lokalvårdschef
oskar.hed@renabo.se
""",
    contact_name="Oskar Hed",
    contact_email="oskar.hed@renabo.se",
)

case(
    "cancel_en",
    "cancelled",
    """Dear candidate,

We are writing to let you know that the recruitment for the Field Technician role has been cancelled due to budget changes.

Thank you for your interest.

Best regards,
Moorfield Utilities
""",
    job_title="Field Technician",
)

case(
    "cancel_en_internal",
    "cancelled",
    """Hi Lara,

Thank you for your application. The position has been filled internally, so we will not be continuing the process.

Kind regards,
Zoe Carter
People & Culture, Bramble Foods
""",
    contact_name="Zoe Carter",
)

case(
    "cancel_en_hold",
    "cancelled",
    """Hello,

Due to a hiring freeze, the vacancy has been put on hold. We appreciate your patience.

Thanks,
Will Adair
""",
    contact_name="Will Adair",
)

# ------------------------------------------------------------------------ other

case(
    "other_sv_thanks",
    "other",
    """Hej Sara,

Tack för att du hörde av dig med dina frågor om arbetstiderna. Vi jobbar mellan 7 och 16 och har flextid.

Vänliga hälsningar
Tove Ring
""",
    contact_name="Tove Ring",
)

case(
    "other_sv_moved",
    "other",
    """Hej,

Jag har bytt mejladress, skriv till mig på min nya adress framöver: kalle.moberg@ny-firma.se

Hälsningar
Kalle Moberg
""",
    contact_name="Kalle Moberg",
    contact_email="kalle.moberg@ny-firma.se",
)

case(
    "other_en_question",
    "other",
    """Hi Ana,

Quick question about your CV: does your forklift licence cover counterbalance trucks?

Regards,
Phil Watts
""",
    contact_name="Phil Watts",
)

case(
    "other_en_info",
    "other",
    """Hello,

A short update: our office will be closed between Christmas and New Year. The process continues as planned.

Best,
Recruitment
""",
)

case(
    "other_empty_like",
    "other",
    """ok
""",
)

# ------------------------------------- dates broken over lines, times written every way

case(
    "request_sv_date_broken_over_lines",
    "request",
    """Hej Amir,

Tack för ett trevligt samtal i går. Innan vi går vidare vill vi gärna ha två referenser. Kan du skicka dem senast fredag
11 december?

Vänliga hälsningar
Karin Holm
Solbacka Förskolor AB
""",
    requested=("references",),
    respond_by=D(2026, 12, 11),
    contact_name="Karin Holm",
    employer="Solbacka Förskolor AB",
)

case(
    "invite_sv_weekday_and_date_on_two_lines",
    "interview_invitation",
    """Hej Sofia!

Vi vill gärna träffa dig på en intervju för tjänsten som kock. Passar det tisdag
8 december kl. 10 hos oss på Hamngatan 4?

Hälsningar
Mats Öberg
Restaurang Bryggan
""",
    interview_at=T(2026, 12, 8, 10, 0),
    interview_place="Hamngatan 4",
    job_title="kock",
    contact_name="Mats Öberg",
)

case(
    "promise_sv_den_at_line_end",
    "promise",
    """Hej,

Tack för din ansökan. Urvalet pågår och vi återkommer med besked till alla sökande senast den
18 december.

Med vänlig hälsning
Rekryteringsgruppen
""",
    reply_by=D(2026, 12, 18),
)

case(
    "invite_sv_kl_without_dot",
    "interview_invitation",
    """Hej Jonas,

Välkommen på intervju onsdag 9 december kl 13 på vårt kontor.

Mvh
Lena Sjöberg
""",
    interview_at=T(2026, 12, 9, 13, 0),
    contact_name="Lena Sjöberg",
)

case(
    "invite_sv_time_with_a_dot",
    "interview_invitation",
    """Hej Elsa!

Vi vill gärna träffa dig för en intervju torsdag 10 december 10.00 via Teams. En länk kommer i ett separat mejl.

Hälsningar
Anders Berg
""",
    interview_at=T(2026, 12, 10, 10, 0),
    interview_place="Teams",
    contact_name="Anders Berg",
)

case(
    "invite_sv_date_and_time_on_their_own_lines",
    "interview_invitation",
    """Hej Nora,

Du är välkommen på intervju för tjänsten som ekonomiassistent.

Datum: måndag 7 december
Tid: 14:30

Hör av dig om tiden inte passar.

Vänliga hälsningar
Petra Lind
""",
    interview_at=T(2026, 12, 7, 14, 30),
    job_title="ekonomiassistent",
    contact_name="Petra Lind",
)

case(
    "invite_sv_klockan_in_words",
    "interview_invitation",
    """Hej Ali!

Vi skulle vilja träffa dig på en intervju fredag 4 december klockan tio. Välkommen!

Hälsningar
Eva Nyström
""",
    interview_at=T(2026, 12, 4, 10, 0),
    contact_name="Eva Nyström",
)

case(
    "invite_sv_half_hour_in_words",
    "interview_invitation",
    """Hej Maja,

Vi vill gärna träffa dig på intervju. Passar det torsdag 3 december kl. halv tre?

/Johan Ek
""",
    interview_at=T(2026, 12, 3, 14, 30),
    contact_name="Johan Ek",
)

case(
    "invite_en_on_weekday_at_am",
    "interview_invitation",
    """Hi Lina,

Thank you for applying. We would like to invite you to an interview on Tuesday, 8 December at 10 am.

Best regards,
Tom Reed
""",
    interview_at=T(2026, 12, 8, 10, 0),
    contact_name="Tom Reed",
)

case(
    "invite_en_date_broken_over_lines",
    "interview_invitation",
    """Hi Ahmed,

We'd like to invite you to an interview for the Warehouse Coordinator role on Thursday,
December 10 at 2 pm.

Kind regards,
Sarah Mills
""",
    interview_at=T(2026, 12, 10, 14, 0),
    job_title="Warehouse Coordinator",
    contact_name="Sarah Mills",
)

case(
    "request_en_by_weekday_date_broken",
    "request",
    """Hi Maria,

Could you send us two references by Friday
11 December?

Best,
Jon Park
""",
    requested=("references",),
    respond_by=D(2026, 12, 11),
    contact_name="Jon Park",
)
