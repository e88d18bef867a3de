# Written from the student copy alone, without seeing the check or the solution.
# Approach: a running counter guarded by an asyncio.Condition; a coroutine starts once wait_for(running < limit) holds, and its end decrements and notifies one waiter.
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
            try:
                return await coro
            finally:
                async with condition:
                    running -= 1
                    condition.notify()
        finally:
            coro.close()

    return await asyncio.gather(*(run(coro) for coro in coros))
