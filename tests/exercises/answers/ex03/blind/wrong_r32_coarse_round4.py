# Written from the student copy alone, without seeing the check or the solution.
# WRONG: rounds the noise away with round(x, 4) instead of round(x, 9), which swallows a real fraction below 0.00005 (100001 tasks/s of 10 us gives 1).
import math


def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    return math.ceil(round(tasks_per_s * latency_s, 4))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"workers_for\(2, 0\.500000001\) returned 1; .* 1\.000000002 is a real fraction"
