# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 73.
# Wrong: sleep-and-look every microsecond (a timer already due by the next turn), while the tasks carry done
# callbacks that store results: the loop never waits while every place is taken.
import asyncio
async def gather_limited(coros, limit):
    coros = list(coros)
    results = [None] * len(coros)
    running = set()
    i = 0
    def store(idx):
        def cb(t):
            running.discard(t)
        return cb
    tasks = []
    while i < len(coros) or running:
        while i < len(coros) and len(running) < limit:
            t = asyncio.ensure_future(coros[i]); t.add_done_callback(store(i)); running.add(t); tasks.append(t)
            i += 1
        await asyncio.sleep(1e-6)
    return [t.result() for t in tasks]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"once a coroutine had ended, the event loop never waited while every place was taken"
