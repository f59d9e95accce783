"""A database of the bundled checklist with a year's work filled in, as staff would through the store."""

from __future__ import annotations

from pathlib import Path

from ita_tui.store import ProgressStore

RESULTS = {
    "2.1": "แต่งตั้งบุคคลภายนอกร่วมสังเกตการณ์การจัดซื้อจัดจ้าง จำนวน ๑๒ โครงการ และเผยแพร่ผลทางเว็บไซต์",
    "2.2": "เผยแพร่ผลการดำเนินงานและการใช้จ่ายงบประมาณ ผ่านเว็บไซต์และเฟซบุ๊กขององค์การบริหารส่วนตำบลชุมแสง ทุกไตรมาส",
    "3.1": "แจ้งผลการประเมินผลการปฏิบัติงานให้ผู้รับการประเมินทราบและลงลายมือชื่อครบทุกคน ไม่มีผู้ร้องทุกข์",
    "4.1": "จัดทำทะเบียนคุมการยืมพัสดุและครุภัณฑ์ ตรวจสอบการคืนทุกเดือน",
    "6.2": "ปรับปรุงคู่มือการให้บริการประชาชน ๘ งาน ติดประกาศ ณ จุดบริการ และเผยแพร่ทางเว็บไซต์",
    "9.1": "รายงานความก้าวหน้าการดำเนินการแต่ละโครงการรอบ ๖ เดือน และสรุปผล ณ สิ้นปีงบประมาณ",
}
OUTCOMES = {
    2: "ประชาชนมีส่วนร่วมตรวจสอบการใช้งบประมาณ ไม่พบข้อร้องเรียนเรื่องการจัดซื้อจัดจ้าง",
    3: "บุคลากรได้รับการประเมินอย่างเป็นธรรม ผ่านการประเมินร้อยละ ๑๐๐",
    9: "เปิดเผยข้อมูลครบทุกรายการ OIT ที่กำหนด ประชาชนเข้าถึงข้อมูลได้สะดวก",
}
NOTES = {
    "5.1": ["ประชุมคณะทำงานครั้งที่ ๑ แล้ว", "รอเสนอผู้บริหารลงนาม"],
    "8.2": ["อยู่ระหว่างรวบรวมขั้นตอนงานของแต่ละกอง"],
}
LINKS = {"2.2": "https://www.chumsaeng.go.th/news/budget-2566", "9.1": "https://www.chumsaeng.go.th/oit/o12"}


def filled_store(db: Path, checklist: Path | None = None) -> ProgressStore:
    """The bundled checklist's database with states, results, outcomes, notes, links and reviews."""
    store = ProgressStore.open(db, user="somsri", checklist_path=checklist)
    store.add_user("somsri", "supervisor")
    for item_id in RESULTS:
        store.set_state(item_id, "done")
        store.set_result(item_id, RESULTS[item_id])
    for number, text in OUTCOMES.items():
        store.set_outcome(number, text)
    store.set_state("5.1", "in-progress")
    store.set_state("8.2", "in-progress")
    store.set_state("4.3", "na", "ไม่มีครุภัณฑ์ที่ต้องจำหน่ายในปีนี้")
    for item_id, notes in NOTES.items():
        for text in notes:
            store.add_note(item_id, text)
    for item_id, url in LINKS.items():
        store.add_link(item_id, url, "ประกาศ")
    store.review("2.1", verified=True)
    store.review("6.2", verified=False, comment="แนบภาพถ่ายจุดบริการ")
    return store
