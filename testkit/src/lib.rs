//! Fake servers for the bot's tests, demo and benchmarks.

pub mod conformance;
pub mod discord;
pub mod postgres;
pub mod technified;
