# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 76.
# Wrong: workers on a semaphore that run everything, errors kept for the end; a failed coroutine releases its
# permit twice, so after an error one more runs than the limit
import asyncio

async def gather_limited(coros, limit):
    semaphore = asyncio.Semaphore(limit)
    errors = []

    async def one(coro):
        await semaphore.acquire()
        try:
            return await coro
        except Exception as e:
            errors.append(e)
            semaphore.release()
        finally:
            semaphore.release()

    results = await asyncio.gather(*(one(c) for c in coros))
    if errors:
        raise errors[0]
    return results

# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"coros\[[\d,.]+\], of [\d,.]+ coroutines, raised PlantedError\('coros\[[\d,.]+\] failed on purpose'\), and your gather_limited ran [\d,.]+ coroutines at once, counted until"
