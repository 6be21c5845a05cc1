"""`Metrics`: what `GET /metrics` exposes, through `prometheus_client` (text format 0.0.4).

One registry per app (tests start many apps in one process):
- `captionist_files_processed_total{source,outcome}` and `captionist_processing_seconds` for files the API processed (`source` = `embed` or `job`);
- `captionist_webhook_deliveries_total{result}`;
- `captionist_queue_depth{queue}`, read when scraped;
- the watch-folder daemon's own series when it runs in this process, read from
  `Daemon.metrics()` at scrape time: `captionist_daemon_files_total{status}`, the
  drop-to-done histogram `captionist_daemon_latency_seconds`, `captionist_daemon_queue_depth`,
  `captionist_daemon_in_flight`, `captionist_daemon_worker_restarts_total`,
  `captionist_daemon_held_expired_total`, `captionist_daemon_records` and
  `captionist_daemon_record_errors`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily

BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


class _ScrapeTime:
    """A collector whose values are read when Prometheus scrapes: queue depths and the
    in-process daemon's figures (which it keeps itself, guarded by its own lock)."""

    def __init__(self, queues: Callable[[], dict[str, float]], daemon: Callable[[], Any]):
        self.queues, self.daemon = queues, daemon

    def collect(self):
        depth = GaugeMetricFamily("captionist_queue_depth", "Items waiting, by queue.", labels=["queue"])
        for name, value in sorted(self.queues().items()):
            depth.add_metric([name], value)
        yield depth
        try:
            m = self.daemon()
        except Exception:  # noqa: BLE001 - a daemon that cannot answer must not fail the scrape
            m = None
        if isinstance(m, dict):
            yield from _daemon_families(m)


def _daemon_families(m: dict[str, Any]):
    files = CounterMetricFamily("captionist_daemon_files", "Files the watch folder routed, by status.",
                                labels=["status"])
    for status, n in sorted((m.get("counts") or {}).items()):
        files.add_metric([status], n)
    yield files
    lat = m.get("latency_seconds") or {}
    if lat.get("buckets"):
        buckets = [(("+Inf" if le == "+Inf" else str(float(le))), n) for le, n in lat["buckets"].items()]
        yield HistogramMetricFamily("captionist_daemon_latency_seconds",
                                    "Drop-to-done time of files the watch folder captioned.",
                                    buckets=buckets, sum_value=lat.get("sum", 0.0))
    for key, help_text in (("queue_depth", "Files waiting in the watch folder."),
                           ("in_flight", "Files the daemon's workers are processing."),
                           ("records", "Caption records the daemon has loaded."),
                           ("record_errors", "Problems in the daemon's records files.")):
        if isinstance(m.get(key), (int, float)):
            yield GaugeMetricFamily(f"captionist_daemon_{key}", help_text, value=m[key])
    for key, help_text in (("worker_restarts", "Worker processes restarted after a crash."),
                           ("held_expired", "Unmatched files whose hold expired.")):
        if isinstance(m.get(key), (int, float)):
            yield CounterMetricFamily(f"captionist_daemon_{key}", help_text, value=m[key])


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self._files = Counter("captionist_files_processed", "Files processed, by source and outcome.",
                              ["source", "outcome"], registry=self.registry)
        self._seconds = Histogram("captionist_processing_seconds", "Time to process one file.",
                                  buckets=BUCKETS, registry=self.registry)
        self._webhooks = Counter("captionist_webhook_deliveries", "Webhook delivery attempts, by result.",
                                 ["result"], registry=self.registry)
        self._queues: Callable[[], dict[str, float]] = dict
        self._daemon: Callable[[], Any] = lambda: None
        self.registry.register(_ScrapeTime(lambda: self._queues(), lambda: self._daemon()))

    def observe(self, source: str, status: str, seconds: float) -> None:
        self._files.labels(source=source, outcome=status).inc()
        self._seconds.observe(seconds)

    def webhook(self, result: str) -> None:
        self._webhooks.labels(result=result).inc()

    def read_at_scrape(self, queues: Callable[[], dict[str, float]], daemon: Callable[[], Any]) -> None:
        """Where the scrape-time figures come from: queue depths, and the daemon's metrics()."""
        self._queues, self._daemon = queues, daemon

    def render(self) -> str:
        return generate_latest(self.registry).decode("utf-8")
