# Written from the student copy alone, without seeing the check or the solution.
# WRONG: ceiling by floor division of a float, -(-x // 1), returns a float such as 3.0, not the int the notebook asks for.
def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    return -(-round(tasks_per_s * latency_s, 9) // 1)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"workers_for\(100, 0\.25\) returned 25\.0 \(float\)"
