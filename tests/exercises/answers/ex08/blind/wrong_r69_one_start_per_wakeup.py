# Written from the student copy alone, without seeing the check or the solution.
# Mistake: the dispatcher starts exactly one new coroutine per wake-up of asyncio.wait(FIRST_COMPLETED), even when two or more ended in the same pass, so the extra freed places stay empty.
# Breaks: "Start the next coroutine as soon as a place is free."
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = [None] * len(coros)
    index_of = {}
    window = set()
    next_index = 0

    def start_one():
        nonlocal next_index
        task = asyncio.create_task(coros[next_index])
        index_of[task] = next_index
        window.add(task)
        next_index += 1

    try:
        while next_index < len(coros) and len(window) < limit:
            start_one()
        while window:
            done, window = await asyncio.wait(window, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                results[index_of.pop(task)] = task.result()
            if next_index < len(coros):
                start_one()  # one place freed, one new coroutine
        return results
    except BaseException:
        for task in window:
            task.cancel()
        for coro in coros[next_index:]:
            coro.close()
        raise


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited left a freed place empty while coroutines waited to start: [\d,.]+ times, the event loop rested \(it began a turn with no callback ready\) while fewer than [\d,.]+ coroutines ran"
