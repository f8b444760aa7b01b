import codecs

import pytest

from newscli.reader import InputError, decode, read_source


def test_utf8_with_bom_loses_the_bom():
    assert decode("a.txt", codecs.BOM_UTF8 + "Héllo.".encode()) == "Héllo."


def test_utf16_with_bom_is_decoded():
    assert decode("a.txt", "Tokyo talks.".encode("utf-16")) == "Tokyo talks."


def test_crlf_is_kept_so_offsets_match_the_file():
    assert decode("a.txt", b"One.\r\n\r\nTwo.") == "One.\r\n\r\nTwo."


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty or whitespace-only text"),
        (b" \n\t\r\n", "empty or whitespace-only text"),
        (b"abc\x00def", "binary data"),
        (b"caf\xe9 au lait", "not UTF-8 text"),
    ],
)
def test_bad_bytes_are_refused_with_the_problem_named(data, problem):
    with pytest.raises(InputError) as raised:
        decode("bad.txt", data)
    assert str(raised.value).startswith("bad.txt: ")
    assert problem in str(raised.value)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_source(str(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match="is a directory"):
        read_source(str(tmp_path))


def test_size_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("word " * 100)
    with pytest.raises(InputError, match="100-byte limit"):
        read_source(str(path), max_bytes=100)
    assert read_source(str(path), max_bytes=1000).text.startswith("word")


def test_reading_never_modifies_the_file(tmp_path):
    path = tmp_path / "a.txt"
    raw = codecs.BOM_UTF8 + b"One.\r\nTwo."
    path.write_bytes(raw)
    read_source(str(path))
    assert path.read_bytes() == raw
