# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: count workers up from zero until n workers, each finishing 1 / latency_s tasks a second,
# reach the target (n / latency_s >= tasks_per_s, i.e. n >= tasks_per_s * latency_s), comparing
# after rounding float noise away; the first n that reaches it is the fewest.


def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    needed = round(tasks_per_s * latency_s, 9)
    workers = 0
    while workers < needed:
        workers += 1
    return workers
