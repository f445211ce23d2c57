"""The check's messages in the UI languages (English, Arabic, French); no Qt here.

The CLI prints them in the user's language and the app shows them in its UI language;
a message id missing from a language falls back to English.
"""

from __future__ import annotations

import os
from typing import Any

CATALOGUE: dict[str, dict[str, str]] = {
    "placeholder.boilerplate": {
        "en": "The “About” text is still the template's sample text; write your own (or change it in the template).",
        "ar": "نص «نبذة عن» ما زال النص النموذجي للقالب؛ اكتب نصك (أو غيّره في القالب).",
        "fr": "Le texte « À propos » est encore le texte d’exemple du modèle ; écrivez le vôtre (ou modifiez le modèle).",
    },
    "placeholder.text": {
        "en": "This text still holds the template's sample text.",
        "ar": "هذا النص ما زال يحوي النص النموذجي للقالب.",
        "fr": "Ce texte contient encore le texte d’exemple du modèle.",
    },
    "embargo.missing": {
        "en": "The release is embargoed but has no embargo time.",
        "ar": "البيان محظور النشر لكن لم يُحدَّد موعد رفع الحظر.",
        "fr": "Le communiqué est sous embargo mais n’a pas d’heure de levée.",
    },
    "embargo.invalid": {
        "en": "The embargo time “{value}” is not a date and time.",
        "ar": "موعد الحظر «{value}» ليس تاريخًا ووقتًا.",
        "fr": "L’heure d’embargo « {value} » n’est pas une date et une heure.",
    },
    "embargo.no_zone": {
        "en": "The embargo time {value} has no time zone; journalists elsewhere cannot tell when it ends.",
        "ar": "موعد الحظر {value} بلا منطقة زمنية؛ لن يعرف الصحفيون في أماكن أخرى متى ينتهي.",
        "fr": "L’heure d’embargo {value} n’a pas de fuseau horaire ; ailleurs, on ne sait pas quand il se lève.",
    },
    "embargo.past": {
        "en": "The embargo time {value} is in the past.",
        "ar": "موعد الحظر {value} قد مضى.",
        "fr": "L’heure d’embargo {value} est déjà passée.",
    },
    "contacts.none": {
        "en": "There is no press contact (in the release or the template).",
        "ar": "لا توجد جهة اتصال إعلامية (في البيان أو القالب).",
        "fr": "Il n’y a aucun contact presse (ni dans le communiqué ni dans le modèle).",
    },
    "speaker.missing": {
        "en": "Quote {number} has no speaker.",
        "ar": "الاقتباس {number} بلا قائل.",
        "fr": "La citation {number} n’a pas d’auteur.",
    },
    "headline.empty": {
        "en": "The headline is empty.",
        "ar": "العنوان فارغ.",
        "fr": "Le titre est vide.",
    },
    "email.invalid": {
        "en": "“{value}” is not a valid e-mail address.",
        "ar": "«{value}» ليس عنوان بريد إلكتروني صالحًا.",
        "fr": "« {value} » n’est pas une adresse électronique valide.",
    },
    "link.invalid": {
        "en": "“{value}” looks like a link but is not a valid web address.",
        "ar": "«{value}» يبدو رابطًا لكنه ليس عنوان ويب صالحًا.",
        "fr": "« {value} » ressemble à un lien mais n’est pas une adresse web valide.",
    },
    "spelling.word": {
        "en": "“{word}” may be misspelt.",
        "ar": "قد تكون «{word}» مكتوبة خطأً.",
        "fr": "« {word} » est peut-être mal orthographié.",
    },
    "spelling.no_dictionary": {
        "en": "No spelling dictionary for {name}: its words were not checked.",
        "ar": "لا يوجد قاموس تدقيق إملائي لـ{name}: لم تُدقَّق كلماتها.",
        "fr": "Pas de dictionnaire orthographique pour {name} : ses mots n’ont pas été vérifiés.",
    },
    "spelling.no_engine": {
        "en": "The spelling engine (the chunspell package) is not installed: spelling was not checked.",
        "ar": "محرك التدقيق الإملائي (حزمة chunspell) غير مثبت: لم يُدقَّق الإملاء.",
        "fr": "Le moteur orthographique (paquet chunspell) n’est pas installé : l’orthographe n’a pas été vérifiée.",
    },
    "headline.long": {
        "en": "The headline has {count} characters (more than {limit}).",
        "ar": "في العنوان {count} حرفًا (أكثر من {limit}).",
        "fr": "Le titre compte {count} caractères (plus de {limit}).",
    },
    "dateline.far": {
        "en": "The dateline date {value} is {days} days from today.",
        "ar": "تاريخ البيان {value} يبعد {days} يومًا عن اليوم.",
        "fr": "La date du communiqué, {value}, est à {days} jours d’aujourd’hui.",
    },
    "boilerplate.missing": {
        "en": "There is no “About” text for {language}.",
        "ar": "لا يوجد نص «نبذة عن» باللغة {language}.",
        "fr": "Il n’y a pas de texte « À propos » pour la langue {language}.",
    },
    "digits.mixed": {
        "en": "“{word}” mixes digit systems (e.g. 2 and ٢) in one number.",
        "ar": "يخلط «{word}» بين نظامي أرقام (مثل 2 و٢) في رقم واحد.",
        "fr": "« {word} » mélange des systèmes de chiffres (comme 2 et ٢) dans un même nombre.",
    },
    "brackets.unbalanced": {
        "en": "Unbalanced “{word}”: a bracket or quotation mark is not closed or not opened.",
        "ar": "«{word}» غير متوازن: قوس أو علامة تنصيص بلا إغلاق أو بلا فتح.",
        "fr": "« {word} » non équilibré : une parenthèse ou un guillemet n’est pas fermé ou pas ouvert.",
    },
    "bidi.controls": {
        "en": "This text holds invisible direction controls or control characters; export removes them.",
        "ar": "يحوي هذا النص محارف تحكم خفية في الاتجاه أو محارف تحكم؛ يحذفها التصدير.",
        "fr": "Ce texte contient des caractères de contrôle de direction invisibles ; l’export les supprime.",
    },
}


def message(message_id: str, ui_language: str = "en", **args: Any) -> str:
    """The message ``message_id`` in ``ui_language`` with ``args`` filled in."""
    texts = CATALOGUE.get(message_id, {})
    base = (ui_language or "en").replace("_", "-").split("-")[0].lower()
    text = texts.get(base) or texts.get("en") or message_id
    try:
        return text.format(**args)
    except (KeyError, IndexError, ValueError):
        return text


def cli_language() -> str:
    """The UI language for the command line: the settings' choice, else the environment's."""
    from pressdesk.settings import load_settings

    chosen = load_settings().ui_language
    if chosen:
        return chosen
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"):
        value = os.environ.get(var, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return value.split(":")[0].split(".")[0]
    return "en"
