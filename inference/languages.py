"""The languages a user can pick with /lang, with the names people recognise them by."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str
    english_name: str
    native_name: str
    script: str  # Unicode script name, used to validate native-script hashtags


LANGUAGES: dict[str, Language] = {
    lang.code: lang
    for lang in (
        Language("en", "English", "English", "Latin"),
        Language("hi", "Hindi", "हिन्दी", "Devanagari"),
        Language("bn", "Bengali", "বাংলা", "Bengali"),
        Language("ta", "Tamil", "தமிழ்", "Tamil"),
        Language("te", "Telugu", "తెలుగు", "Telugu"),
        Language("mr", "Marathi", "मराठी", "Devanagari"),
        Language("gu", "Gujarati", "ગુજરાતી", "Gujarati"),
        Language("kn", "Kannada", "ಕನ್ನಡ", "Kannada"),
        Language("ml", "Malayalam", "മലയാളം", "Malayalam"),
        Language("pa", "Punjabi", "ਪੰਜਾਬੀ", "Gurmukhi"),
        Language("or", "Odia", "ଓଡ଼ିଆ", "Oriya"),
        Language("as", "Assamese", "অসমীয়া", "Bengali"),
        Language("ur", "Urdu", "اردو", "Arabic"),
    )
}

DEFAULT_LANGUAGE = "en"


def normalise_language(code: str | None) -> str | None:
    """Map a user- or Telegram-supplied code (`ta`, `TA`, `pt-br`, `hi-IN`) to a supported code, or None."""
    if not code:
        return None
    base = code.strip().lower().replace("_", "-").split("-")[0]
    return base if base in LANGUAGES else None
