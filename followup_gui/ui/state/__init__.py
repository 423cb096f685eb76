"""The running app's state without widgets of its own: the session on a store, its undo
commands, the clock, the store lock and the user's preferences."""
