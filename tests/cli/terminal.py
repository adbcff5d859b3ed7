"""Running the command as a person at a terminal sees it: stdout and stderr on a pseudo-terminal."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
from pathlib import Path


def on_terminal(*args: str, cwd: Path, env: dict[str, str] | None = None, timeout: float = 120) -> tuple[int, str]:
    """Run ``normalize ARGS`` with stdout and stderr on one pseudo-terminal; (exit code, all it printed)."""
    leader, follower = pty.openpty()
    environment = {k: v for k, v in os.environ.items() if k != "NO_COLOR"} | {"COLUMNS": "100", "TERM": "xterm"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "normalize", *args],
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=follower,
        stderr=follower,
        env=environment | (env or {}),
    )
    os.close(follower)
    chunks: list[bytes] = []
    while True:
        ready, _, _ = select.select([leader], [], [], timeout)
        if not ready:
            proc.kill()
            raise TimeoutError(f"normalize {' '.join(args)} printed nothing for {timeout} s")
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the other side closed: the process is done
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    return proc.wait(timeout=timeout), b"".join(chunks).decode("utf-8", "replace")
