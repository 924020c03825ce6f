#!/usr/bin/env python3
"""check_sh_terminal.py - /bin/sh, the first process, on a real terminal (a pty).

usage: check_sh_terminal.py QVM KERNEL IMAGE

Boots `qvm KERNEL --disk COPY` on a pseudo-terminal (so qvm maps the terminal device:
keys arrive as typed) and types at /bin/sh's prompt: a command; the line editor's
left arrow, ^A (typed C-a C-a: C-a is qvm's escape key), ^E, ^K and Backspace; Tab completing a command and a path; up arrow
recalling the previous command; ^C killing the foreground job (the shell stays); ^C
dropping a half-typed line; ^Z stopping spin (`jobs`, `ps` state T, `fg %1`, ^Z, `bg`,
`kill $!; wait`); an interactive `sh` inside the shell; a background job that
reads the terminal (end of file, it never takes the shell's input); `ps`; then ^D at an
empty prompt, which ends the shell and halts the machine (status 0). A second boot on
the same disk finds the history in /.sh_history (up arrow). Every wait has a deadline."""
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_terminal import Terminal, DEADLINE  # noqa: E402

UP, LEFT = b"\x1b[A", b"\x1b[D"
CTRL_A = b"\x01\x01"       # qvm's escape key: C-a C-a sends one C-a to the guest


def first_boot(t):
    t.expect(b"$ ", "first prompt")
    t.type(b"echo hello there\r")
    t.expect(b"hello there\r\n", "a command's output")
    t.expect(b"$ ", "the next prompt")
    t.type(b"echo ac" + LEFT + b"b\r")
    t.expect(b"abc\r\n", "left arrow: text inserted before the cursor")
    t.type(b"cho 1" + CTRL_A + b"e\x05 2\r")
    t.expect(b"1 2\r\n", "^A to the start, ^E to the end")
    t.type(b"echo dropped" + CTRL_A + b"\x0becho kept\r")
    t.expect(b"kept\r\n", "^K cuts to the end of the line")
    t.type(b"echo abx\x7fc\r")
    t.expect(b"abc\r\n", "Backspace")
    t.type(b"ech\t'tab done'\r")
    t.expect(b"tab done\r\n", "Tab completes a command name (echo)")
    t.type(b"cat /poe\t\r")
    t.expect(b"The little machine counts in words", "Tab completes a path (/poem.txt)")
    t.type(b"echo recalled\r")
    t.expect(b"recalled\r\n", "a command for the history")
    t.type(UP + b"\r")
    t.expect(b"recalled\r\n", "up arrow recalls the previous command")
    t.type(b"spin S 100000\r")
    t.expect(b"S: round 1 of 100000", "spin running in the foreground")
    t.type(b"\x03")
    t.expect(b"Interrupt", "^C ends spin; the shell reports the signal")
    t.expect(b"$ ", "the prompt after ^C")
    t.type(b"echo after interrupt\r")
    t.expect(b"after interrupt\r\n", "the shell stays after ^C")
    t.type(b"half typed\x03")
    t.expect(b"^C", "^C at the prompt")
    t.type(b"echo fresh line\r")
    t.expect(b"fresh line\r\n", "^C dropped the half-typed line")
    t.type(b"spin Z 100000\r")
    t.expect(b"Z: round 1 of 100000", "spin running (for ^Z)")
    t.type(b"\x1a")
    t.expect(b"[1] stopped spin", "^Z stops spin, a stopped job")
    t.expect(b"$ ", "the prompt after ^Z")
    t.type(b"jobs\r")
    t.expect(b"stopped spin", "jobs lists the stopped job")
    t.type(b"ps\r")
    t.expect(b" T ", "ps shows it stopped")
    t.type(b"fg %1\r")
    t.expect(b"Z: round", "fg: spin runs in the foreground again")
    t.type(b"\x1a")
    t.expect(b"[1] stopped spin", "^Z stops it again")
    t.type(b"bg\r")
    t.expect(b"[1] spin &", "bg continues it in the background")
    t.expect(b"Z: round", "the background job runs")
    t.type(b"kill $!; wait\r")
    t.expect(b"Terminated", "kill ends it")
    t.expect(b"$ ", "the prompt after kill")
    t.type(b"cat > /bg.txt &\r")
    t.expect(b"$ ", "a background job that reads the terminal")
    t.type(b"echo not for the job\r")
    t.expect(b"not for the job\r\n", "the shell keeps its input")
    t.type(b"wait; wc -c /bg.txt\r")
    t.expect(b"\r\n0 /bg.txt\r\n", "the background job got end of file")
    t.type(b"sh\r")
    t.expect(b"$ ", "an interactive sh inside the shell")
    t.type(b"echo inner $$\r")
    t.expect(b"inner ", "the inner shell runs commands")
    t.type(b"exit\r")
    t.type(b"echo outer again\r")
    t.expect(b"outer again\r\n", "back in the first shell")
    t.type(b"ps\r")
    t.expect(b"  PID  PPID S      TIME NAME", "ps heading")
    t.expect(b"sh.qbin", "ps lists the shell")
    t.expect(b"ps.qbin", "ps lists itself")
    t.type(b"echo last command\r")
    t.expect(b"last command\r\n", "the last command of the first boot")
    t.expect(b"$ ", "a prompt for ^D")
    t.type(b"\x04")
    return t.finish()


def second_boot(t):
    t.expect(b"$ ", "second boot's prompt")
    t.type(UP + b"\r")
    t.expect(b"last command\r\n", "the history was kept in /.sh_history")
    t.type(b"exit 3\r")
    return t.finish()


def main():
    qvm, kernel, image = sys.argv[1:4]
    with tempfile.TemporaryDirectory() as tmp:
        disk = os.path.join(tmp, "disk.qfs")
        shutil.copyfile(image, disk)
        for label, run in (("first boot", first_boot), ("second boot", second_boot)):
            t = Terminal([qvm, kernel, "--disk", disk])
            try:
                status = run(t)
            except AssertionError as e:
                t.proc.kill()
                print("FAIL (%s):" % label, e)
                return 1
            if status != 0:
                print("FAIL (%s): qvm exit status %d, expected 0 (the shell's exit "
                      "halts the machine with status 0)" % (label, status))
                return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
