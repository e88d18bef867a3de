# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: int(x) + 1 as a ceiling: one worker too many whenever x is whole.


def workers_for(tasks_per_s, latency_s):
    return int(tasks_per_s * latency_s) + 1


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"workers_for\([\d,.]+ [\d,.]+\) returned [\d,.]+; [\d,.]+ tasks/s × [\d,.]+ s = [\d,.]+ tasks in flight,"
