# Written from the student copy alone, without seeing the check or the solution.
# WRONG (unit mistake): the student reads "100 ms" in the notebook and treats latency_s
# as milliseconds, dividing by 1000. 25 tasks/s of 0.1 s becomes ceil(0.0025) = 1.
import math


def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    latency_ms = latency_s
    return math.ceil(tasks_per_s * latency_ms / 1000)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"workers_for\([\d,.]+ [\d,.]+\) returned [\d,.]+; [\d,.]+ tasks/s × [\d,.]+ s = [\d,.]+ tasks in flight on"
