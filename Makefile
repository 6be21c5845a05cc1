# captionist: the two commands a newcomer needs are `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: install demo test test-fast fuzz exiftool fstools servers bench bench-cluster schema clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip setuptools

# Editable install with every optional part and the test tools; done again only when
# pyproject.toml changes (the stamp file), so `make demo` and `make test` start at once.
STAMP := $(VENV)/.installed

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[all]'
	@touch $@

install: $(STAMP)
	$(BIN)/python -m captionist.places   # the place index (GeoNames cities500): built once per data change
	@# bytecode up front (quick when current): an editable install otherwise compiles every
	@# module at each start when PYTHONDONTWRITEBYTECODE is set (~60 ms a one-file CLI call)
	@$(BIN)/python -m compileall -q src

# ExifTool is the independent reader the tests compare against; install it when missing.
exiftool:
	@command -v exiftool >/dev/null 2>&1 || { \
	  echo "installing ExifTool (libimage-exiftool-perl)"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libimage-exiftool-perl; }
	@exiftool -ver

# The cluster tests start their own Redis and PostgreSQL (tests/cluster_helpers.py): install
# the servers when missing. Only the binaries are used; the packaged services are not needed.
servers:
	@{ command -v redis-server >/dev/null 2>&1 && ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; } || { \
	  echo "installing redis-server and postgresql"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq redis-server postgresql; }
	@redis-server --version && ls /usr/lib/postgresql/*/bin/pg_ctl

# The clone tests and benches loop-mount XFS (reflink), Btrfs and ext4 images, read extents
# with filefrag (e2fsprogs) and check files with the exiv2 command; install what is missing.
fstools:
	@missing=""; \
	for pair in mkfs.xfs:xfsprogs mkfs.btrfs:btrfs-progs mkfs.ext4:e2fsprogs filefrag:e2fsprogs \
	            exiv2:exiv2 losetup:mount; do \
	  command -v $${pair%%:*} >/dev/null 2>&1 || PATH="$$PATH:/usr/sbin:/sbin" command -v $${pair%%:*} >/dev/null 2>&1 \
	    || missing="$$missing $${pair##*:}"; \
	done; \
	if [ -n "$$missing" ]; then echo "installing$$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $$missing; fi

demo: install exiftool
	$(BIN)/python samples/demo.py

# In parallel (pytest-xdist): most of the suite's time is waiting on daemons, servers and child
# processes, so more test processes than cores pay off; 4 on a small machine (CI has 2 cores),
# up to 8 on a bigger one. Tests are handed out one at a time, the longest first; a module whose
# tests build on each other goes to one process (tests/conftest.py LONG_MODULES,
# ONE_PROCESS_MODULES). `make test TEST_PROCS=0` runs them all in this one process.
# One test over this many seconds fails with its stack (the slowest take ~70 s under load).
TEST_TIMEOUT ?= 600
TEST_PROCS ?= $(shell n=$$(nproc 2>/dev/null || echo 2); [ $$n -lt 4 ] && n=4; [ $$n -gt 8 ] && n=8; echo $$n)

test: install exiftool fstools servers
	$(BIN)/python -m pytest -n $(TEST_PROCS) --dist load --maxschedchunk 1 --timeout $(TEST_TIMEOUT) $(PYTEST_ARGS)

# The random deep search of the property tests (tests/hypothesis_profiles.py, profile `fuzz`):
# new examples every run, ~10x to 50x `make test`'s, no per-test timeout. `make test` runs the
# same tests derandomized (the same examples every run). Keep what this finds as an @example.
FUZZ_TESTS ?= tests/test_api_schemathesis.py tests/test_roundtrip_property.py tests/test_match_index.py \
              tests/test_sources_sheet_fuzz.py tests/test_codec.py tests/test_etdialect.py tests/test_plainrecord.py
fuzz: install exiftool
	CAPTIONIST_HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -n $(TEST_PROCS) --dist load --maxschedchunk 1 \
	  --timeout 0 --hypothesis-show-statistics $(FUZZ_TESTS) $(PYTEST_ARGS)

# The pure and single-process tests (tests/conftest.py lists their modules), well under a
# minute: run while working; `make test` runs everything.
test-fast: install exiftool
	$(BIN)/python -m pytest -m "not integration and not slow" $(PYTEST_ARGS)

bench: install exiftool fstools
	$(BIN)/python bench/run.py
	$(BIN)/python bench/daemon_bench.py
	$(BIN)/python bench/c2pa_bench.py
	$(BIN)/python bench/sheet_linear.py
	$(BIN)/python bench/records_load.py

bench-cluster: install exiftool servers
	$(BIN)/python bench/cluster_bench.py

# Regenerate the committed files derived from the code (tests fail when they are stale).
schema: install
	$(BIN)/captionist schema > schemas/caption-record.schema.json
	$(BIN)/captionist fields --markdown > docs/fields.md

clean:
	rm -rf $(VENV) build dist src/*.egg-info demo-out bench/out
