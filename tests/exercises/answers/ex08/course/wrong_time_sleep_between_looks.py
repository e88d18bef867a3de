# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 72.
# Wrong: a window of tasks that looks every 10 ms, pausing with time.sleep (which blocks the loop) between looks,
# and yielding with asyncio.sleep(0) so the tasks run: the loop never rests, however late it refills.
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
        time.sleep(10 / 1000)   # "don't burn the CPU"
        await asyncio.sleep(0)
        for task in [t for t in running if t.done()]:
            results[running.pop(task)] = task.result()
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited calls time.sleep, which blocks the event loop"
