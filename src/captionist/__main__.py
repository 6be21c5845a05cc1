"""`python -m captionist`: the command line."""

from captionist.cli import main

main()
