#!/usr/bin/env python3
"""Proves deploy/compose.yaml's topology on one machine without Docker.

Starts two app instances the way deploy/Dockerfile runs them (the jar's extracted layers, JarLauncher, the
compose file's environment) on the local PostgreSQL (a schema of their own, dropped afterwards) and Debian's
nginx with deploy/nginx.conf (only ports, upstream addresses and temp paths replaced), then checks through
them: ask, escalate, one claim of two agents on the two instances, a document uploaded on one instance
answered by the other within a second, and a SIGKILL of one instance under load: nginx routes to the other,
no acknowledged turn is lost and no 5xx follows the fail-over window, whose length is printed.

Usage: python3 deploy/topology_test.py [path/to/wenzheng.jar]   (exit status 0 when every check passes)
Environment: JAVA_HOME (a JDK >= 21), POSTGRES_URL_BASE (default jdbc:postgresql://127.0.0.1:5432/test),
POSTGRES_USER (default postgres), PSQL (default psql).
"""
import base64
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "bot/target/wenzheng.jar"))
JAVA = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else "java"
PG_URL = os.environ.get("POSTGRES_URL_BASE", "jdbc:postgresql://127.0.0.1:5432/test")
PG_USER = os.environ.get("POSTGRES_USER", "postgres")
PSQL = os.environ.get("PSQL", "psql")
ADMIN_PASSWORD = "Topology-root-2026"
AGENT_PASSWORD = "Hotline-desk-2026"
STARTUP_SECONDS = 240
LOAD_WORKERS = 4
LOAD_SECONDS = 8
KILL_AFTER_SECONDS = 2.5
MAX_FAILOVER_MS = 3000
# The other instance sees an upload within wenzheng.change-poll (250 ms), then re-reads the index: 480-720 ms on the
# usual CI machines, 1,022 ms on one running at a third of their speed.
MAX_PROPAGATION_MS = 2000

failures = []


def check(condition, what):
    print(("  ok    " if condition else "  FAIL  ") + what, flush=True)
    if not condition:
        failures.append(what)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def request(method, url, body=None, auth=None, headers=None, timeout=10):
    """Returns (status, headers, parsed JSON or text); status 0 when no HTTP answer came."""
    data = None
    all_headers = dict(headers or {})
    if body is not None and not isinstance(body, bytes):
        data = json.dumps(body).encode()
        all_headers["Content-Type"] = "application/json"
    elif body is not None:
        data = body
    if auth:
        all_headers["Authorization"] = "Basic " + base64.b64encode(("%s:%s" % auth).encode()).decode()
    req = urllib.request.Request(url, data=data, method=method, headers=all_headers)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:
            return response.status, dict(response.headers), parse(response.read())
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), parse(error.read())
    except (urllib.error.URLError, ConnectionError, socket.timeout, TimeoutError) as error:
        return 0, {}, str(error)


def parse(raw):
    try:
        return json.loads(raw.decode())
    except (ValueError, UnicodeDecodeError):
        return raw.decode(errors="replace")


def psql(sql):
    return subprocess.run([PSQL, "-h", "127.0.0.1", "-U", PG_USER, "-d", "test", "-At", "-c", sql], check=True,
                          capture_output=True, text=True).stdout


def extract_layers(work):
    extracted = os.path.join(work, "extracted")
    subprocess.run([JAVA, "-Djarmode=tools", "-jar", JAR, "extract", "--layers", "--launcher", "--destination",
                    extracted], check=True, capture_output=True)
    app = os.path.join(work, "app")
    # The image copies the layers into one folder in this order.
    for layer in ("dependencies", "spring-boot-loader", "snapshot-dependencies", "application"):
        shutil.copytree(os.path.join(extracted, layer), app, dirs_exist_ok=True)
    return app


def start_instance(app, work, name, port, schema):
    environment = dict(os.environ)
    environment.update({
        # As in deploy/compose.yaml, with the local server and a schema of its own.
        "SPRING_PROFILES_ACTIVE": "postgres",
        "SPRING_DATASOURCE_URL": PG_URL + "?currentSchema=" + schema,
        "SPRING_DATASOURCE_USERNAME": PG_USER,
        "SPRING_DATASOURCE_PASSWORD": "",
        "SPRING_FLYWAY_SCHEMAS": schema,
        "WENZHENG_ADMIN_PASSWORD": ADMIN_PASSWORD,
        "JAVA_TOOL_OPTIONS": "-Xmx768m -XX:+ExitOnOutOfMemoryError",
        # Adapted: a data folder and a port per instance instead of a container each.
        "WENZHENG_DATADIR": os.path.join(work, name),
        "SERVER_PORT": str(port),
        # The load below comes from one address; a centre's citizens come from many.
        "WENZHENG_RATELIMIT_PERCLIENTPERMINUTE": "0",
    })
    log = open(os.path.join(work, name + ".log"), "w")
    process = subprocess.Popen([JAVA, "org.springframework.boot.loader.launch.JarLauncher"], cwd=app,
                               env=environment, stdout=log, stderr=subprocess.STDOUT)
    return process


def await_ready(base, process, name):
    deadline = time.time() + STARTUP_SECONDS
    while time.time() < deadline:
        if process.poll() is not None:
            raise SystemExit("%s stopped at start (exit %s); see its log" % (name, process.returncode))
        status, _, _ = request("GET", base + "/actuator/health/readiness", timeout=2)
        if status == 200:
            return
        time.sleep(0.5)
    raise SystemExit("%s not ready within %d s" % (name, STARTUP_SECONDS))


def start_nginx(work, port, upstreams):
    with open(os.path.join(ROOT, "deploy", "nginx.conf")) as source:
        conf = source.read()
    conf = conf.replace("listen 80;", "listen 127.0.0.1:%d;" % port)
    conf = conf.replace("server app1:8080", "server 127.0.0.1:%d" % upstreams[0])
    conf = conf.replace("server app2:8080", "server 127.0.0.1:%d" % upstreams[1])
    conf = conf.replace("/tmp/nginx", os.path.join(work, "nginx"))
    path = os.path.join(work, "nginx.conf")
    with open(path, "w") as target:
        target.write(conf)
    log = open(os.path.join(work, "nginx.log"), "w")
    process = subprocess.Popen(["nginx", "-c", path, "-p", work, "-g", "daemon off;"], stdout=log,
                               stderr=subprocess.STDOUT)
    for _ in range(50):
        if request("GET", "http://127.0.0.1:%d/actuator/health" % port, timeout=2)[0] == 200:
            return process
        time.sleep(0.2)
    raise SystemExit("nginx did not start; see %s" % os.path.join(work, "nginx.log"))


def ask(base, question, session=None):
    body = {"question": question}
    if session:
        body["sessionId"] = session
    return request("POST", base + "/api/ask", body)


def check_ask_and_escalate(front):
    status, headers, reply = ask(front, "吉林省重大决策出台以后，多少天内要公开意见采纳情况？")
    check(status == 200 and reply.get("type") == "ANSWER", "a question through nginx is answered (%s, %s by %s)"
          % (status, reply.get("type") if isinstance(reply, dict) else reply, headers.get("X-Upstream")))
    session = reply.get("sessionId") if isinstance(reply, dict) else None
    status, _, reply = ask(front, "我要转人工，想咨询我家公积金提取的具体情况", session)
    ticket = reply.get("ticketId") if isinstance(reply, dict) else None
    check(status == 200 and reply.get("type") == "ESCALATED" and ticket, "a hand-off through nginx opens ticket %s"
          % ticket)
    return ticket


def check_follow_up_elsewhere(instances):
    """A question the bot asks back about on one instance is continued on the other (nginx spreads citizens)."""
    status, _, clarify = ask(instances[0], "政府开放日一年办几次？")
    options = clarify.get("options") if isinstance(clarify, dict) else None
    check(status == 200 and clarify.get("type") == "CLARIFY" and options,
          "instance 1 asks back which place (%s, %s)" % (status, clarify.get("type") if isinstance(clarify, dict) else clarify))
    if not options:
        return
    status, _, answer = ask(instances[1], options[0], clarify.get("sessionId"))
    check(status == 200 and isinstance(answer, dict) and answer.get("type") == "ANSWER",
          "instance 2 continues with the place chosen (%s, %s)"
          % (status, answer.get("type") if isinstance(answer, dict) else answer))


def check_claim_once(instances, ticket):
    admin = ("admin", ADMIN_PASSWORD)
    for name in ("agent1", "agent2"):
        status, _, body = request("POST", instances[0] + "/api/admin/users", {
            "username": name, "displayName": name, "role": "AGENT", "department": "热线", "password": AGENT_PASSWORD},
            auth=admin)
        check(status in (200, 201), "account %s created (%s)" % (name, status))
    barrier = threading.Barrier(2)

    def claim(index):
        barrier.wait()
        return request("POST", "%s/api/tickets/%s/claim" % (instances[index], ticket), {},
                       auth=("agent%d" % (index + 1), AGENT_PASSWORD))[0]

    with ThreadPoolExecutor(2) as pool:
        statuses = sorted(pool.map(claim, (0, 1)))
    check(statuses[0] == 200 and statuses[1] == 409,
          "two agents claiming on the two instances at once: one wins, one is refused %s" % statuses)


def check_upload_answered_elsewhere(instances):
    fact = "每户补贴%d元" % (3000 + uuid.uuid4().int % 900)
    text = ("拓扑测试市老旧小区改造补贴办法\n一、补贴标准\n老旧小区改造补贴标准为%s，由市住房城乡建设局负责发放。\n" % fact).encode()
    boundary = uuid.uuid4().hex
    body = (("--%s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"topology.txt\"\r\n"
             "Content-Type: text/plain\r\n\r\n" % boundary).encode() + text + ("\r\n--%s--\r\n" % boundary).encode())
    status, _, _ = request("POST", instances[0] + "/api/editor/documents", body, auth=("admin", ADMIN_PASSWORD),
                           headers={"Content-Type": "multipart/form-data; boundary=" + boundary}, timeout=30)
    uploaded = time.time()
    check(status == 200, "a document uploaded on instance 1 (%s)" % status)
    answered_ms = None
    while time.time() - uploaded < 5:
        status, _, reply = ask(instances[1], "拓扑测试市老旧小区改造补贴标准是每户多少元？")
        if status == 200 and fact in str(reply.get("answer") if isinstance(reply, dict) else ""):
            answered_ms = (time.time() - uploaded) * 1000
            break
        time.sleep(0.05)
    check(answered_ms is not None and answered_ms <= MAX_PROPAGATION_MS,
          "instance 2 answers from it %s ms after the upload (at most %d)"
          % ("never within 5000" if answered_ms is None else "%.0f" % answered_ms, MAX_PROPAGATION_MS))


def check_failover(front, victim):
    questions = ["住房公积金怎么提取？", "政府信息公开申请多少个工作日内答复？", "政务公开工作要点由哪个部门负责？",
                 "政策解读材料什么时候发布？"]
    results = []
    lock = threading.Lock()
    start = time.time()
    killed_at = []

    def work(worker):
        sent = 0
        while time.time() - start < LOAD_SECONDS:
            question = "%s（%d-%d）" % (questions[sent % len(questions)], worker, sent)
            began = time.time()
            status, headers, reply = ask(front, question)
            with lock:
                results.append((began, time.time(), status, question,
                                reply.get("sessionId") if status == 200 and isinstance(reply, dict) else None))
            sent += 1

    def kill():
        time.sleep(KILL_AFTER_SECONDS)
        victim.send_signal(signal.SIGKILL)
        killed_at.append(time.time())

    with ThreadPoolExecutor(LOAD_WORKERS + 1) as pool:
        for worker in range(LOAD_WORKERS):
            pool.submit(work, worker)
        pool.submit(kill)
    kill_time = killed_at[0]
    failed = [r for r in results if r[2] == 0 or r[2] >= 500]
    window_ms = max([(r[1] - kill_time) * 1000 for r in failed] + [0])
    after_window = [r for r in results if r[0] > kill_time + window_ms / 1000]
    acknowledged = [r for r in results if r[2] == 200]
    print("  load: %d requests in %d s through nginx, %d acknowledged, %d failed (5xx or no answer), "
          "%d after the kill" % (len(results), LOAD_SECONDS, len(acknowledged), len(failed),
                                 len([r for r in results if r[0] > kill_time])))
    check(window_ms <= MAX_FAILOVER_MS, "fail-over window after SIGKILL: %.0f ms (failures only inside it; at most %d)"
          % (window_ms, MAX_FAILOVER_MS))
    check(len(after_window) > 0 and all(r[2] == 200 for r in after_window),
          "after the window every request is answered (%d of %d)"
          % (len([r for r in after_window if r[2] == 200]), len(after_window)))
    return acknowledged


def check_nothing_lost(schema, acknowledged):
    stored = set(tuple(line.split("|", 1)) for line in
                 psql("select session_id, question from %s.conversation_turn where channel = 'web'" % schema).splitlines())
    lost = [r for r in acknowledged if (r[4], r[3]) not in stored]
    check(not lost, "every acknowledged turn is in the database (%d acknowledged, %d lost%s)"
          % (len(acknowledged), len(lost), ", e.g. %s; stored e.g. %s" % (lost[0][3:], next(iter(stored), None))
             if lost else ""))


def main():
    if not os.path.exists(JAR):
        raise SystemExit("no jar at %s: build it first (./mvnw -q -DskipTests package)" % JAR)
    work = tempfile.mkdtemp(prefix="wenzheng-topology-")
    # nginx's workers run as an unprivileged user when started by root: they need its temp folders.
    os.chmod(work, 0o755)
    for temp in ("client-body", "proxy", "fastcgi", "uwsgi", "scgi"):
        os.makedirs(os.path.join(work, "nginx-" + temp), mode=0o777)
        os.chmod(os.path.join(work, "nginx-" + temp), 0o777)
    schema = "wenzheng_topology_" + uuid.uuid4().hex[:10]
    ports = [free_port(), free_port()]
    front_port = free_port()
    instances = ["http://127.0.0.1:%d" % port for port in ports]
    front = "http://127.0.0.1:%d" % front_port
    processes = []
    print("topology: nginx :%d -> instances :%d, :%d; PostgreSQL schema %s; work folder %s"
          % (front_port, ports[0], ports[1], schema, work), flush=True)
    try:
        app = extract_layers(work)
        first = start_instance(app, work, "app1", ports[0], schema)
        processes.append(first)
        await_ready(instances[0], first, "app1")
        second = start_instance(app, work, "app2", ports[1], schema)
        processes.append(second)
        await_ready(instances[1], second, "app2")
        processes.append(start_nginx(work, front_port, ports))
        ticket = check_ask_and_escalate(front)
        if ticket:
            check_claim_once(instances, ticket)
        check_upload_answered_elsewhere(instances)
        check_follow_up_elsewhere(instances)
        acknowledged = check_failover(front, second)
        check_nothing_lost(schema, acknowledged)
    finally:
        for process in processes:
            if process.poll() is None:
                process.terminate()
        for process in processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
        try:
            psql("drop schema if exists %s cascade" % schema)
        except subprocess.CalledProcessError as error:
            print("could not drop schema %s: %s" % (schema, error.stderr))
    if failures:
        print("topology test FAILED (%d checks); logs in %s" % (len(failures), work))
        return 1
    shutil.rmtree(work, ignore_errors=True)
    print("topology test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
