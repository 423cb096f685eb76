"""Contract 3's path to the advice engine, which lives in :mod:`followup_gui.rules.advice`."""

from .rules.advice import Action, Reason, Verdict, assess

__all__ = ["Action", "Reason", "Verdict", "assess"]
