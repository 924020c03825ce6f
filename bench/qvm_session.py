"""qvm_session.py - shared by the kernel benchmarks: run one shell line on a kernel and a
disk under `qvm -s` and return the machine's cycle count (deterministic)."""
import re
import subprocess
import sys


def session_cycles(qvm, kernel, disk, line, failed_if=None, required=None):
    """Cycles for booting, running LINE at the first prompt and halting at end of input.
    Exits with the session's output if qvm reports no count, the output contains the
    text FAILED_IF (e.g. a usage message) or lacks the text REQUIRED."""
    run = subprocess.run([qvm, "-s", kernel, "--disk", disk], input=line + "\n",
                         capture_output=True, text=True, timeout=300)
    found = re.search(r"cycles: (\d+)", run.stderr)
    if not found or (failed_if and failed_if in run.stdout) or \
            (required and required not in run.stdout):
        sys.exit("bench: %r failed:\n%s%s" % (line, run.stdout, run.stderr))
    return int(found.group(1))
