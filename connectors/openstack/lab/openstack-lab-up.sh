#!/bin/bash
# Harmony's OpenStack lab: a real OpenStack Zed control plane from Debian bookworm's packages, on
# 127.0.0.1 only, as plain background processes (no systemd, no containers):
#   MariaDB, RabbitMQ, Keystone, Placement, Glance (file store), neutron-server (ML2, no agents),
#   nova-api, -conductor, -scheduler and three nova-compute with the fake virt driver (fake-host-1..3),
#   and Gnocchi's API (the metrics service; the tests fill it, nothing here measures anything).
# Then seed.py creates the catalog, an image, flavors, a second availability zone, two server
# groups, six servers pinned two per host and an application credential, and writes lab.env.
#
# Usage: openstack-lab-up.sh            (state in $HARMONY_OS_LAB_DIR, default /tmp/harmony-openstack-lab)
#        openstack-lab-down.sh          stops every process it started and removes the state
# Needs root (package installation, RabbitMQ drops to its own user). See docs/openstack.md.
set -euo pipefail

HERE=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
LAB=${HARMONY_OS_LAB_DIR:-/tmp/harmony-openstack-lab}
RUN=$LAB/run
PY=/usr/bin/python3           # Debian's python: the OpenStack libraries live in its dist-packages
COMPUTES=3
PORTS="3306 5000 5672 8041 8774 8778 9292 9696"
T0=$(date +%s%N)

say() { local ms=$(( ($(date +%s%N) - T0) / 1000000 )); printf '[lab %4d.%ds] %s\n' $((ms / 1000)) $((ms % 1000 / 100)) "$*"; }
fail() { say "FAILED: $*"; exit 1; }

# --- packages -----------------------------------------------------------------------------------
PACKAGES=(python3-nova python3-keystone python3-placement python3-glance python3-neutron python3-gnocchi python3-pymysql
          rabbitmq-server mariadb-server prometheus curl)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  [ "$(id -u)" -eq 0 ] || fail "missing Debian packages (${missing[*]}); run this script as root once to install them"
  say "installing ${missing[*]} (the first time takes 5-6 minutes)"
  # Keep package scripts from starting system-wide MariaDB and RabbitMQ services.
  if [ ! -e /usr/sbin/policy-rc.d ]; then printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# The api-paste.ini files ship in the daemon packages (nova-common, ...), whose maintainer scripts
# want debconf and a database: unpack them instead of installing them.
PASTE=$LAB/paste
if [ ! -f "$PASTE/usr/share/nova-common/api-paste.ini" ] || [ ! -f "$PASTE/usr/share/neutron-common/api-paste.ini" ] \
   || [ ! -f "$PASTE/usr/share/glance-common/glance-api-paste.ini" ]; then
  say "unpacking the api-paste.ini files from nova-common, glance-common, neutron-common"
  mkdir -p "$LAB/debs" && (cd "$LAB/debs" && apt-get download -qq nova-common glance-common neutron-common >/dev/null 2>&1) \
    || fail "apt-get download nova-common glance-common neutron-common did not work (no package lists? run apt-get update)"
  for deb in "$LAB"/debs/*.deb; do dpkg-deb -x "$deb" "$PASTE"; done
fi

# --- a fresh state directory --------------------------------------------------------------------
[ -e "$RUN" ] && fail "$RUN exists: a lab is running or was not torn down; run $HERE/openstack-lab-down.sh first"
for port in $PORTS; do
  if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then fail "port $port on 127.0.0.1 is already in use"; fi
done
mkdir -p "$RUN"/{etc,log,pid,bin,lock,images,mysql,rabbit,keys,state}
chmod 755 "$LAB" "$RUN"

wrap() {   # the python3-* packages install no daemon commands: one small launcher per daemon
  printf '#!%s\nimport sys\nfrom %s import main\nsys.exit(main())\n' "$PY" "$2" > "$RUN/bin/$1"; chmod +x "$RUN/bin/$1"
}
wrap nova-api nova.cmd.api; wrap nova-conductor nova.cmd.conductor; wrap nova-scheduler nova.cmd.scheduler
wrap nova-compute nova.cmd.compute; wrap nova-manage nova.cmd.manage
wrap glance-api glance.cmd.api; wrap glance-manage glance.cmd.manage
wrap neutron-server neutron.cmd.eventlet.server; wrap neutron-db-manage neutron.db.migration.cli
cp "$HERE/wsgi_serve.py" "$RUN/bin/"

# start NAME CMD...: own session and process group, so that down.sh stops forked workers too
start() { local name=$1; shift; setsid nohup "$@" > "$RUN/log/$name.out" 2>&1 < /dev/null & echo $! > "$RUN/pid/$name"; }
# until SECONDS WHAT CMD...: poll every half second
until_ok() {
  local limit=$1 what=$2; shift 2; local end=$((SECONDS + limit))
  until "$@" >/dev/null 2>&1; do [ $SECONDS -lt $end ] || fail "no $what after ${limit}s (logs in $RUN/log)"; sleep 0.5; done
}

# --- database and message broker ----------------------------------------------------------------
"$HERE/lab-config.sh" "$RUN" "$PASTE" "$COMPUTES"
say "MariaDB and RabbitMQ"
mariadb-install-db --defaults-file="$RUN/etc/my.cnf" --auth-root-authentication-method=normal > "$RUN/log/mariadb-install.out" 2>&1
start mariadb mariadbd --defaults-file="$RUN/etc/my.cnf"
chown -R rabbitmq:rabbitmq "$RUN/rabbit"
export RABBITMQ_NODENAME=rabbit@localhost RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 ERL_EPMD_ADDRESS=127.0.0.1 \
  RABBITMQ_MNESIA_BASE=$RUN/rabbit/mnesia RABBITMQ_LOG_BASE=$RUN/rabbit/log RABBITMQ_PID_FILE=$RUN/rabbit/pid \
  RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS='-kernel inet_dist_use_interface {127,0,0,1}'
start rabbitmq rabbitmq-server
until_ok 60 MariaDB mariadb-admin --socket="$RUN/mysql.sock" -uroot ping
{
  echo "CREATE USER 'os'@'127.0.0.1' IDENTIFIED BY 'os';"
  for db in keystone placement glance neutron nova_api nova_cell0 nova gnocchi; do
    echo "CREATE DATABASE $db; GRANT ALL ON $db.* TO 'os'@'127.0.0.1';"
  done
} | mariadb --socket="$RUN/mysql.sock" -uroot

# --- schemas, in parallel; Keystone starts as soon as its own is ready ---------------------------
say "creating the schemas (the slowest step)"
E=$RUN/etc
keystone_up() {
  local km="keystone-manage --config-file $E/keystone.conf"
  $km db_sync && $km fernet_setup --keystone-user root --keystone-group root \
    && $km credential_setup --keystone-user root --keystone-group root \
    && $km bootstrap --bootstrap-password admin --bootstrap-region-id RegionOne \
         --bootstrap-public-url http://127.0.0.1:5000/v3/ --bootstrap-internal-url http://127.0.0.1:5000/v3/ \
         --bootstrap-admin-url http://127.0.0.1:5000/v3/ || return 1
  KEYSTONE_CONF=$E/keystone.conf start keystone "$PY" "$RUN/bin/wsgi_serve.py" keystone 5000
  until_ok 120 Keystone curl -sf http://127.0.0.1:5000/v3
  "$PY" "$HERE/seed.py" catalog
}
nova_schema() {
  local nm="$RUN/bin/nova-manage --config-file $E/nova.conf"
  $nm api_db sync && $nm cell_v2 map_cell0 --database_connection mysql+pymysql://os:os@127.0.0.1/nova_cell0 \
    && $nm cell_v2 create_cell --name cell1 && $nm db sync
}
jobs_=()
keystone_up > "$RUN/log/schema-keystone.out" 2>&1 & jobs_+=($!)
placement-manage --config-dir "$E/placement" db sync > "$RUN/log/schema-placement.out" 2>&1 & jobs_+=($!)
"$RUN/bin/glance-manage" --config-file "$E/glance-api.conf" db_sync > "$RUN/log/schema-glance.out" 2>&1 & jobs_+=($!)
"$RUN/bin/neutron-db-manage" --config-file "$E/neutron.conf" upgrade heads > "$RUN/log/schema-neutron.out" 2>&1 & jobs_+=($!)
nova_schema > "$RUN/log/schema-nova.out" 2>&1 & jobs_+=($!)
gnocchi-upgrade --config-file "$E/gnocchi.conf" > "$RUN/log/schema-gnocchi.out" 2>&1 & jobs_+=($!)
for j in "${jobs_[@]}"; do wait "$j" || fail "a schema step failed: see $RUN/log/schema-*.out"; done
until_ok 120 RabbitMQ rabbitmq-diagnostics -n rabbit@localhost -q check_port_connectivity
say "schemas ready, Keystone and RabbitMQ up"

# --- the OpenStack services ---------------------------------------------------------------------
OS_PLACEMENT_CONFIG_DIR=$E/placement start placement "$PY" "$RUN/bin/wsgi_serve.py" placement 8778
start glance-api "$RUN/bin/glance-api" --config-file "$E/glance-api.conf"
start neutron-server "$RUN/bin/neutron-server" --config-file "$E/neutron.conf"
GNOCCHI_CONF=$E/gnocchi.conf start gnocchi-api "$PY" "$RUN/bin/wsgi_serve.py" gnocchi 8041
# The scheduler and the computes exit at start-up when Placement does not answer yet.
until_ok 120 Placement curl -sf http://127.0.0.1:8778/
for s in api conductor scheduler; do start nova-$s "$RUN/bin/nova-$s" --config-file "$E/nova.conf" --log-file "$RUN/log/nova-$s.log"; done
for n in $(seq "$COMPUTES"); do
  start nova-compute$n "$RUN/bin/nova-compute" --config-file "$E/nova.conf" --config-file "$E/compute$n.conf" \
    --log-file "$RUN/log/nova-compute$n.log"
done
until_ok 120 Glance curl -s -o /dev/null http://127.0.0.1:9292/
until_ok 120 neutron-server curl -sf http://127.0.0.1:9696/
until_ok 120 Gnocchi curl -sf http://127.0.0.1:8041/
until_ok 240 nova-api curl -sf http://127.0.0.1:8774/
computes_in_db() {
  [ "$(mariadb --socket="$RUN/mysql.sock" -uroot -N -e 'SELECT COUNT(*) FROM nova.compute_nodes')" = "$COMPUTES" ]
}
until_ok 240 "$COMPUTES compute nodes" computes_in_db
"$RUN/bin/nova-manage" --config-file "$E/nova.conf" cell_v2 discover_hosts > "$RUN/log/discover-hosts.out" 2>&1
say "services started"

# --- the cloud's content ------------------------------------------------------------------------
"$PY" "$HERE/seed.py" content "$RUN" "$COMPUTES" || fail "seeding the lab (see the lines above)"
say "READY: $COMPUTES hypervisors, 6 servers, 2 availability zones, 2 server groups, Gnocchi; settings in $RUN/lab.env"
