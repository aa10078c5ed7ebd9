//! Issue #15: the console claimed at start (through the stand-in console's `/system/init`,
//! which answers like higress-console's SystemController), `console password`, and gateway
//! keys on by default when the ports are published beyond loopback.

use std::process::Command;

use crate::harness::Test;

const SECRET: &str = "/data/secrets/higress-console.yaml";
const PASSWORD_FILE: &str = "/data/console-admin";
const INIT_LOG: &str = "/var/log/standin/console-init.log";
const KEY_AUTH: &str = "/data/wasmplugins/key-auth.internal.yaml";

/// `POST /session/login` on the console: the HTTP status.
fn login(t: &Test, user: &str, password: &str) -> u16 {
    let body = serde_json::json!({"username": user, "password": password}).to_string();
    let out = Command::new("curl")
        .args(["-s", "-o", "/dev/null", "-w", "%{http_code}", "-X", "POST"])
        .args([
            "-H",
            "Content-Type: application/json",
            "--data-binary",
            &body,
        ])
        .arg(format!("http://127.0.0.1:{}/session/login", t.console()))
        .output()
        .expect("curl");
    String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .unwrap_or(0)
}

/// How many times the console was initialized (the stand-in's log).
fn inits(t: &Test) -> usize {
    let (code, text) = t.exec(&["cat", INIT_LOG]);
    if code != 0 {
        return 0;
    }
    text.lines().count()
}

fn mode_in_container(t: &Test, path: &str) -> String {
    t.exec(&["stat", "-c", "%a", path]).1.trim().to_string()
}

/// The password in `Console: http://localhost:PORT (admin / PASSWORD)`.
fn shown_password(t: &Test, stdout: &str) -> String {
    let prefix = format!("Console: http://localhost:{} (admin / ", t.console());
    let line = stdout
        .lines()
        .find(|l| l.starts_with(&prefix))
        .unwrap_or_else(|| panic!("no console line in:\n{stdout}"));
    line[prefix.len()..].trim_end_matches(')').to_string()
}

fn b64(text: &str) -> String {
    use std::io::Write;
    let mut child = Command::new("base64")
        .arg("-w0")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("base64");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    String::from_utf8(child.wait_with_output().unwrap().stdout).unwrap()
}

fn json(out: &crate::harness::Output) -> serde_json::Value {
    serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", out.stdout))
}

#[test]
fn start_claims_the_console_once_and_later_starts_leave_it_alone() {
    let t = Test::new();
    let first = t.start(&[]).ok();
    let password = shown_password(&t, &first.stdout);
    assert_eq!(password.len(), 20, "{password}");
    assert_eq!(inits(&t), 1);
    assert_eq!(login(&t, "admin", &password), 200);
    assert_eq!(login(&t, "admin", "wrong-password"), 401);
    // The password is kept 0600 in the data folder, and the console's Secret is 0600 too.
    assert_eq!(t.file(PASSWORD_FILE), format!("{password}\n"));
    assert_eq!(mode_in_container(&t, PASSWORD_FILE), "600");
    assert_eq!(mode_in_container(&t, SECRET), "600");
    assert!(!first.stderr.contains(&password), "{}", first.stderr);

    // Shown masked everywhere else; in full only with --show.
    let masked = t.run(&["console", "password"]).ok();
    assert!(!masked.stdout.contains(&password), "{}", masked.stdout);
    assert!(masked.stdout.contains(&password[..4]), "{}", masked.stdout);
    let shown = t.run(&["console", "password", "--show"]).ok();
    assert_eq!(shown.stdout, format!("{password}\n"));
    let v = json(&t.run(&["console", "password", "--json"]).ok());
    assert_eq!(v["initialized"], true);
    assert_eq!(v["claim"], "ours");
    assert_ne!(v["password"], password.as_str());

    // A second start (running), a start after stop, and a new container on the same data
    // folder: never a second init, never the password again.
    let again = t.start(&[]).ok();
    assert!(!again.stdout.contains(&password), "{}", again.stdout);
    assert!(
        again.stdout.contains("console password --show"),
        "{}",
        again.stdout
    );
    t.run(&["stop"]).ok();
    t.start(&[]).ok();
    assert_eq!(inits(&t), 1);
    t.run(&["stop"]).ok();
    t.run(&["delete"]).ok();
    let recreated = t.start(&[]).ok();
    assert_eq!(
        inits(&t),
        0,
        "the new container's console was not initialized again"
    );
    assert!(!recreated.stdout.contains(&password));
    assert_eq!(login(&t, "admin", &password), 200);

    let status = json(&t.run(&["status", "--json"]).ok());
    assert_eq!(status["console"]["initialized"], true);
    assert_eq!(status["console"]["claim"], "ours");
    let human = t.run(&["status"]).ok();
    assert!(
        human
            .stdout
            .contains("Console admin: initialized (admin, password kept by get-ai-gateway)"),
        "{}",
        human.stdout
    );
    let doctor = t.run(&["doctor", "--json"]);
    let rows = json(&doctor)["checks"].as_array().unwrap().clone();
    let row = |name: &str| {
        rows.iter()
            .find(|r| r["check"] == name)
            .unwrap_or_else(|| panic!("no {name} row: {rows:?}"))
            .clone()
    };
    assert_eq!(row("console")["level"], "ok");
    assert_eq!(row("gateway keys")["level"], "ok");
    assert_eq!(
        row("folder modes")["level"],
        "ok",
        "{:?}",
        row("folder modes")
    );
}

#[test]
fn a_console_password_from_stdin_is_stored_verbatim() {
    let t = Test::new();
    t.start_once(&["--console-password", "hunter2-on-the-command-line"])
        .fails(2)
        .stderr_has("possible values: -");
    t.start_with_stdin(&["--console-password", "-"], b"has a\nnewline inside")
        .fails(1)
        .stderr_has("control character");
    assert!(t.inspect().is_none(), "a refused password creates nothing");

    let hostile = "it's \"$(touch /tmp/pwned)\" `id` \\ é中 ${HOME}";
    let out = t
        .start_with_stdin(
            &["--console-password", "-"],
            format!("{hostile}\n").as_bytes(),
        )
        .ok();
    assert_eq!(shown_password(&t, &out.stdout), hostile);
    assert_eq!(login(&t, "admin", hostile), 200);
    assert_eq!(
        t.run(&["console", "password", "--show"]).ok().stdout,
        format!("{hostile}\n")
    );
    assert!(!t.file_exists("/tmp/pwned"));
    assert!(!std::path::Path::new("/tmp/pwned").exists());
    assert!(t.file(SECRET).contains(&b64(hostile)));
}

#[test]
fn a_console_set_up_by_someone_else_is_reported_and_reset_takes_it_over() {
    let t = Test::new();
    // A data folder whose console already has an admin (set in a browser before).
    let secrets = t.data().join("secrets");
    std::fs::create_dir_all(&secrets).unwrap();
    let theirs = format!(
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: higress-console\n  namespace: \
         higress-system\ntype: Opaque\ndata:\n  adminUsername: {}\n  adminDisplayName: {}\n  \
         adminPassword: {}\n  key: {}\n  iv: {}\n",
        b64("root"),
        b64("Root"),
        b64("their-pass-123"),
        b64("k-0123456789abcdef0123456789abcd"),
        b64("iv-0123456789abc")
    );
    std::fs::write(secrets.join("higress-console.yaml"), &theirs).unwrap();
    let out = t.start(&[]).ok();
    assert!(
        out.stdout.contains("set up by someone else"),
        "{}",
        out.stdout
    );
    assert_eq!(inits(&t), 0);
    assert_eq!(t.file(SECRET), theirs, "not overwritten");
    assert_eq!(login(&t, "root", "their-pass-123"), 200);
    t.run(&["console", "password", "--show"])
        .fails(1)
        .stderr_has("does not hold")
        .stderr_has("console password --reset");
    let status = json(&t.run(&["status", "--json"]).ok());
    assert_eq!(status["console"]["claim"], "foreign");

    // Reset needs no old password; the admin's name, key and iv stay.
    let reset = t.run(&["console", "password", "--reset"]).ok();
    let prefix = format!("Console: http://localhost:{} (root / ", t.console());
    let new = reset
        .stdout
        .lines()
        .find_map(|l| l.strip_prefix(&prefix))
        .unwrap_or_else(|| panic!("{}", reset.stdout))
        .trim_end_matches(')')
        .to_string();
    assert_eq!(login(&t, "root", &new), 200);
    assert_eq!(login(&t, "root", "their-pass-123"), 401);
    let secret = t.yaml(SECRET);
    assert_eq!(
        secret["data"]["key"].as_str(),
        Some(b64("k-0123456789abcdef0123456789abcd").as_str())
    );
    assert_eq!(
        secret["data"]["adminUsername"].as_str(),
        Some(b64("root").as_str())
    );
    assert_eq!(mode_in_container(&t, SECRET), "600");
    assert_eq!(
        mode_in_container(&t, "/data/secrets/.higress-console.yaml.bak"),
        "600"
    );
    assert_eq!(
        t.run(&["console", "password", "--show"]).ok().stdout,
        format!("{new}\n")
    );

    // Forgotten again (our file lost): reset with a password from stdin.
    t.exec(&["rm", PASSWORD_FILE]);
    t.run_with_stdin(
        &["console", "password", "--reset", "--password", "-"],
        b"chosen-pass-456\n",
    )
    .ok();
    assert_eq!(login(&t, "root", "chosen-pass-456"), 200);
    assert_eq!(login(&t, "root", &new), 401);
}

#[test]
fn publishing_beyond_loopback_requires_keys_unless_no_auth() {
    let t = Test::new();
    let out = t.start(&["--bind", "0.0.0.0"]).ok();
    let doc = t.yaml(KEY_AUTH);
    assert_eq!(
        doc["spec"]["defaultConfig"]["global_auth"].as_bool(),
        Some(true)
    );
    let consumers = doc["spec"]["defaultConfig"]["consumers"]
        .as_sequence()
        .unwrap();
    assert_eq!(consumers[0]["name"].as_str(), Some("default"));
    let key = consumers[0]["credential"]
        .as_str()
        .unwrap()
        .trim_start_matches("Bearer ");
    assert!(out.stdout.contains(key), "the first key is shown once");
    assert!(
        out.stdout
            .contains("-H \"Authorization: Bearer $GATEWAY_KEY\""),
        "{}",
        out.stdout
    );

    let open = Test::new();
    let out = open.start(&["--bind", "0.0.0.0", "--no-auth"]).ok();
    assert!(
        out.stderr.contains("--no-auth: anyone who reaches"),
        "{}",
        out.stderr
    );
    assert!(!open.file_exists(KEY_AUTH));
    assert!(!out.stdout.contains("Authorization"), "{}", out.stdout);
    let rows = json(&open.run(&["doctor", "--json"]))["checks"].clone();
    let keys = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["check"] == "gateway keys")
        .unwrap()
        .clone();
    assert_eq!(keys["level"], "warn", "{keys}");

    // On loopback nothing changes: no key-auth unless asked.
    let local = Test::new();
    local.start(&[]).ok();
    assert!(!local.file_exists(KEY_AUTH));
}
