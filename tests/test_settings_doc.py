"""The README documents every setting, and every setting has a description."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.config import Settings

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()


@pytest.mark.parametrize("name", sorted(Settings.model_fields))
def test_readme_settings_table_lists_every_field(name):
    assert re.search(rf"^\| `CAREERBOT_{name.upper()}` \|", README, re.M), (
        f"CAREERBOT_{name.upper()} is missing from README's settings table"
    )


@pytest.mark.parametrize("name", sorted(Settings.model_fields))
def test_every_setting_has_a_description(name):
    assert (Settings.model_fields[name].description or "").strip()


def test_readme_lists_no_setting_that_does_not_exist():
    listed = set(re.findall(r"^\| `CAREERBOT_([A-Z_]+)` \|", README, re.M))
    assert listed == {n.upper() for n in Settings.model_fields}


def test_settings_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("CAREERBOT_TOP_K", "3")
    monkeypatch.setenv("CAREERBOT_ENGINE", "extractive")
    settings = Settings()
    assert settings.top_k == 3 and settings.engine == "extractive"
