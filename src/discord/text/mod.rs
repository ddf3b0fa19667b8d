//! Every sentence a Discord user reads, as typed functions: one file per feature, each
//! function a message of the Fluent files in `locales/` (`src/discord/lang.rs`) in the
//! language it is given, its holes plain values (numbers, `&str`). A sentence decides nothing
//! and knows no engine, store or Technified type; `views/` picks the sentence that fits typed
//! data. Everything is re-exported here, so callers write `text::name(lang, …)`.
//! docs/architecture.md says which file a new sentence goes in.

/// The message `id` in `lang`, its variables named as in the `.ftl` files. A Discord ID goes in
/// as a string: Fluent numbers are `f64`, which would round a snowflake.
macro_rules! say {
    ($lang:expr, $id:literal $(, $name:ident = $value:expr)* $(,)?) => {{
        #[allow(unused_mut)]
        let mut args = fluent_bundle::FluentArgs::new();
        $(args.set(stringify!($name), $value);)*
        $lang.format($id, None, &args)
    }};
}

/// A `Notice` from the message `id` (the title) and its `.body` attribute.
macro_rules! notice {
    ($lang:expr, $id:literal $(, $name:ident = $value:expr)* $(,)?) => {{
        #[allow(unused_mut)]
        let mut args = fluent_bundle::FluentArgs::new();
        $(args.set(stringify!($name), $value);)*
        super::Notice {
            title: $lang.format($id, None, &args),
            body: $lang.format($id, Some("body"), &args),
        }
    }};
}

use super::Lang;

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

/// A flag as the messages select on it: `yes` or `no`.
fn yes_no(flag: bool) -> &'static str {
    if flag { "yes" } else { "no" }
}

/// An ID or a time that may be missing, as the messages select on it: the number as text (a
/// snowflake would round as a Fluent number), or `none`.
fn or_none(value: Option<impl ToString>) -> String {
    value.map_or_else(|| "none".to_owned(), |value| value.to_string())
}

#[cfg(test)]
mod tests;
