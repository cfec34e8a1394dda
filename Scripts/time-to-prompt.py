#!/usr/bin/env python3
"""Time from starting `dossier` on a pseudo-terminal to its first prompt, in milliseconds.
usage: time-to-prompt.py RUNS DOSSIER [ARGS…]   (prints min, median and max over RUNS starts)"""
import os, pty, select, statistics, sys, time

def once(argv):
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm"
        os.execv(argv[0], argv)
    seen = b""
    try:
        while True:
            r, _, _ = select.select([fd], [], [], 10)
            if not r:
                raise SystemExit("no prompt within 10 s")
            seen += os.read(fd, 4096)
            if b"> " in seen:
                return (time.perf_counter() - start) * 1000
    finally:
        os.write(fd, b"\x04")
        os.waitpid(pid, 0)
        os.close(fd)

runs, argv = int(sys.argv[1]), sys.argv[2:]
once(argv)  # warm the caches (files, the corpus cache)
times = sorted(once(argv) for _ in range(runs))
print(f"time to prompt over {runs} starts: min {times[0]:.1f} ms, median {statistics.median(times):.1f} ms, max {times[-1]:.1f} ms")
