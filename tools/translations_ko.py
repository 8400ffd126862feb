"""Korean translations of the interface, kept as data so a fresh lupdate never loses them.

``KO`` maps an English source text to Korean for every context; ``KO_BY_CONTEXT`` overrides
it for one (context, source) pair where the same English needs different Korean.
Run ``python tools/update_translations.py`` after editing this file.
"""

KO_BY_CONTEXT: dict[tuple[str, str], str] = {}

KO: dict[str, str] = {
    "&File": "파일(&F)",
}
