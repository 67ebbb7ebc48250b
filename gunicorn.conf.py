"""gunicorn's settings for the `web` process (Procfile); gunicorn reads this file from
the working directory. Sizing: README, "Production".

- `preload_app`: the app is imported once in the master, before the port opens, and
  forked warm; workers never import it while requests wait.
- `post_fork`: each worker drops the master's database connections and runs the
  webhook's statements once (bot/web/warm.py); `/readyz` says ready only after that.
"""

import os

bind = f"0.0.0.0:{os.environ.get('PORT', '5000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
threads = int(os.environ.get("WEB_THREADS", "4"))
preload_app = True


def post_fork(server, worker):  # type: ignore[no-untyped-def]
    from bot.web.warm import after_fork

    after_fork(server.app.wsgi())
