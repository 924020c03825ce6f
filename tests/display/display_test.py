#!/usr/bin/env python3
"""display_test.py - tests of the display and keypress devices, the display system
calls and the graphics programs (label: display).

usage: display_test.py CASE NAME=PATH...   (qasm, qvm, mkqfs, kernel, image, progs,
                                            examples, src: what the case needs)

Frames come from `qvm -D WxH --display-file F.ppm`. Expected frames are either computed
here from spec/platform.md (the device cases) or recorded SHA-256 sums of the demos'
frames (each checked by eye, see docs/*.png), and under the kernel the same frame as the
bare program draws."""
import hashlib, os, re, shutil, signal, struct, subprocess, sys, tempfile, time, zlib

P = {}
TMP = None
HERE = os.path.dirname(os.path.abspath(__file__))


def fail(msg):
    raise AssertionError(msg)


def expect(cond, msg):
    if not cond:
        fail(msg)


def asm(name):
    out = os.path.join(TMP, name + ".qbin")
    subprocess.run([P["qasm"], "-o", out, os.path.join(HERE, name + ".qasm")], check=True)
    return out


def qvm(*args, stdin=b"", timeout=300):
    p = subprocess.run([P["qvm"]] + [str(a) for a in args], input=stdin, cwd=TMP,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def result_word(err):
    m = re.search(r"^result: (0x[0-9a-f]{8})$", err, re.M)
    expect(m, "no result line in --stats output:\n" + err)
    return int(m.group(1), 16)


def read_ppm(path):
    data = open(path, "rb").read()
    m = re.match(rb"P6\n(\d+) (\d+)\n255\n", data)
    expect(m, "%s: not a binary PPM" % path)
    w, h = int(m.group(1)), int(m.group(2))
    body = data[m.end():]
    expect(len(body) == 3 * w * h, "%s: %d bytes of pixels, expected %d" % (path, len(body), 3 * w * h))
    return w, h, body


def read_png(path):
    """(w, h, RGB bytes) of an 8-bit RGB or RGBA PNG, decoded here (PNG spec: chunks,
    zlib, the five row filters), so no image tool is needed to check one."""
    data = open(path, "rb").read()
    expect(data.startswith(b"\x89PNG\r\n\x1a\n"), "%s: not a PNG" % path)
    pos, idat, w = 8, b"", 0
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            w, h, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", chunk)
            expect(depth == 8 and ctype in (2, 6) and interlace == 0,
                   "%s: depth %d colour type %d interlace %d" % (path, depth, ctype, interlace))
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + n
    bpp = 3 if ctype == 2 else 4
    raw, stride, prev, out = zlib.decompress(idat), w * bpp, bytearray(w * bpp), bytearray()
    for y in range(h):
        ftype, row = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = row[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if ftype == 1:
                row[i] = (row[i] + a) & 255
            elif ftype == 2:
                row[i] = (row[i] + b) & 255
            elif ftype == 3:
                row[i] = (row[i] + (a + b) // 2) & 255
            elif ftype == 4:
                pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                row[i] = (row[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        prev = row
        for x in range(w):
            out += row[x * bpp:x * bpp + 3]
    return w, h, bytes(out)


def ppm_of(w, h, pixel):
    """The PPM the spec implies for pixel(x, y) = 0xAARRGGBB."""
    body = bytearray()
    for y in range(h):
        for x in range(w):
            p = pixel(x, y) & 0xFFFFFFFF
            body += bytes(((p >> 16) & 255, (p >> 8) & 255, p & 255))
    return b"P6\n%d %d\n255\n" % (w, h) + bytes(body)


# ---- the devices ----

def case_device_frame():
    """A program drawing through the device at 0x603 gives exactly the spec's frame."""
    prog = asm("pattern")
    st, out, err = qvm("-s", "-D", "320x200", "--display-file", "f.ppm", prog)
    expect(st == 0 and result_word(err) == 0, "pattern: status %d (control not READY?)\n%s" % (st, err))
    want = ppm_of(320, 200, lambda x, y: 0xAB000000 | (x + y) << 16 | y << 8 | x)
    got = open(os.path.join(TMP, "f.ppm"), "rb").read()
    expect(got == want, "f.ppm differs from the frame the spec implies")
    st, out, err = qvm("-D", "320x200", "--display-file", "f.png", prog)
    png = open(os.path.join(TMP, "f.png"), "rb").read()
    expect(st == 0 and png.startswith(b"\x89PNG\r\n\x1a\n"), "no PNG written")
    expect(read_png(os.path.join(TMP, "f.png"))[2] == want[len(b"P6\n320 200\n255\n"):],
           "the PNG decodes to other pixels than the PPM")


def case_device_resize():
    prog = asm("resize")
    st, out, err = qvm("-s", "-D", "320x200", "--display-file", "f.ppm", prog)
    expect(result_word(err) == 0x20, "control words: result 0x%x, want 0x20" % result_word(err))
    want = ppm_of(4, 3, lambda x, y: 0x00FF8040)
    expect(open(os.path.join(TMP, "f.ppm"), "rb").read() == want, "4x3 frame differs")


def case_device_no_address():
    prog = asm("no_address")
    st, out, err = qvm("-s", "-D", "320x200", "--display-file", "f.ppm", prog)
    expect(result_word(err) == 0x14000, "result 0x%x, want 0x14000" % result_word(err))
    expect(not os.path.exists(os.path.join(TMP, "f.ppm")), "a frame was written for address 0")


def case_device_table():
    disk = os.path.join(TMP, "disk")
    with open(disk, "wb") as f:
        f.write(bytes(512 * 4))
    for name, opts in (("table_display", ["-D", "320x200"]),
                       ("table_display_disk", ["-D", "320x200", "-d", disk]),
                       ("table_display_keys_disk", ["-D", "320x200", "-k", "-d", disk])):
        st, out, err = qvm(*opts, "--display-file", "f.ppm", asm(name))
        expect(st == 0, "%s: %d words of the device table differ\n%s" % (name, st, err))


def case_keypress_script():
    script = os.path.join(TMP, "keys.txt")
    with open(script, "w") as f:
        f.write("# the left arrow and the A key, together\n50000 down left\n50000 down a\n")
    st, out, err = qvm("-s", "-D", "8x8", "--display-file", "f.ppm", "--key-script", script,
                       asm("keys"))
    expect(result_word(err) == 0x00020001, "key words: result 0x%08x, want 0x00020001\n%s"
           % (result_word(err), err))


def case_cli_errors():
    prog = asm("no_address")
    bad = os.path.join(TMP, "bad.keys")
    with open(bad, "w") as f:
        f.write("100 down left\n200 sideways left\n")
    env_no_window = dict(os.environ)
    env_no_window.pop("DISPLAY", None)
    env_no_window.pop("WAYLAND_DISPLAY", None)
    env_no_window["SDL_VIDEODRIVER"] = "x11"
    for args, message in ((["-k", prog], "-k needs the display (-D WxH)"),
                          (["--display-file", "f.ppm", prog], "--display-file needs the display"),
                          (["-D", "320", prog], "bad display size '320'"),
                          (["-D", "0x200", prog], "bad display size '0x200'"),
                          (["-D", "5000x10", prog], "bad display size"),
                          (["-D", "8x8", "--display-file", "f.ppm", "--key-script", bad, prog],
                           "bad.keys:2: expected 'down' or 'up'"),
                          (["-D", "8x8", "--display-file", "f.ppm", "--key-script",
                            "/nonexistent.keys", prog], "cannot read /nonexistent.keys")):
        st, out, err = qvm(*args)
        expect(st == 2 and message in err and "error" in err,
               "qvm %s: status %d, stderr %r (want %r)" % (" ".join(args), st, err, message))
    p = subprocess.run([P["qvm"], "-D", "320x200", prog], env=env_no_window, cwd=TMP,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
    err = p.stderr.decode()
    expect(p.returncode == 2 and "--display-file" in err and "error" in err,
           "-D without a window system: status %d, %r" % (p.returncode, err))


# ---- the programs ----

# SHA-256 of the PPM frame each bare example shows by the given cycle count.
EXAMPLE_FRAMES = {
    "mandel": (60000000, "b2374fa1bf244926bfd9e420bb9dda2ace92a806ffc4ea03440727b2a4c24c9a"),
    "life": (60000000, "3824799dd3d991a5817026c7299ac7390f9ed0dd1f18a166dae538b90530284c"),
    "breakout": (60000000, "d0bba5239674eafd0c8ba07d3a82b755b0c13767df271643f0152099f5a7e7ee"),
    "clock": (60000000, "daa3606fafca551d20d711b2ced1c6e015925b65cebd7e83d33f2c0023bfb78e"),
}


def sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def case_example(name):
    cycles, want = EXAMPLE_FRAMES[name]
    prog = os.path.join(P["examples"], "example_%s.qbin" % name)
    st, out, err = qvm("-c", cycles, "-D", "320x200", "--display-file", "f.ppm", prog)
    expect(st == 255 and "cycle limit" in err, "%s: status %d\n%s" % (name, st, err))
    got = sha(os.path.join(TMP, "f.ppm"))
    if want is None:
        print("%s: frame sha256 %s" % (name, got))
        fail("no recorded frame for %s" % name)
    expect(got == want, "%s: frame sha256 %s, recorded %s" % (name, got, want))


def kernel_run(programs, lines, extra=(), cycles=3000000000):
    disk = os.path.join(TMP, "disk.qfs")
    shutil.copy(P["image"], disk)
    for prog, name in programs:
        subprocess.run([P["mkqfs"], "add", disk, prog, "--name", name, "--to", "/bin"],
                       check=True, stdout=subprocess.DEVNULL)
    stdin = "".join(l + "\n" for l in lines).encode()
    return qvm("-c", cycles, "-D", "320x200", "--display-file", "k.ppm", *extra,
               P["kernel"], "--disk", disk, stdin=stdin)


def case_kernel_frames(name, frames):
    """The program under the kernel draws the same frames as on bare metal."""
    bare = os.path.join(P["progs"], "display_test_%s_%d.qbin" % (name, frames))
    st, out, err = qvm("-D", "320x200", "--display-file", "b.ppm", bare)
    expect(st == 0, "bare %s: status %d\n%s" % (name, st, err))
    st, out, err = kernel_run([], ["run /bin/%s.qbin %d" % (name, frames)])
    expect(st == 0, "kernel %s: status %d\n%s\n%s" % (name, st, out, err))
    expect(open(os.path.join(TMP, "k.ppm"), "rb").read() ==
           open(os.path.join(TMP, "b.ppm"), "rb").read(),
           "%s %d: the frame under the kernel differs from the bare one" % (name, frames))


def case_breakout_keys():
    """A game played through a key script reaches a known score."""
    script = os.path.join(HERE, "breakout.keys")
    prog = os.path.join(P["examples"], "example_breakout.qbin")
    st, out, err = qvm("-D", "320x200", "--display-file", "f.ppm", "--key-script", script, prog)
    expect(st == 0, "breakout: status %d\n%s" % (st, err))
    m = re.search(r"breakout: score (\d+)", out)
    expect(m, "no score line: %r" % out)
    print(out.strip())
    expect(int(m.group(1)) == BREAKOUT_SCORE, "score %s, want %d" % (m.group(1), BREAKOUT_SCORE))
    st, out, err = qvm("-D", "320x200", "--display-file", "f.ppm", "-k", prog)
    expect("breakout: score %d" % BREAKOUT_SCORE_NO_KEYS in out,
           "without keys (the ball serves itself, the paddle stays): %r" % out)


BREAKOUT_SCORE = 8
BREAKOUT_SCORE_NO_KEYS = 6


def case_kernel_ownership():
    owner = os.path.join(P["progs"], "display_test_owner.qbin")
    st, out, err = kernel_run([(owner, "owner.qbin")], [
        "/bin/owner.qbin hold &", "run /bin/owner.qbin try", "kill $!",
        "run /bin/owner.qbin leave", "run /bin/owner.qbin try"])
    expect(st == 0, "status %d\n%s\n%s" % (st, out, err))
    want = ["owner try: open failed: busy",
            "owner leave: opened 320x200", "owner try: opened 320x200",
            "owner try: show after close: -13", "owner try: keys after close: -13"]
    pos = 0
    for line in want:
        i = out.find(line, pos)
        expect(i >= 0, "missing (in order) %r in:\n%s" % (line, out))
        pos = i + len(line)
    w, h, body = read_ppm(os.path.join(TMP, "k.ppm"))
    expect(body[:3] == bytes((0, 0, 255)), "last frame is not the blue 'try' frame")


def case_kernel_keys():
    keys = os.path.join(P["progs"], "display_test_keys.qbin")
    script = os.path.join(TMP, "k.keys")
    with open(script, "w") as f:
        f.write("30000000 down x\n40000000 down left\n50000000 up x\n"
                "60000000 up left\n70000000 down escape\n")
    st, out, err = kernel_run([(keys, "keys.qbin")], ["run /bin/keys.qbin"],
                              extra=("--key-script", script))
    expect(st == 0, "status %d\n%s\n%s" % (st, out, err))
    got = [l for l in out.splitlines() if "keys:" in l]
    want = ["keys: left 0 space 0 x 0 y 0", "keys: left 0 space 0 x 1 y 0",
            "keys: left 1 space 0 x 1 y 0", "keys: left 1 space 0 x 0 y 0",
            "keys: left 0 space 0 x 0 y 0", "keys: escape"]
    expect([l[l.index("keys:"):] for l in got] == want, "key reports:\n%s" % "\n".join(got))


def window_frame():
    """window.c's 320x200 frame as PPM pixels."""
    def pixel(x, y):
        if 96 <= y < 104:
            return 0xFFFFFF
        return 0xFF0000 if x < 160 else 0x0000FF
    return ppm_of(320, 200, pixel)[len(b"P6\n320 200\n255\n"):]


class XClient:
    """Just enough Xlib (through ctypes) to press a key in a window and to close it the
    way a window manager does (WM_DELETE_WINDOW); ok is False without libX11."""

    def __init__(self, name):
        import ctypes, ctypes.util
        self.ok = False
        lib = ctypes.util.find_library("X11")
        if not lib:
            return
        self.c = ctypes
        self.x = ctypes.CDLL(lib)
        self.x.XOpenDisplay.restype = ctypes.c_void_p
        self.x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self.x.XInternAtom.restype = ctypes.c_ulong
        self.x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        self.x.XStringToKeysym.restype = ctypes.c_ulong
        self.x.XStringToKeysym.argtypes = [ctypes.c_char_p]
        self.x.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        self.x.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int,
                                      ctypes.c_long, ctypes.c_void_p]
        self.x.XFlush.argtypes = [ctypes.c_void_p]
        self.d = self.x.XOpenDisplay(name.encode())
        self.ok = bool(self.d)

    def send(self, window, mask, fields):
        import struct
        event = bytearray(192)
        for offset, fmt, value in fields:
            struct.pack_into(fmt, event, offset, value)
        buf = (self.c.c_char * 192).from_buffer(event)
        self.x.XSendEvent(self.d, window, 0, mask, self.c.addressof(buf))
        self.x.XFlush(self.d)

    def key(self, window, name, kinds=(2, 3)):
        code = self.x.XKeysymToKeycode(self.d, self.x.XStringToKeysym(name.encode()))
        for kind in kinds:                   # KeyPress 2, KeyRelease 3 (XKeyEvent fields)
            self.send(window, 1 if kind == 2 else 2,
                      [(0, "i", kind), (16, "i", 1), (24, "Q", self.d), (32, "Q", window),
                       (84, "I", code), (88, "i", 1)])

    def close_window(self, window):
        protocols = self.x.XInternAtom(self.d, b"WM_PROTOCOLS", 0)
        delete = self.x.XInternAtom(self.d, b"WM_DELETE_WINDOW", 0)
        self.send(window, 0, [(0, "i", 33), (16, "i", 1), (24, "Q", self.d),
                              (32, "Q", window), (40, "Q", protocols), (48, "i", 32),
                              (56, "q", delete), (64, "q", 0)])


def window_box(frame, rgb):
    """The bounding box (x0, y0, x1, y1) of the pixels of colour rgb, or None."""
    w, h, body = frame
    key = bytes(rgb)
    xs, ys = [], []
    for y in range(0, h):
        row = body[3 * w * y: 3 * w * (y + 1)]
        first = row.find(key)
        while first >= 0 and first % 3:
            first = row.find(key, first + 1)
        if first < 0:
            continue
        last = row.rfind(key)
        while last >= 0 and last % 3:
            last = row.rfind(key, 0, last + 2)
        xs += [first // 3, last // 3 + 1]
        ys += [y, y + 1]
    return (min(xs), min(ys), max(xs), max(ys)) if xs else None


def case_xvfb_window():
    """A real window under Xvfb shows the frame, scaled, titled with the program."""
    if not shutil.which("Xvfb") or not shutil.which("import"):
        print("SKIPPED: Xvfb or ImageMagick's import is not installed")
        return
    prog = os.path.join(P["progs"], "display_test_window.qbin")
    display = ":%d" % (90 + os.getpid() % 500)
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    env = dict(os.environ, DISPLAY=display)
    env.pop("SDL_VIDEODRIVER", None)
    # In an ASan build, leak checking is off for the window's qvm only: SDL2 loads D-Bus
    # and libraries it unloads again, whose allocations LeakSanitizer reports (some with
    # no module to suppress them by). Every other display test checks qvm for leaks.
    env["ASAN_OPTIONS"] = env.get("ASAN_OPTIONS", "") + ":detect_leaks=0"
    vm = None
    try:
        for _ in range(200):
            if subprocess.run(["xdpyinfo"] if shutil.which("xdpyinfo") else ["true"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0:
                break
            time.sleep(0.05)
        vm = subprocess.Popen([P["qvm"], "-D", "320x200", "-k", prog], env=env, cwd=TMP,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        line = vm.stdout.readline().decode()
        expect(line.strip() == "shown", "program said %r; stderr %r" % (line, vm.stderr.read1(4096) if vm.poll() is not None else ""))
        shot, frame = os.path.join(TMP, "shot.png"), None
        for _ in range(100):   # the frame was presented; the X server may lag behind
            subprocess.run(["import", "-window", "root", shot], env=env, check=True)
            subprocess.run(["convert", shot, os.path.join(TMP, "shot.ppm")], check=True)
            frame = read_ppm(os.path.join(TMP, "shot.ppm"))
            if window_box(frame, (255, 0, 0)):
                break
            time.sleep(0.1)
        # The 320x200 frame scaled 3x: a 480x600 red half beside a 480x600 blue half,
        # the 24-pixel white bar across both.
        red, blue = window_box(frame, (255, 0, 0)), window_box(frame, (0, 0, 255))
        white = window_box(frame, (255, 255, 255))
        expect(red and red[2] - red[0] == 480 and red[3] - red[1] == 600,
               "red half of the screenshot: %s" % (red,))
        expect(blue and blue[0] == red[2] and blue[2] - blue[0] == 480, "blue half: %s" % (blue,))
        expect(white and white[2] - white[0] == 960 and white[3] - white[1] == 24 and
               white[1] == red[1] + 288, "white bar: %s" % (white,))
        if shutil.which("xwininfo"):
            tree = subprocess.run(["xwininfo", "-root", "-tree"], env=env,
                                  stdout=subprocess.PIPE).stdout.decode()
            m = re.search(r"(0x[0-9a-f]+) \"qvm - display_test_window.qbin\"", tree)
            expect(m, "no window titled after the program:\n" + tree)
            x = XClient(display)
            if x.ok:
                window = int(m.group(1), 16)
                x.key(window, "F12")                  # the screenshot key
                png = os.path.join(TMP, "qvm-screenshot-1.png")
                for _ in range(300):
                    if os.path.exists(png):
                        break
                    time.sleep(0.02)
                expect(os.path.exists(png), "F12 saved no screenshot")
                w, h, body = read_png(png)
                expect(body == window_frame(), "the F12 screenshot is not the frame")
                for name, kind, want in (("Left", 2, "keys: left 1 x 0"),
                                         ("x", 2, "keys: left 1 x 1"),
                                         ("Left", 3, "keys: left 0 x 1"),
                                         ("x", 3, "keys: left 0 x 0"),
                                         ("a", 2, "keys: left 1 x 0")):
                    x.key(window, name, (kind,))
                    line = vm.stdout.readline().decode().strip()
                    expect(line == want, "after %s %s: %r, want %r" % (
                        name, "down" if kind == 2 else "up", line, want))
                x.close_window(window)                # as the window manager's close
                st = vm.wait(timeout=60)
                err = vm.stderr.read().decode()
                expect(st == 130 and "the display window was closed" in err,
                       "closing the window: status %d, %r" % (st, err))
                print("window: title, F12 screenshot and closing checked")
    finally:
        if vm and vm.poll() is None:
            vm.send_signal(signal.SIGINT)
            vm.wait(timeout=30)
        xvfb.terminate()
        xvfb.wait(timeout=30)


def main():
    global TMP
    case = sys.argv[1]
    for arg in sys.argv[2:]:
        k, v = arg.split("=", 1)
        P[k] = v
    TMP = tempfile.mkdtemp(prefix="display-test-")
    try:
        if case.startswith("example-"):
            case_example(case[len("example-"):])
        elif case.startswith("kernel-frames-"):
            name, frames = case[len("kernel-frames-"):].rsplit("-", 1)
            case_kernel_frames(name, int(frames))
        else:
            globals()["case_" + case.replace("-", "_")]()
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
    print("ok:", case)


if __name__ == "__main__":
    main()
