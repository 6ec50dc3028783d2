"""The Streamlit side: URL state, translations, formatting, cached data, charts and tables.

Pages compose these; nothing here runs SQL of its own (that is `dash_beredskap.queries`).
"""
