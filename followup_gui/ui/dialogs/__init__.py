"""The smaller dialogs the controllers open (an application, its events, the profile,
import, backups, the monthly report, settings) and the widgets they share."""
