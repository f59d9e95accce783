"""The command line's own words in Thai (default) and English; checklist and user text is never translated."""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "th": {
        # tick, note, link
        "confirm_ticked": "☑ {item} ทำแล้ว — บันทึกโดย {by} เมื่อ {at}",
        "confirm_unticked": "☐ {item} ยกเลิกแล้ว (ยังไม่ทำ) — บันทึกโดย {by} เมื่อ {at}",
        "confirm_never_ticked": "☐ {item} ยังไม่ทำ",
        "note_added": "✎ เพิ่มบันทึกความก้าวหน้าในข้อ {item} แล้ว — โดย {by} เมื่อ {at}",
        "link_added": "🔗 เพิ่มลิงก์หลักฐานในข้อ {item} แล้ว: {url}",
        # mark, review, users
        "marked": "{mark} {item} {state} — บันทึกโดย {by} เมื่อ {at}",
        "marked_na": "{mark} {item} {state} ({reason}) — บันทึกโดย {by} เมื่อ {at}",
        "verified": "✔ {item} ตรวจสอบแล้ว — โดย {by} เมื่อ {at}",
        "returned": "↩ {item} ส่งกลับแก้ไข: {comment} — โดย {by} เมื่อ {at}",
        "user_added": "บันทึกผู้ใช้ {name} แล้ว: {role}",
        "user_line": "{name}  {role}  {unit}",
        "no_users": "ยังไม่มีผู้ใช้ที่บันทึกไว้ (ita-tui users add NAME --role supervisor)",
        "role_supervisor": "ผู้ตรวจสอบ",
        "role_staff": "เจ้าหน้าที่",
        "state_not-started": "ยังไม่ดำเนินการ",
        "state_in-progress": "อยู่ระหว่างดำเนินการ",
        "state_done": "ดำเนินการแล้ว",
        "state_na": "ไม่เกี่ยวข้อง/ไม่ต้องดำเนินการ",
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
        "status_year": "ปีงบประมาณ",
        "status_indicators": "ตัวชี้วัด",
        "status_units": "หน่วยงานที่รับผิดชอบ",
    },
    "en": {
        "confirm_ticked": "☑ {item} done by {by} at {at}",
        "confirm_unticked": "☐ {item} not done (changed by {by} at {at})",
        "confirm_never_ticked": "☐ {item} not done",
        "note_added": "✎ note added to {item} by {by} at {at}",
        "link_added": "🔗 link added to {item}: {url}",
        "marked": "{mark} {item} {state} (by {by} at {at})",
        "marked_na": "{mark} {item} {state}: {reason} (by {by} at {at})",
        "verified": "✔ {item} verified by {by} at {at}",
        "returned": "↩ {item} returned for correction: {comment} (by {by} at {at})",
        "user_added": "user {name} recorded: {role}",
        "user_line": "{name}  {role}  {unit}",
        "no_users": "no users recorded yet (ita-tui users add NAME --role supervisor)",
        "role_supervisor": "supervisor",
        "role_staff": "staff",
        "state_not-started": "not started",
        "state_in-progress": "in progress",
        "state_done": "done",
        "state_na": "not applicable",
        "wrote": "{path}",
        "imported": "{path}: {indicators} indicators, {items} items ({organization}, {year})",
        "checklist_updated": "{db}: checklist updated from {file}: {kept} items kept with their progress,"
        " {added} added, {removed} removed",
        "ids_added": "added: {ids}",
        "ids_changed": "text changed: {ids} (kept their progress under the same id;"
        " check that it still fits)",
        "id_removed": "removed: {item} ({history}); its history stays in the database and the log",
        "history_done": "done by {by} at {at}",
        "history_not_done": "not done",
        "history": "{state}; {notes} notes; {links} links",
        "status_year": "fiscal year",
        "status_indicators": "Indicators",
        "status_units": "Responsible units",
    },
}
