//! technified-bot: a self-hosted Discord bot for servers that use Technified.
//!
//! Layout: `technified` is the HTTP client (no Discord types), `retry` the retry policy,
//! `store` the SQLite store, `discord` the Discord layer (replies, errors, texts), `commands`
//! (the top-level `commands/` folder) the thin slash commands, `bot` the framework that runs
//! them, `clock` the one clock they all read, and `app` wires everything into the running process (`data_folder` keeps it the only
//! one on its data folder). docs/architecture.md has the map.

pub mod app;
pub mod bot;
pub mod clock;
pub mod config;
pub mod data_folder;
pub mod discord;
pub mod retry;
pub mod shard_range;
pub mod shards;
pub mod store;
pub mod technified;

#[path = "../commands/mod.rs"]
pub mod commands;
