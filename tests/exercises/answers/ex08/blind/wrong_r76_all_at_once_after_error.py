# Written from the student copy alone, without seeing the check or the solution.
# Mistake: after an error, "so no coroutine is left unawaited", it gathers all the coroutines not yet started at once (beside the workers still running) before raising.
# Breaks: "what becomes of the others then is up to you, within the limit: never more than `limit` running, after an error too."
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = [None] * len(coros)
    todo = iter(enumerate(coros))  # shared by every worker

    async def worker():
        for index, coro in todo:
            results[index] = await coro

    workers = [asyncio.create_task(worker()) for _ in range(min(limit, len(coros)))]
    try:
        await asyncio.gather(*workers)
    except Exception:
        # Await what is left so that none is left unawaited, then report the error.
        rest = [coro for _, coro in todo]
        await asyncio.gather(*rest, return_exceptions=True)
        await asyncio.wait(workers)
        raise
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"coros\[[\d,.]+\], of [\d,.]+ coroutines, raised PlantedError\('coros\[[\d,.]+\] failed on purpose'\), and your gather_limited ran [\d,.]+ coroutines? at once, counted until what it left running had ended; the limit (was|were) [\d,.]+"
