"""Package names that import their module on first use (PEP 562), for packages whose
importers must not pay for everything inside (the facts model without the extractor,
the translation package without sqlite3 or the providers, the library without its indexer)."""

from __future__ import annotations

import importlib
import sys


def module_getattr(package: str, modules: dict[str, str]):
    """A module-level ``__getattr__`` for ``package``: ``modules`` maps a name to the submodule
    (relative, ``".cache"``) that defines it; the value is kept in the package once looked up."""

    def __getattr__(name: str):  # noqa: N807 - a package's module __getattr__ (PEP 562)
        module = modules.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, package), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
