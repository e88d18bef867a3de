# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 75.
# Wrong: reads each result in its loop, but only waits for the last window
import asyncio

async def gather_limited(coros, limit):
    """Sliding window: errors checked in the loop, the rest just waited for."""
    results = [None] * len(coros)

    async def run(i, c):
        results[i] = await c

    pending = set()
    for i, c in enumerate(coros):
        if len(pending) >= limit:
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            for t in done:
                t.result()  # let a coroutine's exception out
        pending.add(asyncio.create_task(run(i, c)))
    if pending:
        await asyncio.wait(pending)  # wait for the last ones (their errors are lost)
    return results

# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"coros\[12\], of 13 coroutines, raised PlantedError\('coros\[12\] failed on purpose'\), but gather_limited\(coros, limit=4\) returned"
