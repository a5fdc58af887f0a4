"""A cold brief phase by phase, beside a cold pandoc on the same Markdown.

Each run is a fresh Python process that does what `briefer brief gomel sichuan` does,
step by step, and times each step: the interpreter's start, importing the command line
and the core, reading the newsroom's settings and loading the fact base (from the
fact cache, warmed first), selecting and rendering the brief, the DOCX step (its
imports included) and writing the files. The whole command is timed too, and pandoc
turning the brief's Markdown into DOCX, and the floor under any brief made in Python: an
interpreter that imports the libraries a brief needs and exits. Each figure is the fastest of RUNS runs, as a
cold start on a quiet machine is the floor that noise only adds to.
Run: python benchmarks/profile_cold.py [RUNS]
Exits 2 when it cannot measure (no pandoc to compare with, or a run fails).
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 10
PAIR = ("gomel", "sichuan")

# The command line, the template engine, the Markdown parser and the XML writer
LIBRARIES = "import click, jinja2, markdown_it, lxml.etree"

# What runs in the child: the steps of cli/brief.py, with a clock between them.
CHILD = """
import json, os, sys, time
from pathlib import Path
marks = [("interpreter", time.perf_counter())]
def mark(name): marks.append((name, time.perf_counter()))
import briefer.cli
from briefer.newsroom import Newsroom
from briefer.briefs.make import DocxOptions, make_brief, write_brief
mark("import the CLI and the core")
newsroom = Newsroom()
config = newsroom.config
base = newsroom.fact_base()
mark("settings and fact base")
brief = make_brief(base, *sys.argv[2:4], template_dirs=newsroom.template_dirs)
mark("select and render")
options = DocxOptions(config.docx_notes, None, config.newsroom)
docx = options.render(brief.markdown)
mark("DOCX (its imports included)")
write_brief(brief, Path(sys.argv[1]), ["md"], force=True)
(Path(sys.argv[1]) / (brief.stem + ".docx")).write_bytes(docx)
mark("write files")
print(json.dumps([(name, at - marks[0][1]) for name, at in marks]), flush=True)
os._exit(0)  # as the command exits: without tearing every module down
"""


def timed(command: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    took = time.perf_counter() - start
    if done.returncode:
        raise SystemExit(f"cannot measure: {' '.join(command)} failed:\n{done.stderr}")
    return took, done.stdout


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else RUNS
    pandoc = shutil.which("pandoc")
    if not pandoc:
        print("pandoc not installed: cannot measure beside it", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch)
        os.environ.setdefault("BRIEFER_CACHE", str(out / "cache"))
        command = [sys.executable, "-m", "briefer", "brief", *PAIR, "--out", str(out), "--force"]
        timed(command)  # fills the fact cache and the template cache
        phases: dict[str, float] = {}
        wholes = []
        for _ in range(runs):
            took, printed = timed([sys.executable, "-c", CHILD, str(out), *PAIR])
            marks = json.loads(printed)
            # the interpreter's start is the process's time less what it timed itself
            steps = [("interpreter start", took - marks[-1][1])]
            steps += [(name, at - before) for (_, before), (name, at) in itertools.pairwise(marks)]
            for name, seconds in steps:
                phases[name] = min(phases.get(name, seconds), seconds)
            wholes.append(timed(command)[0])
        # the floor under any Python brief: start the interpreter, import the libraries
        # a brief cannot do without, and exit
        floor = min(timed([sys.executable, "-c", LIBRARIES])[0] for _ in range(runs))
        markdown = out / f"{PAIR[0]}-{PAIR[1]}-factsheet.md"
        theirs = min(timed([pandoc, "-o", str(out / "pandoc.docx"), str(markdown)])[0] for _ in range(runs))
    print(f"cold brief {' '.join(PAIR)}, md+docx, fastest of {runs} runs, phase by phase:")
    for name, seconds in phases.items():
        print(f"  {name:30s} {seconds * 1000:6.1f} ms")
    print(f"  {'sum of the fastest phases':30s} {sum(phases.values()) * 1000:6.1f} ms")
    whole = min(wholes)
    print(f"briefer brief, the whole command: {whole * 1000:.1f} ms")
    print(f"pandoc md -> docx of its Markdown: {theirs * 1000:.1f} ms")
    print(f"briefer / pandoc = {whole / theirs:.2f}x the time")
    print(f"floor: Python importing {LIBRARIES.removeprefix('import ')}: {floor * 1000:.1f} ms "
          f"= {floor / theirs:.2f}x pandoc's time")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
