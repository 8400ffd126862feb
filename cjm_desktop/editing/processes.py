"""Is the editor that wrote a lock or a recovery copy still running? (process identity)

A lock file or a recovery copy names the process that wrote it (its id, host and, where the
platform tells, its start time). It only blocks anything while *that* process runs. A
process id alone is not enough to know that:

- a process killed with SIGKILL stays a zombie until its parent reaps it, and a parent that
  never does (a launcher that exited, an init that reaps late) keeps it one for seconds:
  ``kill(pid, 0)`` still succeeds;
- a killed process with SIGKILL pending is already gone for our purpose;
- process ids are reused: after a crash and a reboot or a long time, the id may name an
  unrelated program.

On Linux the answer comes from ``/proc``: the state letter (zombie / dead), the pending
signals, and the start time in clock ticks since boot, which together with the boot id
identifies one process for good (:func:`start_token`). Writers record their own token; a
reader compares. For records without a token (written by an older version) a process that
started after the record was written, or whose command line is not a CJM Desktop one, is
not the writer. Elsewhere the portable fallback is "a process with this id exists".
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

PROC = Path("/proc")
SIGKILL_MASK = 1 << 8  # signal 9, in the hex masks of /proc/<pid>/status
START_SLACK_SECONDS = 2.0


def pid_alive(pid: int) -> bool:
    """True when a process with this id exists (the portable test; zombies count)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        kernel = ctypes.windll.kernel32
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    except OSError:
        return False
    return True


def _has_proc() -> bool:
    return sys.platform.startswith("linux") and (PROC / "self" / "stat").exists()


def _stat_fields(pid: int) -> list[str] | None:
    """Fields 3… of /proc/<pid>/stat (state first), or None when there is no such process."""
    try:
        text = (PROC / str(pid) / "stat").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    end = text.rfind(")")  # the command name may itself hold spaces and parentheses
    fields = text[end + 2:].split() if end >= 0 else []
    return fields if len(fields) > 19 else None


def _boot_id() -> str:
    with contextlib.suppress(OSError):
        return (PROC / "sys" / "kernel" / "random" / "boot_id").read_text().strip()
    return ""


def start_token(pid: int | None = None) -> str | None:
    """``boot-id:start-ticks`` naming one process for good (this one without ``pid``);
    None where the platform does not tell."""
    if not _has_proc():
        return None
    fields = _stat_fields(os.getpid() if pid is None else pid)
    if fields is None:
        return None
    return f"{_boot_id()}:{fields[19]}"


def _dying(pid: int, state: str) -> bool:
    if state in ("Z", "X", "x"):
        return True  # a zombie waiting for its parent, or already dead
    with contextlib.suppress(OSError, ValueError):
        for line in (PROC / str(pid) / "status").read_text(encoding="utf-8").splitlines():
            key, _sep, value = line.partition(":")
            if key in ("SigPnd", "ShdPnd") and int(value.strip(), 16) & SIGKILL_MASK:
                return True  # killed; the kernel is tearing it down
    return False


def _started_at(fields: list[str]) -> float | None:
    """The process's start as a Unix time (from boot time + start ticks)."""
    with contextlib.suppress(OSError, ValueError, IndexError, AttributeError):
        ticks = int(fields[19]) / os.sysconf("SC_CLK_TCK")
        for line in (PROC / "stat").read_text(encoding="utf-8").splitlines():
            if line.startswith("btime "):
                return int(line.split()[1]) + ticks
    return None


def _looks_like_editor(pid: int) -> bool:
    """Whether the command line names CJM Desktop (True when it cannot be read)."""
    try:
        command = (PROC / str(pid) / "cmdline").read_bytes()
    except OSError:
        return True
    return not command or b"cjm" in command.lower()


def is_running(pid: object, token: object = None, written_at: float | None = None) -> bool:
    """True when ``pid`` (on this host) is the live process that wrote a record.

    ``token`` is the writer's :func:`start_token` when it recorded one; ``written_at`` the
    Unix time the record was written (used only without a token). A gone process, a
    zombie, a process being killed, and a different process reusing the id are all
    "not running"."""
    if not isinstance(pid, int) or isinstance(pid, bool) or pid <= 0:
        return False
    if not _has_proc():
        return pid_alive(pid)
    fields = _stat_fields(pid)
    if fields is None or _dying(pid, fields[0]):
        return False
    if isinstance(token, str) and token:
        return token == f"{_boot_id()}:{fields[19]}"
    if written_at is not None:
        started = _started_at(fields)
        if started is not None and started > written_at + START_SLACK_SECONDS:
            return False  # started after the record was written: not its writer
    return _looks_like_editor(pid)
