"""gunicorn's settings for production: ``gunicorn newsroom.wsgi -c gunicorn.conf.py --bind ...``

A client that is slow to send its request or to read its answer must not hold up anyone
else's. gunicorn's default sync worker serves one connection at a time and reads a
request's headers until they are complete, so a handful of connections that never finish
their headers stall every worker (gunicorn's design notes ask for a buffering proxy in
front of sync workers). Threaded workers keep a slow connection on one thread while the
worker's other threads serve everyone else, and a connection that sends nothing for a
while goes back to the worker's poller instead of holding a thread.
tests/newsroom/test_production_server.py starts gunicorn with this file and checks it.
"""

# Threads, not processes, for waiting on clients: each worker serves up to ``threads``
# requests at once, and a slow client ties up one thread, never a whole worker.
worker_class = "gthread"
# One process per core and a spare is gunicorn's rule of thumb; four is where a small
# server starts. Each thread keeps its own PostgreSQL connection (CONN_MAX_AGE), so the
# database must allow workers x threads connections per app server (here 32).
workers = 4
threads = 8
# Cleaning and saving a text near the 20 MB limit takes about 25 s on one core;
# gunicorn's default 30 s would cut such an upload off.
timeout = 120
# Seconds an idle kept-alive connection may hold its place before it is closed.
keepalive = 5
# Let requests in flight finish on a restart or a deploy.
graceful_timeout = 30
