"""followup-gui: when and how to follow up a job application, by a Swedish career guide."""

__version__ = "0.1.0"
APP_NAME = "followup-gui"
