//! `usage` and `sessions` against the stand-in: the access log in the data folder, in the
//! container's output, and rotated under `sessions follow`.

use std::io::{BufRead, BufReader, Write as _};
use std::path::PathBuf;
use std::process::Stdio;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::harness::{Output, Test, wait_for};

/// An access-log line: `ai_log` is a JSON string inside the JSON line.
fn line(time: &str, session: &str, round: u64, model: &str, t: [u64; 4], answer: &str) -> String {
    let ai_log = json!({"session_id": session, "chat_round": round, "model": model,
        "consumer": "bot", "input_token": t[0], "output_token": t[1], "cached_tokens": t[2],
        "reasoning_tokens": t[3], "total_token": t[0] + t[1],
        "question": format!("question {round}"), "answer": answer, "reasoning": "",
        "tool_calls": []});
    json!({"timestamp": time, "ai_log": ai_log.to_string(), "response_code": 200}).to_string()
}

/// An answer that would run if the dashboard put it into the page as HTML.
const HOSTILE: &str =
    "<script>document.title='pwned'</script><img src=x onerror=\"document.title='pwned'\">";

/// The fixture: two sessions, a model without a price, a broken line and other traffic.
fn fixture() -> String {
    let lines = [
        line(
            "2026-02-01T10:00:00Z",
            "sess-a",
            1,
            "gpt-4o",
            [1000, 500, 200, 0],
            "hello",
        ),
        line(
            "2026-02-01T10:05:00Z",
            "sess-a",
            2,
            "gpt-4o",
            [3000, 100, 0, 0],
            HOSTILE,
        ),
        line(
            "2026-02-01T23:30:00Z",
            "sess-b",
            1,
            "mystery-model",
            [40, 60, 0, 10],
            "x",
        ),
        r#"{"method":"GET","path":"/healthz","response_code":200}"#.to_string(),
        r#"{"ai_log":"{not json"#.to_string(),
    ];
    lines.join("\n") + "\n"
}

fn json_of(out: &Output) -> Value {
    serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", out.stdout))
}

fn append(path: &std::path::Path, text: &str) {
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .expect("open the access log");
    f.write_all(text.as_bytes()).expect("append");
}

const FEB_1: [&str; 4] = ["--since", "2026-02-01", "--until", "2026-02-01"];

/// gpt-4o: (800 × 2.5 + 200 × 1.25 + 500 × 10 + 3000 × 2.5 + 100 × 10) / 1M.
const GPT4O_USD: f64 = 0.01575;

fn check_hand_totals(t: &Test) {
    let mut args = vec!["usage", "--json", "--by", "model", "--timezone", "UTC"];
    args.extend(FEB_1);
    let v = json_of(&t.run(&args).ok());
    assert_eq!(v["by"], "model");
    let rows = v["rows"].as_array().expect("rows");
    assert_eq!(rows.len(), 2, "{v}");
    let gpt = &rows[0];
    assert_eq!(gpt["key"], "gpt-4o");
    assert_eq!(
        (gpt["rounds"].as_u64(), gpt["input_tokens"].as_u64()),
        (Some(2), Some(4000))
    );
    assert_eq!(gpt["cost_usd"].as_f64(), Some(GPT4O_USD));
    assert_eq!(
        rows[1]["cost_usd"],
        Value::Null,
        "an unknown model has no price"
    );
    let total = &v["total"];
    assert_eq!(total["rounds"], 3);
    assert_eq!(total["total_tokens"], 1500 + 3100 + 100);
    assert_eq!(total["reasoning_tokens"], 10);
    assert_eq!(total["cost_usd"], Value::Null);
    assert_eq!(total["priced_cost_usd"].as_f64(), Some(GPT4O_USD));
    assert_eq!(total["unpriced_models"], json!(["mystery-model"]));
}

/// A started stand-in and its access log, once it holds the line the stand-in writes when
/// it starts (no session, no time).
fn started() -> (Test, PathBuf) {
    let t = Test::new();
    t.start(&[]).ok();
    let log = t.data().join("logs/access.log");
    wait_for("the stand-in's line", 30, || {
        std::fs::read_to_string(&log)
            .ok()
            .filter(|s| s.ends_with('\n'))
    });
    (t, log)
}

#[test]
fn usage_and_sessions_agree_with_totals_by_hand() {
    let (t, log) = started();
    append(&log, &fixture());
    check_hand_totals(&t);

    // Daily in Shanghai: sess-b's 23:30Z is the 2nd there.
    let v = json_of(
        &t.run(&[
            "usage",
            "--json",
            "--timezone",
            "Asia/Shanghai",
            "--since",
            "2026-02-01",
            "--until",
            "2026-02-02",
        ])
        .ok(),
    );
    let days: Vec<_> = v["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["key"].clone(), r["rounds"].clone()))
        .collect();
    assert_eq!(
        days,
        [
            (json!("2026-02-01"), json!(2)),
            (json!("2026-02-02"), json!(1))
        ]
    );

    let v = json_of(
        &t.run(&["sessions", "show", "sess-a", "--json", "--timezone", "UTC"])
            .ok(),
    );
    let rounds = v["rounds"].as_array().unwrap();
    assert_eq!(rounds.len(), 2);
    assert_eq!(rounds[0]["time"], "2026-02-01T10:00:00Z");
    assert_eq!(rounds[0]["cached_tokens"], 200);
    assert_eq!(rounds[1]["answer"], HOSTILE);
    assert_eq!(v["total"]["input_tokens"], 4000);
    assert_eq!(v["total"]["cost_usd"].as_f64(), Some(GPT4O_USD));
    t.run(&["sessions", "show", "nope"])
        .fails(1)
        .stderr_has("sessions list");

    let v = json_of(
        &t.run(&["sessions", "list", "--json", "--sort", "tokens"])
            .ok(),
    );
    let ids: Vec<_> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["session_id"].clone())
        .collect();
    assert_eq!(ids, [json!("sess-a"), json!("sess-b"), json!("")]);
    let text = t.run(&["sessions", "list"]).ok().stdout;
    assert!(
        text.contains("sess-a") && text.contains("unknown"),
        "{text}"
    );

    // The second run reads only the new bytes (state file), and agrees with a full read.
    let more = line(
        "2026-02-01T12:00:00Z",
        "sess-c",
        1,
        "gpt-4o-mini",
        [10, 10, 0, 0],
        "",
    );
    append(&log, &(more + "\n"));
    let state = t.home.path().join(".cache/get-ai-gateway");
    assert!(state.is_dir(), "no state file under {}", state.display());
    let mut args = vec!["usage", "--json", "--by", "session"];
    args.extend(FEB_1);
    let inc = json_of(&t.run(&args).ok());
    args.push("--no-cache");
    let full = json_of(&t.run(&args).ok());
    assert_eq!(inc, full);
    assert_eq!(inc["total"]["rounds"], 4);

    let csv = t.home.path().join("usage.csv");
    let mut args = vec![
        "usage",
        "export",
        "--format",
        "csv",
        csv.to_str().unwrap(),
        "--by",
        "model",
    ];
    args.extend(FEB_1);
    t.run(&args).ok();
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.starts_with("key,model,rounds,input_tokens"), "{text}");
    assert!(
        text.contains("\ngpt-4o,,2,4000,600,200,0,4600,0.01575,0.01575\n"),
        "{text}"
    );
}

/// A running `sessions follow`: its stdout lines, and its stderr lines prefixed with
/// `stderr: `, in one channel read with a deadline.
struct Follow {
    child: std::process::Child,
    rx: mpsc::Receiver<String>,
    deadline: Instant,
    got: Vec<String>,
}

impl Follow {
    fn spawn(t: &Test, extra: &[&str]) -> Follow {
        let mut args = vec!["sessions", "follow", "--container-name", &t.name];
        args.extend_from_slice(extra);
        let mut child = t
            .command(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn follow");
        let (tx, rx) = mpsc::channel::<String>();
        let (out, err) = (child.stdout.take().unwrap(), child.stderr.take().unwrap());
        let tx2 = tx.clone();
        std::thread::spawn(move || {
            let lines = BufReader::new(out).lines().map_while(Result::ok);
            lines.for_each(|l| drop(tx.send(l)))
        });
        std::thread::spawn(move || {
            let lines = BufReader::new(err).lines().map_while(Result::ok);
            lines.for_each(|l| drop(tx2.send(format!("stderr: {l}"))))
        });
        let mut f = Follow {
            child,
            rx,
            deadline: Instant::now() + Duration::from_secs(60),
            got: Vec::new(),
        };
        while !f.next().starts_with("stderr: following") {}
        f
    }

    fn next(&mut self) -> String {
        let left = self.deadline.saturating_duration_since(Instant::now());
        let got = &self.got;
        let l = self
            .rx
            .recv_timeout(left)
            .unwrap_or_else(|_| panic!("timed out; got {got:?}"));
        self.got.push(l.clone());
        l
    }

    /// The next `n` rounds as (session, chat round or 0), sorted.
    fn rounds(&mut self, n: usize) -> Vec<(String, u64)> {
        let mut seen = Vec::new();
        while seen.len() < n {
            let l = self.next();
            let mut words = l.split(' ').skip(1);
            let (Some(session), Some(round)) = (words.next(), words.next()) else {
                continue;
            };
            // `#-`: a line without a chat round.
            if let Some(n) = round.strip_prefix('#') {
                seen.push((session.to_string(), n.parse().unwrap_or(0)));
            }
        }
        seen.sort();
        seen
    }
}

impl Drop for Follow {
    fn drop(&mut self) {
        self.child.kill().ok();
        self.child.wait().ok();
    }
}

#[test]
fn follow_reads_every_round_once_across_a_rotation() {
    let (t, log) = started();
    let mut f = Follow::spawn(&t, &["--session", "f"]);
    let round = |n: u64| line("2026-02-01T10:00:00Z", "f", n, "gpt-4o", [n, 1, 0, 0], "");
    append(&log, &format!("{}\n{}\n", round(1), round(2)));
    // Rotation by rename; the writer's last line still lands in the renamed file.
    let rotated = t.data().join("logs/access.log.1");
    std::fs::rename(&log, &rotated).unwrap();
    append(&rotated, &format!("{}\n", round(3)));
    append(&log, &format!("{}\n{}\n", round(4), round(5)));
    let f_ = |n: u64| ("f".to_string(), n);
    assert_eq!(
        f.rounds(5),
        (1..=5).map(f_).collect::<Vec<_>>(),
        "{:?}",
        f.got
    );
    // Nothing more arrives (no duplicate) before one more round.
    append(&log, &format!("{}\n", round(6)));
    assert_eq!(f.rounds(1), [f_(6)], "{:?}", f.got);
}

#[test]
fn without_a_log_file_the_output_is_read_incrementally_and_followed_across_a_restart() {
    let t = Test::new();
    std::fs::create_dir_all(t.data()).unwrap();
    std::fs::write(t.data().join("standin-no-access-log"), "").unwrap();
    std::fs::write(t.data().join("standin-stdout.log"), fixture()).unwrap();
    t.start(&[]).ok();
    wait_for("the fixture in the output", 30, || {
        t.run(&["logs"])
            .stdout
            .contains("mystery-model")
            .then_some(())
    });
    check_hand_totals(&t);
    let out = t
        .run(&["usage", "--by", "model", "--since", "2026-02-01"])
        .ok();
    assert!(
        out.stderr.contains("reading the container's output"),
        "{}",
        out.stderr
    );
    // `logs --access` says where the lines are instead of failing on the missing file.
    let out = t.run(&["logs", "--access"]).ok();
    assert!(out.stderr.contains("does not exist"), "{}", out.stderr);
    assert!(out.stdout.contains("sess-a"), "{}", out.stdout);

    let mut f = Follow::spawn(&t, &[]);
    // Each start of the stand-in writes its line and the fixture again: new lines.
    t.run(&["stop"]).ok();
    t.start(&[]).ok();
    let once = [("(none)", 0), ("sess-a", 1), ("sess-a", 2), ("sess-b", 1)];
    let once: Vec<(String, u64)> = once.iter().map(|(s, n)| (s.to_string(), *n)).collect();
    let got = f.rounds(4);
    assert_eq!(got, once, "{:?}", f.got);
    drop(f);
    // The state holds the first start's lines; the second run adds only the new ones.
    let mut args = vec!["usage", "--json", "--by", "model"];
    args.extend(FEB_1);
    let inc = json_of(&t.run(&args).ok());
    assert_eq!(inc["total"]["rounds"], 6);
    args.push("--no-cache");
    assert_eq!(inc, json_of(&t.run(&args).ok()));
}

/// Headless Chromium's view of a page: the DOM after its scripts ran, and the title.
fn chromium(args: &[&str], url: &str) -> String {
    let profile = tempfile::tempdir().unwrap();
    let out = std::process::Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--virtual-time-budget=5000",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .arg(url)
        .output()
        .expect("chromium (tests/run.sh installs Debian's package)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn dashboard_shows_sessions_and_totals_and_never_runs_conversation_text() {
    let (t, log) = started();
    append(&log, &fixture());
    let port = crate::harness::free_ports(1)[0].to_string();
    let mut child = t
        .command(&[
            "sessions",
            "serve",
            "--port",
            &port,
            "--container-name",
            &t.name,
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn serve");
    let mut err = BufReader::new(child.stderr.take().unwrap());
    let mut first = String::new();
    err.read_line(&mut first).unwrap();
    assert!(
        first.starts_with("dashboard on http://127.0.0.1:"),
        "{first}"
    );
    let base = format!("http://127.0.0.1:{port}");

    let dom = chromium(&["--dump-dom"], &format!("{base}/"));
    for text in [
        "sess-a",
        "sess-b",
        "mystery-model",
        "4,712",
        "$0.0158 + unknown",
    ] {
        assert!(dom.contains(text), "{text} not in {dom}");
    }
    let page = chromium(&["--dump-dom"], &format!("{base}/session/sess-a"));
    assert!(page.contains("&lt;script&gt;document.title"), "{page}");
    assert!(
        !page.contains("pwned</title>") && !page.contains("<img src=\"x\""),
        "{page}"
    );
    let shot = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("usage-dashboard.png");
    let arg = format!("--screenshot={}", shot.display());
    chromium(&[&arg, "--window-size=1280,900"], &format!("{base}/"));
    assert!(std::fs::metadata(&shot).is_ok_and(|m| m.len() > 1000));

    let api = http_get(&base, "/api/sessions/sess-b");
    assert!(
        api.contains("Content-Security-Policy: default-src 'none'"),
        "{api}"
    );
    child.kill().ok();
    child.wait().ok();
}

/// A raw HTTP GET: the headers and body as text.
fn http_get(base: &str, path: &str) -> String {
    use std::io::Read as _;
    let addr = base.trim_start_matches("http://");
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    write!(s, "GET {path} HTTP/1.1\r\nHost: {addr}\r\n\r\n").unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    out
}

#[test]
fn a_log_file_and_its_rotated_copy_need_no_container() {
    let t = Test::new();
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("copy.log");
    let all = fixture();
    let (old, new) = all.split_at(all.find('\n').unwrap() + 1);
    std::fs::write(dir.path().join("copy.log.1"), old).unwrap();
    std::fs::write(&log, new).unwrap();
    let path = log.to_str().unwrap();
    let mut args = vec!["usage", "--log", path, "--json", "--by", "session"];
    args.extend(FEB_1);
    let v = json_of(&t.run(&args).ok());
    assert_eq!(v["total"]["rounds"], 3);
    assert_eq!(v["total"]["input_tokens"], 4040);
    let v = json_of(
        &t.run(&["sessions", "show", "sess-a", "--log", path, "--json"])
            .ok(),
    );
    assert_eq!(v["rounds"].as_array().map(Vec::len), Some(2));
    t.run(&["usage", "--log", "/nonexistent/x.log"])
        .fails(1)
        .stderr_has("is not a file");
}
