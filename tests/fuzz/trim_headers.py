#!/usr/bin/env python3
"""trim_headers.py KEEP < preprocessed > trimmed: keeps the lines of the
input file KEEP, of asyncc.h and of <built-in>/<command-line>, and of the
other headers only their typedefs, struct/union/enum definitions (so the
program still parses), dropping the function declarations and other
externals that make up most of a system header's text."""
import re
import sys

keep = sys.argv[1]
marker = re.compile(r'^# \d+ "([^"]*)"')
out = []
on = True
stmt = []
depth = 0


def flush_stmt():
    global stmt
    text = "".join(stmt)
    s = text.lstrip()
    if s.startswith("typedef") or (re.match(r"(struct|union|enum)\b[^(]*\{", s) and "(" not in s.split("{")[0]):
        out.append(text)
    stmt = []


for line in sys.stdin:
    m = marker.match(line)
    if m:
        if stmt:
            stmt.append("\n")
        name = m.group(1)
        on = name == keep or name.endswith("asyncc.h") or name.startswith("<")
        out.append(line)
        continue
    if on:
        out.append(line)
        continue
    if not line.strip():
        continue
    stmt.append(line)
    for ch in line:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
    if depth == 0 and line.rstrip().endswith(";"):
        flush_stmt()
sys.stdout.write("".join(out))
