"""A stakeholder's edits in the Journey and Personas sheets come back (docs/merge.md):
a changed line changes its card, a new line adds a card, a removed line deletes nothing,
a persona cell sets its field; an untouched workbook changes nothing."""

from __future__ import annotations

from openpyxl import load_workbook

from cjm_desktop.files import map_to_dict
from cjm_desktop.files.import_report import ImportReport
from cjm_desktop.files.templates import load_sample
from cjm_desktop.files.xlsx_export import export_xlsx
from cjm_desktop.files.xlsx_import import import_xlsx
from cjm_desktop.model.diff import diff_maps


def _sheet(workbook, *names):
    return next(workbook[n] for n in names if n in workbook.sheetnames)


def _journey_cell(ws, journey, lane_id, point):
    first = 4 + (2 if any(s.steps for s in journey.stages) else 1)
    row = first + [lane.id for lane in journey.lanes].index(lane_id)
    return ws.cell(row=row, column=2 + journey.points().index(point))


def test_an_untouched_workbook_changes_nothing(tmp_path):
    journey = load_sample("ko")
    path = tmp_path / "map.xlsx"
    export_xlsx(journey, path)
    assert map_to_dict(import_xlsx(path)) == map_to_dict(journey)


def test_journey_lines_change_and_add_cards(tmp_path):
    journey = load_sample("en")
    path = tmp_path / "map.xlsx"
    export_xlsx(journey, path)
    cell = next(c for c in journey.cells() if len(journey.cards_in(c)) >= 2)
    first, second = journey.cards_in(cell)[:2]
    workbook = load_workbook(path)
    ws = _sheet(workbook, "Journey", "여정")
    target = _journey_cell(ws, journey, cell[2], (cell[0], cell[1]))
    lines = target.value.split("\n")
    lines[0] = "• Rewritten in the workshop"
    lines.append("• A brand-new remark")
    target.value = "\n".join(lines)
    other = next(c for c in journey.cells() if len(journey.cards_in(c)) >= 2 and c != cell)
    shortened = _journey_cell(ws, journey, other[2], (other[0], other[1]))
    shortened.value = "\n".join(shortened.value.split("\n")[1:])  # deletes nothing
    workbook.save(path)
    report = ImportReport()
    back = import_xlsx(path, report)
    assert back.cards[first.id].text == "Rewritten in the workshop"
    assert back.cards[second.id].text == second.text
    new = [c for c in back.cards_in(cell) if c.text == "A brand-new remark"]
    assert len(new) == 1 and len(back.cards) == len(journey.cards) + 1
    assert [c.id for c in back.cards_in(other)] == [c.id for c in journey.cards_in(other)]
    assert any("removed" in line for line in report.note_lines())


def test_persona_cells_set_their_fields_in_either_language(tmp_path):
    journey = load_sample("ko")
    path = tmp_path / "map.xlsx"
    export_xlsx(journey, path)
    workbook = load_workbook(path)
    ws = _sheet(workbook, "페르소나", "Personas")
    from cjm_desktop.files.xlsx_sheets import PERSONA_FIELDS

    ws.cell(row=2 + PERSONA_FIELDS.index("occupation"), column=2, value="간호사")
    ws.cell(row=2 + PERSONA_FIELDS.index("age"), column=2, value=41)
    ws.cell(row=2 + PERSONA_FIELDS.index("needs"), column=2, value="빠른 배달\n정확한 도착 시간")
    workbook.save(path)
    back = import_xlsx(path)
    persona = back.personas[0]
    assert (persona.occupation, persona.age) == ("간호사", 41)
    assert persona.needs == ["빠른 배달", "정확한 도착 시간"]
    changed = {d.field for d in diff_maps(journey, back)}
    assert changed == {"occupation", "age", "needs"}


def test_a_cleared_or_wrong_persona_colour_is_skipped_and_said_so(tmp_path):
    """A persona always has a colour: a cleared or misspelt colour cell keeps the old one, the
    report names the cell, and the map still saves and opens (it once saved a colour '')."""
    from cjm_desktop.files import load_map, save_map
    from cjm_desktop.files.xlsx_sheets import PERSONA_FIELDS

    journey = load_sample("en")
    path = tmp_path / "map.xlsx"
    export_xlsx(journey, path)
    workbook = load_workbook(path)
    ws = _sheet(workbook, "페르소나", "Personas")
    row = 2 + PERSONA_FIELDS.index("color")
    ws.cell(row=row, column=2, value=" ")
    ws.cell(row=row, column=3, value="blue")
    workbook.save(path)
    report = ImportReport()
    back = import_xlsx(path, report=report)
    assert [p.color for p in back.personas] == [p.color for p in journey.personas]
    assert any("colour" in str(skip) for skip in report.skipped), report.skipped
    save_map(back, tmp_path / "back.cjm.json")
    assert load_map(tmp_path / "back.cjm.json").personas[0].color == journey.personas[0].color
