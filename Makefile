# The two commands of the README: `make demo` and `make test`; both set everything up first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: demo test setup system-deps bench bench-site clean translations wheelhouse

demo: setup
	$(BIN)/kiosk demo

test: setup
	$(BIN)/ruff check kiosk tests benchmarks scripts
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache
	$(BIN)/python -m pytest -q

setup: system-deps $(STAMP)

system-deps:
	@PYTHON=$(PYTHON) bash scripts/system-deps.sh

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (set PYTHON=...)")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $@

bench: setup
	$(BIN)/python benchmarks/verify_bench.py
	$(BIN)/python benchmarks/soak_bench.py

# A site under load and faults (docs/site.md, "Measured"): a throwaway PostgreSQL, 8 lane processes; ~15 min.
# Quicker: make bench-site SITE_BENCH='--scans 200 --outage 5 --cut 10'
SITE_BENCH ?=
bench-site: setup
	$(BIN)/python benchmarks/site_bench.py $(SITE_BENCH)

# A venue without internet: the kiosk's wheel and every runtime dependency's wheel in one folder, for a
# machine of the same kind (CPU, Linux, the same Python 3.X as $(PYTHON)). docs/deploy.md installs it:
#   pip install --no-index --find-links wheelhouse kiosk
WHEELHOUSE := wheelhouse
wheelhouse: $(STAMP)
	rm -rf $(WHEELHOUSE) build
	$(BIN)/python -m pip wheel -q --wheel-dir $(WHEELHOUSE) .
	cp deploy/wheelhouse-README.txt $(WHEELHOUSE)/README.txt
	cp deploy/kiosk.service deploy/kiosk-autostart.desktop $(WHEELHOUSE)/
	@ls $(WHEELHOUSE)/*.whl | wc -l | xargs printf '%s wheels in $(WHEELHOUSE)/\n'

clean:
	rm -rf $(VENV) build *.egg-info $(WHEELHOUSE)

# Screen texts: lupdate keeps existing translations; fill new ones in the .ts (Qt Linguist), then lrelease.
TS := kiosk/ui/translations/kiosk_fr.ts kiosk/ui/translations/kiosk_ar.ts kiosk/ui/translations/kiosk_en.ts
translations: setup
	$(BIN)/pyside6-lupdate $$(find kiosk/ui -name '*.py' | sort) -no-obsolete -ts $(TS)
	$(BIN)/pyside6-lrelease $(TS)
