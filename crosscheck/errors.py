"""The one exception type for problems a user can fix; the CLI turns it into exit code 2."""


class CrosscheckError(Exception):
    """A problem with the user's input, options or rule files, with a message they can act on."""
