"""Faulty HTTP(S) peers on 127.0.0.1 for run_hostile.py (issue #13), standard library only.

    drip          headers at once, then one body byte every second (defeats an idle timeout)
    drip-headers  the status line and headers one byte a second
    huge          Content-Length of 64 GiB, zeros sent as fast as the client reads
    huge-chunked  chunked transfer without end, no Content-Length
    huge-header   one header line that never ends

The TLS certificate is made with the openssl command at start (self-signed, CN 127.0.0.1).
"""
import os
import socket
import ssl
import subprocess
import threading
import time


def make_cert(folder):
    key, crt = os.path.join(folder, "srv.key"), os.path.join(folder, "srv.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-nodes", "-keyout", key, "-out", crt, "-days", "2", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1"], check=True, capture_output=True)
    return key, crt


class FaultyServer:
    def __init__(self, mode, folder, tls=True):
        self.mode = mode
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.ctx = None
        self.cert = None
        if tls:
            key, self.cert = make_cert(folder)
            self.ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            self.ctx.load_cert_chain(self.cert, key)
        self.stopped = False
        threading.Thread(target=self.loop, daemon=True).start()

    def url(self, path="/csc/v2"):
        return "%s://127.0.0.1:%d%s" % ("https" if self.ctx else "http", self.port, path)

    def loop(self):
        while not self.stopped:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self.serve, args=(conn,), daemon=True).start()

    def serve(self, conn):
        try:
            if self.ctx:
                conn = self.ctx.wrap_socket(conn, server_side=True)
            conn.settimeout(60)
            data = b""
            while b"\r\n\r\n" not in data and len(data) < 65536:
                chunk = conn.recv(4096)
                if not chunk:
                    return
                data += chunk
            head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            if self.mode == "drip":
                conn.sendall(head + b"Content-Length: 100000\r\n\r\n{")
                for _ in range(600):
                    if self.stopped:
                        return
                    time.sleep(1)
                    conn.sendall(b" ")
            elif self.mode == "drip-headers":
                for b in head + b"X-Slow: " + b"a" * 600:
                    if self.stopped:
                        return
                    conn.sendall(bytes([b]))
                    time.sleep(1 if b == ord("a") else 0)
            elif self.mode == "huge":
                conn.sendall(head + b"Content-Length: %d\r\n\r\n" % (64 << 30))
                zeros = b"0" * (1 << 16)
                while not self.stopped:
                    conn.sendall(zeros)
            elif self.mode == "huge-chunked":
                conn.sendall(head + b"Transfer-Encoding: chunked\r\n\r\n")
                chunk = b"%x\r\n" % (1 << 16) + b"0" * (1 << 16) + b"\r\n"
                while not self.stopped:
                    conn.sendall(chunk)
            elif self.mode == "huge-header":
                conn.sendall(head + b"X-Big: ")
                filler = b"a" * (1 << 16)
                while not self.stopped:
                    conn.sendall(filler)
        except (OSError, ssl.SSLError):
            pass
        finally:
            try:
                conn.close()
            except OSError:
                pass

    def stop(self):
        self.stopped = True
        self.sock.close()
