#!/usr/bin/env python3
"""check_syscalls.py SYSCALL_H STUB_DIR LIBC_A

The generated stubs must match the one list in sys/syscall.h: every X(name, number,
nargs) entry has a global stub __sys_<name> in the user libc.a that loads its number
into r0 and raises interrupt 0x80, numbers are unique and 0..8 keep the reference
meanings."""
import os
import re
import subprocess
import sys

REFERENCE = ['exit', 'read', 'write', 'open', 'close', 'create', 'destroy', 'spawn', 'yield']


def main():
    header, stubs, archive = sys.argv[1:4]
    entries = re.findall(r'X\((\w+),\s*(\d+),\s*(\d+)\)', open(header).read())
    errors = []
    if len(entries) < len(REFERENCE):
        errors.append(f'only {len(entries)} entries in {header}')
    numbers = [int(n) for _, n, _ in entries]
    if len(set(numbers)) != len(numbers):
        errors.append('duplicate system-call numbers')
    for i, name in enumerate(REFERENCE):
        if i >= len(entries) or entries[i][0] != name or int(entries[i][1]) != i:
            errors.append(f'call {i} must be {name}')
    text = ''.join(open(os.path.join(stubs, f)).read()
                   for f in sorted(os.listdir(stubs)) if f.endswith('.s'))
    nm = subprocess.run(['nm', archive], capture_output=True, text=True, check=True).stdout
    for name, number, _ in entries:
        body = re.search(rf'@__sys_{name}:\n\s*constant r0 {number}\n\s*constant r9 0x80\n'
                         rf'\s*int r9\n\s*jmp r62\n', text)
        if not body:
            errors.append(f'no correct stub for {name} in {stubs}')
        if not re.search(rf'^[0-9a-f]+ T __sys_{name}$', nm, re.M):
            errors.append(f'__sys_{name} is not a global text symbol of {archive}')
    for e in errors:
        print(e)
    print(f'{len(entries)} system calls checked, {len(errors)} problem(s)')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
