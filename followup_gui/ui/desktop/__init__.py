"""Living on the user's desktop: the tray icon and reminders, the app icon, and the
single running instance."""
