use std::path::Path;

use super::*;

#[test]
fn backup_written_names_the_file_and_warns_about_keys() {
    let (ok, warning) = backup_written(Path::new("/d/backups/gw.tar.gz"), 46, 7835);
    insta::assert_snapshot!(format!("{ok}\nwarning: {warning}"));
}

#[test]
fn restored_into_a_container_and_into_a_new_folder() {
    let in_place = restored(
        46,
        Path::new("/d"),
        Some(Path::new("/d.before-restore-20261129-084243")),
        true,
        None,
    );
    let new_folder = restored(46, Path::new("/new"), None, false, Some(Path::new("/new")));
    let default_folder = restored(46, Path::new("/d"), None, false, None);
    let text = |(kept, done, next): (Option<String>, String, Option<String>)| {
        [kept, Some(done), next]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join("\n")
    };
    insta::assert_snapshot!(
        [text(in_place), text(new_folder), text(default_folder)].join("\n--\n")
    );
}

#[test]
fn upgrade_check_verdicts() {
    let t = "r/higress/all-in-one:latest";
    let lines: Vec<String> = [
        (Freshness::UpToDate, false),
        (Freshness::Newer, false),
        (Freshness::Newer, true),
        (Freshness::NotPulled, false),
        (
            Freshness::Unknown("the registry did not say (offline)".into()),
            false,
        ),
    ]
    .iter()
    .map(|(v, pulled)| {
        let (good, line) = upgrade_check("gw", t, v, *pulled);
        format!("{} {line}", if good { "ok" } else { "warning" })
    })
    .collect();
    insta::assert_snapshot!(lines.join("\n"));
}

#[test]
fn upgraded_says_how_to_go_back() {
    let (done, back) = upgraded("gw", "r/a:1", "r/a:2", 1.27);
    insta::assert_snapshot!(format!("{done}\n{back}"));
}
