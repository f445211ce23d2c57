"""Hypothesis strategies that generate releases in every script we support, with noise."""

from __future__ import annotations

from hypothesis import strategies as st

from pressdesk.model import BodyBlock, Contact, Release
from pressdesk.model.release import Dateline, ReleaseLine

ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهوية" + "ءآأؤإئ"
PERSIAN = "پچژگکی" + "ابتسشمن"
HEBREW = "אבגדהוזחטיכלמנסעפצקרשת" + "ךםןףץ"
LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèàçôÉ"
LATIN_DIGITS = "0123456789"
ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
HARAKAT = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"
PUNCT = ".,;:!?()[]«»\"'-–—/%+@#&،؛؟"
CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u200b\u200c\u200d\ufeff"
FORBIDDEN = "\x00\x01\x08\x0b\x0c\x0e\x1f\ufffe"
EMOJI = "😀🌍🇪🇬👍🏽"
LANGUAGES = ["ar", "ar-EG", "ar-IQ", "ar-MA", "en", "fr", "fa", "he"]


def _word(alphabet: str) -> st.SearchStrategy[str]:
    return st.text(alphabet=alphabet, min_size=1, max_size=12)


arabic_word = st.builds(
    lambda w, h: w + h, _word(ARABIC), st.text(alphabet=HARAKAT, max_size=2)
)
word = st.one_of(
    arabic_word,
    _word(PERSIAN),
    _word(HEBREW),
    _word(LATIN),
    _word(LATIN_DIGITS),  # one digit system per number, as people type them
    _word(ARABIC_DIGITS),
    st.sampled_from(["(IMRF)", "2030 Agenda", "telyan@iom.int", "https://example.org/a/b?c=1",
                     "+20 2 1234 5678", "45%", "1,234.56", "ـــ", "COVID-19"]),
)
noise = st.one_of(
    st.text(alphabet=PUNCT, min_size=1, max_size=2),
    st.text(alphabet=CONTROLS, min_size=1, max_size=2),
    st.text(alphabet=FORBIDDEN, min_size=1, max_size=1),
    st.sampled_from(list(EMOJI)),
    st.just("\n"),
)


@st.composite
def field_text(draw: st.DrawFn, max_words: int = 30) -> str:
    parts = draw(st.lists(st.one_of(word, word, word, noise), max_size=max_words))
    return " ".join(parts)


@st.composite
def releases(draw: st.DrawFn) -> Release:
    body = draw(
        st.lists(
            st.one_of(
                st.builds(BodyBlock, type=st.just("paragraph"), text=field_text()),
                st.builds(BodyBlock, type=st.just("quote"), text=field_text(),
                          speaker=field_text(3), role=field_text(4), lead_in=field_text(1)),
            ),
            max_size=5,
        )
    )
    embargo = draw(st.booleans())
    return Release(
        language=draw(st.sampled_from(LANGUAGES)),
        template=draw(st.sampled_from(["classic", "modern", "minimal"])),
        release=ReleaseLine("embargoed", "2026-12-03T10:00:00+02:00") if embargo else ReleaseLine(),
        headline=draw(field_text(12)),
        subheadline=draw(field_text(12)),
        dateline=Dateline(city=draw(field_text(2)), date=draw(st.sampled_from(["", "2021-11-30"]))),
        body=body,
        background=draw(st.lists(field_text(), max_size=2)),
        contacts=draw(st.lists(st.builds(Contact, name=field_text(3), role=field_text(3),
                                         email=st.sampled_from(["", "a@example.org", "x y"]),
                                         phone=st.sampled_from(["", "+962 6 123 4567"])),
                               max_size=2)),
        boilerplate=draw(st.one_of(st.none(), field_text())),
        notes_to_editors=draw(st.lists(field_text(), max_size=2)),
        digits=draw(st.sampled_from([None, "latn", "arab", "arabext"])),
    )
