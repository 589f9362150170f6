"""Requests sent at the same moment from several threads (a double click, a retried request, two tabs),
for transactional tests (`pytest.mark.django_db(transaction=True)`): each thread has its own database
connection, so the database's constraints and locks decide, as between two app server workers."""

import threading

from django.db import connection


def at_the_same_moment(requests):
    """Run each callable in its own thread, released together; return their results in order."""
    barrier = threading.Barrier(len(requests))
    results = [None] * len(requests)
    errors = []

    def run(index, request):
        try:
            barrier.wait(timeout=10)
            results[index] = request()
        except Exception as error:  # reported in the main thread
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i, request)) for i, request in enumerate(requests)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    return results


def server_errors(responses):
    """The status codes of the responses that are server errors (5xx)."""
    return [response.status_code for response in responses if response.status_code >= 500]
