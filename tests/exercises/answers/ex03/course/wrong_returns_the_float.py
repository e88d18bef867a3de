# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: returns tasks_per_s * latency_s itself, a float.


def workers_for(tasks_per_s, latency_s):
    return tasks_per_s * latency_s


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"workers_for\([\d,.]+ [\d,.]+\) returned [\d,.]+ \(float\); a number of workers is a whole"
