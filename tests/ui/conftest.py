"""Fixtures shared by the UI tests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from viewer.ui.annotations.service import AnnotationService
from viewer.ui.common.preferences import Preferences


@pytest.fixture(autouse=True, scope="session")
def _english_plurals(qapp):  # noqa: ANN001, ANN202
    """English plural forms ("1 match", "2 matches"), as the app's make_app installs them."""
    from viewer.ui.common.i18n import install_english_plurals

    install_english_plurals(qapp)


@pytest.fixture
def prefs(tmp_path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def service(corpus, tmp_path) -> AnnotationService:
    """An annotation service on a fresh database, already open."""
    svc = AnnotationService(tmp_path / "notes.sqlite", corpus.passage_texts())
    svc.store  # noqa: B018 - open now
    yield svc
    svc.close()
