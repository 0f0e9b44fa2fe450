"""Errors a person can act on; the CLI prints them as one line, never a traceback."""


class KioskError(Exception):
    """A failure explained in one sentence; exit_code is what the CLI returns."""

    exit_code = 1


class UsageError(KioskError):
    """The command was called wrongly (exit 2, like argparse)."""

    exit_code = 2


class ConfigError(KioskError):
    """A settings or event file is missing or invalid."""

    exit_code = 2
