"""Run a process and measure it alone: its exit status, stderr, peak memory and processor time.

The peak is the child's own: Linux records the memory of the process a child is started from
(subprocess forks, or vforks, the test process) in the child's peak when it execs, so a test
process grown large would be counted as the child. A small launcher process forks the child
instead and reports the child's rusage (os.wait4) through a file.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import NamedTuple

from tests.support import ROOT

_LAUNCHER = """
import json, os, sys
pid = os.fork()
if pid == 0:
    os.execv(sys.executable, [sys.executable, *sys.argv[2:]])
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as out:
    json.dump([os.waitstatus_to_exitcode(status), usage.ru_maxrss, usage.ru_utime + usage.ru_stime], out)
"""


class Measured(NamedTuple):
    status: int
    err: str
    peak_mb: float  # the child's peak resident memory
    cpu_s: float  # the child's processor time, user and system: its work, whatever the load


def measured_ita_tui(*args: str, timeout: float = 600) -> Measured:
    """`python -m ita_tui ARGS` from the repository's root, measured alone."""
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "rusage.json"
        launcher = subprocess.Popen(
            [sys.executable, "-c", _LAUNCHER, str(report), "-m", "ita_tui", *args],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,  # the launcher and the child: one group, ended together
        )
        try:
            _, err = launcher.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(launcher.pid, signal.SIGKILL)
            launcher.communicate()
            raise
        status, peak_kb, cpu = json.loads(report.read_text())
    return Measured(status, err.decode("utf-8", "replace"), peak_kb / 1024, cpu)
