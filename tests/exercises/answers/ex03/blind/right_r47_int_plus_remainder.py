# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: rounds lambda * W to 9 places, truncates with int() and adds one worker when a fractional part remains.
def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    needed = round(tasks_per_s * latency_s, 9)
    whole = int(needed)
    if whole < needed:
        whole += 1
    return whole
