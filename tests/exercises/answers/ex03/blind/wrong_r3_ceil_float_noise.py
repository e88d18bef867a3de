# Written from the student copy alone, without seeing the check or the solution.
# WRONG: breaks "Round that noise away (round(x, 9)) before you round to a whole number": it rounds up
# the raw product, so 100 * 0.07 = 7.000000000000001 gives 8 workers where 7 are enough (not the fewest).
import math


def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    return math.ceil(tasks_per_s * latency_s)

# Added by the course: the message its check must fail with.
FAILS_WITH = r"workers_for\(100, 0\.07\) returned 8; .* In floating point, 100 × 0\.07 is 7\.000000000000001, just above 7"
