"""An employer's mail read into the application: the reply dialog and what confirming it
changes (RULES.md v2.1 "Reading an employer's reply")."""
