# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 76.
# Wrong: on an error, raises at once (as gather does) and hands the coroutines not yet started to a background
# task that runs them all at once once the running ones have ended: the limit is broken after the error.
import asyncio

_background = set()

async def gather_limited(coros, limit):
    results = [None] * len(coros)
    it = iter(enumerate(coros))

    async def worker():
        for i, c in it:
            results[i] = await c

    workers = [asyncio.create_task(worker()) for _ in range(limit)]
    try:
        await asyncio.gather(*workers)
    except Exception:
        rest = [c for _, c in it]  # take them from the workers

        async def finish():  # let them run on, as gather lets the others run on, so none is "never awaited"
            await asyncio.gather(*workers, return_exceptions=True)
            await asyncio.gather(*rest, return_exceptions=True)

        task = asyncio.create_task(finish())
        _background.add(task)
        task.add_done_callback(_background.discard)
        raise
    return results

# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"coros\[[\d,.]+\], of [\d,.]+ coroutines, raised PlantedError\('coros\[[\d,.]+\] failed on purpose'\), and your gather_limited ran [\d,.]+ coroutines at once, counted until"
