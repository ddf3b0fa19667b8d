use poise::serenity_prelude as serenity;

use crate::discord::lang::commands as lang_commands;
use crate::discord::views::{self, HelpEntry};
use crate::discord::{Context, Data, Error, Lang, embeds, member_lang, reply, text};

#[poise::command(slash_command, guild_only)]
pub async fn help(
    ctx: Context<'_>,
    #[autocomplete = "command_names"] command: Option<String>,
) -> Result<(), Error> {
    let lang = member_lang(ctx);
    let commands = leaves(&ctx.framework.options().commands, lang);
    let embed = match command.as_deref().map(|c| c.trim().trim_start_matches('/')) {
        None | Some("") => views::help_overview(lang, &commands),
        Some(wanted) => {
            let matching: Vec<_> = commands
                .iter()
                .filter(|c| {
                    c.qualified_name == wanted
                        || c.qualified_name.starts_with(&format!("{wanted} "))
                })
                .collect();
            if matching.is_empty() {
                embeds::error(&text::unknown_command(lang, wanted))
            } else {
                views::help_details(lang, &matching)
            }
        }
    };
    reply::show(ctx, embed, Vec::new()).await?;
    Ok(())
}

async fn command_names(ctx: Context<'_>, partial: &str) -> serenity::CreateAutocompleteResponse {
    let partial = partial.trim_start_matches('/').to_lowercase();
    let choices = leaves(&ctx.framework.options().commands, member_lang(ctx))
        .into_iter()
        .map(|c| c.qualified_name)
        .filter(|name| name.contains(&partial))
        .take(25)
        .map(|name| serenity::AutocompleteChoice::new(format!("/{name}"), name))
        .collect();
    serenity::CreateAutocompleteResponse::new().set_choices(choices)
}

/// The commands a member can run (subcommands, not their groups), parents' permissions included,
/// described in `lang`.
fn leaves(commands: &[poise::Command<Data, Error>], lang: Lang) -> Vec<HelpEntry> {
    fn walk(
        command: &poise::Command<Data, Error>,
        lang: Lang,
        inherited: serenity::Permissions,
        out: &mut Vec<HelpEntry>,
    ) {
        let permissions = inherited | command.required_permissions;
        if command.subcommands.is_empty() {
            out.push(HelpEntry {
                qualified_name: command.qualified_name.to_string(),
                description: lang_commands::description_in(
                    lang,
                    command.description.as_deref(),
                    &command.description_localizations,
                ),
                permissions,
                options: command
                    .parameters
                    .iter()
                    .map(|p| {
                        let description = lang_commands::description_in(
                            lang,
                            p.description.as_deref(),
                            &p.description_localizations,
                        );
                        (p.name.to_string(), description, p.required)
                    })
                    .collect(),
            });
        }
        for sub in &command.subcommands {
            walk(sub, lang, permissions, out);
        }
    }
    let mut out = Vec::new();
    for command in commands {
        walk(command, lang, serenity::Permissions::empty(), &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn help_describes_commands_in_the_members_language() {
        let mut commands = crate::commands::all();
        lang_commands::localise(&mut commands);
        let ban = |lang| {
            leaves(&commands, lang)
                .into_iter()
                // poise prefixes the parents' names when it builds the framework.
                .find(|c| c.qualified_name == "ban")
                .unwrap()
        };
        let german = ban(Lang::of("de"));
        assert_eq!(
            german.description,
            "Ein Roblox-Konto aus den Spielen dieses Servers bannen; mit discord auch sein Mitglied hier."
        );
        assert_eq!(
            german.options[1],
            (
                "reason".into(),
                "Warum (im Dashboard und in den Logs sichtbar)".into(),
                true
            )
        );
        assert_eq!(
            ban(Lang::of("es-419")).options[1].1,
            "Por qué (se muestra en el panel y en los registros)"
        );
        assert_eq!(
            ban(Lang::english()).description,
            "Ban a Roblox account from this server's games; with discord, its linked member from here too."
        );
    }
}
