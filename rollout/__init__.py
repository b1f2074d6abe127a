"""Askeleet: track, chart and map the rollout of a service, step by step."""
