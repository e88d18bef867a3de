# Written from the student copy alone, without seeing the check or the solution.
# WRONG: runs each coroutine with asyncio.run in a pool of limit threads, so they run in other event loops, not the caller's.
import asyncio
from concurrent.futures import ThreadPoolExecutor


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=limit) as pool:
        futures = [loop.run_in_executor(pool, asyncio.run, coro) for coro in coros]
        return await asyncio.gather(*futures)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited ran coroutines in [\d,.]+ event loops"
