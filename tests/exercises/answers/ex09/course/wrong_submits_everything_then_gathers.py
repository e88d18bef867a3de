# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: submits every item, then gathers: no window (and client.gather, which the lab's client lacks).


def send_windowed(client, fn, items, window):
    return client.gather([client.submit(fn, item) for item in items])


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"send_windowed\(client, fn, items, window=[\d,.]+\) raised AttributeError: the client"
