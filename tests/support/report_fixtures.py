"""A database of the bundled checklist with a scripted fiscal year 2566 of work, written through the
store at fixed times: the first half by 31 March 2023, the rest by 30 September 2023."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

from ita_tui.store import ProgressStore
from ita_tui.store.commands import AddLink, AddNote, AddUser, ReviewItem, SetOutcome, SetResult, SetState

FIRST_HALF = {  # item -> result, done by the six-month round
    "2.1": "แต่งตั้งบุคคลภายนอกร่วมสังเกตการณ์การจัดซื้อจัดจ้าง จำนวน ๑๒ โครงการ และเผยแพร่ผลทางเว็บไซต์",
    "3.1": "แจ้งผลการประเมินผลการปฏิบัติงานให้ผู้รับการประเมินทราบและลงลายมือชื่อครบทุกคน ไม่มีผู้ร้องทุกข์",
    "9.1": "รายงานความก้าวหน้าการดำเนินการแต่ละโครงการรอบ ๖ เดือน และสรุปผล ณ สิ้นปีงบประมาณ",
}
SECOND_HALF = {  # done between the rounds
    "2.2": "เผยแพร่ผลการดำเนินงานและการใช้จ่ายงบประมาณ ผ่านเว็บไซต์และเฟซบุ๊กขององค์การบริหารส่วนตำบลชุมแสง ทุกไตรมาส",
    "4.1": "จัดทำทะเบียนคุมการยืมพัสดุและครุภัณฑ์ ตรวจสอบการคืนทุกเดือน",
    "6.2": "ปรับปรุงคู่มือการให้บริการประชาชน ๘ งาน ติดประกาศ ณ จุดบริการ และเผยแพร่ทางเว็บไซต์",
}
RESULTS = {**FIRST_HALF, **SECOND_HALF}
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
NA_REASON = "ไม่มีครุภัณฑ์ที่ต้องจำหน่ายในปีนี้"
DONE_AT_6 = frozenset(FIRST_HALF)
DONE_AT_12 = frozenset(RESULTS)


@contextmanager
def clock_at(stamp: str) -> Iterator[None]:
    """Every change the store makes inside is stamped `stamp` (ISO 8601 with offset)."""
    with mock.patch("ita_tui.store.transaction.now_iso", lambda: stamp):
        yield


def filled_store(db: Path) -> ProgressStore:
    """The scripted year: states, results, outcomes, notes, links and reviews at fixed times."""
    with clock_at("2022-10-03T09:00:00+07:00"):
        store = ProgressStore.open(db, user="somsri")
        store.apply(AddUser("somsri", "supervisor"))
    with clock_at("2023-02-15T10:00:00+07:00"):
        for item_id, text in FIRST_HALF.items():
            store.apply(SetState(item_id, "done"))
            store.apply(SetResult(item_id, text))
        store.apply(SetOutcome(2, "ประชาชนมีส่วนร่วมตรวจสอบการใช้งบประมาณ (รอบ ๖ เดือน)"))
        store.apply(SetState("5.1", "in-progress"))
        store.apply(AddNote("5.1", NOTES["5.1"][0]))
        store.apply(AddLink("9.1", LINKS["9.1"], "ประกาศ"))
    with clock_at("2023-03-31T16:30:00+07:00"):
        store.apply(ReviewItem("2.1", verified=True))
    with clock_at("2023-04-01T08:30:00+07:00"):  # the day after the six-month round
        store.apply(SetState("3.1", "in-progress"))
    with clock_at("2023-08-20T14:00:00+07:00"):
        store.apply(SetState("3.1", "done"))
        for item_id, text in SECOND_HALF.items():
            store.apply(SetState(item_id, "done"))
            store.apply(SetResult(item_id, text))
        for number, text in OUTCOMES.items():
            store.apply(SetOutcome(number, text))
        store.apply(SetState("8.2", "in-progress"))
        store.apply(SetState("4.3", "na", NA_REASON))
        store.apply(AddNote("5.1", NOTES["5.1"][1]))
        store.apply(AddNote("8.2", NOTES["8.2"][0]))
        store.apply(AddLink("2.2", LINKS["2.2"], "ประกาศ"))
        store.apply(ReviewItem("6.2", verified=False, comment="แนบภาพถ่ายจุดบริการ"))
    return store


SIGNERS = [
    "--reporter",
    "นางสาวสมศรี ใจดี",
    "--reporter-position",
    "นักวิเคราะห์นโยบายและแผน",
    "--supervisor-position",
    "ปลัดองค์การบริหารส่วนตำบลชุมแสง",
    "--approver-position",
    "นายกองค์การบริหารส่วนตำบลชุมแสง",
]


def reported_year(folder: Path) -> tuple[ProgressStore, Path, Path]:
    """The scripted year's database in `folder`, and its year-end report as PDF (signed by SIGNERS)
    and Word."""
    from ita_tui import cli

    db = folder / "office.json"
    store = filled_store(db)
    pdf, docx = folder / "report.pdf", folder / "report.docx"
    assert cli.main(["--db", str(db), "export", "report", "-o", str(pdf), "--round", "12", *SIGNERS]) == 0
    assert cli.main(["--db", str(db), "export", "report", "-o", str(docx), "--round", "12"]) == 0
    return store, pdf, docx
