"""Prefect flows: they wire tasks together and hold no logic of their own."""
