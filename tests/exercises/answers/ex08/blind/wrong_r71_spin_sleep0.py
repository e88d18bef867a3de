# Written from the student copy alone, without seeing the check or the solution.
# Mistake: the dispatcher loop looks again at once with asyncio.sleep(0) instead of waiting for a task to end: one loop turn per look.
# Breaks: "Wait, rather than look again at once: a loop around `asyncio.sleep(0)` makes a turn of the event loop for every look, and the check allows at most 3,000 turns in that run"
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    tasks = []
    running = set()
    try:
        while True:
            for task in [task for task in running if task.done()]:
                running.discard(task)
                task.result()  # raises the coroutine's exception, if any
            while len(tasks) < len(coros) and len(running) < limit:
                task = asyncio.ensure_future(coros[len(tasks)])
                tasks.append(task)
                running.add(task)
            if not running:
                break
            await asyncio.sleep(0)
    except BaseException:
        for task in running:
            task.cancel()
        for coro in coros[len(tasks):]:
            coro.close()
        raise
    return [task.result() for task in tasks]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"once a coroutine had ended, the event loop never waited while every place was taken"
