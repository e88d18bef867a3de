# Written from the student copy alone, without seeing the check or the solution.
# WRONG: breaks "which quantity of Little's law is the number of workers": it takes workers as
# lambda / W instead of L = lambda * W, so 25 tasks/s of 100 ms asks for 250 workers instead of 3.
import math


def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    return math.ceil(round(tasks_per_s / latency_s, 9))

# Added by the course: the message its check must fail with.
FAILS_WITH = r"workers_for\([\d.]+, [\d.]+\) returned \d+; .* tasks in flight, so \d+ workers \(up to [\d.]+ tasks/s\) are enough"
