# Written from the student copy alone, without seeing the check or the solution.
# Mistake: rounds up the raw float product, so 100 * 0.07 = 7.000000000000001 gives 8 workers.
# Breaks: "Round that noise away (`round(x, 9)`) before you round to a whole number."
import math


def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    return math.ceil(tasks_per_s * latency_s)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"workers_for\([\d,.]+ [\d,.]+\) returned [\d,.]+; [\d,.]+ tasks?/s × [\d,.]+ s = [\d,.]+ tasks? in flight, so [\d,.]+ workers \(up to [\d,.]+ tasks?/s\) are enough, and each extra"
