//! The Discord layer: the state commands share, replies, errors, wording, and the reporter of
//! late results. The framework itself is built where the process is wired (`src/bot.rs`).

pub mod audit;
pub mod ban_sync;
pub mod bulk_file;
pub mod buttons;
pub mod caches;
pub mod calls;
mod data;
pub mod embeds;
pub mod errors;
pub mod input;
pub mod invocation;
pub mod lang;
pub mod membership;
pub mod moderation;
pub mod on_error;
pub mod reply;
pub mod reporter;
pub mod text;
pub mod views;
pub mod writes;

pub use data::{Context, Data};
pub use errors::Error;
pub use lang::{Lang, member_lang, server_lang};
