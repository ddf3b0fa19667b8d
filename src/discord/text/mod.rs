//! Every sentence a Discord user reads, in one place (English for now). Handlers and the error
//! mapping pick a text from here, so a translation by Discord locale only touches this module.
//! Its length is the number of sentences the bot says; it is meant to become one translation
//! file per language, grouped by feature.

mod audit;
mod ban_sync;
mod bindings;
mod cases;
mod doctor;
mod errors;
mod help;
mod input;
mod jobs;
mod lookup;
mod roblox;
mod settings;
mod setup;
mod words;
mod writes;

pub use audit::*;
pub use ban_sync::*;
pub use bindings::*;
pub use cases::*;
pub use doctor::*;
pub use errors::*;
pub use help::*;
pub use input::*;
pub use jobs::*;
pub use lookup::*;
pub use roblox::*;
pub use settings::*;
pub use setup::*;
pub use words::*;
pub use writes::*;

/// A title and the sentence under it.
pub struct Notice {
    pub title: String,
    pub body: String,
}

fn notice(title: impl Into<String>, body: impl Into<String>) -> Notice {
    Notice {
        title: title.into(),
        body: body.into(),
    }
}
