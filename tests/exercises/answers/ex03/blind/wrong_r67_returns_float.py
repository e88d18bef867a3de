# Written from the student copy alone, without seeing the check or the solution.
# Mistake: rounds up with a float operation and returns a float (3.0), not an int.
# Breaks: "the smallest number of workers (an `int`)"
def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    in_flight = round(tasks_per_s * latency_s, 9)
    return -(-in_flight // 1)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"workers_for\([\d,.]+ [\d,.]+\) returned [\d,.]+ \(float\); a number of workers is a whole number\. Hint: math\.ceil returns an int\."
