//! Every sentence a Discord user reads (English for now), one file per feature, each meant to
//! become a translation file. A sentence is a constant or a function of plain values (numbers,
//! `&str`): it decides nothing and knows no engine, store or Technified type; `views/` picks
//! the sentence that fits typed data. Everything is re-exported here, so callers write
//! `text::name`. docs/architecture.md says which file a new sentence goes in.

mod audit;
mod ban_sync;
mod bindings;
mod bulk;
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
pub use bulk::*;
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
