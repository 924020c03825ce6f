#!/usr/bin/env python3
"""check_one_function.py LIBC_A MEMBER_REGEX...

Every archive member whose name matches one of the regular expressions defines at most
one global function (text symbol) whose name a program may use (names starting with
`__` or `_` and a capital are reserved: internal helpers may share a member): a program that defines its own strlen or printf then
still links the other functions of libc without a duplicate definition. At least one
member must match each expression, so a renamed directory cannot make the check empty."""
import re
import subprocess
import sys


def main():
    archive, patterns = sys.argv[1], [re.compile(p) for p in sys.argv[2:]]
    nm = subprocess.run(['nm', archive], capture_output=True, text=True, check=True).stdout
    members, current = {}, None
    for line in nm.splitlines():
        if line.endswith(':') and ' ' not in line:
            current = line[:-1]
            members[current] = []
        elif current and re.match(r'^[0-9a-f]+ T ', line):
            name = line.split()[2]
            if not re.match(r'^(__|_[A-Z])', name):
                members[current].append(name)
    errors, checked = [], 0
    for p in patterns:
        hits = [m for m in members if p.search(m)]
        if not hits:
            errors.append(f'no member of {archive} matches {p.pattern}')
        for m in hits:
            checked += 1
            if len(members[m]) > 1:
                errors.append(f'{m} defines {len(members[m])} functions: ' +
                              ' '.join(members[m]))
    for e in errors:
        print(e)
    print(f'{checked} members checked, {len(errors)} problem(s)')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
