"""Fills Harmony's OpenStack lab through the public APIs (standard library only).

  seed.py catalog               service catalog entries for compute, placement, image, network and metric
  seed.py content RUN COMPUTES  image, flavors, zone az2, server groups, six servers, an application
                                credential; writes RUN/lab.env for the tests
"""
import json
import sys
import time
import urllib.error
import urllib.request

KEYSTONE = "http://127.0.0.1:5000/v3"
NOVA = "http://127.0.0.1:8774/v2.1"
APP_CREDENTIAL_SECRET = "harmony-lab-app-secret"


def call(method, url, body=None, token=None, microversion=None, raw=None, content_type="application/json"):
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    request = urllib.request.Request(url, data=data, method=method)
    request.add_header("Content-Type", content_type)
    if token:
        request.add_header("X-Auth-Token", token)
    if microversion:
        request.add_header("OpenStack-API-Version", "compute " + microversion)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            text = response.read().decode()
            return response.headers, (json.loads(text) if text.strip() else None)
    except urllib.error.HTTPError as e:
        raise SystemExit("%s %s -> HTTP %s: %s" % (method, url, e.code, e.read().decode()[:500]))


def admin_token():
    body = {"auth": {"identity": {"methods": ["password"], "password": {"user": {
        "name": "admin", "domain": {"name": "Default"}, "password": "admin"}}},
        "scope": {"project": {"name": "admin", "domain": {"name": "Default"}}}}}
    headers, answer = call("POST", KEYSTONE + "/auth/tokens", body)
    return headers["X-Subject-Token"], answer["token"]


def eventually(what, seconds, check):
    end = time.time() + seconds
    while True:
        try:
            result = check()
            if result:
                return result
        except SystemExit:
            pass
        if time.time() > end:
            raise SystemExit("gave up waiting for " + what + " after %d s" % seconds)
        time.sleep(1)


def catalog():
    token, _ = admin_token()
    services = [("nova", "compute", NOVA), ("placement", "placement", "http://127.0.0.1:8778"),
                ("glance", "image", "http://127.0.0.1:9292"), ("neutron", "network", "http://127.0.0.1:9696"),
                ("gnocchi", "metric", "http://127.0.0.1:8041")]
    for name, kind, url in services:
        _, made = call("POST", KEYSTONE + "/services", {"service": {"name": name, "type": kind}}, token)
        for interface in ("public", "internal", "admin"):
            call("POST", KEYSTONE + "/endpoints", {"endpoint": {
                "service_id": made["service"]["id"], "interface": interface, "url": url, "region_id": "RegionOne"}}, token)
    print("catalog: compute, placement, image, network, metric")


def content(run, computes):
    token, details = admin_token()
    nova = lambda method, path, body=None, mv="2.74": call(method, NOVA + path, body, token, mv)[1]

    # nova reads image metadata from glance even with the fake driver: a 1 KiB raw image
    _, image = call("POST", "http://127.0.0.1:9292/v2/images", {"name": "tiny", "disk_format": "raw",
                    "container_format": "bare", "visibility": "public"}, token)
    call("PUT", "http://127.0.0.1:9292/v2/images/%s/file" % image["id"], token=token, raw=bytes(1024),
         content_type="application/octet-stream")
    # neutron's first list call sets up its database mappings; before it, GET /v2.0/ports answers 500
    call("GET", "http://127.0.0.1:9696/v2.0/networks", token=token)
    call("GET", "http://127.0.0.1:9696/v2.0/ports", token=token)

    eventually("%d hypervisors" % computes, 120,
               lambda: len(nova("GET", "/os-hypervisors")["hypervisors"]) == computes)
    nova("POST", "/flavors", {"flavor": {"name": "m1.tiny", "id": "1", "vcpus": 1, "ram": 512, "disk": 1}})
    nova("POST", "/flavors", {"flavor": {"name": "m1.small", "id": "2", "vcpus": 2, "ram": 2048, "disk": 20}})
    # the last host forms availability zone az2; the others stay in nova's default zone "nova"
    aggregate = nova("POST", "/os-aggregates", {"aggregate": {"name": "agg-az2", "availability_zone": "az2"}})
    nova("POST", "/os-aggregates/%s/action" % aggregate["aggregate"]["id"], {"add_host": {"host": "fake-host-%d" % computes}})

    groups = {name: nova("POST", "/os-server-groups", {"server_group": {"name": name, "policy": policy}}, "2.64")
              ["server_group"]["id"] for name, policy in (("web", "anti-affinity"), ("cache", "soft-affinity"))}
    membership = {"vm1": "web", "vm3": "web", "vm2": "cache", "vm5": "cache"}
    ids = {}
    for i in range(1, 7):
        name = "vm%d" % i
        request = {"server": {"name": name, "imageRef": image["id"], "flavorRef": str(i % 2 + 1),
                              "networks": "none", "host": "fake-host-%d" % ((i - 1) % computes + 1)}}
        if name in membership:
            request["os:scheduler_hints"] = {"group": groups[membership[name]]}
        ids[name] = nova("POST", "/servers", request)["server"]["id"]

    def all_active():
        servers = nova("GET", "/servers/detail?all_tenants=1")["servers"]
        failed = [s["name"] for s in servers if s["status"] == "ERROR"]
        if failed:
            raise RuntimeError("servers in ERROR: %s" % failed)
        return sum(s["status"] == "ACTIVE" for s in servers) == 6
    eventually("6 ACTIVE servers", 240, all_active)

    user = details["user"]["id"]
    _, credential = call("POST", KEYSTONE + "/users/%s/application_credentials" % user, {"application_credential": {
        "name": "harmony-lab", "secret": APP_CREDENTIAL_SECRET, "description": "Harmony's connector tests"}}, token)
    with open(run + "/lab.env", "w") as out:
        out.write("AUTH_URL=%s\nUSER=admin\nPASSWORD=admin\nPROJECT=admin\nDOMAIN=Default\n" % KEYSTONE)
        out.write("APP_CREDENTIAL_ID=%s\nAPP_CREDENTIAL_SECRET=%s\n" % (credential["application_credential"]["id"],
                                                                       APP_CREDENTIAL_SECRET))
        out.write("IMAGE_ID=%s\n" % image["id"])
        for name, group in groups.items():
            out.write("GROUP_%s=%s\n" % (name, group))
        for name, server in sorted(ids.items()):
            out.write("SERVER_%s=%s\n" % (name, server))
    for s in sorted(nova("GET", "/servers/detail?all_tenants=1")["servers"], key=lambda s: s["name"]):
        print("  %s %s on %s in %s" % (s["name"], s["id"], s["OS-EXT-SRV-ATTR:host"], s["OS-EXT-AZ:availability_zone"]))


if __name__ == "__main__":
    if sys.argv[1] == "catalog":
        catalog()
    else:
        content(sys.argv[2], int(sys.argv[3]))
