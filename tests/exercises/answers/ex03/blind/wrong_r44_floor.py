# Written from the student copy alone, without seeing the check or the solution.
# WRONG: truncates L = lambda * W with int(), so a real fraction is rounded away (2.5 -> 2 workers, one too few).
def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    return int(round(tasks_per_s * latency_s, 9))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"workers_for\(10, 0\.25\) returned 2"
