"""Take the user guide's pictures of the room, in Korean and English, from the real app.

    QT_QPA_PLATFORM=offscreen python tools/take_room_screenshots.py [OUT_DIR]

Writes room-invite, room-presentation, room-inbox (the window) and room-phone (the page in
headless Chromium at 390 × 844, through the Debian chromium and chromium-driver packages)
for each language (default OUT_DIR: docs/images). The room runs on 127.0.0.1 only. Run
``python tools/build_docs.py`` afterwards to ship them in resources/.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import threading
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from take_screenshots import _settle, _shot  # noqa: E402

NOTES = {
    "ko": [("메뉴를 고르는 데 너무 오래 걸려요", "지수"), ("리뷰가 너무 많아서 못 믿겠어요", ""),
           ("쿠폰 적용이 어디 있는지 몰랐어요", "민호")],
    "en": [("Choosing a dish takes far too long", "Jisoo"), ("Too many reviews to trust", ""),
           ("I could not find where coupons go", "Minho")],
}


def _post(url: str, body: dict) -> None:
    request = urllib.request.Request(url + "/api/notes", json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"})
    urllib.request.urlopen(request, timeout=10).read()


def _post_in_background(app, url: str, bodies: list[dict]) -> None:
    thread = threading.Thread(target=lambda: [_post(url, b) for b in bodies])
    thread.start()
    while thread.is_alive():
        _settle(app, 0.05)


def _phone(url: str, language: str, path: Path, app, text: str) -> None:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    os.environ["SE_OFFLINE"] = "true"
    profile = tempfile.mkdtemp(prefix="cjm-room-shot-")
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-dev-shm-usage", f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.add_experimental_option("mobileEmulation", {
        "deviceMetrics": {"width": 390, "height": 844, "pixelRatio": 2.0}})
    options.add_experimental_option("prefs", {"intl.accept_languages": language})
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")
                                              or "/usr/bin/chromedriver"), options=options)
    try:
        driver.get(url)
        _settle(app, 1.0)
        driver.find_element("id", "author").send_keys("Ara" if language == "en" else "아라")
        driver.find_element("id", "text").send_keys(text)
        driver.find_element("id", "send").click()
        _settle(app, 1.5)
        driver.execute_script("window.scrollTo(0, 0)")
        driver.save_screenshot(str(path))
        print(f"{path.name}: phone 390×844 @2x")
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def take(language: str, out: Path) -> None:
    from PySide6.QtCore import QSettings

    from cjm_desktop.app import create_main_window, ensure_app
    from cjm_desktop.editing.sharing import LOOPBACK
    from cjm_desktop.files.templates import sample_path

    app = ensure_app()
    QSettings().setValue("ui/language", language)
    ensure_app()
    window = create_main_window(sample_path(language))
    window.resize(1280, 800)
    window.show()
    _settle(app, 0.5)
    room = window.workshop.room()

    # the invitation window, set up then running
    dialog = room.invite()  # (its address list shows this machine's own addresses: no shot)
    room.start(LOOPBACK, moderate=True)
    assert room.session is not None
    url = room.session.url
    _settle(app, 1.0)  # the self-check answers
    _shot(dialog, out / f"room-invite-{language}.png", app)
    dialog.hide()

    # notes waiting in the inbox dock
    _post_in_background(app, url, [{"id": f"shot-{i}", "text": text, "author": author}
                                   for i, (text, author) in enumerate(NOTES[language])])
    _shot(window, out / f"room-inbox-{language}.png", app)
    room.inbox.accept_current() if room.inbox else None
    room.session.moderate = False

    # the phone page
    _phone(url, language, out / f"room-phone-{language}.png", app,
           "배달비가 주문 끝에야 보여요" if language == "ko"
           else "The delivery fee shows only at the end")

    # the presentation with the room's badge
    part = window.workshop.part()
    presentation = part.present()
    presentation.showNormal()
    presentation.resize(1280, 720)
    _settle(app, 0.5)
    room.show_badge(presentation)
    _shot(presentation, out / f"room-presentation-{language}.png", app)
    presentation.close()
    room.stop()
    window.document.undo_stack.setClean()
    window.close()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "images"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as home:
        os.environ["HOME"] = home
        os.environ["XDG_CONFIG_HOME"] = str(Path(home) / ".config")
        os.environ["XDG_DATA_HOME"] = str(Path(home) / ".local" / "share")
        for language in ("ko", "en"):
            take(language, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
