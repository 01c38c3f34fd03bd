"""Finding and reading the configuration file: --config, ./confwatch.toml, or the packaged default."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

from extract.config import Config, ConfigError, CronCheck, parse_config

DEFAULT_CONFIG_NAME = "confwatch.toml"
PACKAGED_LABEL = "<packaged default>"


def default_config_text() -> str:
    """Return the packaged default configuration."""
    return resources.files("storage").joinpath("default_config.toml").read_text(encoding="utf-8")


def resolve_path(path: str | None) -> tuple[str, str]:
    """Return (label, text) of the configuration to use: --config, ./confwatch.toml, or the default."""
    if path:
        p = Path(path)
        try:
            return str(p), p.read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"{p}: cannot read the configuration file ({exc.strerror}); "
                              "pass an existing file with --config") from None
    if Path(DEFAULT_CONFIG_NAME).is_file():
        return DEFAULT_CONFIG_NAME, Path(DEFAULT_CONFIG_NAME).read_text(encoding="utf-8")
    return PACKAGED_LABEL, default_config_text()


def read_config(path: str | None = None, check_cron: CronCheck | None = None) -> Config:
    """Read and validate the configuration; raise ConfigError naming file, key and problem."""
    label, text = resolve_path(path)
    return parse_config(text, label, check_cron)
