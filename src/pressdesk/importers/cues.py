"""Words that mark the parts of a release, in Arabic, English, French, Persian and Hebrew.

Phrases are matched on folded text (see ``key``), so Arabic hamza forms, ة/ه, ي/ی and diacritics
need not be written out. These are conventions of press releases, not a month list: dates come
from CLDR (months.py).
"""

from __future__ import annotations

import re
from functools import cache

from pressdesk.importers.months import fold

_MARKS = re.compile(r"[\u064b-\u065f\u0670\u0640\u05b0-\u05c7]")  # Arabic/Hebrew diacritics, tatweel


def key(text: str) -> str:
    """Folded text without diacritics, with single spaces, for comparing with cue phrases."""
    return re.sub(r"\s+", " ", _MARKS.sub("", fold(text).replace("\u200c", " "))).strip()


RELEASE_IMMEDIATE = [
    "للنشر الفوري", "للنشر فورا", "للنشر فوراً", "للنشر العاجل", "للبث والنشر الفوري",
    "for immediate release", "immediate release", "for release immediately", "for immediate publication",
    "pour diffusion immédiate", "pour publication immédiate", "diffusion immédiate", "publication immédiate",
    "pour diffusion immediate", "برای انتشار فوری", "انتشار فوری", "برای انتشار فوری و همگانی",
    "לפרסום מיידי", "להפצה מיידית", "לשחרור מיידי", "לפרסום מייד",
]
EMBARGO = [
    "يحظر النشر", "محظور النشر", "حظر النشر", "ممنوع النشر", "لا ينشر قبل", "لا يُنشر قبل", "عدم النشر قبل",
    "تحت الحظر", "للنشر بعد", "للنشر اعتبارا من", "يمنع النشر", "embargo", "embargoed", "under embargo",
    "not for publication before", "not for release before", "not for publication until",
    "not for release until", "not for broadcast before", "hold for release", "sous embargo",
    "ne pas diffuser avant", "ne pas publier avant", "diffusion autorisée à partir",
    "منع انتشار", "انتشار ممنوع", "ممنوع الانتشار", "تحت تحریم", "انتشار پیش از", "אמברגו",
    "אין לפרסם לפני", "אין לפרסם עד", "אסור בפרסום עד", "לא לפרסום לפני",
]
PRESS_RELEASE_LABEL = [
    "بيان صحفي", "بيان صحافي", "بيان إعلامي", "بيان للصحافة", "بيان مشترك", "خبر صحفي", "press release",
    "news release", "media release", "joint press release", "press statement", "communiqué de presse",
    "communiqué", "communiqué conjoint", "اطلاعیه مطبوعاتی", "بیانیه مطبوعاتی", "خبرنامه", "اطلاعیه",
    "הודעה לעיתונות", "הודעה לתקשורת", "הודעה לעיתונאים",
]
BACKGROUND = [
    "خلفية", "معلومات أساسية", "معلومات عامة", "معلومات خلفية", "نبذة تاريخية", "background",
    "background information", "context", "contexte", "historique", "informations générales", "rappel",
    "پیشینه", "پس‌زمینه", "پس زمینه", "زمینه", "سابقه", "רקע", "מידע רקע",
]
NOTES = [
    "ملاحظات للمحررين", "ملاحظة للمحررين", "ملاحظات إلى المحررين", "ملاحظة إلى المحررين",
    "ملاحظات للمحرر", "ملاحظة للمحرر", "ملاحظات للصحفيين", "ملاحظة للصحفيين", "ملاحظات", "notes to editors",
    "note to editors", "notes for editors", "note for editors", "editor's note", "editors' note",
    "editors' notes", "editor’s note", "note to editor", "notes to editor", "notes aux rédactions",
    "note aux rédactions", "notes aux rédacteurs", "note aux rédacteurs", "note à la rédaction",
    "notes à la rédaction", "notes à l'intention des rédactions", "à l'attention des rédactions",
    "یادداشت برای سردبیران", "یادداشت برای ویراستاران", "توضیح برای سردبیران", "یادداشت سردبیر",
    "یادداشت‌ها", "הערות לעורכים", "הערה לעורכים", "הערות למערכת", "לתשומת לב העורכים",
]
CONTACTS = [
    "للمزيد من المعلومات", "لمزيد من المعلومات", "للحصول على مزيد من المعلومات", "لمزيد من التفاصيل",
    "للمزيد من التفاصيل", "للاستفسارات", "للاستفسار", "للاستفسارات الإعلامية", "للتواصل", "للتواصل الإعلامي",
    "جهات الاتصال", "جهة الاتصال", "جهات الاتصال الإعلامي", "للاتصال", "الاتصال الإعلامي",
    "للتواصل مع الإعلام",
    "for more information", "for further information", "for more details", "for further details",
    "media contact", "media contacts", "press contact", "press contacts", "contact", "contacts",
    "for media enquiries", "for media inquiries", "media enquiries", "media inquiries", "media contact(s)",
    "contact presse", "contacts presse", "contact médias", "contacts médias", "contact média",
    "pour plus d'informations", "pour plus d’informations", "pour de plus amples informations",
    "pour en savoir plus", "relations presse", "relations médias", "برای اطلاعات بیشتر",
    "برای کسب اطلاعات بیشتر", "اطلاعات تماس", "تماس رسانه‌ای", "تماس رسانه ای", "تماس با رسانه‌ها",
    "راه‌های تماس", "לפרטים נוספים", "למידע נוסף", "אנשי קשר", "איש קשר", "אשת קשר", "לתקשורת",
    "דוברות", "לפניות תקשורת",
]
ABOUT = [
    "من نحن", "boilerplate", "نبذة عن", "نبذة عنا", "نبذة", "حول", "عن", "معلومات عن", "about",
    "à propos de", "à propos d'",
    "à propos d’", "à propos", "a propos de", "a propos", "درباره", "دربارهٔ", "درباره ما", "معرفی",
    "אודות", "על", "מי אנחנו",
]
SPEECH_VERBS = {
    # Arabic verbs come with و/ف/ثم in front and ت for a woman speaker; matched as stems
    "ar": ["قال", "اضاف", "اكد", "اوضح", "تابع", "صرح", "ذكر", "اشار", "لفت", "شدد", "اختتم", "علق", "نوه",
           "بين", "اعلن", "اعتبر", "اعرب", "قالت", "اضافت"],
    "en": ["said", "says", "added", "adds", "stated", "explained", "noted", "commented", "remarked",
           "continued", "emphasized", "emphasised", "stressed", "underlined", "concluded", "observed",
           "declared", "affirmed", "announced", "highlighted", "warned", "urged", "told", "according to"],
    "fr": ["a déclaré", "a dit", "a ajouté", "a expliqué", "a souligné", "a affirmé", "a indiqué",
           "a précisé", "a poursuivi", "a conclu", "a estimé", "a rappelé", "a insisté", "a noté",
           "a fait valoir", "a commenté", "a observé", "a averti", "a-t-il déclaré", "a-t-elle déclaré",
           "a-t-il ajouté", "a-t-elle ajouté", "a-t-il dit", "a-t-elle dit", "a-t-il souligné",
           "a-t-elle souligné", "a-t-il expliqué", "a-t-elle expliqué", "déclare", "ajoute", "explique",
           "souligne", "affirme", "indique", "précise", "poursuit", "conclut", "estime", "rappelle",
           "insiste", "selon", "dit"],
    "fa": ["گفت", "افزود", "اظهار داشت", "تصریح کرد", "اعلام کرد", "تاکید کرد", "تأکید کرد",
           "خاطرنشان کرد", "بیان کرد", "ادامه داد", "گفته است", "می‌گوید", "اضافه کرد"],
    "he": ["אמר", "אמרה", "אמר/ה", "הוסיף", "הוסיפה", "ציין", "ציינה", "הסביר", "הסבירה", "הדגיש", "הדגישה",
           "מסר", "מסרה", "סיכם", "סיכמה", "הבהיר", "הבהירה", "לדברי"],
}
PRONOUNS = ["he", "she", "they", "il", "elle", "ils", "elles", "הוא", "היא", "او", "وی"]
CONTACT_LABELS = [
    "البريد الإلكتروني", "بريد إلكتروني", "البريد الالكتروني", "الهاتف", "هاتف", "الجوال", "جوال", "المحمول",
    "موبايل", "واتساب", "فاكس", "email", "e-mail", "mail", "tel", "tel.", "telephone", "phone", "mobile",
    "cell", "whatsapp", "fax", "m", "t", "e", "courriel", "tél", "tél.", "téléphone", "portable", "mob",
    "ایمیل", "پست الکترونیک", "تلفن", "تلفن همراه", "موبایل", "همراه", "דוא\"ל", "דוא״ל", "טלפון", "טל'",
    "נייד", "פקס", "מייל", "الاسم", "name", "nom", "نام", "שם",
]


@cache
def keys(phrases: tuple[str, ...]) -> frozenset[str]:
    return frozenset(key(p) for p in phrases)


def bare(text: str) -> str:
    """The key of a short line without surrounding punctuation (": – *#")."""
    return key(text).strip(" :：-–—*#.،,;؛()[]")


_PREFIX = 200  # cue phrases are short: a long text is compared by its start only


def is_one_of(text: str, phrases: list[str]) -> bool:
    return len(text) <= _PREFIX and bare(text) in keys(tuple(phrases))


def starts_with(text: str, phrases: list[str]) -> str:
    """The longest cue phrase the text starts with (as a whole word), or ''."""
    k = key(text[:_PREFIX])
    best = ""
    for phrase in keys(tuple(phrases)):
        if k.startswith(phrase) and len(phrase) > len(best):
            rest = k[len(phrase):]
            if not rest or not rest[0].isalnum():
                best = phrase
    return best


def contains(text: str, phrases: list[str]) -> bool:
    k = f" {key(text)} "
    return any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", k) for p in keys(tuple(phrases)))
