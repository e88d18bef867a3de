# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: asyncio.gather with no bound: every coroutine at once.
import asyncio


async def gather_limited(coros, limit):
    return await asyncio.gather(*coros)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited ran [\d,.]+ coroutines at once; the limit was [\d,.]+\."
