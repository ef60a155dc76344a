"""The checks of scripts/check-demo-data.py, one module per part of the demo data."""
