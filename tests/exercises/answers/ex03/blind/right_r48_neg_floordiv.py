# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: rounds rate x latency to 9 places, then takes the ceiling as minus the floor-division of its negative, converted to int.
def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    in_system = round(tasks_per_s * latency_s, 9)
    return int(-(-in_system // 1))
