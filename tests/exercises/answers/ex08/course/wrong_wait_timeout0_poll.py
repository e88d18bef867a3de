# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 73.
# Wrong: polls its window with asyncio.wait(timeout=0) in a loop: never waits, spins at 100% CPU
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
        done, _ = await asyncio.wait(running, timeout=0)   # just peek at what is done
        for t in done:
            results[running.pop(t)] = t.result()
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"once a coroutine had ended, the event loop never waited while every place was taken"
