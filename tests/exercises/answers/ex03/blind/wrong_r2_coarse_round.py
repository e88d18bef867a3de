# Written from the student copy alone, without seeing the check or the solution.
# WRONG: rounds the noise away too coarsely (1 decimal), so 2.04 -> 2.0 -> 2
# workers, which cannot reach the target. Breaks: "the smallest number of workers
# ... that reaches `tasks_per_s`" (the copy says round(x, 9)).
import math


def workers_for(tasks_per_s, latency_s):
    return math.ceil(round(tasks_per_s * latency_s, 1))

# Added by the course: the message its check must fail with.
FAILS_WITH = r"workers_for\([\d,.]+, [\d,.]+\) returned [\d,.]+; [\d,.]+ tasks/s × [\d,.]+ s = [\d,.]+ tasks in flight on average, and [\d,.]+ (worker finishes|workers finish) at most"
