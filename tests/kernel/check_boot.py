#!/usr/bin/env python3
"""check_boot.py QVM KERNEL - the kernel boots without a disk: banner, a note that no
disk is attached, that /bin/sh cannot start and the built-in shell takes over, its
prompt; `echo` works; end of input halts with status 0."""
import subprocess
import sys

EXPECTED = ("QPU kernel: 4194304 words of memory\n[kernel] no disk attached\n"
            "[kernel] cannot start /bin/sh: no file system\n"
            "[kernel] using the built-in shell (`help` lists its commands)\n"
            "$ still here\n$ \n")


def main():
    run = subprocess.run([sys.argv[1], sys.argv[2]], input="echo still here\n",
                         capture_output=True, text=True, timeout=30)
    if run.returncode != 0 or run.stdout != EXPECTED:
        print("status %d, output %r, expected status 0 and %r"
              % (run.returncode, run.stdout, EXPECTED))
        print(run.stderr)
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
