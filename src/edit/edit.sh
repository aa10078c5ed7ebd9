# shellcheck shell=sh
# The edit engine's one script (src/edit/mod.rs runs it with `sh -c SCRIPT gag MODE ...`).
# No user text is ever part of it: paths and the token arrive as arguments.
#
#   read PATH...        print each file (see list_files), without a lock
#   edit TOKEN PATH...  lock, print the files, then wait on stdin for `COMMIT <op>...` plus a
#                       tar of the new files (or anything else: change nothing)
#   backup              lock, then write a tar of /data (but backups/ and logs/) to stdout:
#                       no change can land while it is taken, so the copy is consistent
#   secure              give /data and /data/logs mode 0700 and every file that may hold a
#                       key (see private) and its backup mode 0600; print what changed
#
# Files that may hold a key (default.cfg, everything under wasmplugins/ and secrets/, the
# console's admin password, higress-config with Redis's password) and their backups
# are always written with mode 0600.
# Exit codes: 4 lock busy, 5 a folder is read-only, 6 the commit failed (rolled back).

# list_files PATH...: `FILE i 1 mode uid gid size` + the bytes, or `FILE i 0`; then `END`.
list_files() {
  i=0
  for path in "$@"; do
    if [ -f "$path" ]; then
      printf 'FILE %s 1 %s\n' "$i" "$(stat -c '%a %u %g %s' "$path")"
      cat "$path"
    else
      printf 'FILE %s 0\n' "$i"
    fi
    i=$((i + 1))
  done
  printf 'END\n'
}

# private PATH: whether PATH may hold a key.
private() {
  case $1 in /data/default.cfg | /data/wasmplugins/* | /data/secrets/* | /data/console-admin | /data/configmaps/higress-config.yaml) return 0 ;; esac
  return 1
}
# tighten MODE PATH...: chmod the existing PATHs whose mode differs; print each change.
tighten() {
  want=$1
  shift
  for f in "$@"; do
    [ -e "$f" ] || continue
    have=$(stat -c '%a' "$f")
    [ "$have" = "$want" ] && continue
    chmod "$want" "$f" && printf '%s %s %s\n' "$f" "$have" "$want"
  done
}

mode=$1
shift
if [ "$mode" = read ]; then
  list_files "$@"
  exit 0
fi
if [ "$mode" = secure ]; then
  tighten 700 /data /data/logs
  tighten 600 /data/default.cfg /data/.default.cfg.bak /data/wasmplugins/* /data/wasmplugins/.*.bak \
    /data/secrets/* /data/secrets/.*.bak /data/console-admin /data/.console-admin.bak \
    /data/configmaps/higress-config.yaml /data/configmaps/.higress-config.yaml.bak
  exit 0
fi
# The lock: `flock` on /data/.get-ai-gateway.lock, which the tool takes too when it changes the
# files on the host side of the bind mount (one kernel, one inode, one lock). The kernel drops
# it when its holder dies, so a killed writer leaves no lock. Without flock (or a writable /data
# for a missing lock file) the old lock: a directory in /dev/shm, broken after 30 s.
lock=/data/.get-ai-gateway.lock
# The folders the tool looks in for flock (src/gateway/hostpath.rs), whatever PATH the image sets.
PATH=$PATH:/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin
take_lock() {
  if command -v flock >/dev/null 2>&1 && { [ -f "$lock" ] || : >>"$lock"; } 2>/dev/null && [ -r "$lock" ]; then
    exec 9<"$lock"
    if ! flock -w 20 9; then
      echo "another change has held the edit lock ($lock) for over 20 s" >&2
      exit 4
    fi
    return 0
  fi
  lockdir=/dev/shm
  { [ -d /dev/shm ] && [ -w /dev/shm ]; } || lockdir=/tmp
  lock=$lockdir/get-ai-gateway.edit.lock
  n=0
  while ! mkdir "$lock" 2>/dev/null; do
    now=$(date +%s)
    then=$(stat -c %Y "$lock" 2>/dev/null || echo "$now")
    if [ $((now - then)) -ge 30 ]; then
      rmdir "$lock" 2>/dev/null
      continue
    fi
    n=$((n + 1))
    if [ "$n" -ge 2000 ]; then
      echo "another change has held the edit lock ($lock) for over 20 s" >&2
      exit 4
    fi
    sleep 0.01
  done
  trap 'rmdir "$lock" 2>/dev/null' EXIT
}
# leftovers PATH...: remove the hidden temporaries a killed writer left next to PATHs.
leftovers() {
  for p in "$@"; do
    for f in "${p%/*}"/.*.gag-new-* "${p%/*}"/.gag-probe-*; do
      [ -f "$f" ] && rm -f "$f"
    done
  done
  return 0
}
if [ "$mode" = backup ]; then
  take_lock
  cd /data || exit 1
  set --
  for entry in * .[!.]* ..?*; do
    [ -e "$entry" ] || [ -L "$entry" ] || continue
    case $entry in backups | logs) continue ;; esac
    set -- "$@" "$entry"
  done
  [ "$#" -gt 0 ] || exit 0
  tar -c -f - "$@" || exit 6
  exit 0
fi
tok=$1; shift
take_lock
leftovers "$@"
list_files "$@"
read -r cmd ops || exit 0
[ "$cmd" = COMMIT ] || exit 0
set -f
tmp() { printf '%s/.%s.gag-new-%s' "${1%/*}" "${1##*/}" "$tok"; }
bak() { printf '%s/.%s.bak' "${1%/*}" "${1##*/}"; }
path_at() { eval "path=\${$(($1 + 2))}"; }
cleanup() {
  k=0
  for op in $ops; do
    path_at "$k" "$@"
    [ "$op" = put ] && rm -f "$(tmp "$path")"
    k=$((k + 1))
  done
}
k=0
for op in $ops; do
  path_at "$k" "$@"
  if [ "$op" != keep ]; then
    d=${path%/*}
    [ -d "$d" ] || d=${d%/*}
    probe="$d/.gag-probe-$tok"
    if ! touch "$probe" 2>/dev/null; then
      echo "${path%/*} is read-only" >&2
      exit 5
    fi
    rm -f "$probe"
  fi
  k=$((k + 1))
done
if ! tar -x -f - -C /data; then
  cleanup "$@"
  echo "could not unpack the new files into /data" >&2
  exit 6
fi
done_count=0
failed=0
k=0
for op in $ops; do
  path_at "$k" "$@"
  k=$((k + 1))
  [ "$op" = keep ] && continue
  if [ -f "$path" ] && ! cp -p "$path" "$(bak "$path")"; then failed=1; break; fi
  if private "$path" && [ -f "$(bak "$path")" ]; then chmod 600 "$(bak "$path")"; fi
  if [ "$op" = del ]; then
    rm -f "$path" || { failed=1; break; }
  else
    private "$path" && chmod 600 "$(tmp "$path")"
    mv -f "$(tmp "$path")" "$path" || { failed=1; break; }
    touch "$path"
  fi
  done_count=$k
done
if [ "$failed" = 1 ]; then
  k=0
  for op in $ops; do
    path_at "$k" "$@"
    k=$((k + 1))
    [ "$k" -gt "$done_count" ] && break
    [ "$op" = keep ] && continue
    if [ -f "$(bak "$path")" ]; then cp -p "$(bak "$path")" "$path"; else rm -f "$path"; fi
  done
  cleanup "$@"
  echo "could not replace the gateway's files; the previous versions were put back" >&2
  exit 6
fi
cleanup "$@"
exit 0
