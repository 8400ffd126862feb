"""The participant page in a real browser: headless Chromium at a phone's size, in Korean,
types a Korean note, sends it, and the note appears in the window's map; hostile text
shows literally; a note written offline is sent once when the connection is back.
Run with ``pytest -m browser`` (needs the chromium and chromium-driver packages; .ci/run
installs them)."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from room_helpers import call, note, request
from window_helpers import window_fixture  # noqa: F401 (fixture)

from cjm_desktop.editing.sharing import LOOPBACK

pytestmark = pytest.mark.browser

DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
BROWSER = shutil.which("chromium") or shutil.which("chromium-browser") or "/usr/bin/chromium"
ARTIFACTS = Path(os.environ.get("CJM_ARTIFACTS", Path(__file__).resolve().parents[1] /
                                "artifacts")) / "room"
HOSTILE = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>"]


@pytest.fixture
def phone():
    if not (Path(DRIVER).exists() and Path(BROWSER).exists()):
        pytest.fail("chromium and chromedriver are needed (apt-get install chromium "
                    "chromium-driver)")
    os.environ["SE_OFFLINE"] = "true"  # never let Selenium Manager go looking for drivers
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="cjm-room-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = BROWSER
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-dev-shm-usage", f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.add_experimental_option("mobileEmulation", {
        "deviceMetrics": {"width": 390, "height": 844, "pixelRatio": 2.0}})
    options.add_experimental_option("prefs", {"intl.accept_languages": "ko-KR,ko"})
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.set_page_load_timeout(20)
    driver.set_script_timeout(20)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _start_room(window):
    room = window.workshop.room()
    room.start(LOOPBACK)
    assert room.session is not None
    return room.session


def _wait_text(qtbot, driver, element_id, wanted, timeout=10_000):
    qtbot.waitUntil(lambda: wanted in driver.find_element("id", element_id).text,
                    timeout=timeout)


def test_a_korean_note_typed_on_a_phone_appears_in_the_map(window, qtbot, phone):
    session = _start_room(window)
    phone.get(session.url)
    _wait_text(qtbot, phone, "connection", "연결됨")
    assert phone.execute_script("return document.documentElement.lang") == "ko"
    assert phone.execute_script("return window.innerWidth") == 390
    stage_id, lane_id = session._focus()
    phone.find_element("id", "author").send_keys("김하늘")
    phone.find_element("id", "text").send_keys("배달 시간이 너무 길어요")
    phone.find_element("id", "send").click()
    qtbot.waitUntil(lambda: any(c.text == "배달 시간이 너무 길어요"
                                for c in window.document.journey.cards.values()),
                    timeout=10_000)
    card = next(c for c in window.document.journey.cards.values()
                if c.text == "배달 시간이 너무 길어요")
    assert (card.stage, card.lane, card.author) == (stage_id, lane_id, "김하늘")
    _wait_text(qtbot, phone, "mine", "지도에 올라감")
    _wait_text(qtbot, phone, "cards", "배달 시간이 너무 길어요")
    assert phone.execute_async_script(
        "const done = arguments[0]; document.fonts.ready.then(() => done("
        "document.fonts.check('17px RoomHangul', '지도의 이 칸')))")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    phone.save_screenshot(str(ARTIFACTS / "phone-page-ko.png"))


def test_other_participants_notes_show_literally_on_the_page(window, qtbot, phone):
    session = _start_room(window)
    phone.get(session.url)
    _wait_text(qtbot, phone, "connection", "연결됨")
    for index, text in enumerate(HOSTILE):
        assert call(qtbot, session.url + "/api/notes", note(text, f"h{index}"))[0] == 201
    for text in HOSTILE:
        _wait_text(qtbot, phone, "cards", text)
    assert phone.find_elements("css selector", "#cards img, #cards script") == []
    assert phone.execute_script("return window.alerted === undefined")


def test_a_note_written_offline_is_sent_once_when_the_connection_is_back(window, qtbot, phone):
    session = _start_room(window)
    phone.get(session.url)
    _wait_text(qtbot, phone, "connection", "연결됨")
    before = len(window.document.journey.cards)
    phone.set_network_conditions(offline=True, latency=0, download_throughput=-1,
                                 upload_throughput=-1)
    phone.find_element("id", "text").send_keys("offline note")
    phone.find_element("id", "send").click()
    _wait_text(qtbot, phone, "mine", "연결을 기다리는 중")
    qtbot.wait(1500)
    assert len(window.document.journey.cards) == before
    phone.set_network_conditions(offline=False, latency=0, download_throughput=-1,
                                 upload_throughput=-1)
    qtbot.waitUntil(lambda: len(window.document.journey.cards) == before + 1, timeout=15_000)
    phone.refresh()  # the page's outbox is empty: reloading sends nothing again
    _wait_text(qtbot, phone, "connection", "연결됨")
    qtbot.wait(1000)
    assert [c.text for c in window.document.journey.cards.values()].count("offline note") == 1


def test_a_phone_places_and_takes_back_dots_in_the_running_vote(qtbot, phone):
    from cjm_desktop.editing import Document
    from cjm_desktop.files.templates import load_sample
    from cjm_desktop.model.vocab import LaneKind
    from cjm_desktop.model.voting import VoteScope, VoteSettings, VotingSession
    from cjm_desktop.room.session import RoomSession

    document = Document(load_sample("ko"))
    journey = document.journey
    lane = next(la for la in journey.lanes if la.kind != LaneKind.EMOTIONS.value
                and any(c.lane == la.id for c in journey.cards.values()))
    cards = [c.id for c in journey.ordered_cards() if c.lane == lane.id][:3]
    vote = VotingSession(VoteSettings(dots=2, participants=["진행자"], scope=VoteScope.LANE,
                                      scope_id=lane.id), cards)
    session = RoomSession(document, host="127.0.0.1", port=0, voting=lambda: vote,
                          activity=lambda: {"title": "투표", "prompt": "가장 아픈 곳은?",
                                            "kind": "vote"})
    session.start()
    try:
        phone.get(session.url)
        _wait_text(qtbot, phone, "prompt", "가장 아픈 곳은?")
        _wait_text(qtbot, phone, "dots-left", "남은 스티커: 2")
        plus = phone.find_elements("css selector", "#vote-cards li button:last-child")
        assert len(plus) == 3, (phone.get_log("browser"), request(session.url + "/api/board"))
        plus[0].click()
        _wait_text(qtbot, phone, "dots-left", "남은 스티커: 1")
        assert vote.count(cards[0]) == 1
        phone.find_elements("css selector", "#vote-cards li button:last-child")[0].click()
        _wait_text(qtbot, phone, "dots-left", "남은 스티커: 0")
        assert all(not b.is_enabled() for b in phone.find_elements(
            "css selector", "#vote-cards li button:last-child"))
        phone.find_elements("css selector", "#vote-cards li button:first-of-type")[0].click()
        _wait_text(qtbot, phone, "dots-left", "남은 스티커: 1")
        assert vote.count(cards[0]) == 1
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        phone.save_screenshot(str(ARTIFACTS / "phone-vote-ko.png"))
    finally:
        session.stop()
