#!/usr/bin/env python3
"""check_terminal.py - the kernel on a real terminal (a pty): keys as they are typed.

usage: check_terminal.py QVM KERNEL IMAGE MKQFS RAWKEYS.qbin

Starts `qvm KERNEL --disk COPY` with a pseudo-terminal as its stdin, stdout and stderr
(so qvm maps the terminal device and switches the terminal to raw mode), on a copy
without /bin/sh so that the kernel's built-in shell and line discipline answer (/bin/sh
on a terminal is check_sh_terminal.py), then types:
a command (its echo and its output), ^C while /bin/spin runs (spin is killed, the next
command runs), ^Z while spin runs (stopped; `ps`, `fg`, ^C; `bg`, `kill`), ^D while
/bin/cat reads (cat ends, the shell stays), ^C at the prompt (a fresh prompt), keys in raw mode (tests/kernel/progs/rawkeys.c: no echo, ^C and DEL
are plain keys), C-a h (help), and C-a x (qvm quits with status 0 and the terminal's
settings are restored). Every wait has a deadline so that a failure cannot hang."""
import os
import pty
import shutil
import subprocess
import sys
import tempfile
import termios
import time

DEADLINE = 60.0


class Terminal:
    def __init__(self, argv):
        self.master, slave = pty.openpty()
        self.slave = slave
        self.before = termios.tcgetattr(slave)
        self.proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave,
                                     close_fds=True)
        self.seen = b""

    def expect(self, text, what):
        """Reads until `text` (bytes) appears after everything matched so far."""
        end = time.monotonic() + DEADLINE
        while text not in self.seen:
            left = end - time.monotonic()
            if left <= 0 or self.proc.poll() is not None and not self._readable(0):
                raise AssertionError("%s: %r not seen; output so far:\n%s"
                                     % (what, text, self.seen.decode("utf-8", "replace")))
            if self._readable(min(left, 0.5)):
                try:
                    self.seen += os.read(self.master, 4096)
                except OSError:
                    pass
        self.seen = self.seen[self.seen.index(text) + len(text):]

    def _readable(self, timeout):
        import select
        return bool(select.select([self.master], [], [], timeout)[0])

    def type(self, keys):
        os.write(self.master, keys)

    def finish(self):
        try:
            return self.proc.wait(timeout=DEADLINE)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
            os.close(self.master)
            os.close(self.slave)


def main():
    qvm, kernel, image, mkqfs, rawkeys = sys.argv[1:6]
    with tempfile.TemporaryDirectory() as tmp:
        disk = os.path.join(tmp, "disk.qfs")
        shutil.copyfile(image, disk)
        subprocess.run([mkqfs, "add", disk, rawkeys, "--name", "rawkeys.qbin", "--to", "/bin"],
                       check=True)
        for name in ("/bin/sh", "/bin/sh.qbin"):      # the kernel's built-in shell
            subprocess.run([mkqfs, "rm", disk, name], capture_output=True)
        t = Terminal([qvm, kernel, "--disk", disk])
        try:
            t.expect(b"$ ", "first prompt")
            raw = termios.tcgetattr(t.slave)
            assert not raw[3] & (termios.ICANON | termios.ECHO | termios.ISIG), \
                "qvm left the terminal in cooked mode"
            t.type(b"echo hello there\r")
            t.expect(b"echo hello there", "the kernel's echo of a typed line")
            t.expect(b"hello there\r\n$ ", "echo's output and the next prompt")
            t.type(b"/bin/spin.qbin S 100000\r")
            t.expect(b"S: round 1 of 100000", "spin running")
            t.type(b"\x03")
            t.expect(b"^C", "^C echoed")
            t.expect(b"(spin.qbin) killed", "spin killed by ^C")
            t.expect(b"$ ", "the prompt after ^C")
            t.type(b"echo next\r")
            t.expect(b"next\r\n$ ", "the command after ^C")
            t.type(b"/bin/spin.qbin Z 100000\r")
            t.expect(b"Z: round 1 of 100000", "spin running (for ^Z)")
            t.type(b"\x1a")
            t.expect(b"^Z", "^Z echoed")
            t.expect(b"[3] stopped", "^Z stops spin")
            t.expect(b"$ ", "the prompt after ^Z")
            t.type(b"ps\r")
            t.expect(b"3 stopped   spin.qbin", "ps shows the stopped job")
            t.type(b"fg 3\r")
            t.expect(b"Z: round", "fg: spin runs in the foreground again")
            t.type(b"\x03")
            t.expect(b"(spin.qbin) killed", "^C ends the job fg brought back")
            t.expect(b"$ ", "the prompt after ^C")
            t.type(b"/bin/spin.qbin Y 100000\r")
            t.expect(b"Y: round 1 of 100000", "spin running (for bg)")
            t.type(b"\x1a")
            t.expect(b"[4] stopped", "^Z stops it")
            t.type(b"bg 4\r")
            t.expect(b"[4] continued", "bg continues it in the background")
            t.expect(b"Y: round", "the background job runs")
            t.type(b"kill 4\r")
            t.expect(b"(spin.qbin) killed", "kill ends the background job")
            t.expect(b"$ ", "the prompt after kill")
            t.type(b"/bin/cat.qbin\r")
            t.type(b"meow\r")
            t.expect(b"meow\r\nmeow\r\n", "cat echoes a line back")
            t.type(b"\x04")
            t.expect(b"$ ", "the shell's prompt after ^D ended cat")
            t.type(b"echo still here\r")
            t.expect(b"still here\r\n$ ", "the shell stays after ^D")
            t.type(b"partial\x03")
            t.expect(b"^C", "^C at the prompt")
            t.expect(b"$ ", "a fresh prompt after ^C")
            t.type(b"/bin/rawkeys.qbin\r")
            t.expect(b"file: not a tty", "tcgetattr on a file: ENOTTY")
            t.expect(b"raw mode on\r\n", "rawkeys in raw mode")
            t.type(b"x")
            t.expect(b"key 120\r\n", "a raw key, delivered at once")
            t.type(b"\x03\x7f\r")
            t.expect(b"key 3\r\nkey 127\r\nkey 13\r\n", "^C, DEL and Enter (CR: no ICRNL) as plain keys")
            t.type(b"q")
            t.expect(b"cooked again\r\n$ ", "rawkeys restored the modes")
            t.type(b"echo ab\x7fc\r")
            t.expect(b"ac\r\n$ ", "line editing back after raw mode")
            t.type(b"\x01h")
            t.expect(b"C-a x", "C-a h prints the escape keys")
            t.type(b"echo \x01\x01\r")
            t.expect(b"$ ", "C-a C-a sends one C-a (the shell runs the line)")
            t.type(b"\x01x")
            status = t.finish()
            assert status == 0, "C-a x: exit status %d, expected 0" % status
        except AssertionError as e:
            t.proc.kill()
            print("FAIL:", e)
            return 1
        # The pty is closed now; a second one checks the restoration directly.
        t2 = Terminal([qvm, kernel, "--disk", disk])
        try:
            t2.expect(b"$ ", "second boot's prompt")
            t2.type(b"\x01x")
            status = t2.proc.wait(timeout=DEADLINE)
            restored = termios.tcgetattr(t2.slave)
            if restored != t2.before:
                print("FAIL: terminal settings not restored after C-a x:\n  before %r\n  after  %r"
                      % (t2.before, restored))
                return 1
            if status != 0:
                print("FAIL: second C-a x: exit status %d" % status)
                return 1
        finally:
            if t2.proc.poll() is None:
                t2.proc.kill()
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
