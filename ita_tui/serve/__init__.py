"""`ita-tui serve`: the app in a browser, one app process per logged-in session."""
