"""Running background jobs: on RQ when REDIS_URL is set, in-process otherwise.

A job is a `Job` handle declared once in `workers/jobs.py` (the registry, the one
place that names job functions by dotted path, checked when the worker starts).
Code elsewhere enqueues the handle, never a string: `enqueue(app, SEND_MESSAGE, 7)`,
and mypy checks the arguments against the handle's parameters. The core stays free
of the workers package; jobs take plain values (ids, numbers) only.
"""

from __future__ import annotations

import importlib
import inspect
import logging
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, ParamSpec

from flask import Flask

log = logging.getLogger(__name__)
P = ParamSpec("P")

# Backoff for jobs that talk to other systems (the ERP, Twilio): 10 s ... 1 h.
RETRY_INTERVALS = [10, 30, 60, 300, 900, 1800, 3600]


@dataclass(frozen=True)
class Job(Generic[P]):
    """A background job: the function RQ imports by `path`, called with plain values."""

    path: str
    retry: bool = True
    # Named on the queue after its path and values (`_job_id`), so `waiting()` can tell
    # whether this call is still queued, scheduled or running (a turn per message).
    unique: bool = False

    def later(self, *args: P.args, **kwargs: P.kwargs) -> Later:
        """This job with its arguments, to enqueue once the caller's transaction commits."""
        return Later(self, args)

    def implemented_by(self, function: Callable[P, Any]) -> None:
        """For mypy (workers/jobs.py): `function` takes exactly this job's values."""

    def function(self) -> Callable[..., Any]:
        module, _, name = self.path.rpartition(".")
        found = getattr(importlib.import_module(module), name, None)
        if not callable(found):
            raise LookupError(f"job {self.path} names no function")
        return found

    def check(self, arity: int) -> None:
        """Raise unless `path` is a function taking `arity` positional values."""
        parameters = inspect.signature(self.function()).parameters.values()
        positional = [p for p in parameters if p.kind is p.POSITIONAL_OR_KEYWORD]
        required = [p for p in positional if p.default is p.empty]
        if not len(required) <= arity <= len(positional):  # defaults may be left out
            raise LookupError(f"job {self.path} takes {len(positional)} values, not {arity}")


@dataclass(frozen=True)
class Later:
    """A job and its arguments, queued after commit (a turn's replies, an ERP export)."""

    job: Job[Any]
    args: tuple[Any, ...]


def queue_of(app: Flask, url: str) -> Any:
    """One Redis connection pool and queue per app (per process), not one per job."""
    from redis import Redis
    from rq import Queue

    cached = app.extensions.get("mostrador.queue")
    if cached is None or cached[0] != url:
        # Timeouts: with Redis unreachable, a webhook must fail fast (503), not hang.
        redis = Redis.from_url(url, socket_connect_timeout=5, socket_timeout=10)
        cached = (url, Queue("default", connection=redis))
        app.extensions["mostrador.queue"] = cached
    return cached[1]


def enqueue(app: Flask, job: Job[P], *args: P.args, **kwargs: P.kwargs) -> None:
    """Run `job(*args)` on the queue, or right now when there is no Redis."""
    _run(app, Later(job, args))


def enqueue_all(app: Flask, calls: list[Later]) -> None:
    """Enqueue what a transaction decided, in order, once it has committed."""
    for call in calls:
        _run(app, call)


def _run(app: Flask, call: Later) -> None:
    url = app.config.get("REDIS_URL")
    job = call.job
    if url:
        _push(queue_of(app, url), call)
        return
    try:
        job.function()(*call.args)
    except Exception:  # in-process: log and leave it for the sweep to retry
        log.exception("job %s%r failed; it will be retried by the sweep", job.path, call.args)


# What `Queue.enqueue_job` writes for a job without dependencies, rate limit or
# uniqueness check (ours), in one atomic command instead of a MULTI/EXEC of five: the
# queue's registration, the job's hash (RQ's own `Job.to_dict`, status included) and
# the push. A webhook enqueues on its acknowledgement path: this halves the CPU RQ's
# pipeline took there (issue #19); workers read the job exactly as RQ wrote it.
_PUSH = """
redis.call('SADD', KEYS[3], KEYS[2])
redis.call('HSET', KEYS[1], unpack(ARGV, 2))
redis.call('RPUSH', KEYS[2], ARGV[1])
return 1
"""


def _push(queue: Any, call: Later) -> None:
    keys = [None, queue.key, queue.redis_queues_keys]
    job = call.job
    same_shape = job.unique and all(type(value) is int for value in call.args)
    shapes: dict[Job[Any], Any] = queue.__dict__.setdefault("_mostrador_shapes", {})
    if same_shape and job in shapes:
        job_id = _job_id(call)
        keys[0] = queue.job_class.key_for(job_id)
        shapes[job](keys=keys, args=[job_id, *_varying(queue, call)])
        return
    script = getattr(queue, "_mostrador_push", None)
    if script is None:
        script = queue._mostrador_push = queue.connection.register_script(_PUSH)
    job_id, fields = _rq_hash(queue, call)
    args: list[Any] = [job_id]
    for key, value in fields.items():
        args += (key, value)
    keys[0] = queue.job_class.key_for(job_id)
    script(keys=keys, args=args)
    if same_shape:
        shapes[job] = queue.connection.register_script(_shaped_push(queue, fields))


def _rq_hash(queue: Any, call: Later) -> tuple[str, dict[str, Any]]:
    """The job's id and the hash RQ writes for it on `queue`: `Job.create`, then what
    `Queue._prepare_for_queue` sets, then `Job.to_dict`."""
    from rq import Retry
    from rq.job import JobStatus
    from rq.utils import now

    job = call.job
    rq_job = queue.create_job(
        job.path,
        args=call.args,
        retry=Retry(max=len(RETRY_INTERVALS), interval=RETRY_INTERVALS) if job.retry else None,
        job_id=_job_id(call) if job.unique else None,
    )
    rq_job.redis_server_version = queue.get_redis_server_version()
    rq_job.origin = queue.name
    rq_job.enqueued_at = now()
    if rq_job.timeout is None:
        rq_job.timeout = queue._default_timeout
    rq_job._status = JobStatus.QUEUED
    fields: dict[str, Any] = rq_job.to_dict()
    return rq_job.id, fields


# The hash fields that differ between two calls of a unique job with whole-number
# values (a turn per message id), filled in by `_varying`, in this order.
_VARYING = ("created_at", "enqueued_at", "data", "description")


def _shaped_push(queue: Any, fields: dict[str, Any]) -> str:
    """`_PUSH` for every later call of the job RQ built `fields` for (issue #19): its
    other fields, the same each time, are written into the script (RQ's job object
    and the packing of 18 fields were half the enqueue's CPU); ARGV: the job's id and
    `_VARYING`'s values. tests/test_webhook_lean.py checks the hash is RQ's."""
    encode = queue.connection.get_encoder().encode
    pairs = [f"'{name}', ARGV[{n}]" for n, name in enumerate(_VARYING, start=2)]
    for name, value in fields.items():
        if name not in _VARYING:
            pairs.append(f"{_lua(encode(name))}, {_lua(encode(value))}")
    return _PUSH.replace("unpack(ARGV, 2)", ", ".join(pairs))


def _lua(raw: bytes) -> str:
    """A Lua string literal of these bytes, every byte escaped (no quoting to get wrong)."""
    return '"' + "".join(f"\\{byte:03d}" for byte in raw) + '"'


def _varying(queue: Any, call: Later) -> tuple[str, str, bytes, str]:
    """`_VARYING` for this call as RQ would write them: the times, the pickled call
    (`Job.data`) and its description (`Job.get_call_string`)."""
    from rq.utils import get_call_string, now, utcformat

    path = call.job.path
    stamp = utcformat(now())
    data = zlib.compress(queue.serializer.dumps((path, None, call.args, {})))
    description = get_call_string(path, call.args, {}, max_length=75) or ""
    return stamp, stamp, data, description


def _job_id(call: Later) -> str:
    """RQ's job ids take letters, digits, `_` and `-`: `workers_turns_handle_inbound-12`."""
    return "-".join([call.job.path.replace(".", "_"), *map(str, call.args)])


def waiting(app: Flask, call: Later) -> bool:
    """Whether `call` (of a `unique` job) is queued, scheduled for a retry or running.

    False without Redis (jobs run in-process); RedisError when Redis cannot be reached.
    """
    url = app.config.get("REDIS_URL")
    if not url or not call.job.unique:
        return False
    from rq.exceptions import NoSuchJobError
    from rq.job import Job as RQJob
    from rq.job import JobStatus

    try:
        status = RQJob.fetch(_job_id(call), connection=queue_of(app, url).connection).get_status()
    except NoSuchJobError:
        return False
    return status in (JobStatus.QUEUED, JobStatus.SCHEDULED, JobStatus.STARTED, JobStatus.DEFERRED)
