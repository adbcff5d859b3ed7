"""normalize: repair machine-translated English (from Arabic news) and report every edit."""

from .errors import InputError, NormalizeError, RulePackError, SelectionError
from .model import Edit, Flag, Problem, Result, apply_edits
from .pipeline import Normalizer, normalize_text
from .settings import NormalizerSettings

__version__ = "0.1.0"

__all__ = [
    "Edit",
    "Flag",
    "InputError",
    "NormalizeError",
    "Normalizer",
    "NormalizerSettings",
    "Problem",
    "Result",
    "RulePackError",
    "SelectionError",
    "apply_edits",
    "normalize_text",
]
