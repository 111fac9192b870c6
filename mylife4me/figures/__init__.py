"""Figures for staff, counted on the server without tracking anyone. See registry.py to add a section."""
