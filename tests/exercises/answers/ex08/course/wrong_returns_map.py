# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 76.
# Wrong: returns a lazy map object, not a list (len(), indexing and a second pass all fail for the caller)
import asyncio

async def gather_limited(coros, limit):
    semaphore = asyncio.Semaphore(limit)

    async def one(coro):
        async with semaphore:
            return await coro

    tasks = [asyncio.create_task(one(c)) for c in coros]
    await asyncio.gather(*tasks)
    return map(asyncio.Task.result, tasks)

# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited returned the right results in a map, not a list\. Hint: return a list, as asyncio\.gather does: list\(\.\.\.\) of what you"
