# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 75.
# Wrong: on an error, runs all the rest at once (so none is left un-awaited), then raises
import asyncio

async def gather_limited(coros, limit):
    """Workers on a shared iterator; on an error, run the rest (so none is left un-awaited), then raise."""
    results = [None] * len(coros)
    it = iter(enumerate(coros))

    async def worker():
        for i, c in it:
            results[i] = await c

    workers = [asyncio.create_task(worker()) for _ in range(limit)]
    try:
        await asyncio.gather(*workers)
    except Exception:
        # finish the coroutines not yet started, so Python does not warn "never awaited"
        await asyncio.gather(*(c for _, c in it), return_exceptions=True)
        raise
    return results

# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"raised PlantedError\('coros\[4\] failed on purpose'\), and your gather_limited ran \d+ coroutines at once, counted until what it left running had ended; the limit was 4"
