# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by blind round 69.
# Wrong: a window of tasks that looks again at once (asyncio.sleep(0)): it fills a freed place in time, but spins,
# making a turn of the event loop for every look.
import asyncio


async def gather_limited(coros, limit):
    coros = list(coros)
    results = [None] * len(coros)
    running = {}
    i = 0
    while i < len(coros) or running:
        while i < len(coros) and len(running) < limit:
            running[asyncio.ensure_future(coros[i])] = i
            i += 1
        await asyncio.sleep(0)
        for task in [task for task in running if task.done()]:
            results[running.pop(task)] = task.result()
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"once a coroutine had ended, the event loop never waited while every place was taken"
