# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: two ThreadPoolExecutors chained with map: each map submits everything at once.
import concurrent.futures as cf


def pipeline(items, render, upload, workers):
    with cf.ThreadPoolExecutor(workers) as renderers, cf.ThreadPoolExecutor(workers) as uploaders:
        payloads = renderers.map(render, items)
        return sum(uploaders.map(upload, payloads))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pipeline had [\d,.]+ payloads alive at once \(of [\d,.]+\); with [\d,.]+ workers a stage,"
