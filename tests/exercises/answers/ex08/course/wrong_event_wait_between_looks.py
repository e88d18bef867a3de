# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 79.
# Wrong: a window of tasks that looks every 10 ms, pausing with threading.Event().wait(0.01), which blocks
# the loop just as time.sleep does, then yields with asyncio.sleep(0).
import asyncio, threading

_pause = threading.Event()

async def gather_limited(coros, limit):
    coros = list(coros)
    results = [None] * len(coros)
    running = {}
    i = 0
    while i < len(coros) or running:
        while i < len(coros) and len(running) < limit:
            running[asyncio.ensure_future(coros[i])] = i
            i += 1
        _pause.wait(0.010)
        await asyncio.sleep(0)
        for task in [t for t in running if t.done()]:
            results[running.pop(task)] = task.result()
    return results

# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"once a coroutine had ended, the event loop never waited while every place was taken and coroutines waited to start: it always had a"
