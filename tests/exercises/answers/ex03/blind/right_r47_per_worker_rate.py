# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: one worker finishes 1 / latency_s tasks per second; workers = target / per-worker rate, noise rounded away, rounded up by negative floor division, cast to int.
def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    per_worker = 1 / latency_s  # tasks per second one worker completes
    ratio = round(tasks_per_s / per_worker, 9)
    return int(-(-ratio // 1))
