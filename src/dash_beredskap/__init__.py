"""Beredskapsläget: supply-preparedness dashboard."""
