# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 75.
# Wrong: refills on each end, then gathers the last window with return_exceptions=True
import asyncio

async def gather_limited(coros, limit):
    """Window: refill as each ends (FIRST_COMPLETED); gather the last window with return_exceptions."""
    results = [None] * len(coros)

    async def run(i, c):
        results[i] = await c

    todo = list(enumerate(coros))
    running = set()
    while todo:
        while todo and len(running) < limit:
            running.add(asyncio.create_task(run(*todo.pop(0))))
        done, running = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
        for t in done:
            if t.exception():
                raise t.exception()
    await asyncio.gather(*running, return_exceptions=True)  # the last few: don't let one kill the rest
    return results

# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"coros\[12\], of 13 coroutines, raised PlantedError\('coros\[12\] failed on purpose'\), but gather_limited\(coros, limit=4\) returned"
