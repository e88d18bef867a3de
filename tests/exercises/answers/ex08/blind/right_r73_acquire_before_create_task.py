# Written from the student copy alone, without seeing the check or the solution.
# Approach: the caller acquires a semaphore permit before it creates each task (so no more than limit tasks even exist) and a done callback releases it.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    coros = list(coros)
    semaphore = asyncio.BoundedSemaphore(limit)
    tasks = []
    failed = []

    def on_done(task):
        semaphore.release()
        if not task.cancelled() and task.exception() is not None:
            failed.append(task)

    try:
        for coro in coros:
            await semaphore.acquire()
            if failed:
                break  # gather below raises the error; start nothing more
            task = asyncio.create_task(coro)
            task.add_done_callback(on_done)
            tasks.append(task)
        return await asyncio.gather(*tasks)
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise
    finally:
        for coro in coros:
            coro.close()  # the ones never started (a no-op for the others)
