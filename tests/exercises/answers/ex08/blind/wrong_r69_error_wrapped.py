# Written from the student copy alone, without seeing the check or the solution.
# Mistake: a worker wraps a failure in its own RuntimeError ("coroutine 4 failed") instead of letting the coroutine's exception through.
# Breaks: "If a coroutine raises, `gather_limited` raises that exception, as `asyncio.gather` does"
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = [None] * len(coros)
    jobs = iter(enumerate(coros))

    async def worker():
        for index, coro in jobs:
            try:
                results[index] = await coro
            except Exception as error:
                raise RuntimeError(f"coroutine {index} failed") from error

    workers = [asyncio.create_task(worker()) for _ in range(min(limit, len(coros)))]
    try:
        await asyncio.gather(*workers)
    except BaseException:
        for task in workers:
            task.cancel()
        for _, coro in jobs:
            coro.close()
        raise
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"coros\[[\d,.]+\], of [\d,.]+ coroutines, raised PlantedError\('coros\[[\d,.]+\] failed on purpose'\), but gather_limited\(coros, limit=[\d,.]+\) raised RuntimeError: coroutine [\d,.]+"
