"""`python -m captionist`: the command line."""

from captionist.start import run

run()
