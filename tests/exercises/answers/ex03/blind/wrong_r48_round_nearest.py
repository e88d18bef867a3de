# Written from the student copy alone, without seeing the check or the solution.
# WRONG: rounds to the nearest whole number with round(), which goes down for 2.5 (banker's rounding) and for any fraction under .5, missing the target.
def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    return round(tasks_per_s * latency_s)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"workers_for\([\d,.]+, [\d,.]+\) returned [\d,.]+"
