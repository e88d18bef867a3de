# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: the caller acquires a permit before it creates each task, and the task's done-callback releases it; results read in input order.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    semaphore = asyncio.Semaphore(limit)
    tasks = []
    failed = []

    def on_done(task):
        semaphore.release()
        if not task.cancelled() and task.exception() is not None and not failed:
            failed.append(task)

    try:
        for coro in coros:
            await semaphore.acquire()
            if failed:
                break
            task = asyncio.ensure_future(coro)
            task.add_done_callback(on_done)
            tasks.append(task)
        if not failed and tasks:
            await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
        if failed:
            raise failed[0].exception()
    except BaseException:
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.wait(tasks)
        for coro in coros:
            coro.close()
        raise
    return [task.result() for task in tasks]
