"""Fetch one web page named on the command line, with the standard library (no client to install or import).

Redirects are followed (urllib's limit: 10); a page larger than ``--max-bytes`` is refused after reading one
byte more than the limit; the connection and each read time out after ``TIMEOUT_SECONDS``; the User-Agent
names newscli. Every failure is an ``InputError`` with a one-line message.
"""

from __future__ import annotations

from dataclasses import dataclass

from .input_checks import InputError, read_limited
from .version import __version__

TIMEOUT_SECONDS = 20
USER_AGENT = f"newscli/{__version__} (news article analysis; Python urllib)"
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain", "text/markdown"})


@dataclass(frozen=True)
class Page:
    data: bytes
    content_type: str
    charset: str | None

    @property
    def is_html(self) -> bool | None:
        """True for an HTML page, False for plain text; None: the server did not say, look at the text."""
        if self.content_type in HTML_TYPES:
            return True
        return False if self.content_type in TEXT_TYPES else None


def fetch(url: str, *, max_bytes: int) -> Page:
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html, text/plain;q=0.9"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            content_type = response.headers.get_content_type()
            if not (content_type in HTML_TYPES or content_type in TEXT_TYPES or content_type == "application/octet-stream"):
                raise InputError(url, f"not a web page or text (content type {content_type})")
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise InputError(url, f"larger than the {max_bytes:,}-byte limit (raise it with --max-bytes)")
            data = read_limited(response, url, max_bytes)
            return Page(data, content_type, response.headers.get_content_charset())
    except urllib.error.HTTPError as error:
        raise InputError(url, f"cannot be fetched (HTTP {error.code} {error.reason})") from None
    except urllib.error.URLError as error:
        raise InputError(url, f"cannot be fetched ({_reason(error.reason)})") from None
    except TimeoutError:
        raise InputError(url, f"cannot be fetched (no answer within {TIMEOUT_SECONDS} s)") from None
    except (OSError, ValueError) as error:  # a malformed URL, a connection reset while reading
        raise InputError(url, f"cannot be fetched ({_reason(error)})") from None


def _reason(reason: object) -> str:
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return " ".join(str(reason).split()) or type(reason).__name__
