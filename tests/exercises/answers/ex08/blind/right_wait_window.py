# Written from the student copy alone, without seeing the check or the solution.
# Right: a window of tasks, as exercise 6 does with futures: a task is created (the coroutine starts)
# only when fewer than `limit` are pending; asyncio.wait(FIRST_COMPLETED) frees a place as soon as any
# finishes. Each task remembers its index, so results come back in input order.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    pending = {}   # task -> index
    results = []

    async def make_room(return_when):
        done, _ = await asyncio.wait(pending, return_when=return_when)
        for task in done:
            results[pending.pop(task)] = task.result()  # re-raises the coroutine's exception

    for index, coro in enumerate(coros):
        if len(pending) >= limit:
            await make_room(asyncio.FIRST_COMPLETED)
        results.append(None)
        pending[asyncio.ensure_future(coro)] = index
    if pending:
        await make_room(asyncio.ALL_COMPLETED)
    return results
