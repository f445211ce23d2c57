"""The release model: data classes, validation and files."""

from pressdesk.model.codec import ReleaseError, release_from_data, release_to_data
from pressdesk.model.io import EXTENSION, dumps_release, load_release, loads_release, save_release
from pressdesk.model.release import BodyBlock, Contact, Dateline, Release, ReleaseLine

__all__ = [
    "EXTENSION",
    "BodyBlock",
    "Contact",
    "Dateline",
    "Release",
    "ReleaseError",
    "ReleaseLine",
    "dumps_release",
    "load_release",
    "loads_release",
    "release_from_data",
    "release_to_data",
    "save_release",
]
