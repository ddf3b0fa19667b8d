//! The slash commands in every language (the `## commands` group at the end of each
//! `locales/<code>.ftl`): English has every command, subcommand, option and choice under the
//! code's own name, every other language has all of them, and what is registered follows
//! Discord's rules in every language.

use std::collections::HashSet;

use fluent_bundle::FluentArgs;
use serde_json::Value;
use technified_bot::discord::lang::commands::{
    child_id, choice_id, command_id, discord_locales, localise,
};
use technified_bot::discord::lang::{LANGUAGES, Lang};
use technified_bot::discord::{Data, Error};

type Command = poise::Command<Data, Error>;
type Localizations = [(
    std::borrow::Cow<'static, str>,
    std::borrow::Cow<'static, str>,
)];

/// One thing Discord shows: a command, subcommand, option or choice, with its message id.
struct Node<'a> {
    id: String,
    name: &'a str,
    /// `None` for a choice, which has no description.
    description: Option<Option<&'a str>>,
    names: &'a Localizations,
    descriptions: &'a Localizations,
}

fn localised_commands() -> Vec<Command> {
    let mut commands = technified_bot::commands::all();
    localise(&mut commands);
    commands
}

fn nodes(commands: &[Command]) -> Vec<Node<'_>> {
    fn walk<'a>(command: &'a Command, id: String, out: &mut Vec<Node<'a>>) {
        for parameter in &command.parameters {
            let option = child_id(&id, &parameter.name);
            for choice in parameter.choices.iter() {
                out.push(Node {
                    id: choice_id(&option, &choice.name),
                    name: &choice.name,
                    description: None,
                    names: &choice.localizations,
                    descriptions: &[],
                });
            }
            out.push(Node {
                id: option,
                name: &parameter.name,
                description: Some(parameter.description.as_deref()),
                names: &parameter.name_localizations,
                descriptions: &parameter.description_localizations,
            });
        }
        for sub in &command.subcommands {
            walk(sub, child_id(&id, &sub.name), out);
        }
        out.push(Node {
            name: &command.name,
            description: Some(command.description.as_deref()),
            names: &command.name_localizations,
            descriptions: &command.description_localizations,
            id,
        });
    }
    let mut out = Vec::new();
    for command in commands {
        walk(command, command_id(&command.name), &mut out);
    }
    out
}

/// The Discord locales the other languages give names to: de, es-ES, es-419, fr, …
fn translated_locales() -> Vec<&'static str> {
    LANGUAGES[1..]
        .iter()
        .flat_map(|&(code, _)| discord_locales(code))
        .collect()
}

#[test]
fn english_names_every_command_as_the_code_does_and_describes_it() {
    let commands = localised_commands();
    let english = Lang::english();
    let mut problems = Vec::new();
    let mut ids = HashSet::new();
    for node in nodes(&commands) {
        if !ids.insert(node.id.clone()) {
            problems.push(format!("{} names two things", node.id));
        }
        let name = english.format(&node.id, None, &FluentArgs::new());
        if name != node.name {
            problems.push(format!(
                "en-US {} is {name:?}, the code's name is {:?}",
                node.id, node.name
            ));
        }
        if node.description == Some(None) {
            problems.push(format!("en-US {} lacks .description", node.id));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn every_language_names_and_describes_every_command() {
    let commands = localised_commands();
    let nodes = nodes(&commands);
    let mut problems = Vec::new();
    for locale in translated_locales() {
        for node in &nodes {
            if !node.names.iter().any(|(l, _)| l == locale) {
                problems.push(format!("{locale} lacks {}", node.id));
            }
            if node.description.is_some() && !node.descriptions.iter().any(|(l, _)| l == locale) {
                problems.push(format!("{locale} lacks {}.description", node.id));
            }
        }
    }
    // A command message no command uses is a leftover of a renamed or removed one.
    let ids: HashSet<&str> = nodes.iter().map(|n| n.id.as_str()).collect();
    for (code, source) in LANGUAGES {
        for line in source.lines() {
            if let Some((id, _)) = line.split_once(" = ")
                && id.starts_with("cmd-")
                && !ids.contains(id)
            {
                problems.push(format!("{code}.ftl has {id}, which names no command"));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

/// What poise registers, checked by the fake Discord's rules: names (lowercase, 1 to 32 of
/// Discord's characters, unique among siblings) and descriptions (1 to 100) in every locale.
#[test]
fn localised_commands_follow_discords_rules() {
    let commands = localised_commands();
    let registration =
        serde_json::to_value(poise::builtins::create_application_commands(&commands)).unwrap();
    let problems = testkit::conformance::check_request(
        "PUT",
        "/api/v10/applications/1/guilds/2/commands",
        &registration,
    );
    let described: Vec<String> = problems
        .iter()
        .map(|p| format!("{p} ({})", name_at(&registration, &p.pointer)))
        .collect();
    assert!(described.is_empty(), "{described:#?}");
    // The check sees every language: German names are there.
    assert_eq!(registration[0]["name_localizations"]["de"], "einrichten");
}

/// The English name of the command, option or choice a JSON pointer falls in, for the message.
fn name_at(registration: &Value, pointer: &str) -> String {
    let mut names = Vec::new();
    let mut value = registration;
    for part in pointer.split('/').skip(1) {
        value = match value {
            Value::Array(items) => part.parse().ok().and_then(|i: usize| items.get(i)),
            other => other.get(part),
        }
        .unwrap_or(&Value::Null);
        if let Some(name) = value.get("name").and_then(Value::as_str) {
            names.push(name);
        }
    }
    names.join(" ")
}
