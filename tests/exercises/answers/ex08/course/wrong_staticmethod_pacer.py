# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 79.
# Wrong: a poller whose pause is a staticmethod of a small class, calling time.sleep.
import asyncio, time

class Timing:
    @staticmethod
    def pause():
        time.sleep(0.010)

async def gather_limited(coros, limit):
    coros = list(coros)
    results = [None] * len(coros)
    running = {}
    i = 0
    while i < len(coros) or running:
        while i < len(coros) and len(running) < limit:
            running[asyncio.ensure_future(coros[i])] = i
            i += 1
        Timing.pause()
        await asyncio.sleep(0)
        for task in [t for t in running if t.done()]:
            results[running.pop(task)] = task.result()
    return results

# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited calls time\.sleep, which blocks the event loop: while it sleeps, no coroutine runs and no freed place is filled, and the"
