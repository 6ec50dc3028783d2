"""Texts of the grants pages, Swedish and English (merged into ui.i18n)."""

SV: dict[str, str] = {}

EN: dict[str, str] = {}
