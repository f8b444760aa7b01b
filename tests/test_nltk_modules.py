"""NLTK's modules imported without their packages' ``__init__`` and kept out of ``sys.modules``
(``newscli.nltk_modules``): each test in a fresh interpreter, since the suite's network guard imports NLTK in full."""

from .conftest import fresh_interpreter as run

# Every analysis that imports NLTK: Punkt and the word tokenizer (the document), the tagger, the Porter stemmer
# (the summary) and textstat (the readability figures).
LOAD_ALL = (
    "from newscli.document import build_document\n"
    "from newscli.report import analyze_document\n"
    "analyze_document(build_document('Smith said on Monday that it would rain. Officials were running late.'))\n"
)


def test_newscli_leaves_no_nltk_module_in_sys_modules_and_skips_nltks_init():
    code = LOAD_ALL + (
        "import sys; from newscli import nltk_modules\n"
        "print([name for name in sys.modules if name.split('.')[0] == 'nltk'],\n"
        "      'nltk.tokenize.punkt' in nltk_modules._private, 'nltk.parse' in nltk_modules._private,\n"
        "      hasattr(nltk_modules._private['nltk'], 'download'))"
    )
    assert run(code) == "[] True False False"


def test_nltk_imported_afterwards_is_whole_and_its_own():
    code = LOAD_ALL + (
        "import nltk, nltk.corpus\n"
        "from nltk.tokenize import TweetTokenizer\n"
        "from nltk.stem.snowball import SnowballStemmer\n"
        "from newscli import nltk_modules\n"
        "print(callable(nltk.download), TweetTokenizer().tokenize('a :-)'), SnowballStemmer('english').stem('running'),\n"
        "      nltk.tokenize.punkt is nltk_modules._private['nltk.tokenize.punkt'])"
    )
    assert run(code) == "True ['a', ':-)'] run False"


def test_nltk_imported_first_is_the_one_newscli_uses():
    code = (
        "import nltk.tokenize.punkt\n"
        "from newscli.document import _sentence_tokenizer\n"
        "from newscli import nltk_modules\n"
        "print(isinstance(_sentence_tokenizer(), nltk.tokenize.punkt.PunktSentenceTokenizer), nltk_modules._private)"
    )
    assert run(code) == "True {}"


def test_private_modules_tokenize_as_nltk_in_full_does():
    text = "Mr. Smith paid $3.50 for it. \"Don't,\" he said -- twice."
    code = (
        "from newscli.nltk_modules import private_nltk\n"
        "with private_nltk():\n"
        "    from nltk.tokenize.punkt import PunktSentenceTokenizer\n"
        "    from nltk.tokenize.destructive import NLTKWordTokenizer\n"
        "    from nltk.stem.porter import PorterStemmer\n"
        f"print(list(PunktSentenceTokenizer().span_tokenize({text!r})), NLTKWordTokenizer().tokenize({text!r}),\n"
        "      [PorterStemmer().stem(word) for word in ('running', 'generously', 'agreed')])"
    )
    in_full = "import nltk, contextlib; private_nltk = contextlib.nullcontext\n"
    assert run(code) == run(code.replace("from newscli.nltk_modules import private_nltk\n", in_full))
