# Written from the student copy alone, without seeing the check or the solution.
# WRONG: breaks "while only a few items are in flight at any moment: resident memory may grow at most
# 100 MiB": ThreadPoolExecutor.map (without 3.14's buffersize) submits every item before it yields a
# result, so it takes the whole stream at once, 100,000 payloads of 64 KiB.
from concurrent.futures import ThreadPoolExecutor


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    with ThreadPoolExecutor(max_workers=workers) as executor:
        return sum(executor.map(process, items))

# Added by the course: the message its check must fail with.
FAILS_WITH = r"your process_stream held too much at once: .* with [\d,]+ items \([\d,.]+ MiB of payload\) taken from the stream and not yet processed"
