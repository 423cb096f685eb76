"""What the app sums up: the activity report, the overview's figures, the calendar export."""
