# Written from the student copy alone, without seeing the check or the solution.
# WRONG: subtracts a fixed 1e-15 before math.ceil, too small for the noise of larger products (1000 * 0.07).
import math


def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    return math.ceil(tasks_per_s * latency_s - 1e-15)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"workers_for\(300, 0\.07\) returned 22; .* In floating point, 300 × 0\.07 is 21\.000000000000004"
