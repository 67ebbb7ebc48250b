"""RQ jobs and the `rq cron` schedule. Jobs take plain values and build their own app."""
