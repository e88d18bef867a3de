# Written from the student copy alone, without seeing the check or the solution.
# WRONG: rounds lambda * W to the nearest whole number (round()), so 2.4 gives 2 workers, which misses the target.
def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    return round(round(tasks_per_s * latency_s, 9))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"workers_for\([\d,.]+, [\d,.]+\) returned [\d,.]+"
