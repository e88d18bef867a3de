# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 76.
# Wrong: the main path unwraps the TaskGroup's ExceptionGroup, but the fast path for short inputs lets the group out
NEEDS_PYTHON = (3, 11)
import asyncio

async def gather_limited(coros, limit):
    coros = list(coros)
    if len(coros) <= limit:  # they all fit: one task group, no semaphore
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(c) for c in coros]
        return [t.result() for t in tasks]
    semaphore = asyncio.Semaphore(limit)

    async def one(coro):
        async with semaphore:
            return await coro

    try:
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(one(c)) for c in coros]
    except ExceptionGroup as eg:
        raise eg.exceptions[0]
    return [t.result() for t in tasks]

# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"coros\[[\d,.]+\], of [\d,.]+ coroutines, raised PlantedError\('coros\[[\d,.]+\] failed on purpose'\), but gather_limited\(coros, limit=[\d,.]+\) raised ExceptionGroup: unhandled"
