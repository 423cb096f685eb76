"""What the app needs from the computer it runs on: its data files, Windows' registry."""
