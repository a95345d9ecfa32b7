"""Renderers: turning a report into terminal tables, JSON and the other output formats."""
