# Written from the student copy alone, without seeing the check or the solution.
# Mistake: the dispatcher polls a counter of running coroutines, sleeping 10 ms whenever every place is taken, so a freed place stays idle until the next look.
# Breaks: "the loop never rests while a place stands free and coroutines wait to start."
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    running = 0
    tasks = []

    async def run(coro):
        nonlocal running
        try:
            return await coro
        finally:
            running -= 1

    try:
        for coro in coros:
            while running >= limit:
                await asyncio.sleep(0.01)  # check again in a moment
            running += 1
            tasks.append(asyncio.create_task(run(coro)))
    except BaseException:
        for task in tasks:
            task.cancel()
        for coro in coros[len(tasks):]:
            coro.close()
        raise
    return await asyncio.gather(*tasks)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited left a freed place empty while coroutines waited to start: [\d,.]+ times, the event loop rested \(it began a turn with no"
