"""CSV of cards: export (UTF-8 with BOM, every card) and import (UTF-8, CP949, errors)."""

from __future__ import annotations

import csv

import pytest
from files_helpers import full_map

from cjm_desktop.files.csv_io import export_csv, import_csv
from cjm_desktop.files.errors import MapFileError
from cjm_desktop.files.import_report import ImportReport
from cjm_desktop.files.templates import load_sample
from cjm_desktop.model import Card, JourneyMap


def placement(journey: JourneyMap) -> list[tuple[str, str | None, str, str, str]]:
    result = []
    for card in journey.ordered_cards():
        step = journey.find_step(card.step)[1].name if card.step else None
        result.append((journey.stage(card.stage).name, step, journey.lane(card.lane).title,
                       card.kind, card.text))
    return result


def test_export_has_bom_header_and_one_row_per_card(tmp_path):
    journey = full_map()
    path = tmp_path / "cards.csv"
    export_csv(journey, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:6] == ["텍스트", "ID", "단계", "세부 단계", "레인", "종류"]
    assert rows[0][-5:] == ["페르소나", "점수", "목표 점수", "감정 라벨", "작성자"]
    assert sum(1 for row in rows[1:] if row[0]) == len(journey.cards)
    c2 = dict(zip(rows[0], next(r for r in rows if r[1] == "c2"), strict=True))
    assert c2["채널"] == "모바일 앱" and c2["만족도(CSAT)"] == "3"


@pytest.mark.parametrize("journey", [full_map(), load_sample("ko"), load_sample("en")],
                         ids=["hand-built", "sample-ko", "sample-en"])
def test_export_then_import_keeps_stages_lanes_and_cards(tmp_path, journey):
    path = tmp_path / "cards.csv"
    export_csv(journey, path)
    back = import_csv(path)
    assert placement(back) == placement(journey)
    for card in journey.cards.values():  # ids are kept, so every field and link comes back
        copy = back.card(card.id)
        copy.stage, copy.step, copy.lane = card.stage, card.step, card.lane
        assert copy == card


def test_formula_like_text_is_neutralised_and_comes_back(tmp_path):
    journey = full_map()
    for index, text in enumerate(["=1+1", "+1", "-2", "@SUM(A1)", "'=already", "plain"]):
        journey.add_card(Card(f"f{index}", "note", "s1", "l1", text=text))
    path = tmp_path / "f.csv"
    export_csv(journey, path)
    cells = [row[0] for row in csv.reader(path.read_text("utf-8-sig").splitlines()[1:])]
    assert "'=1+1" in cells and "'+1" in cells and "''=already" in cells and "plain" in cells
    back = import_csv(path)
    assert {c.text for c in back.cards.values()} >= {"=1+1", "+1", "-2", "@SUM(A1)",
                                                     "'=already", "plain"}


def test_korean_cp949_and_plain_utf8(tmp_path):
    text = "단계,레인,내용,채널\r\n인지,접점,광고를 봄,광고\r\n구매,행동,결제함,\r\n"
    for encoding in ("cp949", "utf-8", "utf-8-sig"):
        path = tmp_path / f"{encoding}.csv"
        path.write_bytes(text.encode(encoding))
        journey = import_csv(path)
        assert [s.name for s in journey.stages] == ["인지", "구매"]
        assert [c.text for c in journey.ordered_cards()] == ["광고를 봄", "결제함"]
        assert journey.ordered_cards()[0].touchpoint.channel == "advertising"


def test_semicolon_separated(tmp_path):
    path = tmp_path / "semi.csv"
    path.write_text("Stage;Lane;Text\nA;Actions;one\n", encoding="utf-8")
    assert [c.text for c in import_csv(path).ordered_cards()] == ["one"]


def test_bad_values_are_kept_and_reported_with_row_and_column(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("Stage,Lane,Text,Kind,Votes\nA,Actions,x,thing,1\nA,Actions,y,,many\n"
                    "A,,z,,\n", encoding="utf-8")
    report = ImportReport()
    journey = import_csv(path, report)
    by_text = {card.text: card for card in journey.cards.values()}
    assert set(by_text) == {"x", "y", "z"}
    assert by_text["x"].kind == "note" and by_text["x"].notes == "Kind: thing"
    assert by_text["y"].notes == "Votes: many"
    lines = report.detail_lines()
    assert any(line.startswith("row 2, column Kind: 'thing' is not a kind") for line in lines)
    assert any(line.startswith("row 3, column Votes: votes must be a whole number")
               for line in lines)
    assert "row 4: no Lane: the card is put in lane 'Free text'" in lines


def test_bad_encoding_and_missing_header(tmp_path):
    binary = tmp_path / "bin.csv"
    binary.write_bytes(b"\xff\xfe\x00\x81\x00" * 50)
    with pytest.raises(MapFileError):
        import_csv(binary)
    no_header = tmp_path / "nohead.csv"
    no_header.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    with pytest.raises(MapFileError, match="no header row"):
        import_csv(no_header)
    with pytest.raises(MapFileError, match="no such file"):
        import_csv(tmp_path / "missing.csv")
