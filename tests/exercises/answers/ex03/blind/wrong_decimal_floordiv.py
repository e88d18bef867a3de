# Written from the student copy alone, without seeing the check or the solution.
# WRONG (ceiling division that is not one): the student avoids float noise with Decimal
# and writes the ceiling as -(-a // b), the int idiom. But Decimal's // truncates toward
# zero instead of flooring, so -(-a // b) is a truncation: 25 tasks/s of 0.1 s gives 2.
from decimal import Decimal


def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    per_worker = 1 / Decimal(str(latency_s))          # tasks per second one worker finishes
    return int(-(-Decimal(str(tasks_per_s)) // per_worker))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"workers_for\([\d,.]+ [\d,.]+\) returned [\d,.]+; [\d,.]+ tasks/s × [\d,.]+ s = [\d,.]+ tasks in flight on"
