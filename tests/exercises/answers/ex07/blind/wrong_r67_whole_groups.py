# Written from the student copy alone, without seeing the check or the solution.
# Mistake: takes `workers` items at a time, uploads the group in parallel and waits for all of it before taking the next group, so the slow upload holds up the whole group.
# Breaks: "do not wait for a whole group of uploads to end before you start more"
from concurrent.futures import ThreadPoolExecutor, wait
from itertools import islice


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""

    def render_and_upload(item):
        return upload(render(item))

    remaining = iter(items)
    total = 0
    with ThreadPoolExecutor(max_workers=workers) as executor:
        while True:
            group = [executor.submit(render_and_upload, item) for item in islice(remaining, workers)]
            if not group:
                return total
            wait(group)  # every upload of the group has ended before anything raises
            for future in group:
                total += future.result()


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while the upload of item [\d,.]+ took [\d,.]+ ms longer than the others, your pipeline took no item from the input and began no upload once another"
