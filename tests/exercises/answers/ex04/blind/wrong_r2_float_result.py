# Written from the student copy alone, without seeing the check or the solution.
# WRONG: returns the raw float of Little's law (2.5 workers) rounded for noise
# but not up to a whole number. Breaks: "return the smallest number of workers
# (an `int`)".
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    n = round(tasks_per_s * latency_s, 9)
    needed = round(base_mib + n * task_mib, 9)
    if needed > round(budget_mib, 9):
        raise PoolDoesNotFit(needed=n, fits=round((budget_mib - base_mib) / task_mib, 9))
    return n


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(20, 0\.25, 8, 256, 64\) returned 5\.0 \(float\); a number of workers is a whole number \(an int\)\. Hint: math\.floor returns an int, but //"
