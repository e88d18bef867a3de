# Written from the student copy alone, without seeing the check or the solution.
# Mistake: `limit` worker tasks, but waits for them with
# asyncio.wait(..., return_when=FIRST_COMPLETED) (copied from a window example): returns
# when the first worker runs out of work, while the others are still running their last
# coroutines; their results are still None.
# Breaks: "await every coroutine ... and return their results" (all finished, in order).
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = [None] * len(coros)
    pending = iter(enumerate(coros))

    async def worker():
        for i, coro in pending:
            results[i] = await coro

    workers = [asyncio.create_task(worker()) for _ in range(min(limit, len(coros)))]
    done, _ = await asyncio.wait(workers, return_when=asyncio.FIRST_COMPLETED)
    for task in done:
        task.result()
    return results

# Added by the course: the message its check must fail with.
FAILS_WITH = r"gather_limited returned after \d+ of 40 coroutines finished\. Hint: await every one of them\."
