"""Comments on cards, stages and personas: the model, the file (schema 6) and the migration
from schema 3."""

from __future__ import annotations

import json

import pytest

from cjm_desktop.files import MapFileError, load_map, loads, map_to_dict, save_map
from cjm_desktop.files.migrations import SCHEMA_VERSION, migrate_5_to_6
from cjm_desktop.files.templates import load_sample
from cjm_desktop.model import ModelError
from cjm_desktop.model.entities import Comment


def _commented():
    journey = load_sample("ko")
    card = journey.ordered_cards()[0].id
    journey.add_comment(Comment(id=journey.new_id("comment"), target=card, author="이수민",
                                time="2026-12-01T10:00:00+09:00", text="고객 인터뷰로 확인?"))
    journey.add_comment(Comment(id=journey.new_id("comment"), target=journey.stages[0].id,
                                author="Joon", time="2026-12-01T11:00:00+09:00",
                                text="Stage name OK", resolved=True))
    return journey, card


def test_comments_are_saved_and_read_back(tmp_path):
    journey, card = _commented()
    path = tmp_path / "map.cjm.json"
    save_map(journey, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema_version"] == SCHEMA_VERSION == 6
    assert [c["text"] for c in data["comments"]] == ["고객 인터뷰로 확인?", "Stage name OK"]
    again = load_map(path)
    assert again == journey
    [thread] = [again.comments_on(card)]
    assert thread[0].author == "이수민" and thread[0].resolved is False


def test_a_schema_5_file_migrates_to_no_comments():
    data = map_to_dict(load_sample("en"))
    del data["comments"]
    data["schema_version"] = 5
    assert migrate_5_to_6(data, "x")["comments"] == []
    assert "comments" not in data  # the migration does not change its input
    assert loads(json.dumps(data)).comments == []


def test_a_comment_on_a_deleted_card_stays():
    journey, card = _commented()
    journey.remove_card(card)
    assert journey.comment_is_orphan(journey.comments[0])
    assert map_to_dict(loads(json.dumps(map_to_dict(journey))))["comments"][0]["target"] == card


@pytest.mark.parametrize(("field", "value"), [("resolved", "yes"), ("text", 5)])
def test_a_wrong_comment_is_refused_naming_the_place(field, value):
    journey, _ = _commented()
    data = map_to_dict(journey)
    data["comments"][1][field] = value
    with pytest.raises(MapFileError) as caught:
        loads(json.dumps(data))
    assert f"$.comments[1].{field}" in str(caught.value)


def test_resolving_and_removing_a_comment():
    journey, _ = _commented()
    first = journey.comments[0].id
    assert journey.update_comment(first, {"resolved": True}) == {"resolved": False}
    with pytest.raises(ModelError):
        journey.update_comment(first, {"target": "elsewhere"})
    comment, index = journey.remove_comment(first)
    assert index == 0 and comment.resolved and len(journey.comments) == 1


def test_the_workbook_lists_comments_and_brings_them_back(tmp_path):
    from openpyxl import load_workbook

    from cjm_desktop.files.xlsx_export import export_xlsx
    from cjm_desktop.files.xlsx_import import import_xlsx

    journey, card = _commented()
    path = tmp_path / "map.xlsx"
    export_xlsx(journey, path)
    sheet = load_workbook(path)["코멘트"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert rows[0][0] == 1 and "카드" in rows[0][1] and card in rows[0][1]
    assert rows[0][2:] == ("이수민", "2026-12-01 10:00", "고객 인터뷰로 확인?", "열림")
    assert rows[1][-1] == "해결됨" and "단계" in rows[1][1]
    assert import_xlsx(path).comments == journey.comments


def test_a_map_without_comments_has_no_comments_sheet(tmp_path):
    from openpyxl import load_workbook

    from cjm_desktop.files.xlsx_export import export_xlsx

    path = tmp_path / "map.xlsx"
    export_xlsx(load_sample("en"), path)
    assert "Comments" not in load_workbook(path).sheetnames
