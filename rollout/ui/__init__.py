"""The only streamlit-aware helpers: session factory, language, widgets, formatting."""
