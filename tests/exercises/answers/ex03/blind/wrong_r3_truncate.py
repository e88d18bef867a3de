# Written from the student copy alone, without seeing the check or the solution.
# WRONG: breaks "which way must you go so the target is still met?": int() truncates, rounding down,
# so 25 tasks/s of 100 ms (2.5) gets 2 workers, which reach only 20 tasks/s.


def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    return int(round(tasks_per_s * latency_s, 9))

# Added by the course: the message its check must fail with.
FAILS_WITH = r"workers_for\(10, 0\.25\) returned 2; .* short of 10\. Hint: round up"
