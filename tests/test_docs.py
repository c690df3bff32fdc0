"""The documentation says what the tool does: commands, queries and the CI's test command."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from kg.cli import main
from kg.queries import named_queries

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def quick_start() -> list[str]:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_quick_start_is_exactly_two_commands():
    commands = quick_start()
    assert len(commands) == 2 and all("\n" not in c for c in commands)
    assert "kg build" in commands[0] and "pytest" in commands[1]


def test_ci_runs_the_readmes_test_command():
    assert quick_start()[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_every_command_is_documented():
    for name in main.commands:
        assert f"### `kg {name}" in README, name


def test_every_option_is_documented():
    for name, command in main.commands.items():
        section = README.split(f"### `kg {name}", 1)[1].split("\n### ", 1)[0]
        for param in command.params:
            for opt in getattr(param, "opts", []):
                if opt.startswith("--") and opt not in ("--help",):
                    assert opt in section or opt in README, f"kg {name} {opt}"


def test_every_shipped_query_is_listed():
    for name in named_queries():
        assert f"`{name}`" in README, name


def test_help_runs():
    assert CliRunner().invoke(main, ["--help"]).exit_code == 0
