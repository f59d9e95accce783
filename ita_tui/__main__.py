"""Allow `python -m ita_tui`."""

from ita_tui.cli import main

raise SystemExit(main())
