"""The weekly diary: what to plan for a week, built from the base (build), and the
scheduled run that writes, mails and remembers it (run)."""
