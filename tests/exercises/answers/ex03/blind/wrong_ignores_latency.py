# Written from the student copy alone, without seeing the check or the solution.
# WRONG (one worker per task per second): the student sizes the pool to the target rate
# alone, "25 tasks a second needs 25 workers", ignoring how long each task takes.
def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    return int(tasks_per_s)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"workers_for\([\d,.]+ [\d,.]+\) returned [\d,.]+; [\d,.]+ tasks/s × [\d,.]+ s = [\d,.]+ tasks in flight,"
