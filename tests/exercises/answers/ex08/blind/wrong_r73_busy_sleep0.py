# Written from the student copy alone, without seeing the check or the solution.
# Mistake: a polling dispatcher that, whenever it has nothing to start, looks again after await asyncio.sleep(0), so the loop never rests, not even while every place is taken.
# Breaks: "the loop rests at least once while every place is taken. [...] a loop around `asyncio.sleep(0)` always has its next look ready, and never lets the loop rest."
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    tasks = []
    while len(tasks) < len(coros) or not all(task.done() for task in tasks):
        running = sum(not task.done() for task in tasks)
        if running < limit and len(tasks) < len(coros):
            tasks.append(asyncio.create_task(coros[len(tasks)]))
        else:
            await asyncio.sleep(0)  # give the others a turn, then look again
    return [task.result() for task in tasks]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"once a coroutine had ended, the event loop never waited while every place (was|were) taken and coroutines waited to start: it always had a"
