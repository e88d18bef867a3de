# Written from the student copy alone, without seeing the check or the solution.
# WRONG (float noise): math.ceil on the raw float product. Usually right, but 100 tasks/s
# of 0.07 s is 7.000000000000001 in floating point, so it asks for 8 workers, not 7: one
# more than the fewest. The textbook answer a student writes first.
import math


def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    return math.ceil(tasks_per_s * latency_s)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"workers_for\([\d,.]+ [\d,.]+\) returned [\d,.]+; [\d,.]+ tasks/s × [\d,.]+ s = [\d,.]+ tasks in flight, so"
