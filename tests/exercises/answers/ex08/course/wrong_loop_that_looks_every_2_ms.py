# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 67.
# Wrong: a window of tasks that sleeps 2 ms, then looks which have ended and refills: a freed place waits up to 2 ms for the next
# look, shorter than the first coroutine's 5 ms sleep, which the check's earlier polls could not see.
import asyncio


async def gather_limited(coros, limit):
    coros = list(coros)
    results = [None] * len(coros)
    running = {}
    i = 0
    while i < len(coros) or running:
        while i < len(coros) and len(running) < limit:
            running[asyncio.ensure_future(coros[i])] = i
            i += 1
        await asyncio.sleep(0.002)
        for task in [task for task in running if task.done()]:
            results[running.pop(task)] = task.result()
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited left a freed place empty while coroutines waited to start: [\d,.]+ times, the event loop rested \(it began a turn with no callback ready\) while fewer than [\d,.]+ coroutines ran"
