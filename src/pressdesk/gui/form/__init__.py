"""The release form: one section per part of a release, all views of a ReleaseEditor."""
