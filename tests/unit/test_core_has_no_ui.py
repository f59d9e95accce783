"""The domain runs without a screen: importing it must not load Textual."""

import subprocess
import sys

CORE_MODULES = [
    "ita_tui.cli",
    "ita_tui.errors",
    "ita_tui.paths",
    "ita_tui.checklist.model",
    "ita_tui.checklist.file",
    "ita_tui.checklist.diff",
    "ita_tui.store.records",
    "ita_tui.thai",
    "ita_tui.text",
    "ita_tui.thai_breaks",
    "ita_tui.locale",
    "ita_tui.export.summary",
    "ita_tui.export.pdf",
    "ita_tui.export.pdf_layout",
    "ita_tui.export.pdf_measure",
    "ita_tui.export.pdf_page",
    "ita_tui.store.store",
    "ita_tui.store.schema",
    "ita_tui.files",
    "ita_tui.store.backups",
    "ita_tui.store.tinydb_storage",
    "ita_tui.store.validate",
    "ita_tui.checklist.ids",
    "ita_tui.importer.reader",
    "ita_tui.importer.draft",
    "ita_tui.importer.points",
    "ita_tui.importer.meta",
    "ita_tui.importer.table",
]


def test_core_modules_do_not_import_textual():
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in CORE_MODULES)
        + (
            "assert 'textual' not in sys.modules, 'textual imported'\n"
            "assert 'fpdf' not in sys.modules, 'fpdf imported'\n"
            "assert 'icu4py' not in sys.modules, 'icu4py imported'\n"
        )
    )
    subprocess.run([sys.executable, "-c", code], check=True)
