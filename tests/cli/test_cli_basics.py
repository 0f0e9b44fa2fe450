"""The CLI's contract for mistakes: usage errors exit 2 with argparse's message, no traceback."""

import pytest

from kiosk.cli import main


def test_missing_command_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exc:
        main([])
    assert exc.value.code == 2
    assert "COMMAND" in capsys.readouterr().err
