#!/usr/bin/env python3
"""Command-line cases of qvm: bad input (status 2), warnings, limits, statistics,
symbols, the debugger, tracing, watchpoints, Ctrl-C and the host cost of `wait`.
Usage: cli_test.py QASM QVM CASE [QLD]; each CASE is one ctest (qvm.cli.CASE)."""
import os, re, resource, signal, subprocess, sys, tempfile, time

QASM = QVM = QLD = None
TMP = None


def asm(src, name="prog"):
    path = os.path.join(TMP, name + ".qasm")
    with open(path, "w") as f:
        f.write(src)
    out = os.path.join(TMP, name + ".qbin")
    subprocess.run([QASM, "-o", out, path], check=True)
    return out


def qvm(*args, stdin=b"", timeout=30):
    p = subprocess.run([QVM] + list(args), input=stdin, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=timeout, cwd=TMP)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def expect(cond, what, err=""):
    if not cond:
        raise AssertionError(what + ("\n--- stderr ---\n" + err if err else ""))


def expect_status(got, want, err):
    expect(got[0] == want, "exit status: expected %d, got %d" % (want, got[0]), err)


def bad_input(args, message):
    r = qvm(*args)
    expect_status(r, 2, r[2])
    expect(message in r[2], "stderr lacks %r" % message, r[2])
    expect("error" in r[2], "no 'error' in the message", r[2])


HALT7 = "constant r0 7\nhalt\n"
LOOP = "@l:\nconstant r1 @l\njmp r1\n"


def case_missing_file():
    bad_input(["/nonexistent/x.qbin"], "cannot read /nonexistent/x.qbin")


def case_directory():
    bad_input([TMP], "cannot read")


def case_program_too_big():
    path = os.path.join(TMP, "big.qbin")
    with open(path, "wb") as f:
        f.write(b"\0" * 4 * 5000)
    bad_input(["-m", "8192", path], "does not fit")


def case_bad_size():
    prog = asm(HALT7)
    bad_input(["-m", "abc", prog], "bad memory size")
    bad_input(["-m", "0x2000", prog], "bad memory size")
    bad_input(["-m", "100", prog], "out of range")
    bad_input(["-m", "", prog], "bad memory size")


def case_bad_cycles():
    prog = asm(HALT7)
    bad_input(["-c", "-5", prog], "bad cycle count")
    bad_input(["-c", "12x", prog], "bad cycle count")
    bad_input(["-c", "0", prog], "bad cycle count")


def case_bad_options():
    prog = asm(HALT7)
    bad_input(["--frobnicate", prog], "unknown option")
    bad_input(["-q", prog], "unknown option '-q'")
    bad_input([prog, "-m"], "needs a value")
    bad_input(["--mmu=paged", prog], "bad --mmu value")
    bad_input(["-k", prog], "-k needs the display (-D WxH)")
    bad_input(["-D", "640", prog], "bad display size")
    bad_input([prog, prog], "unexpected argument")
    bad_input(["-W", "0x10", prog], "expected LO-HI")
    bad_input(["-b", "main", prog], "symbols need --symbols")


def case_engines():
    prog = asm(HALT7)
    bad_input(["--engine=fast", prog], "bad --engine value 'fast' (interp, threaded or jit)")
    for engine in ("interp", "threaded", "jit"):
        r = qvm("--engine=" + engine, "--stats", prog)
        expect_status(r, 7, r[2])
        expect("cycles: 1\n" in r[2], "%s: cycles" % engine, r[2])
    env = dict(os.environ, QVM_ENGINE="turbo")
    p = subprocess.run([QVM, prog], env=env, capture_output=True, text=True, cwd=TMP)
    expect(p.returncode == 2 and "bad QVM_ENGINE value 'turbo'" in p.stderr,
           "QVM_ENGINE=turbo accepted", p.stderr)
    # A counted loop, translated at once (QVM_JIT_HOT=1): the same statistics as interp.
    loop = asm("constant r1 1000\nconstant r2 1\nconstant r3 @l\n@l:\nsub r1 r1 r2\n"
               "jnz r1 r3\nconstant r0 3\nhalt\n", "loop")
    stats = {}
    for engine in ("interp", "jit"):
        env = dict(os.environ, QVM_JIT_HOT="1")
        p = subprocess.run([QVM, "--engine=" + engine, "--stats", loop], env=env,
                           capture_output=True, text=True, cwd=TMP)
        expect(p.returncode == 3, "%s: status %d" % (engine, p.returncode), p.stderr)
        stats[engine] = [l for l in p.stderr.splitlines() if not l.startswith("mips:")]
    expect(stats["interp"] == stats["jit"], "jit statistics differ: %r" % stats)


def case_disk_errors():
    prog = asm(HALT7)
    bad_input(["--disk", "/nonexistent/disk.img", prog], "cannot open disk image")
    small = os.path.join(TMP, "small.img")
    with open(small, "wb") as f:
        f.write(b"\0" * 100)
    bad_input(["--disk", small, prog], "smaller than one sector")


def case_disk_partial_sector():
    # 600 bytes: one whole sector (TOTAL = 1) and a partial one, ignored with a warning
    img = os.path.join(TMP, "part.img")
    with open(img, "wb") as f:
        f.write(b"\1" * 600)
    prog = asm("constant r1 0x608\nload r0 r1\nhalt\n")
    r = qvm("--disk", img, prog)
    expect_status(r, 1, r[2])
    expect("warning" in r[2] and "partial last sector" in r[2], "no warning", r[2])


def case_trailing_bytes():
    prog = asm(HALT7)
    with open(prog, "ab") as f:
        f.write(b"\x05\x06")
    r = qvm(prog)
    expect_status(r, 7, r[2])
    expect("warning" in r[2] and "2 trailing byte" in r[2], "no warning", r[2])


def case_no_program():
    r = qvm("--stats")
    expect_status(r, 0, r[2])
    expect("result: 0x00000000" in r[2], "result line", r[2])


def case_cycle_limit():
    r = qvm("-c", "1000", "--stats", asm(LOOP))
    expect_status(r, 255, r[2])
    expect("cycle limit 1000 reached" in r[2], "no limit message", r[2])
    expect("cycles: 1000\n" in r[2], "counter should stop at the limit", r[2])


def case_stats_format():
    r = qvm("-s", asm(HALT7))
    lines = r[2].splitlines()
    names = [l.split(":")[0] for l in lines]
    expect(names == ["cycles", "interrupts handled", "interrupts ignored", "faults", "result",
                     "mips"], "stats lines %r" % names, r[2])
    expect(lines[0] == "cycles: 1" and lines[4] == "result: 0x00000007", "values", r[2])
    expect(re.match(r"mips: \d+\.\d\d$", lines[5]), "mips format", r[2])
    expect(r[1] == "", "stats must not go to stdout")


def case_result_error_names():
    r = qvm(asm("constant r0 0xE0000001\nhalt\n"))
    expect_status(r, 1, r[2])
    expect("error: BOUNDS_ERROR" in r[2], "no BOUNDS_ERROR", r[2])


def write_map():
    path = os.path.join(TMP, "prog.map")
    with open(path, "w") as f:
        f.write("# qld map\n\n.text 0x00001000 12 words\n"
                "0x00001000 T main\n0x00001004 t helper\n0x00002000 D table\n"
                "0x00000010 A SIZE\n")
    return path


def case_symbols_fault_name():
    prog = asm("constant r1 @bad\nnop\nnop\njmp r1\ndata @bad 0x30000000\n")
    r = qvm("--symbols", write_map(), prog)
    expect_status(r, 255, r[2])
    expect("fault at 0x00001007 <helper+3>" in r[2], "fault not named", r[2])


def case_symbols_bad_file():
    bad_input(["--symbols", "/nonexistent.map", asm(HALT7)], "cannot read")
    empty = os.path.join(TMP, "empty.map")
    with open(empty, "w") as f:
        f.write("# nothing\n")
    bad_input(["--symbols", empty, asm(HALT7)], "no symbol lines")


def case_debugger_break_symbol():
    prog = asm("constant r5 5\nnop\nnop\nconstant r0 9\nhalt\n")
    r = qvm("--symbols", write_map(), "-b", "helper", prog, stdin=b"r\nd\nq\n")
    expect_status(r, 255, r[2])
    expect("breakpoint at 0x00001004 <helper>" in r[2], "no breakpoint message", r[2])
    expect("r5  00000005" in r[2], "registers not shown", r[2])
    expect("=> 0x00001004 <helper>: 05000000  constant r0 0x00000009" in r[2],
           "disassembly around ip", r[2])


def case_debugger_step_continue():
    prog = asm("constant r1 1\nconstant r2 2\nadd r0 r1 r2\nhalt\n")
    r = qvm("-b", "0x1002", prog, stdin=b"s\nm 0x1000 4\nc\n")
    expect_status(r, 3, r[2])
    expect("0x00001004: 06000102  add r0 r1 r2" in r[2], "step shows next instruction", r[2])
    expect("00001000: 05010000 00000001 05020000 00000002" in r[2], "memory dump", r[2])


def case_debugger_set_clear():
    prog = asm("constant r1 1\nconstant r2 2\nadd r0 r1 r2\nhalt\n")
    r = qvm("-b", "0x1000", prog, stdin=b"b 0x1004\nbl\ncb 0x1004\ncb 0x1004\nc\n")
    expect_status(r, 3, r[2])
    expect("breakpoint at 0x00001004" in r[2] and "cleared 0x00001004" in r[2] and
           "no breakpoint at 0x00001004" in r[2], "set/list/clear", r[2])
    r = qvm("-b", "0x1000", prog, stdin=b"b 0x1004\nc\nc\n")
    expect(r[2].count("qvm: breakpoint at") == 2, "second breakpoint not hit", r[2])


def case_trace():
    r = qvm("-v", asm("constant r0 5\nconstant r1 1\nint r1\nhalt\n"))
    expect_status(r, 5, r[2])
    expect("[trace] 0x00001000: 05000000  constant r0 0x00000005" in r[2], "trace line", r[2])
    expect("[trace] 0x00001004: 01000100  int r1" in r[2], "trace of int", r[2])


def case_watch_and_write_break():
    src = "constant r1 0x5000\nconstant r2 0x77\nstore r1 r2\nconstant r0 4\nhalt\n"
    r = qvm("-W", "0x4000-0x5fff", asm(src))
    expect_status(r, 4, r[2])
    expect("[watch] 0x00001004: store 0x00000077 to 0x00005000" in r[2], "watch line", r[2])
    r = qvm("-w", "0x5000", asm(src), stdin=b"m 0x5000 1\nc\n")
    expect_status(r, 4, r[2])
    expect("write breakpoint: 0x00001004 stored 0x00000077 to 0x00005000" in r[2], "write break",
           r[2])
    expect("00005000: 00000077" in r[2], "the store is done when the debugger runs", r[2])


def case_sigint():
    p = subprocess.Popen([QVM, asm(LOOP)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(0.5)
    p.send_signal(signal.SIGINT)
    try:
        out, err = p.communicate(timeout=10)
    finally:
        p.kill()
    err = err.decode()
    expect(p.returncode == 130, "exit status %d after SIGINT" % p.returncode, err)
    expect("interrupted" in err and "cycles: " in err and "mips: " in err, "stats", err)


# Prints "x" (so the test knows the machine runs, its signal handlers installed), loops.
SAY_X_LOOP = ("constant r60 1\nconstant r1 0x306\nconstant r2 0x78\nstore r1 r2\n"
              "constant r1 0x305\nstore r1 r60\nconstant r1 0x303\nstore r1 r60\n" + LOOP)


def case_sigterm_sighup():
    for sig, status in ((signal.SIGTERM, 143), (signal.SIGHUP, 129)):
        p = subprocess.Popen([QVM, asm(SAY_X_LOOP)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
        p.stdout.read(1)                # running: the handlers are installed
        p.send_signal(sig)
        try:
            out, err = p.communicate(timeout=10)
        finally:
            p.kill()
        err = err.decode()
        expect(p.returncode == status, "exit status %d after %s" % (p.returncode, sig), err)
        expect("interrupted" in err and "cycles: " in err, "stats", err)


def case_terminal_options():
    prog = asm(HALT7)
    bad_input(["--terminal=maybe", prog], "bad --terminal value 'maybe'")
    bad_input(["--devices=some", prog], "bad --devices value 'some'")
    bad_input(["--input-interrupt=no", prog], "bad --input-interrupt value 'no'")
    disk = os.path.join(TMP, "d.img")
    with open(disk, "wb") as f:
        f.write(bytes(1024))
    bad_input(["--devices=none", "--disk", disk, prog], "--disk, --display and --keys need the stock devices")
    # the device table: 7 stock devices; with --terminal=on an eighth after the MMU
    table = asm("constant r1 0x200\nload r0 r1\nhalt\n", "table")
    expect_status(qvm(table), 7, "")
    expect_status(qvm("--terminal=on", table), 8, "")
    expect_status(qvm("--terminal=off", table), 7, "")
    expect_status(qvm("--devices=none", table), 0, "")
    for args in ([], ["--terminal=on"], ["--terminal=off"], ["--input-interrupt=off"]):
        expect_status(qvm(*args, prog), 7, "")


def case_wait_blocks_host():
    # READ pending, no timer, wait: qvm must block on stdin, not spin.
    src = ("constant r1 0x44\nconstant r2 4\nstore r1 r2\nconstant r1 0x49\n"
           "constant r2 @in\nstore r1 r2\nconstant r1 0x403\nconstant r2 2\nstore r1 r2\n"
           "wait\nhalt\n@in:\nconstant r1 0x406\nload r0 r1\nhalt\n")
    prog = asm(src)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    p = subprocess.Popen([QVM, prog], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    time.sleep(1.0)
    p.stdin.write(b"A\n")
    p.stdin.close()
    try:
        p.wait(timeout=10)
    finally:
        p.kill()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    expect(p.returncode == 0x41, "exit status %d" % p.returncode, p.stderr.read().decode())
    expect(cpu < 0.3, "qvm used %.2f s of CPU while waiting 1 s for input" % cpu)


def case_wait_timer_and_input():
    # A kernel idling at a prompt: 10 ms timer, READ pending, wait in a loop. Virtual
    # time follows real time while qvm blocks on stdin: ~100 ticks in 1 s, little CPU.
    src = ("constant r1 0x47\nconstant r2 @tick\nstore r1 r2\n"
           "constant r1 0x44\nconstant r2 4\nstore r1 r2\nconstant r1 0x49\n"
           "constant r2 @in\nstore r1 r2\nconstant r1 0x300\nconstant r2 10\nstore r1 r2\n"
           "constant r1 0x403\nconstant r2 2\nstore r1 r2\n"
           # after each wake-up: a READ that completed while the timer handler ran
           # raised its interrupt while masked (ignored), so look at the control word
           "constant r10 0\nconstant r11 1\n@idle:\nwait\nconstant r1 0x403\nload r2 r1\n"
           "constant r1 @in\njz r2 r1\nconstant r1 @idle\njmp r1\n"
           "@tick:\nconstant r1 0x0C\nload r2 r1\nconstant r3 1\nadd r2 r2 r3\n"
           "store r1 r2\nconstant r1 0x42\nload r2 r1\nadd r2 r2 r3\nstore r1 r2\n"
           "constant r0 0\nint r0\n@in:\nmov r0 r10\nhalt\n")
    prog = asm(src)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    p = subprocess.Popen([QVM, "--stats", prog], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(1.0)
    p.stdin.write(b"go\n")
    p.stdin.close()
    try:
        p.wait(timeout=10)
    finally:
        p.kill()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    err = p.stderr.read().decode()
    ticks = int(re.search(r"result: (0x[0-9a-f]+)", err).group(1), 16)
    expect(40 <= ticks <= 150, "%d timer ticks in about 1 s of real time" % ticks, err)
    expect(cpu < 0.3, "qvm used %.2f s of CPU while idle for 1 s" % cpu, err)


def case_random_programs():
    # Nothing a guest does may crash qvm: random words (biased towards valid opcodes and
    # low-memory/device addresses) must end in a normal stop, never a signal.
    import random, struct
    rng = random.Random(1234)
    img = os.path.join(TMP, "fuzz.img")
    with open(img, "wb") as f:
        f.write(bytes(512 * 4))
    for i in range(120):
        words = []
        for _ in range(rng.randint(1, 64)):
            kind = rng.random()
            if kind < 0.6:
                words.append(rng.randint(1, 0x2A) << 24 | rng.randint(0, 66) << 16 |
                             rng.randint(0, 66) << 8 | rng.randint(0, 66))
            elif kind < 0.8:
                words.append(rng.choice([0, 1, 2, 3, 4, 0x42, 0x44, 0x46, 0x47, 0x300, 0x303,
                                         0x403, 0x503, 0x603, 0x60B, 0x1000, 0xFFFFFFFF]))
            else:
                words.append(rng.getrandbits(32))
        prog = os.path.join(TMP, "fuzz.qbin")
        with open(prog, "wb") as f:
            f.write(b"".join(struct.pack("<I", w) for w in words))
        args = ["-c", "200000", "-m", str(rng.choice([4200, 8192, 70000]))]
        if i % 3 == 1:
            args.append("--mmu=twolevel")
        if i % 4 == 2:
            args += ["--disk", img]
        p = subprocess.run([QVM] + args + [prog], input=b"line\n", stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, cwd=TMP, timeout=30)
        err = p.stderr.decode("utf-8", "replace")
        expect(0 <= p.returncode <= 255 and "Sanitizer" not in err and "runtime error" not in err,
               "program %d (%s) ended with %d" % (i, " ".join("%08x" % w for w in words),
                                                  p.returncode), err)


def case_symbols_elf():
    if not QLD:
        print("qld not built: skipped")
        return
    src = os.path.join(TMP, "m.s")
    with open(src, "w") as f:
        f.write(".global @_start @main\n@_start:\nconstant r1 @main\njmp r1\n"
                "@main:\nconstant r1 @bad\njmp r1\n@bad:\n.word 0x30000000\n")
    obj = os.path.join(TMP, "m.o")
    subprocess.run([QASM, "-c", "-o", obj, src], check=True)
    elf, qbin = os.path.join(TMP, "m.elf"), os.path.join(TMP, "m.qbin")
    subprocess.run([QLD, "-o", qbin, "--elf", elf, obj], check=True)
    r = qvm("--symbols", elf, "-b", "main", qbin, stdin=b"c\n")
    expect("breakpoint at 0x00001003 <main>" in r[2], "ELF symbols", r[2])
    expect("fault at 0x00001006 <bad>" in r[2], "fault named from ELF symbols", r[2])


def main():
    global QASM, QVM, QLD, TMP
    QASM, QVM = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    QLD = os.path.abspath(sys.argv[4]) if len(sys.argv) > 4 and sys.argv[4] else None
    with tempfile.TemporaryDirectory() as tmp:
        TMP = tmp
        try:
            globals()["case_" + sys.argv[3].replace("-", "_")]()
        except AssertionError as e:
            print("FAILED: %s" % e)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
