//! The languages the bot speaks. Every sentence is in a Fluent file, one per language, under
//! `locales/`, compiled into the binary; English (`en-US.ftl`) is the source. A `Lang` is the
//! language of one answer: the member's (the interaction's locale) for replies, the server's
//! (its preferred locale) for posts in the log channel. A message a language lacks is taken
//! from English, so a gap shows English, never a message id. README, "Adding a language".

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use poise::serenity_prelude as serenity;
use unic_langid::LanguageIdentifier;

use super::Context;

pub mod commands;

/// Every language, by its Discord locale code, with its file. English comes first: it is the
/// source and the fallback.
pub const LANGUAGES: &[(&str, &str)] = &[
    ("en-US", include_str!("../../locales/en-US.ftl")),
    ("de", include_str!("../../locales/de.ftl")),
    ("es-ES", include_str!("../../locales/es-ES.ftl")),
    ("fr", include_str!("../../locales/fr.ftl")),
    ("pt-BR", include_str!("../../locales/pt-BR.ftl")),
    ("pl", include_str!("../../locales/pl.ftl")),
    ("tr", include_str!("../../locales/tr.ftl")),
];

/// Discord locales that read another's file.
pub const ALIASES: &[(&str, &str)] = &[("es-419", "es-ES"), ("en-GB", "en-US")];

struct Language {
    code: &'static str,
    bundle: FluentBundle<FluentResource>,
}

static LOADED: LazyLock<Vec<Language>> = LazyLock::new(|| {
    LANGUAGES
        .iter()
        .map(|&(code, source)| Language {
            code,
            bundle: bundle(code, source),
        })
        .collect()
});

/// A language's bundle. A file that does not parse keeps the messages that do (the rest fall
/// back to English); `tests/languages.rs` keeps every file free of errors.
fn bundle(code: &str, source: &str) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Unicode isolation marks around every placeable would reach Discord as invisible
    // characters inside mentions, IDs and code spans.
    bundle.set_use_isolating(false);
    let resource =
        FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, errors)| {
            tracing::error!(
                language = code,
                ?errors,
                "a translation file has syntax errors"
            );
            partial
        });
    if let Err(errors) = bundle.add_resource(resource) {
        tracing::error!(
            language = code,
            ?errors,
            "a translation file defines a message twice"
        );
    }
    bundle
}

/// The language of one answer.
#[derive(Clone, Copy)]
pub struct Lang(&'static Language);

impl Lang {
    /// English, the source: for the log and for anything without a locale.
    pub fn english() -> Self {
        Self(&LOADED[0])
    }

    /// The language for a Discord locale code (`de`, `es-419`, `pt-BR`, …); English for any
    /// other.
    pub fn of(locale: &str) -> Self {
        let code = ALIASES
            .iter()
            .find(|(alias, _)| *alias == locale)
            .map_or(locale, |(_, code)| code);
        LOADED
            .iter()
            .find(|language| language.code == code)
            .map_or_else(Self::english, Self)
    }

    /// The language for a locale that may be missing.
    pub fn or_english(locale: Option<&str>) -> Self {
        locale.map_or_else(Self::english, Self::of)
    }

    /// This language's Discord locale code.
    pub fn code(self) -> &'static str {
        self.0.code
    }

    /// The message `id` (or its attribute `.attribute`), its variables filled from `args`.
    pub fn format(self, id: &str, attribute: Option<&str>, args: &FluentArgs) -> String {
        [self.0, &LOADED[0]]
            .into_iter()
            .find_map(|language| format(&language.bundle, id, attribute, args))
            .unwrap_or_else(|| {
                // tests/languages.rs checks that every message the code names is in English.
                tracing::error!(id, attribute, "a message is missing from en-US.ftl");
                id.to_owned()
            })
    }
}

/// The language of a member's replies: their Discord client's.
pub fn member_lang(ctx: Context<'_>) -> Lang {
    Lang::of(&ctx.interaction.locale)
}

/// The language of posts in a server's log channel: the server's preferred locale (Discord
/// sends it with `GUILD_CREATE` and `GUILD_UPDATE`, which the cache keeps).
pub fn server_lang(cache: &serenity::Cache, guild_id: u64) -> Lang {
    let guild = serenity::GuildId::new(guild_id.max(1));
    cache
        .guild(guild)
        .map_or_else(Lang::english, |guild| Lang::of(&guild.preferred_locale))
}

fn format(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    attribute: Option<&str>,
    args: &FluentArgs,
) -> Option<String> {
    let message = bundle.get_message(id)?;
    let pattern = match attribute {
        Some(name) => message.get_attribute(name)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(args), &mut errors);
    if !errors.is_empty() {
        tracing::error!(id, attribute, ?errors, "a message did not format cleanly");
    }
    Some(text.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_parses_without_errors() {
        let (_, english) = LANGUAGES[0];
        if let Err((_, errors)) = FluentResource::try_new(english.to_owned()) {
            panic!("en-US.ftl has syntax errors: {errors:?}");
        }
    }

    #[test]
    fn discord_locales_find_their_file_or_english() {
        assert_eq!(Lang::of("de").code(), "de");
        assert_eq!(Lang::of("es-419").code(), "es-ES");
        assert_eq!(Lang::of("en-GB").code(), "en-US");
        assert_eq!(Lang::of("ja").code(), "en-US");
        assert_eq!(Lang::or_english(None).code(), "en-US");
    }
}
