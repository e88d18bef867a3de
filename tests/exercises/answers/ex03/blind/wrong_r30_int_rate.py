# Written from the student copy alone, without seeing the check or the solution.
# WRONG: truncates tasks_per_s to an int first, so a rate of 2.5 tasks/s is sized as 2 tasks/s.
import math


def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    return math.ceil(round(int(tasks_per_s) * latency_s, 9))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"workers_for\(1\.5, 2\.0\) returned 2; 1\.5 tasks/s × 2\.0 s = 3 tasks in flight .* Hint: a rate may be a fraction: use tasks_per_s as it is \(1\.5\), not made a whole number\."
