"""Fact Browser: read Chinese articles bilingually and pull out their facts."""

__version__ = "0.1.0"
APP_NAME = "Fact Browser"
APP_ID = "fact-browser"
ORG_NAME = "Fact Browser"
