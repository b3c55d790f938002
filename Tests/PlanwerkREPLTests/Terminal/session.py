"""Drives `planwerk repl` in a real pseudo-terminal (pexpect), as a person would.

usage: python3 session.py PLANWERK FOLDER HOME

Runs in FOLDER (which holds spring.plan) with HOME set, types lines, presses
Tab, Ctrl-C and Ctrl-D, and starts a second session to recall the history.
Prints "OK" at the end; any failure raises (exit status 1) with what was seen.
"""
import os
import sys

import pexpect

planwerk, folder, home = sys.argv[1:4]
env = dict(os.environ, HOME=home, TERM="dumb", NO_COLOR="1")
env.pop("XDG_STATE_HOME", None)
PROMPT = "planwerk> "
MORE = "      ... "


def start(*args):
    child = pexpect.spawn(planwerk, list(args), cwd=folder, env=env, encoding="utf-8", timeout=30)
    child.logfile_read = sys.stderr
    return child


# First session: a file, completion, multi-line input, Ctrl-C, an error, :quit.
child = start("repl", "spring.plan")
child.expect_exact("`:help` lists the commands")
child.expect_exact("loaded spring.plan: no problems")
child.expect_exact(PROMPT)

child.send("spring.bu\t")                 # Tab completes a member
child.expect_exact("spring.budget")
child.send("* 2\r")
child.expect_exact("24000 EUR : Money")
child.expect_exact(PROMPT)

child.send("legal_d\t\r")                 # Tab completes a name in scope
child.expect_exact("2bd : WorkTime")
child.expect_exact(PROMPT)

child.send("\r")                          # a blank line: nothing, and not in the history
child.expect_exact(PROMPT)

child.send("count([1,\r")                 # an open bracket: the continuation prompt
child.expect_exact(MORE)
child.sendintr()                          # Ctrl-C abandons the input, the session goes on
child.expect_exact("^C")
child.expect_exact(PROMPT)
child.send("1 + 1\r")
child.expect_exact("2 : Int")
child.expect_exact(PROMPT)

child.send("budgte\r")                    # an error is a diagnostic and ends nothing
child.expect_exact("error[P0212]")
child.expect_exact(PROMPT)

child.send(":lo\t")                       # commands complete, then file names after :load
child.expect_exact(":load ")
child.send("spr\t")
child.expect_exact("spring.plan")
child.send("\r")
child.expect_exact("loaded spring.plan: no problems")
child.expect_exact(PROMPT)

child.send(":quit\r")
child.expect(pexpect.EOF)
child.close()
assert child.exitstatus == 0, "exit status %r" % child.exitstatus

# Second session: the history of the first is there (Ctrl-P recalls the last line); Ctrl-D leaves.
child = start()                           # `planwerk` alone starts the REPL
child.expect_exact(PROMPT)
child.send("\x10")                        # Ctrl-P: the previous line
child.expect_exact(":quit")
child.send("\x15")                        # Ctrl-U: clear the line again
child.send("\x04")                        # Ctrl-D on the empty line
child.expect(pexpect.EOF)
child.close()
assert child.exitstatus == 0, "exit status %r" % child.exitstatus
print("OK")
