"""A writer process for the crash and concurrency tests (run as a script, not collected).

    store_writer.py serve DB          fork-server: on each "go SEED" line from stdin, fork a child
                                      that ticks and notes in an endless loop; print "pid N", and
                                      "dead" once that child has been killed and reaped
    store_writer.py serve-edits DB    the same, the child editing the checklist: item texts and new items
    store_writer.py batch DB NAME IDS wait for a line on stdin, then tick every id in IDS (comma
                                      separated), untick and tick them again, add 15 notes; exit

Every change is printed as "ack tick ID 0|1" / "ack note ID TEXT" only after the store returned
(durable); "begin …" is printed just before the call.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from ita_tui.store import ProgressStore
from ita_tui.store.commands import AddItem, AddNote, EditItem, SetState


def say(line: str) -> None:
    """One whole line straight to stdout (a single write, never buffered)."""
    os.write(1, (line + "\n").encode("utf-8"))


def loop_forever(db: Path, seed: str) -> None:
    """Tick, untick and note random items until killed."""
    store = ProgressStore.open(db, user=f"w{seed}")
    ids = store.checklist.item_ids()
    rng = random.Random(seed)
    say("ready")
    n = 0
    while True:
        item = rng.choice(ids)
        if rng.random() < 0.5:
            done = rng.random() < 0.5
            say(f"begin tick {item} {int(done)}")
            store.apply(SetState.tick(item, done))
            say(f"ack tick {item} {int(done)}")
        else:
            text = f"s{seed}-n{n}"
            say(f"begin note {item} {text}")
            store.apply(AddNote(item, text))
            say(f"ack note {item} {text}")
        n += 1


def edit_forever(db: Path, seed: str) -> None:
    """Change item texts and add items until killed ("ack text ID TEXT", "ack add ID TEXT")."""
    store = ProgressStore.open(db, user=f"w{seed}")
    rng = random.Random(seed)
    say("ready")
    n = 0
    while True:
        text = f"s{seed}-e{n}"
        if rng.random() < 0.7:
            item = rng.choice(store.checklist.item_ids())
            say(f"begin text {item} {text}")
            store.apply(EditItem(item, text=text))
            say(f"ack text {item} {text}")
        else:
            say(f"begin add - {text}")
            item = store.apply(AddItem(3, text)).value
            say(f"ack add {item} {text}")
        n += 1


def serve(db: Path, loop=loop_forever) -> None:
    """Fork a looping child per "go SEED" line; report its pid and its death."""
    for line in sys.stdin:
        seed = line.split()[1]
        pid = os.fork()
        if pid == 0:
            try:
                loop(db, seed)
            except BaseException as exc:
                say(f"error {type(exc).__name__}: {exc}")
            finally:
                os._exit(1)
        say(f"pid {pid}")
        os.waitpid(pid, 0)
        say("dead")


def batch(db: Path, name: str, ids: list[str]) -> None:
    """Wait for the start signal, then make a fixed set of changes."""
    store = ProgressStore.open(db, user=name)
    say("ready")
    sys.stdin.readline()
    for done in (True, False, True):
        for item in ids:
            store.apply(SetState.tick(item, done))
            say(f"ack tick {item} {int(done)}")
    for n in range(15):
        text = f"{name}-{n}"
        store.apply(AddNote(ids[n % len(ids)], text))
        say(f"ack note {ids[n % len(ids)]} {text}")


if __name__ == "__main__":
    if sys.argv[1] == "serve":
        serve(Path(sys.argv[2]))
    elif sys.argv[1] == "serve-edits":
        serve(Path(sys.argv[2]), edit_forever)
    else:
        batch(Path(sys.argv[2]), sys.argv[3], sys.argv[4].split(","))
