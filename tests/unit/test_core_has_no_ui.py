"""The domain runs without a screen: importing it must not load Textual."""

import subprocess
import sys

CORE_MODULES = [
    "ita_tui.cli",
    "ita_tui.errors",
    "ita_tui.paths",
    "ita_tui.model",
    "ita_tui.checklist_file",
    "ita_tui.checklist_update",
    "ita_tui.progress",
    "ita_tui.thai",
    "ita_tui.text",
    "ita_tui.thai_breaks",
    "ita_tui.export.labels",
    "ita_tui.export.summary",
    "ita_tui.export.pdf",
    "ita_tui.export.pdf_layout",
    "ita_tui.export.pdf_measure",
    "ita_tui.export.pdf_page",
    "ita_tui.store",
    "ita_tui.db_tables",
    "ita_tui.storage",
    "ita_tui.stored_text",
    "ita_tui.item_lookup",
    "ita_tui.importer",
    "ita_tui.indicator_draft",
    "ita_tui.numbered_points",
    "ita_tui.source_meta",
    "ita_tui.source_table",
]


def test_core_modules_do_not_import_textual():
    code = "import sys\n" + "".join(f"import {m}\n" for m in CORE_MODULES) + (
        "assert 'textual' not in sys.modules, 'textual imported'\n"
        "assert 'fpdf' not in sys.modules, 'fpdf imported'\n"
        "assert 'icu4py' not in sys.modules, 'icu4py imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
