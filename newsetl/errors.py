"""Named exceptions: each says what went wrong and what to do about it."""


class NewsetlError(Exception):
    """Base class for errors the user can act on."""


class ConfigError(NewsetlError):
    """A setting has a value the pipeline cannot use."""


class RejectedInput(NewsetlError):
    """An input file or record cannot be used; the message is the reason recorded in `rejects`."""


class WarehouseError(NewsetlError):
    """The warehouse directory is missing, unreadable or inconsistent."""
