"""Regenerate the spelling dictionaries in ``pressdesk/resources/dictionaries/`` (a developer tool).

The dictionaries come from Debian's Hunspell packages, a build-time dependency only::

    apt-get install hunspell-ar hunspell-en-gb hunspell-en-us hunspell-fr-classical
    python -m pressdesk.spelling.build_dictionaries     # writes src/pressdesk/resources/dictionaries/

Each dictionary gets a folder holding its ``.aff`` and ``.dic`` files, the package's
``copyright`` file, its README when there is one, and the full texts of the licences the
copyright file points to; ``manifest.json`` lists the dictionaries, their packages and
versions. Shipping them as package data keeps the app free of system paths (and lets a
PyInstaller bundle carry them).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "resources" / "dictionaries"
HUNSPELL_DIR = Path("/usr/share/hunspell")
DOC_DIR = Path("/usr/share/doc")
LICENSES_DIR = Path("/usr/share/common-licenses")


@dataclass(frozen=True)
class Source:
    name: str  # the dictionary's name (file stem), e.g. "en_GB"
    package: str  # the Debian package
    stem: str  # the file stem in /usr/share/hunspell
    readme: str = ""  # a README in the package's doc folder
    licence: str = ""  # a short description for the manifest


SOURCES = [
    Source("ar", "hunspell-ar", "ar", licence="GPL-2.0 or LGPL-2.1 or MPL-1.1 (Ayaspell)"),
    Source("en_GB", "hunspell-en-gb", "en_GB", "README_en_GB.txt.gz", "LGPL / MPL (LibreOffice en_GB)"),
    Source("en_US", "hunspell-en-us", "en_US", licence="SCOWL permissive licence"),
    Source("fr", "hunspell-fr-classical", "fr", licence="MPL-2.0 (Dicollecte classique)"),
]


def _version(package: str) -> str:
    out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package],
                         capture_output=True, text=True, check=False)
    return out.stdout.strip()


def _licences_named(copyright_text: str) -> list[Path]:
    """The full licence texts under /usr/share/common-licenses that a copyright file cites."""
    found = re.findall(r"/usr/share/common-licenses/([A-Za-z0-9.+-]+)", copyright_text)
    return [LICENSES_DIR / name.rstrip(".") for name in dict.fromkeys(found)]


def build(out: Path = DEFAULT_OUT) -> list[dict[str, str]]:
    """Copy every dictionary with its licence into ``out``; return the manifest entries."""
    manifest = []
    for src in SOURCES:
        folder = out / src.name
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        for suffix in (".aff", ".dic"):
            shutil.copyfile((HUNSPELL_DIR / src.stem).with_suffix(suffix),
                            (folder / src.name).with_suffix(suffix))
        copyright_text = (DOC_DIR / src.package / "copyright").read_text("utf-8", "replace")
        (folder / "copyright").write_text(copyright_text, "utf-8")
        if src.readme:
            data = (DOC_DIR / src.package / src.readme).read_bytes()
            if src.readme.endswith(".gz"):
                data = gzip.decompress(data)
            (folder / src.readme.removesuffix(".gz")).write_bytes(data)
        for licence in _licences_named(copyright_text):
            if licence.is_file():
                shutil.copyfile(licence, folder / f"LICENSE-{licence.name}")
        manifest.append({"name": src.name, "package": src.package,
                         "version": _version(src.package), "licence": src.licence})
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", "utf-8")
    return manifest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    for entry in build(args.output):
        print(f"{entry['name']}: {entry['package']} {entry['version']}")


if __name__ == "__main__":
    main()
