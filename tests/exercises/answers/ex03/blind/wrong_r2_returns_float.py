# Written from the student copy alone, without seeing the check or the solution.
# WRONG: returns the law's raw answer, a float (2.5 workers). Breaks: "the
# smallest number of workers (an `int`)" and "a pool cannot have 2.5 workers".


def workers_for(tasks_per_s, latency_s):
    return round(tasks_per_s * latency_s, 9)

# Added by the course: the message its check must fail with.
FAILS_WITH = r"workers_for\([\d,.]+, [\d,.]+\) returned [\d,.]+ \(float\); a number of workers is a whole number"
