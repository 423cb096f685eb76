"""``make bench``: the performance budget of DESIGN.md, measured as ratios to a floor.

Never part of ``make test`` (no file here starts with ``test_``). Run it with
``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.benchmarks [--quick] [--only NAME]``;
``--help`` lists the options. Modules:

- ``stores``: deterministic, realistic store files (0, 1,000 and 10,000 applications);
- ``floor``: the bare PySide6 window every startup figure is divided by;
- ``interactive``: filter keystrokes and saving, timed inside a real main window;
- ``harness``: runs everything, prints the table, writes ``results/latest.json``;
- ``profiling``: ``--profile`` — where the time of a 10,000-application start goes.
"""
