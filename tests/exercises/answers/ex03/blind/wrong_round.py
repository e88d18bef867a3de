# Written from the student copy alone, without seeing the check or the solution.
# WRONG (rounds to nearest): round() gives 2 for 2.5 (Python rounds halves to even) and
# 3 for 3.4, both short of the target; it is right only when the fraction is above .5.
def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    return round(tasks_per_s * latency_s)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"workers_for\([\d,.]+ [\d,.]+\) returned [\d,.]+; [\d,.]+ tasks/s × [\d,.]+ s = [\d,.]+ tasks in flight on"
