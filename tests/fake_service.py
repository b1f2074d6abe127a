"""What the local stand-ins of outside services (tests/fake_wfs.py, tests/fake_pxweb.py)
share: a quiet threaded HTTP server on a free local port, a fake that records what it was
asked and can be stopped (the port closed, connections refused), and running one."""
import threading
from contextlib import contextmanager
from http.server import ThreadingHTTPServer


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request, client_address):
        pass  # a client that gave up (the timeout tests) is not the server's problem


class FakeService:
    """A stand-in's state: `requests` what it was asked, `stopping` set when it stops,
    `url` its address (`path` on this server)."""

    def __init__(self, server, path):
        self.server, self.requests = server, []
        self.stopping = threading.Event()
        self.url = f"http://127.0.0.1:{server.server_port}{path}"
        self.running = True

    def stop(self):
        """Stop answering: the port is closed, connections are refused."""
        if self.running:
            self.running = False
            self.stopping.set()
            self.server.shutdown()
            self.server.server_close()


@contextmanager
def running(handler, fake_class):
    """The stand-in (`handler` answering, `fake_class(server)` its state) on a free local
    port, stopped afterwards."""
    server = QuietServer(("127.0.0.1", 0), handler)
    server.fake = fake_class(server)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield server.fake
    finally:
        server.fake.stop()
        thread.join(timeout=2)
