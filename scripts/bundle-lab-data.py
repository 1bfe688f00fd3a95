#!/usr/bin/env python3
"""Copies the demo lab's subset of the real traces into the lab connector's resources.

Usage: scripts/bundle-lab-data.py /work/shared/data

The choice is reproducible: the same input folder always yields the same files, because VMs
are ordered by a SHA-256 of their file name, never by a random generator or by directory order.
Bitbrains files are copied byte for byte; the PlanetLab day goes into one zip (stored names
unchanged, including the ones with spaces) with a fixed timestamp so the zip is reproducible too.
"""
import gzip
import hashlib
import shutil
import sys
import zipfile
from pathlib import Path

BUNDLE_VMS = 120
WITH_DUPLICATES = 3
WITH_ZERO_CAPACITY = 5
SLACK_S = 900
PLANETLAB_DAY = "20110303"
MAX_BUNDLE_BYTES = 25 * 1000 * 1000
SALT = "harmony-lab-bundle-v1/"
TARGET = Path(__file__).resolve().parent.parent / \
    "connectors/lab/src/main/resources/dev/harmony/connectors/lab/data"


def scan(path):
    """First and last timestamp, and whether the file repeats a timestamp or has zero-capacity rows."""
    first = last = None
    duplicates = zero_capacity = False
    with gzip.open(path, "rt") as f:
        next(f)
        for line in f:
            fields = [x.strip() for x in line.split(";")]
            if len(fields) != 11:
                continue
            ts = int(float(fields[0]))
            if ts == last:
                duplicates = True
            if float(fields[1]) == 0 or float(fields[2]) == 0 or float(fields[5]) == 0:
                zero_capacity = True
            first = ts if first is None else first
            last = ts
    return first, last, duplicates, zero_capacity


def rank(name):
    return hashlib.sha256((SALT + name).encode()).hexdigest()


def choose(month):
    scans = {p.name: scan(p) for p in month.glob("*.csv.gz")}
    start = min(s[0] for s in scans.values())
    end = max(s[1] for s in scans.values())
    full = sorted((n for n, s in scans.items() if s[0] <= start + SLACK_S and s[1] >= end - SLACK_S), key=rank)
    chosen = [n for n in full if scans[n][2]][:WITH_DUPLICATES]
    chosen += [n for n in full if scans[n][3] and not scans[n][2]][:WITH_ZERO_CAPACITY]
    chosen += [n for n in full if n not in chosen][:BUNDLE_VMS - len(chosen)]
    print(f"{len(scans)} VMs, {len(full)} cover the whole month; chose {len(chosen)}")
    return sorted(chosen, key=lambda n: int(n.split(".")[0]))


def bundle_bitbrains(src, target):
    month = src / "bitbrains-gwa-t-12-rnd" / "2013-7"
    out = target / "bitbrains-rnd"
    out.mkdir(parents=True)
    chosen = choose(month)
    for name in chosen:
        shutil.copyfile(month / name, out / name)
    shutil.copyfile(src / "bitbrains-gwa-t-12-rnd" / "LICENSE.upstream-repo.txt", out / "LICENSE.upstream-repo.txt")
    header = [
        "# Bitbrains GWA-T-12 Rnd, month 2013-7: files chosen by scripts/bundle-lab-data.py (" + SALT + ").",
        f"# Rule: VMs covering the whole month, ordered by SHA-256 of '{SALT}<file name>'; the first",
        f"# {WITH_DUPLICATES} with duplicate timestamps, the first {WITH_ZERO_CAPACITY} with zero-capacity rows"
        f" (and no duplicates), then the rest up to {BUNDLE_VMS}.",
    ]
    (out / "index.txt").write_text("\n".join(header + chosen) + "\n")


def bundle_planetlab(src, target):
    day = src / "planetlab-cloudsim" / PLANETLAB_DAY
    out = target / f"planetlab-{PLANETLAB_DAY}"
    out.mkdir(parents=True)
    names = sorted(p.name for p in day.iterdir() if p.is_file())
    with zipfile.ZipFile(out / f"{PLANETLAB_DAY}.zip", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name in names:
            info = zipfile.ZipInfo(f"{PLANETLAB_DAY}/{name}", date_time=(2011, 3, 3, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, (day / name).read_bytes())
    shutil.copyfile(src / "planetlab-cloudsim" / "LICENSE.upstream.txt", out / "LICENSE.upstream.txt")
    print(f"PlanetLab {PLANETLAB_DAY}: {len(names)} files zipped")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: bundle-lab-data.py <shared data folder, e.g. /work/shared/data>")
    src = Path(sys.argv[1])
    for lab in ("bitbrains-rnd", f"planetlab-{PLANETLAB_DAY}"):
        shutil.rmtree(TARGET / lab, ignore_errors=True)
    bundle_bitbrains(src, TARGET)
    bundle_planetlab(src, TARGET)
    total = sum(p.stat().st_size for p in TARGET.rglob("*") if p.is_file())
    print(f"bundle: {total / 1e6:.1f} MB under {TARGET}")
    if total > MAX_BUNDLE_BYTES:
        sys.exit(f"bundle is {total} bytes, over the {MAX_BUNDLE_BYTES} byte budget")


if __name__ == "__main__":
    main()
