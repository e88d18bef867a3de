# Written from the student copy alone, without seeing the check or the solution.
# WRONG: each coroutine runs with asyncio.run in a ThreadPoolExecutor(limit), in a new event loop per thread, not the caller's loop.
import asyncio
from concurrent.futures import ThreadPoolExecutor


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    loop = asyncio.get_running_loop()
    pool = ThreadPoolExecutor(max_workers=limit)
    futures = [loop.run_in_executor(pool, asyncio.run, c) for c in coros]
    return list(await asyncio.gather(*futures))  # pool never shut down either


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited ran coroutines in [\d,.]+ event loops"
