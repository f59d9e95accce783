"""The command line's own words in Thai (default) and English; checklist and user text is never translated."""

from __future__ import annotations

_WORDS: dict[str, dict[str, str]] = {
    "th": {
        # tick, note, link
        "ticked": "☑ {item} ทำแล้ว — บันทึกโดย {by} เมื่อ {at}",
        "unticked": "☐ {item} ยกเลิกแล้ว (ยังไม่ทำ) — บันทึกโดย {by} เมื่อ {at}",
        "never_ticked": "☐ {item} ยังไม่ทำ",
        "note_added": "✎ เพิ่มบันทึกความก้าวหน้าในข้อ {item} แล้ว — โดย {by} เมื่อ {at}",
        "link_added": "🔗 เพิ่มลิงก์หลักฐานในข้อ {item} แล้ว: {url}",
        # files written
        "wrote": "เขียนไฟล์ {path} แล้ว",
        "imported": "เขียนไฟล์ {path} แล้ว: ตัวชี้วัด {indicators} ตัว วิธีการดำเนินการ {items} ข้อ"
        " ({organization} ปีงบประมาณ {year})",
        # checklist update
        "checklist_updated": "ปรับปรุงรายการตัวชี้วัดใน {db} ตาม {file} แล้ว: คงไว้พร้อมความคืบหน้า {kept} ข้อ"
        " เพิ่ม {added} ข้อ นำออก {removed} ข้อ",
        "ids_added": "เพิ่ม: {ids}",
        "ids_changed": "ข้อความเปลี่ยน: {ids} (ความคืบหน้าเดิมยังอยู่กับรหัสเดิม โปรดตรวจว่ายังตรงกับข้อความใหม่)",
        "id_removed": "นำออก: {item} ({history}) ประวัติยังเก็บไว้ในฐานข้อมูลและบันทึกกิจกรรม",
        "history_done": "ทำแล้ว โดย {by} เมื่อ {at}",
        "history_not_done": "ยังไม่ทำ",
        "history": "{state}; บันทึก {notes} รายการ; ลิงก์ {links} รายการ",
        # status
        "year": "ปีงบประมาณ",
        "overall": "ภาพรวม",
        "indicators": "ตัวชี้วัด",
        "units": "หน่วยงานที่รับผิดชอบ",
        # log: actions, and the fixed phrases the store writes before -> after
        "act_create": "สร้างฐานข้อมูล",
        "act_tick": "ทำเครื่องหมายว่าทำแล้ว",
        "act_untick": "ยกเลิกเครื่องหมาย",
        "act_note": "เพิ่มบันทึก",
        "act_link": "เพิ่มลิงก์",
        "act_checklist-update": "ปรับปรุงรายการตัวชี้วัด",
        "stored_done": "ทำแล้ว",
        "stored_not done": "ยังไม่ทำ",
        "stored_added to the checklist": "เพิ่มเข้ารายการ",
        "stored_removed from the checklist (history kept)": "นำออกจากรายการ (ประวัติยังเก็บไว้)",
        # import report
        "report_format": "อ่านจาก: {format}",
        "report_indicators": "ตัวชี้วัดและจำนวนข้อ:",
        "report_indicator": "  ตัวชี้วัดที่ {number} {title}: {items} ข้อ",
        "report_units": "ผู้รับผิดชอบ (ตามที่เขียนในเอกสาร):",
        "report_unit": "  {name}: {count} ข้อ ({ids})",
        "report_no_unit": "(ไม่ได้ระบุ)",
        "report_oit": "รหัส OIT: {codes}",
        "report_oit_none": "รหัส OIT: ไม่พบ",
        "report_skipped": "ส่วนที่ไม่ได้อ่านเป็นรายการ (โปรดตรวจ):",
        "report_skipped_none": "อ่านได้ทุกส่วน",
        "report_skip": "  {place}: {text}",
        "format_text": "ข้อความที่แปลงจาก PDF",
        "format_docx": "Word (.docx)",
        "format_pdf": "PDF",
        "format_xlsx": "Excel (.xlsx)",
        "format_csv": "CSV",
        "place_line": "บรรทัด",
        "place_page": "หน้า",
        "place_paragraph": "ย่อหน้า",
        "place_table": "ตาราง",
        "place_row": "แถว",
    },
    "en": {
        "ticked": "☑ {item} done by {by} at {at}",
        "unticked": "☐ {item} not done (changed by {by} at {at})",
        "never_ticked": "☐ {item} not done",
        "note_added": "✎ note added to {item} by {by} at {at}",
        "link_added": "🔗 link added to {item}: {url}",
        "wrote": "{path}",
        "imported": "{path}: {indicators} indicators, {items} items ({organization}, {year})",
        "checklist_updated": "{db}: checklist updated from {file}: {kept} items kept with their progress,"
        " {added} added, {removed} removed",
        "ids_added": "added: {ids}",
        "ids_changed": "text changed: {ids} (kept their progress under the same id; check that it still fits)",
        "id_removed": "removed: {item} ({history}); its history stays in the database and the log",
        "history_done": "done by {by} at {at}",
        "history_not_done": "not done",
        "history": "{state}; {notes} notes; {links} links",
        "year": "fiscal year",
        "overall": "Overall",
        "indicators": "Indicators",
        "units": "Responsible units",
        "report_format": "read as: {format}",
        "report_indicators": "Indicators and items:",
        "report_indicator": "  indicator {number} {title}: {items} items",
        "report_units": "Responsible units (as written):",
        "report_unit": "  {name}: {count} items ({ids})",
        "report_no_unit": "(none given)",
        "report_oit": "OIT codes: {codes}",
        "report_oit_none": "OIT codes: none found",
        "report_skipped": "Not read into the checklist (please check):",
        "report_skipped_none": "Everything was read",
        "report_skip": "  {place}: {text}",
        "format_text": "text converted from PDF",
        "format_docx": "Word (.docx)",
        "format_pdf": "PDF",
        "format_xlsx": "Excel (.xlsx)",
        "format_csv": "CSV",
        "place_line": "line",
        "place_page": "page",
        "place_paragraph": "paragraph",
        "place_table": "table",
        "place_row": "row",
    },
}


def words(lang: str) -> dict[str, str]:
    """The CLI's word set for `lang` ("th" or "en"; anything else reads Thai)."""
    return _WORDS.get(lang, _WORDS["th"])


def log_action(action: str, lang: str) -> str:
    """A log entry's action as people read it in `lang` (English shows the stored name)."""
    return words(lang).get(f"act_{action}", action)


def stored_phrase(text: str, lang: str) -> str:
    """A fixed phrase the store writes in the log ("not done" …) in `lang`; other text as it is."""
    return words(lang).get(f"stored_{text}", text)


def place_words(place: str, lang: str) -> str:
    """Where an entry stands ("table 2, row 4") in `lang`."""
    table = words(lang)
    return " ".join(table.get(f"place_{word}", word) for word in place.split(" "))
