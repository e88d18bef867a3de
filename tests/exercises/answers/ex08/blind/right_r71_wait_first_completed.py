# Written from the student copy alone, without seeing the check or the solution.
# Approach: one loop keeps at most `limit` tasks in a set and refills it each time asyncio.wait(..., FIRST_COMPLETED) wakes it; results read from the tasks in input order.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    tasks = []
    pending = set()
    try:
        while len(tasks) < len(coros) or pending:
            while len(tasks) < len(coros) and len(pending) < limit:
                task = asyncio.ensure_future(coros[len(tasks)])
                tasks.append(task)
                pending.add(task)
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                task.result()  # raises the coroutine's exception, if any
    except BaseException:
        for task in pending:
            task.cancel()
        for coro in coros[len(tasks):]:
            coro.close()
        raise
    return [task.result() for task in tasks]
