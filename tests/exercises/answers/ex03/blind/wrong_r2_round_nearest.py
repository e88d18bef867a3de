# Written from the student copy alone, without seeing the check or the solution.
# WRONG: rounds to the nearest whole number (2.4 -> 2, too few). Breaks: "the
# smallest number of workers ... that reaches `tasks_per_s`".


def workers_for(tasks_per_s, latency_s):
    return round(tasks_per_s * latency_s)

# Added by the course: the message its check must fail with.
FAILS_WITH = r"workers_for\([\d,.]+, [\d,.]+\) returned [\d,.]+; [\d,.]+ tasks/s × [\d,.]+ s = [\d,.]+ tasks in flight on average, and [\d,.]+ (worker finishes|workers finish) at most"
