"""How long `planwerk repl PLAN` takes from starting to its first prompt, on a
terminal (a pseudo-terminal through pexpect, so readline runs as it does for
a person, with a fresh history file).

usage: python3 scripts/repl-startup.py PLANWERK PLAN [RUNS]

    swift build -c release
    .build/release/planwerk-bench generate --tasks 2000 > /tmp/big.plan   # about 10,000 lines
    python3 scripts/repl-startup.py .build/release/planwerk /tmp/big.plan 20
"""
import os
import sys
import tempfile
import time

import pexpect

planwerk, plan = sys.argv[1], sys.argv[2]
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 10
with open(plan, "rb") as f:
    lines = f.read().count(b"\n")
times = []
with tempfile.TemporaryDirectory() as home:
    env = dict(os.environ, HOME=home, TERM="dumb", NO_COLOR="1")
    env.pop("XDG_STATE_HOME", None)
    for _ in range(runs):
        start = time.perf_counter()
        child = pexpect.spawn(planwerk, ["repl", plan], env=env, encoding="utf-8", timeout=60)
        child.expect_exact("planwerk> ")
        times.append(time.perf_counter() - start)
        child.sendline(":quit")
        child.expect(pexpect.EOF)
        child.close()
        if child.exitstatus != 0:
            sys.exit("planwerk repl ended with %r: %s" % (child.exitstatus, child.before))
times.sort()
print("%s: %d lines; start-up to the first prompt over %d runs: median %.1f ms, min %.1f ms, max %.1f ms"
      % (plan, lines, runs, times[len(times) // 2] * 1000, times[0] * 1000, times[-1] * 1000))
