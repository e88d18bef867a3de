# Written from the student copy alone, without seeing the check or the solution.
# Approach: an asyncio.Condition guards a count of running coroutines; each waits for count < limit, and each end notifies one waiter.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    condition = asyncio.Condition()
    running = 0

    async def run(coro):
        nonlocal running
        try:
            async with condition:
                await condition.wait_for(lambda: running < limit)
                running += 1
            try:
                return await coro
            finally:
                async with condition:
                    running -= 1
                    condition.notify()
        finally:
            coro.close()  # a coroutine that never started is closed, not left "never awaited"

    return await asyncio.gather(*(run(coro) for coro in coros))
