//! The slash commands in every language: names and descriptions of commands, subcommands,
//! options and choices come from the `## commands` group of the Fluent files, applied once at
//! start-up. English gives the descriptions (the names stay the code's: they route the
//! command); the other languages give Discord's `name_localizations` and
//! `description_localizations`. The ids are explained at the top of that group in
//! `locales/en-US.ftl`.

use std::borrow::Cow;

use fluent_bundle::FluentArgs;

use super::{ALIASES, LOADED, Lang, Language, format};

/// The message id of a top-level command.
pub fn command_id(name: &str) -> String {
    format!("cmd-{name}")
}

/// The message id of a subcommand, subcommand group or option under the node `parent_id`.
pub fn child_id(parent_id: &str, name: &str) -> String {
    format!("{parent_id}-{name}")
}

/// The message id of a choice of the option `option_id`.
pub fn choice_id(option_id: &str, name: &str) -> String {
    format!("{option_id}-choice-{name}")
}

/// Gives every command, subcommand, option and choice its English description and its names
/// and descriptions in the other languages. A language that lacks a message is left out for
/// that one name or description: Discord shows English there (`tests/command_languages.rs`
/// keeps every language complete).
pub fn localise<U, E>(commands: &mut [poise::Command<U, E>]) {
    for command in commands {
        let id = command_id(&command.name);
        localise_command(command, &id);
    }
}

fn localise_command<U, E>(command: &mut poise::Command<U, E>, id: &str) {
    command.description = english(id, Some("description"));
    command.name_localizations = translations(id, None).into();
    command.description_localizations = translations(id, Some("description")).into();
    for parameter in &mut command.parameters {
        let option = child_id(id, &parameter.name);
        parameter.description = english(&option, Some("description"));
        parameter.name_localizations = translations(&option, None).into();
        parameter.description_localizations = translations(&option, Some("description")).into();
        for choice in parameter.choices.to_mut() {
            choice.localizations = translations(&choice_id(&option, &choice.name), None).into();
        }
    }
    for subcommand in &mut command.subcommands {
        let sub = child_id(id, &subcommand.name);
        localise_command(subcommand, &sub);
    }
}

/// A command's or option's description in `lang`, from its localisations; English where it
/// has none (English itself, or a message a language lacks).
pub fn description_in(
    lang: Lang,
    english: Option<&str>,
    localised: &[(Cow<'static, str>, Cow<'static, str>)],
) -> String {
    localised
        .iter()
        .find(|(locale, _)| locale == lang.code())
        .map(|(_, text)| text.as_ref())
        .or(english)
        .unwrap_or_default()
        .to_owned()
}

fn english(id: &str, attribute: Option<&str>) -> Option<Cow<'static, str>> {
    message(&LOADED[0], id, attribute).map(Cow::Owned)
}

/// (Discord locale, text) for every language but English that has the message; a language's
/// aliases (es-419 for es-ES) get its text too.
fn translations(id: &str, attribute: Option<&str>) -> Vec<(Cow<'static, str>, Cow<'static, str>)> {
    LOADED[1..]
        .iter()
        .filter_map(|language| Some((language, message(language, id, attribute)?)))
        .flat_map(|(language, text)| {
            discord_locales(language.code).map(move |locale| (locale.into(), text.clone().into()))
        })
        .collect()
}

/// The Discord locales a language's file serves: its own and its aliases.
pub fn discord_locales(code: &'static str) -> impl Iterator<Item = &'static str> {
    std::iter::once(code).chain(
        ALIASES
            .iter()
            .filter(move |(_, target)| *target == code)
            .map(|(alias, _)| *alias),
    )
}

fn message(language: &Language, id: &str, attribute: Option<&str>) -> Option<String> {
    format(&language.bundle, id, attribute, &FluentArgs::new())
}
