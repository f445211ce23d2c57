"""Flowing blocks down pages: a single-frame page layout without ReportLab's platypus.

Importing ``reportlab.platypus`` costs about 150 ms per process (mostly the regular
expressions of its ``paragraph`` module, which we do not use); the few things PressDesk
needs of it are here: a frame that stacks blocks with collapsed spacing (the larger of
one block's space after and the next one's space before; none at the top of a page),
asks a block that does not fit to split, and moves it to the next page otherwise.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

_FUZZ = 1e-6


class LayoutError(RuntimeError):
    """A block that fits on no page (cannot happen with line-by-line splitting)."""


class Block:
    """What the frame needs of a block: its size, spacing, splitting and drawing."""

    spaceBefore: float = 0.0
    spaceAfter: float = 0.0
    keepWithNext: bool = False
    width: float = 0.0
    height: float = 0.0
    canv = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float, at_top: bool = False) -> list[Block]:
        """Parts that fill ``availHeight`` first; ``[]`` when no useful split exists."""
        return []

    def draw(self) -> None:
        """Draw at the origin, with ``self.canv`` set."""

    def drawOn(self, canv, x: float, y: float) -> None:
        canv.saveState()
        canv.translate(x, y)
        self.canv = canv
        try:
            self.draw()
        finally:
            self.canv = None
        canv.restoreState()


@dataclass
class Frame:
    """The body area of a page; ``y`` is the current position (top down)."""

    x: float
    bottom: float
    width: float
    top: float

    def __post_init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.y = self.top
        self.at_top = True
        self.prev_after = 0.0

    def _space(self, block: Block) -> float:
        return 0.0 if self.at_top else max(block.spaceBefore - self.prev_after, 0.0)

    def add(self, canv, block: Block) -> bool:
        """Draw ``block`` at the current position if it fits; return whether it did."""
        s = self._space(block)
        h = self.y - self.bottom - s
        if h <= 0:
            return False
        _w, bh = block.wrap(self.width, h)
        y = self.y - bh - s
        if y < self.bottom - _FUZZ:
            return False
        block.drawOn(canv, self.x, y)
        after = block.spaceAfter
        y -= after
        self.prev_after = after
        if y != self.y:
            self.at_top = False
        self.y = y
        return True

    def split(self, block: Block) -> list[Block]:
        h = self.y - self.bottom - self._space(block)
        return block.split(self.width, h, self.at_top) if h > 0 else []


def flow(canv, blocks: list[Block], frame: Frame, begin_page: Callable[[Any], None],
         end_page: Callable[[Any], None]) -> None:
    """Lay ``blocks`` out over as many pages as they need."""
    queue = list(blocks)
    begin_page(canv)
    empty_pages = 0
    while queue:
        block = queue.pop(0)
        if frame.add(canv, block):
            empty_pages = 0
            continue
        parts = frame.split(block)
        if parts:
            if not frame.add(canv, parts[0]):
                raise LayoutError("a block part does not fit where it was split to fit")
            queue[0:0] = parts[1:]
            empty_pages = 0
            continue
        if frame.at_top:
            empty_pages += 1
            if empty_pages > 2:
                raise LayoutError("a block is too large for any page")
        queue.insert(0, block)
        end_page(canv)
        frame.reset()
        begin_page(canv)
    end_page(canv)
