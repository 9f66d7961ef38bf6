"""Event Atlas dashboard: a Streamlit app over the extractor's GeoJSON."""
