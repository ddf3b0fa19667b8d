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

use super::embeds::{self, Fitted};
use super::{Lang, text};
use crate::store::GuildKey;
use crate::technified::model::{
    AgePlatform, Binding, BindingRule, BindingTest, Link, PunishmentStatus, ShieldCheck,
};
use crate::technified::{KeyFormatError, Punishment};

pub fn roblox_profile(roblox_id: u64, username: &str) -> String {
    format!("[{username}](https://www.roblox.com/users/{roblox_id}/profile)")
}

pub fn link(lang: Lang, link: &Link) -> serenity::CreateEmbed {
    Fitted::new(embeds::GREEN, &text::verified(lang), "")
        .field(
            &text::discord(lang),
            &format!("<@{}>", link.discord_id),
            true,
        )
        .field(
            &text::roblox(lang),
            &roblox_profile(link.roblox_id, &link.roblox_username),
            true,
        )
        .field(&text::roblox_id(lang), &link.roblox_id.to_string(), true)
        .into()
}

pub fn batch(lang: Lang, results: &[(u64, Option<Link>)]) -> serenity::CreateEmbed {
    let lines: Vec<String> = results
        .iter()
        .map(|(discord_id, link)| match link {
            Some(link) => format!(
                "<@{discord_id}>: {} ({})",
                roblox_profile(link.roblox_id, &link.roblox_username),
                link.roblox_id
            ),
            None => format!("<@{discord_id}>: {}", text::not_verified_short(lang)),
        })
        .collect();
    let verified = results.iter().filter(|(_, l)| l.is_some()).count();
    embeds::info(
        &text::batch_title(lang, verified, results.len()),
        &lines.join("\n"),
    )
}

pub fn shield(lang: Lang, roblox_id: u64, result: &ShieldCheck) -> serenity::CreateEmbed {
    match &result.flag {
        Some(flag) if result.flagged => {
            let flagged = text::shield_flagged(lang, roblox_id);
            Fitted::new(embeds::BLURPLE, &flagged.title, &flagged.body)
                .field(&text::reason(lang), &flag.reason, false)
                .field(&text::category(lang), &flag.category, true)
                .field(&text::source(lang), &flag.source, true)
                .into()
        }
        _ if result.flagged => {
            embeds::embed(embeds::BLURPLE, &text::shield_flagged(lang, roblox_id))
        }
        _ => embeds::success(&text::shield_clear(lang, roblox_id), ""),
    }
}

pub fn key_status(lang: Lang, stored: &GuildKey, pending: i64) -> serenity::CreateEmbed {
    let embed = Fitted::new(
        embeds::BLURPLE,
        &text::key_status_title(lang),
        &format!("`{}`", stored.masked),
    );
    let embed = embed.field(
        &text::set_by(lang),
        &format!("<@{}> <t:{}:R>", stored.set_by, stored.set_at),
        true,
    );
    let state = if stored.verified {
        text::verified_yes(lang)
    } else {
        text::verified_pending(lang)
    };
    let embed = embed.field(&text::state(lang), &state, true);
    let last_success = stored
        .last_success_at
        .map_or_else(|| text::never(lang).to_owned(), |at| format!("<t:{at}:R>"));
    let embed = embed.field(&text::last_success(lang), &last_success, true);
    let last_error = stored.last_error.as_ref().map_or_else(
        || text::none(lang).to_owned(),
        |e| {
            let status = e.status.map_or_else(
                || text::no_answer(lang),
                |status| text::http_status(lang, status),
            );
            format!("{status}: {} <t:{}:R>", e.message, e.at)
        },
    );
    embed
        .field(&text::last_error(lang), &last_error, false)
        .field(&text::pending_retries(lang), &pending.to_string(), true)
        .into()
}

/// One line per binding, for the list and its pages.
pub fn binding_line(lang: Lang, binding: &Binding) -> String {
    let role = format!("<@&{}>", binding.discord_role_id);
    let priority = binding
        .priority
        .map(|p| format!(" · {} {p}", text::priority(lang)))
        .unwrap_or_default();
    format!(
        "`{}` {role} ← {}{priority}",
        binding.id,
        binding_target(lang, binding)
    )
}

/// What a binding matches, in words.
pub fn rule_target(lang: Lang, rule: &BindingRule) -> String {
    match rule {
        BindingRule::GroupRank {
            group_id,
            min_rank,
            max_rank,
        } => text::target_group_rank(lang, *group_id, *min_rank, *max_rank),
        BindingRule::Gamepass { gamepass_id } => text::target_gamepass(lang, *gamepass_id),
        BindingRule::Asset { asset_id } => text::target_asset(lang, *asset_id),
        BindingRule::Badge { badge_id } => text::target_badge(lang, *badge_id),
        BindingRule::AccountAge { platform, min_days } => {
            let platform = match platform {
                AgePlatform::Discord => text::discord(lang),
                AgePlatform::Roblox => text::roblox(lang),
            };
            text::target_account_age(lang, &platform, *min_days)
        }
    }
}

fn binding_target(lang: Lang, binding: &Binding) -> String {
    match (&binding.rule, &binding.group_name) {
        (Some(rule), Some(group)) => text::target_in_group(lang, &rule_target(lang, rule), group),
        (Some(rule), None) => rule_target(lang, rule),
        (None, _) => text::target_of_type(lang, &binding.binding_type),
    }
}

pub fn bindings_page(
    lang: Lang,
    lines: &[String],
    page: usize,
    pages: usize,
    total: usize,
) -> serenity::CreateEmbed {
    let body = if lines.is_empty() {
        text::no_bindings(lang).to_owned()
    } else {
        lines.join("\n")
    };
    let embed = Fitted::new(embeds::BLURPLE, &text::bindings_title(lang, total), &body);
    if pages > 1 {
        embed.footer(&text::page(lang, page + 1, pages))
    } else {
        embed.into()
    }
}

pub fn binding_test(lang: Lang, result: &BindingTest) -> serenity::CreateEmbed {
    let (colour, title) = match result.matches {
        Some(true) => (embeds::GREEN, text::binding_matches(lang)),
        Some(false) => (embeds::BLURPLE, text::binding_no_match(lang)),
        None => (embeds::BLURPLE, text::binding_result(lang)),
    };
    let embed = Fitted::new(colour, &title, &result.explanation);
    match result.rank {
        Some(rank) => embed.field(&text::group_rank(lang), &rank.to_string(), true),
        None => embed,
    }
    .into()
}

/// Ban or mute status of one Roblox account.
pub fn punishment_status(
    lang: Lang,
    kind: Punishment,
    roblox_id: u64,
    status: &PunishmentStatus,
) -> serenity::CreateEmbed {
    let Some(info) = status.info.as_ref().filter(|_| status.active) else {
        let clear = match kind {
            Punishment::Ban => text::not_banned(lang, roblox_id),
            Punishment::Mute => text::not_muted(lang, roblox_id),
        };
        return embeds::success(&clear, "");
    };
    let punished = match kind {
        Punishment::Ban => text::banned(lang, roblox_id),
        Punishment::Mute => text::muted(lang, roblox_id),
    };
    let embed = Fitted::new(embeds::BLURPLE, &punished.title, &punished.body).field(
        &text::reason(lang),
        &info.reason,
        false,
    );
    let embed = match &info.by {
        Some(by) => embed.field(&text::by_roblox(lang), &roblox_profile_id(by), true),
        None => embed,
    };
    let embed = match info.created_at {
        Some(at) => embed.field(&text::since(lang), &format!("<t:{at}:f>"), true),
        None => embed,
    };
    let until = match info.expires_at {
        Some(at) if !info.is_permanent => format!("<t:{at}:f> (<t:{at}:R>)"),
        _ => text::permanent(lang).to_owned(),
    };
    embed.field(&text::until(lang), &until, true).into()
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

fn who(lang: Lang, permissions: serenity::Permissions) -> String {
    if permissions.is_empty() {
        text::everyone(lang).to_owned()
    } else {
        permission_list(lang, permissions)
    }
}

pub fn help_overview(lang: Lang, commands: &[HelpEntry]) -> serenity::CreateEmbed {
    let lines: Vec<String> = commands
        .iter()
        .map(|c| format!("`/{}`: {}", c.qualified_name, c.description))
        .collect();
    Fitted::new(embeds::BLURPLE, &text::help_title(lang), &lines.join("\n"))
        .footer(&text::help_footer(lang))
}

pub fn help_details(lang: Lang, commands: &[&HelpEntry]) -> serenity::CreateEmbed {
    let mut embed = Fitted::new(embeds::BLURPLE, &text::help_title(lang), "");
    for command in commands.iter().take(25) {
        let mut lines = vec![command.description.clone()];
        lines.extend(command.options.iter().map(|(name, description, required)| {
            let optional = if *required {
                ""
            } else {
                &text::optional_mark(lang)
            };
            format!("• `{name}`{optional}: {description}")
        }));
        lines.push(format!(
            "{}: {}",
            text::who(lang),
            who(lang, command.permissions)
        ));
        embed = embed.field(
            &format!("/{}", command.qualified_name),
            &lines.join("\n"),
            false,
        );
    }
    embed.into()
}

/// An autocomplete label for a binding (plain text: choices cannot show mentions).
pub fn binding_choice(lang: Lang, binding: &Binding) -> String {
    let role = binding.role_name.as_ref().map_or_else(
        || text::role_by_id(lang, binding.discord_role_id),
        |name| format!("@{name}"),
    );
    embeds::truncate(
        &format!("{}: {role} ← {}", binding.id, binding_target(lang, binding)),
        100,
    )
}

/// The `/doctor` checklist: green when every line passed, else red; failed lines say the fix.
pub fn checklist(lang: Lang, checks: &[text::Check]) -> serenity::CreateEmbed {
    let all_ok = checks.iter().all(|c| c.ok);
    let colour = if all_ok { embeds::GREEN } else { embeds::RED };
    let mut embed = Fitted::new(colour, &text::doctor_title(lang), "");
    for check in checks {
        let mark = match (check.info, check.ok) {
            (true, _) => "ℹ️",
            (false, true) => "✅",
            (false, false) => "❌",
        };
        let value = match &check.fix {
            Some(fix) => format!("{}\n{}: {fix}", check.found, text::fix(lang)),
            None => check.found.clone(),
        };
        embed = embed.field(&format!("{mark} {}", check.what), &value, false);
    }
    embed.into()
}

/// What is wrong with a typed key, in `lang`.
pub fn key_problem(lang: Lang, problem: KeyFormatError) -> String {
    let code = match problem {
        KeyFormatError::Empty => "empty",
        KeyFormatError::TooLong => "too-long",
        KeyFormatError::MissingPrefix => "missing-prefix",
        KeyFormatError::MissingGuild => "missing-guild",
        KeyFormatError::GuildNotNumeric => "guild-not-numeric",
        KeyFormatError::MissingSecret => "missing-secret",
        KeyFormatError::InvalidCharacters => "invalid-characters",
    };
    text::key_problem(lang, code)
}

/// A ban or mute's length as stored (`7d`), in words ("7 days", "7 Tage").
pub fn duration(lang: Lang, stored: &str) -> String {
    let (count, unit) = stored.split_at(stored.len().saturating_sub(1));
    match count.parse() {
        Ok(count) if matches!(unit, "m" | "h" | "d" | "w") => text::duration(lang, count, unit),
        _ => echoed(stored),
    }
}

/// Names each permission of a set the way Discord's app does in `lang` ("Manage Server", not
/// serenity's "Manage Guild").
pub fn permission_names(lang: Lang, permissions: serenity::Permissions) -> Vec<String> {
    permissions
        .get_permission_names()
        .into_iter()
        .map(|name| {
            let key = name.to_lowercase().replace(' ', "-");
            text::permission(lang, &key, name)
        })
        .collect()
}

/// [`permission_names`] as one list, "Send Messages, Embed Links".
pub fn permission_list(lang: Lang, permissions: serenity::Permissions) -> String {
    permission_names(lang, permissions).join(", ")
}
