# Written from the student copy alone, without seeing the check or the solution.
# Approach: a sliding window of at most `limit` tasks; each round awaits the first result that asyncio.as_completed yields for the window, then refills every freed place.
import asyncio

_DONE = object()


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    source = iter(coros)
    tasks = []
    window = set()
    try:
        while True:
            while len(window) < limit:
                coro = next(source, _DONE)
                if coro is _DONE:
                    break
                task = asyncio.ensure_future(coro)
                tasks.append(task)
                window.add(task)
            if not window:
                break
            await next(iter(asyncio.as_completed(window)))  # raises if the first to end failed
            ended = {task for task in window if task.done()}
            window -= ended
            for task in ended:
                task.result()
    except BaseException:
        for task in window:
            task.cancel()
        for coro in source:
            coro.close()
        raise
    return [task.result() for task in tasks]
