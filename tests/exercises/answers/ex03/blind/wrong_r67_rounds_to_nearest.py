# Written from the student copy alone, without seeing the check or the solution.
# Mistake: rounds the worker count to the nearest whole number, so 2.4 gives 2 workers, below the target.
# Breaks: "the smallest number of workers (an `int`) that reaches `tasks_per_s`" ("which way must you go so the target is still met?")
def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    return round(round(tasks_per_s * latency_s, 9))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"workers_for\([\d,.]+ [\d,.]+\) returned [\d,.]+; [\d,.]+ tasks?/s × [\d,.]+ s = [\d,.]+ tasks? in flight on average, and [\d,.]+ workers finish at most [\d,.]+ tasks?/s, short of"
