# Written from the student copy alone, without seeing the check or the solution.
# WRONG: divides the rate by the latency (lambda / W) instead of multiplying, confusing which quantity of Little's law the workers are: 25 / 0.1 gives 250 workers.
import math


def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    return math.ceil(round(tasks_per_s / latency_s, 9))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"workers_for\([\d,.]+, [\d,.]+\) returned [\d,.]+"
