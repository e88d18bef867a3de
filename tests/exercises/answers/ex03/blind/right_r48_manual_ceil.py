# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: L = rate x latency rounded to 9 places; truncate with int() and add one only when a real fraction is left, which is a ceiling written by hand.

def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    needed = round(tasks_per_s * latency_s, 9)
    whole = int(needed)
    if whole < needed:
        whole += 1
    return whole
