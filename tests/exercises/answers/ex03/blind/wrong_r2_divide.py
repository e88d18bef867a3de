# Written from the student copy alone, without seeing the check or the solution.
# WRONG: confuses the law: workers = rate / latency (25 / 0.1 = 250). Breaks:
# "the smallest number of workers ... that reaches `tasks_per_s`" (Little's law
# L = lambda * W).
import math


def workers_for(tasks_per_s, latency_s):
    return math.ceil(round(tasks_per_s / latency_s, 9))

# Added by the course: the message its check must fail with.
FAILS_WITH = r"workers_for\([\d,.]+, [\d,.]+\) returned [\d,.]+; [\d,.]+ tasks/s × [\d,.]+ s = [\d,.]+ tasks in flight, so [\d,.]+ workers \(up to [\d,.]+ tasks/s\) are enough"
