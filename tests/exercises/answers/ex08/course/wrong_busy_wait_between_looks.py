# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 79.
# Wrong: a window of tasks that looks every 10 ms; the student, told time.sleep is forbidden, waits by
# spinning on time.monotonic() (which blocks the loop just as time.sleep does), then yields with sleep(0).
import asyncio, time

async def gather_limited(coros, limit):
    coros = list(coros)
    results = [None] * len(coros)
    running = {}
    i = 0
    while i < len(coros) or running:
        while i < len(coros) and len(running) < limit:
            running[asyncio.ensure_future(coros[i])] = i
            i += 1
        end = time.monotonic() + 0.010
        while time.monotonic() < end:   # "don't call time.sleep": wait 10 ms by hand
            pass
        await asyncio.sleep(0)
        for task in [t for t in running if t.done()]:
            results[running.pop(task)] = task.result()
    return results

# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"once a coroutine had ended, the event loop never waited while every place was taken and coroutines waited to start: it always had a"
