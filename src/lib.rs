//! technified-bot: a self-hosted Discord bot for servers that use Technified.
//!
//! Layout: `technified` is the HTTP client (no Discord types), `retry` the retry policy,
//! `store` the SQLite store, `discord` the Discord layer (framework, replies, errors, texts),
//! `commands` (the top-level `commands/` folder) the thin slash commands, and `app` wires them
//! into the running process.

pub mod app;
pub mod config;
pub mod discord;
pub mod retry;
pub mod store;
pub mod technified;

#[path = "../commands/mod.rs"]
pub mod commands;
