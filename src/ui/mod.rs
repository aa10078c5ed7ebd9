//! Terminal output: messages on stderr, results on stdout, colour and bars only on a terminal.

pub mod dashboard;
pub mod render;
pub mod wizard;

use std::collections::HashMap;
use std::io::IsTerminal;
use std::time::Duration;

use crate::edit::EditError;
use crate::engine::EngineError;
use crate::error::UserError;
use crate::gateway::wait::WaitEvent;
use console::style;
use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::engine::PullEvent;

pub fn stdin_is_tty() -> bool {
    std::io::stdin().is_terminal()
}

pub fn stderr_is_tty() -> bool {
    std::io::stderr().is_terminal()
}

/// A progress message on stderr.
pub fn info(message: impl AsRef<str>) {
    eprintln!("{}", message.as_ref());
}

/// A warning on stderr.
pub fn warn(message: impl AsRef<str>) {
    eprintln!(
        "{} {}",
        style("warning:").yellow().bold().for_stderr(),
        message.as_ref()
    );
}

/// A failure on stderr, the way `app::run` prints an error: the message, then its hint.
pub fn failure(message: impl AsRef<str>, hint: Option<&str>) {
    eprintln!(
        "{} {}",
        style("error:").red().bold().for_stderr(),
        message.as_ref()
    );
    if let Some(hint) = hint {
        eprintln!("{} {hint}", style("hint:").cyan().bold().for_stderr());
    }
}

/// The first hint found along an error's chain, whichever layer it comes from.
pub fn hint_of(err: &anyhow::Error) -> Option<&str> {
    err.chain().find_map(|e| {
        if let Some(u) = e.downcast_ref::<UserError>() {
            u.hint.as_deref()
        } else if let Some(e) = e.downcast_ref::<EngineError>() {
            e.hint()
        } else if let Some(e) = e.downcast_ref::<EditError>() {
            e.hint()
        } else {
            None
        }
    })
}

/// A success line on stdout.
pub fn ok(message: impl AsRef<str>) {
    println!("{} {}", style("✓").green().bold(), message.as_ref());
}

pub fn bold(text: &str) -> String {
    style(text).bold().to_string()
}

/// A spinner with elapsed time on a terminal; a single line otherwise.
pub struct Spinner {
    bar: Option<ProgressBar>,
}

impl Spinner {
    pub fn new(message: &str) -> Spinner {
        if stderr_is_tty() {
            let bar = ProgressBar::new_spinner();
            bar.set_style(
                ProgressStyle::with_template("{spinner:.cyan} {msg} ({elapsed})")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            );
            bar.set_message(message.to_string());
            bar.enable_steady_tick(Duration::from_millis(100));
            Spinner { bar: Some(bar) }
        } else {
            info(format!("{message}..."));
            Spinner { bar: None }
        }
    }

    pub fn set_message(&self, message: &str) {
        if let Some(bar) = &self.bar {
            bar.set_message(message.to_string());
        }
    }

    pub fn finish(self, message: &str) {
        if let Some(bar) = self.bar {
            bar.finish_and_clear();
        }
        info(message);
    }

    pub fn abandon(self) {
        if let Some(bar) = self.bar {
            bar.finish_and_clear();
        }
    }
}

/// The readiness wait as a spinner: pass `&mut ui::waiting()` to `wait::until_ready`.
pub fn waiting() -> impl FnMut(WaitEvent) {
    let mut spinner: Option<Spinner> = None;
    move |event| match event {
        WaitEvent::Begin(message) => spinner = Some(Spinner::new(message)),
        WaitEvent::Step(message) => {
            if let Some(s) = &spinner {
                s.set_message(message);
            }
        }
        WaitEvent::Ready(seconds) => {
            let done = format!("Gateway ready in {seconds:.1} s.");
            match spinner.take() {
                Some(s) => s.finish(&done),
                None => info(done),
            }
        }
        WaitEvent::GaveUp => {
            if let Some(s) = spinner.take() {
                s.abandon();
            }
        }
    }
}

/// Pull progress: a bar per layer on a terminal, one line per layer status otherwise.
pub struct PullView {
    multi: Option<MultiProgress>,
    bars: HashMap<String, ProgressBar>,
    last_status: HashMap<String, String>,
}

impl PullView {
    pub fn new() -> PullView {
        let multi =
            stderr_is_tty().then(|| MultiProgress::with_draw_target(ProgressDrawTarget::stderr()));
        PullView {
            multi,
            bars: HashMap::new(),
            last_status: HashMap::new(),
        }
    }

    pub fn event(&mut self, e: PullEvent) {
        let Some(layer) = e.layer.clone().filter(|l| l.len() >= 8 && !l.contains(':')) else {
            if !e.status.is_empty() {
                self.line(&e.status);
            }
            return;
        };
        let short: String = layer.chars().take(12).collect();
        match &self.multi {
            Some(multi) => {
                let bar = self.bars.entry(layer.clone()).or_insert_with(|| {
                    let bar = multi.add(ProgressBar::new(0));
                    bar.set_style(
                        ProgressStyle::with_template(
                            "{prefix} {wide_msg} {bar:30.cyan/blue} {bytes}/{total_bytes}",
                        )
                        .unwrap_or_else(|_| ProgressStyle::default_bar()),
                    );
                    bar.set_prefix(short.clone());
                    bar
                });
                if let Some(total) = e.total {
                    bar.set_length(total);
                }
                if let Some(current) = e.current {
                    bar.set_position(current);
                }
                bar.set_message(e.status.clone());
                if e.status.contains("complete") || e.status.contains("exists") {
                    bar.finish();
                }
            }
            None => {
                if self.last_status.get(&layer) != Some(&e.status) {
                    self.last_status.insert(layer, e.status.clone());
                    info(format!("  layer {short}: {}", e.status));
                }
            }
        }
    }

    fn line(&self, text: &str) {
        match &self.multi {
            Some(multi) => {
                let _ = multi.println(text);
            }
            None => info(format!("  {text}")),
        }
    }

    pub fn finish(self) {
        if let Some(multi) = self.multi {
            let _ = multi.clear();
        }
    }
}

impl Default for PullView {
    fn default() -> Self {
        PullView::new()
    }
}

/// Print rows as aligned columns.
pub fn table(headers: &[&str], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            if let Some(w) = widths.get_mut(i) {
                *w = (*w).max(console::measure_text_width(cell));
            }
        }
    }
    let render = |cells: Vec<String>| {
        let mut line = String::new();
        for (i, cell) in cells.iter().enumerate() {
            if i + 1 == cells.len() {
                line.push_str(cell);
            } else {
                let pad = widths[i].saturating_sub(console::measure_text_width(cell));
                line.push_str(cell);
                line.push_str(&" ".repeat(pad + 2));
            }
        }
        line.trim_end().to_string()
    };
    let mut out = vec![render(headers.iter().map(|h| h.to_string()).collect())];
    for row in rows {
        out.push(render(row.clone()));
    }
    out.join("\n")
}

/// Print JSON to stdout (pretty, newline-terminated).
/// What a command reports: the JSON document with `--json`, else the text for a person.
/// Either side is built only when it is the one printed.
pub fn report(json: bool, value: impl FnOnce() -> serde_json::Value, text: impl FnOnce()) {
    if json {
        print_json(&value());
    } else {
        text();
    }
}

pub fn print_json(value: &serde_json::Value) {
    match serde_json::to_string_pretty(value) {
        Ok(text) => println!("{text}"),
        Err(_) => println!("{value}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::{fail, fail_hint};

    #[test]
    fn hints_are_found_in_every_layer() {
        let e = fail_hint("no", "do this");
        assert_eq!(hint_of(&e), Some("do this"));
        assert_eq!(hint_of(&fail("no")), None);
        let e: anyhow::Error = EngineError::NotRunning("g".into()).into();
        assert_eq!(hint_of(&e), Some("start it with `get-ai-gateway start`"));
        let e: anyhow::Error = EditError::Locked("busy".into()).into();
        assert!(hint_of(&e).is_some_and(|h| h.contains("try again")));
        let e = anyhow::Error::from(EditError::NotWritable("ro".into())).context("config add");
        assert!(hint_of(&e).is_some_and(|h| h.contains("writable")));
    }
}
