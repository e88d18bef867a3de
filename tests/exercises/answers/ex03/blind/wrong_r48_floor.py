# Written from the student copy alone, without seeing the check or the solution.
# WRONG: rounds the fractional worker count down (math.floor), so 25 tasks/s of 100 ms gets 2 workers, 20 tasks/s: short of the target.
import math


def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    return math.floor(round(tasks_per_s * latency_s, 9))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"workers_for\([\d,.]+, [\d,.]+\) returned [\d,.]+"
