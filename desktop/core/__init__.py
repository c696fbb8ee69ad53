"""The Qt-free core: loading, structure, facts, scripts, glosses, search and export."""
