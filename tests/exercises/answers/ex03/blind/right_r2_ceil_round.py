# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: Little's law L = lambda * W: workers busy = tasks_per_s * latency_s;
# remove float noise with round(x, 9), then round UP so the target is met.
import math


def workers_for(tasks_per_s, latency_s):
    return math.ceil(round(tasks_per_s * latency_s, 9))
