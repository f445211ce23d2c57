"""The desktop app: Qt widgets on top of the headless core (the only package that imports Qt)."""
