"""Contract 3's path to the ad reader, which lives in :mod:`followup_gui.reading.adtext`."""

from .reading.adtext import AdFacts, analyse

__all__ = ["AdFacts", "analyse"]
