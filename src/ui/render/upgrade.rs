//! Pure renderers of `upgrade` and `upgrade --check` output, pinned by snapshot tests.

use crate::domain::ops::upgrade::Freshness;

/// `upgrade --check`: (good news or a plain fact, the line).
pub fn upgrade_check(
    name: &str,
    target: &str,
    verdict: &Freshness,
    pulled_not_running: bool,
) -> (bool, String) {
    match verdict {
        Freshness::UpToDate => (true, format!("{name} runs the newest {target}.")),
        Freshness::Newer if pulled_not_running => (
            true,
            format!(
                "A different {target} is on this machine: `get-ai-gateway upgrade` switches to it."
            ),
        ),
        Freshness::Newer | Freshness::NotPulled => (
            true,
            format!("The registry has a newer {target}: `get-ai-gateway upgrade` pulls it."),
        ),
        Freshness::Unknown(why) => (
            false,
            format!("cannot tell whether {target} is newer: {why}"),
        ),
    }
}

/// After a recreate that moved the data folder: where the old one is.
pub fn moved(from: &dyn std::fmt::Display, to: &dyn std::fmt::Display) -> String {
    format!(
        "The data is in {to} now; the previous data folder {from} is left as it was, with the \
         backup `upgrade --rollback` uses in its backups/ (remove it when you need neither)."
    )
}

/// After a recreate on the same image (`apply --recreate` of ports, bind or data folder):
/// (the success line, how to go back).
pub fn recreated(name: &str, image: &str, seconds: f64) -> (String, String) {
    (
        format!("Recreated {name} on {image} in {seconds:.1} s; keys and rules are unchanged."),
        "To move back, apply the file with the previous `start:` values and --recreate."
            .to_string(),
    )
}

/// After a successful upgrade: (the success line, how to go back).
pub fn upgraded(name: &str, from: &str, to: &str, seconds: f64) -> (String, String) {
    (
        format!(
            "Upgraded {name} from {from} to {to} in {seconds:.1} s; keys and rules are unchanged."
        ),
        "Go back with `get-ai-gateway upgrade --rollback`.".to_string(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn recreated_on_the_same_image_says_where_the_data_is_and_how_to_move_back() {
        let (done, back) = recreated("gw", "r/a:1", 2.04);
        let moved = moved(&"/srv/gw", &"/mnt/gw");
        assert_eq!(
            format!("{done}\n{moved}\n{back}"),
            "Recreated gw on r/a:1 in 2.0 s; keys and rules are unchanged.\n\
             The data is in /mnt/gw now; the previous data folder /srv/gw is left as it was, \
             with the backup `upgrade --rollback` uses in its backups/ (remove it when you need \
             neither).\n\
             To move back, apply the file with the previous `start:` values and --recreate."
        );
    }
}
