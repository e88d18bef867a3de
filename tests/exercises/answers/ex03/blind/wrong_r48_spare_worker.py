# Written from the student copy alone, without seeing the check or the solution.
# WRONG: adds a spare worker "for safety" on top of the ceiling, so the answer is not the fewest: one fewer still reaches the target.
import math


def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    return math.ceil(round(tasks_per_s * latency_s, 9)) + 1


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"workers_for\([\d,.]+, [\d,.]+\) returned [\d,.]+"
