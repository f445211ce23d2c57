"""What the spec leaves out of the bundle: unused Qt plugins, the libraries only they needed,
Qt translations of other languages, and (on Linux) the system libraries the target provides.

Used by ``pressdesk.spec`` at build time (PyInstaller TOC entries are ``(dest, src, typecode)``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable

Entry = tuple[str, str, str]

# Qt plugins a desktop editor does not use (paths under PySide6/Qt/plugins/).
DROPPED_PLUGINS = (
    "platformthemes/libqgtk3",  # needs GTK 3; the xdg-desktop-portal theme stays
    "platforms/libqeglfs", "platforms/libqlinuxfb", "platforms/libqvnc",
    "platforms/libqvkkhrdisplay", "platforms/libqminimalegl",
    "egldeviceintegrations/", "generic/", "networkinformation/", "tls/", "networkaccess/",
    "imageformats/libqtiff", "imageformats/libqwebp", "imageformats/libqicns",
    "imageformats/libqtga", "imageformats/libqwbmp", "imageformats/libqpdf",
)

# Linux libraries that come from the target system, not from the bundle: those that the Debian
# packages in scripts/setup (Qt's xcb plugin needs, see README) and their dependencies install.
# Keeping them out of the bundle means the desktop's own X11, fontconfig, GL and D-Bus are used.
LINUX_SYSTEM_LIBS = re.compile(
    r"^lib(X11|X11-xcb|Xau|Xdmcp|Xext|Xrender|xcb(-[a-z0-9-]+)?|xkbcommon(-x11)?|fontconfig|"
    r"freetype|png16|brotli(common|dec|enc)|expat|z|dbus-1|glib-2\.0|gobject-2\.0|gio-2\.0|"
    r"gmodule-2\.0|gthread-2\.0|ffi|pcre2-8|mount|blkid|selinux|uuid|bsd|md|systemd|gcrypt|"
    r"gpg-error|lz4|lzma|zstd|cap|EGL|GL|GLX|GLdispatch|OpenGL|stdc\+\+|gcc_s)\.so(\.\d+)*$"
)
_SYSTEM_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/")


def _norm(path: str) -> str:
    return path.replace("\\", "/")


def is_dropped_plugin(dest: str) -> bool:
    dest = _norm(dest)
    marker = "/Qt/plugins/"
    if marker not in dest:
        return False
    rel = dest.split(marker, 1)[1]
    return any(rel.startswith(p) for p in DROPPED_PLUGINS)


def is_system_library(entry: Entry) -> bool:
    """A library from the Linux system folders that the target system provides."""
    dest, src, _ = entry
    src = _norm(os.path.realpath(src)) if src else ""
    name = os.path.basename(_norm(dest))
    return src.startswith(_SYSTEM_DIRS) and bool(LINUX_SYSTEM_LIBS.match(name))


def keep_translation(dest: str, languages: Iterable[str]) -> bool:
    """Qt's own .qm files: only qtbase, only the given languages."""
    dest = _norm(dest)
    if "/Qt/translations/" not in dest or not dest.endswith(".qm"):
        return True
    base = dest.rsplit("/", 1)[-1][:-3]
    lang = base.split("_", 1)[1] if "_" in base else ""
    return base.startswith("qtbase_") and lang.split("_")[0] in set(languages)


def prune(binaries: list[Entry], drop: Callable[[Entry], bool],
          imports: Callable[[str], Iterable[tuple[str, str | None]]]) -> list[Entry]:
    """``binaries`` without those ``drop`` selects and the libraries only they needed.

    ``imports(src)`` gives a binary's link-time dependencies as (name, resolved path or None).
    """
    by_src = {os.path.realpath(e[1]): e for e in binaries if e[1]}

    def deps(src: str) -> set[str]:
        found = set()
        for _name, path in imports(src):
            if path and os.path.realpath(path) in by_src:
                found.add(os.path.realpath(path))
        return found

    def closure(roots: Iterable[str]) -> set[str]:
        seen: set[str] = set()
        stack = list(roots)
        while stack:
            src = stack.pop()
            if src in seen:
                continue
            seen.add(src)
            stack.extend(deps(src) - seen)
        return seen

    dropped = {os.path.realpath(e[1]) for e in binaries if e[1] and drop(e)}
    only_deps = closure(dropped) - dropped
    roots = [s for s in by_src if s not in dropped and s not in only_deps]
    needed = closure(roots)
    gone = dropped | (only_deps - needed)
    return [e for e in binaries if not e[1] or os.path.realpath(e[1]) not in gone]


def strip_python_debug_info(folder: str) -> None:
    """Strip the debug sections of libpython and the standard library's extension modules.

    A Python built from source (pyenv) keeps them: 23 of libpython's 28 MB. Only these files:
    the wheels' libraries are already stripped, and stripping a library that auditwheel
    patched can break it.
    """
    import glob
    import shutil
    import subprocess

    strip = shutil.which("strip")
    if strip is None:
        return
    files = glob.glob(os.path.join(folder, "_internal", "libpython3*.so*"))
    files += glob.glob(os.path.join(folder, "_internal", "python3*", "lib-dynload", "*.so"))
    if files:
        subprocess.run([strip, "--strip-debug", *files], check=True)
