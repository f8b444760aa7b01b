"""NLTK's modules that newscli uses, imported without first running the ``__init__`` of every NLTK package above.

``from nltk.tokenize.punkt import …`` runs ``nltk/__init__.py`` first, which imports nearly all of NLTK (parsers,
semantics, corpus readers, the downloader, with ``email`` and ``http.client`` under them), then
``nltk/tokenize/__init__.py``, which imports every tokenizer: about a fifth of the instructions of a one-article
``newscli analyze``, for the handful of modules (Punkt, the word tokenizer, the perceptron tagger, the Porter
stemmer) it uses. Those modules import what they need themselves, so their packages' ``__init__`` can wait.

``nltk_module`` puts NLTK's packages (``DEFERRED_PACKAGES``) into ``sys.modules`` as ``_DeferredPackage``: the real
package module, made from its own import spec, with its path and every module attribute the import system sets,
whose ``__init__`` has not run. Its submodules import from it as usual. The first time anyone looks up a name the
package does not hold yet (``nltk.download``, ``from nltk import word_tokenize``, ``import *``), its ``__init__``
runs in it, as an import would have run it, and the lookup is answered: code that uses NLTK's packages in full
still finds all of them. Where NLTK is imported already, nothing is deferred.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from functools import cache

DEFERRED_PACKAGES = ("nltk", "nltk.tokenize", "nltk.tag", "nltk.stem")


def nltk_module(name: str) -> types.ModuleType:
    """The NLTK module ``name`` (such as ``nltk.tokenize.punkt``), imported without its packages' ``__init__``."""
    _defer_packages()
    return importlib.import_module(name)


class _DeferredPackage(types.ModuleType):
    """A package module whose ``__init__`` runs on the first look-up of a name it does not hold that is not one
    of its submodules (``from nltk import redos`` imports ``nltk.redos``, as it would from the package in full)."""

    def __getattr__(self, name: str):
        submodule = f"{self.__name__}.{name}"
        if not name.startswith("__") and importlib.util.find_spec(submodule) is not None:
            return importlib.import_module(submodule)
        self.__class__ = types.ModuleType  # once: a name the ``__init__`` looks up before defining it stays missing
        self.__spec__.loader.exec_module(self)
        return getattr(self, name)


@cache
def _defer_packages() -> None:
    if "nltk" in sys.modules:
        return
    for name in DEFERRED_PACKAGES:  # parents first: a subpackage's spec is found on its parent's path
        spec = importlib.util.find_spec(name)
        if spec is None or spec.loader is None:  # NLTK missing: the import says so
            return
        package = importlib.util.module_from_spec(spec)
        package.__class__ = _DeferredPackage
        sys.modules[name] = package
        parent, _, child = name.rpartition(".")
        if parent:
            setattr(sys.modules[parent], child, package)
