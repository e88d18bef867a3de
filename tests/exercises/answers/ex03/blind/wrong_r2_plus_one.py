# Written from the student copy alone, without seeing the check or the solution.
# WRONG: "rounds up" by int(x) + 1, which also adds a worker when x is already
# whole (2.5 -> 3 fine, but 2.0 -> 3). Breaks: "the smallest number of workers".


def workers_for(tasks_per_s, latency_s):
    return int(round(tasks_per_s * latency_s, 9)) + 1

# Added by the course: the message its check must fail with.
FAILS_WITH = r"workers_for\([\d,.]+, [\d,.]+\) returned [\d,.]+; [\d,.]+ tasks/s × [\d,.]+ s = [\d,.]+ tasks in flight, so [\d,.]+ workers \(up to [\d,.]+ tasks/s\) are enough"
