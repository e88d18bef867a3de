"""The command line: ``python -m pool_lab demo`` and ``python -m pool_lab sweep``.

``demo`` retells the incident: the thread-per-task service is OOM-killed at
the memory budget, the worker pool sends every message.  ``sweep`` sizes the
pool.  Both print a table (or, with ``--json``, exactly one JSON object) on
stdout, show progress on stderr, and write a PNG figure.

``student-copies`` has nbgrader write the student copies of the exercise
notebooks from the instructor's solutions (or, with ``--check``, says whether
they are stale); it needs ``requirements-instructor.txt``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Sequence

from .budget import BACKSTOP, MIB
from .classroom import SOLUTIONS_DIR, STUDENT_DIR, stale_student_copies, write_student_copies
from .experiment import Experiment, RunResult
from .lab import DEFAULT_BUDGET_MIB, _budgets, run_lab, sweep
from .sampler import Trace
from .workload import KIB, MessageWorkload

__all__ = ["main"]


def _whole_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None


def _positive_int(text: str) -> int:
    value = _whole_number(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"expected a number greater than 0, got {value}")
    return value


def _non_negative_int(text: str) -> int:
    value = _whole_number(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 0, got {value}")
    return value


def _non_negative(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
    if not value >= 0:
        raise argparse.ArgumentTypeError(f"expected a number >= 0, got {text}")
    return value


def _worker_list(text: str) -> list[int]:
    return [_positive_int(part) for part in text.split(",") if part.strip()]


def _add_workload_options(parser: argparse.ArgumentParser) -> None:
    w = MessageWorkload()
    group = parser.add_argument_group("the workload (the incident, scaled to a laptop)")
    group.add_argument("--users", type=_positive_int, default=w.users, help="users to message (default: %(default)s)")
    group.add_argument("--batch-size", type=_positive_int, default=w.batch_size,
                       help="users per batch, one task per batch (default: %(default)s)")
    group.add_argument("--message-kib", type=_positive_int, default=w.message_bytes // KIB,
                       help="KiB of payload rendered per user (default: %(default)s)")
    group.add_argument("--lookup-ms", type=_non_negative, default=w.lookup_latency_s * 1000,
                       help="database look-up per batch, ms (default: %(default)s)")
    group.add_argument("--render-us", type=_non_negative, default=w.render_s_per_user * 1e6,
                       help="CPU time to render one message, microseconds (default: %(default)s)")
    group.add_argument("--send-ms", type=_non_negative, default=w.send_latency_s * 1000,
                       help="network latency to send a batch, ms (default: %(default)s)")
    group.add_argument("--send-capacity", type=_non_negative_int, default=w.send_capacity,
                       help="sends the downstream serves at once, the rest wait holding their payloads; "
                            "0 for no limit (default: %(default)s)")
    group.add_argument("--jitter-ms", type=_non_negative, default=0.0,
                       help="extra random send latency, up to this many ms (default: %(default)s)")
    group.add_argument("--seed", type=int, default=None, help="seed for the jitter (default: none)")
    parser.add_argument("--budget-mib", type=float, default=DEFAULT_BUDGET_MIB,
                        help="memory budget of each run's child process, MiB (default: %(default)s)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")


def _workload(args: argparse.Namespace) -> MessageWorkload:
    return MessageWorkload(
        users=args.users,
        batch_size=args.batch_size,
        message_bytes=args.message_kib * KIB,
        lookup_latency_s=args.lookup_ms / 1000,
        render_s_per_user=args.render_us / 1e6,
        send_latency_s=args.send_ms / 1000,
        jitter_s=args.jitter_ms / 1000,
        seed=args.seed,
        send_capacity=args.send_capacity or None,
    )


class _Progress:
    """Report a run's progress on stderr: one line redrawn on a terminal."""

    def __init__(self, label: str, total: int) -> None:
        self.label, self.total = label, total
        self.tty = sys.stderr.isatty()
        self._last_printed = -1.0

    def __call__(self, trace: Trace) -> None:
        latest = trace.samples[-1] if trace.samples else None
        if latest is None:
            return
        if not self.tty and latest.t_s - self._last_printed < 1.0:
            return  # a log file gets one line a second, not five
        self._last_printed = latest.t_s
        line = (f"  {self.label:<28} {latest.t_s:6.1f} s  {latest.rss_mib:7.1f} MiB  "
                f"{latest.threads:5d} threads  {latest.tasks_done}/{self.total} tasks")
        print(f"\r{line}" if self.tty else line, end="" if self.tty else "\n", file=sys.stderr, flush=True)

    def done(self, result: RunResult) -> None:
        end = "\r" if self.tty else ""
        print(f"{end}  {result}".ljust(100 if self.tty else 0), file=sys.stderr, flush=True)


def _run(experiment: Experiment, budget_mib: float) -> RunResult:
    workers = experiment.max_workers
    label = experiment.name + (f" ({workers} worker{'s' * (workers != 1)})" if workers else "")
    progress = _Progress(label, experiment.workload.tasks)
    result = run_lab(experiment, budget_mib, on_update=progress)
    progress.done(result)
    return result


def _table(results: Sequence[RunResult], budget_mib: float) -> str:
    header = (f"{'strategy':<17} {'workers':>7}  {'outcome':<10} {'tasks':>11} {'peak RSS':>10} {'elapsed':>9} "
              f"{'tasks/s':>8}")
    lines = [f"memory budget {budget_mib:.0f} MiB per run (backstop: {BACKSTOP})", header, "-" * len(header)]
    for r in results:
        workers = "-" if r.max_workers is None else str(r.max_workers)
        lines.append(
            f"{r.strategy:<17} {workers:>7}  {r.outcome:<10} {f'{r.tasks_done}/{r.tasks_total}':>11} "
            f"{r.peak_rss_mib:>6.0f} MiB {r.elapsed_s:>7.2f} s {r.tasks_per_s:>8.1f}"
        )
        if r.outcome == "oom-killed":
            # The rlimit kills from inside the child, so only the watchdog knows the RSS at the kill.
            at_mib = r.killed_rss_bytes / MIB if r.killed_rss_bytes else r.peak_rss_mib
            lines.append(f"{'':<27}killed by the {r.killed_by} at {at_mib:.0f} MiB")
        elif r.error:
            lines.append(f"{'':<27}error: {r.error}")
    return "\n".join(lines)


def _report(args: argparse.Namespace, results: list[RunResult], figure, what: str) -> None:
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(out, dpi=110)
    if args.json:
        print(json.dumps({"budget_mib": float(args.budget_mib), "runs": [r.summary() for r in results]}))
    else:
        print(_table(results, args.budget_mib))
        print(f"{what} figure written to {out}")


def _demo(args: argparse.Namespace) -> int:
    workload = args.workload
    print(f"pool_lab demo: {workload.users} users in {workload.tasks} batches of {workload.batch_size}, "
          f"{workload.payload_bytes_per_task / MIB:.1f} MiB per batch, budget {args.budget_mib:.0f} MiB",
          file=sys.stderr)
    results = [
        _run(Experiment("thread-per-task", workload=workload), args.budget_mib),
        _run(Experiment("worker-pool", args.workers, args.queue_size, workload=workload), args.budget_mib),
    ]
    from .plots import plot_overview  # matplotlib only once there is something to draw

    _report(args, results, plot_overview(results, title="The incident: thread per task against a worker pool"), "demo")
    return 0


def _sweep(args: argparse.Namespace) -> int:
    workload = args.workload
    experiment = Experiment("worker-pool", workload=workload)
    print(f"pool_lab sweep: max_workers in {args.workers}, {args.tasks_per_worker} tasks per worker, "
          f"budget {args.budget_mib:.0f} MiB", file=sys.stderr)
    results = sweep(experiment, args.workers, args.budget_mib, tasks_per_worker=args.tasks_per_worker,
                    on_result=lambda r: print(f"  {r}", file=sys.stderr, flush=True))
    from .plots import plot_sweep

    _report(args, results, plot_sweep(results, workload=workload), "sweep")
    return 0


def _student_copies(args: argparse.Namespace) -> int:
    try:
        if args.check:
            problems = stale_student_copies(args.solutions, args.student)
            for problem in problems:
                print(problem, file=sys.stderr)
            if problems:
                print("regenerate them with: python -m pool_lab student-copies", file=sys.stderr)
            return 1 if problems else 0
        for path in write_student_copies(args.solutions, args.student):
            print(f"wrote {path}")
    except (OSError, ValueError, ImportError) as exc:  # no solutions there, nbgrader refused one, or no nbgrader
        print(f"python -m pool_lab student-copies: error: {exc}", file=sys.stderr)
        return 2
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pool_lab", description=__doc__.split("\n\n")[1])
    commands = parser.add_subparsers(dest="command", required=True, metavar="{demo,sweep,student-copies}")

    demo = commands.add_parser("demo", help="thread-per-task against a worker pool, under a memory budget",
                               description="Run the incident twice in the lab: one thread per batch, then a "
                                           "worker pool. Prints a table and writes a PNG.")
    _add_workload_options(demo)
    demo.add_argument("--workers", type=_positive_int, default=8,
                      help="worker threads in the pool (default: %(default)s)")
    demo.add_argument("--queue-size", type=_positive_int, default=None,
                      help="tasks that may wait in the pool's queue (default: as many as workers)")
    demo.add_argument("--out", default="pool_lab_demo.png", help="where to write the figure (default: %(default)s)")
    demo.set_defaults(run=_demo)

    sizing = commands.add_parser("sweep", help="throughput and peak memory for several pool sizes",
                                 description="Run the worker pool in the lab once per max_workers value. "
                                             "Prints a table and writes a PNG.")
    _add_workload_options(sizing)
    sizing.add_argument("--workers", type=_worker_list, default=[1, 2, 4, 8, 16, 32, 64],
                        help="comma-separated pool sizes (default: 1,2,4,8,16,32,64)")
    sizing.add_argument("--tasks-per-worker", type=_positive_int, default=4,
                        help="each run sends this many batches per worker (default: %(default)s)")
    sizing.add_argument("--out", default="pool_lab_sweep.png", help="where to write the figure (default: %(default)s)")
    sizing.set_defaults(run=_sweep)

    copies = commands.add_parser("student-copies", help="write the exercise notebooks' student copies",
                                 description="Have nbgrader (generate_assignment) write a student copy of every "
                                             "solution notebook: each solution becomes '# YOUR CODE HERE' and "
                                             "'raise NotImplementedError()', hidden tests and outputs are "
                                             "removed. Needs nbgrader (requirements-instructor.txt). Run it "
                                             "from the repository root.")
    copies.add_argument("--solutions", default=str(SOLUTIONS_DIR),
                        help="the instructor's notebooks (default: %(default)s)")
    copies.add_argument("--student", default=str(STUDENT_DIR),
                        help="where the student copies go (default: %(default)s)")
    copies.add_argument("--check", action="store_true",
                        help="write nothing; exit 1, naming them, if the copies are missing or stale")
    copies.set_defaults(run=_student_copies)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        # Checks the per-option parsers cannot make: the budget against this
        # machine's memory, and the workload's fields together.
        if args.command != "student-copies":  # the one command without a workload
            _budgets(args.budget_mib, None)  # as run_lab will check it, hard limit included
            args.workload = _workload(args)
    except (ValueError, TypeError) as exc:
        parser.error(str(exc))
    try:
        return args.run(args)
    except KeyboardInterrupt:
        print("\ninterrupted; the lab's child process has been stopped", file=sys.stderr)
        return 130
