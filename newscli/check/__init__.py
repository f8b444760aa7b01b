"""``newscli check``: house rules for article text, each finding located by line and column.

    from newscli.check import check_document, load_config
    result = check_document(build_document(text), config=load_config())
"""

from .config import Config, ConfigError, default_config, load_config
from .engine import CheckResult, check_document
from .findings import Finding, Severity

__all__ = ["CheckResult", "Config", "ConfigError", "Finding", "Severity", "check_document", "default_config", "load_config"]
