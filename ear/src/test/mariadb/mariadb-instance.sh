#!/usr/bin/env bash
# The MariaDB instance of the integration tests' MySQL pass (profile "mariadb" of ear/pom.xml):
# a throw-away server of its own in a folder under target/, listening on loopback only, never a
# system service and never reading the machine's my.cnf.
#
#   mariadb-instance.sh start DIR PORT USER PASSWORD DATABASE...
#       stops what an earlier, killed build may have left running, creates an empty server in
#       DIR, starts it on 127.0.0.1:PORT and creates each DATABASE (utf8mb4) owned by USER.
#   mariadb-instance.sh stop DIR PORT
#       shuts it down and waits until it has.
#   mariadb-instance.sh pause DIR PORT
#       the same, keeping its data: DatabaseOutageIT takes the database away under load.
#   mariadb-instance.sh resume DIR PORT
#       starts the server again on the data that pause kept.
#
# root has no password and can only connect from this machine; DeployGuideIT connects as root to
# create its database the way docs/deploy.md tells a database administrator to.
set -euo pipefail

action=${1:?start or stop}
dir=${2:?folder}
port=${3:?port}
socket=$dir/mariadb.sock
pid_file=$dir/mariadbd.pid
log=$dir/mariadbd.log

find_program() {
  local name
  for name in "$@"; do
    if command -v "$name" >/dev/null 2>&1; then
      command -v "$name"
      return
    fi
    for folder in /usr/sbin /usr/libexec /usr/bin; do
      if [ -x "$folder/$name" ]; then
        echo "$folder/$name"
        return
      fi
    done
  done
  echo "MariaDB is not installed: none of $* found (Debian: apt-get install mariadb-server)" >&2
  exit 1
}

# A process counts as running unless it is gone or only a zombie waiting for its parent.
running() {
  local state
  state=$(ps -o stat= -p "$1" 2>/dev/null || true)
  [ -n "$state" ] && [ "${state:0:1}" != Z ]
}

admin() {
  "$(find_program mariadb-admin mysqladmin)" --no-defaults --user=root "$@"
}

stop() {
  local pid=""
  if [ -f "$pid_file" ]; then
    pid=$(cat "$pid_file")
  fi
  if [ -S "$socket" ]; then
    admin --socket="$socket" shutdown >/dev/null 2>&1 || true
  fi
  # A killed build whose target/ was cleaned since leaves no pid file, only the port taken: a
  # test instance accepts root without a password there, any other server refuses this.
  admin --host=127.0.0.1 --port="$port" --connect-timeout=2 shutdown >/dev/null 2>&1 || true
  if [ -n "$pid" ]; then
    for _ in $(seq 1 60); do
      running "$pid" || break
      sleep 0.5
    done
    if running "$pid"; then
      kill -9 "$pid"
    fi
  fi
  rm -f "$pid_file" "$socket"
}

# Starts mariadbd on the data in DIR and waits until it answers.
# MySQL 8's default SQL mode, stricter than MariaDB's, so that what passes here passes there.
# innodb-flush-log-at-trx-commit=1, as in production: every commit is on disk before it is
# acknowledged. The routing engine commits its events in groups, which makes that affordable.
# Standard streams go to files: the build waits for every process holding its pipes.
launch() {
  "$(find_program mariadbd mysqld)" --no-defaults --user=root --datadir="$dir/data" \
    --socket="$socket" --pid-file="$pid_file" --log-error="$log" \
    --bind-address=127.0.0.1 --port="$port" --skip-name-resolve \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_bin \
    --sql-mode=ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION \
    --innodb-buffer-pool-size=64M --innodb-flush-log-at-trx-commit=1 </dev/null >>"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do
    if admin --socket="$socket" ping >/dev/null 2>&1; then
      return
    fi
    if ! running "$pid"; then
      cat "$log" >&2
      echo "MariaDB did not start (port $port taken?)" >&2
      exit 1
    fi
    sleep 0.25
  done
}

start() {
  local user=${1:?user} password=${2:?password}
  shift 2
  stop
  rm -rf "$dir"
  mkdir -p "$dir"
  "$(find_program mariadb-install-db mysql_install_db)" --no-defaults --user=root \
    --datadir="$dir/data" --auth-root-authentication-method=normal --skip-test-db \
    >"$dir/install.log" 2>&1 || { cat "$dir/install.log" >&2; exit 1; }
  launch
  local sql="CREATE USER '$user'@'127.0.0.1' IDENTIFIED BY '$password';"
  for database in "$@"; do
    sql+="CREATE DATABASE $database CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;"
    sql+="GRANT ALL PRIVILEGES ON $database.* TO '$user'@'127.0.0.1';"
  done
  "$(find_program mariadb mysql)" --no-defaults --user=root --socket="$socket" -e "$sql"
  echo "MariaDB $(admin --socket="$socket" version | sed -n 's/^Server version[[:space:]]*//p')" \
    "on 127.0.0.1:$port (pid $pid, data in $dir): databases $*"
}

case $action in
  start) start "${@:4}" ;;
  stop | pause) stop ;;
  resume) launch && echo "MariaDB resumed on 127.0.0.1:$port (pid $pid)" ;;
  *) echo "unknown action $action" >&2; exit 2 ;;
esac
