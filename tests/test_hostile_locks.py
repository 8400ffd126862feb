"""Lock files in shared folders: nothing planted beside a map is ever written through or
read without bound, every opener holds its own lock beside the real file (so a link alias
shares it and one window closing never drops another's), and simultaneous opens warn."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from cjm_desktop.editing.file_watch import FileLock, lock_files, lock_path_for, read_lock

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX links and FIFOs")


@pytest.fixture
def shared(tmp_path) -> Path:
    path = tmp_path / "shared.cjm.json"
    path.write_text("{}", encoding="utf-8")
    return path


@posix_only
def test_a_planted_link_at_the_lock_name_is_never_written_through(shared, tmp_path):
    important = tmp_path / "important.txt"
    important.write_text("keep me", encoding="utf-8")
    os.symlink(important, lock_path_for(shared))
    lock = FileLock()
    assert lock.acquire(shared) is None
    assert important.read_text(encoding="utf-8") == "keep me"
    assert lock.problems == [str(lock_path_for(shared))], "reported"
    lock.release()
    assert important.read_text(encoding="utf-8") == "keep me"
    assert os.path.islink(lock_path_for(shared)), "not ours to remove"


@posix_only
def test_a_fifo_at_the_lock_name_neither_hangs_nor_counts(shared):
    os.mkfifo(lock_path_for(shared))
    lock = FileLock()
    assert lock.acquire(shared) is None  # returns at once (a blocking read would hang here)
    assert lock.problems == [str(lock_path_for(shared))]
    lock.release()


@posix_only
@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_a_link_to_dev_zero_is_not_read(shared):
    os.symlink("/dev/zero", lock_path_for(shared))
    lock = FileLock()
    assert lock.acquire(shared) is None
    assert lock.problems
    lock.release()


def test_an_oversized_or_garbage_lock_file_is_ignored(shared):
    lock_path_for(shared).write_bytes(b'{"pid": 1, "x": "' + b"a" * 100_000 + b'"}')
    assert read_lock(shared) is None


def test_the_first_of_two_openers_closing_keeps_the_second_ones_lock(shared):
    first, second = FileLock(), FileLock()
    assert first.acquire(shared) is None
    holder = second.acquire(shared)
    assert holder is not None and holder.same_process
    first.release()
    assert lock_files(shared) == [lock_path_for(shared, second.token)]
    third = FileLock()
    assert third.acquire(shared) is not None, "the second still has it open"
    second.release()
    third.release()
    assert lock_files(shared) == []


@posix_only
def test_a_link_alias_shares_the_lock_of_the_real_file(shared, tmp_path):
    other = tmp_path / "elsewhere"
    other.mkdir()
    alias = other / "alias.cjm.json"
    os.symlink(shared, alias)
    first = FileLock()
    assert first.acquire(alias) is None
    assert lock_files(shared) == [lock_path_for(shared, first.token)], "beside the real file"
    second = FileLock()
    assert second.acquire(shared) is not None
    first.release()
    second.release()
    assert not list(other.glob(".*cjm-lock"))


@pytest.mark.processes
def test_another_process_holding_the_map_is_seen(shared):
    script = textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from cjm_desktop.editing.file_watch import FileLock
        lock = FileLock()
        lock.acquire(Path({str(shared)!r}))
        print("held", flush=True)
        sys.stdin.readline()
        lock.release()
    """)
    child = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "held"
        holder = FileLock().acquire(shared)
        assert holder is not None and holder.pid == child.pid and not holder.same_process
    finally:
        child.communicate("\n", timeout=30)
    assert lock_files(shared) == [] or all(
        json.loads(p.read_text())["pid"] == os.getpid() for p in lock_files(shared))


@pytest.mark.processes
def test_twenty_simultaneous_opens_all_but_at_most_one_are_warned(shared, tmp_path):
    """20 processes open the map at the same instant: with one lock per opener, created
    before looking, at most the very first opener sees no one else."""
    start = time.time() + 4.0
    script = textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from cjm_desktop.editing.file_watch import FileLock
        lock = FileLock()
        time.sleep(max(0.0, {start!r} - time.time()))
        holder = lock.acquire(Path({str(shared)!r}))
        print("warned" if holder is not None else "alone", flush=True)
        sys.stdin.readline()
        lock.release()
    """)
    children = [subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, text=True) for _ in range(20)]
    try:
        results = [child.stdout.readline().strip() for child in children]  # type: ignore[union-attr]
        assert len(lock_files(shared)) == 20, "one lock per opener"
    finally:
        for child in children:
            child.communicate("\n", timeout=60)
    assert set(results) <= {"alone", "warned"}, results
    assert results.count("alone") <= 1, results
    assert lock_files(shared) == []
