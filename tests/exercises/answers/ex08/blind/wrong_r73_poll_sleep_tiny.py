# Written from the student copy alone, without seeing the check or the solution.
# Mistake: the dispatcher polls with a tiny asyncio.sleep(1e-6) ("almost zero"), which is still a timer, so the loop rests before each look.
# Breaks: "the loop never rests while a place stands free and coroutines wait to start [...] a loop that sleeps and then looks, has only its timer, and the loop rests meanwhile"
# Note: a probe. A 1 us timer is already due by the next turn, so in my own tracer this busy poll never rested with a place free and did rest while all places were taken: it may meet both measured rules.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    tasks = []
    running = set()
    for coro in coros:
        while len(running) >= limit:
            await asyncio.sleep(1e-6)
        task = asyncio.create_task(coro)
        running.add(task)
        task.add_done_callback(running.discard)
        tasks.append(task)
    return await asyncio.gather(*tasks)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"once a coroutine had ended, the event loop never waited while every place (was|were) taken and coroutines waited to start: it always had a"
