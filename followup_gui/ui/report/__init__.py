"""The activity report page: the month now due, its rows for Arbetsförmedlingen's form,
stand-alone activities, and marking the month reported."""
