"""What the user sends: mail and call texts, the mail checklist, spelling, addresses."""
