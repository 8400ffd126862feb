"""The stakeholder workbook: layout read back with openpyxl, round trips, edits, hostile text."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import zipfile

import openpyxl
import pytest
from files_helpers import full_map

from cjm_desktop.files.errors import MapFileError
from cjm_desktop.files.formats import UnsupportedFormat, read_any, write_any
from cjm_desktop.files.templates import TEMPLATE_NAMES, load_sample, load_template
from cjm_desktop.files.xlsx_export import export_xlsx
from cjm_desktop.files.xlsx_import import import_xlsx
from cjm_desktop.files.xlsx_safe import EXCEL_CELL_LIMIT, TRUNCATION_MARK
from cjm_desktop.model import Card, JourneyMap

SHEETS = {
    "ko": ["여정", "감정", "접점·카드", "페르소나", "고충점·개선 기회", "인사이트", "정보", "_cjm"],
    "en": ["Journey", "Emotions", "Touchpoints & cards", "Personas",
           "Pain points & opportunities", "Insights", "About", "_cjm"],
}


def english_map() -> JourneyMap:
    journey = full_map()
    journey.update_info({"language": "en"})
    return journey


@pytest.fixture
def exported(tmp_path):
    def export(journey: JourneyMap) -> tuple[str, openpyxl.Workbook]:
        path = tmp_path / "map.xlsx"
        export_xlsx(journey, path)
        return str(path), openpyxl.load_workbook(path)
    return export


@pytest.mark.parametrize("language", ["ko", "en"])
def test_sheet_names_and_headers_follow_the_map_language(exported, language):
    journey = full_map() if language == "ko" else english_map()
    _, book = exported(journey)
    assert book.sheetnames == SHEETS[language]
    assert book["_cjm"].sheet_state == "veryHidden"
    cards = book[SHEETS[language][2]]
    headers = [c.value for c in cards[1]]
    if language == "ko":
        assert headers[:6] == ["텍스트", "ID", "단계", "세부 단계", "레인", "종류"]
        assert "채널" in headers and "범주" in headers and "상태" in headers
        assert book["정보"]["A1"].value == "제목"
    else:
        assert headers[:6] == ["Text", "ID", "Stage", "Step", "Lane", "Kind"]
        assert "Channel" in headers and "Category" in headers and "Status" in headers
        assert book["About"]["A1"].value == "Title"


def test_journey_sheet_grid(exported):
    _, book = exported(full_map())
    ws = book["여정"]
    assert ws["A1"].value == "음식 배달 앱 고객 여정"
    # stage "주문" has two steps: its header is merged over them, steps in the row below
    merged = {str(r) for r in ws.merged_cells.ranges}
    header = {ws.cell(4, c).value.split("\n")[0]: c for c in range(2, 6) if ws.cell(4, c).value}
    assert set(header) == {"인지", "주문", "배달"}
    order_col = header["주문"]
    letter = openpyxl.utils.get_column_letter
    assert f"{letter(order_col)}4:{letter(order_col + 1)}4" in merged
    assert ws.cell(5, order_col).value == "메뉴 탐색"
    assert ws.cell(5, order_col + 1).value == "결제"
    assert ws.cell(4, order_col).fill.fgColor.rgb.endswith(("FAD7BA", "FBD8BA", "FCD7BA")) or \
        ws.cell(4, order_col).fill.fill_type == "solid"
    lanes = {ws.cell(r, 1).value: r for r in range(6, 12)}
    assert list(lanes) == ["행동", "접점", "감정", "고충점", "개선 기회", "지표"]
    assert ws.cell(lanes["행동"], 1).fill.fill_type == "solid"
    assert ws.cell(lanes["행동"], header["인지"]).value == "• 친구 추천 😀\n• SNS 광고를 본다"
    assert ws.cell(lanes["행동"], header["인지"]).alignment.wrap_text
    assert ws.cell(lanes["감정"], header["인지"]).value == "김지은: +0.5 보통"
    assert ws.cell(lanes["감정"], order_col).value == "김지은: -1 혼란 (목표 +1.5)"
    assert ws.freeze_panes == "B6"
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$4:$5"
    assert ws.column_dimensions["B"].width >= 20


def test_cards_sheet_is_a_table_with_validations(exported):
    journey = english_map()
    _, book = exported(journey)
    ws = book["Touchpoints & cards"]
    assert list(ws.tables) == ["Cards"]
    table = ws.tables["Cards"]
    assert table.ref == f"A1:AI{1 + len(journey.cards)}"
    assert ws["AI1"].value == "Author"  # the last column (schema 5), after Colour in AH
    assert table.autoFilter is not None
    formulas = [dv.formula1 for dv in ws.data_validations.dataValidation]
    assert any("Mobile app" in f and "Help desk" in f for f in formulas)
    assert any("Financial" in f and "Support" in f for f in formulas)
    assert any("In progress" in f for f in formulas)
    rows = {r[1]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    headers = [c.value for c in ws[1]]
    c2 = dict(zip(headers, rows["c2"], strict=True))
    assert c2["Channel"] == "Mobile app" and c2["Online"] == "Online"
    assert c2["CSAT"] == 3 and c2["Complaints"] == 17
    c6 = dict(zip(headers, rows["c6"], strict=True))
    assert c6["Linked pain points"] == "c5, c4" and c6["Status"] == "In progress"
    c7 = dict(zip(headers, rows["c7"], strict=True))
    assert c7["KPI actual"] == 87500.5
    assert c7["KPI direction"] == "Higher is better"


def test_emotions_sheet_has_one_series_per_persona(exported):
    _, book = exported(full_map())
    ws = book["감정"]
    assert [c.value for c in ws[1]] == ["단계 · 세부 단계", "김지은 (현재)", "Minho Park (현재)",
                                       "김지은 (목표)", "Minho Park (목표)"]
    assert ws["A3"].value == "주문 · 메뉴 탐색"
    assert ws["B3"].value == -1 and ws["D3"].value == 1.5
    assert len(ws._charts) == 1
    # the chart part in the file itself
    path, _ = exported(full_map())
    with zipfile.ZipFile(path) as archive:
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
        xml = archive.read(charts[0]).decode()
    assert len(re.findall(r"<(?:c:)?ser>", xml)) == 2
    assert "lineChart" in xml


def test_personas_pains_and_about_sheets(exported):
    _, book = exported(full_map())
    personas = book["페르소나"]
    assert personas["B1"].value == "김지은" and personas["C1"].value == "Minho Park"
    fields = {personas.cell(r, 1).value: personas.cell(r, 2).value for r in range(2, 40)}
    assert fields["나이"] == 31
    assert fields["정보 탐색 경로"] == "인스타그램\n맛집 블로그"
    pains = book["고충점·개선 기회"]
    rows = list(pains.iter_rows(min_row=2, values_only=True))
    c4 = next(r for r in rows if r[0] == "c4")
    assert c4[4] == "재정" and c4[5] == "높음" and "앱 검색 화면" in c4[6]
    assert c4[7] == "1. 최소 주문 금액\n2. 거리 할증"
    assert "실시간 추적" in c4[8] and c4[9] == "물류팀" and c4[10] == "진행 중"
    about = book["정보"]
    values = {about.cell(r, 1).value: about.cell(r, 2).value for r in range(1, 30)}
    assert values["버전"] == "v2.1" and values["시나리오"] == "미래 (To-be)"
    assert values["결제 과정에서 고객을 잃지 않는가?"] == "부분적"
    assert values["파일 형식 버전"] >= 1
    # Stakeholders are told where their edits count.
    assert "'접점·카드' 시트" in values["고치는 방법"]


def test_round_trip_hand_built_maps(tmp_path):
    for journey in (full_map(), english_map(), JourneyMap()):
        path = tmp_path / "round.xlsx"
        export_xlsx(journey, path)
        assert import_xlsx(path) == journey


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_round_trip_templates_and_sample(tmp_path, lang):
    for name in TEMPLATE_NAMES:
        journey = load_template(name, lang)
        write_any(journey, tmp_path / f"{name}.xlsx")
        assert read_any(tmp_path / f"{name}.xlsx") == journey, name
    sample = load_sample(lang)
    write_any(sample, tmp_path / "sample.xlsx")
    assert read_any(tmp_path / "sample.xlsx") == sample


def _edit_cards(path, edits: dict[tuple[str, str], object], add: list | None = None) -> None:
    book = openpyxl.load_workbook(path)
    ws = book["접점·카드"]
    headers = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        for (card_id, header), value in edits.items():
            if row[1].value == card_id:
                row[headers.index(header)].value = value
    if add:
        ws.append(add)
    book.save(path)


def test_stakeholder_edits_in_the_cards_sheet_come_back(tmp_path):
    journey = full_map()
    path = tmp_path / "edited.xlsx"
    export_xlsx(journey, path)
    _edit_cards(path, {("c2", "텍스트"): "앱 검색 화면 (개선됨)", ("c2", "채널"): "웹사이트",
                       ("c4", "심각도"): "Low", ("c6", "영향"): 4, ("c1", "태그"): "광고, 신규"})
    back = import_xlsx(path)
    assert back.card("c2").text == "앱 검색 화면 (개선됨)"
    assert back.card("c2").touchpoint.channel == "website"
    assert back.card("c4").pain_point.severity == "low"
    assert back.card("c6").opportunity.impact == 4
    assert back.card("c1").tags == ["광고", "신규"]
    expected = full_map()
    expected.update_card("c2", {"text": "앱 검색 화면 (개선됨)", "touchpoint.channel": "website"})
    expected.update_card("c4", {"pain_point.severity": "low"})
    expected.update_card("c6", {"opportunity.impact": 4})
    expected.update_card("c1", {"tags": ["광고", "신규"]})
    assert back == expected  # nothing else changed


def test_new_row_in_cards_sheet_adds_a_card(tmp_path):
    path = tmp_path / "added.xlsx"
    export_xlsx(full_map(), path)
    _edit_cards(path, {}, add=["문 앞 전달", None, "배달", None, "접점", "접점", None, None, None,
                               "배송"])
    back = import_xlsx(path)
    new = [c for c in back.cards.values() if c.text == "문 앞 전달"]
    assert len(new) == 1 and new[0].kind == "touchpoint"
    assert new[0].touchpoint.channel == "delivery"
    assert back.stage(new[0].stage).name == "배달"


def test_bad_stakeholder_edits_are_reported_with_cells(tmp_path):
    path = tmp_path / "bad.xlsx"
    export_xlsx(full_map(), path)
    _edit_cards(path, {("c2", "채널"): "비둘기", ("c6", "영향"): "많이"})
    with pytest.raises(MapFileError) as caught:
        import_xlsx(path)
    text = str(caught.value)
    assert "접점·카드!J" in text and "비둘기" in text
    assert "impact must be a whole number" in text and "1 more problem" in text


HOSTILE = [
    "=1+1", "=HYPERLINK(\"http://evil.example\",\"click\")", "+1", "-2", "@SUM(A1:A2)",
    "\t=1", "\r=1", "=cmd|' /C calc'!A0", "".join(chr(c) for c in range(32)) + "ctrl",
    "x" * 40_000, "😀 emoji 🎉", "한국어 텍스트 =1", "-", "=", "@",
]


def hostile_map() -> JourneyMap:
    journey = full_map()
    for index, text in enumerate(HOSTILE):
        journey.add_card(Card(f"h{index}", "touchpoint", "s1", "l2", text=text, notes=text,
                              tags=[text[:50]]))
        journey.update_card(f"h{index}", {"touchpoint.team": text,
                                          "touchpoint.response_time": text})
    journey.update_info({"title": "=EVIL()", "owner": "+owner", "description": "@desc"})
    journey.update_stage("s1", {"name": "=stage", "desired_experience": "-x"})
    journey.update_lane("l1", {"title": "@lane"})
    journey.update_persona("p1", {"name": "=persona", "quote": "+q", "needs": ["=need"]})
    journey.update_checklist("checkout", {"note": "=note"})
    return journey


def test_hostile_text_is_always_inert(tmp_path):
    journey = hostile_map()
    path = tmp_path / "hostile.xlsx"
    export_xlsx(journey, path)
    book = openpyxl.load_workbook(path)
    seen_hostile = 0
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{ws.title}!{cell.coordinate} is a formula"
                if isinstance(cell.value, str):
                    assert len(cell.value) <= EXCEL_CELL_LIMIT
                    assert not any(ord(ch) < 32 and ch not in "\t\n\r" for ch in cell.value)
                    if cell.value.startswith(("=", "+", "-", "@", "\t", "\r")):
                        seen_hostile += 1
                        assert cell.quotePrefix, f"{ws.title}!{cell.coordinate}"
    assert seen_hostile > 30
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert "<f>" not in archive.read(name).decode()
    cards = book["접점·카드"]
    texts = [r[0] for r in cards.iter_rows(min_row=2, values_only=True)]
    assert "=HYPERLINK(\"http://evil.example\",\"click\")" in texts
    assert "=cmd|' /C calc'!A0" in texts and "-2" in texts and "😀 emoji 🎉" in texts
    long_text = next(t for t in texts if t.startswith("xxxx"))
    assert long_text.endswith(TRUNCATION_MARK) and len(long_text) <= EXCEL_CELL_LIMIT
    # the full map still comes back exactly, 40,000 characters and control characters included
    assert import_xlsx(path) == journey


def test_corrupt_files_raise_map_file_error(tmp_path):
    good = tmp_path / "good.xlsx"
    export_xlsx(full_map(), good)
    data = good.read_bytes()
    cases = {
        "random.xlsx": os.urandom(5000),
        "empty.xlsx": b"",
        "truncated.xlsx": data[: len(data) // 2],
        "text.xlsx": "단계,레인,텍스트\n".encode(),
    }
    notxlsx = tmp_path / "notxlsx.xlsx"
    with zipfile.ZipFile(notxlsx, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    for name, content in cases.items():
        (tmp_path / name).write_bytes(content)
    for name in [*cases, "notxlsx.xlsx", "missing.xlsx"]:
        with pytest.raises(MapFileError) as caught:
            import_xlsx(tmp_path / name)
        assert name in str(caught.value)
    # damaged map data inside an otherwise fine workbook
    book = openpyxl.load_workbook(good)
    book["_cjm"]["A1"].value = "{broken"
    book.save(tmp_path / "damaged.xlsx")
    with pytest.raises(MapFileError, match="_cjm"):
        import_xlsx(tmp_path / "damaged.xlsx")


def test_failed_export_leaves_no_file(tmp_path):
    target = tmp_path / "missing-folder" / "out.xlsx"
    with pytest.raises(OSError):
        export_xlsx(full_map(), target)
    assert not target.exists()
    existing = tmp_path / "old.xlsx"
    existing.write_bytes(b"old")
    journey = full_map()
    journey.add_card(Card("bad", "note", "s1", "l1"))
    journey.cards["bad"].text = object()  # type: ignore[assignment]  # breaks serialising
    with pytest.raises(Exception):  # noqa: B017 - any failure, as long as the file survives
        export_xlsx(journey, existing)
    assert existing.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["old.xlsx"]


def test_dispatcher_routes_by_extension(tmp_path):
    journey = full_map()
    for extension in (".cjm.json", ".xlsx", ".csv", ".mmd"):
        write_any(journey, tmp_path / f"map{extension}")
        assert isinstance(read_any(tmp_path / f"map{extension}"), JourneyMap)
    with pytest.raises(MapFileError, match=r"cannot read \.xyz files; use \.cjm\.json, \.xlsx"):
        read_any(tmp_path / "map.xyz")
    for extension in (".png", ".svg", ".pdf"):
        with pytest.raises(UnsupportedFormat):
            write_any(journey, tmp_path / f"map{extension}")
    with pytest.raises(MapFileError):
        write_any(journey, tmp_path / "map.doc")


@pytest.mark.processes  # a fresh interpreter or tool: run with -m processes
def test_files_package_does_not_import_openpyxl():
    code = ("import sys, cjm_desktop.files, cjm_desktop.files.formats, "
            "cjm_desktop.files.csv_io, cjm_desktop.files.mermaid; "
            "print('openpyxl' in sys.modules)")
    result = subprocess.run([os.sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "False"


@pytest.mark.office
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_converts_the_workbook_to_pdf(tmp_path):
    path = tmp_path / "sample.xlsx"
    export_xlsx(load_sample("ko"), path)
    result = subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        capture_output=True, text=True, timeout=240)
    pdf = tmp_path / "sample.pdf"
    assert result.returncode == 0, result.stderr
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")
