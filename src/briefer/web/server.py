"""Running the application: uvicorn, on the loopback address unless told otherwise.

With several workers uvicorn starts each in a process of its own, which builds the
application from the settings this process leaves in the environment.
"""

from __future__ import annotations

import ipaddress
import json
import os
import shlex
import shutil
import socket
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from starlette.applications import Starlette

from ..errors import UsageError
from ..newsroom import Newsroom
from .app import LOOPBACK_NAMES, create_app
from .connections import MAX_CONNECTIONS

SETTINGS_VARIABLE = "BRIEFER_SERVE_SETTINGS"


@dataclass(frozen=True)
class Listen:
    host: str
    port: int
    workers: int

    @property
    def loopback(self) -> bool:
        if self.host == "localhost":
            return True
        try:
            return ipaddress.ip_address(self.host.strip("[]")).is_loopback
        except ValueError:
            return False

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host and not self.host.startswith("[") else self.host
        return f"http://{host}:{self.port}/"


def exposure_notice(listen: Listen) -> str | None:
    """What to tell whoever starts a server that other machines can reach."""
    if listen.loopback:
        return None
    return (
        f"notice: listening on {listen.host}, not 127.0.0.1: anyone who can reach this machine "
        "on the network can read the fact base and make briefs (nothing can be changed from "
        "the browser).\nUse --host 127.0.0.1 to serve this machine only."
    )


def check_port_free(listen: Listen) -> None:
    """A clear message, before starting, when the address cannot be listened on."""
    try:
        infos = socket.getaddrinfo(listen.host.strip("[]"), listen.port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        raise UsageError(
            f"--host {listen.host!r} is not an address of this machine: {error.strerror}"
        ) from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as error:
            raise UsageError(
                f"cannot listen on {listen.host}:{listen.port}: {error.strerror}\n"
                "Choose another --port, or stop the program that uses this one."
            ) from None


def _settings(newsroom: Newsroom, listen: Listen) -> str:
    return json.dumps(
        {
            "config": str(newsroom.config.path) if newsroom.config.path else None,
            "facts": str(newsroom.facts_dir) if newsroom.facts_dir else None,
            "facts_given": newsroom.facts_dir_given,
            "templates": [str(path) for path in newsroom.cli_template_dirs],
            "start": str(newsroom.start or Path.cwd()),
            "allowed_hosts": list(LOOPBACK_NAMES) if listen.loopback else ["*"],
        }
    )


def app_from_environment() -> Starlette:
    """The application a worker process serves, from the settings 'serve' left."""
    settings = json.loads(os.environ[SETTINGS_VARIABLE])
    newsroom = Newsroom(
        Path(settings["config"]) if settings["config"] else None,
        Path(settings["facts"]) if settings["facts"] else None,
        tuple(Path(path) for path in settings["templates"]),
        facts_dir_given=settings["facts_given"],
        start=Path(settings["start"]),
    )
    return create_app(newsroom, allowed_hosts=settings["allowed_hosts"])


def systemd_unit(newsroom: Newsroom, listen: Listen) -> str:
    """A systemd user service that keeps this server running, with these settings."""
    briefer = shutil.which("briefer") or f"{sys.executable} -m briefer"
    config = newsroom.config.path
    workdir = (config.parent if config else newsroom.start or Path.cwd()).resolve()
    options = [f"--host {listen.host}", f"--port {listen.port}", f"--workers {listen.workers}"]
    before = [f"--facts {shlex.quote(str(newsroom.facts_dir))}"] if newsroom.facts_dir_given else []
    before += [f"--templates {shlex.quote(str(path))}" for path in newsroom.cli_template_dirs]
    if config is not None:
        before.append(f"--config {shlex.quote(str(config.resolve()))}")
    command = " ".join([briefer, *before, "serve", *options])
    return (
        "# ~/.config/systemd/user/briefer.service\n"
        "[Unit]\nDescription=briefer in the browser\nAfter=network-online.target\n\n"
        "[Service]\n"
        f"WorkingDirectory={workdir}\n"
        f"ExecStart={command}\n"
        "Restart=on-failure\n"
        "NoNewPrivileges=yes\n\n"
        "[Install]\nWantedBy=default.target\n"
        "# then: systemctl --user enable --now briefer.service\n"
        "# and, to keep it running when you log out: loginctl enable-linger $USER\n"
    )


def serve(newsroom: Newsroom, listen: Listen, say: Callable[[str], None]) -> None:
    """Serve until stopped. The fact base is loaded first, so that a broken one is
    reported here (exit 1) rather than on every page."""
    import uvicorn

    newsroom.fact_base()
    check_port_free(listen)
    notice = exposure_notice(listen)
    if notice:
        say(notice)
    workers = "1 worker" if listen.workers == 1 else f"{listen.workers} workers"
    say(f"briefer serves {listen.url} ({workers}; Ctrl+C stops)")
    os.environ[SETTINGS_VARIABLE] = _settings(newsroom, listen)
    uvicorn.run(
        "briefer.web.server:app_from_environment",
        factory=True,
        host=listen.host.strip("[]"),
        port=listen.port,
        workers=listen.workers,
        server_header=False,
        # h11 refuses a request whose line and headers pass 16 KB (httptools, which
        # uvicorn would take where it is installed, has no such limit); the guarded
        # protocol drops clients slow to send their headers and makes room for new ones
        http="briefer.web.connections:GuardedH11Protocol",
        # only when every connection is busy with a request does a new one get 503
        limit_concurrency=MAX_CONNECTIONS + 1,
        timeout_keep_alive=5,
        # behind a reverse proxy on this machine, its X-Forwarded-Proto says the page
        # came over HTTPS, and the session cookie is then Secure and __Host-
        proxy_headers=newsroom.config.serve.proxy,
        forwarded_allow_ips="127.0.0.1,::1" if newsroom.config.serve.proxy else None,
        log_level="warning",
        access_log=False,
    )
