"""The reference for first paint: a plain Textual app showing the same checklist as a fully built Tree.

It reads the same database file as ita-tui (one json.load), adds the root, every indicator node
and every item, expands everything and shows it. `q` quits. Used by bench_startup.py.

Run: python benchmarks/plain_tree_app.py DATABASE.json
"""

from __future__ import annotations

import json
import sys

from textual.app import App
from textual.widgets import Tree


def _label(done: int, total: int) -> str:
    """ "  2/3  67%" after an indicator title."""
    pct = (200 * done + total) // (2 * total) if total else 0
    return f"  {done}/{total}  {pct}%"


class PlainTreeApp(App):
    """A Tree with every node built up front."""

    BINDINGS = [("q", "quit", "Quit")]

    def __init__(self, db_path: str) -> None:
        super().__init__()
        with open(db_path, encoding="utf-8") as handle:
            tables = json.load(handle)
        self.checklist = next(iter(tables["meta"].values()))["checklist"]
        self.done = {r["item"] for r in tables["states"].values() if r["state"] == "done"}

    def compose(self):
        """The whole tree, every node added and expanded."""
        tree: Tree[str] = Tree(self.checklist["title"])
        for ind in self.checklist["indicators"]:
            items = ind["items"]
            done = sum(1 for i in items if i["id"] in self.done)
            node = tree.root.add(f"ตัวชี้วัดที่ {ind['number']} {ind['title']}{_label(done, len(items))}")
            for item in items:
                box = "☑" if item["id"] in self.done else "☐"
                node.add_leaf(f"{box} {item['number']}. {item['text']}")
        tree.root.expand_all()
        tree.show_root = True
        yield tree

    def on_mount(self) -> None:
        """Keys go to the tree."""
        self.query_one(Tree).focus()


if __name__ == "__main__":
    PlainTreeApp(sys.argv[1]).run()
