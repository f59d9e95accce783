"""Every error a user reads, in Thai (default) and English: one line naming the file, what was
wrong and what to do. The English lines are the ones ita-tui has always printed.

Keys: err_* a whole error, exp_* what a checklist file should hold (why a file or the system
refused is in files.py, the importer's own words in importer.py).
"""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "th": {
        "err_line": "ita-tui: ข้อผิดพลาด: {message}",
        # the command line
        "err_app_needs_terminal": "โปรแกรมต้องเปิดในเทอร์มินัล (ขณะนี้อินพุตหรือเอาต์พุตไม่ใช่เทอร์มินัล);"
        " ในสคริปต์ให้ใช้คำสั่ง เช่น status, summary, log หรือ tick (ดู ita-tui --help)",
        "err_format_needs_output": "--format {fmt} ต้องมี -o FILE บอกไฟล์ที่จะเขียน",
        "err_format_from_name": "{path}: บอกรูปแบบจากชื่อไฟล์ไม่ได้ ให้เพิ่ม --format {formats}",
        "err_os_file": "{path}: {reason}",
        "err_output": "เขียนผลลัพธ์ไม่ได้: {reason}",
        # the checklist file
        "err_checklist_write": "{path}: เขียนไฟล์รายการตัวชี้วัดไม่ได้: {reason}",
        "err_checklist_is_dir": "{path}: เป็นโฟลเดอร์ ต้องเป็นไฟล์รายการตัวชี้วัด (JSON)",
        "err_checklist_missing": "{path}: ไม่พบไฟล์รายการตัวชี้วัด",
        "err_checklist_read": "{path}: อ่านไฟล์รายการตัวชี้วัดไม่ได้: {reason}",
        "err_checklist_not_utf8": "{path}: ไม่ใช่ข้อความ UTF-8 ต้องเป็นไฟล์รายการตัวชี้วัด (JSON)",
        "err_checklist_not_json": "{path}: ไม่ใช่ไฟล์รายการตัวชี้วัด (JSON) (หากเป็นเอกสารมาตรการที่แปลงเป็นข้อความแล้ว"
        " ให้สั่ง: ita-tui import {path} -o checklist.json)",
        "err_checklist_bad_json": "{path}: บรรทัด {line} คอลัมน์ {column}: JSON ไม่ถูกต้อง ({detail})",
        "err_checklist_expected": "{origin}: {at}: ต้องเป็น{expected}",
        "exp_found": "{expected} แต่พบ{found}",
        "exp_missing": "{expected} (ไม่มีคีย์นี้)",
        "exp_format": '"{name}" (ไฟล์รายการตัวชี้วัดของ ita-tui) แต่พบ{found}',
        "exp_no_format_key": 'ว่าไม่มีคีย์ "format"',
        "exp_version_up_to": "รุ่นรูปแบบไม่เกิน {version} แต่พบ {found} (เขียนโดย ita-tui รุ่นใหม่กว่า ให้ปรับรุ่น ita-tui)",
        "exp_version": "รุ่นรูปแบบ ({version})",
        "exp_nonempty_id": "รหัสที่ไม่ว่าง",
        "exp_id_once": 'รหัสที่ใช้ครั้งเดียว แต่ "{id}" ซ้ำกันสองครั้ง',
        "exp_id_safe": "รหัสที่เป็นข้อความพิมพ์ได้บรรทัดเดียว ไม่มี / หรือ \\ อักขระควบคุม อักขระกำหนดทิศทาง"
        ' หรืออักขระที่มองไม่เห็น (ZWJ, BOM …) แต่พบ "{id}"',
        "exp_number_once": "เลขตัวชี้วัดที่ใช้ครั้งเดียว แต่ {number} ซ้ำกันสองครั้ง",
        "exp_object": "ออบเจ็กต์",
        "exp_integer": "จำนวนเต็ม",
        "exp_text": "ข้อความ",
        "exp_list": "รายการ (list)",
        "exp_texts": "รายการข้อความ",
        "exp_indicators": "รายการตัวชี้วัด",
        "exp_indicator": "ออบเจ็กต์ตัวชี้วัด",
        "exp_items": "รายการวิธีการดำเนินการ",
        "exp_item": "ออบเจ็กต์วิธีการดำเนินการ",
        "exp_item_id": 'รหัสเป็นข้อความ เช่น "2.1"',
        "exp_sub_indicator": "ออบเจ็กต์ตัวชี้วัดย่อย",
        "exp_oit_item": "ออบเจ็กต์รายการ OIT",
        "exp_oit_code": 'รหัส เช่น "O12"',
        "exp_sub_number": 'ข้อความ เช่น "9.2"',
        "exp_year": "ปีพุทธศักราช เช่น 2566",
        "exp_year_range": "ปีงบประมาณระหว่าง พ.ศ. {first} ถึง {last} (พบ {found})",
        "json_null": "ค่าว่าง (null)",
        "json_bool": "ค่าจริง/เท็จ",
        "json_number": "ตัวเลข",
        "json_text": "ข้อความ",
        "json_list": "รายการ (list)",
        "json_object": "ออบเจ็กต์",
        "err_no_indicator_of": "ไม่มีตัวชี้วัดที่ {indicator} (มี: {numbers})",
        "err_item_needs_text": "ข้อต้องมีข้อความวิธีการดำเนินการ",
        "err_after_not_in_indicator": "ข้อ {item} ไม่อยู่ในตัวชี้วัดที่ {indicator} (--after ต้องเป็นข้อในตัวชี้วัดนั้น)",
        "err_indicator_needs_title": "ตัวชี้วัดต้องมีชื่อ",
        "err_indicator_taken": "มีตัวชี้วัดที่ {indicator} อยู่แล้ว",
        "err_nothing_to_undo": "ไม่มีการเปลี่ยนแปลงของคุณที่ย้อนกลับได้",
        "err_nothing_to_redo": "ไม่มีการย้อนกลับที่ทำซ้ำได้ (หรือมีการเปลี่ยนแปลงใหม่หลังการย้อนกลับ)",
        "err_no_note": "ข้อ {item} ไม่มีบันทึกที่ {number} (มี {count} รายการ ดูหมายเลขได้จาก ita-tui status หรือ log)",
        "err_no_link": "ข้อ {item} ไม่มีลิงก์ที่ {number} (มี {count} รายการ ดูหมายเลขได้จาก ita-tui status หรือ log)",
        "err_note_retracted": "บันทึกที่ {number} ของข้อ {item} ถูกถอนแล้วโดย {by} จึงแก้ไม่ได้",
        "err_note_needs_text": 'บันทึกต้องมีข้อความ: ita-tui note ID "TEXT"'
        ' (แก้: --edit N "TEXT", ถอน: --retract N)',
        "err_item_edit_nothing": "ไม่ได้บอกว่าจะแก้อะไร: ใส่ --text, --period,"
        " --follow-up, --responsible หรือ --oit",
        "err_note_number": "--edit N TEXT: N คือหมายเลขบันทึก (1, 2 …) ไม่ใช่ {number}",
        "year_in_era": "{be}",  # a year as the language counts it: Buddhist Era
        "err_db_other_checklist": "{db} ติดตามรายการตัวชี้วัดของ {org} ปี {year} ไม่ใช่ของ {file}:"
        " เริ่มฐานข้อมูลใหม่สำหรับไฟล์นี้ด้วย --db NEW.json --checklist {file}"
        " หรือเปลี่ยนรายการในฐานข้อมูลนี้ด้วย {update}",
        "err_not_a_link": '"{url}" ไม่ใช่ลิงก์หลักฐาน: ลิงก์หลักฐานคือที่อยู่เว็บ http:// หรือ https://'
        " ที่หน่วยงานเผยแพร่ เช่น https://www.example.go.th/ita/o12 (ชื่อโดเมนเปล่าจะได้ https:// ให้)",
        "err_other_checklist": "รายการตัวชี้วัดใหม่เป็นของ {new_org} {new_year}"
        " แต่ฐานข้อมูลเป็นของ {old_org} {old_year}: รหัสข้อจะไปทับความคืบหน้าของข้ออื่น"
        " จึงไม่ได้เปลี่ยนอะไร (ติดตามในฐานข้อมูลใหม่ด้วย --db NEW.json"
        " --checklist FILE หรือเพิ่ม --force หากแก้เพียงชื่อหรือปี)",
        # items, notes and links
        "err_no_item_nearest": 'ไม่มีข้อ "{item}" ในรายการตัวชี้วัด; รหัสที่ใกล้เคียง: {ids}',
        "err_no_item_empty": 'ไม่มีข้อ "{item}" ในรายการตัวชี้วัด (รายการยังไม่มีข้อใดเลย)',
        "err_note_empty": "บันทึกต้องมีข้อความ",
        "err_link_needs_url": "ลิงก์หลักฐานต้องมี URL",
        "err_url_spaces": '"{url}" ไม่ใช่ที่อยู่เว็บ (URL ไม่มีช่องว่าง เช่น https://www.example.go.th/ita/o12)'
        " ให้ใส่คำอธิบายไว้ในป้ายกำกับ (--label) แทน",
        # the progress database
        "err_unknown_state": "ไม่รู้จักสถานะ '{state}'; ต้องเป็นหนึ่งใน {states}",
        "err_na_needs_reason": "สถานะไม่เกี่ยวข้องต้องมีเหตุผล (--reason TEXT)",
        "err_no_indicator": "ไม่มีตัวชี้วัดที่ {indicator} ในรายการตัวชี้วัด",
        "doing_review": "ตรวจสอบรายการ",
        "doing_users": "เพิ่มหรือแก้ไขผู้ใช้",
        "err_other_login": "เฉพาะบัญชีเครื่อง {login} เท่านั้นที่{doing}ในนามของ {user}"
        " ได้; โปรแกรมนี้ทำงานในบัญชีเครื่อง {actual}",
        "err_login_bad": "{login} ไม่ใช่ชื่อบัญชีเครื่อง (login) ที่ใช้ได้: ต้องไม่ว่าง"
        " ไม่มีช่องว่าง : หรือ / และยาวไม่เกิน 64 ตัวอักษร",
        "err_no_supervisor": "เฉพาะผู้บังคับบัญชาเท่านั้นที่{doing}ได้ และยังไม่มีการบันทึกผู้บังคับบัญชา"
        " (ita-tui users add NAME --role supervisor)",
        "err_not_supervisor": "เฉพาะผู้บังคับบัญชาเท่านั้นที่{doing}ได้ ({names}); {user} ไม่ใช่ผู้บังคับบัญชา",
        "err_review_not_done": "ข้อ {item} ยังไม่เสร็จ ({state}); ตรวจสอบได้เฉพาะข้อที่ทำแล้ว",
        "err_return_needs_comment": "การส่งกลับแก้ไขต้องมีความเห็นว่าต้องแก้อะไร",
        "err_unknown_role": "ไม่รู้จักบทบาท '{role}'; ต้องเป็นหนึ่งใน {roles}",
        "err_user_needs_name": "ผู้ใช้ต้องมีชื่อ",
        "doing_units": "แก้ไขรายชื่อหน่วยงาน",
        "err_no_unit": "ไม่มีหน่วยงาน '{unit}' (หน่วยงานที่มี: {units}; เพิ่มด้วย ita-tui units add NAME)",
        "err_unit_needs_name": "หน่วยงานต้องมีชื่อ",
        "err_unit_exists": "มีหน่วยงาน '{unit}' อยู่แล้ว",
        "err_map_needs_units": "ให้ระบุหน่วยงานอย่างน้อยหนึ่งหน่วย (หรือ --proposed เพื่อยืนยันที่เสนอ)",
        "err_busy": "{path}: ไม่ว่าง: {holder} ถือล็อกไว้นานเกิน {seconds} วินาทีแล้ว ลองใหม่อีกครั้ง",
        "err_db_open": "{path}: เปิดฐานข้อมูลไม่ได้: {reason}",
        "err_db_not_a_file": "{path}: {kind}; ให้ระบุไฟล์ฐานข้อมูลความคืบหน้าเป็น --db",
        "err_checklist_not_a_file": "{path}: {kind} ต้องเป็นไฟล์รายการตัวชี้วัด (JSON)",
        "err_db_gone": "{path}: ฐานข้อมูลหายไป",
        "err_indicator_edit_nothing": "ตัวชี้วัดที่ {indicator}: ระบุ --title หรือ --issues อย่างน้อยหนึ่งอย่าง",
        "err_read_only_app_only": "--read-only ใช้กับการเปิดแอปเท่านั้น (ita-tui --read-only --db FILE);"
        " คำสั่ง {command} ไม่ได้ใช้ตัวเลือกนี้",
        "score_bad_subject": "'{text}' ไม่ใช่ตัวชี้วัด 1-10, IIT, EIT, OIT หรือคะแนนรวม",
        "score_bad_value": "'{text}' ไม่ใช่คะแนน: ต้องเป็นตัวเลข 0 ถึง 100",
        "score_bad_year": "--year {text}: ต้องเป็นปี พ.ศ. สี่หลัก เช่น 2566",
        "scores_sheet_row": "{origin} แถว {row}: {problem}; ไม่ได้บันทึกคะแนนใด",
        "scores_sheet_no_columns": "{origin}: ไม่พบหัวตารางที่มีคอลัมน์ตัวชี้วัดและคอลัมน์คะแนน (เช่น ตัวชี้วัด | คะแนน)",
        "scores_sheet_empty": "{origin}: ไม่มีคะแนนใต้หัวตาราง",
        "scores_sheet_kind": "{origin}: อ่านคะแนนได้จากไฟล์ .csv หรือ .xlsx เท่านั้น",
        "err_db_exists": "{path}: มีไฟล์นี้อยู่แล้ว ไม่เขียนทับ (เลือกชื่ออื่น)",
        "err_no_database": "{path}: ไม่มีฐานข้อมูลที่นี่ และไม่ได้สร้างอะไรขึ้น (สร้างได้โดยเปิดแอป ita-tui --db {quoted}"
        " หรือบันทึกการเปลี่ยนแปลง เช่น ita-tui --db {quoted} tick ID)",
        "err_backup_left_alone": "{path}: {kind}; การเปลี่ยนแปลงบันทึกแล้ว แต่ไม่ได้เก็บสำเนาสำรองที่ชื่อนี้",
        "err_read_only": "{path}: ฐานข้อมูลเป็นแบบอ่านอย่างเดียว ไม่ได้บันทึกการเปลี่ยนแปลง (ขอสิทธิ์เขียนจากเจ้าของไฟล์)",
        "err_bad_file": "{path}: {problem}; ไฟล์ยังอยู่อย่างเดิม; {backup}",
        "err_no_backup": "ยังไม่มีสำเนาสำรองของไฟล์นี้",
        "err_latest_backup": "สำเนาสำรองล่าสุดที่ใช้ได้: {backup} (กู้คืนด้วย: {restore})",
        "err_io": "{doing}: {reason}{where}; {outcome}",
        # exports
        "err_summary_write": "{path}: เขียนไฟล์สรุปไม่ได้: {reason}",
        "err_no_svg": "ไม่เขียนสรุปเป็น SVG: ตารางช่องอักษรของ SVG วาดอักษรไทยไม่ได้ ให้ใช้ .html หรือ .pdf",
        "err_fonts": "โหลดฟอนต์ Sarabun จาก {folder} ไม่ได้: {reason}",
        "err_pdf_write": "{path}: เขียนไฟล์ PDF ไม่ได้: {reason}",
        "err_xlsx_write": "{path}: เขียนไฟล์ Excel ไม่ได้: {reason}",
        "err_xlsx_name": "{path}: ต้องเป็นชื่อไฟล์ .xlsx (สมุดงาน Excel)",
        "err_report_write": "{path}: เขียนรายงานไม่ได้: {reason}",
        "err_export_format": "{path}: ita-tui export {kind} เขียนเป็น {suffixes} เท่านั้น",
        "err_measures_write": "{path}: เขียนเอกสารมาตรการไม่ได้: {reason}",
        "err_signers_read": "{path}: อ่านรายชื่อผู้ลงนามที่จำไว้ไม่ได้: {reason}",
        "err_signers_shape": "{path}: ต้องเป็นออบเจ็กต์ของชื่อและตำแหน่งผู้ลงนาม",
        "err_signers_write": "{path}: จำรายชื่อผู้ลงนามไม่ได้: {reason}",
        "err_result_no_notes": "ข้อ {item} ยังไม่มีบันทึกให้ร่างสรุปผล",
        "err_result_needs_text": "สรุปผลต้องมีข้อความ TEXT (หรือ --from-notes เพื่อร่างจากบันทึกของข้อนั้น)",
        # limits (limits.py)
        "err_checklist_limit": "{path}: {problem}",
        "exp_text_limit": "ข้อความยาวไม่เกิน {limit} ตัวอักษร (ขีดจำกัดต่อข้อความ) แต่พบ {found} ตัวอักษร",
        "exp_items_limit": "ไม่เกิน {limit} ข้อต่อรายการตัวชี้วัด (ขีดจำกัด)",
        "err_clock": "นาฬิกาของเครื่องบอกปี ค.ศ. {year} ซึ่งอยู่นอกช่วง {first}–{last} ที่เวลาบันทึกได้"
        " ไม่ได้บันทึกหรือเขียนสิ่งใด ให้ตั้งนาฬิกาให้ถูก (date, timedatectl) แล้วลองใหม่",
        "lim_nesting": "ซ้อนกันลึกเกินขีดจำกัด {limit} ชั้น",
        "lim_digits": "ตัวเลขยาว {digits} หลัก เกินขีดจำกัด {limit} หลักต่อจำนวน",
        "lim_constant": "{name} ไม่ใช่ตัวเลขที่ JSON ยอมรับ",
        "lim_text": "{what}: ยาว {found} ตัวอักษร เกินขีดจำกัด {limit} ตัวอักษรต่อข้อความ",
        "err_text_limit": '"{start}…": ยาว {found} ตัวอักษร เกินขีดจำกัด {limit} ตัวอักษรต่อข้อความ; ไม่ได้บันทึก',
        "err_notes_limit": "ข้อ {item} มี {table} ครบ {count} รายการแล้ว ซึ่งเป็นขีดจำกัดต่อข้อ ({limit}); ไม่ได้บันทึก",
        "err_arg_not_utf8": "{where}: ไม่ใช่ข้อความ UTF-8 (ไบต์ 0x{byte}; เทอร์มินัลตั้งเป็น TIS-620 อยู่หรือไม่?"
        " ตั้งเป็น UTF-8 แล้วพิมพ์ใหม่)",
        "err_import_too_large": "{path}: ขนาด {size} MiB เกินขีดจำกัด {limit} MiB"
        " ของเอกสารมาตรการที่แปลงเป็นข้อความ",
        "err_import_line_limit": "{path}: บรรทัด {line}: ยาว {found} ตัวอักษร เกินขีดจำกัด {limit} ตัวอักษรต่อบรรทัด",
    },
    "en": {
        "err_line": "ita-tui: error: {message}",
        "err_app_needs_terminal": "the app needs a terminal (input or output is not one); in scripts use a"
        " command such as status, summary, log or tick (see ita-tui --help)",
        "err_format_needs_output": "--format {fmt} needs -o FILE to write to",
        "err_format_from_name": "{path}: cannot tell the format from the file name; add --format {formats}",
        "err_os_file": "{path}: {reason}",
        "err_output": "cannot write the output: {reason}",
        "err_checklist_write": "{path}: cannot write the checklist file: {reason}",
        "err_checklist_is_dir": "{path}: is a directory, expected a checklist JSON file",
        "err_checklist_missing": "{path}: no such checklist file",
        "err_checklist_read": "{path}: cannot read the checklist file: {reason}",
        "err_checklist_not_utf8": "{path}: not UTF-8 text, expected a checklist JSON file",
        "err_checklist_not_json": "{path}: not a JSON checklist file (to read a converted measures"
        " document, run: ita-tui import {path} -o checklist.json)",
        "err_checklist_bad_json": "{path}: line {line} column {column}: not valid JSON ({detail})",
        "err_checklist_expected": "{origin}: {at}: expected {expected}",
        "exp_found": "{expected}, found {found}",
        "exp_missing": "{expected} (the key is missing)",
        "exp_format": '"{name}" (an ita-tui checklist file), found {found}',
        "exp_no_format_key": 'no "format" key',
        "exp_version_up_to": "a format version up to {version}, found {found}"
        " (written by a newer ita-tui; upgrade ita-tui)",
        "exp_version": "the format version ({version})",
        "exp_nonempty_id": "a non-empty id",
        "exp_id_once": 'an id used once, but "{id}" appears twice',
        "exp_id_safe": "an id of printable text on one line, without / or \\, control, bidi or invisible"
        ' characters (ZWJ, BOM …), found "{id}"',
        "exp_number_once": "an indicator number used once, but {number} appears twice",
        "exp_object": "an object",
        "exp_integer": "an integer",
        "exp_text": "text",
        "exp_list": "a list",
        "exp_texts": "a list of texts",
        "exp_indicators": "a list of indicators",
        "exp_indicator": "an indicator object",
        "exp_items": "a list of items",
        "exp_item": "an item object",
        "exp_item_id": 'a text id such as "2.1"',
        "exp_sub_indicator": "a sub-indicator object",
        "exp_oit_item": "an OIT item object",
        "exp_oit_code": 'a code such as "O12"',
        "exp_sub_number": 'text such as "9.2"',
        "exp_year": "a Buddhist Era year such as 2566",
        "exp_year_range": "a fiscal year from {first} to {last} BE (found {found})",
        "json_null": "null",
        "json_bool": "true/false",
        "json_number": "a number",
        "json_text": "text",
        "json_list": "a list",
        "json_object": "an object",
        "err_no_indicator_of": "there is no indicator {indicator} (there are: {numbers})",
        "err_item_needs_text": "an item needs its text",
        "err_after_not_in_indicator": "item {item} is not in indicator {indicator}"
        " (--after names an item there)",
        "err_indicator_needs_title": "an indicator needs a title",
        "err_indicator_taken": "there is an indicator {indicator} already",
        "err_nothing_to_undo": "none of your changes is left to undo",
        "err_nothing_to_redo": "nothing to redo (or you made a new change since the undo)",
        "err_no_note": "item {item} has no note {number} (it has {count}; status and log show their numbers)",
        "err_no_link": "item {item} has no link {number} (it has {count}; status and log show their numbers)",
        "err_note_retracted": "note {number} of item {item} was retracted by {by}; it cannot be edited",
        "err_note_needs_text": 'a note needs its text: ita-tui note ID "TEXT"'
        ' (correct: --edit N "TEXT", retract: --retract N)',
        "err_item_edit_nothing": "nothing to change: give --text, --period, --follow-up,"
        " --responsible or --oit",
        "err_note_number": "--edit N TEXT: N is the note's number (1, 2 …), not {number}",
        "year_in_era": "{ce}",  # ... and the Common Era in English
        "err_db_other_checklist": "{db} tracks the checklist of {org} {year}, not {file}: start a new"
        " database for that file with --db NEW.json --checklist {file}, or replace this database's"
        " checklist with {update}",
        "err_not_a_link": '"{url}" is not an evidence link: an evidence link is an http:// or https:// web'
        " address where the agency published it, e.g. https://www.example.go.th/ita/o12 (a bare domain"
        " gets https://)",
        "err_other_checklist": "the new checklist is for {new_org} {new_year}, the database's for {old_org}"
        " {old_year}: its ids would take over progress made on other items; nothing was changed (track it in"
        " a new database with --db NEW.json --checklist FILE, or add --force if it only corrects the name or"
        " year)",
        "err_no_item_nearest": 'no item "{item}" in the checklist; nearest ids: {ids}',
        "err_no_item_empty": 'no item "{item}" in the checklist (it has no items)',
        "err_note_empty": "a note needs some text",
        "err_link_needs_url": "an evidence link needs a URL",
        "err_url_spaces": '"{url}" is not a web address (a URL has no spaces, e.g.'
        " https://www.example.go.th/ita/o12); put words in the label instead",
        "err_unknown_state": "unknown state '{state}'; expected one of {states}",
        "err_na_needs_reason": "not applicable needs a reason (--reason TEXT)",
        "err_no_indicator": "no indicator {indicator} in the checklist",
        "doing_review": "review items",
        "doing_users": "add or change users",
        "err_other_login": "only the OS login {login} may {doing} as {user};"
        " this runs as the OS login {actual}",
        "err_login_bad": "{login} is not an OS login name: it must not be empty or hold"
        " spaces, : or /, and has at most 64 characters",
        "err_no_supervisor": "only a supervisor may {doing}, and none is recorded yet"
        " (ita-tui users add NAME --role supervisor)",
        "err_not_supervisor": "only a supervisor may {doing} ({names}); {user} is not one",
        "err_review_not_done": "item {item} is not done ({state}); only a done item is reviewed",
        "err_return_needs_comment": "returning an item needs a comment saying what to fix",
        "err_unknown_role": "unknown role '{role}'; expected one of {roles}",
        "err_user_needs_name": "a user needs a name",
        "doing_units": "edit units",
        "err_no_unit": "no unit '{unit}' (units: {units}; add one with ita-tui units add NAME)",
        "err_unit_needs_name": "a unit needs a name",
        "err_unit_exists": "there is already a unit '{unit}'",
        "err_map_needs_units": "name at least one unit (or --proposed to confirm the proposed ones)",
        "err_busy": "{path}: busy: {holder} has held its lock for over {seconds} s; try again",
        "err_db_open": "{path}: cannot open the database: {reason}",
        "err_backup_left_alone": "{path}: {kind}; the change is saved,"
        " but no backup was kept under this name",
        "err_db_not_a_file": "{path}: {kind}; give a progress database file as --db",
        "err_checklist_not_a_file": "{path}: {kind}, expected a checklist JSON file",
        "err_db_gone": "{path}: the database has disappeared",
        "err_indicator_edit_nothing": "indicator {indicator}: give --title or --issues (or both)",
        "err_read_only_app_only": "--read-only is for opening the app only (ita-tui --read-only --db FILE);"
        " the command {command} does not take it",
        "score_bad_subject": "'{text}' is not an indicator 1-10, IIT, EIT, OIT or the total",
        "score_bad_value": "'{text}' is not a score: it must be a number from 0 to 100",
        "score_bad_year": "--year {text}: must be a four-digit Buddhist Era year such as 2566",
        "scores_sheet_row": "{origin} row {row}: {problem}; no score was kept",
        "scores_sheet_no_columns": "{origin}: no header row with an indicator column and a score column"
        " (such as indicator | score)",
        "scores_sheet_empty": "{origin}: no scores under the header row",
        "scores_sheet_kind": "{origin}: scores are read from a .csv or .xlsx file only",
        "err_db_exists": "{path}: the file exists already and is not overwritten (choose another name)",
        "err_no_database": "{path}: there is no database here, and nothing was created (make one by opening"
        " the app, ita-tui --db {quoted}, or by recording a change, e.g. ita-tui --db {quoted} tick ID)",
        "err_read_only": "{path}: the database is read-only; the change was not saved"
        " (ask whoever owns it for write permission)",
        "err_bad_file": "{path}: {problem}; the file was left as it is; {backup}",
        "err_no_backup": "no backup of it exists yet",
        "err_latest_backup": "latest good backup: {backup} (to restore: {restore})",
        "err_io": "{doing}: {reason}{where}; {outcome}",
        "err_summary_write": "{path}: cannot write the summary: {reason}",
        "err_no_svg": "SVG summaries are not written: Thai cannot be drawn in its grid of cells;"
        " use .html or .pdf",
        "err_fonts": "cannot load the Sarabun fonts from {folder}: {reason}",
        "err_pdf_write": "{path}: cannot write the PDF: {reason}",
        "err_xlsx_write": "{path}: cannot write the workbook: {reason}",
        "err_xlsx_name": "{path}: expected a file name ending in .xlsx (an Excel workbook)",
        "err_report_write": "{path}: cannot write the report: {reason}",
        "err_export_format": "{path}: ita-tui export {kind} writes {suffixes} only",
        "err_measures_write": "{path}: cannot write the measures document: {reason}",
        "err_signers_read": "{path}: cannot read the remembered signers: {reason}",
        "err_signers_shape": "{path}: expected an object of signer names and positions",
        "err_signers_write": "{path}: cannot remember the signers: {reason}",
        "err_result_no_notes": "item {item} has no notes to draft a result from",
        "err_result_needs_text": "a result needs TEXT (or --from-notes to draft it from the item's notes)",
        # limits (limits.py)
        "err_checklist_limit": "{path}: {problem}",
        "exp_text_limit": "at most {limit} characters (the limit per text), found {found}",
        "exp_items_limit": "at most {limit} items in a checklist (the limit)",
        "err_clock": "the computer's clock says the year {year}, outside the years {first}-{last} a time"
        " stamp can hold; nothing was recorded or written: set the clock right (date, timedatectl) and"
        " try again",
        "lim_nesting": "nested deeper than the limit of {limit} levels",
        "lim_digits": "a number of {digits} digits, over the limit of {limit} digits per number",
        "lim_constant": "{name} is not a number JSON allows",
        "lim_text": "{what}: {found} characters, over the limit of {limit} per text",
        "err_text_limit": '"{start}…": {found} characters, over the limit of {limit} per text;'
        " nothing was saved",
        "err_notes_limit": "item {item} already has {count} {table}, the limit"
        " per item ({limit}); nothing was saved",
        "err_arg_not_utf8": "{where}: not UTF-8 text (byte 0x{byte}; is the terminal set to TIS-620?"
        " set it to UTF-8 and type it again)",
        "err_import_too_large": "{path}: {size} MiB, over the limit of {limit} MiB"
        " for a converted measures document",
        "err_import_line_limit": "{path}: line {line}: {found} characters, over"
        " the limit of {limit} per line",
    },
}
