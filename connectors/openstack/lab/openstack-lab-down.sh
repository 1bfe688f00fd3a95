#!/bin/bash
# Stops every process openstack-lab-up.sh started (each in its own process group) and removes the
# lab's state; the installed packages and the unpacked paste files stay. Safe to run twice.
LAB=${HARMONY_OS_LAB_DIR:-/tmp/harmony-openstack-lab}
RUN=$LAB/run
[ -d "$RUN" ] || exit 0
groups() { for f in "$RUN"/pid/*; do [ -f "$f" ] && case ${f##*/} in mariadb|rabbitmq) ;; *) cat "$f";; esac; done; }
for g in $(groups); do kill -TERM -- "-$g" 2>/dev/null; done
for _ in 1 2 3 4 5 6; do
  alive=0; for g in $(groups); do kill -0 -- "-$g" 2>/dev/null && alive=1; done
  [ $alive = 0 ] && break; sleep 0.5
done
for g in $(groups); do kill -KILL -- "-$g" 2>/dev/null; done
# the broker and the database last: the services above use them while they stop
RABBITMQ_NODENAME=rabbit@localhost rabbitmqctl -n rabbit@localhost shutdown >/dev/null 2>&1
mariadb-admin --socket="$RUN/mysql.sock" -uroot shutdown >/dev/null 2>&1
for name in rabbitmq mariadb; do
  [ -f "$RUN/pid/$name" ] && kill -KILL -- "-$(cat "$RUN/pid/$name")" 2>/dev/null
done
# the Erlang port mapper is started by rabbitmq outside its process group
epmd -kill >/dev/null 2>&1
rm -rf "$RUN"
exit 0
