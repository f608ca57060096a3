from pathlib import Path

import pytest

from newsetl.errors import ConfigError
from newsetl.settings import SETTINGS, Settings, load_settings


def test_defaults_cover_every_field():
    assert {s.name for s in SETTINGS} == set(Settings.__dataclass_fields__)
    settings = load_settings(environ={})
    assert settings.batch_size == 64 and settings.workers == 1 and settings.indirect_quotes is False
    assert settings.warehouse == Path("data/warehouse")


def test_environment_then_overrides():
    env = {"NEWSETL_WORKERS": "2", "NEWSETL_INDIRECT_QUOTES": "yes", "NEWSETL_WAREHOUSE": "/tmp/wh"}
    settings = load_settings(environ=env)
    assert settings.workers == 2 and settings.indirect_quotes is True and settings.warehouse == Path("/tmp/wh")
    assert load_settings(environ=env, workers=3, model=None).workers == 3


@pytest.mark.parametrize("env", [{"NEWSETL_WORKERS": "two"}, {"NEWSETL_BATCH_SIZE": "0"}, {"NEWSETL_INDIRECT_QUOTES": "maybe"}])
def test_bad_values_name_the_variable(env):
    with pytest.raises(ConfigError, match="NEWSETL_"):
        load_settings(environ=env)
