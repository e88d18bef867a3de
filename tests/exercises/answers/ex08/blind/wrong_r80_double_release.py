# Written from the student copy alone, without seeing the check or the solution.
# Mistake: acquires and releases the semaphore by hand and releases it twice when a coroutine raises (once in except, once in finally), so after an error limit + 1 can run.
# Breaks: "never more than `limit` running, after an error too, counting the tasks you leave running once you have raised."
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)

    async def run(coro):
        try:
            await semaphore.acquire()
        except BaseException:
            coro.close()
            raise
        try:
            return await coro
        except Exception:
            semaphore.release()  # free the place for the next one before raising
            raise
        finally:
            semaphore.release()

    return await asyncio.gather(*(run(coro) for coro in coros))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"coros\[[\d,.]+\], of [\d,.]+ coroutines, raised PlantedError\('coros\[[\d,.]+\] failed on purpose'\), and your gather_limited ran [\d,.]+ coroutines? at once, counted until"
