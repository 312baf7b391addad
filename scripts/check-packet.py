#!/usr/bin/env python3
"""scripts/check-packet CORPUS_DIR [OUT_DIR]

Loads a corpus through the application exactly as scripts/evaluate does (fresh embedded database, campaign, uploads,
extraction and analysis), downloads the campaign's communications.csv (unmasked, as the administrator) and its
evidence packet, unpacks the packet into OUT_DIR (default target/packet-check) and checks that the packet's figures
match the export: the disclosures table (producing agency x category, state-to-federal messages) and the initiators
table (threads by producing agency and the side of their first message). Exits 1 on any difference. Never reads
truth.json.
"""
import base64
import collections
import importlib.util
import io
import os
import secrets
import shutil
import sys
import zipfile
import csv
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("evaluate", os.path.join(HERE, "evaluate.py"))
ev = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ev)


class Tables(HTMLParser):
    """The tables of the packet's report.html, as lists of rows of cell texts."""

    def __init__(self):
        super().__init__()
        self.tables, self._row, self._cell = [], None, None

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append([])
        elif tag == "tr" and self.tables:
            self._row = []
            self.tables[-1].append(self._row)
        elif tag in ("td", "th") and self._row is not None:
            self._cell = ""

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._row is not None and self._cell is not None:
            self._row.append(self._cell.strip())
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell += data


def cells(table):
    """{(row label, column label): number} of a report table, without its total column."""
    header = table[0]
    out = {}
    for row in table[1:]:
        for i, value in enumerate(row[1:-1], 1):
            if value.strip():
                out[(row[0], header[i])] = int(value)
    return out


def expected(rows):
    disclosures = collections.Counter()
    first = {}
    for r in rows:
        if r["direction"] == "state_to_federal":
            for c in filter(None, r["disclosed"].split(";")):
                disclosures[(r["producing_agency"], c)] += 1
        first.setdefault(r["thread_id"], r)
    initiators = collections.Counter((r["producing_agency"], r["initiated_by"]) for r in first.values())
    return dict(disclosures), dict(initiators)


def main(argv):
    if len(argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    corpus = argv[1]
    out_dir = argv[2] if len(argv) == 3 else os.path.join(ev.ROOT, "target", "packet-check")
    work = os.path.join(ev.ROOT, "target", "evaluate")
    os.makedirs(work, exist_ok=True)
    ev.LOG_FILE = os.path.join(work, "app.log")
    open(ev.LOG_FILE, "wb").close()
    password = "Packet-" + secrets.token_urlsafe(12)
    ev.build()
    data_dir = os.path.join(work, "data-packet-%d" % os.getpid())
    shutil.rmtree(data_dir, ignore_errors=True)
    port = ev.free_port()
    proc = ev.start_app(data_dir, port, ev.free_port(), password)
    base = "http://localhost:%d" % port
    try:
        ev.wait_for_app(base, proc, 600)
        api = ev.Api(base)
        api.auth = "Basic " + base64.b64encode(("admin:" + password).encode("utf-8")).decode("ascii")
        api.auth = "Bearer " + api.call("POST", "/api/tokens?name=packet-check&days=1")["token"]
        os.makedirs(out_dir, exist_ok=True)
        export = os.path.join(out_dir, "export-communications.csv")
        campaign = ev.evaluate(corpus, export, api)
        packet = api.call("GET", "/evidence/export/packet?campaign=%d" % campaign, raw=True)
    finally:
        ev.stop_app(proc)
        shutil.rmtree(data_dir, ignore_errors=True)
    with zipfile.ZipFile(io.BytesIO(packet)) as z:
        z.extractall(out_dir)
        names = sorted(z.namelist())
    ev.log("packet: %s in %s" % (", ".join(names), out_dir))
    with open(export, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    parser = Tables()
    with open(os.path.join(out_dir, "report.html"), encoding="utf-8") as f:
        parser.feed(f.read())
    disclosures, initiators = expected(rows)
    problems = []
    for name, table, want in (("disclosures", parser.tables[0], disclosures),
                              ("initiators", parser.tables[1], initiators)):
        got = cells(table)
        for key in sorted(set(got) | set(want)):
            if got.get(key) != want.get(key):
                problems.append("%s %s: packet %s, export %s" % (name, key, got.get(key), want.get(key)))
        ev.log("%s: %d cells, %d in all" % (name, len(got), sum(got.values())))
    for p in problems:
        print("MISMATCH " + p)
    ev.log("the packet's figures %s the export (%d communications)"
           % ("match" if not problems else "DO NOT match", len(rows)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
