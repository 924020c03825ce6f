#!/usr/bin/env python3
"""Test driver for qasm/qdasm (ctest label qasm). Modes:

  errors QASM DIR WORK      each DIR/X.qasm: stderr must equal DIR/X.stderr exactly,
                            exit status 255 (or `; expect-status: N` on line 1 or 2),
                            and no output file unless the status is 0.
                            `; args: ...` on line 1 adds options.
  golden QASM DIR WORK      each DIR/X.qasm: output words must equal the hex words in its
                            `;> ` comment lines (written by hand from the spec).
  roundtrip QASM QDASM WORK FILE...   assemble, disassemble, reassemble: same bytes.
  --update                  (after `errors`) rewrite the .stderr files instead.
"""
import os
import struct
import subprocess
import sys


def run(cmd, cwd=None, stdin=None):
    return subprocess.run(cmd, cwd=cwd, input=stdin, capture_output=True, timeout=30)


def header_option(path, key):
    with open(path, 'rb') as f:
        for line in f.read().split(b'\n')[:2]:
            line = line.decode('utf-8', 'replace')
            if line.startswith('; ' + key + ':'):
                return line.split(':', 1)[1].split()
    return None


def errors(qasm, d, work, update):
    os.makedirs(work, exist_ok=True)
    cases = sorted(f for f in os.listdir(d) if f.endswith('.qasm'))
    failed = 0
    for case in cases:
        name = case[:-5]
        out = os.path.join(work, name + '.out')
        if os.path.exists(out):
            os.remove(out)
        args = header_option(os.path.join(d, case), 'args') or []
        status = int((header_option(os.path.join(d, case), 'expect-status') or ['255'])[0])
        r = run([qasm, '-o', out, case] + args, cwd=d)
        got = r.stderr.decode('utf-8', 'replace')
        golden = os.path.join(d, name + '.stderr')
        if update:
            with open(golden, 'w', newline='') as f:
                f.write(got)
            continue
        want = open(golden, newline='').read() if os.path.exists(golden) else '<missing golden file>\n'
        problems = []
        if r.returncode != status:
            problems.append('exit status %d, expected %d' % (r.returncode, status))
        if status != 0 and os.path.exists(out):
            problems.append('an output file was written despite errors')
        if got != want:
            import difflib
            problems.append('stderr differs:\n' + ''.join(difflib.unified_diff(
                want.splitlines(True), got.splitlines(True), 'expected', 'actual')))
        if problems:
            failed += 1
            print('FAIL %s: %s' % (name, '\n'.join(problems)))
    print('%d/%d error cases as expected' % (len(cases) - failed, len(cases)))
    return failed == 0 and len(cases) > 0


def read_words(path):
    data = open(path, 'rb').read()
    return list(struct.unpack('<%dI' % (len(data) // 4), data))


def golden(qasm, d, work):
    os.makedirs(work, exist_ok=True)
    cases = sorted(f for f in os.listdir(d) if f.endswith('.qasm'))
    failed = 0
    for case in cases:
        src = os.path.join(d, case)
        want = []
        for line in open(src, encoding='utf-8'):
            if line.startswith(';> '):
                want += [int(w, 16) for w in line[3:].split()]
        out = os.path.join(work, case[:-5] + '.qbin')
        r = run([qasm, '-o', out, case], cwd=d)
        if r.returncode != 0:
            failed += 1
            print('FAIL %s: qasm failed:\n%s' % (case, r.stderr.decode()))
            continue
        got = read_words(out)
        if got != want or not want:
            failed += 1
            print('FAIL %s:' % case)
            for i in range(max(len(got), len(want))):
                g = '%08X' % got[i] if i < len(got) else '--------'
                w = '%08X' % want[i] if i < len(want) else '--------'
                print('  %04X %s %s%s' % (0x1000 + i, w, g, '' if g == w else '  <-- differs'))
    print('%d/%d golden files as expected' % (len(cases) - failed, len(cases)))
    return failed == 0 and len(cases) > 0


def roundtrip(qasm, qdasm, work, files):
    os.makedirs(work, exist_ok=True)
    failed = 0
    for src in files:
        name = os.path.basename(src).rsplit('.', 1)[0]
        first = os.path.join(work, name + '.1.qbin')
        text = os.path.join(work, name + '.dis.qasm')
        second = os.path.join(work, name + '.2.qbin')
        if src.endswith('.qbin'):
            first = src
        else:
            r = run([qasm, '-o', first, src])
            if r.returncode != 0:
                failed += 1
                print('FAIL %s: qasm: %s' % (name, r.stderr.decode()))
                continue
        r = run([qdasm, '-o', text, first])
        if r.returncode != 0:
            failed += 1
            print('FAIL %s: qdasm: %s' % (name, r.stderr.decode()))
            continue
        r = run([qasm, '-o', second, text])
        if r.returncode != 0:
            failed += 1
            print('FAIL %s: reassembly: %s' % (name, r.stderr.decode()))
            continue
        if open(first, 'rb').read() != open(second, 'rb').read():
            failed += 1
            print('FAIL %s: bytes differ after the round trip (see %s)' % (name, text))
    print('%d/%d files round-trip' % (len(files) - failed, len(files)))
    return failed == 0 and len(files) > 0


def random_programs(work, count):
    """Deterministic random .qbin files: arbitrary words (invalid opcodes, nonzero unused
    fields, ip as destination), zero runs, strings, with and without the halt layout."""
    import random
    rng = random.Random(20261124)
    files = []
    for k in range(count):
        words = []
        for _ in range(rng.randrange(0, 60)):
            kind = rng.randrange(8)
            if kind == 0:
                words.append(rng.getrandbits(32))
            elif kind == 1:
                words.append(0)
            elif kind == 2:
                words += [0x05000000 | rng.randrange(0x42) << 16, rng.getrandbits(32)]
            elif kind == 3:
                s = [rng.choice([0x41, 0x27, 0x5C, 0x0A, 0xE9, 0x1F600, 0x3B]) for _ in range(rng.randrange(5))]
                words += [len(s)] + s
            elif kind == 4:
                words.append(0x1000 + rng.randrange(80))
            elif kind == 5:
                words.append(0x3FC00000)
            else:
                words.append(rng.randrange(0x2C) << 24 | rng.choice([0, 1, 63, 64, 65, 255]) << 16
                             | rng.choice([0, 2, 64]) << 8 | rng.choice([0, 3, 64, 200]))
        if k % 3:
            words += [0, 0] + words[: rng.randrange(len(words) + 1)] + [0, 0]
        path = os.path.join(work, 'random%03d.qbin' % k)
        with open(path, 'wb') as f:
            f.write(struct.pack('<%dI' % len(words), *words))
        files.append(path)
    return files


def sweep_inputs(examples, rng):
    """Malformed sources: truncated examples, random bytes, token soup, huge tokens."""
    srcs = [open(os.path.join(examples, f), 'rb').read()
            for f in sorted(os.listdir(examples)) if f.endswith('.qasm')]
    for src in srcs:
        for _ in range(4):
            yield src[:rng.randrange(len(src) + 1)]
    for _ in range(40):
        yield bytes(rng.getrandbits(8) for _ in range(rng.randrange(400)))
    vocab = ['add', 'constant', 'data', 'halt', 'r1', 'r63', 'r64', 'ip', '@a', '@b:', '@a:',
             "'x'", "'", '\\', '0x', '0xFFFFFFFFFF', '-', '1.5f', 'NaN', '@`q', '`', ';', ':',
             '\n', '\r', '\t', ' ', '@a+1', '@a-@b', '.word', '.zero', '.bss', '.text',
             '.global', '\x00', '\xff', 'é', '1e999f', '@', '::', '.nosentinels']
    for _ in range(60):
        yield ''.join(rng.choice(vocab) + rng.choice([' ', ' ', '\n'])
                      for _ in range(rng.randrange(80))).encode('utf-8')
    yield b'constant r1 ' + b'9' * 10000 + b'\n'
    yield b'constant r1 0x' + b'F' * 10000 + b'\n'
    yield b'constant r1 ' + b'1' * 5000 + b'.5e' + b'9' * 5000 + b'f\n'
    yield b'@' + b'x' * 10000 + b':\nconstant r1 @' + b'x' * 10000 + b'\n'
    yield b'data @d ' + b'1 ' * 5000 + b'\n'
    yield b"data @s '" + b'a' * 10000 + b"'\n"
    yield b'nop ' * 2500 + b'\n'
    yield b'#' * 10000
    yield b'foo\n' * 100
    yield b'.zero 4294967295\n.zero 16777216\n'
    yield b'.data\n.zero 16777215\n.word 1 2\n'


def sweep(qasm, qdasm, examples, work):
    """No input may crash qasm or qdasm: status 0 or the error status, no sanitizer report,
    no hang."""
    import random
    rng = random.Random(4242)
    os.makedirs(work, exist_ok=True)
    src, out = os.path.join(work, 'in.qasm'), os.path.join(work, 'out.bin')
    bad = 0
    count = 0
    for data in sweep_inputs(examples, rng):
        count += 1
        with open(src, 'wb') as f:
            f.write(data)
        runs = [([qasm, '-o', out, src], (0, 255)), ([qasm, '-c', '-o', out, src], (0, 255)),
                ([qdasm, '-o', out, src], (0, 1))]
        for cmd, allowed in runs:
            try:
                r = run(cmd)
            except subprocess.TimeoutExpired:
                bad += 1
                print('FAIL (hang) %s on input #%d' % (cmd[0], count))
                continue
            err = r.stderr.decode('utf-8', 'replace')
            if r.returncode not in allowed or 'Sanitizer' in err or 'runtime error' in err:
                bad += 1
                print('FAIL %s: status %d on input #%d (%r...)\n%s' % (
                    ' '.join(cmd[:-3]), r.returncode, count, data[:60], err[-2000:]))
    print('%d inputs, %d failures' % (count, bad))
    return bad == 0


def readelf(args, path):
    r = run(['readelf', '-W'] + args + [path])
    err = r.stderr.decode()
    if r.returncode != 0 or 'Warning' in err or 'Error' in err:
        raise RuntimeError('readelf %s: %s' % (' '.join(args), err))
    return r.stdout.decode()


def object_facts(path):
    """What readelf and nm say about an object, in the form of the ;-lines of the tests."""
    import re
    facts = []
    readelf(['-h'], path)
    for line in readelf(['-S'], path).splitlines():
        m = re.match(r'\s*\[\s*\d+\] (\.text|\.rodata|\.data|\.bss)\s+\S+\s+\S+\s+\S+\s+(\S+)', line)
        if m:
            facts.append('size %s %d' % (m.group(1), int(m.group(2), 16) // 4))
    readelf(['-s'], path)
    section = None
    for line in readelf(['-r'], path).splitlines():
        m = re.match(r"Relocation section '\.rela(\S+)'", line)
        if m:
            section = m.group(1)
            continue
        m = re.match(r'([0-9a-f]{8})\s+[0-9a-f]{8}\s+.*?[0-9a-f]{8}\s+(.*) ([+-]) ([0-9a-f]+)$', line)
        if m:
            facts.append('rel %s %s %s %s %d' % (section, m.group(1), m.group(2), m.group(3),
                                                int(m.group(4), 16)))
    for sec in ('text', 'rodata', 'data'):
        words = []
        for line in readelf(['-x', '.' + sec], path).splitlines():
            m = re.match(r'\s+0x[0-9a-f]+ ((?:[0-9a-f]{2,8} ?){1,4})', line)
            if m:
                for group in m.group(1).split():
                    b = bytes.fromhex(group)
                    words += ['%08X' % int.from_bytes(b[i:i + 4], 'little') for i in range(0, len(b), 4)]
        for i in range(0, len(words), 8):
            facts.append(sec + ' ' + ' '.join(words[i:i + 8]))
    r = run(['nm', path])
    if r.returncode != 0 or (r.stderr and b'no symbols' not in r.stderr):
        raise RuntimeError('nm: ' + r.stderr.decode())
    facts += ['nm ' + l for l in r.stdout.decode().splitlines()]
    return facts


def objects(qasm, d, work):
    os.makedirs(work, exist_ok=True)
    cases = sorted(f for f in os.listdir(d) if f.endswith('.s'))
    failed = 0
    for case in cases:
        src = os.path.join(d, case)
        want = [l[1:].rstrip('\n') for l in open(src, encoding='utf-8') if l.startswith(';') and
                l[1:].split(' ', 1)[0] in ('size', 'rel', 'text', 'rodata', 'data', 'nm')]
        want = [' '.join(w.split(' ')[:-1] + [str(int(w.split(' ')[-1]))]) if w.startswith('rel') else w
                for w in want]
        out = os.path.join(work, case[:-2] + '.o')
        r = run([qasm, '-c', '-o', out, src])
        try:
            if r.returncode != 0:
                raise RuntimeError('qasm -c failed: ' + r.stderr.decode())
            got = object_facts(out)
        except RuntimeError as e:
            failed += 1
            print('FAIL %s: %s' % (case, e))
            continue
        if sorted(got) != sorted(want):
            import difflib
            failed += 1
            print('FAIL %s:\n%s' % (case, ''.join(difflib.unified_diff(
                [w + '\n' for w in sorted(want)], [g + '\n' for g in sorted(got)], 'expected', 'actual'))))
    print('%d/%d objects as expected' % (len(cases) - failed, len(cases)))
    return failed == 0 and len(cases) > 0


def cli(qasm, qdasm, d, work):
    """Command-line behaviour: stdin, several files, default output, listing, options."""
    import shutil
    os.makedirs(work, exist_ok=True)
    for f in os.listdir(d):
        shutil.copy(os.path.join(d, f), work)
    problems = []

    def check(what, cond):
        if not cond:
            problems.append(what)

    def words(path):
        return ['%08X' % w for w in read_words(path)]

    r = run([qasm, '-o', 'stdin.qbin', '-'], cwd=work, stdin=b'nop\n')
    check('stdin', r.returncode == 0 and words(os.path.join(work, 'stdin.qbin')) ==
          ['17000000'] + ['00000000'] * 4)
    r = run([qasm, '-t', 'none', 'one.qasm', 'two.qasm'], cwd=work)
    check('two files into the default out.qbin', r.returncode == 0 and
          words(os.path.join(work, 'out.qbin')) == ['17000000', '05010000', '00001007',
          '05020000', '00001001', '00000000', '00000000', '00000005', '00000001', '0000007A',
          '00000000', '00000000'])
    r = run([qasm, '-o', 'l.qbin', '-l', 'got.lst', 'one.qasm', 'two.qasm'], cwd=work)
    check('listing equals expected.lst', r.returncode == 0 and
          open(os.path.join(work, 'got.lst')).read() == open(os.path.join(d, 'expected.lst')).read())
    r = run([qasm, '--help'])
    check('--help', r.returncode == 0 and b'usage: qasm' in r.stdout)
    r = run([qasm, '--version'])
    check('--version', r.returncode == 0 and r.stdout.startswith(b'qasm '))
    r = run([qasm, '-t', 'bare', 'one.qasm'], cwd=work)
    check('-t bare refused', r.returncode == 2 and b'no built-in runtime' in r.stderr)
    r = run([qasm])
    check('no input files', r.returncode == 2 and b'no input files' in r.stderr)
    r = run([qasm, '-o', 'x.qbin', 'missing.qasm'], cwd=work)
    check('missing input', r.returncode == 255 and b"cannot read 'missing.qasm'" in r.stderr)
    keep = os.path.join(work, 'keep.qbin')
    with open(keep, 'wb') as f:
        f.write(b'old!')
    r = run([qasm, '-o', 'keep.qbin', '-'], cwd=work, stdin=b'bogus\n')
    check('failed run leaves the output alone', r.returncode == 255 and
          open(keep, 'rb').read() == b'old!' and b'<stdin>:1:1: error: unknown mnemonic' in r.stderr)
    r = run([qasm, '-W', '-o', 'keep.qbin', '-'], cwd=work, stdin=b'constant r1 0x1FFFFFFFF\n')
    check('-W makes warnings errors', r.returncode == 255 and open(keep, 'rb').read() == b'old!')
    with open(os.path.join(work, 'odd.qbin'), 'wb') as f:
        f.write(b'\0' * 6)
    r = run([qdasm, 'odd.qbin'], cwd=work)
    check('qdasm: size not a multiple of 4', r.returncode == 1 and b'not a whole number' in r.stderr)
    r = run([qdasm, '-'], stdin=b'\x00\x00\x00\x17' + b'\0' * 16)
    check('qdasm: stdin', r.returncode == 0 and b'nop' in r.stdout)
    for p in problems:
        print('FAIL ' + p)
    print('%d cli problems' % len(problems))
    return not problems


def main(argv):
    mode = argv[1]
    if mode == 'errors':
        ok = errors(argv[2], argv[3], argv[4], '--update' in argv)
    elif mode == 'golden':
        ok = golden(argv[2], argv[3], argv[4])
    elif mode == 'randomtrip':
        os.makedirs(argv[4], exist_ok=True)
        ok = roundtrip(argv[2], argv[3], argv[4], random_programs(argv[4], int(argv[5])))
    elif mode == 'sweep':
        ok = sweep(argv[2], argv[3], argv[4], argv[5])
    elif mode == 'objects':
        ok = objects(argv[2], argv[3], argv[4])
    elif mode == 'cli':
        ok = cli(argv[2], argv[3], argv[4], argv[5])
    elif mode == 'roundtrip':
        ok = roundtrip(argv[2], argv[3], argv[4], argv[5:])
    else:
        print('unknown mode ' + mode)
        ok = False
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv))
