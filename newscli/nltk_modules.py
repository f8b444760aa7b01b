"""NLTK's modules that newscli uses, imported without NLTK's package ``__init__`` files, and kept to newscli.

``from nltk.tokenize.punkt import …`` first runs ``nltk/__init__.py``, which imports nearly all of NLTK (parsers,
semantics, corpus readers, the downloader, with ``email`` and ``http.client`` under them), then
``nltk/tokenize/__init__.py``, which imports every tokenizer: about a tenth of the instructions of a one-article
``newscli analyze``, for the few modules newscli uses (Punkt, the word tokenizer, the Porter stemmer, and the
perceptron tagger's class to train). Those modules import what they need themselves, so their packages'
``__init__`` is not needed.

Inside ``private_nltk()``, NLTK's packages are in ``sys.modules`` as bare package modules (made from their own
import specs, their ``__init__`` not run), so an import in the block loads the module it names and those it
imports, nothing more. When the block ends, every NLTK module is taken out of ``sys.modules`` again and kept
here for the next block. A later ``import nltk`` anywhere in the process (a program using NLTK beside newscli's
API) therefore imports NLTK in full, as if newscli had not touched it, and gets its own module objects: the two
never share a half-initialised package, which is what a package left in ``sys.modules`` uninitialised broke.
Where NLTK is already imported (in full, by the program), a block imports from it as usual.

A block holds a lock, so that two threads' first analyses do not interleave their blocks; a thread that imports
NLTK itself while a block runs (a few hundredths of a second, once a process) is not kept out.
"""

from __future__ import annotations

import contextlib
import importlib.util
import sys
import threading
from collections.abc import Iterator
from types import ModuleType

# The packages whose ``__init__`` is skipped: NLTK and those of the modules newscli imports. Parents first: a
# subpackage's spec is found on its parent's path.
PACKAGES = ("nltk", "nltk.tokenize", "nltk.tag", "nltk.stem")

_private: dict[str, ModuleType] = {}  # NLTK's modules loaded in earlier blocks, out of sys.modules between them
_lock = threading.RLock()


@contextlib.contextmanager
def private_nltk() -> Iterator[None]:
    """NLTK's modules imported in the block without their packages' ``__init__``, and out of ``sys.modules`` after."""
    with _lock:
        if "nltk" in sys.modules:  # NLTK imported in full, or a block already open
            yield
            return
        if _private:
            sys.modules.update(_private)
        else:
            _add_bare_packages()
        try:
            yield
        finally:
            for name in [name for name in sys.modules if name == "nltk" or name.startswith("nltk.")]:
                _private[name] = sys.modules.pop(name)


def _add_bare_packages() -> None:
    """NLTK's ``PACKAGES`` into ``sys.modules``, each made from its import spec, its ``__init__`` not run."""
    for name in PACKAGES:
        spec = importlib.util.find_spec(name)  # a subpackage's on its parent's path (the parent, bare, imported)
        if spec is None:  # NLTK missing: the import in the block says so
            return
        package = importlib.util.module_from_spec(spec)
        sys.modules[name] = package
        parent, _, child = name.rpartition(".")
        if parent:
            setattr(sys.modules[parent], child, package)
