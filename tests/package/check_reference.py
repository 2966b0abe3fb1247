#!/usr/bin/python3
"""The manual page, `epistle help` and the sources agree.

The manual page and the help are written from one reference (app/cli/commandreference.cpp); this checks that
they say the same, and that nothing the program does is left out of them:
  - every option each command's help lists is in the manual, and every option in the manual is in a help;
  - every option the command line reads (parser.isSet/value/values("name") in app/cli) is in the manual;
  - every action the accounts and outbox commands dispatch is described;
  - every exit code of ExitCode (app/cli/cliutil.h) and every EPISTLE_* environment variable the program
    reads (core, ui, app) is in the manual's EXIT STATUS and ENVIRONMENT;
  - the manual renders without a warning from man/groff, and its NAME line is what whatis shows.

    check_reference.py EPISTLE SOURCE_DIR
"""
import os
import re
import subprocess
import sys

EPISTLE, SOURCE = sys.argv[1], sys.argv[2]
ENV = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="")
failures = []


def fail(message):
    failures.append(message)


def run(*args):
    result = subprocess.run([EPISTLE, *args], capture_output=True, text=True, env=ENV)
    if result.returncode != 0:
        fail(f"epistle {' '.join(args)} exited {result.returncode}: {result.stderr.strip()}")
    return result.stdout


def options_in(text):
    return set(re.findall(r"(?<![\w-])--[a-z][a-z0-9-]*", text))


def read(path):
    with open(os.path.join(SOURCE, path), encoding="utf-8") as f:
        return f.read()


def sources(*folders):
    for folder in folders:
        for directory, _, names in os.walk(os.path.join(SOURCE, folder)):
            for name in names:
                if name.endswith((".cpp", ".h")):
                    with open(os.path.join(directory, name), encoding="utf-8") as f:
                        yield os.path.relpath(os.path.join(directory, name), SOURCE), f.read()


roff = run("help", "--man")
# What a reader sees: roff's escapes undone (\- is a hyphen, \f. a font change, \e a backslash).
manual = re.sub(r"\\f[BIRP]", "", roff).replace("\\-", "-").replace("\\e", "\\").replace("\\&", "")


def section(title):
    match = re.search(r"^\.SH " + re.escape(title) + r"\n(.*?)(?=^\.SH |\Z)", manual, re.S | re.M)
    return match.group(1) if match else ""


# ---- The help of every command and action, against the manual ----
overview = run("help")
help_options = options_in(overview)
commands = re.findall(r"^\.SS (\S+)$", roff, re.M)
if not commands:
    fail("the manual has no COMMANDS subsections")
actions = {}
for command in commands:
    text = run("help", command)
    help_options |= options_in(text)
    usage = text.splitlines()[0]
    if usage.endswith(" ACTION"):
        actions[command] = re.findall(r"^  ([a-z]+) ", text.split("\n\n")[2], re.M)
        for action in actions[command]:
            help_options |= options_in(run("help", command, action))
            same = subprocess.run([EPISTLE, command, action, "--help"], capture_output=True, text=True, env=ENV)
            if same.stdout != run("help", command, action):
                fail(f"epistle {command} {action} --help differs from epistle help {command} {action}")
manual_options = options_in(manual)
for option in sorted(help_options - manual_options):
    fail(f"{option} is in epistle help but not in the manual page")
for option in sorted(manual_options - help_options):
    fail(f"{option} is in the manual page but in no epistle help")

# ---- What the code reads, against the manual ----
for path, text in sources("app/cli"):
    for name in re.findall(r"[Pp]arser\.(?:isSet|value|values)\(QStringLiteral\(\"([a-z][a-z0-9-]*)\"\)\)", text):
        if "--" + name not in manual_options:
            fail(f"{path} reads the option --{name}, which the manual page does not describe "
                 "(register it in the command's options function, see app/cli/commands.h)")

dispatched = {
    "accounts": re.findall(r"sub == QLatin1String\(\"([a-z]+)\"\)", read("app/cli/accountscommand.cpp")),
    "outbox": re.findall(r"action == QLatin1String\(\"([a-z]+)\"\)", read("app/cli/outboxcommand.cpp")),
}
for command, names in dispatched.items():
    if not names:
        fail(f"found no actions in the dispatcher of {command}: has it moved? (this test reads it)")
    for name in names:
        if name not in actions.get(command, []):
            fail(f"epistle {command} {name} is dispatched in app/cli but not described in "
                 "app/cli/commandreference.cpp")

exit_status = section("EXIT STATUS")
codes = re.findall(r"^\s*[A-Za-z]+ = (\d+)", read("app/cli/cliutil.h"), re.M)
if len(codes) < 5:
    fail("found no exit codes in app/cli/cliutil.h")
for code in codes:
    if not re.search(r"^\.TP\n" + code + r"\n", exit_status, re.M):
        fail(f"exit code {code} (app/cli/cliutil.h) is not in the manual's EXIT STATUS")

environment = section("ENVIRONMENT")
read_vars = set()
for path, text in sources("core", "ui", "app"):
    read_vars |= set(re.findall(r"(?:qEnvironmentVariable\w*|qgetenv|getenv)\(\"(EPISTLE_[A-Z0-9_]+)\"", text))
if "EPISTLE_SMTP_LOG" not in read_vars:
    fail("found no EPISTLE_SMTP_LOG read in the sources: has the scan gone blind?")
for name in sorted(read_vars):
    if name not in environment:
        fail(f"{name} is read by the program but not in the manual's ENVIRONMENT")

# ---- The page itself ----
page = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"epistle-{os.getpid()}.1")
with open(page, "w", encoding="utf-8") as f:
    f.write(roff)
try:
    rendered = subprocess.run(["man", "--warnings", "-E", "UTF-8", "-l", "-Tutf8", "-Z", page],
                              capture_output=True, text=True, env=dict(ENV, MANWIDTH="80"))
    if rendered.returncode != 0 or rendered.stderr.strip():
        fail(f"man reports on the page: {rendered.stderr.strip()}")
    whatis = subprocess.run(["lexgrog", page], capture_output=True, text=True).stdout
    if "epistle - write and send mail" not in whatis:
        fail(f"lexgrog does not find the NAME line: {whatis.strip()}")
finally:
    os.remove(page)
if not re.match(r'\.\\" .*\n\.TH EPISTLE 1 \d{4}-\d\d-\d\d "Epistle ' + re.escape(run("--version").split()[-1]) + '"',
                roff):
    fail("the title line does not carry the program's version and a date")

for message in failures:
    print("FAIL:", message)
print(f"{len(commands)} commands, {sum(len(a) for a in actions.values())} actions, {len(manual_options)} options, "
      f"{len(codes)} exit codes, {len(read_vars)} EPISTLE_ variables checked")
sys.exit(1 if failures else 0)
