# Written from the student copy alone, without seeing the check or the solution.
# Approach: an asyncio.Queue holding limit tokens used as a semaphore (like a Go buffered channel): take a token before the coroutine starts, put it back when it ends.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    tokens = asyncio.Queue()
    for token in range(limit):
        tokens.put_nowait(token)

    async def run(coro):
        try:
            token = await tokens.get()
            try:
                return await coro
            finally:
                tokens.put_nowait(token)  # wakes the next coroutine waiting for a token
        finally:
            coro.close()  # a coroutine that never started is closed, not left "never awaited"

    return await asyncio.gather(*(run(coro) for coro in coros))
