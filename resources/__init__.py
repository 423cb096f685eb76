"""Data files of followup-gui (demo data, translations, dictionaries, icons).

This folder is installed as the package ``followup_gui.resources`` (see pyproject.toml)
so that ``importlib.resources`` finds the files the same way from a source checkout,
an installed wheel and a frozen bundle.
"""
