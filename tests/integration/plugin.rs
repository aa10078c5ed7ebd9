//! Plugin install tests (OpenClaw / Clawdbot).
