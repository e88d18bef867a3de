# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: split the noise-free product into whole part and remainder with divmod; any remainder costs one more worker.
def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    whole, rest = divmod(round(latency_s * tasks_per_s, 9), 1)
    return int(whole) + (1 if rest > 0 else 0)
