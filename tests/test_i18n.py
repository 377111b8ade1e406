"""In the user's language: gettext catalogs (Babel) for the window, the card sentences and the
knowledge base; language choice; Babel dates and numbers; Spanish, German and Chinese end to
end through the real pipeline, the handout and the window."""

from __future__ import annotations

import ast
import datetime as dt
import gettext
import importlib.util
import io
import re
from pathlib import Path

import pymupdf
import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from pdfmaker import chinese_report, lab_report

from checkup_desktop.core import i18n
from checkup_desktop.core.export import write_handout
from checkup_desktop.core.knowledge import load_knowledge
from checkup_desktop.core.pipeline import run
from checkup_desktop.core.presentation import action_sentence, department_name, priority_style
from checkup_desktop.core.safety import check_card, check_text, notice_language
from checkup_desktop.core.storage.settings import Settings
from checkup_desktop.core.textnotes import notice, urgent_sentence

REPO = Path(__file__).resolve().parents[1]
LOCALES = REPO / "locales"
TRANSLATED = ("zh", "es", "de")
FIELD = re.compile(r"\{(\w*)\}")


def _script():
    spec = importlib.util.spec_from_file_location("i18n_script", REPO / "scripts" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCRIPT = _script()


def _catalog(lang: str, domain: str):
    with i18n.catalog_path(lang, domain).open("rb") as fh:
        return read_po(fh, locale=i18n.babel_locale(lang), domain=domain)


# ------------------------------------------------------------------ the catalogs


@pytest.mark.parametrize("lang", i18n.LANGS)
@pytest.mark.parametrize("domain", i18n.DOMAINS)
def test_every_catalog_compiles_without_errors(lang, domain):
    cat = _catalog(lang, domain)
    assert [(m.id, errs) for m, errs in cat.check()] == []
    buf = io.BytesIO()
    write_mo(buf, cat)
    buf.seek(0)
    translation = gettext.GNUTranslations(buf)
    assert len(cat) > 50
    some = next(m for m in cat if m.id and m.string)
    assert translation.gettext(some.id) == some.string


def test_the_check_command_finds_no_problem_and_catches_a_broken_catalog(tmp_path,
                                                                          monkeypatch):
    assert SCRIPT.check() == []
    # a copy of the catalogs with one Spanish translation emptied and one placeholder lost
    for po in LOCALES.glob("*/LC_MESSAGES/*.po"):
        dest = tmp_path / po.relative_to(LOCALES)
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(po.read_bytes())
    es = tmp_path / "es" / "LC_MESSAGES" / "ui.po"
    text = es.read_text("utf-8")
    text = text.replace('msgstr "Guardar resumen como PDF…"', 'msgstr ""', 1)
    text = text.replace('msgstr "Resumen guardado: {path}"', 'msgstr "Resumen guardado"', 1)
    es.write_text(text, "utf-8")
    monkeypatch.setattr(SCRIPT, "LOCALES_DIR", tmp_path)
    problems = SCRIPT.check()
    assert any("no translation for 'Save handout as PDF…'" in p for p in problems)
    assert any("Handout saved: {path}" in p for p in problems)


@pytest.mark.parametrize("domain", i18n.DOMAINS)
def test_no_catalog_misses_a_msgid_of_the_code_or_knowledge_base(domain):
    wanted = [m.id for m in SCRIPT.template(domain) if m.id]
    assert len(wanted) > 50
    for lang in TRANSLATED:
        cat = _catalog(lang, domain)
        missing = [w for w in wanted if cat.get(w) is None or not cat.get(w).string]
        assert missing == [], (lang, domain, missing[:5])
        for msgid in wanted:
            assert set(FIELD.findall(cat.get(msgid).string)) == set(FIELD.findall(msgid))


def test_the_template_holds_every_group_text_of_the_knowledge_base():
    wanted = {m.id for m in SCRIPT.template("knowledge") if m.id}
    kb = load_knowledge()
    for group in kb.groups.values():
        en = group.en
        texts = [en.abnormal, en.high, en.low, en.explanation, *en.questions]
        assert {t for t in texts if t} <= wanted, group.key


def test_chinese_catalog_agrees_with_the_chinese_in_the_knowledge_base_and_code():
    zh = i18n.translation("zh", "knowledge")
    variants: dict[str, set[str]] = {}
    for _file, _key, en, zh_texts in SCRIPT._group_entries():
        for msgid, text in SCRIPT._text_pairs(en, zh_texts):
            variants.setdefault(msgid, set()).add(text)
    assert len(variants) > 200
    for msgid, texts in variants.items():
        assert zh.gettext(msgid) in texts  # one English text, one (or a listed) Chinese
    cards = i18n.translation("zh", "cards")
    pairs = SCRIPT.chinese_from_sources("cards")
    assert len(pairs) > 60
    assert all(cards.gettext(en) == zh for en, zh in pairs.items())
    assert cards.gettext(department_name("cardiology")) == department_name("cardiology", "zh")
    assert cards.gettext(notice("en")) == notice("zh")


def test_catalogs_work_from_a_fresh_checkout_without_mo_files(tmp_path, monkeypatch):
    assert "*.mo" in (REPO / ".gitignore").read_text().split()  # never committed
    only_po = tmp_path / "locales"
    for po in LOCALES.glob("*/LC_MESSAGES/*.po"):
        dest = only_po / po.relative_to(LOCALES)
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(po.read_bytes())
    monkeypatch.setattr(i18n, "locales_dir", lambda: only_po)
    i18n._mo_bytes.cache_clear()
    try:
        assert i18n._load("de", "ui").gettext("Cancel") == "Abbrechen"  # compiled in memory
        assert not list(only_po.rglob("*.mo"))
    finally:
        i18n._mo_bytes.cache_clear()


# ------------------------------------------------------------------ every UI string wrapped

QT_SETTERS = {"setText", "setWindowTitle", "setToolTip", "setAccessibleName",
              "setAccessibleDescription", "setPlaceholderText", "setStatusTip", "setTitle",
              "setWhatsThis", "addAction", "addMenu", "addTab", "showMessage", "setLabelText"}
QT_CONSTRUCTORS = {"QLabel", "QPushButton", "QAction", "QCheckBox", "QRadioButton",
                   "QGroupBox", "QToolButton", "QMenu"}
QMESSAGEBOX = {"information", "warning", "critical", "question", "about"}
WRAPPERS = {"_", "N_"}
NOT_WORDS = {"Checkup Desktop"}  # the product name stays as it is


def _unwrapped_strings(tree: ast.AST) -> list[tuple[int, str]]:
    found = []

    def literal_args(call: ast.Call):
        for arg in [*call.args, *(k.value for k in call.keywords)]:
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                yield arg
            elif isinstance(arg, ast.JoinedStr):
                yield arg

    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        owner = func.value.id if (isinstance(func, ast.Attribute)
                                  and isinstance(func.value, ast.Name)) else ""
        if not (name in QT_SETTERS or name in QT_CONSTRUCTORS
                or (owner == "QMessageBox" and name in QMESSAGEBOX)):
            continue
        for arg in literal_args(node):
            if isinstance(arg, ast.JoinedStr):
                words = "".join(v.value for v in arg.values if isinstance(v, ast.Constant))
            else:
                words = arg.value
            if re.search(r"[A-Za-z]{2,}", words.replace("Checkup Desktop", "")) \
                    and words not in NOT_WORDS:
                found.append((arg.lineno, words))
    return found


def test_no_ui_string_is_left_unwrapped():
    problems = []
    for path in sorted((REPO / "checkup_desktop" / "ui").glob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        problems += [f"{path.name}:{line}: {text!r}" for line, text in _unwrapped_strings(tree)]
    assert problems == []


def test_the_wrapping_check_catches_an_unwrapped_string():
    code = ("b = QPushButton('Open report')\nb.setToolTip(_('Fine'))\n"
            "QMessageBox.warning(self, _('Title'), 'Not wrapped')\n"
            "w.setWindowTitle('Checkup Desktop')\nlab.setText(f'{n} cards left')\n")
    found = [text for _line, text in _unwrapped_strings(ast.parse(code))]
    assert found == ["Open report", "Not wrapped", " cards left"]


# ------------------------------------------------------------------ safe in every language

FORBIDDEN = {
    "es": ["usted tiene", "tiene usted", "padece", "diagnosticad", "diagnostica", "sin duda",
           "seguramente", "estatina", "metformina", "insulina", "aspirina", "ibuprofeno",
           "antibiótico", "levotiroxina", "suplemento", "tome ", "deje de tomar", "muerte",
           "mortal", " mg al día"],
    "de": ["Sie haben", "haben Sie", "Sie leiden", "diagnostiziert", "eindeutig",
           "zweifellos", "Statin", "Metformin", "Insulin", "Aspirin", "Ibuprofen",
           "Antibiotik", "Levothyroxin", "Nahrungsergänzung", "nehmen Sie", "absetzen",
           "tödlich", "sterben", " mg täglich"],
}


def _knowledge_texts(lang: str) -> list[tuple[str, str]]:
    """(kind, text) of every group text in `lang`, as the cards use them."""
    kb = load_knowledge()
    out = []
    for group in kb.groups.values():
        t = group.texts(lang)
        out += [("title", x) for x in (t.abnormal, t.high, t.low) if x]
        out += [("explanation", t.explanation)] + [("question", q) for q in t.questions]
    return out


@pytest.mark.parametrize("lang", ["es", "de"])
def test_spanish_and_german_knowledge_texts_are_calm_and_safe(lang):
    texts = _knowledge_texts(lang)
    english = {text for _kind, text in _knowledge_texts("en")}
    assert len(texts) > 300
    for kind, text in texts:
        assert text not in english or len(text) < 12, f"untranslated: {text!r}"
        low = text.casefold()
        assert not [w for w in FORBIDDEN[lang] if w.casefold() in low], text
        assert check_text(text, kind, lang) == [], text
        if kind == "title":  # room for a label within the 60-character card title
            limit = 42 if "{label}" in text else 60
            assert len(text.replace("{label}", "")) <= limit, text
        elif kind == "explanation":  # leaves room for the result sentence in the card
            assert len(text.split()) <= 75 and len(text) <= 480, text
        else:
            assert text.endswith("?"), text
            if lang == "es":
                assert text.startswith("¿"), text


@pytest.mark.parametrize("lang", ["es", "de"])
def test_the_safety_checker_reads_spanish_and_german(lang):
    bad = {"es": "Usted tiene diabetes; tome metformina.",
           "de": "Sie haben Diabetes; nehmen Sie Metformin."}[lang]
    assert len(check_text(bad, "explanation", lang)) >= 2
    assert notice_language(notice(lang)) == lang  # the card's notice says its language
    # a model may answer in English whatever the card language: English rules still apply
    assert check_text("You have diabetes; take metformin.", "explanation", lang)
    assert check_text("Die Werte liegen über dem Bereich.", "explanation", "de") == []


# ------------------------------------------------------------------ language and formats


def test_language_follows_the_system_unless_the_settings_choose_one():
    assert i18n.resolve_language("system", {"LANG": "de_DE.UTF-8"}) == "de"
    assert i18n.resolve_language("system", {"LANGUAGE": "es_MX:en", "LANG": "de_DE"}) == "es"
    assert i18n.resolve_language("system", {"LC_ALL": "zh_CN.UTF-8"}) == "zh"
    assert i18n.resolve_language("system", {"LANG": "fr_FR.UTF-8"}) == "en"
    assert i18n.resolve_language("system", {}) == "en"
    assert i18n.resolve_language("es", {"LANG": "de_DE.UTF-8"}) == "es"
    from checkup_desktop.app import gui_settings

    assert gui_settings(Settings(language="de")).lang == "de"
    assert gui_settings(Settings(language="system")).lang in i18n.LANGS


def test_dates_and_numbers_are_formatted_by_babel_for_the_locale():
    day = dt.date(2026, 3, 5)
    assert i18n.format_date(day, "en") == "March 5, 2026"
    assert i18n.format_date(day, "de") == "5. März 2026"
    assert i18n.format_date(day, "es") == "5 de marzo de 2026"
    assert i18n.format_date(day, "zh") == "2026年3月5日"
    assert i18n.format_number(12345.5, "de") == "12.345,5"
    assert i18n.format_number(12345.5, "en") == "12,345.5"


# ------------------------------------------------------------------ end to end

def _has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_a_chinese_report_with_the_ui_in_chinese_gives_chinese_cards(tmp_path):
    from checkup_desktop.app import gui_settings

    lang = gui_settings(Settings(language="zh")).lang  # as the app does from the settings
    analysis = run(chinese_report(tmp_path / "zh.pdf"), lang=lang)
    assert {c.id for c in analysis.cards} == {"red_cells", "lipids", "finding-fatty_liver"}
    for card in analysis.cards:
        assert _has_cjk(card.title) and _has_cjk(card.explanation)
        assert all(_has_cjk(q) for q in card.questions)
        assert _has_cjk(action_sentence(card, lang))
        assert check_card(card) == []


@pytest.mark.parametrize("lang", ["es", "de"])
def test_a_spanish_or_german_analysis_gives_cards_in_that_language(tmp_path, lang):
    analysis = run(lab_report(tmp_path / "cbc.pdf"), lang=lang)
    cards = {c.id: c for c in analysis.cards}
    assert set(cards) == {"red_cells", "platelets"}
    kb = load_knowledge()
    for key, card in cards.items():
        texts = kb.group(key).texts(lang)
        assert card.questions == texts.questions
        assert card.notice == notice(lang)
        assert check_card(card) == []
    red = kb.group("red_cells").texts(lang)
    assert cards["red_cells"].title == red.low  # below range, not far out
    # a high card (haemoglobin 9.7 < 10) keeps what the tests are, without the reassurance
    assert red.explanation.split(". ")[0] in cards["red_cells"].explanation
    assert "a menudo" not in cards["red_cells"].explanation
    # platelets 20000 /cumm is a critical value: the title names the test as printed, with the
    # severity in the card's language, and the urgent sentence comes first
    very_low = {"es": "Platelet Count muy bajo", "de": "Platelet Count sehr niedrig"}[lang]
    assert cards["platelets"].title == very_low
    assert cards["platelets"].explanation.startswith(urgent_sentence(lang))
    expected = {"es": ("Glóbulos rojos por debajo del rango", "Hemoglobin es 9.7 g/dL",
                       "Pida cita con Hematología (sangre) en el plazo de 1 semana."),
                "de": ("Werte der roten Blutkörperchen unter dem Bereich",
                       "Hemoglobin beträgt 9.7 g/dL",
                       "Vereinbaren Sie innerhalb von 1 Woche einen Termin: Hämatologie (Blut).")}
    title, result, action = expected[lang]
    assert cards["red_cells"].title == title
    assert cards["red_cells"].explanation.startswith(result)
    assert action_sentence(cards["red_cells"], lang) == action


def test_an_urgent_card_in_german_keeps_its_urgent_words(tmp_path):
    rows = (("Potassium", "**6.8", "mmol/L", "3.5 - 5.1"),)
    analysis = run(lab_report(tmp_path / "k.pdf", rows), lang="de")
    (card,) = analysis.cards
    assert card.priority == "urgent"
    assert card.explanation.startswith("Einige Ergebnisse liegen weit außerhalb")
    assert action_sentence(card, "de").startswith("Wenden Sie sich heute an")
    assert priority_style("urgent", "de").word == "Dringend"
    assert check_card(card) == []


def test_the_spanish_handout_is_in_spanish_with_a_spanish_date(tmp_path):
    analysis = run(lab_report(tmp_path / "cbc.pdf"), lang="es")
    out = write_handout(analysis, tmp_path / "handout.pdf", report_name="cbc.pdf", lang="es",
                        today=dt.date(2026, 3, 5))
    with pymupdf.open(out) as doc:
        text = " ".join(" ".join(page.get_text().split()) for page in doc)
    title = ("Su revisión: contacte hoy con un médico"  # an urgent card: the title says so
             if any(c.priority == "urgent" for c in analysis.cards)
             else "Su revisión: notas para su cita")
    for words in (title, "Preparado el: 5 de marzo de 2026",
                  "Preguntas para hacer", "Glóbulos rojos por debajo del rango",
                  "Esto no es un consejo médico"):
        assert words in text


# ------------------------------------------------------------------ the window

pytestmark_qt = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def ui_language():
    from checkup_desktop.ui import tr

    yield tr.install_language
    tr.install(gettext.NullTranslations(), "en")  # the next test gets English again


@pytestmark_qt
@pytest.mark.parametrize(("lang", "open_text", "export_text", "cancel_text"), [
    ("es", "Abrir informe…", "Guardar resumen como PDF…", "Cancelar"),
    ("de", "Befund öffnen…", "Handout als PDF speichern…", "Abbrechen"),
    ("zh", "打开报告…", "将讲义另存为 PDF…", "取消"),
])
def test_the_window_shows_its_buttons_in_the_chosen_language(qtbot, ui_language, lang,
                                                             open_text, export_text,
                                                             cancel_text):
    from PySide6.QtWidgets import QApplication, QPushButton

    from checkup_desktop.app import install_language
    from checkup_desktop.ui.main_window import MainWindow
    from checkup_desktop.ui.settings_dialog import GuiSettings

    app = QApplication.instance()
    translators = install_language(app, lang)
    try:
        window = MainWindow(GuiSettings(lang=lang))
        qtbot.addWidget(window)
        buttons = {b.text() for b in window.findChildren(QPushButton)}
        assert {open_text, export_text, cancel_text} <= buttons
        assert window.tiles.export_button.text() == export_text
        assert window.progress.cancel_button.text() == cancel_text
        assert window.welcome.findChild(type(window.detail.notice)) is not None
        notice_box = window.welcome.findChild(type(window.detail.notice))
        assert notice_box.text.text() == notice(lang)
        menus = [a.text() for a in window.menuBar().actions()]
        assert "&File" not in menus
        # Qt's own texts (standard buttons) come from qtbase_<lang>
        assert translators, "PySide6 ships qtbase translations"
        from PySide6.QtCore import QCoreApplication

        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel_text
    finally:
        for t in translators:
            app.removeTranslator(t)


@pytestmark_qt
def test_the_settings_offer_every_language_in_its_own_name(qtbot):
    from checkup_desktop.ui.settings_dialog import GuiSettings, SettingsDialog

    dialog = SettingsDialog(GuiSettings(lang="de"))
    qtbot.addWidget(dialog)
    names = [dialog.lang.itemText(i) for i in range(dialog.lang.count())]
    assert names == ["English", "中文", "Español", "Deutsch"]
    assert dialog.settings().lang == "de"
