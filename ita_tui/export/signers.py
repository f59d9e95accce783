"""The signers a database remembers for its reports: `<db>.signers.json` beside the database.

Names, positions and role words, saved whenever they are given (on the command line or in the
app's export dialog) and used whenever they are not, so each round is signed the same way.
`resolve_signers` is the one place an export's signers are decided.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

from ita_tui.errors import ExportError, ItaError, os_reason
from ita_tui.export.pdf_signatures import Signer
from ita_tui.locale import Words
from ita_tui.text import visible_text

SIGNER_FIELDS = (
    "reporter",
    "reporter_position",
    "reporter_role",
    "supervisor",
    "supervisor_position",
    "supervisor_role",
    "approver",
    "approver_position",
    "approver_role",
)


def signers_path(db: Path) -> Path:
    """Where a database's signers are remembered."""
    return db.with_name(db.name + ".signers.json")


def read_signers(db: Path) -> dict[str, str]:
    """The remembered signers ({} when none were saved)."""
    from ita_tui.files import read_file

    path = signers_path(db)
    try:  # never through a link another member planted, never a FIFO, never past 1 MiB
        data = json.loads(read_file(path, limit=2**20, follow=False)[0].decode("utf-8"))
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise ItaError("err_signers_read", path=path, reason=os_reason(exc)) from None
    except ValueError as exc:
        raise ItaError("err_signers_read", path=path, reason=str(exc)) from None
    if not isinstance(data, dict):
        raise ItaError("err_signers_shape", path=path)
    return {k: visible_text(v) for k, v in data.items() if k in SIGNER_FIELDS and isinstance(v, str)}


def write_signers(db: Path, values: dict[str, str]) -> None:
    """Remember the signers for the next export (with the database's mode and group; a link
    at that name is refused, never followed)."""
    from ita_tui.files import atomic_write

    path = signers_path(db)
    kept = {k: visible_text(v) for k, v in values.items() if k in SIGNER_FIELDS}  # ␛, [U+202E]
    try:
        atomic_write(path, (json.dumps(kept, ensure_ascii=False, indent=2) + "\n").encode("utf-8"), like=db)
    except OSError as exc:
        raise ExportError("err_signers_write", path=path, reason=os_reason(exc)) from None


def resolve_signers(db: Path, given: Mapping[str, str], say: Words, *, approver: bool) -> tuple[Signer, ...]:
    """The signers of an export from `db`: those `given` (remembered for `db` from now on), else
    as remembered (see signers_of); never the login name: nobody named leaves dots to sign on."""
    saved = read_signers(db)
    if given:
        write_signers(db, {**saved, **given})
    return signers_of({**saved, **given}, say, approver=approver)


def signers_of(values: Mapping[str, str], say: Words, *, approver: bool) -> tuple[Signer, ...]:
    """The signers `values` name (SIGNER_FIELDS; blank leaves dots to sign), each under its role
    word as given, else the default (ผู้รายงาน …); the approver signs when `approver`, or when one
    is named."""
    roles = {"reporter": say["reporter"], "supervisor": say["supervisor"], "approver": say["approver"]}
    people = tuple(
        Signer(values.get(who, ""), values.get(f"{who}_position", ""), values.get(f"{who}_role") or role)
        for who, role in roles.items()
    )
    if approver or "approver" in values or "approver_position" in values:
        return people
    return people[:2]
