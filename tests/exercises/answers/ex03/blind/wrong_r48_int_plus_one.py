# Written from the student copy alone, without seeing the check or the solution.
# WRONG: writes the ceiling as int(x) + 1, which adds a worker too many whenever the product is already whole (20 tasks/s of 100 ms gets 3, not 2).
def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    return int(round(tasks_per_s * latency_s, 9)) + 1


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"workers_for\([\d,.]+, [\d,.]+\) returned [\d,.]+"
