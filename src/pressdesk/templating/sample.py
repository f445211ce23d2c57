"""A short sample release in a template's language, for previews and thumbnails."""

from __future__ import annotations

from pressdesk.model.release import BodyBlock, Dateline, Release
from pressdesk.templating.newrelease import new_release
from pressdesk.templating.template import Template

# (headline, city, lead, quote, speaker, role) per base language
_TEXTS: dict[str, tuple[str, ...]] = {
    "ar": ("إطلاق برنامج إقليمي جديد لدعم المجتمعات المضيفة", "القاهرة",
           "أعلن المكتب اليوم عن برنامج جديد يمتد ثلاث سنوات لدعم ١٢ مجتمعاً مضيفاً في المنطقة، "
           "بالشراكة مع السلطات المحلية ومنظمات المجتمع المدني.",
           "هذا البرنامج خطوة عملية نحو خدمات أفضل للجميع.", "سارة منصور", "مديرة البرامج"),
    "en": ("New regional programme to support host communities", "Cairo",
           "The office today announced a three-year programme to support 12 host communities "
           "across the region, in partnership with local authorities and civil society.",
           "This programme is a practical step towards better services for everyone.",
           "Sara Mansour", "Programme Director"),
    "fr": ("Un nouveau programme régional pour les communautés d'accueil", "Rabat",
           "Le bureau a annoncé aujourd'hui un programme de trois ans en faveur de 12 "
           "communautés d'accueil de la région, avec les autorités locales.",
           "Ce programme est une étape concrète vers de meilleurs services pour tous.",
           "Sara Mansour", "directrice des programmes"),
    "fa": ("برنامه منطقه‌ای تازه برای حمایت از جوامع میزبان", "تهران",
           "این دفتر امروز برنامه‌ای سه‌ساله برای حمایت از ۱۲ جامعه میزبان در منطقه اعلام کرد.",
           "این برنامه گامی عملی به سوی خدمات بهتر برای همه است.", "سارا منصور", "مدیر برنامه‌ها"),
    "he": ("תוכנית אזורית חדשה לתמיכה בקהילות מארחות", "ירושלים",
           "המשרד הכריז היום על תוכנית תלת-שנתית לתמיכה ב-12 קהילות מארחות באזור.",
           "התוכנית היא צעד מעשי לשירותים טובים יותר לכולם.", "שרה מנסור", "מנהלת התוכניות"),
}
SAMPLE_DATE = "2026-03-15"


def sample_release(template: Template, language: str = "ar") -> Release:
    """The template's new release for ``language``, filled with a short sample text."""
    headline, city, lead, quote, speaker, role = _TEXTS.get(language.split("-")[0], _TEXTS["en"])
    release = new_release(template, language)
    release.headline = headline
    release.dateline = Dateline(city=city, date=SAMPLE_DATE)
    release.body = [BodyBlock(type="paragraph", text=lead),
                    BodyBlock(type="quote", text=quote, speaker=speaker, role=role)]
    return release
