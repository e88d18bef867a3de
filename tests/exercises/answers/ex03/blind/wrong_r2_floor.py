# Written from the student copy alone, without seeing the check or the solution.
# WRONG: truncates (int()) the law's answer: 2.5 -> 2, too few to reach the
# target. Breaks: "the smallest number of workers ... that reaches
# `tasks_per_s`" ("which way must you go so the target is still met?").


def workers_for(tasks_per_s, latency_s):
    return int(round(tasks_per_s * latency_s, 9))

# Added by the course: the message its check must fail with.
FAILS_WITH = r"workers_for\([\d,.]+, [\d,.]+\) returned [\d,.]+; [\d,.]+ tasks/s × [\d,.]+ s = [\d,.]+ tasks in flight on average, and [\d,.]+ (worker finishes|workers finish) at most"
