# Written from the student copy alone, without seeing the check or the solution.
# Mistake: "rounds up" by truncating and adding one, so a whole answer (20 x 0.1 = 2) gets one worker too many.
# Breaks: "the smallest number of workers (an `int`) that reaches `tasks_per_s`" (the check: "one fewer does not")
def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    return int(round(tasks_per_s * latency_s, 9)) + 1


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"workers_for\([\d,.]+ [\d,.]+\) returned [\d,.]+; [\d,.]+ tasks?/s × [\d,.]+ s = [\d,.]+ tasks? in flight, so [\d,.]+ workers \(up to [\d,.]+ tasks?/s\) are enough, and each extra"
