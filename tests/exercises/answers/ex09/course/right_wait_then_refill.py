# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# Right: fills the window, then after each wait(FIRST_COMPLETED) puts in one new item per finished
# future: the next item is taken only once a future has finished, and the finished futures are let go
# at the next wait (the check allows as many finished ones held as the window).
from distributed import wait


def send_windowed(client, fn, items, window):
    items = iter(items)
    index_of: dict = {}
    results: dict = {}
    for index, item in zip(range(window), items):
        index_of[client.submit(fn, item)] = index
    index = len(index_of)
    while index_of:
        done = wait(list(index_of), return_when="FIRST_COMPLETED").done
        for future in done:
            results[index_of.pop(future)] = future.result()
        for item in items:  # one new item per finished future
            index_of[client.submit(fn, item)] = index
            index += 1
            if len(index_of) == window:
                break
    return [results[index] for index in range(len(results))]
