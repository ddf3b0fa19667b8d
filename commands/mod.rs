//! The slash commands. Each is thin: check input, call the core, show the result. The names
//! and options are docs/behaviour.md's command table exactly. What Discord shows of them, the
//! descriptions and the names in other languages, is in the `## commands` group of each
//! `locales/<code>.ftl` (applied in `src/discord/lang/commands.rs`).

mod bindings;
mod cases;
mod doctor;
mod help;
mod jobs;
mod key;
mod lookup;
mod roblox;
mod settings;
mod setup;
mod shield;

use crate::discord::{Data, Error};

/// Every command, in the order `/help` lists them.
pub fn all() -> Vec<poise::Command<Data, Error>> {
    vec![
        setup::setup(),
        key::key(),
        lookup::lookup(),
        bindings::bindings(),
        roblox::roblox(),
        shield::shield(),
        jobs::jobs(),
        settings::settings(),
        cases::cases(),
        doctor::doctor(),
        help::help(),
    ]
}
