# Written from the student copy alone, without seeing the check or the solution.
# Right: Little's law with L = workers (one task inside per busy worker), lambda = the
# target rate, W = the latency: workers = tasks_per_s * latency_s, rounded UP (2.5 workers
# do not exist, 2 fall short). The product is rounded to 9 decimals first so that float
# noise (100 * 0.07 = 7.000000000000001) does not add a worker.
import math


def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    return math.ceil(round(tasks_per_s * latency_s, 9))
