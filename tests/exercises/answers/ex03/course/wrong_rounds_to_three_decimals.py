# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# Wrong: rounds the noise away at 3 decimals instead of 9, so a small real fraction (1.000000002) is rounded
# down (read 32: exercise 4 failed this rounding, exercise 3 passed it).
import math


def workers_for(tasks_per_s, latency_s):
    return math.ceil(round(tasks_per_s * latency_s, 3))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"workers_for\(2, 0\.500000001\) returned 1; .* round away only floating-point noise \(round\(x, 9\)\): 1\.000000002 is a real fraction"
