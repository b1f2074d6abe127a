"""Askeleet: page setup, sign-in and the menu of the signed-in user's role (rollout/ui/shell)."""
from rollout.ui.shell import run_app

run_app()
