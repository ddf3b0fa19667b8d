//! How typed data looks: Technified results as embeds, binding lines, `/help`, the `/doctor`
//! checklist; writes as lines in `writes.rs`, cases in `cases.rs`, ban sync in `ban_sync.rs`.
//! This module decides which sentence fits; the sentences themselves come from `text`, with
//! plain values in their holes.

mod ban_sync;
mod bulk;
mod cases;
mod writes;

pub use ban_sync::*;
pub use bulk::*;
pub use cases::*;
pub use writes::*;

use poise::serenity_prelude as serenity;

use super::embeds::{self, field, footer};
use super::text;
use crate::store::GuildKey;
use crate::technified::Punishment;
use crate::technified::model::{
    AgePlatform, Binding, BindingRule, BindingTest, Link, PunishmentStatus, ShieldCheck,
};

pub fn roblox_profile(roblox_id: u64, username: &str) -> String {
    format!("[{username}](https://www.roblox.com/users/{roblox_id}/profile)")
}

pub fn link(link: &Link) -> serenity::CreateEmbed {
    let embed = embeds::success(text::VERIFIED, "");
    let embed = field(
        embed,
        text::DISCORD,
        &format!("<@{}>", link.discord_id),
        true,
    );
    let embed = field(
        embed,
        text::ROBLOX,
        &roblox_profile(link.roblox_id, &link.roblox_username),
        true,
    );
    field(embed, text::ROBLOX_ID, &link.roblox_id.to_string(), true)
}

pub fn batch(results: &[(u64, Option<Link>)]) -> serenity::CreateEmbed {
    let lines: Vec<String> = results
        .iter()
        .map(|(discord_id, link)| match link {
            Some(link) => format!(
                "<@{discord_id}>: {} ({})",
                roblox_profile(link.roblox_id, &link.roblox_username),
                link.roblox_id
            ),
            None => format!("<@{discord_id}>: {}", text::NOT_VERIFIED_SHORT),
        })
        .collect();
    let verified = results.iter().filter(|(_, l)| l.is_some()).count();
    embeds::info(
        &text::batch_title(verified, results.len()),
        &lines.join("\n"),
    )
}

pub fn shield(roblox_id: u64, result: &ShieldCheck) -> serenity::CreateEmbed {
    match &result.flag {
        Some(flag) if result.flagged => {
            let embed = embeds::embed(embeds::BLURPLE, &text::shield_flagged(roblox_id));
            let embed = field(embed, text::REASON, &flag.reason, false);
            let embed = field(embed, text::CATEGORY, &flag.category, true);
            field(embed, text::SOURCE, &flag.source, true)
        }
        _ if result.flagged => embeds::embed(embeds::BLURPLE, &text::shield_flagged(roblox_id)),
        _ => embeds::success(&text::shield_clear(roblox_id), ""),
    }
}

pub fn key_status(stored: &GuildKey, pending: i64) -> serenity::CreateEmbed {
    let embed = embeds::info(text::KEY_STATUS_TITLE, &format!("`{}`", stored.masked));
    let embed = field(
        embed,
        text::SET_BY,
        &format!("<@{}> <t:{}:R>", stored.set_by, stored.set_at),
        true,
    );
    let state = if stored.verified {
        text::VERIFIED_YES
    } else {
        text::VERIFIED_PENDING
    };
    let embed = field(embed, text::STATE, state, true);
    let last_success = stored
        .last_success_at
        .map_or_else(|| text::NEVER.to_owned(), |at| format!("<t:{at}:R>"));
    let embed = field(embed, text::LAST_SUCCESS, &last_success, true);
    let last_error = stored.last_error.as_ref().map_or_else(
        || text::NONE.to_owned(),
        |e| {
            let status = e
                .status
                .map_or_else(|| text::NO_ANSWER.to_owned(), text::http_status);
            format!("{status}: {} <t:{}:R>", e.message, e.at)
        },
    );
    let embed = field(embed, text::LAST_ERROR, &last_error, false);
    field(embed, text::PENDING_RETRIES, &pending.to_string(), true)
}

/// One line per binding, for the list and its pages.
pub fn binding_line(binding: &Binding) -> String {
    let role = format!("<@&{}>", binding.discord_role_id);
    let priority = binding
        .priority
        .map(|p| format!(" · {} {p}", text::PRIORITY))
        .unwrap_or_default();
    format!(
        "`{}` {role} ← {}{priority}",
        binding.id,
        binding_target(binding)
    )
}

/// What a binding matches, in words.
pub fn rule_target(rule: &BindingRule) -> String {
    match rule {
        BindingRule::GroupRank {
            group_id,
            min_rank,
            max_rank,
        } => text::target_group_rank(*group_id, *min_rank, *max_rank),
        BindingRule::Gamepass { gamepass_id } => text::target_gamepass(*gamepass_id),
        BindingRule::Asset { asset_id } => text::target_asset(*asset_id),
        BindingRule::Badge { badge_id } => text::target_badge(*badge_id),
        BindingRule::AccountAge { platform, min_days } => {
            let platform = match platform {
                AgePlatform::Discord => text::DISCORD,
                AgePlatform::Roblox => text::ROBLOX,
            };
            text::target_account_age(platform, *min_days)
        }
    }
}

fn binding_target(binding: &Binding) -> String {
    match (&binding.rule, &binding.group_name) {
        (Some(rule), Some(group)) => text::target_in_group(&rule_target(rule), group),
        (Some(rule), None) => rule_target(rule),
        (None, _) => text::target_of_type(&binding.binding_type),
    }
}

pub fn bindings_page(
    lines: &[String],
    page: usize,
    pages: usize,
    total: usize,
) -> serenity::CreateEmbed {
    let body = if lines.is_empty() {
        text::NO_BINDINGS.to_owned()
    } else {
        lines.join("\n")
    };
    let embed = embeds::info(&text::bindings_title(total), &body);
    if pages > 1 {
        footer(embed, &text::page(page + 1, pages))
    } else {
        embed
    }
}

pub fn binding_test(result: &BindingTest) -> serenity::CreateEmbed {
    let (colour, title) = match result.matches {
        Some(true) => (embeds::GREEN, text::BINDING_MATCHES),
        Some(false) => (embeds::BLURPLE, text::BINDING_NO_MATCH),
        None => (embeds::BLURPLE, text::BINDING_RESULT),
    };
    let embed = embeds::embed(
        colour,
        &text::Notice {
            title: title.into(),
            body: result.explanation.clone(),
        },
    );
    match result.rank {
        Some(rank) => field(embed, text::GROUP_RANK, &rank.to_string(), true),
        None => embed,
    }
}

/// Ban or mute status of one Roblox account.
pub fn punishment_status(
    kind: Punishment,
    roblox_id: u64,
    status: &PunishmentStatus,
) -> serenity::CreateEmbed {
    let Some(info) = status.info.as_ref().filter(|_| status.active) else {
        let clear = match kind {
            Punishment::Ban => text::not_banned(roblox_id),
            Punishment::Mute => text::not_muted(roblox_id),
        };
        return embeds::success(&clear, "");
    };
    let punished = match kind {
        Punishment::Ban => text::banned(roblox_id),
        Punishment::Mute => text::muted(roblox_id),
    };
    let embed = embeds::embed(embeds::BLURPLE, &punished);
    let embed = field(embed, text::REASON, &info.reason, false);
    let embed = match &info.by {
        Some(by) => field(embed, text::BY_ROBLOX, &roblox_profile_id(by), true),
        None => embed,
    };
    let embed = match info.created_at {
        Some(at) => field(embed, text::SINCE, &format!("<t:{at}:f>"), true),
        None => embed,
    };
    let until = match info.expires_at {
        Some(at) if !info.is_permanent => format!("<t:{at}:f> (<t:{at}:R>)"),
        _ => text::PERMANENT.to_owned(),
    };
    field(embed, text::UNTIL, &until, true)
}

fn roblox_profile_id(roblox_id: &str) -> String {
    format!("[{roblox_id}](https://www.roblox.com/users/{roblox_id}/profile)")
}

/// One command as `/help` describes it.
pub struct HelpEntry {
    pub qualified_name: String,
    pub description: String,
    pub permissions: serenity::Permissions,
    /// (name, description, required)
    pub options: Vec<(String, String, bool)>,
}

fn who(permissions: serenity::Permissions) -> String {
    if permissions.is_empty() {
        text::EVERYONE.to_owned()
    } else {
        permission_names(permissions)
    }
}

pub fn help_overview(commands: &[HelpEntry]) -> serenity::CreateEmbed {
    let lines: Vec<String> = commands
        .iter()
        .map(|c| format!("`/{}`: {}", c.qualified_name, c.description))
        .collect();
    footer(
        embeds::info(text::HELP_TITLE, &lines.join("\n")),
        text::HELP_FOOTER,
    )
}

pub fn help_details(commands: &[&HelpEntry]) -> serenity::CreateEmbed {
    let mut embed = embeds::info(text::HELP_TITLE, "");
    for command in commands.iter().take(25) {
        let mut lines = vec![command.description.clone()];
        lines.extend(command.options.iter().map(|(name, description, required)| {
            let optional = if *required { "" } else { text::OPTIONAL_MARK };
            format!("• `{name}`{optional}: {description}")
        }));
        lines.push(format!("{}: {}", text::WHO, who(command.permissions)));
        embed = field(
            embed,
            &format!("/{}", command.qualified_name),
            &lines.join("\n"),
            false,
        );
    }
    embed
}

/// An autocomplete label for a binding (plain text: choices cannot show mentions).
pub fn binding_choice(binding: &Binding) -> String {
    let role = binding.role_name.as_ref().map_or_else(
        || text::role_by_id(binding.discord_role_id),
        |name| format!("@{name}"),
    );
    embeds::truncate(
        &format!("{}: {role} ← {}", binding.id, binding_target(binding)),
        100,
    )
}

/// The `/doctor` checklist: green when every line passed, else red; failed lines say the fix.
pub fn checklist(checks: &[text::Check]) -> serenity::CreateEmbed {
    let all_ok = checks.iter().all(|c| c.ok);
    let colour = if all_ok { embeds::GREEN } else { embeds::RED };
    let mut embed = embeds::embed(
        colour,
        &text::Notice {
            title: text::DOCTOR_TITLE.into(),
            body: String::new(),
        },
    );
    for check in checks {
        let mark = match (check.info, check.ok) {
            (true, _) => "ℹ️",
            (false, true) => "✅",
            (false, false) => "❌",
        };
        let value = match &check.fix {
            Some(fix) => format!("{}\n{}: {fix}", check.found, text::FIX),
            None => check.found.clone(),
        };
        embed = field(embed, &format!("{mark} {}", check.what), &value, false);
    }
    embed
}

/// A permission as Discord's UI names it, from serenity's name for it.
fn permission_name(serenity_name: &str) -> &str {
    match serenity_name {
        "Manage Guild" => "Manage Server",
        other => other,
    }
}

/// Names a permission set the way Discord's UI does ("Manage Server", not serenity's
/// "Manage Guild").
pub fn permission_names(permissions: serenity::Permissions) -> String {
    permissions
        .get_permission_names()
        .into_iter()
        .map(permission_name)
        .collect::<Vec<_>>()
        .join(", ")
}
