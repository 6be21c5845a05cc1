"""`start.leave` (issue 14): after an `embed` the process ends without the interpreter's
teardown, but as a normal exit would end it: the exit code, the exit handlers, a thread still
running joined, stdout and stderr whole (buffered, not a terminal), the journal closed."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

from conftest import CORPUS

# an exit handler and a non-daemon thread that writes only once the main thread is done (at the
# exit), both of which a normal exit waits for
_PROBE = ("import atexit, sys, threading, time\n"
          "atexit.register(lambda: sys.stderr.write('HANDLER RAN\\n'))\n"
          "def late():\n"
          "    threading.main_thread().join()\n"
          "    time.sleep(0.1)\n"
          "    sys.stdout.write('THREAD DONE\\n')\n"
          "threading.Thread(target=late).start()\n"
          "sys.argv[0] = 'captionist'\n"
          "from captionist.start import run\n"
          "run()\n")


def _embed(tmp_path, *names: str) -> tuple[subprocess.CompletedProcess, object]:
    for name in names:
        (tmp_path / name).write_bytes((CORPUS / "formats" / "IPTC.jpg").read_bytes())
    records = tmp_path / "records.json"
    records.write_text(json.dumps([{"id": "AMS-7", "headline": "Een kop", "match": {"file": "AMS-7*.jpg"}}]))
    journal = tmp_path / "journal.sqlite"
    out = subprocess.run([sys.executable, "-c", _PROBE, "embed", *(str(tmp_path / n) for n in names),
                          str(tmp_path / "gone.jpg"), "--records", str(records), "--journal", str(journal)],
                         capture_output=True, text=True)
    return out, journal


def test_an_embed_that_failed_a_file_exits_1_after_its_handlers_threads_and_output(tmp_path):
    out, journal = _embed(tmp_path, "AMS-71.jpg", "AMS-72.jpg")
    assert out.returncode == 1, out.stderr              # gone.jpg failed
    assert "HANDLER RAN" in out.stderr
    assert out.stdout.rstrip().endswith("THREAD DONE")   # joined before the exit, and flushed
    assert "AMS-71.jpg: written" in out.stdout and "AMS-72.jpg: written" in out.stdout
    assert "2 written" in out.stderr and "journal: run cli-" in out.stderr
    con = sqlite3.connect(journal)
    try:
        rows = con.execute("SELECT name, status FROM files ORDER BY name").fetchall()
        ended = con.execute("SELECT ended FROM runs").fetchone()[0]
    finally:
        con.close()
    assert rows == [("AMS-71.jpg", "written"), ("AMS-72.jpg", "written"), ("gone.jpg", "failed")]
    assert ended is not None                             # end_run written and the journal closed


def test_leave_takes_what_sys_exit_takes(tmp_path):
    for code, want, err in (("None", 0, ""), ("3", 3, ""), ("'bad thing'", 1, "bad thing")):
        out = subprocess.run([sys.executable, "-c", f"from captionist.start import leave; leave({code})"],
                             capture_output=True, text=True)
        assert (out.returncode, out.stderr.strip()) == (want, err)


def test_a_command_that_did_not_ask_for_it_exits_the_ordinary_way():
    out = subprocess.run([sys.executable, "-c", "import sys; sys.argv[0] = 'captionist'\n"
                          "from captionist.start import run\nrun()", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.strip()
