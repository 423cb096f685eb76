"""The ad reader on text it was not first written for: run-together copy/paste, dates that
look like phone numbers, and the many ways an ad says it picks candidates before the deadline.

Every snippet is invented for this file (employers, people, numbers and addresses), in the
words job ads use, Swedish and English. Each names the facts it states; a fact not named
must come out empty (no address, no number, not rolling). ``accuracy()`` counts the facts
read right, for the report (``python -m tests.test_adtext_unseen``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from followup_gui.reading.adtext import _analyse

REF = dt.date(2026, 4, 20)

# (name, text, facts): email, phone, rolling (False when not named)
UNSEEN: list[tuple[str, str, dict[str, object]]] = [
    # ---- an address run together with what follows it
    ("glued_phone_after_se",
     "Frågor om tjänsten? Kontakta Sara Holm, sara.holm@ekbacken.se031-22 33 44",
     {"email": "sara.holm@ekbacken.se", "phone": "031-22 33 44"}),
    ("glued_mobile_after_se",
     "Skicka CV och personligt brev till jobb@stadtjanst.se0702223344 Välkommen!",
     {"email": "jobb@stadtjanst.se", "phone": "0702223344"}),
    ("glued_verb_address_phone_hashtag",
     "Låter det intressant? mejlaRekrytering@gmail.com0736665544#sommarjobb2026",
     {"email": "Rekrytering@gmail.com", "phone": "0736665544"}),
    ("glued_capital_word",
     "Ansökan skickas till bageriet@hotmail.comVi läser alla ansökningar noggrant.",
     {"email": "bageriet@hotmail.com"}),
    ("glued_capital_ring",
     "Kontakt: info@malmobygg.nuRing gärna om du undrar något.",
     {"email": "info@malmobygg.nu"}),
    ("glued_label_telefon",
     "E-post lina.berg@vardhem.orgTelefon 08-555 123 45",
     {"email": "lina.berg@vardhem.org", "phone": "08-555 123 45"}),
    ("glued_label_mobil",
     "Mail: hr@fastighetsteam.comMobil: 070-998 87 76",
     {"email": "hr@fastighetsteam.com", "phone": "070-998 87 76"}),
    ("glued_english_uk",
     "Send your CV to careers@harbourlogistics.co.ukCall us on +44 20 7946 0000 with questions.",
     {"email": "careers@harbourlogistics.co.uk", "phone": "+44 20 7946 0000"}),
    ("glued_verb_email_english",
     "Interested? emailJobs@nordfrakt.com for details about the role.",
     {"email": "Jobs@nordfrakt.com"}),
    ("glued_verb_maila",
     "Maila dina papper, mailaPersonal@skolservice.se senast fredag.",
     {"email": "Personal@skolservice.se"}),
    ("glued_scraped_list",
     "Kontaktperson\nOla Dahl\nola.dahl@tryckeriet.se0455-10 20 30\nSista ansökningsdag 2026-05-31",
     {"email": "ola.dahl@tryckeriet.se", "phone": "0455-10 20 30"}),
    # ---- addresses that are not glued stay whole
    ("digit_in_domain_kept", "Frågor till anna@mail.firma2.se eller ring 070-123 45 67.",
     {"email": "anna@mail.firma2.se", "phone": "070-123 45 67"}),
    ("digits_label_kept", "Kontakt: rekrytering@team123.se", {"email": "rekrytering@team123.se"}),
    ("camel_case_local_kept", "Mejla AnnaSvensson@Bolaget.se",
     {"email": "AnnaSvensson@Bolaget.se"}),
    # ---- dates that look like phone numbers
    ("published_dashes", "Publicerad den 08-05-2020\nKontakta oss via formuläret.", {}),
    ("published_then_phone",
     "Publicerad 03-11-2025. Kontaktperson: Ola Ek, 070-111 22 33",
     {"phone": "070-111 22 33"}),
    ("published_slashes", "Annonsen publicerades 09/06/2024 och gäller tills vidare.", {}),
    ("updated_dots", "Senast uppdaterad: 01.02.2026", {}),
    ("date_before_phone_line",
     "Sista ansökningsdag 05-06-2026\nTel: 0910-55 66 77",
     {"phone": "0910-55 66 77"}),
    ("english_posted", "Posted 07-04-2026. Call Maria on 08-777 66 55.", {"phone": "08-777 66 55"}),
    # ---- picking candidates before the deadline, said in other words
    ("sv_kallar_omgaende", "Vi behandlar ansökningar och kallar till intervju omgående.",
     {"rolling": True}),
    ("sv_innan_ansokningstiden",
     "Tjänsten kan komma att tillsättas innan ansökningstiden gått ut.", {"rolling": True}),
    ("sv_nar_de_kommer_in", "Vi går igenom ansökningarna direkt när de kommer in.",
     {"rolling": True}),
    ("sv_allteftersom", "Intervjuer hålls allteftersom ansökningarna kommer in.",
     {"rolling": True}),
    ("sv_i_den_ordning", "Ansökningarna hanteras i den ordning de kommer in.", {"rolling": True}),
    ("sv_urvalet_omgaende", "Urvalet påbörjas omgående, så vänta inte med din ansökan.",
     {"rolling": True}),
    ("sv_innan_annonsen", "Vi kan komma att anställa innan annonsen har gått ut.",
     {"rolling": True}),
    ("sv_i_fortid", "Rekryteringen kan avslutas i förtid om vi hittar rätt person.",
     {"rolling": True}),
    ("sv_efter_hand", "Vi intervjuar kandidater efter hand som ansökningarna kommer in.",
     {"rolling": True}),
    ("sv_rekryterar_lopande", "Vänta inte – vi rekryterar löpande.", {"rolling": True}),
    ("en_invite_immediately",
     "We process applications and invite candidates to interviews immediately.",
     {"rolling": True}),
    ("en_before_period_ends", "The role may be filled before the application period ends.",
     {"rolling": True}),
    ("en_as_soon_as_received",
     "We will interview suitable candidates as soon as we receive their applications.",
     {"rolling": True}),
    ("en_advert_may_close", "The advert may close before the stated closing date.",
     {"rolling": True}),
    ("en_first_come", "Applications are assessed in the order they are received.",
     {"rolling": True}),
    ("sv_sa_snart_vi_fatt", "Intervjuer bokas så snart vi fått din ansökan.", {"rolling": True}),
    ("en_upon_receipt", "Applications will be reviewed upon receipt.", {"rolling": True}),
    ("sv_redan_under", "Vi tar kontakt med intressanta sökande redan under ansökningstiden.",
     {"rolling": True}),
    ("sv_nar_vi_hittat", "Tjänsten tillsätts när vi hittat rätt person.", {"rolling": True}),
    ("sv_urvalsprocessen", "Urvalsprocessen startar omgående.", {"rolling": True}),
    # ---- the same words where nobody picks early
    ("sv_borja_utrop", "Börja omgående!", {}),
    ("sv_kommer_in_sent", "Ansökningar som kommer in efter sista dag behandlas inte.", {}),
    ("sv_nar_urvalet_klart", "Vi återkommer till alla när urvalet är klart.", {}),
    ("sv_kontakta_under", "Kontakta oss under ansökningstiden om du har frågor.", {}),
    ("sv_tilltrade_omgaende", "Tillträde omgående eller enligt överenskommelse.", {}),
    ("sv_borja_omgaende", "Vi söker dig som kan börja omgående.", {}),
    ("sv_urval_efter", "Urvalet sker efter sista ansökningsdag.", {}),
    ("en_start_immediately", "Start immediately. Applications close on 15 May.", {}),
    ("sv_svar_i_den_ordning", "Vi besvarar frågor i den ordning de kommer in via chatten.", {}),
]  # fmt: skip

FACTS = ("email", "phone", "rolling")


def _read(text: str) -> dict[str, object]:
    facts = _analyse(text, REF)
    return {"email": facts.contact_email, "phone": facts.contact_phone,
            "rolling": facts.rolling_selection}  # fmt: skip


def _expected(stated: dict[str, object]) -> dict[str, object]:
    return {"email": stated.get("email"), "phone": stated.get("phone"),
            "rolling": stated.get("rolling", False)}  # fmt: skip


def accuracy() -> tuple[int, int]:
    """Facts read right, and facts in all."""
    right = total = 0
    for _name, text, stated in UNSEEN:
        got, want = _read(text), _expected(stated)
        right += sum(got[fact] == want[fact] for fact in FACTS)
        total += len(FACTS)
    return right, total


@pytest.mark.parametrize(("text", "stated"), [(t, s) for _n, t, s in UNSEEN],
                         ids=[n for n, _t, _s in UNSEEN])  # fmt: skip
def test_unseen_snippet(text: str, stated: dict[str, object]) -> None:
    assert _read(text) == _expected(stated)


def test_the_set_is_large_and_every_fact_is_read() -> None:
    assert len(UNSEEN) >= 30
    right, total = accuracy()
    assert right == total


if __name__ == "__main__":
    right, total = accuracy()
    print(f"{right}/{total} facts = {100 * right / total:.1f} %")
    for name, text, stated in UNSEEN:
        got, want = _read(text), _expected(stated)
        if got != want:
            print(f"  {name}: got {got}, want {want}")
