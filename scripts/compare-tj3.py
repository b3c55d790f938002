#!/usr/bin/env python3
"""Planwerk against TaskJuggler 3 on the same generated projects.

For each size N, planwerk-bench writes a plan (`.plan`) and its TaskJuggler
twin (`.tjp`) from the same seed, without posts and report series (TaskJuggler
has neither). Then `planwerk run PLAN` (the whole agenda written to
/dev/null) and `tj3 --silent --no-reports TJP` run alternately, ROUNDS times
each, and the script prints the median wall time of each, their ratio, and
the peak memory of each process.

    python3 scripts/compare-tj3.py [--tasks 1000,5000] [--rounds 3]

Needs release builds of both executables, linked statically as for
deployment (docs/performance.md), and Debian's `tj3`:

    swift build -c release --static-swift-stdlib --product planwerk
    swift build -c release --static-swift-stdlib --product planwerk-bench
"""
import argparse, os, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RELEASE = os.path.join(ROOT, ".build", "release")


def timed(argv):
    """Runs argv with stdout/stderr to /dev/null; returns (seconds, peak KB, exit code)."""
    start = time.perf_counter()
    with open(os.devnull, "wb") as null:
        proc = subprocess.Popen(argv, stdout=null, stderr=null)
        _, status, usage = os.wait4(proc.pid, 0)
    return time.perf_counter() - start, usage.ru_maxrss, os.waitstatus_to_exitcode(status)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tasks", default="1000,5000")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--seed", default="1")
    args = ap.parse_args()
    for tool in ("planwerk", "planwerk-bench"):
        if not os.path.exists(os.path.join(RELEASE, tool)):
            sys.exit(f"{RELEASE}/{tool} is missing: run `swift build -c release --static-swift-stdlib --product {tool}` first")
    print(f"{'tasks':>6} {'people':>6} {'planwerk_ms':>12} {'tj3_ms':>10} {'ratio':>7} {'planwerk_MB':>12} {'tj3_MB':>7}  exit(planwerk,tj3)")
    with tempfile.TemporaryDirectory() as tmp:
        for n in [int(x) for x in args.tasks.split(",")]:
            plan, tjp = os.path.join(tmp, f"g{n}.plan"), os.path.join(tmp, f"g{n}.tjp")
            for path, fmt in ((plan, "plan"), (tjp, "tjp")):
                with open(path, "w") as f:
                    subprocess.run([os.path.join(RELEASE, "planwerk-bench"), "generate", "--tasks", str(n), "--seed", args.seed,
                                    "--no-posts", "--no-reports", "--format", fmt], stdout=f, check=True)
            timed([os.path.join(RELEASE, "planwerk"), "run", plan])  # warm the file cache
            ours, theirs = [], []
            for _ in range(args.rounds):
                ours.append(timed([os.path.join(RELEASE, "planwerk"), "run", plan]))
                theirs.append(timed(["tj3", "--silent", "--no-reports", tjp]))
            p = statistics.median(t for t, _, _ in ours)
            t = statistics.median(t for t, _, _ in theirs)
            print(f"{n:>6} {max(2, n // 20):>6} {p * 1000:>12.1f} {t * 1000:>10.0f} {t / p:>6.0f}x "
                  f"{max(m for _, m, _ in ours) / 1024:>12.1f} {max(m for _, m, _ in theirs) / 1024:>7.1f}  "
                  f"{sorted({c for _, _, c in ours})},{sorted({c for _, _, c in theirs})}")


if __name__ == "__main__":
    main()
