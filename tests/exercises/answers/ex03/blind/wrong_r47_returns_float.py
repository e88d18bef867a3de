# Written from the student copy alone, without seeing the check or the solution.
# WRONG: rounds up with the float floor-division trick and returns a float (3.0), not an int.
def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    needed = round(tasks_per_s * latency_s, 9)
    return -(-needed // 1)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"workers_for\([\d,.]+, [\d,.]+\) returned [\d,.]+ \(float\)"
