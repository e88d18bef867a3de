# Written from the student copy alone, without seeing the check or the solution.
# Approach: add workers one at a time until their count covers rate x latency (noise rounded away).
def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    in_flight = round(tasks_per_s * latency_s, 9)
    workers = int(in_flight) - 1 if in_flight >= 1 else 0  # start just below the answer
    while workers < in_flight:
        workers += 1
    return workers
