# Written from the student copy alone, without seeing the check or the solution.
# WRONG: ceil of the raw float product: 100 * 0.07 = 7.000000000000001 -> 8.
# Breaks: "in Python, `100 * 0.07` is `7.000000000000001`, yet 7 workers are
# enough. Round that noise away (`round(x, 9)`) before you round".
import math


def workers_for(tasks_per_s, latency_s):
    return math.ceil(tasks_per_s * latency_s)

# Added by the course: the message its check must fail with.
FAILS_WITH = r"workers_for\([\d,.]+, [\d,.]+\) returned [\d,.]+; [\d,.]+ tasks/s × [\d,.]+ s = [\d,.]+ tasks in flight, so [\d,.]+ workers \(up to [\d,.]+ tasks/s\) are enough, .* In floating point, [\d,.]+ × [\d,.]+ is [\d,.]+"
