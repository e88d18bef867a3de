# Written from the student copy alone, without seeing the check or the solution.
# Mistake: asyncio.wait(pending, timeout=0.002) (default ALL_COMPLETED) is used to "check every 2 ms" what ended, so a freed place is refilled only when the timeout fires.
# Breaks: "the loop never rests while a place stands free and coroutines wait to start [...] A wait with a timeout [...] has only its timer, and the loop rests meanwhile"
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    next_index = 0
    tasks = []
    pending = set()
    while True:
        while len(pending) < limit and next_index < len(coros):
            task = asyncio.create_task(coros[next_index])
            next_index += 1
            tasks.append(task)
            pending.add(task)
        if not pending:
            break
        done, pending = await asyncio.wait(pending, timeout=0.002)
        for task in done:
            task.result()  # raises the coroutine's exception, if any
    return [task.result() for task in tasks]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited left a freed place empty while coroutines waited to start: [\d,.]+ times, the event loop rested \(it began a turn with no"
