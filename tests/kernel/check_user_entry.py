#!/usr/bin/env python3
"""check_user_entry.py QVM HARNESS.qbin - the return from an interrupt enters a user task.

Runs the harness (user_entry_harness.s linked with kernel/entry.s and kernel/trampoline.s) with
`qvm -s` and checks: exit status 42 (user code ran at virtual 0x1000 under the MMU, five
timer interrupts were taken inside it, a store into its code faulted), exactly those six
interrupts handled, one fault, and no interrupt ignored (none arrived while masked)."""
import subprocess
import sys

REASONS = {1: "a timer interrupt was not taken inside the user code",
           2: "the user task did not run (its counter did not move)",
           3: "the MMU or the timer is missing from the device table",
           4: "a store into the user's code page went through",
           5: "a fault arrived before the code-write phase",
           6: "the code write faulted with the wrong reason",
           7: "the code write faulted at the wrong ip"}


def main():
    qvm, program = sys.argv[1], sys.argv[2]
    run = subprocess.run([qvm, "-s", "-c", "5000000", program], capture_output=True,
                         text=True, timeout=30)
    stats = dict(line.split(": ", 1) for line in run.stderr.splitlines() if ": " in line)
    problems = []
    if run.returncode != 42:
        why = REASONS.get(run.returncode, "unexpected interrupt %d" % (run.returncode - 100)
                          if run.returncode > 100 else "unknown")
        problems.append("exit status %d, expected 42: %s" % (run.returncode, why))
    expected = {"interrupts handled": "6", "interrupts ignored": "0", "faults": "1"}
    for name, value in expected.items():
        if stats.get(name) != value:
            problems.append("%s: %s, expected %s" % (name, stats.get(name), value))
    if problems:
        print("\n".join(problems))
        print("--- qvm stderr ---\n" + run.stderr)
        return 1
    print("ok: user task entered with the MMU on; %s cycles" % stats.get("cycles"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
