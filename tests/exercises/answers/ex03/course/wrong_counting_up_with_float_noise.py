# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: adds workers until workers / latency reaches the target, in raw floats: 7 / 0.07 is
# 99.99999999999999, short of 100, so it asks for 8. (Until the check tried a noisy case, it was kept as right.)

def workers_for(tasks_per_s, latency_s):
    workers = 1
    while workers / latency_s < tasks_per_s:  # each worker finishes 1/latency tasks a second
        workers += 1
    return workers


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"workers_for\([\d,.]+ [\d,.]+\) returned [\d,.]+; [\d,.]+ tasks/s × [\d,.]+ s = [\d,.]+ tasks in flight, so"
