# Written from the student copy alone, without seeing the check or the solution.
# Mistake: runs each coroutine with asyncio.run in a pool of `limit` threads (each in an
# event loop of its own), and waits for them with run_in_executor.
# Breaks: "Run them all in the caller's event loop, as `asyncio.gather` does (not with
# `asyncio.run` in threads)".
import asyncio
from concurrent.futures import ThreadPoolExecutor


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=limit) as pool:
        return await asyncio.gather(*(loop.run_in_executor(pool, asyncio.run, c) for c in coros))

# Added by the course: the message its check must fail with.
FAILS_WITH = r"your gather_limited ran coroutines in \d+ event loops; they must all run in the caller's"
