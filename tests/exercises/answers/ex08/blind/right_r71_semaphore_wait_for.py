# Written from the student copy alone, without seeing the check or the solution.
# Approach: layered wrappers: a worker-side semaphore permit, then the coroutine run as its own task through asyncio.wait_for(timeout=None), created only once the permit is held.
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
            task = asyncio.ensure_future(coro)  # the coroutine starts only now
            return await asyncio.wait_for(task, timeout=None)
        finally:
            semaphore.release()

    return await asyncio.gather(*(run(coro) for coro in coros))
