# Written from the student copy alone, without seeing the check or the solution.
# Mistake: removes the float noise with round(x, 2), which also erases a small real fraction (1.004 -> 1 worker).
# Breaks: "the smallest number of workers (an `int`) that reaches `tasks_per_s`" (only the noise may be rounded away: "round(x, 9)")
import math


def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    return math.ceil(round(tasks_per_s * latency_s, 2))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"workers_for\([\d,.]+ [\d,.]+\) returned [\d,.]+; [\d,.]+ tasks?/s × [\d,.]+ s = [\d,.]+ tasks? in flight on average, and [\d,.]+ worker finishes at most [\d,.]+ tasks?/s,"
