# Written from the student copy alone, without seeing the check or the solution.
# Approach: a counter of running coroutines guarded by an asyncio.Condition; each coroutine waits until the counter is below limit, and notifies one waiter when it ends; gather keeps the order.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    condition = asyncio.Condition()
    running = 0

    async def run(coro):
        nonlocal running
        try:
            async with condition:
                await condition.wait_for(lambda: running < limit)
                running += 1
        except BaseException:
            coro.close()  # cancelled before it started
            raise
        try:
            return await coro
        finally:
            running -= 1
            async with condition:
                condition.notify()

    return await asyncio.gather(*(run(coro) for coro in coros))
