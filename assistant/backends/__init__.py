"""Thin adapters around the embedding model, the vector store and the LLM."""
