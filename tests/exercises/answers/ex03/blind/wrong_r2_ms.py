# Written from the student copy alone, without seeing the check or the solution.
# WRONG: treats latency as milliseconds (divides by 1000), so it always asks for
# 1 worker or fewer. Breaks: "when each task takes `latency_s` seconds".
import math


def workers_for(tasks_per_s, latency_s):
    return max(1, math.ceil(round(tasks_per_s * latency_s / 1000, 9)))

# Added by the course: the message its check must fail with.
FAILS_WITH = r"workers_for\([\d,.]+, [\d,.]+\) returned [\d,.]+; [\d,.]+ tasks/s × [\d,.]+ s = [\d,.]+ tasks in flight on average, and [\d,.]+ (worker finishes|workers finish) at most"
