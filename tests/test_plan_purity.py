"""The planner is pure (issue 15, item 5): importing it loads neither pyexiv2 nor the reader,
so planning can be reasoned about (and tested) without the native library."""
import subprocess
import sys


def test_importing_the_planner_loads_no_pyexiv2():
    code = ("import sys, captionist.plan\n"
            "bad = [m for m in ('pyexiv2', 'captionist.exiv', 'captionist.reader') if m in sys.modules]\n"
            "assert not bad, bad\n"
            "print('pure')\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "pure"


def test_canonical_value_lives_with_the_model():
    from captionist import model, plan
    assert plan.canonical_value is model.canonical_value
    # the record's JSON form: a date becomes ISO text, a rejected value becomes None
    assert model.canonical_value("dateCreated", "2024-03-05") == "2024-03-05"
    assert model.canonical_value("dateCreated", "not a date") is None
