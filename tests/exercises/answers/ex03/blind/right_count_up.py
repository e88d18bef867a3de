# Written from the student copy alone, without seeing the check or the solution.
# Right, by search: add workers until their throughput, workers / latency (Little's law
# turned around), reaches the target, with a relative tolerance for float rounding.
def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    workers = 0
    while workers / latency_s < tasks_per_s * (1 - 1e-9):
        workers += 1
    return workers
