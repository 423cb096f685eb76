"""The main window's frame: its pages, its declared actions, its status bar, and the
narrow interface (:mod:`.ports`) through which controllers reach the window."""
