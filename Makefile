# Fact Browser — everything a fresh machine needs, in two commands:
#   make run    create .venv, install, open the app on the bundled article
#   make test   the same set-up, then the whole test suite
# Every step is idempotent: a second call installs nothing.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.fact-browser-installed
TS     := $(wildcard translations/*.ts)
QM     := $(TS:.ts=.qm)
PYTEST_ARGS ?=

# Shared libraries Qt's xcb/offscreen platforms load, and the Debian package of each.
QT_LIBS := libEGL.so.1:libegl1 libGL.so.1:libgl1 libxkbcommon.so.0:libxkbcommon0 \
           libfontconfig.so.1:libfontconfig1 libdbus-1.so.3:libdbus-1-3 \
           libxkbcommon-x11.so.0:libxkbcommon-x11-0 libxcb-cursor.so.0:libxcb-cursor0 \
           libX11-xcb.so.1:libx11-xcb1 libglib-2.0.so.0:libglib2.0-0

.PHONY: run test bench setup syslibs translations install-desktop screenshot clean

run: setup
	$(PY) -m desktop

test: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

bench: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

screenshot: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m desktop --screenshot docs/screenshot.png

setup: syslibs $(STAMP) translations

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) || { \
	  echo "Could not create a virtual environment. On Debian/Ubuntu: sudo apt-get install python3-venv"; exit 1; }
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade "pip>=23"
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $@

translations: $(QM)

translations/%.qm: translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Checks that Qt's system libraries are present. As root (CI) it installs the
# missing ones with apt-get; otherwise it names the packages to install.
syslibs:
	@missing=""; \
	for pair in $(QT_LIBS); do lib=$${pair%%:*}; pkg=$${pair##*:}; \
	  ldconfig -p 2>/dev/null | grep -q "$$lib" || missing="$$missing $$pkg"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing the system libraries Qt needs:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "Qt needs system libraries this machine lacks. Install them with:"; \
	    echo "    sudo apt-get install$$missing"; exit 1; \
	  fi; \
	fi

install-desktop: setup
	$(PY) -m desktop.integration install

clean:
	rm -rf $(VENV) $(QM) .pytest_cache
