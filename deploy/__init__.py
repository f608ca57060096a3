"""Deployments: where and when the flows run. No pipeline logic lives here."""
