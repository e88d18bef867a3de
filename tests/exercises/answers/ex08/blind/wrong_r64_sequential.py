# Written from the student copy alone, without seeing the check or the solution.
# Mistake: awaits the coroutines one after another, so never more than one runs and `limit - 1` places stay idle.
# Breaks: "Start the next coroutine as soon as a place is free."
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    results = []
    for coro in coros:
        results.append(await coro)
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited never ran more than one coroutine at once"
