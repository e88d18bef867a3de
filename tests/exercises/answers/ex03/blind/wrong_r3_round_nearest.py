# Written from the student copy alone, without seeing the check or the solution.
# WRONG: breaks "what to do when the law's answer is not a whole number (... which way must you go so
# the target is still met?)": it rounds to the nearest integer (banker's rounding, too), so 2.5 gives 2
# and 2.4 gives 2 workers, which fall short of the target.


def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    return round(tasks_per_s * latency_s)

# Added by the course: the message its check must fail with.
FAILS_WITH = r"workers_for\(10, 0\.25\) returned 2; .* short of 10\. Hint: round up"
