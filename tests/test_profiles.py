from __future__ import annotations

import sqlite3

import pytest

from nihongoku.core.errors import ProfileError
from nihongoku.core.services import Services


def codes(excinfo: pytest.ExceptionInfo[ProfileError]) -> str:
    return excinfo.value.code


def test_learner_with_pin_is_stored_hashed(services: Services) -> None:
    siti = services.profiles.create_learner("  Siti   Rahma ", "482913")
    assert siti.name == "Siti Rahma"
    assert siti.has_secret and not siti.is_instructor
    assert services.db.path is not None
    raw = sqlite3.connect(services.db.path).execute("SELECT secret_hash FROM profile").fetchone()
    assert "482913" not in raw[0] and raw[0].startswith("scrypt$")


def test_names_are_unique_ignoring_case(services: Services) -> None:
    services.profiles.create_learner("Budi")
    with pytest.raises(ProfileError) as excinfo:
        services.profiles.create_learner("budi")
    assert codes(excinfo) == "name_taken"


@pytest.mark.parametrize(
    ("name", "pin", "code"),
    [
        ("", None, "empty_name"),
        ("x" * 41, None, "long_name"),
        ("Ani", "123", "bad_pin"),
        ("Ani", "1234567", "bad_pin"),
        ("Ani", "12a4", "bad_pin"),
    ],
)
def test_invalid_learners_are_refused(
    services: Services, name: str, pin: str | None, code: str
) -> None:
    with pytest.raises(ProfileError) as excinfo:
        services.profiles.create_learner(name, pin)
    assert codes(excinfo) == code
    assert services.profiles.list() == []


def test_unlock_checks_the_pin_and_records_use(services: Services) -> None:
    ani = services.profiles.create_learner("Ani", "2468")
    with pytest.raises(ProfileError) as excinfo:
        services.profiles.unlock(ani.id, "1111")
    assert codes(excinfo) == "wrong_secret"
    with pytest.raises(ProfileError):
        services.profiles.unlock(ani.id, None)
    opened = services.profiles.unlock(ani.id, "2468")
    assert opened.last_used_at is not None and opened.last_used_at.tzinfo is not None


def test_most_recently_used_profile_comes_first(services: Services) -> None:
    a = services.profiles.create_learner("Ani")
    b = services.profiles.create_learner("Budi")
    services.profiles.unlock(a.id)
    services.profiles.unlock(b.id)
    assert [p.name for p in services.profiles.list()] == ["Budi", "Ani"]


def test_first_instructor_needs_no_approval_later_ones_do(services: Services) -> None:
    with pytest.raises(ProfileError) as excinfo:
        services.profiles.create_instructor("Bu Rina", "short")
    assert codes(excinfo) == "short_password"
    rina = services.profiles.create_instructor("Bu Rina", "sakura2026")
    assert rina.is_instructor and rina.has_secret
    with pytest.raises(ProfileError) as excinfo:
        services.profiles.create_instructor("Pak Dodi", "fujisan99")
    assert codes(excinfo) == "approval_needed"
    with pytest.raises(ProfileError):
        services.profiles.create_instructor("Pak Dodi", "fujisan99", "wrong-password")
    dodi = services.profiles.create_instructor("Pak Dodi", "fujisan99", "sakura2026")
    assert services.profiles.unlock(dodi.id, "fujisan99").name == "Pak Dodi"


def test_preferences_are_kept_per_profile(services: Services) -> None:
    a = services.profiles.create_learner("Ani")
    b = services.profiles.create_learner("Budi", language="en")
    services.profiles.set_preferences(a.id, font_size=20)
    assert services.profiles.get(a.id).font_size == 20
    assert services.profiles.get(b.id).font_size == 12
    assert services.profiles.get(b.id).language == "en"
    with pytest.raises(ProfileError):
        services.profiles.set_preferences(a.id, font_size=200)
    with pytest.raises(ProfileError):
        services.profiles.set_preferences(a.id, language="fr")


def test_app_settings_round_trip(services: Services) -> None:
    assert services.settings.get("picker_language", "id") == "id"
    services.settings.set("picker_language", "en")
    services.settings.set("picker_language", "en")
    assert services.settings.get("picker_language", "id") == "en"
