# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 75.
# Wrong: fills its first window with next(it), which fails on fewer coroutines than limit
import asyncio

async def gather_limited(coros, limit):
    """Window: start limit at once, then one per end. Crashes if fewer coros than limit."""
    results = [None] * len(coros)
    it = iter(enumerate(coros))

    async def run(i, c):
        results[i] = await c

    pending = {asyncio.create_task(run(*next(it))) for _ in range(limit)}
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for t in done:
            t.result()
            nxt = next(it, None)
            if nxt is not None:
                pending.add(asyncio.create_task(run(*nxt)))
    return results

# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"given 3 coroutines, fewer than limit=4, your gather_limited raised RuntimeError"
