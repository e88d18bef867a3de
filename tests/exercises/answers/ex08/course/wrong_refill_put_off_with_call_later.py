# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 72.
# Wrong: each task's done callback puts off the next start with loop.call_later(0, ...): a timer, which the copy
# says is not a ready callback, so the loop rests with the place free until it fires.
import asyncio
async def gather_limited(coros, limit):
    loop = asyncio.get_running_loop()
    coros = list(coros)
    tasks = [None] * len(coros)
    finished = loop.create_future()
    nxt = 0
    def start():
        nonlocal nxt
        if nxt < len(coros):
            i = nxt; nxt += 1
            t = tasks[i] = loop.create_task(coros[i])
            t.add_done_callback(on_done)
    def on_done(t):
        if t.cancelled() or t.exception() is not None:
            if not finished.done():
                finished.set_exception(t.exception() if not t.cancelled() else asyncio.CancelledError())
            return
        if all(x is not None and x.done() for x in tasks) and not finished.done():
            finished.set_result(None)
        loop.call_later(0, start)
    for _ in range(min(limit, len(coros))):
        start()
    try:
        await finished
    finally:
        for t in tasks:
            if t is not None: t.cancel()
        for c in coros[nxt:]:
            c.close()
    return [t.result() for t in tasks]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited left a freed place empty while coroutines waited to start: [\d,.]+ times, the event loop rested"
