//! How typed data looks: Technified results as embeds, list lines (bindings, `/jobs`), what a
//! write does in one line, and why a queued write was not done. This module decides which
//! sentence fits; the sentences themselves come from `text`, with plain values in their holes.

use poise::serenity_prelude as serenity;

use super::embeds::{self, field, footer};
use super::moderation::{DiscordBan, Refusal, Stage};
use super::text;
use crate::retry::engine::FailureReason;
use crate::retry::operation::Operation;
use crate::store::{
    BanSyncMode, Case, CaseAction, CaseOutcome, CaseSource, GuildKey, Job, JobState,
};
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
        let mark = if check.ok { "✅" } else { "❌" };
        let value = match &check.fix {
            Some(fix) => format!("{}\n{}: {fix}", check.found, text::FIX),
            None => check.found.clone(),
        };
        embed = field(embed, &format!("{mark} {}", check.what), &value, false);
    }
    embed
}

/// `/jobs`: one line per job, newest failures last.
pub fn jobs(jobs: &[Job]) -> serenity::CreateEmbed {
    if jobs.is_empty() {
        return embeds::info(text::JOBS_TITLE, text::NO_JOBS);
    }
    let lines: Vec<String> = jobs.iter().map(job_line).collect();
    embeds::info(text::JOBS_TITLE, &lines.join("\n"))
}

/// One `/jobs` line.
fn job_line(job: &Job) -> String {
    let state = match job.state {
        JobState::Pending => text::job_waiting(job.attempts + 1, job.next_attempt_at_ms / 1000),
        JobState::Running => text::JOB_RUNNING.to_owned(),
        JobState::Done => text::JOB_DONE.to_owned(),
        JobState::Failed => text::job_failed_state(
            failure_label(FailureReason::of(job).unwrap_or(FailureReason::Unknown)),
            job.last_error.as_deref(),
        ),
        JobState::Cancelled => text::JOB_CANCELLED.to_owned(),
    };
    text::job_line(job.id, &job_summary(job, false), job.requested_by, &state)
}

/// Why a queued write was not done, as a sentence (the member's reply, the audit line).
pub fn failure_reason(reason: FailureReason) -> &'static str {
    match reason {
        FailureReason::KeyRemoved => text::FAILED_KEY_REMOVED,
        FailureReason::BotRemoved => text::FAILED_BOT_REMOVED,
        FailureReason::KeyUnreadable => text::FAILED_KEY_UNREADABLE,
        FailureReason::GaveUp => text::FAILED_GAVE_UP,
        FailureReason::Refused => text::FAILED_REFUSED,
        FailureReason::FailedTwice => text::FAILED_TWICE,
        FailureReason::UnreadableJob => text::FAILED_UNREADABLE_JOB,
        FailureReason::Unknown => text::FAILED_UNKNOWN,
    }
}

/// Why a queued write was not done, in a few words (`/jobs`).
fn failure_label(reason: FailureReason) -> &'static str {
    match reason {
        FailureReason::KeyRemoved => text::LABEL_KEY_REMOVED,
        FailureReason::BotRemoved => text::LABEL_BOT_REMOVED,
        FailureReason::KeyUnreadable => text::LABEL_KEY_UNREADABLE,
        FailureReason::GaveUp => text::LABEL_GAVE_UP,
        FailureReason::Refused => text::LABEL_REFUSED,
        FailureReason::FailedTwice => text::LABEL_FAILED_TWICE,
        FailureReason::UnreadableJob => text::LABEL_UNREADABLE_JOB,
        FailureReason::Unknown => text::LABEL_UNKNOWN,
    }
}

/// A cancel button per pending job (at most 10, two rows of five).
pub fn cancel_buttons(jobs: &[Job], prefix: &str) -> Vec<serenity::CreateActionRow> {
    let buttons: Vec<_> = jobs
        .iter()
        .filter(|job| job.state == JobState::Pending)
        .take(10)
        .map(|job| {
            serenity::CreateButton::new(format!("{prefix}{}", job.id))
                .label(text::cancel_job(job.id))
                .style(serenity::ButtonStyle::Danger)
        })
        .collect();
    buttons
        .chunks(5)
        .map(|row| serenity::CreateActionRow::Buttons(row.to_vec()))
        .collect()
}

/// What a case did, in a word.
pub fn case_action(action: CaseAction) -> &'static str {
    match action {
        CaseAction::Ban => text::CASE_BAN,
        CaseAction::Unban => text::CASE_UNBAN,
        CaseAction::Mute => text::CASE_MUTE,
        CaseAction::Unmute => text::CASE_UNMUTE,
    }
}

fn case_source(source: CaseSource) -> &'static str {
    match source {
        CaseSource::Command => text::FROM_COMMAND,
        CaseSource::Bulk => text::FROM_BULK,
        CaseSource::BanSync => text::FROM_BAN_SYNC,
    }
}

fn case_outcome(outcome: CaseOutcome) -> &'static str {
    match outcome {
        CaseOutcome::Queued => text::CASE_QUEUED,
        CaseOutcome::Done => text::CASE_DONE,
        CaseOutcome::Failed => text::CASE_FAILED,
        CaseOutcome::Cancelled => text::CASE_CANCELLED,
    }
}

/// One `/cases list` line.
pub fn case_line(case: &Case) -> String {
    text::case_line(
        case.number,
        case_action(case.action),
        case.roblox_id,
        case.moderator_id,
        case_outcome(case.outcome),
        case.created_at_ms / 1000,
    )
}

/// One page of `/cases list`; `note` says when the list was cut short.
pub fn cases_page(
    lines: &[String],
    page: usize,
    pages: usize,
    total: i64,
    note: Option<&str>,
) -> serenity::CreateEmbed {
    let mut body = if lines.is_empty() {
        text::NO_CASES.to_owned()
    } else {
        lines.join("\n")
    };
    if let Some(note) = note {
        body = format!("{body}\n\n{note}");
    }
    let embed = embeds::info(&text::cases_title(total), &body);
    if pages > 1 {
        footer(embed, &text::page(page + 1, pages))
    } else {
        embed
    }
}

/// One case in full.
pub fn case_details(case: &Case) -> serenity::CreateEmbed {
    let title = format!(
        "{} · {}",
        text::case_title(case.number),
        case_action(case.action)
    );
    let embed = embeds::info(&title, "");
    let member = case
        .discord_id
        .map_or_else(|| text::NOT_KNOWN.to_owned(), |id| format!("<@{id}>"));
    let duration = match (case.action, case.duration.as_deref()) {
        (CaseAction::Ban | CaseAction::Mute, None) => text::PERMANENT.to_owned(),
        (_, None) => "-".to_owned(),
        (_, Some(duration)) => echoed(duration),
    };
    let reason = case.reason.as_deref().map(echoed).unwrap_or_default();
    let moderator = text::case_moderator(case.moderator_id, case.moderator_roblox_id);
    let embed = field(embed, text::CASE_ROBLOX, &case.roblox_id.to_string(), true);
    let embed = field(embed, text::CASE_MEMBER, &member, true);
    let embed = field(embed, text::CASE_MODERATOR, &moderator, true);
    let embed = field(embed, text::CASE_REASON, &reason, false);
    let embed = field(embed, text::CASE_DURATION, &duration, true);
    let embed = field(embed, text::CASE_SOURCE, case_source(case.source), true);
    let embed = field(embed, text::CASE_OUTCOME, case_outcome(case.outcome), true);
    let opened = format!("<t:{}:f>", case.created_at_ms / 1000);
    let updated = format!("<t:{}:f>", case.updated_at_ms / 1000);
    let embed = field(embed, text::CASE_OPENED, &opened, true);
    field(embed, text::CASE_UPDATED, &updated, true)
}

/// The columns of `/cases export`, in order: machine-readable names, like the values below
/// them (actions, sources and outcomes as stored, times in RFC 3339 UTC).
pub const CASES_CSV_HEADER: [&str; 12] = [
    "case",
    "action",
    "roblox_id",
    "discord_id",
    "moderator_discord_id",
    "moderator_roblox_id",
    "reason",
    "duration",
    "source",
    "outcome",
    "created_at",
    "updated_at",
];

/// Every case as CSV: a header row, RFC 4180 quoting, UTF-8.
pub fn cases_csv(cases: &[Case]) -> Result<Vec<u8>, csv::Error> {
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(CASES_CSV_HEADER)?;
    let time = |ms: i64| {
        serenity::Timestamp::from_unix_timestamp(ms.div_euclid(1000))
            .map(|t| t.to_string())
            .unwrap_or_default()
    };
    let id = |id: Option<u64>| id.map(|id| id.to_string()).unwrap_or_default();
    for case in cases {
        out.write_record([
            case.number.to_string(),
            case.action.as_str().to_owned(),
            case.roblox_id.to_string(),
            id(case.discord_id),
            case.moderator_id.to_string(),
            id(case.moderator_roblox_id),
            case.reason.clone().unwrap_or_default(),
            case.duration.clone().unwrap_or_default(),
            case.source.as_str().to_owned(),
            case.outcome.as_str().to_owned(),
            time(case.created_at_ms),
            time(case.updated_at_ms),
        ])?;
    }
    out.into_inner().map_err(|e| e.into_error().into())
}

/// What a ban-sync mode does, said when it is set.
pub fn ban_sync_set(mode: BanSyncMode) -> &'static str {
    match mode {
        BanSyncMode::Off => text::BAN_SYNC_OFF,
        BanSyncMode::Ask => text::BAN_SYNC_ASK,
        BanSyncMode::Mirror => text::BAN_SYNC_MIRROR,
    }
}

/// A ban-sync card or note: the member, their Roblox account, who acted on Discord and why,
/// then `lines` (the question, or what was done), in `colour`; the case in the author line.
pub fn sync_card(
    card: &crate::store::NewCard,
    colour: u32,
    title: &str,
    lines: &[String],
    case: Option<i64>,
) -> serenity::CreateEmbed {
    let body = text::Notice {
        title: title.to_owned(),
        body: lines.join("\n"),
    };
    let embed = embeds::case(embeds::embed(colour, &body), case);
    let embed = field(
        embed,
        text::CARD_MEMBER,
        &format!("<@{}>", card.discord_id),
        true,
    );
    let roblox = format!(
        "{} (`{}`)",
        roblox_profile(card.roblox_id, &echoed(&card.roblox_name)),
        card.roblox_id
    );
    let embed = field(embed, text::CARD_ROBLOX, &roblox, true);
    let embed = field(
        embed,
        text::CARD_BY,
        &text::card_moderator(card.banned_by),
        true,
    );
    let reason = card
        .reason
        .as_deref()
        .map_or_else(|| text::NO_REASON.to_owned(), echoed);
    field(embed, text::CARD_REASON, &reason, false)
}

/// The Discord half of a ban on both (`/roblox ban … discord:true`), in one line.
pub fn discord_ban_line(ban: &DiscordBan, roblox_id: u64) -> String {
    let status = match ban {
        DiscordBan::Ready { user, member: true } => text::discord_will_ban_member(*user),
        DiscordBan::Ready {
            user,
            member: false,
        } => text::discord_will_ban_absent(*user),
        DiscordBan::Banned { user, member: true } => text::discord_banned_member(*user),
        DiscordBan::Banned {
            user,
            member: false,
        } => text::discord_banned_absent(*user),
        DiscordBan::Refused { user, why } => {
            let who = discord_member(*user);
            text::discord_not_banned(&match why {
                Refusal::NotLinked => text::refused_not_linked(roblox_id),
                Refusal::Owner => text::refused_owner(&who),
                Refusal::BotLacksBanMembers => text::REFUSED_BOT_LACKS_BAN_MEMBERS.to_owned(),
                Refusal::NotBelowBot => text::refused_not_below_bot(&who),
                Refusal::NotBelowModerator => text::refused_not_below_moderator(&who),
            })
        }
        DiscordBan::Failed {
            user,
            stage,
            detail,
        } => {
            let who = discord_member(*user);
            match stage {
                Stage::Lookup => text::discord_lookup_failed(detail),
                Stage::Check => text::discord_check_failed(&who, detail),
                Stage::Ban => text::discord_ban_failed(&who, detail),
            }
        }
    };
    text::discord_ban_line(&status)
}

/// A member to ban, or the Roblox account's linked member while nobody knows who that is.
fn discord_member(user: Option<u64>) -> String {
    user.map_or_else(|| text::THE_LINKED_MEMBER.to_owned(), |u| format!("<@{u}>"))
}

/// A queued job's [`operation_summary`]; its kind when this version cannot read it.
pub fn job_summary(job: &Job, done: bool) -> String {
    Operation::from_job(job).map_or_else(|_| job.kind.clone(), |op| operation_summary(&op, done))
}

/// What a write does, in one line: "Banned …" once done (the green reply), "Ban …" while it
/// waits or when it failed (the amber and red replies, `/jobs`, audit lines).
pub fn operation_summary(operation: &Operation, done: bool) -> String {
    match operation {
        Operation::Ban(p) => {
            text::ban_summary(p.roblox_id, p.duration.as_deref(), &echoed(&p.reason), done)
        }
        Operation::Mute(p) => {
            text::mute_summary(p.roblox_id, p.duration.as_deref(), &echoed(&p.reason), done)
        }
        Operation::Unban(l) => text::unban_summary(l.roblox_id, done),
        Operation::Unmute(l) => text::unmute_summary(l.roblox_id, done),
        Operation::AddBinding(b) => {
            text::binding_added(b.discord_role_id, &rule_target(&b.rule), done)
        }
        Operation::RemoveBinding { id } => text::binding_removed(id, done),
        Operation::VerifyKey => text::key_check_summary(done),
    }
}

/// Text a member typed (a reason), as it is echoed into replies, `/jobs` and audit lines: on
/// one line, with Discord's markdown and mentions shown as typed, so it can neither start a
/// forged audit line nor hide a link behind other words.
pub fn echoed(typed: &str) -> String {
    let mut out = String::with_capacity(typed.len());
    for c in typed.chars() {
        match c {
            '\\' | '*' | '_' | '~' | '`' | '|' | '[' | ']' | '(' | ')' | '<' | '>' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() || c.is_whitespace() => out.push(' '),
            c => out.push(c),
        }
    }
    out
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A queued ban of Roblox account 42 in `state`, with `result` and `last_error` recorded.
    fn ban_job(state: JobState, result: Option<&str>, last_error: Option<&str>) -> Job {
        let ban = Operation::Ban(crate::technified::Punish {
            roblox_id: 42,
            reason: "spam".into(),
            moderator_roblox_id: 7,
            duration: Some("1d".into()),
        });
        let new = ban.new_job(1, 2, 0, 5_000);
        Job {
            id: 9,
            guild_id: new.guild_id,
            kind: new.kind,
            target: new.target,
            payload: new.payload,
            requested_by: new.requested_by,
            interaction_token: None,
            token_expires_at_ms: None,
            channel_id: None,
            state,
            attempts: 2,
            sent_at_ms: None,
            next_attempt_at_ms: new.next_attempt_at_ms,
            deadline_at_ms: new.deadline_at_ms,
            last_error: last_error.map(str::to_owned),
            result: result.map(str::to_owned),
            created_at_ms: 0,
            updated_at_ms: 0,
            case_number: None,
        }
    }

    #[test]
    fn a_job_line_words_its_state_and_a_failure_once() {
        assert_eq!(
            job_line(&ban_job(JobState::Pending, None, Some("HTTP 503"))),
            "`#9` Ban Roblox account 42 for 1d: spam (by <@2>): waiting, attempt 3 next <t:5:R>"
        );
        assert_eq!(
            job_line(&ban_job(
                JobState::Failed,
                Some("refused"),
                Some("HTTP 400")
            )),
            "`#9` Ban Roblox account 42 for 1d: spam (by <@2>): failed: refused by Technified (last error: HTTP 400)"
        );
        assert_eq!(
            job_line(&ban_job(JobState::Failed, Some("key_removed"), None)),
            "`#9` Ban Roblox account 42 for 1d: spam (by <@2>): failed: key removed before it was sent"
        );
        assert!(
            job_line(&ban_job(
                JobState::Failed,
                Some("from a newer version"),
                None
            ))
            .ends_with("failed: not applied")
        );
    }

    #[test]
    fn an_echoed_reason_cannot_forge_a_line_or_a_link() {
        let typed = "spam\n<@1>: Ban everyone: done\r\u{2028}[click](https://evil.example)";
        assert_eq!(
            echoed(typed),
            "spam \\<@1\\>: Ban everyone: done  \\[click\\]\\(https://evil.example\\)"
        );
        assert_eq!(echoed("plain words, 7 days"), "plain words, 7 days");
    }

    proptest! {
        #[test]
        fn echoed_text_is_one_line_without_live_markdown(typed in "\\PC{0,200}|[\\n\\[\\]()<>*_`|~\\\\a-z]{0,50}") {
            let out = echoed(&typed);
            prop_assert!(!out.chars().any(|c| c.is_control() || (c.is_whitespace() && c != ' ')));
            // Every special character is preceded by an escaping backslash.
            let chars: Vec<char> = out.chars().collect();
            let mut i = 0;
            while i < chars.len() {
                if chars[i] == '\\' {
                    i += 2;
                    continue;
                }
                prop_assert!(!"*_~`|[]()<>".contains(chars[i]), "{out}");
                i += 1;
            }
        }
    }
}
