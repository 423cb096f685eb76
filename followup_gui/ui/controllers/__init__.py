"""The flows the window's actions start, one module per theme; each sees the window only
through :class:`followup_gui.ui.shell.ports.Workspace`."""
