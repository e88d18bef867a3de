# Written from the student copy alone, without seeing the check or the solution.
# WRONG: returns a float (7.0), not an int: it rounds up with the -(-x // 1) trick,
# which keeps the float type when the inputs are floats: the exercise asks for an int.
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    workers = -(-round(tasks_per_s * latency_s, 9) // 1)
    needed_mib = round(base_mib + workers * task_mib, 9)
    if needed_mib <= round(budget_mib, 9):
        return workers
    raise PoolDoesNotFit(needed=workers, fits=round((budget_mib - base_mib) / task_mib, 9) // 1)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(20, 0\.25, 8, 256, 64\) returned 5\.0 \(float\); a number of workers is a whole number \(an int\)\. Hint: math\.floor returns an int, but //"
