"""Serves Keystone, Placement or Gnocchi's API (WSGI applications) on 127.0.0.1 with the standard library.

Debian runs them under Apache or uWSGI; the lab needs neither. Usage: wsgi_serve.py keystone|placement|gnocchi PORT
"""
import os
import socketserver
import sys
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server


class ThreadedServer(socketserver.ThreadingMixIn, WSGIServer):
    daemon_threads = True


class QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):
        pass


def application(service):
    if service == "keystone":
        sys.argv = [sys.argv[0], "--config-file", os.environ["KEYSTONE_CONF"]]
        from keystone.server.wsgi import initialize_public_application
        return initialize_public_application()
    if service == "gnocchi":
        sys.argv = [sys.argv[0], "--config-file", os.environ["GNOCCHI_CONF"]]
        from gnocchi.cli import api
        from gnocchi.rest import app
        return app.load_app(api.prepare_service())
    from placement.wsgi import init_application  # reads $OS_PLACEMENT_CONFIG_DIR/placement.conf
    return init_application()


if __name__ == "__main__":
    service, port = sys.argv[1], int(sys.argv[2])
    make_server("127.0.0.1", port, application(service), ThreadedServer, QuietHandler).serve_forever()
