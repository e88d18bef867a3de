# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the window test is <= limit, so limit + 1 coroutines run at once.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    source = iter(enumerate(coros))
    results = {}
    index_of = {}
    pending = set()
    exhausted = False

    def start_next():
        nonlocal exhausted
        for index, coro in source:
            task = asyncio.ensure_future(coro)
            index_of[task] = index
            pending.add(task)
            return
        exhausted = True

    while not exhausted and len(pending) <= limit:  # one too many
        start_next()
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            results[index_of.pop(task)] = task.result()
            if not exhausted:
                start_next()
    return [results[i] for i in range(len(results))]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited ran [\d,.]+ coroutines at once"
