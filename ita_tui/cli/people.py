"""The command line's people and units: `users add|list|passwd` and `units add|rename|remove|list|map|
confirm` (the agency's units, and which units each responsible text in the checklist means).

A user's OS login is set with `users add NAME --login LOGIN` again, the command that already
changes a role or a unit; left out, the recorded login stays (a role changed without it must not
quietly let any login act as the name); `--no-login` takes it away."""

from __future__ import annotations

from ita_tui.cli.args import Commands
from ita_tui.cli.context import CliContext
from ita_tui.errors import ItaError
from ita_tui.export import figures
from ita_tui.store.commands import AddUnit, AddUser, MapUnits, RemoveUnit, RenameUnit
from ita_tui.store.vocabulary import STAFF, SUPERVISOR, Role

ROLE_WORDS = {Role.SUPERVISOR: "role_supervisor", Role.STAFF: "role_staff"}


def add_commands(commands: Commands) -> None:
    """users add NAME [--role] [--unit] [--login LOGIN | --no-login] | list | passwd NAME;
    units add|rename|remove|list|map|confirm."""
    say = commands.say
    users = commands.group("users", "help_cmd_users", "users_command")
    q = users.add("add", "help_cmd_users_add", add_user)
    q.add_argument("name", metavar="NAME", help=say["help_arg_user"])
    q.add_argument("--role", choices=[str(r) for r in Role], default=str(STAFF), help=say["help_role"])
    q.add_argument("--unit", default="", metavar="UNIT", help=say["help_unit"])
    login = q.add_mutually_exclusive_group()
    login.add_argument("--login", metavar="LOGIN", help=say["help_login"])
    login.add_argument("--no-login", action="store_const", const="", dest="login", help=say["help_no_login"])
    users.add("list", "help_cmd_users_list", list_users)
    q = users.add("passwd", "help_cmd_users_passwd", set_password)
    q.add_argument("name", metavar="NAME", help=say["help_arg_user"])
    q.add_argument("--stdin", action="store_true", help=say["help_passwd_stdin"])
    q.add_argument("--passwords", metavar="FILE", type=commands.path, help=say["help_passwords"])

    units = commands.group("units", "help_cmd_units", "units_command")
    q = units.add("add", "help_cmd_units_add", add_unit)
    q.add_argument("name", metavar="NAME", help=say["help_arg_unit"])
    q.add_argument("--parent", default="", metavar="UNIT", help=say["help_parent"])
    q = units.add("rename", "help_cmd_units_rename", rename_unit)
    q.add_argument("old", metavar="OLD", help=say["help_arg_unit_old"])
    q.add_argument("new", metavar="NEW", help=say["help_arg_unit_new"])
    q = units.add("remove", "help_cmd_units_remove", remove_unit)
    q.add_argument("name", metavar="NAME", help=say["help_arg_unit"])
    units.add("list", "help_cmd_units_list", list_units)
    q = units.add("map", "help_cmd_units_map", map_units)
    q.add_argument("text", metavar="TEXT", help=say["help_map_text"])
    q.add_argument("units", metavar="UNIT", nargs="+", help=say["help_arg_map_units"])
    units.add("confirm", "help_cmd_units_confirm", confirm_units)


def add_user(cli: CliContext) -> int:
    """Record a user and their role."""
    args = cli.options
    user = cli.store().apply(AddUser(args.name, args.role, args.unit, args.login)).value
    print(cli.say("user_added", name=user.name, role=cli.say(ROLE_WORDS[user.role])))
    return 0


def list_users(cli: CliContext) -> int:
    """Each user with their role, unit and OS login."""
    users = cli.store().snapshot().users
    for user in users.values():
        key = "user_line_login" if user.login else "user_line"
        role = cli.say(ROLE_WORDS[user.role])
        print(cli.say(key, name=user.name, role=role, unit=user.unit, login=user.login))
    if not users:
        print(cli.say("no_users"))
    return 0


def set_password(cli: CliContext) -> int:
    """Set a recorded user's web password: typed twice on a terminal, or one line from --stdin."""
    import getpass
    import sys

    from ita_tui.cli.serve import passwords_file
    from ita_tui.locale import Phrase
    from ita_tui.serve.passwords import PasswordFile
    from ita_tui.store.identity import refuse_other_login

    name, store = cli.options.name, cli.store()
    snapshot = store.snapshot()
    if name not in snapshot.users:
        raise ItaError("err_password_unknown_user", name=name)
    acting = snapshot.users.get(store.user)
    refuse_other_login(store.user, acting.login if acting else "", store.login, store.web, "doing_users")
    supervisors = [u.name for u in snapshot.users.values() if u.role == SUPERVISOR]
    if supervisors and store.user not in supervisors:  # as for `users add`: supervisors manage users
        raise ItaError(
            "err_not_supervisor", doing=Phrase("doing_users"), names=", ".join(supervisors), user=store.user
        )
    if cli.options.stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        if not sys.stdin.isatty():
            raise ItaError("err_password_no_terminal")
        password = getpass.getpass(cli.say("password_prompt", name=name))
        if getpass.getpass(cli.say("password_again")) != password:
            raise ItaError("err_password_mismatch")
    path = passwords_file(cli)
    PasswordFile(path).set(name, password)
    print(cli.say("password_set", name=name, path=path))
    return 0


def add_unit(cli: CliContext) -> int:
    """Add a unit (under --parent)."""
    print(cli.say("unit_added", unit=cli.store().apply(AddUnit(cli.options.name, cli.options.parent)).value))
    return 0


def rename_unit(cli: CliContext) -> int:
    """Rename a unit everywhere it is named."""
    old, new = cli.options.old, cli.options.new
    print(cli.say("unit_renamed", old=old, unit=cli.store().apply(RenameUnit(old, new)).value))
    return 0


def remove_unit(cli: CliContext) -> int:
    """Remove a unit."""
    print(cli.say("unit_removed", unit=cli.store().apply(RemoveUnit(cli.options.name)).value))
    return 0


def map_units(cli: CliContext) -> int:
    """Say which units a responsible text means."""
    text = cli.options.text
    units = cli.store().apply(MapUnits(text, tuple(cli.options.units))).value
    print(cli.say("unit_mapped", text=text, units=", ".join(units)))
    return 0


def confirm_units(cli: CliContext) -> int:
    """Confirm every proposed reading of a responsible text whose units are all defined."""
    from ita_tui.checklist.units import mapping_table

    store = cli.store()
    snapshot = store.snapshot()
    model = snapshot.unit_model
    defined = set(model.names)
    for text, units, confirmed in mapping_table(snapshot.checklist, model):
        if confirmed:
            continue
        if set(units) <= defined:
            mapped = store.apply(MapUnits(text, tuple(units))).value
            print(cli.say("unit_mapped", text=text, units=", ".join(mapped)))
        else:
            missing = ", ".join(u for u in units if u not in defined)
            print(cli.say("unit_not_mapped", text=text, units=missing))
    return 0


def list_units(cli: CliContext) -> int:
    """Each unit with its figure, then each responsible text and the units it means."""
    from ita_tui.checklist.units import EVERY_UNIT, mapping_table, unit_completion

    snapshot = cli.store().snapshot()
    model = snapshot.unit_model
    if not model.names:
        print(cli.say("no_units"))
    for name, c in unit_completion(snapshot.checklist, snapshot.progress, model, cli.say("no_unit")):
        beside = figures.beside(c, cli.lang, cli.digits)
        line = f"{figures.fraction(c, cli.digits):>9} {figures.percent(c, cli.digits):>4}  {name}"
        print(line + (f"  ({beside})" if beside else ""))
    for name in model.names:  # sub-units count under their unit and have no row of their own
        if name in model.parents:
            print(f"{'':>14}  {name} ⊂ {model.parents[name]}")
    print(cli.say("unit_texts"))
    for text, units, confirmed in mapping_table(snapshot.checklist, model):
        names = ", ".join(cli.say("every_unit") if u == EVERY_UNIT else u for u in units)
        key = "unit_text_confirmed" if confirmed else "unit_text_proposed"
        print(cli.say(key, text=text, units=names))
    return 0
