"""The docs describe every command, option and setting there is."""
import pytest

from jobs.cli import cli
from extract.config import ALERT_KEYS, NOTIFY_DEFAULTS
from jobs.config import CRAWL_DEFAULTS, DIGEST_DEFAULTS, MAIL_DEFAULTS, SCHEDULE_DEFAULTS
from tests.helpers import ROOT

COMMANDS = (ROOT / "docs" / "commands.md").read_text()
CONFIG = (ROOT / "docs" / "configuration.md").read_text()


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_and_option_is_documented(name):
    command = cli.commands[name]
    assert f"`confwatch {name}" in COMMANDS
    assert command.help, f"{name} has no help text"
    subcommands = getattr(command, "commands", {})
    for sub in subcommands.values():
        assert f"`confwatch {name} {sub.name}" in COMMANDS, f"{name} {sub.name} is not in docs/commands.md"
    for param in [p for c in (command, *subcommands.values()) for p in c.params]:
        if param.param_type_name == "option":
            assert param.help, f"{name} {param.opts[0]} has no help text"
            assert any(opt in COMMANDS for opt in param.opts), f"{name} {param.opts[0]} is not in docs/commands.md"


@pytest.mark.parametrize("section,keys", [("crawl", CRAWL_DEFAULTS), ("schedule", SCHEDULE_DEFAULTS),
                                          ("digest", DIGEST_DEFAULTS), ("mail", MAIL_DEFAULTS),
                                          ("notify", NOTIFY_DEFAULTS), ("[alerts]", ALERT_KEYS)])
def test_every_setting_is_documented(section, keys):
    part = CONFIG.split(f"## `[{section}]`", 1)[1]
    for key in keys:
        assert f"| `{key}` |" in part, f"[{section}] {key} is not in docs/configuration.md"
