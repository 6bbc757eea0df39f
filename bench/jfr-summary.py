#!/usr/bin/env python3
"""Summarises the execution samples of a JFR recording: the share of samples in which each method is on
the stack (inclusive) and on top (self), and the share per build stage (ingest, link, render, publish).

Usage: bench/jfr-summary.py RECORDING.jfr [TOP] [PREFIX]
  TOP     how many methods to list (default 40)
  PREFIX  only list methods whose name starts with it (default: every method)

Reads `jfr print --stack-depth 300 --events jdk.ExecutionSample` (the JDK's jfr tool must be on the PATH).
Record with: java -XX:FlightRecorderOptions:stackdepth=512 -XX:StartFlightRecording=filename=x.jfr,settings=profile -jar …
"""
import collections
import re
import subprocess
import sys

FRAME = re.compile(r"^\s+([\w$.<>/]+)\(")
STAGES = [("ingest", "org.edition.ingest."), ("link", "org.edition.link."), ("render", "org.edition.render."),
          ("publish", "org.edition.publish.")]


def samples(path):
    out = subprocess.run(["jfr", "print", "--stack-depth", "300", "--events", "jdk.ExecutionSample", path],
                         check=True, capture_output=True, text=True).stdout
    current = None
    for line in out.splitlines():
        if line.startswith("jdk.ExecutionSample"):
            if current is not None:
                yield current
            current = []
        elif current is not None:
            m = FRAME.match(line)
            if m:
                current.append(m.group(1))
    if current is not None:
        yield current


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    prefix = sys.argv[3] if len(sys.argv) > 3 else ""
    inclusive = collections.Counter()
    own = collections.Counter()
    stages = collections.Counter()
    threads = 0
    n = 0
    for stack in samples(path):
        if not stack:
            continue
        n += 1
        own[stack[0]] += 1
        for method in set(stack):
            inclusive[method] += 1
        stage = "other (start-up, JVM, outside the stages)"
        for name, package in reversed(STAGES):
            if any(f.startswith(package) for f in stack):
                stage = name
                break
        stages[stage] += 1
    print(f"{n} samples")
    print("by stage (the outermost edition stage on the stack):")
    for name, count in stages.most_common():
        print(f"  {100 * count / n:5.1f}%  {name}")
    print(f"methods (inclusive % / self %), top {top}:")
    for method, count in inclusive.most_common():
        if not method.startswith(prefix):
            continue
        print(f"  {100 * count / n:5.1f}% {100 * own[method] / n:5.1f}%  {method}")
        top -= 1
        if top == 0:
            break


if __name__ == "__main__":
    main()
