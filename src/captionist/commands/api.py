"""CLI commands for DAM integration: `serve` (HTTP API), `openapi`, `export`.

Registered by one import at the end of `captionist.cli`. FastAPI and uvicorn (the `api`
extra) are imported inside `serve` and `openapi` only, so the rest of the CLI works without them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..cli import LOG_FORMATS, LOG_LEVELS, main
from ..errors import CaptionistError


@main.command()
@click.option("--host", default=None, help="address to listen on (default: config, else 127.0.0.1)")
@click.option("--port", type=int, default=None, help="port (default: config, else 8750)")
@click.option("--config", "config", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="TOML (or JSON) file with an [api] table and, to run the daemon here too, a [daemon] table "
                   "(also CAPTIONIST_CONFIG)")
@click.option("--log-level", default="info", show_default=True, type=click.Choice(LOG_LEVELS, case_sensitive=False),
              help="least severe level logged")
@click.option("--log-format", type=click.Choice(LOG_FORMATS),
              help="captionist's log lines (the server's own included) as JSON or text, as `watch` writes "
                   "them (auto: text on a terminal, else JSON); default: uvicorn's own format")
def serve(host, port, config, log_level, log_format):
    """Run the HTTP API (and the watch-folder daemon when the config says run_daemon = true).

    Tokens come from the config file's [api] tokens and from $CAPTIONIST_API_TOKENS
    (comma-separated); the server does not start without one."""
    try:
        import uvicorn

        from ..api import create_app, load_settings
    except ImportError as e:
        raise click.ClickException(f"the HTTP API needs the api extra (pip install 'captionist[api]'): {e}") from None
    try:
        root = load_settings(config, api={"host": host, "port": port})
        app = create_app(root)
    except CaptionistError as e:
        raise click.ClickException(str(e)) from None
    from ..api.limits import TimedH11Protocol

    # h11 with a deadline for request headers (uvicorn has none); idle keep-alive closes at 5 s
    settings = root.api
    protocol = type("CaptionistH11", (TimedH11Protocol,), {"header_timeout": settings.header_timeout})
    log_level = log_level.lower()
    extra = {}
    if log_format:
        _log_like_watch(log_format, log_level)
        extra["log_config"] = None     # uvicorn keeps the handlers set here
    server = _server_class(uvicorn)(uvicorn.Config(app, host=settings.host, port=settings.port, log_level=log_level,
                                                   http=protocol, timeout_keep_alive=5, **extra))
    server.run()        # returns after a graceful stop (SIGTERM or Ctrl-C): exit status 0


def _log_like_watch(fmt: str, level: str) -> None:
    """captionist's log format (captionist.logs) for the server's own loggers too."""
    import logging

    from .. import logs

    logs.setup(fmt, level)
    ours = logging.getLogger("captionist")
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        lg = logging.getLogger(name)
        lg.handlers = list(ours.handlers)
        lg.setLevel(level.upper())
        lg.propagate = False


def _server_class(uvicorn):
    """uvicorn's Server, except that a stop asked for with SIGTERM or SIGINT that completed
    cleanly ends the process with status 0. uvicorn raises the signal again after its graceful
    shutdown, so `docker stop` and service managers would see 143 (killed) for a clean stop."""
    import contextlib
    import signal
    import threading

    class Server(uvicorn.Server):
        @contextlib.contextmanager
        def capture_signals(self):
            if threading.current_thread() is not threading.main_thread():
                yield
                return
            previous = {sig: signal.signal(sig, self.handle_exit) for sig in (signal.SIGINT, signal.SIGTERM)}
            try:
                yield
            finally:
                for sig, handler in previous.items():
                    signal.signal(sig, handler)

    return Server


@main.command()
@click.option("--check", "check", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="compare with this file instead of printing; exit 1 when it is stale")
def openapi(check):
    """Print the HTTP API's OpenAPI document (commit it as schemas/openapi.json)."""
    try:
        from ..api import openapi_document
    except ImportError as e:
        raise click.ClickException(f"the HTTP API needs the api extra (pip install 'captionist[api]'): {e}") from None
    text = json.dumps(openapi_document(), ensure_ascii=False, indent=2) + "\n"
    if check:
        if check.read_text(encoding="utf-8") != text:
            click.echo(f"{check} is stale: run `captionist openapi > {check}`", err=True)
            sys.exit(1)
        return
    click.echo(text, nl=False)


@main.command(name="export")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", required=True,
              type=click.Choice(["iptc-json", "exiftool-json", "exiftool-csv", "xmp"]),
              help="iptc-json: IPTC Photo Metadata JSON; exiftool-json/-csv: as `exiftool -G1 -struct -n` "
                   "prints them; xmp: XMP sidecars")
@click.option("-o", "--output", "out", type=click.Path(path_type=Path),
              help="a file to write (default: standard output); for xmp with several FILES, a folder "
                   "that gets one NAME.xmp per image")
@click.option("--out", "legacy_out", type=click.Path(path_type=Path), hidden=True,
              help="the older spelling of -o/--output")
def export_cmd(files, fmt, out, legacy_out):
    """Write what FILES carry in a format other tools import; `embed --records` reads it back."""
    from .. import export

    out = out or legacy_out
    try:
        if fmt == "xmp":
            if len(files) > 1 and out is None:
                raise click.UsageError("xmp with several files needs --out FOLDER")
            if len(files) > 1 or (out is not None and out.is_dir()):
                out.mkdir(parents=True, exist_ok=True)
                for f in files:
                    (out / (f.stem + ".xmp")).write_bytes(export.xmp_sidecar(f))
                return
            data = export.xmp_sidecar(files[0])
            if out is None:
                sys.stdout.buffer.write(data)
            else:
                out.write_bytes(data)
            return
        render = {"iptc-json": export.export_iptc_json, "exiftool-json": export.export_exiftool_json,
                  "exiftool-csv": export.export_exiftool_csv}[fmt]
        text = render(list(files))
    except CaptionistError as e:
        raise click.ClickException(str(e)) from None
    if out is None:
        click.echo(text, nl=False)
    else:
        out.write_text(text, encoding="utf-8")
