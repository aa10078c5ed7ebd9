# shellcheck shell=sh
# The edit engine's one script (src/edit/mod.rs runs it with `sh -c SCRIPT gag MODE ...`).
# No user text is ever part of it: paths and the token arrive as arguments.
#
#   read PATH...        print each file (see list_files), without a lock
#   tree PATH...        the same for PATHs and every file of the tree (see tree_files)
#   edit TOKEN PATH...  lock, print the files, then wait on stdin for `COMMIT <op>...` plus a
#                       tar of the new files (or anything else: change nothing)
#   edit-tree TOKEN PATH...
#                       edit, on PATHs and every file of the tree, found under the lock
#   backup              lock, then write a tar of /data (but backups/ and logs/) to stdout:
#                       no change can land while it is taken, so the copy is consistent
#   secure              give /data and /data/logs mode 0700 and every file that may hold a
#                       key (see private) and its backup mode 0600; print what changed
#
# Files that may hold a key (default.cfg, everything under wasmplugins/ and secrets/, the
# console's admin password, higress-config with Redis's password) and their backups
# are always written with mode 0600: the tool gives them that mode in the tar it sends
# (`holds_keys` in src/edit/mod.rs), and `secure` tightens what an older version left.
# Exit codes: 4 lock busy, 5 a folder is read-only, 6 the commit failed (rolled back).

# list_files PATH...: `HAVE` and one flag per PATH (1: a regular file, 0: none), one line
# `mode uid gid size` per file there (one stat), their bytes back to back (one cat), `END`.
# A command substitution or a program per file costs a process each, a millisecond or more on
# a busy machine: the listing takes two, whatever the number of files.
list_files() {
  have=
  k=$#
  while [ "$k" -gt 0 ]; do
    path=$1
    shift
    if [ -f "$path" ]; then
      have="$have 1"
      set -- "$@" "$path"
    else
      have="$have 0"
    fi
    k=$((k - 1))
  done
  printf 'HAVE%s\n' "$have"
  if [ "$#" -gt 0 ]; then
    stat -c '%a %u %g %s' "$@" && cat "$@"
  fi
  printf 'END\n'
}

# tree_files: every `*.yaml` file under /data but logs/ (one find), printed as a line
# `FOUND n` and the n files, one a line, and kept in $added (one a line) for the caller to
# append to its list. A file also named by the caller is listed twice (the tool keeps the
# first): comparing names here would cost more than listing a small file again. A name
# holding a newline would read as two: such names are left out.
tree_files() {
  found=$(find /data -path /data/logs -prune -o -type f -name '*.yaml' -print)
  n=0
  added=
  saved_ifs=$IFS
  IFS='
'
  set -f
  for f in $found; do
    [ -f "$f" ] || continue
    added="$added$f
"
    n=$((n + 1))
  done
  set +f
  IFS=$saved_ifs
  printf 'FOUND %s\n%s' "$n" "$added"
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
# tree reads without the lock; the edits take it before they list anything.
if [ "$mode" != tree ]; then
  tok=$1; shift
  take_lock
fi
# The positional list, then $added (one a line, no globbing): see tree_files.
if [ "$mode" = tree ] || [ "$mode" = edit-tree ]; then
  tree_files
  IFS='
'
  set -f
  # shellcheck disable=SC2086
  set -- "$@" $added
  set +f
  IFS=' 	
'
fi
if [ "$mode" = tree ]; then
  list_files "$@"
  exit 0
fi
leftovers "$@"
list_files "$@"
read -r cmd ops || exit 0
[ "$cmd" = COMMIT ] || exit 0
set -f
n=0
for op in $ops; do n=$((n + 1)); done
if [ "$n" -ne "$#" ]; then
  echo "the commit names $n operations for $# files" >&2
  exit 6
fi
# The change costs few processes: the tar holds the new files and the backups of the files
# they replace (the tool has their bytes from the listing, under this lock), with their modes
# and owners, so that committing is a rename per file.
path_at() { eval "path=\${$(($1 + 2))}"; }
# names: the temporaries and the backup of $path.
names() {
  tmp="${path%/*}/.${path##*/}.gag-new-$tok"
  bak="${path%/*}/.${path##*/}.bak"
  baktmp="$bak.gag-new-$tok"
}
# writable: whether a file can be made in the folder of $path (or its parent, when missing).
writable() {
  d=${path%/*}
  [ -d "$d" ] || d=${d%/*}
  probe="$d/.gag-probe-$tok"
  touch "$probe" 2>/dev/null || return 1
  rm -f "$probe"
}
cleanup() {
  k=0
  for op in $ops; do
    path_at "$k" "$@"
    k=$((k + 1))
    [ "$op" = keep ] && continue
    names
    [ -f "$tmp" ] && rm -f "$tmp"
    [ -f "$baktmp" ] && rm -f "$baktmp"
  done
  return 0
}
# read_only OP...: the first folder of a change with one of OPs that is read-only: exit 5.
read_only() {
  k=0
  for op in $ops; do
    path_at "$k" "$@"
    k=$((k + 1))
    case " $read_only_ops " in *" $op "*) ;; *) continue ;; esac
    if ! writable; then
      cleanup "$@"
      echo "${path%/*} is read-only" >&2
      exit 5
    fi
  done
}
# Deletes unpack nothing: their folders are checked first; unpacking checks the others.
read_only_ops=del
read_only "$@"
if ! tar -x -f - -C /data; then
  read_only_ops="put del"
  read_only "$@"
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
  names
  if [ -f "$baktmp" ]; then mv -f "$baktmp" "$bak" || { failed=1; break; }; fi
  if [ "$op" = del ]; then
    rm -f "$path" || { failed=1; break; }
  else
    mv -f "$tmp" "$path" || { failed=1; break; }
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
    names
    if [ -f "$bak" ]; then cp -p "$bak" "$path"; else rm -f "$path"; fi
  done
  cleanup "$@"
  echo "could not replace the gateway's files; the previous versions were put back" >&2
  exit 6
fi
# One touch for every new file, so that the gateway reloads them.
touch_new() {
  k=$#
  for op in $ops; do
    path=$1
    shift
    k=$((k - 1))
    [ "$op" = put ] && set -- "$@" "$path"
  done
  [ "$#" -gt 0 ] && touch "$@"
  return 0
}
touch_new "$@"
exit 0
