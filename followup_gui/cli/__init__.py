"""The ``followup-gui`` command (docs/command-line.md): :mod:`.command` parses the arguments and
starts the app or a sub-command; the sub-commands are thin over the core."""
