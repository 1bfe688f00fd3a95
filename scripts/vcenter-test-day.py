#!/usr/bin/env python3
"""Writes connectors/vcenter/src/test/resources/traces/bitbrains-rnd-day.csv: one recorded day of five
real Bitbrains Rnd VMs (the engine's bundled test traces), per hour the median and 95th percentile
(nearest rank) of the 5-minute samples. The vCenter planning test replays it as the VMs' next 24 h,
since the simulator's own counters are canned values."""
import csv, gzip, math, os, sys
from datetime import datetime, timezone

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCES = [("bitbrains/rnd-2013-7-4.csv.gz", "rnd-4"), ("affinity/rnd-2013-7-56.csv.gz", "rnd-56"),
           ("affinity/rnd-2013-7-75.csv.gz", "rnd-75"), ("affinity/rnd-2013-7-77.csv.gz", "rnd-77"),
           ("affinity/rnd-2013-7-192.csv.gz", "rnd-192")]
START = int(datetime(2013, 7, 8, tzinfo=timezone.utc).timestamp())

def nearest_rank(values, q):
    s = sorted(values)
    return s[max(0, math.ceil(q * len(s)) - 1)]

out = os.path.join(ROOT, "connectors/vcenter/src/test/resources/traces/bitbrains-rnd-day.csv")
with open(out, "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["trace", "hour", "cpu_mhz_p50", "cpu_mhz_p95", "memory_kib_p50", "memory_kib_p95",
                "disk_kibps_p50", "disk_kibps_p95", "network_kibps_p50", "network_kibps_p95"])
    for path, name in SOURCES:
        hours = [[[] for _ in range(4)] for _ in range(24)]
        with gzip.open(os.path.join(ROOT, "engine/src/test/resources", path), "rt") as g:
            next(g)
            for line in g:
                c = [x.strip() for x in line.split(";")]
                t = int(c[0])
                h = (t - START) // 3600
                if 0 <= h < 24:
                    v = [float(c[3]), float(c[6]), float(c[7]) + float(c[8]), float(c[9]) + float(c[10])]
                    for r in range(4):
                        hours[h][r].append(v[r])
        for h in range(24):
            if not hours[h][0]:
                sys.exit(f"{name}: no samples in hour {h}")
            row = [name, h]
            for r in range(4):
                row += [round(nearest_rank(hours[h][r], 0.5), 1), round(nearest_rank(hours[h][r], 0.95), 1)]
            w.writerow(row)
print("wrote", out)
