"""careerbot ingest: corpus/ -> load -> chunk -> embed -> Chroma (idempotent)."""
