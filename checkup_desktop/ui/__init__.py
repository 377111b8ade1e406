from checkup_desktop.ui import pyside_refs

pyside_refs.apply()  # before any Qt call (see pyside_refs.py)
