# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 66.
# Wrong: a window refilled by asyncio.wait(..., timeout=0.08) without FIRST_COMPLETED: it refills only every 80 ms, short enough that every other coroutine starts while the first runs.
import asyncio


async def gather_limited(coros, limit):
    coros = list(coros)
    results = [None] * len(coros)
    running, place, i = set(), {}, 0
    while i < len(coros) or running:
        while i < len(coros) and len(running) < limit:
            task = asyncio.ensure_future(coros[i])
            place[task] = i
            running.add(task)
            i += 1
        done, running = await asyncio.wait(running, timeout=0.08)
        for task in done:
            results[place[task]] = task.result()
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
# Beside a busy machine the first coroutine may stop waiting for the others (none started or ended for 50 ms)
# before the wait times out: then the count of those started beside it names the same mistake first.
FAILS_WITH = (r"your gather_limited left a freed place empty while coroutines waited to start: [\d,.]+ times, the "
              r"event loop rested \(it began a turn with no callback ready\) while fewer than [\d,.]+ coroutines ran"
              r"|your gather_limited started only [\d,.]+ of the [\d,.]+ others, .*a wait with a timeout instead of "
              r"return_when=FIRST_COMPLETED")
