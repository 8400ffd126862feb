"""Live co-editing between processes on 127.0.0.1 (``-m processes``): a ``cjm-desktop live
host`` and two, then three ``live join`` processes each making a seeded random sequence of
edits (adds, text changes, moves, removals of their own cards) at the same time. Every
client's file and the host's map end up the same (``cjm-desktop diff`` exit 0 between every
pair), and no card anybody added and did not delete is missing. A wrong token is refused
(exit 2, a clear message), and two joins through a stock pycrdt-websocket server (the team
server file of docs/collaboration.md under ``python -m uvicorn``) converge too. Every wait
is bounded."""

from __future__ import annotations

import random
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from cjm_desktop.files import load_map, save_map
from cjm_desktop.files.templates import load_sample
from cjm_desktop.model import JourneyMap
from cjm_desktop.model.diff import diff_records
from cjm_desktop.model.entities import Card
from cjm_desktop.model.map_records import records_of
from cjm_desktop.model.vocab import LaneKind

pytestmark = pytest.mark.processes

LOOPBACK = "127.0.0.1"
TIMEOUT = 120.0  # seconds for any one process or wait: two cores shared with other work
ROUNDS = 3  # edit rounds (every client at once, each join exiting once acknowledged)
EDITS = 5  # edits a client makes each round


def team_server_file() -> str:
    """The team server file exactly as docs/collaboration.md gives it."""
    guide = (Path(__file__).resolve().parents[1] / "docs" / "collaboration.md").read_text(
        encoding="utf-8")
    after = guide.split("Save this as `team_server.py`:", 1)[1]
    return after.split("```python\n", 1)[1].split("```", 1)[0]


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "cjm_desktop", *args]


def spawn(*args: str, cwd: Path | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(cli(*args), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, encoding="utf-8", cwd=cwd)


def first_line(process: subprocess.Popen[str], timeout: float = TIMEOUT) -> str:
    """The process's first line on stdout (bounded: a reader thread)."""
    box: list[str] = []
    assert process.stdout is not None
    reader = threading.Thread(target=lambda: box.append(process.stdout.readline()), daemon=True)
    reader.start()
    reader.join(timeout)
    if not box or not box[0].strip():
        process.kill()
        _out, err = process.communicate(timeout=10)
        raise AssertionError(f"no first line from {process.args}: {err}")
    return box[0].strip()


def finish(process: subprocess.Popen[str], timeout: float = TIMEOUT) -> tuple[int, str]:
    try:
        _out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        _out, err = process.communicate(timeout=10)
        raise AssertionError(f"{process.args} did not end: {err}") from None
    return process.returncode, err


def terminate(process: subprocess.Popen[str]) -> tuple[int, str]:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
    return finish(process)


def wait_until(condition: Callable[[], object], what: str, timeout: float = TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.2)


@contextmanager
def hosting(map_path: Path, *extra: str) -> Iterator[tuple[subprocess.Popen[str], str]]:
    host = spawn("live", "host", str(map_path), "--host", LOOPBACK, *extra)
    try:
        url = first_line(host)
        assert url.startswith("ws://"), url
        yield host, url
    finally:
        if host.poll() is None:
            code, err = terminate(host)
            assert code == 0, err


# ----- random edits -----------------------------------------------------------------------
class Editor:
    """One client's seeded edit sequence, made on a copy of the map that client last saw."""

    def __init__(self, name: str, seed: int) -> None:
        self.name = name
        self.rng = random.Random(seed)
        self.serial = 0
        self.own: set[str] = set()  # cards this client added and has not deleted
        self.removed: set[str] = set()

    def edit(self, journey: JourneyMap, count: int = EDITS) -> None:
        cells = [cell for cell in journey.cells()
                 if journey.lane(cell[2]).kind != LaneKind.EMOTIONS.value]
        for _ in range(count):
            own = sorted(self.own & set(journey.cards))
            action = self.rng.choice(["add", "add", "text", "move", "remove"])
            if action in ("move", "remove") and not own:
                action = "add"
            if action == "add":
                self.serial += 1
                stage, step, lane = self.rng.choice(cells)
                card = Card(f"c-{self.name}-{self.serial}", stage=stage, step=step, lane=lane,
                            text=f"{self.name} card {self.serial}")
                place = self.rng.randrange(len(journey.cell_ids(card.cell)) + 1)
                journey.add_card(card, place)
                self.own.add(card.id)
            elif action == "text":
                card_id = self.rng.choice(sorted(journey.cards))
                journey.update_card(card_id, {"text": f"{self.name} wrote {self.rng.random()}"})
            elif action == "move":
                cell = self.rng.choice(cells)
                journey.move_card(self.rng.choice(own), cell,
                                  self.rng.randrange(len(journey.cell_ids(cell)) + 1))
            else:
                card_id = self.rng.choice(own)
                journey.remove_card(card_id)
                self.own.discard(card_id)
                self.removed.add(card_id)


def same_map(a: Path, b: Path) -> bool:
    try:
        return diff_records(records_of(load_map(a)), records_of(load_map(b))) == []
    except Exception:  # noqa: BLE001 - a file not written yet
        return False


def assert_converged(files: list[Path], editors: list[Editor]) -> None:
    for index, a in enumerate(files):
        for b in files[index + 1:]:
            result = subprocess.run(cli("diff", str(a), str(b)), capture_output=True,
                                    text=True, encoding="utf-8", timeout=TIMEOUT)
            assert result.returncode == 0, f"{a.name} vs {b.name}:\n{result.stdout}"
    cards = set(load_map(files[0]).cards)
    for editor in editors:
        missing = editor.own - cards
        assert not missing, f"{editor.name}'s cards are missing: {sorted(missing)}"
        assert not editor.removed & cards, f"{editor.name}'s deleted cards came back"


def run_session(tmp_path: Path, url: str, host_map: Path, people: int, seed: int) -> None:
    """``people`` clients: each stays joined (``live join``, its file following the shared
    map) and, ROUNDS times, all at once, edits the map as its file shows it and hands the
    edits in with ``live join --edit --base --once``. Then every file must hold the same
    map."""
    editors = [Editor(f"p{n}", seed * 100 + n) for n in range(people)]
    views = [tmp_path / f"{editor.name}.cjm.json" for editor in editors]
    clients = [spawn("live", "join", url, "-o", str(view)) for view in views]
    try:
        wait_until(lambda: all(view.is_file() for view in views), "every client to join")
        for round_number in range(ROUNDS):
            joins = []
            for editor, view in zip(editors, views, strict=True):
                journey = load_map(view)
                base = tmp_path / f"{editor.name}-base{round_number}.cjm.json"
                save_map(journey, base)  # what the edits were made on (others go on)
                editor.edit(journey)
                edited = tmp_path / f"{editor.name}-edit{round_number}.cjm.json"
                save_map(journey, edited)
                joins.append(spawn("live", "join", url, "-o",
                                   str(tmp_path / f"{editor.name}-once.cjm.json"),
                                   "--edit", str(edited), "--base", str(base), "--once"))
            for code, err in [finish(join) for join in joins]:
                assert code == 0, err
        final = tmp_path / "final.cjm.json"  # the shared map as a newcomer gets it now
        code, err = finish(spawn("live", "join", url, "-o", str(final), "--once"))
        assert code == 0, err
        files = [host_map, *views]
        wait_until(lambda: all(same_map(final, path) for path in files),
                   "every file to hold the shared map")
    finally:
        results = [terminate(client) for client in clients]
    for code, err in results:
        assert code == 0, err
    assert_converged([final, *files], editors)


@pytest.fixture
def shared_map(tmp_path: Path) -> Path:
    path = tmp_path / "shared.cjm.json"
    save_map(load_sample("en"), path)
    return path


@pytest.mark.parametrize("people", [2, 3])
def test_joins_editing_at_once_converge_with_the_host(tmp_path, shared_map, people):
    with hosting(shared_map) as (_host, url):
        run_session(tmp_path, url, shared_map, people, seed=people)
    assert (tmp_path / "shared.cjm.live").is_file()  # the session's update log


def test_a_wrong_token_is_refused(tmp_path, shared_map):
    with hosting(shared_map) as (host, url):
        out = tmp_path / "out.cjm.json"
        code, err = finish(spawn("live", "join", url[:-4] + "xxxx", "-o", str(out), "--once"))
        assert code == 2
        lines = [line for line in err.splitlines() if line.strip()]
        assert len(lines) == 1 and lines[0].startswith("error: ") and "refused" in lines[0]
        assert not out.exists()
        code, err = terminate(host)
        assert code == 0 and err == ""  # the refusal is no error at the host


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((LOOPBACK, 0))
        return int(probe.getsockname()[1])


@contextmanager
def team_server(folder: Path) -> Iterator[int]:
    (folder / "team_server.py").write_text(team_server_file(), encoding="utf-8")
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "uvicorn", "team_server:app", "--host",
                               LOOPBACK, "--port", str(port)], cwd=folder,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        def listening() -> bool:
            assert server.poll() is None, "the team server ended"
            with socket.socket() as probe:
                return probe.connect_ex((LOOPBACK, port)) == 0

        wait_until(listening, "the team server to listen")
        yield port
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.communicate(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            server.kill()
            server.communicate(timeout=10)


def test_two_joins_converge_through_a_stock_server(tmp_path, shared_map):
    folder = tmp_path / "server"
    folder.mkdir()
    with team_server(folder) as port:
        url = f"ws://{LOOPBACK}:{port}/team/" + "t" * 22
        with hosting(shared_map, "--sync-url", url) as (_host, joined):
            assert joined == url
            run_session(tmp_path, url, shared_map, 2, seed=7)
