# Written from the student copy alone, without seeing the check or the solution.
# Mistake: the dispatcher waits for a free place in a loop around asyncio.sleep(0), so it looks again every turn and the loop never waits while every place is taken.
# Breaks: "once a coroutine has ended, the loop *waits* (rests until a timer that is not yet due) at least once while every place is taken."
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
                await asyncio.sleep(0)  # give the running ones a turn, then look again
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
FAILS_WITH = r"once a coroutine had ended, the event loop never waited while every place (was|were) taken and coroutines waited to start: it always had a"
