# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 76.
# Right: a sliding window; after an error, the ones running finish, no more start, and the error is raised
import asyncio

async def gather_limited(coros, limit):
    results = [None] * len(coros)
    it = iter(enumerate(coros))
    pending = {}
    error = None
    for i, c in it:
        pending[asyncio.create_task(c)] = i
        if len(pending) == limit:
            break
    while pending:
        done, _ = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for t in done:
            i = pending.pop(t)
            if t.exception() is not None:
                error = error or t.exception()
            else:
                results[i] = t.result()
        while error is None and len(pending) < limit:
            nxt = next(it, None)
            if nxt is None:
                break
            pending[asyncio.create_task(nxt[1])] = nxt[0]
    if error is not None:
        for _, c in it:
            c.close()
        raise error
    return results
