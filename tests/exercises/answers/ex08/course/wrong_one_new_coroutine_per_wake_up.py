# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 66.
# Wrong: a window refilled with asyncio.wait(FIRST_COMPLETED), but with one new coroutine per wake-up however many ended: the others' places stay free.
import asyncio


async def gather_limited(coros, limit):
    coros = list(coros)
    results = [None] * len(coros)
    running = {}
    i = 0
    while i < len(coros) and len(running) < limit:
        running[asyncio.ensure_future(coros[i])] = i
        i += 1
    while running:
        done, _ = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            results[running.pop(task)] = task.result()
        if i < len(coros):  # one new coroutine, however many ended
            running[asyncio.ensure_future(coros[i])] = i
            i += 1
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited left a freed place empty while coroutines waited to start: [\d,.]+ times, the event loop rested \(it began a turn with no callback ready\) while fewer than [\d,.]+ coroutines ran"
