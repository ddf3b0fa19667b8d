//! The checks that keep every language whole (README, "Adding a language"): each file parses,
//! has every message and attribute English has and nothing else, uses exactly English's
//! variables and message references; and every message the code names is in English with the
//! variables the code passes. A failure names the language, the message and what to fix.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;
use technified_bot::discord::lang::LANGUAGES;

/// What one message or attribute needs: its variables and the messages it refers to.
#[derive(Debug, Default, PartialEq)]
struct Needs {
    variables: BTreeSet<String>,
    references: BTreeSet<String>,
}

/// Every message (`id`) and attribute (`id.attribute`) of a file, with what it needs.
fn messages(code: &str, source: &str) -> BTreeMap<String, Needs> {
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(_, errors)| {
        panic!("locales/{code}.ftl does not parse: {errors:?}");
    });
    let mut found = BTreeMap::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(message) => {
                let id = message.id.name;
                if let Some(value) = &message.value {
                    insert(&mut found, code, id.to_owned(), needs(value));
                }
                for attribute in &message.attributes {
                    let key = format!("{id}.{}", attribute.id.name);
                    insert(&mut found, code, key, needs(&attribute.value));
                }
            }
            ast::Entry::Term(term) => panic!(
                "locales/{code}.ftl: term -{} (the bot uses messages only)",
                term.id.name
            ),
            ast::Entry::Junk { content } => panic!("locales/{code}.ftl: junk {content:?}"),
            _ => {}
        }
    }
    found
}

fn insert(found: &mut BTreeMap<String, Needs>, code: &str, key: String, needs: Needs) {
    assert!(
        found.insert(key.clone(), needs).is_none(),
        "locales/{code}.ftl defines {key} twice"
    );
}

fn needs(pattern: &ast::Pattern<&str>) -> Needs {
    let mut needs = Needs::default();
    add_pattern(&mut needs, pattern);
    needs
}

fn add_pattern(needs: &mut Needs, pattern: &ast::Pattern<&str>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            add_expression(needs, expression);
        }
    }
}

fn add_expression(needs: &mut Needs, expression: &ast::Expression<&str>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            add_inline(needs, selector);
            for variant in variants {
                add_pattern(needs, &variant.value);
            }
        }
        ast::Expression::Inline(inline) => add_inline(needs, inline),
    }
}

fn add_inline(needs: &mut Needs, inline: &ast::InlineExpression<&str>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            needs.variables.insert(id.name.to_owned());
        }
        ast::InlineExpression::MessageReference { id, attribute } => {
            let key = match attribute {
                Some(attribute) => format!("{}.{}", id.name, attribute.name),
                None => id.name.to_owned(),
            };
            needs.references.insert(key);
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                add_inline(needs, argument);
            }
            for argument in &arguments.named {
                add_inline(needs, &argument.value);
            }
        }
        ast::InlineExpression::Placeable { expression } => add_expression(needs, expression),
        _ => {}
    }
}

fn english() -> BTreeMap<String, Needs> {
    let (code, source) = LANGUAGES[0];
    assert_eq!(
        code, "en-US",
        "English comes first: it is the source and the fallback"
    );
    messages(code, source)
}

#[test]
fn every_language_has_every_message_with_english_variables() {
    let english = english();
    let mut problems = Vec::new();
    for &(code, source) in &LANGUAGES[1..] {
        let translated = messages(code, source);
        for (key, needs) in &english {
            match translated.get(key) {
                None => problems.push(format!("{code}: {key} is missing")),
                Some(theirs) if theirs.variables != needs.variables => problems.push(format!(
                    "{code}: {key} uses variables {:?}, English {:?}",
                    theirs.variables, needs.variables
                )),
                Some(theirs) if theirs.references != needs.references => problems.push(format!(
                    "{code}: {key} refers to {:?}, English to {:?}",
                    theirs.references, needs.references
                )),
                Some(_) => {}
            }
        }
        for key in translated.keys().filter(|key| !english.contains_key(*key)) {
            problems.push(format!(
                "{code}: {key} is not in English (a typo, or an old id?)"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_reference_names_a_message_of_its_file() {
    for &(code, source) in LANGUAGES {
        let messages = messages(code, source);
        for (key, needs) in &messages {
            for reference in &needs.references {
                assert!(
                    messages.contains_key(reference),
                    "locales/{code}.ftl: {key} refers to {reference}, which it does not define"
                );
            }
        }
    }
}

/// The variables a message needs, with those of the messages it refers to (Fluent passes the
/// caller's arguments on to a referenced message).
fn all_variables(messages: &BTreeMap<String, Needs>, key: &str) -> BTreeSet<String> {
    let needs = &messages[key];
    let mut variables = needs.variables.clone();
    for reference in &needs.references {
        variables.extend(all_variables(messages, reference));
    }
    variables
}

/// One use of a message in `src/discord/text/`: `say!(lang, "id", a = …)` or `notice!(…)`.
struct Use {
    file: String,
    id: String,
    attributes: &'static [&'static str],
    arguments: BTreeSet<String>,
}

fn uses_in_code() -> Vec<Use> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/discord/text");
    let mut uses = Vec::new();
    for entry in std::fs::read_dir(&folder).expect("src/discord/text") {
        let path = entry.expect("a file").path();
        let source = std::fs::read_to_string(&path).expect("a readable file");
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        for (macro_name, attributes) in [("say!(", &[][..]), ("notice!(", &["body"][..])] {
            let mut rest = source.as_str();
            while let Some(start) = rest.find(macro_name) {
                let call = &rest[start + macro_name.len()..];
                let end = closing_parenthesis(call);
                let (head, tail) = (&call[..end], &call[end..]);
                rest = tail;
                if head.starts_with("$lang") {
                    continue; // the macro's own definition
                }
                let mut parts = split_top_level(head).into_iter();
                let _lang = parts.next();
                let id = parts.next().unwrap_or_default().trim().trim_matches('"');
                let arguments = parts
                    .filter_map(|part| part.split_once('=').map(|(name, _)| name.trim()))
                    .map(str::to_owned)
                    .collect();
                uses.push(Use {
                    file: file.clone(),
                    id: id.to_owned(),
                    attributes,
                    arguments,
                });
            }
        }
    }
    uses
}

fn closing_parenthesis(call: &str) -> usize {
    let mut depth = 1;
    for (at, c) in call.char_indices() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => {
                depth -= 1;
                if depth == 0 {
                    return at;
                }
            }
            _ => {}
        }
    }
    call.len()
}

fn split_top_level(arguments: &str) -> Vec<&str> {
    let (mut parts, mut depth, mut start) = (Vec::new(), 0, 0);
    for (at, c) in arguments.char_indices() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&arguments[start..at]);
                start = at + 1;
            }
            _ => {}
        }
    }
    parts.push(&arguments[start..]);
    parts.retain(|part| !part.trim().is_empty());
    parts
}

#[test]
fn every_message_the_code_names_is_in_english_with_its_variables() {
    let english = english();
    let uses = uses_in_code();
    assert!(uses.len() > 100, "the scan found only {} uses", uses.len());
    let mut problems = Vec::new();
    for used in &uses {
        let keys = std::iter::once(used.id.clone())
            .chain(used.attributes.iter().map(|a| format!("{}.{a}", used.id)));
        let mut wanted = BTreeSet::new();
        for key in keys {
            match english.contains_key(&key) {
                true => wanted.extend(all_variables(&english, &key)),
                false => problems.push(format!("{}: {key} is not in en-US.ftl", used.file)),
            }
        }
        if wanted != used.arguments {
            problems.push(format!(
                "{}: {} uses {wanted:?}, the code passes {:?}",
                used.file, used.id, used.arguments
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_language_file_is_in_the_list() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let files: BTreeSet<String> = std::fs::read_dir(folder)
        .expect("locales/")
        .map(|entry| {
            entry
                .expect("a file")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    let listed: BTreeSet<String> = LANGUAGES
        .iter()
        .map(|(code, _)| format!("{code}.ftl"))
        .collect();
    assert_eq!(
        files, listed,
        "src/discord/lang.rs's LANGUAGES lists every file of locales/"
    );
}
