#!/usr/bin/python3
"""Tab completion of the installed epistle, in real interactive bash and zsh sessions.

Epistle is installed into a scratch prefix (cmake --install), with two saved accounts (one name has a space)
and one queued outbox message in a scratch home. Each shell runs in a pseudo-terminal and loads the completion
the way it does on a desktop: bash through bash-completion's loader from XDG_DATA_DIRS, zsh through compinit
from fpath. A line is typed, then Tab, then a key bound to print the edited line, which is what the person
would see. Then, in bash, every option that `epistle help COMMAND [ACTION]` lists must be offered after "--".

    check_completion.py BUILD_DIR
"""
import json
import os
import pty
import re
import select
import shutil
import subprocess
import sys
import tempfile
import time

BUILD = sys.argv[1]
failures = []
scratch = tempfile.mkdtemp(prefix="epistle-completion-")
prefix = os.path.join(scratch, "prefix")
home = os.path.join(scratch, "home")
os.makedirs(home)
subprocess.run(["cmake", "--install", BUILD, "--prefix", prefix], check=True, stdout=subprocess.DEVNULL)
EPISTLE = os.path.join(prefix, "bin", "epistle")
ENV = {
    "PATH": os.path.join(prefix, "bin") + ":/usr/bin:/bin",
    "HOME": home,
    "XDG_CONFIG_HOME": os.path.join(home, "config"),
    "XDG_DATA_HOME": os.path.join(home, "data"),
    "XDG_DATA_DIRS": os.path.join(prefix, "share") + ":/usr/share",
    "LC_ALL": "C.UTF-8",
    "TERM": "dumb",
    "INPUTRC": "/dev/null",
}


def epistle(*args):
    return subprocess.run([EPISTLE, *args], env=ENV, capture_output=True, text=True, check=True).stdout


epistle("accounts", "add", "work", "--server", "localhost:587", "--security", "starttls", "--from", "a@example.org")
epistle("accounts", "add", "my home", "--server", "localhost:465", "--security", "tls", "--from", "b@example.org")
epistle("send", "--server", "127.0.0.1:1", "--security", "none", "--from", "a@example.org", "--to", "b@example.org",
        "--subject", "queued", "--body", "text", "--queue")
queued = json.loads(epistle("outbox", "list", "--json"))["outbox"][0]["id"]
os.makedirs(os.path.join(scratch, "files"))
open(os.path.join(scratch, "files", "report.pdf"), "w").close()


class Shell:
    """An interactive shell in a pseudo-terminal; line(text) types text, Tab, then Ctrl-X, which prints the line."""

    def __init__(self, argv, setup):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.chdir(scratch)
            os.execve(argv[0], argv, ENV)
        self.buffer = b""
        for command in setup:
            self.send(command + "\n")
        self.send("echo READY\n")
        self.read_until(re.compile(rb"\nREADY"))

    def send(self, text):
        os.write(self.fd, text.encode())

    def read_until(self, pattern, timeout=20):
        """The match of 'pattern' in the output; self.before holds what came before it."""
        deadline = time.monotonic() + timeout
        while True:
            match = pattern.search(self.buffer)
            if match:
                self.before = self.buffer[:match.start()].decode(errors="replace")
                self.buffer = self.buffer[match.end():]
                return match
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.fd], [], [], left)[0]:
                raise TimeoutError(f"no {pattern.pattern!r} in {self.buffer[-400:]!r}")
            try:
                self.buffer += os.read(self.fd, 4096)
            except OSError:
                raise TimeoutError(f"the shell ended: {self.buffer[-400:]!r}")

    def complete(self, text, keys="\t"):
        """The line after typing 'text' and 'keys' (Tab); Ctrl-X prints it, Ctrl-U clears it for the next."""
        self.send(text + keys + "\x18")
        line = self.read_until(re.compile(rb"LINE<([^>\n]*)>")).group(1).decode()
        self.send("\x15")
        return line

    def close(self):
        self.send("exit\n")
        os.waitpid(self.pid, 0)


def expect(shell_name, shell, typed, wanted):
    try:
        got = shell.complete(typed)
    except TimeoutError as error:
        failures.append(f"{shell_name}: {typed!r}: {error}")
        return
    if got != wanted:
        failures.append(f"{shell_name}: {typed!r} + Tab gave {got!r}, expected {wanted!r}")


CASES = [
    # typed, then what bash and what zsh make of it
    ("epistle sen", "epistle send", "epistle send"),  # send and sendmail: the common part, no space yet
    ("epistle sendm", "epistle sendmail ", "epistle sendmail "),
    ("epistle sendmail --acc", "epistle sendmail --account ", "epistle sendmail --account "),
    ("epistle send --acc", "epistle send --account ", "epistle send --account "),
    ("epistle send --account wo", "epistle send --account work ", "epistle send --account work "),
    ("epistle send --account my", "epistle send --account my\\ home ", "epistle send --account my\\ home "),
    ("epistle send --security starttl", "epistle send --security starttls ", "epistle send --security starttls "),
    ("epistle send --auth scram-sha-2", "epistle send --auth scram-sha-256 ", "epistle send --auth scram-sha-256 "),
    ("epistle send --attach files/rep", "epistle send --attach files/report.pdf ",
     "epistle send --attach files/report.pdf "),
    ("epistle accounts def", "epistle accounts default ", "epistle accounts default "),
    ("epistle accounts show wo", "epistle accounts show work ", "epistle accounts show work "),
    ("epistle accounts add x --dsn-ret", "epistle accounts add x --dsn-return ",
     "epistle accounts add x --dsn-return "),
    ("epistle accounts add x --proxy sy", "epistle accounts add x --proxy system ",
     "epistle accounts add x --proxy system "),
    ("epistle outbox retry " + queued[:4], f"epistle outbox retry {queued} ", f"epistle outbox retry {queued} "),
    ("epistle help acc", "epistle help accounts ", "epistle help accounts "),
    ("epistle help accounts disc", "epistle help accounts discover ", "epistle help accounts discover "),
    ("epistle --vers", "epistle --version ", "epistle --version "),
]

bash = Shell(["/bin/bash", "--norc", "--noprofile", "-i"], [
    "PS1='$ '",
    "source /usr/share/bash-completion/bash_completion",
    "bind -x '\"\\C-x\": printf \"\\nLINE<%s>\\n\" \"$READLINE_LINE\"'",
])
for typed, in_bash, _ in CASES:
    expect("bash", bash, typed, in_bash)

# Every option each command's (or action's) help lists is offered after "--" (Tab Tab lists them all).
bash.send("bind 'set completion-query-items 0'\nbind 'set page-completions off'\necho READY\n")
bash.read_until(re.compile(rb"\nREADY"))
overview = epistle("help")
contexts = {}
for command in re.findall(r"^  ([a-z]+) ", overview.split("Commands:\n")[1].split("\n\n")[0], re.M):
    text = epistle("help", command)
    if text.splitlines()[0].endswith(" ACTION"):
        for action in re.findall(r"^  ([a-z]+) ", text.split("\n\n")[2], re.M):
            contexts[f"{command} {action}"] = epistle("help", command, action)
    else:
        contexts[command] = text
options_checked = 0
for words, text in contexts.items():
    wanted = set(re.findall(r"^  (--[a-z][a-z0-9-]*)", text, re.M)) | {"--help"}
    typed = f"epistle {words} --"
    try:
        line = bash.complete(typed, "\t\t")
    except TimeoutError as error:
        failures.append(f"bash: {typed!r}: {error}")
        continue
    # The list is printed before the line is drawn again; one candidate is completed in the line instead.
    shown = set(re.findall(r"(?<![\w-])--[a-z][a-z0-9-]*", bash.before + " " + line[len(typed) - 2:]))
    options_checked += len(wanted)
    if shown != wanted:
        failures.append(f"bash: {typed!r} offers {sorted(shown)}, but epistle help {words} lists {sorted(wanted)}")
bash.close()

zsh = Shell(["/bin/zsh", "-f", "-i"], [
    "PS1='$ '",
    "fpath=(" + os.path.join(prefix, "share", "zsh", "site-functions") + " $fpath)",
    "autoload -Uz compinit && compinit -u -D",
    "print-line() { print -r -- $'\\n'\"LINE<$BUFFER>\" }",
    "zle -N print-line && bindkey '^X' print-line",
])
for typed, _, in_zsh in CASES:
    expect("zsh", zsh, typed, in_zsh)
for words, text in contexts.items():
    wanted = set(re.findall(r"^  (--[a-z][a-z0-9-]*)", text, re.M))
    typed = f"epistle {words} --"
    try:
        line = zsh.complete(typed)
    except TimeoutError as error:
        failures.append(f"zsh: {typed!r}: {error}")
        continue
    # zsh lists the candidates one a line with their descriptions, or completes the only one in the line.
    shown = set(re.findall(r"^(--[a-z][a-z0-9-]*) ", zsh.before, re.M))
    shown |= set(re.findall(r"(?<![\w-])--[a-z][a-z0-9-]*", line[len(typed) - 2:]))
    options_checked += len(wanted)
    if shown != wanted:
        failures.append(f"zsh: {typed!r} offers {sorted(shown)}, but epistle help {words} lists {sorted(wanted)}")
zsh.close()

shutil.rmtree(scratch)
for message in failures:
    print("FAIL:", message)
print(f"{len(CASES)} lines completed in bash and zsh; {options_checked} options of {len(contexts)} commands "
      "and actions offered in bash and zsh")
sys.exit(1 if failures else 0)
