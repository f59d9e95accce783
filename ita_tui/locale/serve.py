"""The words of `ita-tui serve`: the login page, the app page, the server's lines, and passwords."""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "th": {
        "web_login_title": "เข้าสู่ระบบ ita-tui",
        "web_login_heading": "ติดตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส",
        "web_name": "ชื่อผู้ใช้",
        "web_password": "รหัสผ่าน",
        "web_login_button": "เข้าสู่ระบบ",
        "web_login_failed": "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง",
        "web_login_wait": "ลองผิดหลายครั้ง กรุณารออีก {seconds} วินาทีแล้วลองใหม่",
        "web_login_expired": "แบบฟอร์มหมดอายุ กรุณาลองอีกครั้ง",
        "web_logged_out": "ออกจากระบบแล้ว",
        "web_logout": "ออกจากระบบ",
        "web_signed_in_as": "เข้าสู่ระบบในชื่อ {user}",
        "web_session_ended": "การใช้งานสิ้นสุดแล้ว",
        "web_restart": "เปิดอีกครั้ง",
        "web_other_language": "English",
        "web_refused": "ไม่อนุญาต: ต้องเข้าสู่ระบบจากหน้านี้ก่อน",
        "serve_listening": "ita-tui เปิดให้ใช้งานที่ {url} (กด Ctrl+C เพื่อหยุด)",
        "serve_no_passwords": "ยังไม่มีผู้ใช้ที่ตั้งรหัสผ่าน: ตั้งด้วย ita-tui --db {db} users passwd ชื่อ",
        "serve_logins_elsewhere": (
            "ไฟล์รหัสผ่าน {path} ไม่ได้อยู่ข้างฐานข้อมูล ({beside}): ผู้ใช้ที่ผูกบัญชีเครื่องไว้"
            " จะตรวจสอบรายการหรือแก้ไขผู้ใช้ในเบราว์เซอร์ไม่ได้"
        ),
        "err_passwords_link": "{path} เป็นลิงก์: ไม่อ่านไฟล์รหัสผ่านผ่านลิงก์",
        "err_passwords_not_file": "{path} ไม่ใช่ไฟล์ปกติ",
        "err_passwords_open": "ไฟล์รหัสผ่าน {path} ให้ผู้อื่นอ่านได้ (โหมด {mode}): ใช้ chmod 600 ก่อน",
        "err_passwords_bad": "{path} ไม่ใช่ไฟล์รหัสผ่านของ ita-tui หรือเสียหาย",
        "err_password_short": "รหัสผ่านต้องยาวอย่างน้อย {n} ตัวอักษร",
        "err_password_long": "รหัสผ่านยาวเกิน {n} ตัวอักษร",
        "err_password_mismatch": "รหัสผ่านสองครั้งไม่ตรงกัน",
        "err_password_no_terminal": "ไม่มีเทอร์มินัลให้พิมพ์รหัสผ่าน: ใช้ --stdin แล้วส่งรหัสผ่านหนึ่งบรรทัด",
        "err_password_unknown_user": "ไม่มีผู้ใช้ {name} ในฐานข้อมูล: เพิ่มด้วย ita-tui users add {name} ก่อน",
        "err_serve_port": "เปิดพอร์ต {host}:{port} ไม่ได้: {reason}",
        "err_serve_public_url": "--public-url ต้องขึ้นต้นด้วย http:// หรือ https:// และมีชื่อเครื่อง: {url}",
        "password_prompt": "รหัสผ่านใหม่ของ {name}: ",
        "password_again": "พิมพ์รหัสผ่านอีกครั้ง: ",
        "password_set": "ตั้งรหัสผ่านของ {name} แล้ว ({path})",
    },
    "en": {
        "web_login_title": "Log in to ita-tui",
        "web_login_heading": "Integrity and transparency measures",
        "web_name": "User name",
        "web_password": "Password",
        "web_login_button": "Log in",
        "web_login_failed": "Wrong user name or password",
        "web_login_wait": "Too many failed logins: wait {seconds} seconds, then try again",
        "web_login_expired": "The form expired: please try again",
        "web_logged_out": "Logged out",
        "web_logout": "Log out",
        "web_signed_in_as": "Logged in as {user}",
        "web_session_ended": "The session has ended",
        "web_restart": "Open again",
        "web_other_language": "ภาษาไทย",
        "web_refused": "Refused: log in on this page first",
        "serve_listening": "ita-tui is served at {url} (Ctrl+C stops it)",
        "serve_no_passwords": (
            "No user has a password yet: set one with ita-tui --db {db} users passwd NAME"
        ),
        "serve_logins_elsewhere": (
            "the password file {path} is not beside the database ({beside}): users with a recorded"
            " OS login cannot review or change users in the browser"
        ),
        "err_passwords_link": "{path} is a link: the password file is never read through a link",
        "err_passwords_not_file": "{path} is not a regular file",
        "err_passwords_open": (
            "the password file {path} can be read by others (mode {mode}): chmod 600 it first"
        ),
        "err_passwords_bad": "{path} is not an ita-tui password file, or it is damaged",
        "err_password_short": "a password needs at least {n} characters",
        "err_password_long": "a password may have at most {n} characters",
        "err_password_mismatch": "the two passwords differ",
        "err_password_no_terminal": "no terminal to type a password on: use --stdin and send one line",
        "err_password_unknown_user": (
            "no user {name} in the database: add it with ita-tui users add {name} first"
        ),
        "err_serve_port": "cannot listen on {host}:{port}: {reason}",
        "err_serve_public_url": "--public-url must start with http:// or https:// and name a host: {url}",
        "password_prompt": "New password for {name}: ",
        "password_again": "Type it again: ",
        "password_set": "Password of {name} set ({path})",
    },
}
