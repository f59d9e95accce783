"""Allow `python -m ita_tui`."""

from ita_tui.cli import main

if __name__ == "__main__":  # importing the module (as the no-UI test does) must not start the app
    raise SystemExit(main())
