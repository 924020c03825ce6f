#!/usr/bin/env python3
"""link_tests.py - linker tests on objects written by mkobj (no assembler needed):
layout, relocations, archives, linker symbols, outputs and every error message.
Usage: link_tests.py MKOBJ QLD CASE   (CASE 'list' prints the case names)"""
import os, re, struct, subprocess, sys, tempfile

MKOBJ, QLD = sys.argv[1], sys.argv[2]
D = tempfile.mkdtemp(prefix="qld-test-")

def fail(msg):
    sys.exit("FAIL: " + msg)

def obj(name, desc):
    src = os.path.join(D, name + ".desc")
    with open(src, "w") as f:
        f.write(desc)
    out = os.path.join(D, name)
    subprocess.run([MKOBJ, src, out], check=True)
    return out

def archive(name, members, flags="rc"):
    path = os.path.join(D, name)
    subprocess.run(["ar", flags, path] + members, check=True, cwd=D)
    return path

def qld(*args, expect_ok=True):
    out = os.path.join(D, "prog.qbin")
    if os.path.exists(out):
        os.remove(out)
    p = subprocess.run([QLD, "-o", out] + list(args), capture_output=True, text=True)
    if expect_ok and p.returncode != 0:
        fail(f"qld {' '.join(args)} failed:\n{p.stderr}")
    if not expect_ok:
        if p.returncode == 0:
            fail(f"qld {' '.join(args)} succeeded, expected an error")
        if os.path.exists(out):
            fail("qld wrote an output file despite an error")
        if "AddressSanitizer" in p.stderr or "runtime error" in p.stderr:
            fail("sanitizer report:\n" + p.stderr)
        return p.stderr
    with open(out, "rb") as f:
        data = f.read()
    return list(struct.unpack(f"<{len(data) // 4}I", data))

def expect_words(got, want):
    if got != want:
        fail("words:\n  got  " + " ".join(f"{w:#x}" for w in got) +
             "\n  want " + " ".join(f"{w:#x}" for w in want))

def expect_error(stderr, pattern):
    if not re.search(pattern, stderr):
        fail(f"expected an error matching {pattern!r}, got:\n{stderr}")

def read_map(path):
    syms = {}
    with open(path) as f:
        lines = f.read().splitlines()
    addrs = []
    for line in lines:
        if line.startswith("#"):
            continue
        m = re.fullmatch(r"0x([0-9a-f]{8}) ([TtRrDdBbAa]) (\S+)", line)
        if not m:
            fail(f"bad map line {line!r}")
        addrs.append(int(m[1], 16))
        syms[m[3]] = (int(m[1], 16), m[2])
    if addrs != sorted(addrs):
        fail("map not sorted by address")
    return syms

MAIN = """label _start global
words 0x11 @helper @table
label back global
words %helper-1
section data
label counter global
words 5
"""
HELPER = """label helper global
words 0x22 @counter @back
section rodata
label table global
words 1 2 @table+1
"""

def case_cross_refs():
    a, b = obj("a.o", MAIN), obj("b.o", HELPER)
    # text: a(0x1000..0x1003) b(0x1004..0x1006); rodata 0x1007..; data 0x100a
    expect_words(qld(a, b), [0x11, 0x1004, 0x1007, 0x1004 - 1 - 0x1003,
                             0x22, 0x100a, 0x1003,
                             1, 2, 0x1008,
                             5])

def case_entry_first():
    a, b = obj("a.o", MAIN), obj("b.o", HELPER)
    # b.o named first on the command line, but a.o holds _start: a's text goes first.
    words = qld(b, a, "--map", os.path.join(D, "m"))
    if words[0] != 0x11:
        fail(f"entry object not placed first: {words[0]:#x}")
    syms = read_map(os.path.join(D, "m"))
    if syms["_start"] != (0x1000, "T") or syms["helper"] != (0x1004, "T"):
        fail(f"bad addresses {syms}")

def case_entry_option_and_base():
    a, b = obj("a.o", MAIN), obj("b.o", HELPER)
    words = qld(a, b, "-e", "helper", "--base", "0x2000", "--map", os.path.join(D, "m"))
    syms = read_map(os.path.join(D, "m"))
    if words[0] != 0x22 or syms["helper"][0] != 0x2000 or syms["_start"][0] != 0x2003:
        fail(f"-e/--base not honoured: {words[:2]} {syms}")

def case_entry_not_first_word():
    a = obj("a.o", "words 0\nlabel _start global\nwords 1\n")
    expect_error(qld(a, expect_ok=False),
                 r"qld: error: entry symbol '_start' is at offset 0x1 of \.text in .*a\.o")

def case_missing_entry():
    a = obj("a.o", "label main global\nwords 1\n")
    expect_error(qld(a, expect_ok=False), r"qld: error: entry symbol '_start' is not defined")
    expect_error(qld(a, "-e", "nothere", expect_ok=False),
                 r"entry symbol 'nothere' is not defined")

def case_entry_from_archive():
    obj("crt0.o", "label _start global\nwords @main\n")
    m = obj("m.o", "label main global\nwords 3\n")
    lib = archive("libcrt.a", ["crt0.o"])
    expect_words(qld(m, lib), [0x1001, 3])

def case_entry_not_text():
    a = obj("a.o", "section data\nlabel _start global\nwords 1\n")
    expect_error(qld(a, expect_ok=False), r"entry symbol '_start' \(in .*a\.o\) is not in \.text")

def case_bss_symbols():
    a = obj("a.o", """label _start global
words @__bss_start @__bss_end @_end @buf
section data
words 9
section bss
label buf
zero 3
""")
    b = obj("b.o", "section bss\nlabel big global\nzero 100\n")
    words = qld(a, b, "--map", os.path.join(D, "m"))
    # text 0x1000..0x1003, data 0x1004, bss 0x1005..0x1005+103; file ends after .data
    expect_words(words, [0x1005, 0x1005 + 103, 0x1005 + 103, 0x1005, 9])
    syms = read_map(os.path.join(D, "m"))
    for name, want in (("__bss_start", 0x1005), ("__bss_end", 0x106c), ("_end", 0x106c),
                       ("buf", 0x1005), ("big", 0x1008)):
        if syms[name][0] != want:
            fail(f"{name} = {syms[name][0]:#x}, want {want:#x}")
    if syms["buf"][1] != "b" or syms["big"][1] != "B":
        fail(f"bss type letters: {syms}")

def case_section_symbols():
    a = obj("a.o", """label _start global
words @__text_end @__data_start
section rodata
words 7 8
section data
words 9
""")
    # text 0x1000..0x1001, rodata 0x1002..0x1003, data 0x1004
    expect_words(qld(a), [0x1002, 0x1004, 7, 8, 9])

def case_provided_symbol_overridden():
    a = obj("a.o", "label _start global\nwords @_end\nsection data\nlabel _end global\nwords 0\n")
    expect_words(qld(a), [0x1001, 0])

def case_archive_pulls_only_needed():
    a = obj("a.o", "label _start global\nwords @f1\n")
    m1 = obj("m1.o", "label f1 global\nwords @f2\n")
    m2 = obj("m2.o", "label f2 global\nwords 0x2\n")
    m3 = obj("m3.o", "label unused global\nwords 0x3\n")
    # m2 precedes m1 in the archive: needs a second pass over the members.
    lib = archive("lib.a", ["m2.o", "m3.o", "m1.o"])
    words = qld(a, lib, "--map", os.path.join(D, "m"))
    syms = read_map(os.path.join(D, "m"))
    if "unused" in syms:
        fail("unneeded archive member was linked")
    if "f1" not in syms or "f2" not in syms:
        fail(f"needed members missing: {syms}")
    expect_words(words, [syms["f1"][0], syms["f2"][0], 0x2] if syms["f2"][0] < syms["f1"][0]
                 else [syms["f1"][0], syms["f2"][0], 0x2])

def case_archive_order():
    a = obj("a.o", "label _start global\nwords @x\n")
    obj("x.o", "label x global\nwords @y\n")
    obj("y.o", "label y global\nwords 7\n")
    libx, liby = archive("libx.a", ["x.o"]), archive("liby.a", ["y.o"])
    # A later archive satisfies references from an earlier archive's members ...
    qld(a, libx, liby)
    # ... but an archive is not revisited for references that appear after it.
    err = qld(a, liby, libx, expect_ok=False)
    expect_error(err, r"qld: error: .*libx\.a\(x\.o\): undefined reference to 'y'")

def case_archive_without_index_and_long_names():
    a = obj("a.o", "label _start global\nwords @long_function_name\n")
    obj("a_member_with_a_long_file_name.o", "label long_function_name global\nwords 4\n")
    obj("other_member_with_a_long_name.o", "label other global\nwords 5\n")
    lib = archive("libnoidx.a", ["other_member_with_a_long_name.o",
                                 "a_member_with_a_long_file_name.o"], flags="rcS")
    with open(lib, "rb") as f:
        data = f.read()
    if b"//" not in data or data[8:10] == b"/ ":
        fail("archive has no long-name table or has an index")
    expect_words(qld(a, lib), [0x1001, 4])

def bsd_archive(path, members):
    out = b"!<arch>\n"
    for name, data in members:
        nm = name.encode()
        body = nm + data
        hdr = f"#1/{len(nm):<13}{0:<12}{0:<6}{0:<6}{644:<8}{len(body):<10}`\n".encode()
        out += hdr + body + (b"\n" if len(body) % 2 else b"")
    with open(path, "wb") as f:
        f.write(out)
    return path

def case_bsd_archive():
    a = obj("a.o", "label _start global\nwords @g\n")
    g = obj("g.o", "label g global\nwords 6\n")
    with open(g, "rb") as f:
        lib = bsd_archive(os.path.join(D, "libbsd.a"), [("g_with_bsd_name.o", f.read())])
    expect_words(qld(a, lib), [0x1001, 6])

def case_undefined():
    a = obj("a.o", "label _start global\nwords @nowhere\n")
    expect_error(qld(a, expect_ok=False), r"qld: error: .*a\.o: undefined reference to 'nowhere'")

def case_duplicate():
    a = obj("a.o", "label _start global\nlabel f global\nwords 1\n")
    b = obj("b.o", "label f global\nwords 2\n")
    expect_error(qld(a, b, expect_ok=False),
                 r"qld: error: duplicate definition of 'f' in .*b\.o \(first defined in .*a\.o\)")

def case_weak_definitions():
    a = obj("a.o", "label _start global\nwords @f @g\n")
    weak = obj("w.o", "label f weak\nwords 1 @f\nlabel g weak\nwords 3\n")
    strong = obj("s.o", "label f global\nwords 2\n")
    weak2 = obj("w2.o", "label g weak\nwords 4\n")
    # text: a 0x1000..0x1001, w 0x1002..0x1004, s 0x1005, w2 0x1006. The strong f wins
    # wherever it comes, also for w.o's own reference; the first weak g stands.
    for order in ((a, weak, strong, weak2), (a, strong, weak, weak2)):
        m = os.path.join(D, "m")
        words = qld(*order, "--map", m)
        syms = read_map(m)
        f, g = syms["f"][0], syms["g"][0]
        if words[f - 0x1000] != 2 or words[g - 0x1000] != 3:
            fail(f"wrong definitions chosen: f={f:#x} g={g:#x} words={words}")
        if words[:2] != [f, g] or f not in words[2:]:
            fail(f"references not resolved to the winners: {words}")
        if list(syms).count("f") != 1:
            fail("overridden weak definition in the map")
    strong2 = obj("s2.o", "label f global\nwords 5\n")
    expect_error(qld(a, strong, weak, strong2, expect_ok=False),
                 r"duplicate definition of 'f' in .*s2\.o \(first defined in .*s\.o\)")

def case_weak_undefined():
    a = obj("a.o", "label _start global\nweakref opt\nwords @opt @opt+3\n")
    obj("m.o", "label opt global\nwords 9\n")
    lib = archive("lib.a", ["m.o"])
    # undefined weak: address 0, and an archive member is not pulled for it
    expect_words(qld(a, lib), [0, 3])
    # a strong reference (here from a later object) does pull it
    b = obj("b.o", "words @opt\n")
    words = qld(a, b, lib)
    if words[0] == 0 or words[words[0] - 0x1000] != 9:
        fail(f"strong reference did not pull the member: {words}")
    expect_error(qld(b, expect_ok=False), r"undefined reference to 'opt'")

def case_locals_do_not_clash():
    a = obj("a.o", "label _start global\nlabel loop\nwords @loop\n")
    b = obj("b.o", "words 0\nlabel loop\nwords @loop\n")
    expect_words(qld(a, b), [0x1000, 0, 0x1002])

def case_reloc_out_of_range():
    a = obj("a.o", "label _start global\nwords @_start-0x1001\n")
    expect_error(qld(a, expect_ok=False),
                 r"qld: error: .*a\.o: relocation out of range in \.text\+0x0 against '_start'")
    b = obj("b.o", "label _start global\nabs far 0xffffffff global\nwords %far+0x7fffffff\n")
    expect_error(qld(b, expect_ok=False), r"relocation out of range")

def case_not_an_object():
    t = os.path.join(D, "notes.txt")
    with open(t, "w") as f:
        f.write("hello\n")
    expect_error(qld(t, expect_ok=False), r"qld: error: .*notes\.txt: not an ELF file")
    expect_error(qld(os.path.join(D, "missing.o"), expect_ok=False),
                 r"qld: error: cannot read '.*missing\.o': No such file")
    expect_error(qld("/bin/sh", expect_ok=False), r"not a 32-bit little-endian ELF|not a QPU object")
    a = obj("a.o", MAIN)
    b = obj("b.o", HELPER)
    elf = os.path.join(D, "prog.elf")
    qld(a, b, "--elf", elf)
    expect_error(qld(elf, expect_ok=False),
                 r"qld: error: .*prog\.elf: is an executable, not a relocatable object")
    thin = os.path.join(D, "thin.a")
    open(thin, "wb").write(b"!<thin>\n")
    expect_error(qld(a, b, thin, expect_ok=False), r"thin archives are not supported")

def case_corrupt_object():
    a = obj("a.o", MAIN)
    data = open(a, "rb").read()
    bad = os.path.join(D, "trunc.o")
    open(bad, "wb").write(data[:len(data) - 30])
    expect_error(qld(bad, expect_ok=False), r"qld: error: .*trunc\.o: section headers lie outside")

def case_corrupt_archive():
    obj("m.o", "label _start global\nwords 1\n")
    lib = archive("lib.a", ["m.o"])
    data = open(lib, "rb").read()
    bad = os.path.join(D, "bad.a")
    open(bad, "wb").write(data[:-40])
    expect_error(qld(bad, expect_ok=False),
                 r"qld: error: .*bad\.a: corrupt archive: member at offset \d+ extends past")
    open(bad, "wb").write(data[:8] + b"junk" * 20)
    expect_error(qld(bad, expect_ok=False), r"corrupt archive: member header at offset 8")

def case_usage_errors():
    expect_error(qld(expect_ok=False), r"qld: error: no input files")
    a = obj("a.o", MAIN)
    expect_error(qld(a, "--base", "12q", expect_ok=False), r"bad base address '12q'")
    expect_error(qld(a, "--base", "0x100000000", expect_ok=False), r"bad base address")
    big = obj("big.o", "label _start global\nwords 1 2 3\n")
    expect_error(qld(big, "--base", "0xfffffffe", expect_ok=False),
                 r"program does not fit the address space")

def case_elf_output():
    a, b = obj("a.o", MAIN), obj("b.o", HELPER)
    elf = os.path.join(D, "prog.elf")
    qld(a, b, "--elf", elf)
    for cmd in (["readelf", "-h", "-S", "-s", "-r", elf], ["nm", elf]):
        p = subprocess.run(cmd, capture_output=True, text=True)
        if p.returncode or p.stderr.strip():
            fail(f"{cmd}: {p.stderr}")
    nm = subprocess.run(["nm", elf], capture_output=True, text=True).stdout
    for line in ("00001000 T _start", "00001004 T helper", "0000100a D counter",
                 "00001007 R table", "0000100b B __bss_start"):
        if line not in nm:
            fail(f"nm lacks {line!r}:\n{nm}")
    if "Entry point address:               0x1000" not in \
            subprocess.run(["readelf", "-h", elf], capture_output=True, text=True).stdout:
        fail("bad entry point")

def case_map_format():
    a, b = obj("a.o", MAIN), obj("b.o", HELPER)
    m = os.path.join(D, "m")
    qld(a, b, "--map", m)
    syms = read_map(m)
    want = {"_start": (0x1000, "T"), "back": (0x1003, "T"), "helper": (0x1004, "T"),
            "table": (0x1007, "R"), "counter": (0x100a, "D")}
    for k, v in want.items():
        if syms.get(k) != v:
            fail(f"map {k}: {syms.get(k)} want {v}")

def case_sweep():
    """Links bit-flipped objects and archives: each run succeeds or fails cleanly."""
    a, b = obj("a.o", MAIN), obj("b.o", HELPER)
    lib = archive("lib.a", ["b.o"])
    for victim in (a, lib):
        data = open(victim, "rb").read()
        bad = os.path.join(D, "bad" + os.path.splitext(victim)[1])
        for i in range(0, len(data), 5):
            open(bad, "wb").write(data[:i] + bytes([data[i] ^ 0xff]) + data[i + 1:])
            args = [bad, lib] if victim == a else [a, bad]
            p = subprocess.run([QLD, "-o", os.path.join(D, "s.qbin")] + args,
                               capture_output=True, text=True, errors="replace")
            if p.returncode not in (0, 1) or "Sanitizer" in p.stderr or \
                    "runtime error" in p.stderr or (p.returncode and "error:" not in p.stderr):
                fail(f"byte {i} of {victim}: status {p.returncode}\n{p.stderr}")

CASES = {n[5:]: f for n, f in globals().items() if n.startswith("case_")}
if sys.argv[3] == "list":
    print("\n".join(CASES))
    sys.exit(0)
CASES[sys.argv[3]]()
subprocess.run(["rm", "-rf", D])
print("ok")
