"""The activity log's words: what each action is called, and the fixed phrases the store writes.

The same words serve the `log` command and the dashboard's activity list: "b ยกเลิกเครื่องหมาย 1.1".
"""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "th": {
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
        "act_state": "เปลี่ยนสถานะ",
        "act_verify": "ตรวจสอบแล้ว",
        "act_return": "ส่งกลับแก้ไข",
        "act_unverify": "ยกเลิกการตรวจสอบ",
        "act_user": "บันทึกผู้ใช้",
        "act_migrate": "ปรับรูปแบบฐานข้อมูล",
        "act_result": "เขียนสรุปผลการดำเนินการ",
        "act_outcome": "เขียนผลลัพธ์หรือความสำเร็จ",
        "stored_in progress": "อยู่ระหว่างดำเนินการ",
        "stored_not applicable": "ไม่เกี่ยวข้อง",
        "stored_not reviewed": "ยังไม่ได้ตรวจสอบ",
    },
    "en": {
        "act_create": "created the database",
        "act_tick": "ticked",
        "act_untick": "unticked",
        "act_note": "added a note to",
        "act_link": "added a link to",
        "act_checklist-update": "updated the checklist",
        "stored_done": "done",
        "stored_not done": "not done",
        "stored_added to the checklist": "added to the checklist",
        "stored_removed from the checklist (history kept)": "removed from the checklist (history kept)",
        "act_state": "changed the state of",
        "act_verify": "verified",
        "act_return": "returned",
        "act_unverify": "unverified",
        "act_user": "recorded a user",
        "act_migrate": "migrated the database",
        "act_result": "wrote the result of",
        "act_outcome": "wrote the outcome of indicator",
        "stored_in progress": "in progress",
        "stored_not applicable": "not applicable",
        "stored_not reviewed": "not reviewed",
    },
}
