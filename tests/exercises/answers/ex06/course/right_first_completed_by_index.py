# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# Right: wait(FIRST_COMPLETED) and a dict from future to index: results by index.
import concurrent.futures as cf


def windowed_map(executor, fn, items, window):
    index_of: dict = {}
    results: dict = {}
    for index, item in enumerate(items):
        if len(index_of) == window:
            done, _ = cf.wait(index_of, return_when=cf.FIRST_COMPLETED)
            for future in done:
                results[index_of.pop(future)] = future.result()
        index_of[executor.submit(fn, item)] = index
    for future, index in index_of.items():
        results[index] = future.result()
    return [results[index] for index in range(len(results))]
