#!/usr/bin/env python3
"""kernel_bench.py BUILD_DIR - the kernel's figures (issue 8, bench/):

  boot_cycles      cycles from power-on to the first prompt      (target <= 150000)
  hello_cycles     cycles from the first prompt, with `run /bin/hello.qbin` typed, to
                   the next prompt                                (target <= 150000)
  hello_bytes      size of hello.qbin                             (target <= 2048)
  idle_cpu         host CPU used by qvm idle at the prompt for 5 s (target <= 2 %), with
                   stdin a pipe (line-based debug input: the idle task polls on a slow
                   timer) and with stdin a terminal (a pty: the terminal device and its
                   interrupt, the timer stopped)

A prompt is reached at the smallest cycle limit (`qvm -c N`) at which its text has been
printed; found by bisection, so every figure is exact and repeatable."""
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time


def output_at(qvm, kernel, disk, text, cycles):
    run = subprocess.run([qvm, "-c", str(cycles), kernel, "--disk", disk], input=text,
                         capture_output=True, text=True, timeout=60)
    return run.stdout


def first_cycle(qvm, kernel, disk, text, wanted, hi=4000000):
    lo = 0                          # output lacks `wanted` at lo, has it at hi
    if wanted not in output_at(qvm, kernel, disk, text, hi):
        sys.exit("bench: %r never printed" % wanted)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if wanted in output_at(qvm, kernel, disk, text, mid):
            hi = mid
        else:
            lo = mid
    return hi


def idle_cpu(qvm, kernel, disk, seconds=5.0):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.Popen([qvm, kernel, "--disk", disk], stdin=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(seconds)
    proc.stdin.close()              # end of input: the shell exits
    proc.wait(timeout=30)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return 100.0 * used / seconds


def idle_cpu_terminal(qvm, kernel, disk, seconds=5.0):
    import pty
    master, slave = pty.openpty()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.Popen([qvm, kernel, "--disk", disk], stdin=slave, stdout=slave,
                            stderr=slave)
    end = time.monotonic() + seconds
    while time.monotonic() < end:   # drain the output so that qvm never blocks on it
        import select
        if select.select([master], [], [], 0.2)[0]:
            os.read(master, 4096)
    os.write(master, b"\x01x")       # C-a x: qvm quits
    proc.wait(timeout=30)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    os.close(master)
    os.close(slave)
    used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return 100.0 * used / seconds


def main():
    build = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("BUILD", "build")
    qvm = os.path.join(build, "qvm", "qvm")
    kernel = os.path.join(build, "kernel", "kernel.qbin")
    image = os.path.join(build, "image", "disk.qfs")
    hello = os.path.join(build, "bin", "bin_hello.qbin")
    with tempfile.TemporaryDirectory() as tmp:
        disk = os.path.join(tmp, "disk.qfs")
        shutil.copyfile(image, disk)
        boot = first_cycle(qvm, kernel, disk, "", "$ ")
        typed = "run /bin/hello.qbin\n"
        second = first_cycle(qvm, kernel, disk, typed, "Hello from userspace!\n$ ")
        cpu = idle_cpu(qvm, kernel, disk)
        cpu_terminal = idle_cpu_terminal(qvm, kernel, disk)
    print("boot_cycles: %d (target <= 150000)" % boot)
    print("hello_cycles: %d (target <= 150000)" % (second - boot))
    if os.path.exists(hello):
        print("hello_bytes: %d (target <= 2048)" % os.path.getsize(hello))
    print("idle_cpu: %.2f %% of a core over 5 s (target <= 2 %%)" % cpu)
    print("idle_cpu_terminal: %.2f %% of a core over 5 s (target <= 2 %%)" % cpu_terminal)


if __name__ == "__main__":
    main()
