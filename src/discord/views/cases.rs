//! Cases as they are shown: the action, source and outcome in words, the `/cases list` lines
//! and pages, one case's card, and the CSV export.

use poise::serenity_prelude as serenity;

use super::{duration, echoed};
use crate::discord::embeds::{self, Fitted};
use crate::discord::{Lang, text};
use crate::store::{Case, CaseAction, CaseOutcome, CaseSource};

/// What a case did, in a word.
pub fn case_action(lang: Lang, action: CaseAction) -> String {
    match action {
        CaseAction::Ban => text::case_ban(lang),
        CaseAction::Unban => text::case_unban(lang),
        CaseAction::Mute => text::case_mute(lang),
        CaseAction::Unmute => text::case_unmute(lang),
    }
}

fn case_source(lang: Lang, source: CaseSource) -> String {
    match source {
        CaseSource::Command => text::from_command(lang),
        CaseSource::Bulk => text::from_bulk(lang),
        CaseSource::BanSync => text::from_ban_sync(lang),
    }
}

fn case_outcome(lang: Lang, outcome: CaseOutcome) -> String {
    match outcome {
        CaseOutcome::Queued => text::case_queued(lang),
        CaseOutcome::Done => text::case_done(lang),
        CaseOutcome::Failed => text::case_failed(lang),
        CaseOutcome::Cancelled => text::case_cancelled(lang),
    }
}

/// One `/cases list` line.
pub fn case_line(lang: Lang, case: &Case) -> String {
    text::case_line(
        lang,
        case.number,
        &case_action(lang, case.action),
        case.roblox_id,
        case.moderator_id,
        &case_outcome(lang, case.outcome),
        case.created_at_ms / 1000,
    )
}

/// One page of `/cases list`; `note` says when the list was cut short.
pub fn cases_page(
    lang: Lang,
    lines: &[String],
    page: usize,
    pages: usize,
    total: i64,
    note: Option<&str>,
) -> serenity::CreateEmbed {
    let mut body = if lines.is_empty() {
        text::no_cases(lang).to_owned()
    } else {
        lines.join("\n")
    };
    if let Some(note) = note {
        body = format!("{body}\n\n{note}");
    }
    let embed = Fitted::new(embeds::BLURPLE, &text::cases_title(lang, total), &body);
    if pages > 1 {
        embed.footer(&text::page(lang, page + 1, pages))
    } else {
        embed.into()
    }
}

/// One case in full.
pub fn case_details(lang: Lang, case: &Case) -> serenity::CreateEmbed {
    let title = format!(
        "{} · {}",
        text::case_title(lang, case.number),
        case_action(lang, case.action)
    );
    let member = case
        .discord_id
        .map_or_else(|| text::not_known(lang).to_owned(), |id| format!("<@{id}>"));
    let duration = match (case.action, case.duration.as_deref()) {
        (CaseAction::Ban | CaseAction::Mute, None) => text::permanent(lang).to_owned(),
        (_, None) => "-".to_owned(),
        (_, Some(stored)) => duration(lang, stored),
    };
    let reason = case.reason.as_deref().map(echoed).unwrap_or_default();
    let moderator = text::case_moderator_line(lang, case.moderator_id, case.moderator_roblox_id);
    let opened = format!("<t:{}:f>", case.created_at_ms / 1000);
    let updated = format!("<t:{}:f>", case.updated_at_ms / 1000);
    Fitted::new(embeds::BLURPLE, &title, "")
        .field(&text::case_roblox(lang), &case.roblox_id.to_string(), true)
        .field(&text::case_member(lang), &member, true)
        .field(&text::case_moderator(lang), &moderator, true)
        .field(&text::case_reason(lang), &reason, false)
        .field(&text::case_duration(lang), &duration, true)
        .field(
            &text::case_source(lang),
            &case_source(lang, case.source),
            true,
        )
        .field(
            &text::case_outcome(lang),
            &case_outcome(lang, case.outcome),
            true,
        )
        .field(&text::case_opened(lang), &opened, true)
        .field(&text::case_updated(lang), &updated, true)
        .into()
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
