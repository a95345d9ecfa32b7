"""Let `python -m crosscheck` run the command-line tool."""

from crosscheck.cli import main

main()
