"""The CLI's contract for mistakes: usage errors exit 2 with argparse's message, no traceback."""

import pytest

from kiosk.cli import main


def test_missing_command_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exc:
        main([])
    assert exc.value.code == 2
    assert "COMMAND" in capsys.readouterr().err


@pytest.mark.parametrize("before", [True, False])
def test_home_option_works_before_or_after_the_subcommand(before):
    from kiosk.cli import build_parser

    argv = ["--home", "/x", "roster", "list"] if before else ["roster", "list", "--home", "/x"]
    assert build_parser().parse_args(argv).home == "/x"
    assert build_parser().parse_args(["roster", "list"]).home is None
