//! Retry policy (pure functions) and, later, the retry engine.

pub mod policy;
