"""The command line: documented, helpful, and the simulate contract over a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from bot.cli import cli

ROOT = Path(__file__).parent.parent
CASES = ROOT / "tests" / "cases" / "public.jsonl"


def run_cli(
    *args: str, stdin: str = "", env: dict[str, str] | None = None, cwd: Path = ROOT
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("TELEGRAM_")}
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        text=True,
        capture_output=True,
        cwd=cwd,
        env=environment,
        timeout=60,
    )


def test_every_command_is_documented_and_has_help() -> None:
    docs = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    runner = CliRunner()
    for name, command in cli.commands.items():
        assert f"## {name}" in docs, f"docs/cli.md has no section for {name}"
        assert command.help, f"{name} has no help text"
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0
        assert command.help.split(".")[0].split(":")[0] in " ".join(result.output.split())


def test_simulate_reads_a_case_from_stdin_and_prints_one_json_object() -> None:
    case = json.loads(CASES.read_text().splitlines()[0])
    case.pop("expect"), case.pop("why")
    result = run_cli("simulate", "-", stdin=json.dumps(case))
    assert result.returncode == 0, result.stderr
    output = json.loads(result.stdout)
    assert output["id"] == case["id"]
    assert output["outcome"] == "emergency"


def test_simulate_reads_a_case_file(tmp_path: Path) -> None:
    case = json.loads(CASES.read_text().splitlines()[-1])
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case))
    result = run_cli("simulate", str(path))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["outcome"] in ("soon", "urgent")


def test_simulate_rejects_an_unreadable_case_clearly() -> None:
    result = run_cli("simulate", "-", stdin="{not json")
    assert result.returncode != 0
    assert "not valid JSON" in result.stderr
    assert "Traceback" not in result.stderr
    result = run_cli("simulate", "-", stdin=json.dumps({"facts": {"favourite_colour": "red"}}))
    assert result.returncode != 0
    assert "unknown facts" in result.stderr


def test_run_without_a_token_is_the_terminal_chat_and_ends_at_end_of_input(
    tmp_path: Path,
) -> None:
    result = run_cli(
        "run", stdin="1\nno\n", cwd=tmp_path, env={"DATABASE_PATH": str(tmp_path / "chat.db")}
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("This is a terminal chat, because no Telegram token is set")
    assert "[1] Yes" in result.stdout
    assert "Is a leg or foot weak or numb" in result.stdout  # the second question
    assert lines[-1].startswith("Goodbye")


def test_the_terminal_chat_resumes_where_it_stopped(tmp_path: Path) -> None:
    env = {"DATABASE_PATH": str(tmp_path / "chat.db")}
    run_cli("chat", stdin="1\nno\n", cwd=tmp_path, env=env)
    result = run_cli("chat", stdin="", cwd=tmp_path, env=env)
    assert "Welcome back" in result.stdout
    assert "Is a leg or foot weak or numb" in result.stdout


def test_a_malformed_token_is_a_one_line_error(tmp_path: Path) -> None:
    result = run_cli("run", cwd=tmp_path, env={"TELEGRAM_BOT_TOKEN": "not-a-token"})
    assert result.returncode != 0
    assert "TELEGRAM_BOT_TOKEN does not look like a bot token" in result.stderr
    assert "Traceback" not in result.stderr


def test_flow_prints_mermaid() -> None:
    result = CliRunner().invoke(cli, ["flow"])
    assert result.exit_code == 0
    assert result.output.startswith("stateDiagram-v2")


def test_the_terminal_chat_answers_privacy_and_delete_as_help_promises(tmp_path: Path) -> None:
    env = {"DATABASE_PATH": str(tmp_path / "chat.db")}
    result = run_cli("chat", stdin="1\n/privacy\n/delete\n1\n", cwd=tmp_path, env=env)
    assert "don't know that command" not in result.stdout
    assert "What I keep" in result.stdout
    assert "erased everything" in result.stdout
    again = run_cli("chat", stdin="", cwd=tmp_path, env=env)
    assert "Welcome back" not in again.stdout  # nothing was left to carry on


def test_run_prints_no_state_machine_log_lines(tmp_path: Path) -> None:
    result = run_cli(
        "run", stdin="1\nno\n", cwd=tmp_path, env={"DATABASE_PATH": str(tmp_path / "chat.db")}
    )
    assert "Finished processing state" not in result.stdout + result.stderr


def test_every_command_telegram_lists_works_in_the_terminal_chat(tmp_path: Path) -> None:
    from bot.commands import COMMANDS
    from bot.service import open_service
    from bot.terminal import chat
    from storage import connect

    service = open_service(connect(tmp_path / "chat.db"))
    for name, _ in COMMANDS:
        said: list[str] = []
        chat(service, f"terminal:{name}", ["1", f"/{name}"], said.append)
        answer = said[-2]  # the last line is the goodbye
        assert "don't know that command" not in answer, name
        assert answer.strip(), name


def test_the_terminal_chat_prints_log_lines_only_when_asked(tmp_path: Path) -> None:
    env = {"DATABASE_PATH": str(tmp_path / "chat.db"), "LOG_LEVEL": "DEBUG"}
    quiet = run_cli("run", stdin="1\nno\n", cwd=tmp_path, env=env)
    assert quiet.returncode == 0
    assert " DEBUG " not in quiet.stderr and " INFO " not in quiet.stderr
    loud = run_cli("chat", "--verbose", stdin="1\nno\n", cwd=tmp_path, env=env)
    assert loud.returncode == 0 and " DEBUG " in loud.stderr
