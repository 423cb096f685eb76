"""Following one application up: the guided dialog, the phone script, the email composer
with its checklist and spelling marks."""
