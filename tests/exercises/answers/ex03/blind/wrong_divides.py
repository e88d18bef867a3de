# Written from the student copy alone, without seeing the check or the solution.
# WRONG (formula upside down): workers = rate / latency, i.e. the student remembered
# "throughput = workers / latency" and solved it the wrong way. 25 / 0.1 gives 250.
import math


def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    return math.ceil(tasks_per_s / latency_s)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"workers_for\([\d,.]+ [\d,.]+\) returned [\d,.]+; [\d,.]+ tasks/s × [\d,.]+ s = [\d,.]+ tasks in flight,"
