# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: searches for the fewest workers whose throughput, workers / latency (Little's law solved for the rate), rounded to 9 places, reaches the target; starts next to the product and steps both ways.
import math


def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    # start near the answer so large targets do not loop long; step back while one fewer still reaches it
    workers = max(0, math.floor(tasks_per_s * latency_s) - 1)
    while round(workers / latency_s, 9) < round(tasks_per_s, 9):
        workers += 1
    while workers > 0 and round((workers - 1) / latency_s, 9) >= round(tasks_per_s, 9):
        workers -= 1
    return int(workers)
