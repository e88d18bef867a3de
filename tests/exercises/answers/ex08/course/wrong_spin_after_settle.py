# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 73.
# Wrong: a spinner on asyncio.sleep(0), after one short pause to let the first ones get going
import asyncio
async def gather_limited(coros, limit):
    coros = list(coros)
    results = [None] * len(coros)
    running = {}
    i = 0
    first = True
    while i < len(coros) or running:
        while i < len(coros) and len(running) < limit:
            running[asyncio.ensure_future(coros[i])] = i
            i += 1
        if first:
            await asyncio.sleep(0.001)   # let them start
            first = False
        await asyncio.sleep(0)
        for t in [t for t in running if t.done()]:
            results[running.pop(t)] = t.result()
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"once a coroutine had ended, the event loop never waited while every place was taken"
