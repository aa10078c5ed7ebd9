//! install.sh, packaging and completions tests.
