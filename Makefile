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

# Shared libraries Qt loads, and the Debian package of each: QT_LIBS for any
# platform (the tests run offscreen), XCB_LIBS for a window on an X11 desktop.
QT_LIBS := libEGL.so.1:libegl1 libGL.so.1:libgl1 libxkbcommon.so.0:libxkbcommon0 \
           libfontconfig.so.1:libfontconfig1 libdbus-1.so.3:libdbus-1-3 libglib-2.0.so.0:libglib2.0-0
XCB_LIBS := libxkbcommon-x11.so.0:libxkbcommon-x11-0 libxcb-cursor.so.0:libxcb-cursor0 \
           libX11-xcb.so.1:libx11-xcb1 libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1 \
           libxcb-image.so.0:libxcb-image0 libxcb-render-util.so.0:libxcb-render-util0 \
           libxcb-randr.so.0:libxcb-randr0 libxcb-shape.so.0:libxcb-shape0 libxcb-xfixes.so.0:libxcb-xfixes0 \
           libxcb-xkb.so.1:libxcb-xkb1 libxcb-sync.so.1:libxcb-sync1 libxcb-shm.so.0:libxcb-shm0

.PHONY: run test bench quality setup syslibs translations install-desktop screenshot clean

run: setup
	@$(MAKE) --no-print-directory syslibs LIBS="$(XCB_LIBS)"
	$(PY) -m desktop

test: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

bench: setup
	@$(PY) -m compileall -q desktop benchmarks >/dev/null  # measure the app as installed, with bytecode
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

# Accuracy on held-out, human-annotated data (names: ner_dev; labels, periods, dates: tests/facts_dev).
quality: setup
	$(PY) -m quality

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
LIBS ?= $(QT_LIBS)
syslibs:
	@missing=""; \
	for pair in $(LIBS); do lib=$${pair%%:*}; pkg=$${pair##*:}; \
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
