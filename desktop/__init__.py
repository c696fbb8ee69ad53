"""Fact Browser: read Chinese articles bilingually and pull out their facts."""

import os as _os

__version__ = "0.1.0"
APP_NAME = "Fact Browser"
APP_ID = "fact-browser"
ORG_NAME = "Fact Browser"

# onnxruntime (the names model's runtime) ships Microsoft's 1DS telemetry in its
# Linux and macOS wheels since 1.29: ``import onnxruntime`` writes a device id and
# an event queue to ~/.cache/Microsoft/DeveloperTools/.onnxruntime and, ~9 s later,
# looks up and connects to mobile.events.data.microsoft.com (issue 21.1). Its one
# full opt-out is this variable, read once when the module initialises, so it is
# set here, before any module of the app can import it; ``disable_telemetry_events()``
# is not enough (it leaves the uploader running). Forced, not defaulted: the app
# promises that nothing leaves the machine unless online translation is on.
_os.environ["ORT_DISABLE_TELEMETRY"] = "1"
