"""normalize: repair machine-translated English (from Arabic news) and report every edit."""

from .edits import Edit, Flag, apply_edits
from .errors import InputError, NormalizeError, RulePackError, SelectionError
from .pipeline import Normalizer, Result, normalize_text
from .stages import Problem

__version__ = "0.1.0"

__all__ = [
    "Edit",
    "Flag",
    "InputError",
    "NormalizeError",
    "Normalizer",
    "Problem",
    "Result",
    "RulePackError",
    "SelectionError",
    "apply_edits",
    "normalize_text",
]
