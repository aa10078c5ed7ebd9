use super::*;

fn file(path: &str, text: &str) -> Entry {
    Entry {
        path: path.into(),
        kind: Kind::File,
        mode: 0o600,
        mtime: 1,
        bytes: text.as_bytes().to_vec(),
    }
}

fn sample() -> (Meta, Vec<Entry>) {
    let meta = Meta {
        container: "gw".into(),
        image: "repo/all-in-one:1".into(),
        created: "2026-11-29T08:00:00Z".into(),
    };
    let dir = Entry {
        path: "wasmplugins".into(),
        kind: Kind::Dir,
        mode: 0o755,
        mtime: 1,
        bytes: Vec::new(),
    };
    let entries = vec![
        file("default.cfg", "MODE=full\nDEEPSEEK_API_KEY=sk-1\n"),
        dir,
        file("wasmplugins/ai-proxy.internal.yaml", "spec: {}\n"),
    ];
    (meta, entries)
}

#[test]
fn a_packed_backup_unpacks_to_the_same_entries() {
    let (meta, entries) = sample();
    let archive = pack(&meta, &entries).unwrap();
    let back = unpack(&archive).unwrap();
    assert_eq!(back.meta, meta);
    assert_eq!(back.entries, entries);
    assert_eq!(back.file_count(), 2);
    assert_eq!(
        back.text("default.cfg").as_deref(),
        Some("MODE=full\nDEEPSEEK_API_KEY=sk-1\n")
    );
}

#[test]
fn the_manifest_lists_each_file_with_its_sha256_and_size() {
    let (meta, entries) = sample();
    let text = manifest_text(&meta, &entries);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "get-ai-gateway backup 1");
    assert_eq!(lines[1], "container: gw");
    assert_eq!(
        lines[4],
        format!(
            "{}  32  default.cfg",
            sha256_hex(b"MODE=full\nDEEPSEEK_API_KEY=sk-1\n")
        )
    );
    assert_eq!(lines.len(), 6, "directories are not listed");
    assert_eq!(
        sha256_hex(b""),
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    );
}

#[test]
fn a_changed_missing_or_extra_file_fails_verification() {
    let (meta, entries) = sample();
    let text = manifest_text(&meta, &entries);
    assert!(check_manifest(&text, &entries).is_ok());
    let mut changed = entries.clone();
    changed[0].bytes = b"MODE=full\nDEEPSEEK_API_KEY=sk-2\n".to_vec();
    let err = check_manifest(&text, &changed).unwrap_err().to_string();
    assert!(
        err.contains("default.cfg does not match its SHA-256"),
        "{err}"
    );
    let missing: Vec<Entry> = entries[..2].to_vec();
    let err = check_manifest(&text, &missing).unwrap_err().to_string();
    assert!(err.contains("is missing from the archive"), "{err}");
    let mut extra = entries.clone();
    extra.push(file("x.yaml", "a: 1\n"));
    let err = check_manifest(&text, &extra).unwrap_err().to_string();
    assert!(err.contains("x.yaml is not in the manifest"), "{err}");
    assert!(check_manifest("something else\n", &entries).is_err());
}

#[test]
fn truncated_or_corrupt_archives_are_refused() {
    let (meta, entries) = sample();
    let archive = pack(&meta, &entries).unwrap();
    for cut in [0, 10, archive.len() / 2, archive.len() - 1] {
        let err = unpack(&archive[..cut]).unwrap_err().to_string();
        assert!(err.contains("nothing was changed"), "{cut}: {err}");
    }
    let mut flipped = archive.clone();
    let mid = flipped.len() / 2;
    flipped[mid] ^= 0xff;
    assert!(unpack(&flipped).is_err());
    assert!(unpack(b"not a gzip file").is_err());
}

#[test]
fn container_tar_paths_are_cleaned_and_escapes_refused() {
    let mut b = tar::Builder::new(Vec::new());
    let mut h = tar::Header::new_gnu();
    h.set_size(2);
    h.set_mode(0o644);
    b.append_data(&mut h, "./default.cfg", &b"A\n"[..]).unwrap();
    let plain = b.into_inner().unwrap();
    let entries = entries_from_tar(&plain).unwrap();
    assert_eq!(entries[0].path, "default.cfg");
    assert!(clean_path("../etc/passwd").is_err());
    assert!(clean_path("/etc/passwd").is_err());
    assert_eq!(clean_path("./").unwrap(), None);
    assert_eq!(clean_path("a/./b").unwrap().as_deref(), Some("a/b"));
}

#[test]
fn an_archive_without_default_cfg_is_not_a_gateway_backup() {
    let (meta, entries) = sample();
    let archive = pack(&meta, &entries[1..]).unwrap();
    let err = unpack(&archive).unwrap_err().to_string();
    assert!(err.contains("no default.cfg"), "{err}");
}

#[test]
fn default_names_carry_the_container_and_the_time() {
    let now = chrono::DateTime::parse_from_rfc3339("2026-11-29T08:42:43Z")
        .unwrap()
        .with_timezone(&chrono::Utc);
    assert_eq!(
        default_file_name("higress-ai-gateway", now),
        "get-ai-gateway-higress-ai-gateway-20261129-084243.tar.gz"
    );
}

#[test]
fn a_dump_redis_is_still_writing_is_left_out() {
    assert!(is_partial_dump("redis/temp-42.rdb"));
    assert!(is_partial_dump("redis/temp-bgsave-7.rdb"));
    for kept in [
        "redis/dump.rdb",
        "temp-1.rdb",
        "redis/x/temp-1.rdb",
        "redis/temp-1.aof",
    ] {
        assert!(!is_partial_dump(kept), "{kept}");
    }
}
