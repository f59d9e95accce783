#!/bin/sh
# How tests/data/db-v1.json was made, with ita-tui at commit 7f3e9db (database format 1):
#   sh tests/data/make-db-v1.sh .venv/bin/ita-tui
# ticks (one undone and done again), notes (Thai, emoji, brackets), links, and a checklist update
# that rewords 2.2, removes 3.5 (which had a note) and adds 4.4. Kept as made; never regenerated.
set -eu
ITA=${1:-ita-tui}
OUT=$(mktemp -d)
db() { "$ITA" --db "$OUT/db-v1.json" "$@"; }
db --user somchai tick 2.1
db --user somchai tick 3.1
db --user somsri tick 9.2
db --user somsri tick 3.1 --undo
db --user somchai tick 3.1
db --user somchai tick 3.5
db --user somchai note 2.1 "ประชุมชี้แจงแล้ว 12 ม.ค."
db --user somsri note 2.1 "ส่งหนังสือเวียน [ด่วน] 😀"
db --user somsri note 9.2 "รอผลการประเมิน"
db --user somsri note 3.5 "บันทึกก่อนลบข้อ"
db --user somchai link 9.2 chumsaeng.go.th/ita/o12 --label O12
db --user somchai link 2.1 https://example.org/a
python3 - "$OUT/update.json" <<'PY'
import json, sys
d = json.load(open("data/chumsaeng-2566.json", encoding="utf-8"))
by_number = {ind["number"]: ind for ind in d["indicators"]}
by_number[2]["items"][1]["text"] += " (แก้ไขถ้อยคำ)"
by_number[3]["items"].pop()
extra = dict(by_number[4]["items"][-1], id="4.4", number=4, text="ข้อที่เพิ่มเมื่อปรับปรุงรายการ")
by_number[4]["items"].append(extra)
json.dump(d, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False, indent=1)
PY
db --user somchai checklist update "$OUT/update.json"
db --user somsri tick 4.4
db --user somsri note 4.4 "ข้อใหม่เริ่มแล้ว"
cp "$OUT/db-v1.json" tests/data/db-v1.json
