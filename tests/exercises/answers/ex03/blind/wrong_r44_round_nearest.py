# Written from the student copy alone, without seeing the check or the solution.
# WRONG: rounds to the nearest whole worker instead of up, so 2.5 becomes 2 (banker's rounding) and 2.4 becomes 2.
def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    return round(tasks_per_s * latency_s)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"workers_for\(10, 0\.25\) returned 2"
