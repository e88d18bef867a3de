# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: ceiling by negated floor division on the noise-free product, converted
# to int: -(-x // 1).


def workers_for(tasks_per_s, latency_s):
    busy = round(tasks_per_s * latency_s, 9)
    return int(-(-busy // 1))
