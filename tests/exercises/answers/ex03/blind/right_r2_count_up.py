# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: by the definition: n workers each finishing a task every latency_s
# seconds give n / latency_s tasks per second; count n up from 0 until that
# reaches the target (comparison made after round(x, 9) to drop float noise).


def workers_for(tasks_per_s, latency_s):
    n = 0
    while round(n / latency_s, 9) < round(tasks_per_s, 9):
        n += 1
    return n
