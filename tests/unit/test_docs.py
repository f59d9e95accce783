"""The manual stays true: the README stays short, every relative link in README.md and docs/*.md
leads somewhere, and docs/layout.md lists every module under ita_tui/ (and no module that is gone)."""

from __future__ import annotations

import re
from pathlib import Path

from tests.support import ROOT

README_LIMIT = 12 * 1024
LAYOUT = ROOT / "docs" / "layout.md"
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")
ENTRY = re.compile(r"^( *)(\S+)")
MODULE_SUFFIXES = (".py", ".tcss")


def test_the_readme_is_at_most_12_kb():
    size = len((ROOT / "README.md").read_bytes())
    assert size <= README_LIMIT, f"README.md is {size:,} bytes (limit 12 KB): move the detail into docs/"


def _anchor(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def _anchors(page: Path) -> set[str]:
    text = re.sub(r"```.*?```", "", page.read_text(encoding="utf-8"), flags=re.S)
    return {_anchor(line.lstrip("#")) for line in text.splitlines() if line.startswith("#")}


def _links(page: Path) -> list[str]:
    text = re.sub(r"```.*?```", "", page.read_text(encoding="utf-8"), flags=re.S)
    text = re.sub(r"`[^`\n]*`", "", text)  # a link written as code is an example, not a link
    return LINK.findall(text)


def test_every_relative_link_in_the_manual_resolves():
    broken = []
    for page in PAGES:
        for target in _links(page):
            if re.match(r"[a-z]+:", target):
                continue  # https:, mailto: … are not checked here
            path, _, anchor = target.partition("#")
            goal = (page.parent / path).resolve() if path else page
            if not goal.exists():
                broken.append(f"{page.relative_to(ROOT)}: {target} (no such file)")
            elif anchor and goal.suffix == ".md" and anchor not in _anchors(goal):
                broken.append(f"{page.relative_to(ROOT)}: {target} (no heading #{anchor})")
    assert not broken, "broken links:\n" + "\n".join(broken)


class Layout:
    """What docs/layout.md lists: each line of its text block whose first word is a file or a
    folder/ (other lines go on describing the line above), inside the folder line above it that is
    indented less; paths from the repository's root."""

    def __init__(self) -> None:
        text = LAYOUT.read_text(encoding="utf-8")
        head, _, rest = text.partition("```text\n")
        first = head.count("\n") + 2  # the block's first line number in the file
        self.files: dict[str, int] = {}  # path -> line number
        self.folders: dict[str, int] = {}  # path -> indent
        enclosing: list[tuple[int, str]] = []  # (indent, path) of the folders around a line
        for number, line in enumerate(rest[: rest.index("```")].splitlines(), start=first):
            match = ENTRY.match(line)
            if not match:
                continue
            indent, word = len(match.group(1)), match.group(2)
            if not (word.endswith("/") or word.endswith(MODULE_SUFFIXES)):
                continue
            while enclosing and enclosing[-1][0] >= indent:
                enclosing.pop()
            path = (enclosing[-1][1] if enclosing else "") + word
            if word.endswith("/"):
                enclosing.append((indent, path))
                self.folders[path] = indent
            else:
                self.files[path] = number

    def line_to_add(self, module: str) -> str:
        """Where and what to add for a module the list misses: under its deepest listed folder."""
        folder = module.rpartition("/")[0] + "/"
        while folder not in self.folders and folder != "/":
            folder = folder[:-1].rpartition("/")[0] + "/"
        if folder == "/":
            return f"{module} is missing from docs/layout.md, which has no `ita_tui/` folder line"
        name = module[len(folder) :]
        line = " " * (self.folders[folder] + 2) + name.ljust(20) + "  <what it holds, in one line>"
        return f"{module} is missing from docs/layout.md; under `{folder}` add the line:\n{line}"


def test_the_layout_lists_every_module():
    modules = sorted(
        str(path.relative_to(ROOT))
        for path in (ROOT / "ita_tui").rglob("*")
        if path.suffix in MODULE_SUFFIXES and path.name != "__init__.py" and "_bundled" not in path.parts
    )
    layout = Layout()
    missing = [module for module in modules if module not in layout.files]
    assert not missing, "\n".join(layout.line_to_add(module) for module in missing)


def test_the_layout_lists_no_module_that_is_gone():
    gone = [
        f"docs/layout.md line {number}: {path} does not exist; remove the line (or fix its name)"
        for path, number in Layout().files.items()
        if not (ROOT / path).exists()
    ]
    assert not gone, "\n".join(gone)
