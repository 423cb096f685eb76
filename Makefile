# followup-gui developer commands. `make run` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export PIP_DISABLE_PIP_VERSION_CHECK := 1

TS := resources/translations/followup_gui_sv.ts
QM := $(TS:.ts=.qm)
# English needs a catalogue only for plural forms ("1 follow-up" / "2 follow-ups")
TS_EN := resources/translations/followup_gui_en.ts
QM_EN := $(TS_EN:.ts=.qm)
# lupdate reads every module under ui/, its sub-folders included
UI_SOURCES = $(shell find followup_gui/ui -name '*.py' | sort)

.PHONY: run test lint typecheck pytest bench translations clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $@ $(VENV)/.installed

## Compiled translations (.qm) from the committed sources (.ts).
$(QM): $(TS) | $(VENV)/.installed
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

$(QM_EN): $(TS_EN) | $(VENV)/.installed
	$(BIN)/pyside6-lrelease -silent $(TS_EN) -qm $(QM_EN)

## Refresh the .ts sources from the code after changing visible strings.
translations: $(VENV)/.installed
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $(UI_SOURCES) -ts $(TS)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none -pluralonly $(UI_SOURCES) -ts $(TS_EN)

## Start the app on your own store (add ARGS="--store FILE" for another one).
run: $(VENV)/.installed $(QM) $(QM_EN)
	@sh packaging/system-deps.sh window
	$(BIN)/followup-gui $(ARGS)

## Lint, type-check and run the whole suite offscreen.
test: lint typecheck pytest

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(VENV)/.installed-test
	$(BIN)/mypy

pytest: $(VENV)/.installed-test $(QM) $(QM_EN)
	@sh packaging/system-deps.sh offscreen
	@sh packaging/system-deps.sh atspi || echo "(without them tests/ui/test_atspi.py is skipped)"
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(PYTEST_ARGS)

## Benchmarks (never part of `make test`); prints ratios against a bare Qt window.
bench: $(VENV)/.installed-test
	@sh packaging/system-deps.sh offscreen
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache

## Installers (see packaging/ and README "Build the installer").
## `make package` freezes the app with PyInstaller in a clean venv (build/venv, pinned by
## packaging/requirements-build.txt) and builds dist/followup-gui_<version>_amd64.deb;
## `make package-test` unpacks that .deb and starts the app from it as a user would.
BUILD_VENV := build/venv
APP_VERSION = $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' followup_gui/__init__.py)
DEB = dist/followup-gui_$(APP_VERSION)_amd64.deb

.PHONY: package package-test package-clean

$(BUILD_VENV)/.installed: packaging/requirements-build.txt
	rm -rf $(BUILD_VENV)
	$(PYTHON) -m venv $(BUILD_VENV)
	$(BUILD_VENV)/bin/python -m pip install -q --only-binary=:all: -r packaging/requirements-build.txt
	@touch $@

package: $(BUILD_VENV)/.installed $(QM) $(QM_EN)
	@sh packaging/system-deps.sh package
	$(BUILD_VENV)/bin/python packaging/build.py
	$(BUILD_VENV)/bin/python packaging/build_deb.py

package-test:
	@test -f $(DEB) || $(MAKE) package
	$(PYTHON) packaging/package_test.py $(DEB)

## `make package-windows` builds dist/followup-gui-<version>-windows-x64-setup.exe on Linux:
## our PyInstaller spec run by a Windows CPython under Wine, then makensis (packaging/windows/;
## downloads kept in build/windows/downloads). `make package-windows-test` installs it in a
## fresh Wine prefix on Xvfb and starts the app from it: one PASS/FAIL line per check.
SETUP = dist/followup-gui-$(APP_VERSION)-windows-x64-setup.exe

.PHONY: package-windows package-windows-test

package-windows: $(QM) $(QM_EN)
	$(PYTHON) packaging/windows/build_setup.py

package-windows-test: | $(VENV)/.installed
	@test -f $(SETUP) || $(MAKE) package-windows
	$(PYTHON) packaging/windows/setup_test.py $(SETUP)

package-clean:
	rm -rf $(BUILD_VENV) build/dist build/pyinstaller build/deb build/icons build/icu build/windows-version.txt build/windows dist
