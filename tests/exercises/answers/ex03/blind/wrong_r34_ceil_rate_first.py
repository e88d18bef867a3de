# Written from the student copy alone, without seeing the check or the solution.
# WRONG: rounds the target rate up to whole tasks per second before multiplying, so a fractional rate can ask for too many workers.
import math


def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    return math.ceil(round(math.ceil(tasks_per_s) * latency_s, 9))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"workers_for\(1\.5, 2\.0\) returned 4; .* Hint: a rate may be a fraction: use tasks_per_s as it is \(1\.5\), not made a whole number\."
