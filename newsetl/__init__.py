"""newsetl: who said what about whom in Dutch news."""

__version__ = "0.1.0"
PIPELINE_VERSION = __version__
