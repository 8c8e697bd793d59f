#!/usr/bin/env python3
"""Runs sic-cli on the hostile cases of make_hostile.py and measures each run (issue #13).

    run_hostile.py --cli SIC-CLI [--case NAME]... [--time S] [--rss MIB] [--kill S] [--cap MIB]
                   [--rssp SIC-DEVRSSP --pki DIR] [--table]

Each case is generated into a fresh folder, run once, and measured by this script: wall time,
and peak RSS from getrusage (os.wait4) of the child. A case passes when sic-cli answered (exit
code 0-3, no signal) within --time seconds (default 10) and --rss MiB (default 512), the input is
unchanged, no output file was left for a refused signing, and the case's own checks hold.
As a guard for the machine, the child also runs under an address-space cap (--cap, default
2048 MiB; prlimit-style setrlimit) and is killed after --kill seconds (default 30): a case
stopped by the guard fails with the measured numbers as "at least".

--table prints a Markdown table (for docs/verify.md and the report); for the long measurement of
a build without the bounds, run with --time 180 --kill 180 --cap 6144 --rss 6144.
"sign-prepare" cases need the development RSSP (--rssp, --pki); without them they are skipped
with a printed reason.
"""
import argparse
import csv
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import hostile_servers  # noqa: E402
import make_hostile  # noqa: E402


def sha(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def run_measured(cmd, stdin_data, kill_after, cap_mib, cwd, env=None):
    """Runs cmd; returns (rc or -signal, wall seconds, peak RSS MiB, stdout, stderr, killed)."""

    # The limits are set by prlimit(1) in the child, not by a preexec_fn (which makes Python fork
    # instead of spawn). The child's RSS high-water mark starts from this script's (about 10 MiB):
    # the numbers are upper bounds by that much.
    cap = cap_mib << 20
    out = tempfile.TemporaryFile()
    err = tempfile.TemporaryFile()
    start = time.monotonic()
    p = subprocess.Popen(["prlimit", "--as=%d" % cap, "--core=0", "--"] + cmd, stdin=subprocess.PIPE,
                         stdout=out, stderr=err, cwd=cwd, env=env, start_new_session=True)
    killed = []

    def guard():
        killed.append(True)
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    timer = threading.Timer(kill_after, guard)
    timer.start()
    try:
        if stdin_data:
            p.stdin.write(stdin_data)
        p.stdin.close()
    except BrokenPipeError:
        pass
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.monotonic() - start
    timer.cancel()
    p.returncode = os.waitstatus_to_exitcode(status)
    out.seek(0)
    err.seek(0)
    return (p.returncode, wall, usage.ru_maxrss / 1024.0, out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"), bool(killed))


class Rssp:
    """The development RSSP, started once for the sign cases."""

    def __init__(self, binary, pki, work):
        self.work = work
        state = os.path.join(work, "rssp")
        init = subprocess.run([binary, "init", "--state", state, "--pki", pki], check=True,
                              capture_output=True, text=True)
        self.info = json.loads(init.stdout)
        ready = os.path.join(work, "ready.json")
        self.proc = subprocess.Popen([binary, "serve", "--state", state, "--port", "0", "--ready-file", ready],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(300):
            if os.path.exists(ready) and os.path.getsize(ready) > 0:
                break
            time.sleep(0.1)
        with open(ready) as f:
            self.ready = json.load(f)

    def args(self):
        return ["--rssp", self.ready["csc_v2"], "--ca-bundle", self.ready["ca_bundle"], "--user", "demo",
                "--credential", "cred-rsa2048-totp", "--secrets-stdin"]

    def secrets(self):
        otp = subprocess.run(["oathtool", "--totp", "-b", self.info["totp_secret"]], capture_output=True,
                             text=True).stdout.strip()
        return ("password=%s\npin=%s\notp=%s\n" % (self.info["password"], self.info["pin"], otp)).encode()

    def stop(self):
        self.proc.terminate()
        self.proc.wait()


def check_expectations(meta, stdout, work):
    problems = []
    lines = stdout.splitlines()
    for rule in meta["expect"]:
        kind, _, arg = rule.partition(":")
        if kind == "no-line-starts" and any(l.startswith(arg) for l in lines):
            problems.append("a line of the output starts with %r (forged)" % arg)
        elif kind == "at-most-lines":
            needle, _, most = arg.rpartition(":")
            n = sum(1 for l in lines if needle in l)
            if n > int(most):
                problems.append("%d lines name %r (at most %s expected)" % (n, needle, most))
        elif kind == "no-text" and arg in stdout:
            problems.append("the output says %s" % arg)
        elif kind == "no-control-chars":
            bad = [c for c in stdout if ord(c) < 32 and c not in "\n\t"]
            if bad:
                problems.append("control characters in the output: %r" % "".join(sorted(set(bad))))
        elif kind == "csv-no-formula":
            with open(os.path.join(work, "report.csv"), newline="", encoding="utf-8-sig") as f:
                for row in csv.reader(f):
                    for cell in row:
                        if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
                            problems.append("CSV cell starts with %r: %r" % (cell[:1], cell[:40]))
    for l in lines:
        if meta["kind"].startswith("verify") and "TOTAL_PASSED" in l and not meta["name"].startswith("name-"):
            problems.append("a hostile file was reported valid: %r" % l)
    return problems


def run_case(name, opts, rssp):
    meta_case = make_hostile.CASES[name]
    work = tempfile.mkdtemp(prefix="sic-hostile-")
    try:
        # Generated by a process of its own: this script's memory stays small, and the child's
        # peak RSS (whose high-water mark starts from this process's, as spawning shares it) with it.
        subprocess.run([sys.executable, os.path.join(HERE, "make_hostile.py"), "--out", work, name], check=True)
        with open(os.path.join(work, name + ".json")) as f:
            meta = json.load(f)
        target = os.path.join(work, meta["file"])
        if name == "special-dev-zero":
            target = "/dev/zero"
        elif name == "special-fifo":
            target = os.path.join(work, "input.pdf")
            os.mkfifo(target)
        elif name == "special-directory":
            target = os.path.join(work, "folder.pdf")
            os.mkdir(target)
        elif name == "special-detached-fifo":
            os.mkfifo(os.path.join(work, "hostile-fifo"))
        before = sha(target) if os.path.isfile(target) else None
        args = [a.replace("{work}", work) for a in meta["args"]]
        stdin = b""
        server = None
        if meta_case["kind"] == "net-rssp":
            # sic-cli credentials against a faulty RSSP: it must give up within its --timeout (3 s)
            # with a clear error, whatever the server does.
            mode = name[len("net-rssp-"):]
            server = hostile_servers.FaultyServer("drip" if mode.startswith("timeout") else mode, work)
            cmd = [opts.cli, "credentials", "--rssp", server.url(), "--ca-bundle", server.cert, "--user", "u",
                   "--secrets-stdin"] + (args or ["--timeout", "3"])
            stdin = b"password=x\n"
        elif meta_case["kind"] == "sign-prepare":
            if not rssp:
                return dict(name=name, cls=meta["cls"], origin=meta["origin"], status="SKIP",
                            reason="no --rssp/--pki given: sign cases need the development RSSP")
            outdir = os.path.join(work, "out")
            os.mkdir(outdir)
            cmd = [opts.cli, "sign", target, "--out", outdir] + rssp.args() + args
            stdin = rssp.secrets()
        else:
            # Named as a user in that folder would (a relative name): the name itself is the attack.
            shown = os.path.basename(target) if name.startswith("name-") else target
            cmd = [opts.cli, "verify", shown, "--lang", "en"] + args
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8")
        try:
            rc, wall, rss, out, err, killed = run_measured(cmd, stdin, opts.kill, opts.cap, work, env)
        finally:
            if server:
                server.stop()
        problems = []
        if killed:
            problems.append("no answer within %.0f s (killed)" % opts.kill)
        elif rc < 0 or rc > 6:
            problems.append("exit %d (crash or signal?): %s" % (rc, err.strip()[-300:]))
        if wall > opts.time:
            problems.append("%.1f s > %.0f s" % (wall, opts.time))
        if rss > opts.rss:
            problems.append("peak RSS %.0f MiB > %d MiB" % (rss, opts.rss))
        if server and not killed:
            if rc == 0:
                problems.append("a faulty server's answer was accepted")
            if wall > 3 + 4:
                problems.append("%.1f s: the 3 s timeout did not hold" % wall)
            if "csc." not in err and "--timeout must be" not in err:
                problems.append("no clear error: %r" % err.strip()[-200:])
        if before is not None and sha(target) != before:
            problems.append("the input was modified")
        if meta_case["kind"] == "sign-prepare":
            left = os.listdir(os.path.join(work, "out"))
            signed_said = any(l.startswith("SIGNED ") for l in out.splitlines())
            if signed_said:
                # A signed output must reopen in our own reader and verify as a PDF.
                v = subprocess.run([opts.cli, "verify", os.path.join(work, "out", left[0]) if left else "/nonexistent"],
                                   capture_output=True, text=True)
                if "damaged" in (v.stdout + v.stderr).lower() or v.returncode == 3:
                    problems.append("signer said signed, its own verifier calls the output damaged")
            elif left:
                problems.append("output left after a refused signing: %s" % left)
        if not killed:
            try:
                problems += check_expectations(meta, out, work)
            except OSError as e:
                problems.append(str(e))
        first = next((l for l in (out + err).splitlines() if l.strip()), "")
        return dict(name=name, cls=meta["cls"], origin=meta["origin"], rc=rc, wall=wall, rss=rss,
                    status="FAIL" if problems else "PASS", problems=problems, answer=first[:160])
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", required=True)
    ap.add_argument("--case", action="append")
    ap.add_argument("--time", type=float, default=10)
    ap.add_argument("--rss", type=int, default=512)
    ap.add_argument("--kill", type=float, default=30)
    ap.add_argument("--cap", type=int, default=2048)
    ap.add_argument("--rssp")
    ap.add_argument("--pki")
    ap.add_argument("--table", action="store_true")
    opts = ap.parse_args()
    opts.cli = os.path.abspath(opts.cli)
    names = opts.case or list(make_hostile.CASES)
    rssp = None
    rssp_work = None
    if opts.rssp and opts.pki and any(make_hostile.CASES[n]["kind"] == "sign-prepare" for n in names):
        rssp_work = tempfile.mkdtemp(prefix="sic-hostile-rssp-")
        rssp = Rssp(opts.rssp, opts.pki, rssp_work)
    results = []
    try:
        for name in names:
            r = run_case(name, opts, rssp)
            results.append(r)
            if r["status"] == "SKIP":
                print("%s: SKIP (%s)" % (name, r["reason"]), flush=True)
                continue
            print("%s: %s rc=%d %.2f s %.0f MiB%s | %s" % (
                name, r["status"], r["rc"], r["wall"], r["rss"],
                "" if not r["problems"] else " | " + "; ".join(r["problems"]), r["answer"]), flush=True)
    finally:
        if rssp:
            rssp.stop()
            shutil.rmtree(rssp_work, ignore_errors=True)
    if opts.table:
        print("\n| case | class | origin | time (s) | peak RSS (MiB) | result |")
        print("|---|---|---|---|---|---|")
        for r in results:
            if r["status"] == "SKIP":
                print("| %s | %s | %s | - | - | skipped |" % (r["name"], r["cls"], r["origin"]))
            else:
                print("| %s | %s | %s | %s%.2f | %s%.0f | %s |" % (
                    r["name"], r["cls"], r["origin"], ">" if r["wall"] >= opts.kill else "", r["wall"],
                    "" , r["rss"], r["status"] if not r["problems"] else "; ".join(r["problems"])))
    return 1 if any(r["status"] == "FAIL" for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
