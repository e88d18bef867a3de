# Written from the student copy alone, without seeing the check or the solution.
# Approach: in-flight tasks = rate x latency, rounded to 9 places; whole part, plus one if a fraction remains.
def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    in_flight = round(tasks_per_s * latency_s, 9)
    whole = int(in_flight)
    if in_flight > whole:
        whole += 1
    return whole
