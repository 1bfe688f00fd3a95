#!/bin/bash
# Writes the lab's configuration files. Usage: lab-config.sh RUN_DIR PASTE_DIR COMPUTES
# Every service listens on 127.0.0.1, talks to MariaDB as os/os and to Keystone as admin/admin.
set -euo pipefail
RUN=$1 PASTE=$2 COMPUTES=$3
E=$RUN/etc
mkdir -p "$E/placement"
DB=mysql+pymysql://os:os@127.0.0.1
SERVICE_USER="auth_url = http://127.0.0.1:5000/v3
auth_type = password
username = admin
password = admin
user_domain_name = Default
project_name = admin
project_domain_name = Default
region_name = RegionOne"
TOKEN_CHECK="[keystone_authtoken]
www_authenticate_uri = http://127.0.0.1:5000/v3
$SERVICE_USER"

cp "$PASTE/usr/share/nova-common/api-paste.ini" "$E/nova-api-paste.ini"
cp "$PASTE/usr/share/glance-common/glance-api-paste.ini" "$E/glance-api-paste.ini"
cp "$PASTE/usr/share/neutron-common/api-paste.ini" "$E/neutron-api-paste.ini"

cat > "$E/my.cnf" <<CNF
[mysqld]
datadir = $RUN/mysql
socket = $RUN/mysql.sock
pid-file = $RUN/mysql.pid
log-error = $RUN/log/mariadb.err
bind-address = 127.0.0.1
port = 3306
user = root
max_connections = 500
innodb_buffer_pool_size = 128M
# a throw-away lab: trade durability for speed
innodb_flush_log_at_trx_commit = 0
innodb_doublewrite = 0
skip-log-bin
character-set-server = utf8mb4
collation-server = utf8mb4_general_ci
CNF

cat > "$E/keystone.conf" <<CNF
[DEFAULT]
log_file = $RUN/log/keystone.log
[database]
connection = $DB/keystone
[token]
provider = fernet
[identity]
# the lowest bcrypt cost keystone accepts: logins stay fast on two cores
password_hash_rounds = 4
[fernet_tokens]
key_repository = $RUN/keys/fernet
[fernet_receipts]
key_repository = $RUN/keys/fernet
[credential]
key_repository = $RUN/keys/credential
CNF

cat > "$E/placement/placement.conf" <<CNF
[DEFAULT]
log_file = $RUN/log/placement.log
[placement_database]
connection = $DB/placement
[api]
auth_strategy = keystone
$TOKEN_CHECK
CNF

cat > "$E/glance-api.conf" <<CNF
[DEFAULT]
bind_host = 127.0.0.1
bind_port = 9292
workers = 1
log_file = $RUN/log/glance-api.log
enabled_backends = fs:file
[database]
connection = $DB/glance
[glance_store]
default_backend = fs
[fs]
filesystem_store_datadir = $RUN/images
[os_glance_staging_store]
filesystem_store_datadir = $RUN/images/staging
[os_glance_tasks_store]
filesystem_store_datadir = $RUN/images/tasks
[paste_deploy]
flavor = keystone
config_file = $E/glance-api-paste.ini
$TOKEN_CHECK
[oslo_concurrency]
lock_path = $RUN/lock
CNF

# neutron-server alone: nova asks it for ports during a live migration even with no networks
cat > "$E/neutron.conf" <<CNF
[DEFAULT]
bind_host = 127.0.0.1
bind_port = 9696
api_workers = 0
rpc_workers = 0
rpc_state_report_workers = 0
core_plugin = ml2
# without the router plugin GET /v2.0/ports answers 500
service_plugins = router
auth_strategy = keystone
transport_url = rabbit://guest:guest@127.0.0.1:5672/
notify_nova_on_port_status_changes = false
notify_nova_on_port_data_changes = false
state_path = $RUN/state/neutron
api_paste_config = $E/neutron-api-paste.ini
log_file = $RUN/log/neutron-server.log
[database]
connection = $DB/neutron
$TOKEN_CHECK
[ml2]
type_drivers = flat,local
tenant_network_types = local
mechanism_drivers =
extension_drivers = port_security
[oslo_concurrency]
lock_path = $RUN/lock
[oslo_messaging_notifications]
driver = noop
[agent]
root_helper = true
CNF

cat > "$E/nova.conf" <<CNF
[DEFAULT]
transport_url = rabbit://guest:guest@127.0.0.1:5672/
my_ip = 127.0.0.1
state_path = $RUN/state/nova
compute_driver = fake.FakeDriver
enabled_apis = osapi_compute
osapi_compute_listen = 127.0.0.1
osapi_compute_listen_port = 8774
osapi_compute_workers = 1
use_rootwrap_daemon = false
heal_instance_info_cache_interval = -1
# the hypervisors' usage fields follow within 10 s instead of nova's default 60 s
update_resources_interval = 10
[api]
auth_strategy = keystone
[wsgi]
api_paste_config = $E/nova-api-paste.ini
[api_database]
connection = $DB/nova_api
[database]
connection = $DB/nova
$TOKEN_CHECK
[placement]
$SERVICE_USER
[neutron]
$SERVICE_USER
[glance]
region_name = RegionOne
[scheduler]
workers = 1
discover_hosts_in_cells_interval = 10
[conductor]
workers = 1
[oslo_concurrency]
lock_path = $RUN/lock
[oslo_messaging_notifications]
driver = noop
[vnc]
enabled = false
CNF

# Gnocchi, the metrics service Ceilometer writes to: file storage, MariaDB index, Keystone tokens.
# Its paste file names only the project, so the token check would look in /etc/gnocchi: point it here.
mkdir -p "$RUN/gnocchi"
sed "s#^oslo_config_project = gnocchi#&\noslo_config_file = $E/gnocchi.conf#" \
  /usr/lib/python3/dist-packages/gnocchi/rest/api-paste.ini > "$E/gnocchi-api-paste.ini"
cat > "$E/gnocchi.conf" <<CNF
[DEFAULT]
log_file = $RUN/log/gnocchi-api.log
coordination_url = file://$RUN/gnocchi/locks
[api]
auth_mode = keystone
paste_config = $E/gnocchi-api-paste.ini
[indexer]
url = $DB/gnocchi
[storage]
driver = file
file_basepath = $RUN/gnocchi
$TOKEN_CHECK
CNF

# one overlay per compute: its host name (which is also its hypervisor name) and state directory
for n in $(seq "$COMPUTES"); do
  mkdir -p "$RUN/state/compute$n"
  printf '[DEFAULT]\nhost = fake-host-%s\nstate_path = %s/state/compute%s\n' "$n" "$RUN" "$n" > "$E/compute$n.conf"
done
