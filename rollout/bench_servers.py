"""The servers the browser benchmark measures: the app as `make run` starts it, and nginx in
front of two of them (deploy/nginx.conf), each on a free port of this machine, stopped when
done; and what the benchmark reads from them (resident memory, sessions per replica)."""
from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from rollout.config import PROJECT_ROOT

START_SECONDS = 90
NGINX = os.environ.get("NGINX", "/usr/sbin/nginx")
NGINX_TEMPLATE = PROJECT_ROOT / "deploy" / "nginx.conf"


@dataclass(frozen=True)
class AppServer:
    url: str
    port: int
    pid: int


@dataclass(frozen=True)
class Proxy:
    url: str
    access_log: Path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def app_server(database_url: str) -> Iterator[AppServer]:
    """`streamlit run app.py` as `make run` starts it (headless), on this database, with the
    reference page in the menu (ROLLOUT_BENCH_REFERENCE_PAGE, rollout.ui.navigation)."""
    environment = {**os.environ, "ROLLOUT_DATABASE_URL": database_url,
                   "ROLLOUT_BENCH_REFERENCE_PAGE": "1"}
    port = free_port()
    with tempfile.TemporaryFile() as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
             "--server.address", "127.0.0.1", "--server.port", str(port),
             "--browser.gatherUsageStats", "false"],
            cwd=PROJECT_ROOT, env=environment, stdout=log, stderr=subprocess.STDOUT)
        try:
            url = f"http://127.0.0.1:{port}"
            _wait_until_healthy(url, server, lambda: _tail(log))
            yield AppServer(url, port, server.pid)
        finally:
            server.terminate()
            server.wait(20)


def _tail(log) -> str:
    log.seek(0)
    return log.read().decode(errors="replace")[-3000:]


def _wait_until_healthy(url: str, process: subprocess.Popen,
                        output: Callable[[], str]) -> None:
    """Until `url` answers Streamlit's health check; else stop the process and say why."""
    deadline = time.monotonic() + START_SECONDS
    while True:
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2):
                return
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                raise RuntimeError(f"{url} did not start:\n{output()}") from None
            time.sleep(0.3)


def nginx_config(prefix: Path, listen: str, replica_ports: list[int]) -> str:
    """deploy/nginx.conf with its placeholders filled in."""
    replicas = "\n        ".join(f"server 127.0.0.1:{port};" for port in replica_ports)
    return (NGINX_TEMPLATE.read_text(encoding="utf-8").replace("@PREFIX@", str(prefix))
            .replace("@LISTEN@", listen).replace("@REPLICAS@", replicas))


def nginx_available() -> bool:
    return shutil.which(NGINX) is not None


@contextmanager
def nginx_proxy(replica_ports: list[int]) -> Iterator[Proxy]:
    """Debian's nginx, unprivileged, from a temporary prefix, in front of the replicas."""
    with tempfile.TemporaryDirectory(prefix="askeleet-nginx-") as folder:
        prefix = Path(folder)
        port = free_port()
        (prefix / "nginx.conf").write_text(
            nginx_config(prefix, f"127.0.0.1:{port}", replica_ports), encoding="utf-8")
        prefix.chmod(0o755)  # started by root, nginx's workers run as nobody
        output = prefix / "output.log"  # what nginx says before it opens its error log
        with output.open("wb") as written:
            proxy = subprocess.Popen(
                [NGINX, "-p", str(prefix), "-c", str(prefix / "nginx.conf"), "-g",
                 "daemon off;"], stdout=written, stderr=subprocess.STDOUT)
        try:
            url = f"http://127.0.0.1:{port}"
            _wait_until_healthy(url, proxy, lambda: "\n".join(
                path.read_text()[-3000:] for path in (output, prefix / "error.log")
                if path.exists()))
            yield Proxy(url, prefix / "access.log")
        finally:
            proxy.terminate()
            proxy.wait(20)


def websockets_per_replica(access_log: Path, replica_ports: list[int]) -> list[int]:
    """How many app sessions (websockets, /_stcore/stream) each replica served, from nginx's
    access log (a websocket's line is written when it closes)."""
    routed = re.compile(r'"GET /_stcore/stream[^"]*" 101 upstream=127\.0\.0\.1:(\d+)')
    counts = Counter(int(found.group(1)) for line in access_log.read_text().splitlines()
                     if (found := routed.search(line)))
    return [counts[port] for port in replica_ports]


def cpu_seconds(pid: int) -> float:
    """The processor time (user and system) a process has taken so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    """A process's resident memory now (VmRSS), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    raise RuntimeError(f"no VmRSS for process {pid}")
