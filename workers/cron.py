"""The `rq cron` schedule (Procfile: `cron: rq cron workers/cron.py`).

The jobs and their intervals are the table in workers/schedule.py, which
`mostrador cron list` prints and `mostrador cron run NAME` runs by hand.
"""

from rq import cron

from workers.schedule import SCHEDULE

for scheduled in SCHEDULE:
    cron.register(
        scheduled.job.function(),
        "default",
        interval=scheduled.every,
        job_timeout=scheduled.timeout,
        name=scheduled.name,
    )
