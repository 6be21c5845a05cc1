"""Shared test helpers: the corpus, an independent reader (ExifTool), image factories."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path

import pytest

import hypothesis_profiles  # noqa: F401  (loads the Hypothesis profile before the test modules)
from exiftool_process import EXIFTOOL

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
SAMPLES = ROOT / "samples"

# `make test-fast`: the pure and single-process tests, the modules below (their few tests that
# run the CLI or child processes carry @pytest.mark.integration themselves). Every other test
# module starts servers, daemons, workers or the CLI, or walks a whole corpus: marked
# `integration` here, so `-m "not integration"` leaves them out. A new module is integration
# until it is listed.
FAST_MODULES = {
    "test_api_parts", "test_bad_records", "test_cli_records", "test_codec", "test_commands_sheet",
    "test_containers", "test_endmarkers", "test_etdialect", "test_extended_xmp", "test_formats",
    "test_match_index", "test_matching", "test_merge", "test_model", "test_places", "test_plan",
    "test_report", "test_schema", "test_sidecars", "test_sources_sheet",
    "test_sources_sheet_credits", "test_sources_sheet_fuzz", "test_sources_sheet_paragraphs",
    "test_templates", "test_variables", "test_writer", "test_write_shared",
}


# `make test` hands tests to its parallel test processes (pytest-xdist, --dist load) one at a
# time in collection order: these modules, with the longest tests (measured), go first, so that
# they run beside the many short ones instead of ending the run alone. Only the order changes.
LONG_MODULES = [
    "test_readme", "test_api_schemathesis", "test_kill_cli", "test_daemon_kill", "test_cluster", "test_places",
    "test_daemon", "test_faults", "test_fidelity", "test_cluster_api", "test_extended_xmp", "test_cluster_cancel",
    "test_match_index", "test_embed", "test_export", "test_provenance", "test_writer_leases", "test_formats",
    "test_api", "test_sources_store",
]
# Modules whose tests build on each other (one server's state, a coverage set the module's
# tests fill): the scheduler below sends all of a module's tests to one test process, in order.
ONE_PROCESS_MODULES = {"test_openapi_contract"}


def pytest_collection_modifyitems(config, items):
    for item in items:
        if item.path.stem not in FAST_MODULES:
            item.add_marker(pytest.mark.integration)
    first = {name: i for i, name in enumerate(LONG_MODULES)}
    items.sort(key=lambda item: first.get(item.path.stem, len(first)))    # stable: the rest keep their order


@pytest.hookimpl(tryfirst=True)
def pytest_xdist_make_scheduler(config, log):
    """pytest-xdist's `load` scheduling, except that the first test of a module in
    ONE_PROCESS_MODULES takes the module's other tests along to its process. (xdist's own
    grouping, --dist loadgroup/loadfile, keys tests by node id: schemathesis gives every API
    operation the same one, and under pytest 9 the group marks are not applied.)"""
    if config.getvalue("dist") != "load":
        return None
    from xdist.scheduler import LoadScheduling

    class Scheduler(LoadScheduling):
        def _send_tests(self, node, num: int) -> None:
            take = self.pending[:num]
            modules = {self.collection[i].split("::")[0] for i in take}
            together = {m for m in modules if Path(m).stem in ONE_PROCESS_MODULES}
            take += [i for i in self.pending[num:] if self.collection[i].split("::")[0] in together]
            if take:
                self.pending[:] = [i for i in self.pending if i not in take]
                self.node2pending[node].extend(take)
                node.send_runtest_some(take)

    return Scheduler(config, log)


if shutil.which("exiftool") is None:  # never skip: a missing reader is a failure
    raise RuntimeError("ExifTool is required by the tests: run `make test`, which installs it")


def exiftool(path: Path, *args: str) -> dict:
    """ExifTool's view of a file: tag names with family-1 groups (IPTC:, XMP-dc:, IFD0:...)."""
    out = EXIFTOOL.run(["-j", "-a", "-G1", "-struct", "-charset", "iptc=utf8", *args, str(path)])
    return json.loads(out.decode("utf-8"))[0]


def exiftool_many(paths: list[Path], *args: str) -> list[dict]:
    out = EXIFTOOL.run(["-j", "-a", "-G1", "-struct", *args, *map(str, paths)])
    return json.loads(out.decode("utf-8"))


def image_data_hash(path: Path) -> str:
    """Hash of the file with every metadata block stripped by ExifTool: the image data alone."""
    out = subprocess.run(["exiftool", "-all=", "-o", "-", str(path)], capture_output=True, check=True)
    return hashlib.sha256(out.stdout).hexdigest()


def make_jpeg(path: Path, size=(64, 48), *, camera: bool = True, quality: int = 90, seed: int = 1) -> Path:
    """A small JPEG with camera EXIF (Make, Model, DateTimeOriginal, serial, GPS)."""
    import random

    from PIL import Image

    # random pixels (noise does not compress: the file's size follows the image's), made in one
    # call: a Python loop over the pixels took seconds of CPU for the large images of the tests
    rnd = random.Random(seed)
    im = Image.frombytes("RGB", size, rnd.randbytes(size[0] * size[1] * 3))
    kw = {}
    if camera:
        exif = Image.Exif()
        exif[0x010F] = "Canon"
        exif[0x0110] = "Canon EOS R5"
        ifd = exif.get_ifd(0x8769)
        ifd[0x9003] = "2022:02:24 06:31:12"
        ifd[0x9011] = "+02:00"
        ifd[0xA431] = "012345678901"
        gps = exif.get_ifd(0x8825)
        gps[1] = "N"
        gps[2] = (49.0, 50.0, 7.0)
        gps[3] = "E"
        gps[4] = (36.0, 41.0, 8.0)
        kw["exif"] = exif.tobytes()
    im.save(path, "JPEG", quality=quality, **kw)
    return path


@pytest.fixture
def corpus() -> Path:
    return CORPUS


@pytest.fixture
def jpeg(tmp_path) -> Path:
    return make_jpeg(tmp_path / "photo.jpg")


@pytest.fixture(autouse=True)
def _private_journal(tmp_path_factory, monkeypatch):
    """`captionist embed` journals its runs in the XDG state folder: keep the tests' runs out
    of the real one (subprocesses inherit the variable)."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path_factory.mktemp("state")))
    monkeypatch.delenv("CAPTIONIST_JOURNAL", raising=False)


@pytest.fixture(scope="session")
def postgres_server():
    """One private PostgreSQL for the whole run (under pytest-xdist, one per worker process):
    initdb and a first start cost seconds, so tests share the server and each gets its own
    database (`postgres_db`). Started on first use only."""
    from cluster_helpers import Postgres
    server = Postgres().start()
    yield server
    server.destroy()


@pytest.fixture
def postgres_db(postgres_server, request):
    """A fresh database for this test on the shared server. A test may stop the server (an
    outage); it is running again for the next test whatever happened."""
    import re

    from cluster_helpers import Database
    name = "t_" + re.sub(r"[^a-z0-9_]", "_", request.node.name.removeprefix("test_").lower())[:50]
    db = Database(postgres_server, name)
    yield db
    if not db.running():
        postgres_server.start()


def cli_commands() -> dict:
    """Every command of the CLI by name, the lazily registered ones (commands/*) included."""
    from captionist.cli import main
    return {name: main.get_command(None, name) for name in main.list_commands(None)}

