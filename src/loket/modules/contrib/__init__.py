"""In-tree service modules: one Django app per folder, each registered through the `loket.modules`
entry point in pyproject.toml, exactly as a module from another package would be."""
