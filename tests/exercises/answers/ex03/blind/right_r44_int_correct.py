# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: truncate the noise-free product to an int, then add one worker only if a real fraction remains.
def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    needed = round(tasks_per_s * latency_s, 9)  # Little's law: L = lambda * W
    whole = int(needed)
    if whole < needed:  # 2.5 workers means 3: one fewer would miss the target
        whole += 1
    return whole
