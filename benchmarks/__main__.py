"""Run every benchmark and write BENCHMARKS.md.

    python -m benchmarks            # the full run, for people: about 10 minutes on 2 cores
    python -m benchmarks --quick    # small sizes, for CI: well under a minute

Every figure is a median of repetitions measured side by side in one run,
and every table says which goals it met.  The quick mode checks nothing
about speed (CI machines are too noisy for that): it proves the benchmarks
still run and still write their tables.  The exit status is 0 whether or not
goals are met; BENCHMARKS.md says which.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from . import class_size, classroom_time, dispatch, littles_law, memory, sampler_cost, shipping_cost, startup
from .report import machine

BENCHMARKS = {
    "dispatch": dispatch.run,
    "memory": memory.run,
    "littles-law": littles_law.run,
    "sampler": sampler_cost.run,
    "classroom": classroom_time.run,
    "shipping": shipping_cost.run,
    "startup": startup.run,
    "class": class_size.run,
}

TOP = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes and one repetition, for CI")
    parser.add_argument("--out", type=Path, default=TOP / "BENCHMARKS.md",
                        help="where to write the tables (default: BENCHMARKS.md at the top of the repository)")
    parser.add_argument("--only", choices=list(BENCHMARKS), action="append",
                        help="run only this benchmark (may be repeated)")
    args = parser.parse_args(argv)
    mode = "`python -m benchmarks --quick` (small sizes: not the goals' sizes)" if args.quick else \
        "`python -m benchmarks`"
    tables = []
    started = time.perf_counter()
    for name in args.only or BENCHMARKS:
        t = time.perf_counter()
        print(f"{name} ...", file=sys.stderr, flush=True)
        table = BENCHMARKS[name](args.quick)
        tables.append(table)
        missed = sum(row.met is False for row in table.rows)
        print(f"{name}: {time.perf_counter() - t:.0f} s, {missed} goal(s) not met", file=sys.stderr, flush=True)
    took = time.perf_counter() - started
    rows = [row for table in tables for row in table.rows if row.met is not None]
    met = sum(bool(row.met) for row in rows)
    text = "\n".join([
        "# Benchmarks",
        "",
        "pool_lab measured against the standard library and the physical limits, by `benchmarks/` "
        "(`python -m benchmarks`; see the README). Generated: do not edit by hand.",
        "",
        f"**{met} of {len(rows)} goals met.** The run took {took:.0f} s on this machine:",
        "",
        machine(mode),
        "",
        *(table.markdown() for table in tables),
    ])
    args.out.write_text(text.rstrip() + "\n")
    print(f"wrote {args.out.name}: {met} of {len(rows)} goals met, {took:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
