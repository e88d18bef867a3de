# Written from the student copy alone, without seeing the check or the solution.
# WRONG (type): a ceiling written as -(-x // 1), which returns a float (3.0), not the int
# the notebook asks for; range(workers_for(...)) or a pool's max_workers check then fails.
def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    return -(-(tasks_per_s * latency_s) // 1)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"workers_for\([\d,.]+ [\d,.]+\) returned [\d,.]+ \(float\); a number of workers is a whole"
