"""The follow-up rules (docs/rules.md): working days, the advice engine, its reasons and words."""
