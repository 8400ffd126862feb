"""Plain tables people write themselves: every row with Text makes its card, scores ride
along, every header the app shows is accepted, unknown columns are kept, and every import
says what it made and skipped."""

from __future__ import annotations

import csv
import io
import re
import sys
from pathlib import Path

import openpyxl
import pytest

from cjm_desktop.files.csv_io import csv_text, import_csv, import_csv_text
from cjm_desktop.files.formats import read_any
from cjm_desktop.files.import_report import ImportCancelled, ImportReport
from cjm_desktop.files.templates import load_sample
from cjm_desktop.files.xlsx_import import import_xlsx
from cjm_desktop.model.field_labels import FIELD_LABELS, header_key, normalize_header
from cjm_desktop.paths import resource_dir

ROOT = Path(__file__).resolve().parents[1]
ISSUE_TABLE = [
    ["Stage", "Lane", "Text", "Kind", "Channel", "Category", "Persona", "Score"],
    ["Awareness", "Touchpoints", "Sees an ad", "Touchpoint", "Advertising", None, "Kim", 1],
    ["Awareness", "Actions", "Asks a friend", "action", None, None, "Lee", "0.5"],
    ["Purchase", "Pain points", "Checkout fails", "pain point", None, "Process", "Kim", -2],
    ["Purchase", "Actions", "Pays", None, None, None, "Kim", "-1.5"],
]


def rows_to_csv(rows: list[list]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerows([["" if v is None else v for v in row] for row in rows])
    return buffer.getvalue()


def write_xlsx(path: Path, rows: list[list]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def scores(journey) -> dict[tuple[str, str], float]:
    result = {}
    for emotion in journey.emotions.values():
        persona = journey.persona(emotion.persona).name
        result[(persona, journey.stage(emotion.stage).name)] = emotion.score
    return result


@pytest.mark.parametrize("form", ["csv", "xlsx"])
def test_a_row_with_persona_and_score_keeps_its_card(tmp_path, form):
    """Issue: this table imported with exit 0 and 0 cards (every lane an emotions lane)."""
    if form == "csv":
        path = tmp_path / "t.csv"
        path.write_text(rows_to_csv(ISSUE_TABLE), encoding="utf-8")
    else:
        path = write_xlsx(tmp_path / "t.xlsx", ISSUE_TABLE)
    report = ImportReport()
    journey = read_any(path, report)
    cards = {card.text: card for card in journey.cards.values()}
    assert set(cards) == {"Sees an ad", "Asks a friend", "Checkout fails", "Pays"}
    assert cards["Sees an ad"].kind == "touchpoint"
    assert cards["Sees an ad"].touchpoint.channel == "advertising"
    assert cards["Checkout fails"].pain_point.category == "process"
    assert cards["Asks a friend"].kind == "note"  # "action" is no card kind
    assert cards["Asks a friend"].notes == "Kind: action"
    lanes = {lane.title: lane.kind for lane in journey.lanes}
    assert lanes == {"Touchpoints": "touchpoints", "Actions": "actions",
                     "Pain points": "pain_points", "Emotions": "emotions"}
    # the last of two scores for Kim at Purchase wins, and the report says so
    assert scores(journey) == {("Kim", "Awareness"): 1.0, ("Lee", "Awareness"): 0.5,
                               ("Kim", "Purchase"): -1.5}
    lines = report.detail_lines()
    assert any("a second score for 'Kim'" in line for line in lines)
    assert any("'action' is not a kind" in line and "the card is a note" in line
               for line in lines)
    assert report.cards == 4 and report.personas == 2 and report.scores == 3


def test_a_lane_kind_column_sets_the_lane_kind():
    journey = import_csv_text("Stage,Lane,Lane kind,Text\nA,Voices,Thoughts,hmm\n"
                              "A,Money,pain points,too dear\n")
    assert [(lane.title, lane.kind) for lane in journey.lanes] == [
        ("Voices", "thoughts"), ("Money", "pain_points")]
    assert {c.text: c.kind for c in journey.cards.values()} == {"hmm": "note",
                                                                "too dear": "pain_point"}


def test_every_label_of_a_field_is_accepted_as_a_header():
    for field in FIELD_LABELS:
        for name in field.names():
            for variant in (name, name.upper(), f"  {name} ", name.replace(" ", "_")):
                assert header_key(variant) == field.key, (variant, field.key)


def test_the_interface_labels_in_the_table_are_the_ones_the_interface_shows():
    """The inspector / find bar pass the English label through Qt's translation: its
    Korean must be the one listed, so a header copied from the Korean interface works."""
    sys.path.insert(0, str(ROOT / "tools"))
    from translations_ko import KO

    for field in FIELD_LABELS:
        english = [name for name in field.shown if name.isascii()]
        for name in english:
            if name in KO:
                assert normalize_header(KO[name]) in {normalize_header(n) for n in field.names()}, \
                    (name, KO[name])


def test_headers_people_write_are_accepted():
    for header, key in [("고충 유형", "category"), ("불편 유형", "category"),
                        ("범주", "category"), ("카테고리", "category"),
                        ("Complaint-Types", "complaint_types"), ("만족도 (CSAT)", "csat"),
                        ("5 whys", "whys"), ("efFort", "effort"), ("효과", "impact")]:
        assert header_key(header) == key


def test_every_header_the_user_guide_mentions_is_accepted():
    guide = (ROOT / "docs" / "user-guide.md").read_text(encoding="utf-8")
    sections = re.findall(r"<!-- table headers -->(.*?)<!-- /table headers -->", guide, re.S)
    assert len(sections) == 2  # Korean and English
    named = [name for section in sections for name in re.findall(r"`([^`]+)`", section)]
    assert len(named) >= 60
    for header in named:
        assert header_key(header) is not None, header


def test_unknown_columns_are_kept_in_the_notes_and_named():
    report = ImportReport()
    journey = import_csv_text("No.,Stage,Lane,Text,Priority,Notes\n"
                              "1,A,Actions,one,high,see me\n2,A,Actions,two,,\n",
                              "t.csv", report)
    one, two = journey.ordered_cards()
    assert one.notes == "see me\nNo.: 1\nPriority: high"
    assert two.notes == "No.: 2"
    assert report.kept_columns == ["No.", "Priority"]
    assert any("unknown columns kept" in line and "'Priority'" in line
               for line in report.detail_lines())


def test_text_keeps_its_whitespace_and_stages_are_never_merged():
    names = ["\t=1+1", "\r=1+1", "\n=1+1", " =1+1"]
    rows = [["Stage", "Lane", "Text"]] + [[name, "Actions", f" {i} text "]
                                          for i, name in enumerate(names)]
    journey = import_csv_text(rows_to_csv(rows))
    assert [s.name for s in journey.stages] == names
    assert sorted(c.text for c in journey.cards.values()) == [f" {i} text " for i in range(4)]
    back = import_csv_text(csv_text(journey))
    assert [s.name for s in back.stages] == names


@pytest.mark.parametrize("language", ["ko", "en"])
def test_csv_round_trip_keeps_cards_personas_and_every_score(language):
    journey = load_sample(language)
    back = import_csv_text(csv_text(journey))
    assert len(back.cards) == len(journey.cards)
    assert [p.name for p in back.personas] == [p.name for p in journey.personas]

    def emotion_table(j):
        table = {}
        for e in j.emotions.values():
            stage = j.stage(e.stage)
            step = next((s.name for s in stage.steps if s.id == e.step), None)
            table[(j.persona(e.persona).name, stage.name, step)] = (
                e.score, e.to_be, e.label, e.note)
        return table

    assert emotion_table(back) == emotion_table(journey)


def test_a_persona_without_scores_survives_csv():
    journey = load_sample("en")
    from cjm_desktop.model import Persona

    journey.add_persona(Persona(id="pz", name="Quiet one", color="#123456"))
    back = import_csv_text(csv_text(journey))
    assert "Quiet one" in [p.name for p in back.personas]


FIXTURES = {
    "issue.csv": rows_to_csv(ISSUE_TABLE),
    "mixed.csv": "단계,레인,내용,고충 유형,페르소나,점수,비고\n인지,접점,광고,,김,1,\n"
                 "인지,,,,김,2,\n,행동,없음,,,,\n인지,고충점,비싸다,재정,,,x\n구매,,,,,,\n"
                 "구매,행동,결제,,박,-3,\n\n",
    "ko-example": None,
    "en-example": None,
}


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_rows_in_equal_cards_plus_score_rows_plus_skipped(name):
    text = FIXTURES[name]
    if text is None:
        language = name.split("-")[0]
        path = resource_dir() / "examples" / f"plain-table.{language}.csv"
        report = ImportReport()
        import_csv(path, report)
    else:
        report = ImportReport()
        import_csv_text(text, name, report)
    assert report.rows == report.card_rows + report.score_rows + len(report.skipped)
    data_rows = [row for row in csv.reader(io.StringIO(
        text if text is not None else path.read_text(encoding="utf-8-sig")))][1:]
    assert report.rows == sum(1 for row in data_rows if any(cell.strip() for cell in row))
    assert report.card_rows == report.cards


def test_the_shipped_example_tables_import_in_both_languages():
    for language in ("ko", "en"):
        for suffix in ("csv", "xlsx"):
            path = resource_dir() / "examples" / f"plain-table.{language}.{suffix}"
            report = ImportReport()
            journey = read_any(path, report)
            assert report.skipped == [] and report.cards >= 10 and report.personas >= 2
            assert report.scores >= 4 and journey.info.language == language


def test_which_sheet_and_which_delimiter_are_reported(tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "Notes"
    book.active["A1"] = "no table here"
    sheet = book.create_sheet("Cards")
    for row in ISSUE_TABLE:
        sheet.append(row)
    book.save(tmp_path / "two.xlsx")
    report = ImportReport()
    import_xlsx(tmp_path / "two.xlsx", report)
    assert report.source == "sheet 'Cards' (of 2 sheets)"
    report = ImportReport()
    import_csv_text("Stage;Lane;Text\nA;B;c\n", "s.csv", report)
    assert "semicolons" in report.source


def test_a_cancelled_import_stops():
    report = ImportReport()
    report.cancel()
    with pytest.raises(ImportCancelled):
        import_csv_text("Stage,Lane,Text\nA,B,c\n", "s.csv", report)


def test_report_lines_cut_long_echoed_values():
    """A 100,000-digit score, a 1,000-letter kind and a long lane name are quoted cut to about
    80 characters in the report (one readable line each), while the card keeps the values."""
    long_score, long_kind, long_lane = "9" * 100_000, "k" * 1000, "L" * 5000
    report = ImportReport()
    journey = import_csv_text("Stage,Lane,Text,Kind,Persona,Score\n"
                              f"A,{long_lane},x,{long_kind},Me,{long_score}\n"
                              f"A,{long_lane},x2,,,\n",
                              "long.csv", report)
    assert all(len(line) < 400 for line in report.note_lines()), report.note_lines()
    assert any("the score must be" in line for line in report.note_lines())
    first = next(card for card in journey.cards.values() if card.text == "x")
    assert long_score in first.notes and long_kind in first.notes


def test_a_lane_named_in_the_singular_or_with_punctuation_gets_its_kind():
    """"Pain point", "pain-points", "touchpoint", "KPI" name typed lanes (matched like headers),
    so their rows make pain points, touchpoints and KPIs, not notes in free-text lanes."""
    journey = import_csv_text("Stage,Lane,Text\nA,Pain point,x\nA,pain-points,y\nA,touchpoint,w\n"
                              "A,KPI,k\nA,Opportunity,o\nA,고충점,z\nA,Ideas,i\n", "lanes.csv")
    kinds = {lane.title: lane.kind for lane in journey.lanes}
    assert kinds == {"Pain point": "pain_points", "pain-points": "pain_points",
                     "touchpoint": "touchpoints", "KPI": "kpis", "Opportunity": "opportunities",
                     "고충점": "pain_points", "Ideas": "free_text"}
    assert sorted(card.kind for card in journey.cards.values()) == [
        "kpi", "note", "opportunity", "pain_point", "pain_point", "pain_point", "touchpoint"]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_a_utf16_table_from_excel_unicode_text_is_read(tmp_path, codec):
    """Excel's "Unicode Text" saves tab-separated UTF-16 with a byte-order mark."""
    path = tmp_path / "unicode.csv"
    path.write_bytes("\ufeff단계\t레인\t텍스트\r\n인지\t행동\t광고를 봄\r\n".encode(codec))
    report = ImportReport()
    journey = import_csv(path, report)
    assert [card.text for card in journey.cards.values()] == ["광고를 봄"]
    assert "UTF-16" in report.source and "tabs" in report.source
