# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 79.
# Wrong: wrong_class_pacer's design, with the pacer made once at module level: time.sleep blocks the loop.
import asyncio, time

class Pacer:
    def __init__(self, s): self.s = s
    def pause(self): time.sleep(self.s)

pacer = Pacer(0.010)

async def gather_limited(coros, limit):
    coros = list(coros)
    results = [None] * len(coros)
    running = {}
    i = 0
    while i < len(coros) or running:
        while i < len(coros) and len(running) < limit:
            running[asyncio.ensure_future(coros[i])] = i
            i += 1
        pacer.pause()
        await asyncio.sleep(0)
        for task in [t for t in running if t.done()]:
            results[running.pop(task)] = task.result()
    return results

# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited calls time\.sleep, which blocks the event loop: while it sleeps, no coroutine runs and no freed place is filled, and the"
