use poise::serenity_prelude as serenity;

use crate::discord::views::{self, HelpEntry};
use crate::discord::{Context, Data, Error, embeds, member_lang, reply, text};

#[poise::command(slash_command, guild_only)]
pub async fn help(
    ctx: Context<'_>,
    #[autocomplete = "command_names"] command: Option<String>,
) -> Result<(), Error> {
    let lang = member_lang(ctx);
    let commands = leaves(&ctx.framework.options().commands);
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
    let choices = leaves(&ctx.framework.options().commands)
        .into_iter()
        .map(|c| c.qualified_name)
        .filter(|name| name.contains(&partial))
        .take(25)
        .map(|name| serenity::AutocompleteChoice::new(format!("/{name}"), name))
        .collect();
    serenity::CreateAutocompleteResponse::new().set_choices(choices)
}

/// The commands a member can run (subcommands, not their groups), parents' permissions included.
fn leaves(commands: &[poise::Command<Data, Error>]) -> Vec<HelpEntry> {
    fn walk(
        command: &poise::Command<Data, Error>,
        inherited: serenity::Permissions,
        out: &mut Vec<HelpEntry>,
    ) {
        let permissions = inherited | command.required_permissions;
        if command.subcommands.is_empty() {
            out.push(HelpEntry {
                qualified_name: command.qualified_name.to_string(),
                description: command
                    .description
                    .as_deref()
                    .unwrap_or_default()
                    .to_owned(),
                permissions,
                options: command
                    .parameters
                    .iter()
                    .map(|p| {
                        let description = p.description.as_deref().unwrap_or_default().to_owned();
                        (p.name.to_string(), description, p.required)
                    })
                    .collect(),
            });
        }
        for sub in &command.subcommands {
            walk(sub, permissions, out);
        }
    }
    let mut out = Vec::new();
    for command in commands {
        walk(command, serenity::Permissions::empty(), &mut out);
    }
    out
}
