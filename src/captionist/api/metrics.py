"""`Metrics`: what `GET /metrics` exposes, in the Prometheus text exposition format 0.0.4.

Counters of files processed (by source: `embed` or `job`, and outcome), a histogram of the
time one file took, counters of webhook delivery attempts (by result), and queue-depth gauges
handed in at render time. The daemon's own metrics, when it runs in-process, are appended.
Spec: https://prometheus.io/docs/instrumenting/exposition_formats/ (text format 0.0.4).
"""

from __future__ import annotations

import threading


class Metrics:
    """Counters and a latency histogram, written out in the Prometheus text format 0.0.4."""

    BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)

    def __init__(self):
        self._lock = threading.Lock()
        self.outcomes: dict[tuple[str, str], int] = {}
        self.buckets = [0] * len(self.BUCKETS)
        self.count = 0
        self.total = 0.0
        self.webhooks: dict[str, int] = {}

    def observe(self, source: str, status: str, seconds: float) -> None:
        with self._lock:
            key = (source, status)
            self.outcomes[key] = self.outcomes.get(key, 0) + 1
            self.count += 1
            self.total += seconds
            for i, b in enumerate(self.BUCKETS):
                if seconds <= b:
                    self.buckets[i] += 1

    def webhook(self, result: str) -> None:
        with self._lock:
            self.webhooks[result] = self.webhooks.get(result, 0) + 1

    def render(self, gauges: dict[str, dict[str, float]], extra: str = "") -> str:
        with self._lock:
            lines = ["# HELP captionist_files_processed_total Files processed, by source and outcome.",
                     "# TYPE captionist_files_processed_total counter"]
            for (source, status), n in sorted(self.outcomes.items()):
                lines.append(f'captionist_files_processed_total{{source="{source}",outcome="{status}"}} {n}')
            lines += ["# HELP captionist_processing_seconds Time to process one file.",
                      "# TYPE captionist_processing_seconds histogram"]
            for b, n in zip(self.BUCKETS, self.buckets):
                lines.append(f'captionist_processing_seconds_bucket{{le="{b}"}} {n}')
            lines += [f'captionist_processing_seconds_bucket{{le="+Inf"}} {self.count}',
                      f"captionist_processing_seconds_sum {self.total:.6f}",
                      f"captionist_processing_seconds_count {self.count}",
                      "# HELP captionist_webhook_deliveries_total Webhook delivery attempts, by result.",
                      "# TYPE captionist_webhook_deliveries_total counter"]
            for result, n in sorted(self.webhooks.items()):
                lines.append(f'captionist_webhook_deliveries_total{{result="{result}"}} {n}')
        lines += ["# HELP captionist_queue_depth Items waiting, by queue.", "# TYPE captionist_queue_depth gauge"]
        for name, value in sorted(gauges.get("queue_depth", {}).items()):
            lines.append(f'captionist_queue_depth{{queue="{name}"}} {value:g}')
        return "\n".join(lines) + "\n" + extra
