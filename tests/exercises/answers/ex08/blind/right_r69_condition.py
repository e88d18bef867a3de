# Written from the student copy alone, without seeing the check or the solution.
# Approach: an asyncio.Condition guards a running counter; each coroutine waits until the counter is below `limit`, and each end decrements it and notifies one waiter.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    condition = asyncio.Condition()
    running = 0

    async def run_in_place(coro):
        nonlocal running
        async with condition:
            await condition.wait_for(lambda: running < limit)
            running += 1
        try:
            return await coro
        finally:
            async with condition:
                running -= 1
                condition.notify()

    return await asyncio.gather(*(run_in_place(coro) for coro in coros))
