"""What the app reads from text: job ads, Platsbanken answers, employers' replies, duplicates."""
