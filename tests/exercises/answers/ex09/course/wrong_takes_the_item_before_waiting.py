# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: wait(FIRST_COMPLETED) as in exercise 6, but the next item is taken before a future has
# finished: window + 1 items held, which the notebook rules out. (Until the checks counted it exactly, it was kept as right.)

def send_windowed(client, fn, items, window):
    from distributed import wait

    index_of: dict = {}
    results: dict = {}
    for index, item in enumerate(items):
        if len(index_of) == window:
            done = wait(list(index_of), return_when="FIRST_COMPLETED").done
            for future in done:
                results[index_of.pop(future)] = future.result()
        index_of[client.submit(fn, item)] = index
    for future, index in index_of.items():
        results[index] = future.result()
    return [results[index] for index in range(len(results))]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your send_windowed took [\d,.]+ items from the input before their tasks finished; the"
