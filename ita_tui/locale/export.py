"""The words the summary and the PDF print, in Thai (default) and English."""

from __future__ import annotations

_LABELS = {
    "th": {
        "indicators": "ผลการดำเนินการรายตัวชี้วัด",
        "indicator": "ตัวชี้วัด",
        "title": "ประเด็น",
        "done": "ดำเนินการแล้ว",
        "percent": "ร้อยละ",
        "progress": "ความคืบหน้า",
        "overall": "ภาพรวม",
        "items": "รายการ",
        "units": "ผลการดำเนินการรายหน่วยงานผู้รับผิดชอบ",
        "unit": "หน่วยงานผู้รับผิดชอบ",
        "pending": "รายการที่ยังไม่ได้ดำเนินการ",
        "no_pending": "ดำเนินการครบทุกรายการแล้ว",
        "more": "และอีก {n} รายการ",
        "report_title": "สรุปผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. {year}",
        "as_of": "ข้อมูล ณ วันที่ {date}",
        "sign": "ลงชื่อ",
        "position": "ตำแหน่ง",
        "reporter": "ผู้รายงาน",
        "supervisor": "ผู้ตรวจสอบ",
    },
    "en": {
        "indicators": "Completion by indicator",
        "indicator": "Indicator",
        "title": "Title",
        "done": "Done",
        "percent": "Percent",
        "progress": "Progress",
        "overall": "Overall",
        "items": "items",
        "units": "Completion by responsible unit",
        "unit": "Responsible unit",
        "pending": "Items not done",
        "no_pending": "Every item is done",
        "more": "and {n} more",
        "report_title": "Summary of the integrity and transparency measures, fiscal year {year} (B.E.)",
        "as_of": "As of {date}",
        "sign": "Signed",
        "position": "Position",
        "reporter": "Reporter",
        "supervisor": "Reviewed by",
    },
}


def labels(lang: str) -> dict[str, str]:
    """The label set for `lang` ("th" or "en"; anything else reads Thai)."""
    return _LABELS.get(lang, _LABELS["th"])
