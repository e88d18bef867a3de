# Written from the student copy alone, without seeing the check or the solution.
# WRONG (off by one): int(x) + 1 as a home-made ceiling. Right for 2.5 (3), one worker too
# many whenever the product is whole: 20 tasks/s of 100 ms gives 3 instead of 2.
def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    return int(tasks_per_s * latency_s) + 1


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"workers_for\([\d,.]+ [\d,.]+\) returned [\d,.]+; [\d,.]+ tasks/s × [\d,.]+ s = [\d,.]+ tasks in flight,"
