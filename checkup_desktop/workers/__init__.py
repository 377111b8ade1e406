from checkup_desktop.ui import pyside_refs

pyside_refs.apply()  # the workers emit signals before any window exists in some uses
