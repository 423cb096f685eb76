"""Sweden's 290 municipalities, a few large places that are not one and the large towns of
the neighbouring countries: the towns an ad may name in running text ("ett åkeri i
Sundsvall", "Kafé Lingon, Stockholm") without a label.

Only names on this list are read from prose: a capitalised word after "i" may be anything
("i Skåne", "i Microsoft 365"), a municipality's name is a place.
"""

from __future__ import annotations

from typing import Final

__all__ = ["AMBIGUOUS_TOWNS", "DISTRICTS", "SWEDISH_TOWNS"]

_MUNICIPALITIES: Final = """
Botkyrka Danderyd Ekerö Haninge Huddinge Järfälla Lidingö Nacka Norrtälje Nykvarn Nynäshamn
Salem Sigtuna Sollentuna Solna Stockholm Sundbyberg Södertälje Tyresö Täby Upplands_Väsby
Upplands-Bro Vallentuna Vaxholm Värmdö Österåker
Enköping Heby Håbo Knivsta Tierp Uppsala Älvkarleby Östhammar
Eskilstuna Flen Gnesta Katrineholm Nyköping Oxelösund Strängnäs Trosa Vingåker
Boxholm Finspång Kinda Linköping Mjölby Motala Norrköping Söderköping Vadstena Valdemarsvik
Ydre Åtvidaberg Ödeshög
Aneby Eksjö Gislaved Gnosjö Habo Jönköping Mullsjö Nässjö Sävsjö Tranås Vaggeryd Vetlanda
Värnamo
Alvesta Lessebo Ljungby Markaryd Tingsryd Uppvidinge Växjö Älmhult
Borgholm Emmaboda Hultsfred Högsby Kalmar Mönsterås Mörbylånga Nybro Oskarshamn Torsås
Vimmerby Västervik
Gotland
Karlshamn Karlskrona Olofström Ronneby Sölvesborg
Bjuv Bromölla Burlöv Båstad Eslöv Helsingborg Hässleholm Höganäs Hörby Höör Klippan
Kristianstad Kävlinge Landskrona Lomma Lund Malmö Osby Perstorp Simrishamn Sjöbo Skurup
Staffanstorp Svalöv Svedala Tomelilla Trelleborg Vellinge Ystad Åstorp Ängelholm Örkelljunga
Östra_Göinge
Falkenberg Halmstad Hylte Kungsbacka Laholm Varberg
Ale Alingsås Bengtsfors Bollebygd Borås Dals-Ed Essunga Falköping Färgelanda Grästorp
Gullspång Göteborg Götene Herrljunga Hjo Härryda Karlsborg Kungälv Lerum Lidköping
Lilla_Edet Lysekil Mariestad Mark Mellerud Munkedal Mölndal Orust Partille Skara Skövde
Sotenäs Stenungsund Strömstad Svenljunga Tanum Tibro Tidaholm Tjörn Tranemo Trollhättan
Töreboda Uddevalla Ulricehamn Vara Vårgårda Vänersborg Åmål Öckerö
Arvika Eda Filipstad Forshaga Grums Hagfors Hammarö Karlstad Kil Kristinehamn Munkfors
Storfors Sunne Säffle Torsby Årjäng
Askersund Degerfors Hallsberg Hällefors Karlskoga Kumla Laxå Lekeberg Lindesberg
Ljusnarsberg Nora Örebro
Arboga Fagersta Hallstahammar Kungsör Köping Norberg Sala Skinnskatteberg Surahammar Västerås
Avesta Borlänge Falun Gagnef Hedemora Leksand Ludvika Malung-Sälen Mora Orsa Rättvik
Smedjebacken Säter Vansbro Älvdalen
Bollnäs Gävle Hofors Hudiksvall Ljusdal Nordanstig Ockelbo Ovanåker Sandviken Söderhamn
Härnösand Kramfors Sollefteå Sundsvall Timrå Ånge Örnsköldsvik
Berg Bräcke Härjedalen Krokom Ragunda Strömsund Åre Östersund
Bjurholm Dorotea Lycksele Malå Nordmaling Norsjö Robertsfors Skellefteå Sorsele Storuman
Umeå Vilhelmina Vindeln Vännäs Åsele
Arjeplog Arvidsjaur Boden Gällivare Haparanda Jokkmokk Kalix Kiruna Luleå Pajala Piteå
Älvsbyn Överkalix Övertorneå
"""
# Places people name as a workplace that are not a municipality's name.
_PLACES: Final = """
Visby Märsta Åkersberga Jakobsberg Tumba Handen Mölnlycke Sälen Kista Gothenburg
"""
# Towns of the neighbouring countries that ads in Swedish or English name as the workplace
# ("Sjuksköterskor till Tromsø", "Arbetsplats: Vasa, Finland"), in their Swedish and own forms.
_NEIGHBOURS: Final = """
Oslo Bergen Trondheim Stavanger Tromsø Tromsö Bodø Narvik Drammen Kristiansand Lillehammer
Helsingfors Helsinki Åbo Turku Tammerfors Tampere Vasa Vaasa Uleåborg Oulu Jakobstad
Mariehamn Rovaniemi Torneå Tornio
Köpenhamn Copenhagen København Aarhus Odense Aalborg Reykjavik Tallinn Riga
"""

SWEDISH_TOWNS: Final = frozenset(
    name.replace("_", " ") for name in (_MUNICIPALITIES + _PLACES + _NEIGHBOURS).split()
)
"""The names, as written (case matters: "Mark" is a municipality, "mark" is ground)."""

_AMBIGUOUS: Final = (
    "Ale Berg Boden Eda Flen Heby Hjo Kil Mark Mora Nora Orsa Sala Salem Vara Bergen Vasa Riga"
)
AMBIGUOUS_TOWNS: Final = frozenset(_AMBIGUOUS.split())
"""Names that are also common words or names: read only after "i"/"in" or before "kommun"."""

DISTRICTS: Final = {
    "Västra Frölunda": "Göteborg", "Frölunda": "Göteborg", "Hisingen": "Göteborg",
    "Angered": "Göteborg", "Majorna": "Göteborg", "Södermalm": "Stockholm",
    "Kungsholmen": "Stockholm", "Östermalm": "Stockholm", "Vasastan": "Stockholm",
    "Norrmalm": "Stockholm", "Bromma": "Stockholm", "Skärholmen": "Stockholm",
    "Vällingby": "Stockholm", "Farsta": "Stockholm", "Rosengård": "Malmö", "Limhamn": "Malmö",
}  # fmt: skip
"""Well-known districts of the three largest towns, read as their town after "i" ("ett
kontor i Västra Frölunda"): a short list, not a gazetteer."""
