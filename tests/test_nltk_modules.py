"""NLTK's modules imported without their packages' ``__init__`` (``newscli.nltk_modules``): each in a fresh
interpreter, since the suite's network guard imports NLTK in full."""

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def run(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    return result.stdout.strip()


def test_the_modules_newscli_uses_import_without_nltks_packages():
    code = (
        "import sys; from newscli.nltk_modules import nltk_module\n"
        "for name in ('nltk.tokenize.punkt', 'nltk.tokenize.destructive', 'nltk.tag.perceptron', 'nltk.stem.porter'):\n"
        "    nltk_module(name)\n"
        "print(type(sys.modules['nltk']).__name__, 'nltk.parse' in sys.modules, 'nltk.tokenize.casual' in sys.modules)"
    )
    assert run(code) == "_DeferredPackage False False"


def test_a_deferred_package_runs_its_init_on_first_use_of_a_name_it_lacks():
    code = (
        "from newscli.nltk_modules import nltk_module; nltk_module('nltk.tokenize.punkt')\n"
        "import nltk; from nltk.tokenize import TweetTokenizer\n"
        "print(callable(nltk.download), type(nltk).__name__, TweetTokenizer().tokenize('a :-)'))"
    )
    assert run(code) == "True module ['a', ':-)']"


def test_a_full_import_of_nltk_is_kept():
    code = "import nltk; from newscli.nltk_modules import nltk_module; print(nltk_module('nltk.tokenize.punkt').__name__)"
    assert run(code) == "nltk.tokenize.punkt"


def test_deferred_modules_tokenize_as_a_full_import_does():
    text = "Mr. Smith paid $3.50 for it. \"Don't,\" he said -- twice."
    code = (
        "from newscli.nltk_modules import nltk_module\n"
        "punkt, words = nltk_module('nltk.tokenize.punkt'), nltk_module('nltk.tokenize.destructive')\n"
        f"print(list(punkt.PunktSentenceTokenizer().span_tokenize({text!r})), words.NLTKWordTokenizer().tokenize({text!r}))"
    )
    full = code.replace("from newscli.nltk_modules import nltk_module\n", "import nltk, importlib; nltk_module = importlib.import_module\n")
    assert run(code) == run(full)
