//! Writes as lines: what a write does (replies, `/jobs`, audit lines), the `/jobs` list (bulk
//! runs and jobs) and its cancel buttons, why a queued write was not done, the Discord half of a ban on both, and text
//! a member typed, echoed safely.

use poise::serenity_prelude as serenity;

use super::{bulk_job_line, duration, rule_target};
use crate::discord::moderation::{DiscordBan, Refusal, Stage};
use crate::discord::{Lang, embeds, text};
use crate::retry::engine::FailureReason;
use crate::retry::operation::Operation;
use crate::store::{BulkCounts, BulkRun, Job, JobState};

/// `/jobs`: one line per bulk run still going, then one per job, newest failures last.
pub fn jobs(lang: Lang, runs: &[(BulkRun, BulkCounts)], jobs: &[Job]) -> serenity::CreateEmbed {
    if runs.is_empty() && jobs.is_empty() {
        return embeds::info(&text::jobs_title(lang), &text::no_jobs(lang));
    }
    let lines: Vec<String> = runs
        .iter()
        .map(|(run, counts)| bulk_job_line(lang, run, *counts))
        .chain(jobs.iter().map(|job| job_line(lang, job)))
        .collect();
    embeds::info(&text::jobs_title(lang), &lines.join("\n"))
}

/// One `/jobs` line.
fn job_line(lang: Lang, job: &Job) -> String {
    let state = match job.state {
        JobState::Pending => {
            text::job_waiting(lang, job.attempts + 1, job.next_attempt_at_ms / 1000)
        }
        JobState::Running => text::job_running(lang).to_owned(),
        JobState::Done => text::job_done(lang).to_owned(),
        JobState::Failed => text::job_failed_state(
            lang,
            &failure_label(
                lang,
                FailureReason::of(job).unwrap_or(FailureReason::Unknown),
            ),
            job.last_error.as_deref(),
        ),
        JobState::Cancelled => text::job_cancelled(lang).to_owned(),
    };
    text::job_line(
        lang,
        job.id,
        &job_summary(lang, job, false),
        job.requested_by,
        &state,
    )
}

/// Why a queued write was not done, as a sentence (the member's reply, the audit line).
pub fn failure_reason(lang: Lang, reason: FailureReason) -> String {
    match reason {
        FailureReason::KeyRemoved => text::failed_key_removed(lang),
        FailureReason::BotRemoved => text::failed_bot_removed(lang),
        FailureReason::KeyUnreadable => text::failed_key_unreadable(lang),
        FailureReason::GaveUp => text::failed_gave_up(lang),
        FailureReason::Refused => text::failed_refused(lang),
        FailureReason::FailedTwice => text::failed_twice(lang),
        FailureReason::UnreadableJob => text::failed_unreadable_job(lang),
        FailureReason::Unknown => text::failed_unknown(lang),
    }
}

/// Why a queued write was not done, in a few words (`/jobs`).
fn failure_label(lang: Lang, reason: FailureReason) -> String {
    match reason {
        FailureReason::KeyRemoved => text::label_key_removed(lang),
        FailureReason::BotRemoved => text::label_bot_removed(lang),
        FailureReason::KeyUnreadable => text::label_key_unreadable(lang),
        FailureReason::GaveUp => text::label_gave_up(lang),
        FailureReason::Refused => text::label_refused(lang),
        FailureReason::FailedTwice => text::label_failed_twice(lang),
        FailureReason::UnreadableJob => text::label_unreadable_job(lang),
        FailureReason::Unknown => text::label_unknown(lang),
    }
}

/// What a `/jobs` cancel button cancels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CancelTarget {
    Job(i64),
    /// What is left of a bulk run.
    Run(i64),
}

/// A cancel button per bulk run still going and per pending job (at most 10, two rows of
/// five), each with `prefix` and then [`cancel_target`]'s form of what it cancels.
pub fn cancel_buttons(
    lang: Lang,
    runs: &[(BulkRun, BulkCounts)],
    jobs: &[Job],
    prefix: &str,
) -> Vec<serenity::CreateActionRow> {
    let button = |id: String, label: String| {
        serenity::CreateButton::new(format!("{prefix}{id}"))
            .label(label)
            .style(serenity::ButtonStyle::Danger)
    };
    let buttons: Vec<_> = runs
        .iter()
        .filter(|(run, counts)| !run.cancelled && counts.open > 0)
        .map(|(run, _)| button(format!("run:{}", run.id), text::cancel_bulk(lang, run.id)))
        .chain(
            jobs.iter()
                .filter(|job| job.state == JobState::Pending)
                .map(|job| button(job.id.to_string(), text::cancel_job(lang, job.id))),
        )
        .take(10)
        .collect();
    buttons
        .chunks(5)
        .map(|row| serenity::CreateActionRow::Buttons(row.to_vec()))
        .collect()
}

/// What the cancel button with this custom id (after its prefix) cancels.
pub fn cancel_target(id: &str) -> Option<CancelTarget> {
    match id.strip_prefix("run:") {
        Some(run) => run.parse().ok().map(CancelTarget::Run),
        None => id.parse().ok().map(CancelTarget::Job),
    }
}

/// The Discord half of a ban on both (`/roblox ban … discord:true`), in one line.
pub fn discord_ban_line(lang: Lang, ban: &DiscordBan, roblox_id: u64) -> String {
    let status = match ban {
        DiscordBan::Ready { user, member: true } => text::discord_will_ban_member(lang, *user),
        DiscordBan::Ready {
            user,
            member: false,
        } => text::discord_will_ban_absent(lang, *user),
        DiscordBan::Banned { user, member: true } => text::discord_banned_member(lang, *user),
        DiscordBan::Banned {
            user,
            member: false,
        } => text::discord_banned_absent(lang, *user),
        DiscordBan::Refused { user, why } => {
            let who = discord_member(lang, *user);
            text::discord_not_banned(
                lang,
                &match why {
                    Refusal::NotLinked => text::refused_not_linked(lang, roblox_id),
                    Refusal::Owner => text::refused_owner(lang, &who),
                    Refusal::BotLacksBanMembers => {
                        text::refused_bot_lacks_ban_members(lang).to_owned()
                    }
                    Refusal::NotBelowBot => text::refused_not_below_bot(lang, &who),
                    Refusal::NotBelowModerator => text::refused_not_below_moderator(lang, &who),
                },
            )
        }
        DiscordBan::Failed {
            user,
            stage,
            detail,
        } => {
            let who = discord_member(lang, *user);
            match stage {
                Stage::Lookup => text::discord_lookup_failed(lang, detail),
                Stage::Check => text::discord_check_failed(lang, &who, detail),
                Stage::Ban => text::discord_ban_failed(lang, &who, detail),
            }
        }
    };
    text::discord_ban_line(lang, &status)
}

/// A member to ban, or the Roblox account's linked member while nobody knows who that is.
fn discord_member(lang: Lang, user: Option<u64>) -> String {
    user.map_or_else(
        || text::the_linked_member(lang).to_owned(),
        |u| format!("<@{u}>"),
    )
}

/// A queued job's [`operation_summary`]; its kind when this version cannot read it.
pub fn job_summary(lang: Lang, job: &Job, done: bool) -> String {
    Operation::from_job(job).map_or_else(
        |_| job.kind.clone(),
        |op| operation_summary(lang, &op, done),
    )
}

/// What a write does, in one line: "Banned …" once done (the green reply), "Ban …" while it
/// waits or when it failed (the amber and red replies, `/jobs`, audit lines).
pub fn operation_summary(lang: Lang, operation: &Operation, done: bool) -> String {
    match operation {
        Operation::Ban(p) => text::ban_summary(
            lang,
            p.roblox_id,
            p.duration.as_deref().map(|d| duration(lang, d)).as_deref(),
            &echoed(&p.reason),
            done,
        ),
        Operation::Mute(p) => text::mute_summary(
            lang,
            p.roblox_id,
            p.duration.as_deref().map(|d| duration(lang, d)).as_deref(),
            &echoed(&p.reason),
            done,
        ),
        Operation::Unban(l) => text::unban_summary(lang, l.roblox_id, done),
        Operation::Unmute(l) => text::unmute_summary(lang, l.roblox_id, done),
        Operation::AddBinding(b) => {
            text::binding_added(lang, b.discord_role_id, &rule_target(lang, &b.rule), done)
        }
        Operation::RemoveBinding { id } => text::binding_removed(lang, id, done),
        Operation::VerifyKey => text::key_check_summary(lang, done),
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
            locale: None,
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
            bulk_id: None,
        }
    }

    #[test]
    fn a_job_line_words_its_state_and_a_failure_once() {
        let lang = crate::discord::Lang::english();
        assert_eq!(
            job_line(lang, &ban_job(JobState::Pending, None, Some("HTTP 503"))),
            "`#9` Ban Roblox account 42 for 1 day: spam (by <@2>): waiting, attempt 3 next <t:5:R>"
        );
        assert_eq!(
            job_line(
                lang,
                &ban_job(JobState::Failed, Some("refused"), Some("HTTP 400"))
            ),
            "`#9` Ban Roblox account 42 for 1 day: spam (by <@2>): failed: refused by Technified (last error: HTTP 400)"
        );
        assert_eq!(
            job_line(lang, &ban_job(JobState::Failed, Some("key_removed"), None)),
            "`#9` Ban Roblox account 42 for 1 day: spam (by <@2>): failed: key removed before it was sent"
        );
        assert!(
            job_line(
                lang,
                &ban_job(JobState::Failed, Some("from a newer version"), None)
            )
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
