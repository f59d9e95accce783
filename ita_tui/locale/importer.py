"""The importer's words, in Thai (default) and English: what a measures document should hold,
and what a file is when it is not one. Keys: src_* (the document), det_* (the kind of file).
"""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "th": {
        "src_expected": "{origin}: {place}: ต้องการ{expected}{found}",
        "src_line": "บรรทัด {line}",
        "src_page": "หน้า {page}",
        "src_paragraph": "ย่อหน้า {n}",
        "src_table_row": "ตาราง {table} แถว {row}",
        "src_row": "แถว {row}",
        "src_item_field": "ข้อ {id}{field}",
        "src_indicator_field": "ตัวชี้วัดที่ {number}{field}",
        "src_sheet_row": "แผ่นงาน {sheet} แถว {row}",
        "src_too_large": "{path}: ต้องเป็นเอกสารมาตรการขนาดไม่เกิน {most} MiB แต่พบ {size} MiB",
        "src_docx_damaged": "{origin}: ต้องการเอกสาร Word (.docx) แต่พบไฟล์ที่เสียหาย ({problem}):"
        " ให้เปิดใน Word แล้วบันทึกใหม่",
        "src_found": " แต่พบ “{text}”",
        "src_is_dir": "{path}: เป็นโฟลเดอร์ ต้องเป็นเอกสารมาตรการ",
        "src_missing": "{path}: ไม่พบไฟล์",
        "src_read": "{path}: อ่านไฟล์ไม่ได้: {reason}",
        "src_empty": "เอกสารมาตรการที่แปลงเป็นข้อความแล้ว แต่พบไฟล์ว่าง",
        "src_html": "เอกสารมาตรการที่แปลงเป็นข้อความแล้ว (แถวข้อความคั่นด้วยแท็บ) แต่พบหน้าเว็บ HTML"
        " (ให้บันทึกหน้าเว็บเป็น PDF หรือเปิดใน Word แล้วบันทึกเป็น .docx)",
        "src_checklist": "เอกสารมาตรการที่แปลงเป็นข้อความแล้ว (แถวข้อความคั่นด้วยแท็บ)"
        " แต่พบไฟล์รายการตัวชี้วัดของ ita-tui ซึ่งไม่ต้องนำเข้า",
        "src_json": "เอกสารมาตรการที่แปลงเป็นข้อความแล้ว (แถวข้อความคั่นด้วยแท็บ) แต่พบไฟล์ JSON",
        "src_nul": "ข้อความ UTF-8 แต่พบข้อมูลไบนารี (ไบต์ NUL)",
        "src_not_utf8": "ข้อความ UTF-8 แต่พบไบต์ที่ไม่ใช่ UTF-8 (ให้บันทึกเอกสารที่แปลงแล้วเป็น UTF-8)",
        "src_table": "ตารางมาตรการ: แถวใต้หัวตาราง (ในข้อความที่แปลงแล้ว คั่นช่องด้วยแท็บ) เช่น"
        " “มาตรการ/แนวทาง ⇥ วิธีการดำเนินการ ⇥ ระยะเวลาดำเนินการ ⇥ … ⇥ ผู้รับผิดชอบ”",
        "src_table_rows": "ตารางมาตรการ: แถวใต้หัวตาราง (ในข้อความที่แปลงแล้ว คั่นช่องด้วยแท็บ) เช่น"
        " “มาตรการ/แนวทาง ⇥ วิธีการดำเนินการ ⇥ ระยะเวลาดำเนินการ ⇥ … ⇥ ผู้รับผิดชอบ”"
        " ที่มีแถวตัวชี้วัด (ตัวชี้วัดที่ …)",
        "src_heading": "หัวข้อตัวชี้วัด เช่น “ตัวชี้วัดที่ ๒ การใช้งบประมาณ” ในคอลัมน์แรก",
        "src_no_indicator_rows": "แถวตัวชี้วัด (ตัวชี้วัดที่ ๒ …) ใต้หัวตารางนี้ แต่ไม่พบเลย",
        "src_no_methods": "วิธีการดำเนินการที่มีเลขข้อข้างตัวชี้วัด แต่ไม่พบเลย",
        "src_no_year": "ปีงบประมาณในชื่อเอกสาร (เช่น “ประจำปีงบประมาณ ๒๕๖๖”)",
        "src_duplicate_item": "เลขข้อ (คอลัมน์ ข้อ) ไม่ซ้ำกันในตัวชี้วัดเดียวกัน",
        "src_sheet_damaged": "{origin}: ต้องการสมุดงาน Excel (.xlsx) แต่พบไฟล์ที่เสียหาย ({problem}):"
        " ให้เปิดใน Excel แล้วบันทึกใหม่",
        "src_pdf": "{origin}: ต้องการ PDF ที่มีชั้นข้อความ แต่พบ{found}",
        "src_pdf_password": "PDF ที่ตั้งรหัสผ่านไว้: ให้พิมพ์เป็น PDF ใหม่ที่ไม่มีรหัสผ่าน",
        "src_pdf_damaged": "PDF ที่เสียหาย ({problem})",
        "src_pdf_scanned": "เพียงภาพ (เอกสารที่สแกน): ต้องผ่าน OCR ก่อน (เช่น ocrmypdf -l tha)"
        " หรือพิมพ์มาตรการลงใน `ita-tui template -o measures.xlsx`",
        "src_pdf_pages": "{origin}: ต้องเป็นเอกสารมาตรการไม่เกิน {most} หน้า แต่พบ {pages} หน้า",
        "src_over_limit": "{origin}: {place}{what} เกินขีดจำกัด {most} (พบ {found}) ซึ่งเอกสารมาตรการจริงไม่ถึง"
        " หากเป็นเอกสารจริง ให้พิมพ์มาตรการลงใน `ita-tui template -o measures.xlsx`",
        "src_on_page": "หน้า {page}: ",
        "src_on_row": "แถว {row}: ",
        "src_on_line": "บรรทัด {line}: ",
        "lim_list_pattern": "รูปแบบเลขข้อของรายการ (w:lvlText) ยาว",
        "lim_list_fields": "ตัวนับในรูปแบบเลขข้อของรายการ (w:lvlText)",
        "lim_docx_paragraphs": "ย่อหน้าในเอกสาร (รวมในตาราง)",
        "lim_pdf_content": "คำสั่งวาดของหน้าหนึ่ง (ไบต์ เมื่อคลายการบีบอัด)",
        "lim_pdf_all_content": "คำสั่งวาดของทุกหน้ารวมกัน (ไบต์ เมื่อคลายการบีบอัด)",
        "lim_pdf_fonts": "ฟอนต์ที่ฝังในไฟล์ PDF (ไบต์ เมื่อคลายการบีบอัด)",
        "lim_pdf_objects": "สิ่งที่วาดบนหน้าหนึ่ง (ข้อความ เส้น ภาพ)",
        "lim_pdf_chars": "ตัวอักษรในชั้นข้อความของ PDF",
        "lim_pdf_page_crossings": "จุดตัดของเส้นตารางบนหน้าหนึ่ง",
        "lim_pdf_crossings": "จุดตัดของเส้นตารางทั้งเอกสาร",
        "lim_csv_fields": "ช่องในแถวหนึ่ง",
        "lim_csv_field": "ตัวอักษรในช่องหนึ่ง",
        "lim_sheet_cells": "ช่องที่อ่าน (แถวละไม่เกิน 64 ช่อง)",
        "lim_xml_tags": "แท็ก XML ในส่วนหนึ่งของไฟล์",
        "src_fixed_heading": "ส่วนที่แก้ให้ถูกระหว่างอ่าน (โปรดตรวจ):",
        "src_fixed": "  {place}: {what}",
        "src_fixed_inline": "วิธีการ {count} ข้อที่เขียนเลขข้อต่อจากข้อก่อนในย่อหน้าเดียวกัน"
        " แยกออกเป็นข้อของตัวเอง (ตัวชี้วัดที่ {indicator})",
        "src_fixed_marks": "สระบน สระล่าง และวรรณยุกต์ {count} ตัวที่ชั้นข้อความของ PDF แยกออกจากตัวอักษร ต่อกลับเข้าที่",
        "src_fixed_wrap": "“{text}” ที่ตกไปอยู่บรรทัดถัดไปเพราะการตัดบรรทัด ต่อกับบรรทัดบน (ไม่ใช่เลขหน้า)",
        "det_refused": "{origin}: ต้องการเอกสารมาตรการ (.docx, .pdf ที่มีข้อความ, .xlsx, .csv หรือข้อความที่แปลงแล้ว)"
        " แต่พบ{found}",
        "det_odt": "เอกสาร OpenDocument (.odt): ให้บันทึกเป็น .docx"
        " หรือพิมพ์มาตรการลงใน `ita-tui template -o measures.xlsx`",
        "det_ods": "สเปรดชีต OpenDocument (.ods): ให้บันทึกเป็น .xlsx (ตามแบบของ `ita-tui template`)",
        "det_odp": "งานนำเสนอ OpenDocument (.odp)",
        "det_epub": "หนังสืออิเล็กทรอนิกส์ (.epub)",
        "det_doc": "เอกสาร Word รุ่นเก่า (.doc): ให้เปิดใน Word แล้วบันทึกเป็น .docx หรือพิมพ์เป็น PDF",
        "det_xls": "สมุดงาน Excel รุ่นเก่า (.xls): ให้เปิดใน Excel แล้วบันทึกเป็น .xlsx",
        "det_ppt": "ไฟล์ PowerPoint รุ่นเก่า (.ppt): ให้นำตารางไปบันทึกใน Word เป็น .docx",
        "det_office": "ไฟล์ Microsoft Office รุ่นเก่า (ไม่ใช่ .docx หรือ .xlsx):"
        " ให้เปิดใน Word แล้วบันทึกเป็น .docx หรือพิมพ์เป็น PDF",
        "det_zip_damaged": "ไฟล์ zip ที่เสียหาย (.docx หรือ .xlsx ที่บันทึกไม่ครบ)",
        "det_zip_files": "ไฟล์ zip ที่มี {files} ไฟล์ (อ่านได้ไม่เกิน {most} ไฟล์)",
        "det_zip_size": "ไฟล์ zip ที่แตกออกแล้วมีขนาด {size} MiB (ไม่เกิน {most} MiB)",
        "det_zip_part": "ไฟล์ zip ที่ส่วน {part} แตกออกแล้วใหญ่เกินไป",
        "det_pptx": "ไฟล์ PowerPoint (.pptx): ให้คัดลอกตารางไปใส่ Word แล้วบันทึกเป็น .docx",
        "det_zip_other": "ไฟล์ zip ที่ไม่ใช่ไฟล์ Word (.docx) หรือ Excel (.xlsx): ให้แตกไฟล์ก่อน",
        "det_rtf": "ไฟล์ rich text (.rtf): ให้เปิดใน Word แล้วบันทึกเป็น .docx หรือพิมพ์เป็น PDF",
        "det_archive": "ไฟล์บีบอัด {name}: ให้แตกไฟล์ก่อน",
        "det_image": "ภาพ {name} ซึ่งไม่มีข้อความให้อ่าน: หน้าที่สแกนต้องผ่าน OCR ก่อน"
        " หรือพิมพ์มาตรการลงใน `ita-tui template -o measures.xlsx`",
    },
    "en": {
        "src_expected": "{origin}: {place}: expected {expected}{found}",
        "src_line": "line {line}",
        "src_page": "page {page}",
        "src_paragraph": "paragraph {n}",
        "src_table_row": "table {table}, row {row}",
        "src_row": "row {row}",
        "src_item_field": "item {id}{field}",
        "src_indicator_field": "indicator {number}{field}",
        "src_sheet_row": "sheet {sheet}, row {row}",
        "src_too_large": "{path}: expected a measures document of at most {most} MiB, found {size} MiB",
        "src_docx_damaged": "{origin}: expected a Word document (.docx), found a damaged one ({problem}):"
        " open it in Word and save it again",
        "src_found": ", found “{text}”",
        "src_is_dir": "{path}: is a directory, expected a measures document",
        "src_missing": "{path}: no such file",
        "src_read": "{path}: cannot read the file: {reason}",
        "src_empty": "a converted measures document, found an empty file",
        "src_html": "a converted measures document (tab-separated rows of text), found an HTML page"
        " (save the page as a PDF, or open it in Word and save it as .docx)",
        "src_checklist": "a converted measures document (tab-separated rows of text), found an ita-tui"
        " checklist file, which needs no import",
        "src_json": "a converted measures document (tab-separated rows of text), found a JSON file",
        "src_nul": "UTF-8 text, found binary data (a NUL byte)",
        "src_not_utf8": "UTF-8 text, found bytes that are not UTF-8 (save the converted document as UTF-8)",
        "src_table": "a measures table: rows under a header (tab-separated in a converted text) such as"
        " “มาตรการ/แนวทาง ⇥ วิธีการดำเนินการ ⇥ ระยะเวลาดำเนินการ ⇥ … ⇥ ผู้รับผิดชอบ”",
        "src_table_rows": "a measures table: rows under a header (tab-separated in a converted text) such as"
        " “มาตรการ/แนวทาง ⇥ วิธีการดำเนินการ ⇥ ระยะเวลาดำเนินการ ⇥ … ⇥ ผู้รับผิดชอบ”"
        " with indicator rows (ตัวชี้วัดที่ …)",
        "src_heading": "an indicator heading such as “ตัวชี้วัดที่ ๒ การใช้งบประมาณ” in the first column",
        "src_no_indicator_rows": "indicator rows (ตัวชี้วัดที่ ๒ …) under this table header, found none",
        "src_no_methods": "numbered methods (วิธีการดำเนินการ) beside the indicators, found none",
        "src_no_year": "the fiscal year in the document's title (such as “ประจำปีงบประมาณ ๒๕๖๖”)",
        "src_duplicate_item": "each item number (the ข้อ column) once in an indicator",
        "src_sheet_damaged": "{origin}: expected an Excel workbook (.xlsx), found a damaged one ({problem}):"
        " open it in Excel and save it again",
        "src_pdf": "{origin}: expected a PDF with a text layer, found {found}",
        "src_pdf_password": "a password-protected PDF: print it to a new PDF without the password",
        "src_pdf_damaged": "a damaged PDF ({problem})",
        "src_pdf_scanned": "only images (a scanned document): it needs OCR first (e.g. ocrmypdf -l tha),"
        " or type the measures into `ita-tui template -o measures.xlsx`",
        "src_pdf_pages": "{origin}: expected a measures document of at most {most} pages, found {pages}",
        "src_over_limit": "{origin}: {place}{what}: over the limit of {most} (found {found}), which no"
        " measures document comes near; if this one is real, type its measures into"
        " `ita-tui template -o measures.xlsx`",
        "src_on_page": "page {page}: ",
        "src_on_row": "row {row}: ",
        "src_on_line": "line {line}: ",
        "lim_list_pattern": "characters in a list's number pattern (w:lvlText)",
        "lim_list_fields": "counters in a list's number pattern (w:lvlText)",
        "lim_docx_paragraphs": "paragraphs in the document (in tables too)",
        "lim_pdf_content": "bytes of one page's drawing instructions, decoded",
        "lim_pdf_all_content": "bytes of all pages' drawing instructions, decoded",
        "lim_pdf_fonts": "bytes of the fonts embedded in the PDF, decoded",
        "lim_pdf_objects": "things drawn on one page (text runs, lines, pictures)",
        "lim_pdf_chars": "characters in the PDF's text layer",
        "lim_pdf_page_crossings": "crossings of ruled lines on one page",
        "lim_pdf_crossings": "crossings of ruled lines in the document",
        "lim_csv_fields": "fields in one row",
        "lim_csv_field": "characters in one field",
        "lim_sheet_cells": "cells read (64 a row at most)",
        "lim_xml_tags": "XML tags in one part of the file",
        "src_fixed_heading": "Put right while reading (please check):",
        "src_fixed": "  {place}: {what}",
        "src_fixed_inline": "{count} methods numbered inside the paragraph of the one before split off"
        " into items of their own (indicator {indicator})",
        "src_fixed_marks": "{count} Thai vowel and tone marks the PDF's text layer had split off their"
        " letters joined back",
        "src_fixed_wrap": "“{text}”, wrapped onto the next line, joined to the line above"
        " (not a page number)",
        "det_refused": "{origin}: expected a measures document (.docx, .pdf with text, .xlsx, .csv or"
        " converted text), found {found}",
        "det_odt": "an OpenDocument text (.odt): save it as .docx"
        " or type the measures into `ita-tui template -o measures.xlsx`",
        "det_ods": "an OpenDocument spreadsheet (.ods): save it as .xlsx"
        " (in the layout of `ita-tui template`)",
        "det_odp": "an OpenDocument presentation (.odp)",
        "det_epub": "an e-book (.epub)",
        "det_doc": "an old Word document (.doc): open it in Word and save it as .docx, or print it to PDF",
        "det_xls": "an old Excel workbook (.xls): open it in Excel and save it as .xlsx",
        "det_ppt": "an old PowerPoint file (.ppt): save its table in Word as .docx",
        "det_office": "an old Microsoft Office file (not .docx or .xlsx):"
        " open it in Word and save it as .docx, or print it to PDF",
        "det_zip_damaged": "a damaged zip archive (a .docx or .xlsx that did not save whole)",
        "det_zip_files": "a zip archive of {files} files (at most {most} are read)",
        "det_zip_size": "a zip archive that unpacks to {size} MiB (at most {most} MiB)",
        "det_zip_part": "a zip archive whose part {part} unpacks too large",
        "det_pptx": "a PowerPoint file (.pptx): copy its table into Word and save it as .docx",
        "det_zip_other": "a zip archive that is not a Word (.docx) or Excel (.xlsx) file: unpack it first",
        "det_rtf": "a rich-text file (.rtf): open it in Word and save it as .docx, or print it to PDF",
        "det_archive": "a {name} archive: unpack it first",
        "det_image": "a {name} image, which has no text to read: a scanned page needs OCR first"
        " or type the measures into `ita-tui template -o measures.xlsx`",
    },
}
