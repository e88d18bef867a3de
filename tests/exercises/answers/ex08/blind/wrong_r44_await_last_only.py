# Written from the student copy alone, without seeing the check or the solution.
# WRONG: returns before the work is finished: it awaits only the last task started, assuming it finishes last, so slower ones are still None.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = [None] * len(coros)
    semaphore = asyncio.Semaphore(limit)

    async def guarded(index, coro):
        async with semaphore:
            results[index] = await coro

    tasks = [asyncio.create_task(guarded(index, coro)) for index, coro in enumerate(coros)]
    if tasks:
        await tasks[-1]  # the last to get a permit is the last to finish... not when durations differ
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"gather_limited returned after [\d,.]+ of [\d,.]+ coroutines finished\. Hint: await every one of them\."
