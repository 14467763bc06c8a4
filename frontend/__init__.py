"""The web front end: the public chat, the staff admin area and the FastAPI server that embeds both (Gradio)."""
