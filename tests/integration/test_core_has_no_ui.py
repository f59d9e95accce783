"""The domain runs without a screen: no module outside ita_tui.tui loads Textual when imported,
nor the heavy libraries that are imported only inside the functions that need them.

The modules are found by walking the package, so a new module is checked without being listed."""

import json
import subprocess
import sys

# In a fresh interpreter: import every module outside ita_tui.tui, one at a time, and name the
# first one after which a forbidden library is in sys.modules.
WALK = r"""
import importlib, json, pkgutil, sys
import ita_tui

FORBIDDEN = ("textual", "fpdf", "icu4py", "uharfbuzz")

def fail(name):
    raise SystemExit(f"walking the package failed at {name}")

checked, loaded = [], {}
for module in pkgutil.walk_packages(ita_tui.__path__, "ita_tui.", onerror=fail):
    if module.name == "ita_tui.tui" or module.name.startswith("ita_tui.tui."):
        continue
    importlib.import_module(module.name)
    checked.append(module.name)
    for library in FORBIDDEN:
        if library in sys.modules and library not in loaded:
            loaded[library] = module.name
print(json.dumps({"checked": checked, "loaded": loaded}))
"""


def test_no_module_outside_tui_loads_textual_or_a_heavy_library_on_import():
    result = subprocess.run([sys.executable, "-c", WALK], capture_output=True, text=True, check=True)
    found = json.loads(result.stdout)
    # the walk reached the subpackages, not just the top level
    assert {"ita_tui.cli", "ita_tui.__main__", "ita_tui.store.store", "ita_tui.export.pdf"} <= set(
        found["checked"]
    )
    assert not any(name.startswith("ita_tui.tui") for name in found["checked"])
    assert found["loaded"] == {}, f"imported at module level (library: first module): {found['loaded']}"


def test_the_view_modules_load_no_textual():
    """What the screens show is computed in ita_tui.tui.view without Textual: each of its modules,
    imported alone in a fresh interpreter, leaves Textual unloaded."""
    import pkgutil

    import ita_tui.tui.view as view

    names = [module.name for module in pkgutil.walk_packages(view.__path__, "ita_tui.tui.view.")]
    assert {"ita_tui.tui.view.rows", "ita_tui.tui.view.detail", "ita_tui.tui.view.dashboard"} <= set(names)
    code = "import importlib, sys; importlib.import_module(sys.argv[1]); print('textual' in sys.modules)"
    loads = {
        name: subprocess.run(
            [sys.executable, "-c", code, name], capture_output=True, text=True, check=True
        ).stdout.strip()
        for name in names
    }
    assert [name for name, textual in loads.items() if textual != "False"] == []
