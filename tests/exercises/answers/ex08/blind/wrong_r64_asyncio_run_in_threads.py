# Written from the student copy alone, without seeing the check or the solution.
# Mistake: runs each coroutine with asyncio.run in a pool of `limit` threads, so each one runs in a new event loop of its own.
# Breaks: "Run them all in the caller's event loop, as `asyncio.gather` does (not with `asyncio.run` in threads): a coroutine may use what belongs to its loop."
import asyncio
from concurrent.futures import ThreadPoolExecutor


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=limit) as pool:
        futures = [loop.run_in_executor(pool, asyncio.run, coro) for coro in coros]
        return await asyncio.gather(*futures)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited ran coroutines in \d+ event loops; they must all run in the caller's"
