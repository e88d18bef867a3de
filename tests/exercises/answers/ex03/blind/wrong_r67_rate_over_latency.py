# Written from the student copy alone, without seeing the check or the solution.
# Mistake: uses the wrong quantity of Little's law (rate / latency instead of rate x latency).
# Breaks: "which quantity of Little's law is the number of workers" (the answer must be the smallest count that reaches `tasks_per_s`)
import math


def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    return math.ceil(round(tasks_per_s / latency_s, 9))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"workers_for\([\d,.]+ [\d,.]+\) returned [\d,.]+; [\d,.]+ tasks?/s × [\d,.]+ s = [\d,.]+ tasks? in flight, so [\d,.]+ workers \(up to [\d,.]+ tasks?/s\) are enough, and each"
