# Written from the student copy alone, without seeing the check or the solution.
# Mistake: the dispatcher sleeps 1 ms and then looks at how many tasks still run, so a freed place waits for the sleep's timer.
# Breaks: "the loop never rests while a place stands free and coroutines wait to start [...] a loop that sleeps and then looks, has only its timer, and the loop rests meanwhile"
# Note: a probe. epoll waits in whole milliseconds, so a 1 ms poll timer often fires in the same turn as a task's end; my own tracer saw it rest with a place free only now and then.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    tasks = []
    for coro in coros:
        while sum(not task.done() for task in tasks) >= limit:
            await asyncio.sleep(0.001)
        tasks.append(asyncio.create_task(coro))
    return await asyncio.gather(*tasks)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited left a freed place empty while coroutines waited to start: [\d,.]+ times, the event loop rested \(it began a turn with no"
