# Written from the student copy alone, without seeing the check or the solution.
# WRONG: "rounds the noise away" to 2 places instead of 9, which also rounds away a real fraction (10 tasks/s of 0.1004 s, 1.004, gets 1 worker, not 2).
import math


def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    return math.ceil(round(tasks_per_s * latency_s, 2))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"workers_for\([\d,.]+, [\d,.]+\) returned [\d,.]+"
