"""compose(release, template) -> Document: the one place that decides words, order and direction."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from pressdesk.compose.dateline import format_dateline, format_embargo
from pressdesk.compose.digits import to_digits
from pressdesk.compose.direction import block_language, language_direction, text_direction
from pressdesk.compose.document import (
    HEADING_ROLES,
    Block,
    Direction,
    Document,
    Identity,
    ListItem,
    Metadata,
    PageFurniture,
    Role,
    Run,
    RunKind,
)
from pressdesk.compose.images import LoadedImages
from pressdesk.compose.inline import clean_text, markup_runs, markup_text, split_runs
from pressdesk.compose.labels import labels_for
from pressdesk.model.markup import escape
from pressdesk.model.release import BodyBlock, Contact, Release
from pressdesk.templating.template import Template


def compose(release: Release, template: Template, images: LoadedImages | None = None
            ) -> Document:
    """Build the renderer-neutral document for a release with a template.

    ``images`` are the release's photos, loaded and checked beforehand
    (:func:`pressdesk.compose.images.load_images`); compose itself reads no files, and
    an image block whose photo is not among them keeps only its caption and credit.
    """
    return _Composer(release, template, images).document()


class _Composer:
    def __init__(self, release: Release, template: Template,
                 images: LoadedImages | None = None) -> None:
        self.release = release
        self.template = template
        self.images = images or LoadedImages()
        self.lists = 0
        self.language = release.language or "en"
        self.direction = language_direction(self.language)
        self.labels = labels_for(self.language, template.label_overrides(self.language))
        settings = template.settings
        self.digits = release.digits or settings["dateline"]["digits"]
        self.quote_style = settings["quote"]["style"]
        self.english = settings["spelling"]["english"]
        self.org = clean_text(template.text_for("identity", "name", self.language))
        self.blocks: list[Block] = []

    # --- blocks ---------------------------------------------------------------------------
    def add(self, role: Role, text: str, runs: list[Run] | None = None, *,
            markup: bool = False, list_item: ListItem | None = None) -> None:
        """A block for ``text`` (plain, or with inline markup), after ``runs``."""
        text = clean_text(text)
        shown = markup_text(text) if markup else text
        if not shown.strip() and not runs:
            return
        direction = text_direction(shown, self.direction)
        if not text:
            body_runs: list[Run] = []
        elif markup:
            body_runs = markup_runs(text, direction)
        else:
            body_runs = split_runs(text, direction)
        language = block_language(shown, direction, self.language, self.english)
        self.blocks.append(Block(role, tuple((runs or []) + body_runs), direction,
                                 language, list_item=list_item))

    def document(self) -> Document:
        r = self.release
        if r.release.kind == "embargoed":
            self.add(
                Role.RELEASE_LINE,
                format_embargo(r.release.until or "", self.language, self.labels, self.digits),
            )
        else:
            self.add(Role.RELEASE_LINE, self.labels["release_immediate"])
        self.add(Role.HEADLINE, r.headline)
        self.add(Role.SUBHEADLINE, r.subheadline)
        self._body()
        background = [t for t in r.background if markup_text(t).strip()]
        if background:
            self.add(Role.BACKGROUND_HEADING, self.labels["background_heading"])
            for text in background:
                self.add(Role.BACKGROUND, text, markup=True)
        self._contacts(r.contacts)
        self._boilerplate()
        notes = [t for t in r.notes_to_editors if markup_text(t).strip()]
        if notes:
            self.add(Role.NOTES_HEADING, self.labels["notes_heading"])
            for text in notes:
                self.add(Role.NOTE, text, markup=True)
        self.add(Role.END_MARK, self.labels["end_mark"])
        return self._finish()

    def _body(self) -> None:
        r = self.release
        dateline = format_dateline(
            clean_text(r.dateline.city), r.dateline.date, self.language, self.labels, self.digits
        )
        dateline_run = [Run(dateline, RunKind.DATELINE, bold=True)] if dateline else []
        blocks = [b for b in r.body if _has_content(b)]
        if (not blocks or blocks[0].type != "paragraph") and dateline_run:
            self.add(Role.LEAD, "", dateline_run)  # the dateline still opens the body
            dateline_run = []
        for i, block in enumerate(blocks):
            if block.is_quote:
                self._quote(block)
            elif block.is_image:
                self._figure(block)
            elif block.is_list:
                self._list(block)
            elif i == 0 and dateline_run:
                text = clean_text(block.text)
                if text_direction(markup_text(text), self.direction) is not self.direction:
                    # an English lead in an Arabic release
                    dateline_run = isolate_dateline(dateline_run, self.direction)
                self.add(Role.LEAD, text, dateline_run, markup=True)
            else:
                self.add(Role.PARAGRAPH, block.text, markup=True)

    def _figure(self, block: BodyBlock) -> None:
        image = self.images.get(block.src)
        if image is not None:
            alt = clean_text(block.alt).strip() or clean_text(block.caption).strip()
            image = replace(image, alt=alt)
            self.blocks.append(Block(Role.FIGURE, (), self.direction, self.language,
                                     image=image))
        self.add(Role.CAPTION, block.caption)
        self.add(Role.CREDIT, block.credit)

    def _list(self, block: BodyBlock) -> None:
        self.lists += 1
        items = [t for t in block.items if markup_text(t).strip()]
        for n, text in enumerate(items, 1):
            marker = f"{to_digits(str(n), self.digits)}." if block.ordered else BULLET
            item = ListItem(self.lists, block.ordered, n, marker)
            self.add(Role.LIST_ITEM, text, markup=True, list_item=item)

    def _quote(self, block: BodyBlock) -> None:
        text = clean_text(block.text).strip()  # inline markup; everything else is plain
        speaker = escape(clean_text(block.speaker).strip())
        role = escape(clean_text(block.role).strip())
        lead_in = escape(clean_text(block.lead_in).strip())
        lab = {k: escape(v) if isinstance(v, str) else v for k, v in self.labels.items()}
        if self.quote_style == "pull":
            self.add(Role.QUOTE, f"{lab['quote_open']}{text}{lab['quote_close']}", markup=True)
            if speaker:
                key = "quote_attribution" if role else "quote_attribution_no_role"
                self.add(Role.QUOTE_ATTRIBUTION, lab[key].format(speaker=speaker, role=role),
                         markup=True)
            return
        if not speaker:
            self.add(Role.QUOTE, f"{lab['quote_open']}{text}{lab['quote_close']}", markup=True)
            return
        lead_in = lead_in or lab.get("quote_default_lead_in", "")
        key = "quote_inline"
        if lead_in and "quote_inline_lead" in lab:
            key = "quote_inline_lead"
        if not role:
            key += "_no_role"
        self.add(
            Role.QUOTE,
            lab[key].format(
                lead_in=lead_in,
                speaker=speaker,
                role=role,
                open=lab["quote_open"],
                close=lab["quote_close"],
                text=text,
                text_said=_said(text),
                text_bare=text[:-1] if text.endswith(".") else text,
            ).strip(),
            markup=True,
        )

    def _contacts(self, contacts: list[Contact]) -> None:
        lab = self.labels
        filled = [c for c in contacts if any(clean_text(v).strip() for v in _contact_fields(c))]
        if not filled:
            defaults = self.template.settings.get("identity", {}).get("contacts", [])
            filled = [
                Contact(name=str(d.get("name", "")), role=str(d.get("role", "")),
                        email=str(d.get("email", "")), phone=str(d.get("phone", "")))
                for d in defaults
            ]
        if not filled:
            return
        self.add(Role.CONTACTS_HEADING, lab["contacts_heading"])
        sep = lab["list_separator"]
        for c in filled:
            lines = [sep.join(p for p in (c.name.strip(), c.role.strip()) if p)]
            if c.email.strip():
                lines.append(f"{lab['email_label']}: {c.email.strip()}")
            if c.phone.strip():
                lines.append(f"{lab['phone_label']}: {c.phone.strip()}")
            self.add(Role.CONTACT, "\n".join(line for line in lines if line))

    def _boilerplate(self) -> None:
        text = self.release.boilerplate
        if text is None:
            text = self.template.text_for("identity", "boilerplate", self.language)
        if not clean_text(text).strip():
            return
        heading = self.labels["about_heading"].format(organisation=self.org or "")
        self.add(Role.BOILERPLATE_HEADING, heading.strip())
        for para in re.split(r"\n\s*\n", text):
            self.add(Role.BOILERPLATE, para.strip())

    def _kept_together(self) -> tuple[Block, ...]:
        """Blocks with ``keep_with_next`` decided: headings and what the template keeps, and a
        pull quote with its attribution."""
        styles = self.template.styles
        blocks = self.blocks
        out = []
        for k, block in enumerate(blocks):
            style = styles.get(block.role)
            after = blocks[k + 1].role if k + 1 < len(blocks) else None
            keep = (block.role in HEADING_ROLES or bool(style and style.keep_with_next)
                    or (block.role is Role.QUOTE and after is Role.QUOTE_ATTRIBUTION)
                    or (block.role is Role.FIGURE and after in (Role.CAPTION, Role.CREDIT))
                    or (block.role is Role.CAPTION and after is Role.CREDIT))
            out.append(replace(block, keep_with_next=True) if keep else block)
        return tuple(out)

    def _subject(self) -> str:
        """The subheadline, or else the lead's first sentence (the document's Subject)."""
        sub = clean_text(self.release.subheadline).strip()
        if sub:
            return sub
        lead = next((b for b in self.blocks if b.role in (Role.LEAD, Role.PARAGRAPH)), None)
        if lead is None:
            return ""
        body = "".join(r.text for r in lead.runs if r.kind is not RunKind.DATELINE)
        return _first_sentence(body)

    def _finish(self) -> Document:
        r = self.release
        settings = self.template.settings
        header: dict[str, Any] = settings.get("header", {})
        header_text = self.template.text_for("header", "text", self.language)
        if not header_text and header.get("show_name", True):
            header_text = self.org
        footer = settings.get("footer", {})
        return Document(
            language=self.language,
            direction=self.direction,
            blocks=self._kept_together(),
            styles=self.template.styles,
            page=self.template.page(),
            identity=Identity(
                name=self.org,
                logo=self.template.logo if header.get("show_logo", True) else None,
                accent=self.template.color("accent"),
            ),
            furniture=PageFurniture(
                header_text=clean_text(header_text),
                show_logo=bool(header.get("show_logo", True)),
                footer_text=clean_text(self.template.text_for("footer", "text", self.language)),
                page_label=self.labels["page_label"] if footer.get("page_numbers", True) else "",
                digits=self.digits,
            ),
            metadata=Metadata(
                title=clean_text(r.headline).strip(),
                author=self.org,
                subject=self._subject(),
                keywords=tuple(clean_text(k) for k in r.keywords if k.strip()),
                date=r.dateline.date,
            ),
            template_id=self.template.id,
        )


BULLET = "•"


def _first_sentence(text: str, limit: int = 200) -> str:
    """The first sentence of a paragraph, cut at a word boundary if it is long."""
    match = re.search(r"[.!?؟۔](\s|$)", text)
    sentence = text[: match.end()].strip() if match else text.strip()
    if len(sentence) > limit:
        sentence = sentence[:limit].rsplit(" ", 1)[0] + "…"
    return sentence


def _has_content(block: BodyBlock) -> bool:
    if block.is_image:
        return bool(block.src.strip() or block.caption.strip() or block.credit.strip())
    if block.is_list:
        return any(markup_text(t).strip() for t in block.items)
    return bool(markup_text(block.text).strip() or (block.is_quote and block.speaker.strip()))


def _contact_fields(c: Contact) -> tuple[str, ...]:
    return (c.name, c.role, c.email, c.phone)


def _said(text: str) -> str:
    """English-style attribution: a quote's closing full stop becomes a comma."""
    text = text.rstrip()
    if text.endswith("."):
        return text[:-1] + ","
    if text.endswith(("?", "!", ",", "…")):
        return text
    return text + ","


def isolate_dateline(runs: list[Run], direction: Direction) -> list[Run]:
    """The dateline isolated in the release's direction inside an opposite-direction lead.

    "1 ديسمبر 2026، القاهرة" keeps its order in an English paragraph; the separator after
    it (" - ") stays outside the isolate, so it sits between the dateline and the text.
    """
    out: list[Run] = []
    for run in runs:
        core = run.text.rstrip(" -–—:\u00a0")
        out.append(replace(run, text=core, direction=direction))
        if core != run.text:
            out.append(replace(run, text=run.text[len(core):]))
    return out

