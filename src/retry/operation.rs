//! The Technified writes the retry engine can replay, as stored in a job's `payload`.
//!
//! An [`Operation`] knows three things about itself: how to send it, how to tell from a
//! fresh read whether an earlier, possibly-applied attempt already took effect (the
//! read-back after an ambiguous failure, docs/behaviour.md "Retries"), and which answers to a
//! re-send mean "it was already done".

use std::ops::RangeInclusive;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::policy::WRITE_DEADLINE;
use crate::store::{CaseAction, CaseSource, Job, NewCase, NewJob};
use crate::technified::model::{PunishmentStatus, duration_secs};
use crate::technified::{
    ApiError, ApiKey, Client, Endpoint, ErrorKind, Lift, NewBinding, Punish, Punishment,
};

/// One queued Technified call. Serialised (internally tagged by `op`) into the job's payload;
/// the job's `kind` is [`Operation::kind`], the same string as the tag.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Operation {
    Ban(Punish),
    Mute(Punish),
    Unban(Lift),
    Unmute(Lift),
    AddBinding(NewBinding),
    RemoveBinding {
        id: String,
    },
    /// Proves a key saved while Technified could not be reached (`/setup`).
    VerifyKey,
}

impl Operation {
    /// Stable name, for the job's `kind`, logs and metrics labels.
    pub fn kind(&self) -> &'static str {
        match self {
            Operation::Ban(_) => "ban",
            Operation::Mute(_) => "mute",
            Operation::Unban(_) => "unban",
            Operation::Unmute(_) => "unmute",
            Operation::AddBinding(_) => "add_binding",
            Operation::RemoveBinding { .. } => "remove_binding",
            Operation::VerifyKey => "verify_key",
        }
    }

    /// The ordering key within a server: queued jobs with the same target are applied one
    /// after the other, in the order they were queued.
    ///
    /// - Bans and mutes of a Roblox user are separate states at Technified (separate
    ///   endpoints), so `ban:<id>` (ban, unban) and `mute:<id>` (mute, unmute) are separate
    ///   lines: a ban waiting out an outage does not hold back an unrelated unmute.
    /// - Every binding write of a server shares `bindings`: removing a binding and adding it
    ///   back (say, with another priority) must not be reordered into a 409, and a binding
    ///   created by a queued add has no ID to order a later remove by. Binding writes are
    ///   rare, so one line per server costs nothing.
    /// - `key` for the key check.
    pub fn target(&self) -> String {
        match self {
            Operation::Ban(p) => format!("ban:{}", p.roblox_id),
            Operation::Unban(l) => format!("ban:{}", l.roblox_id),
            Operation::Mute(p) => format!("mute:{}", p.roblox_id),
            Operation::Unmute(l) => format!("mute:{}", l.roblox_id),
            Operation::AddBinding(_) | Operation::RemoveBinding { .. } => "bindings".to_owned(),
            Operation::VerifyKey => "key".to_owned(),
        }
    }

    /// The endpoint [`Operation::send`] calls.
    pub fn endpoint(&self) -> Endpoint {
        match self {
            Operation::Ban(_) => Endpoint::Ban,
            Operation::Mute(_) => Endpoint::Mute,
            Operation::Unban(_) => Endpoint::Unban,
            Operation::Unmute(_) => Endpoint::Unmute,
            Operation::AddBinding(_) => Endpoint::AddBinding,
            Operation::RemoveBinding { .. } => Endpoint::RemoveBinding,
            Operation::VerifyKey => Endpoint::ListBindings,
        }
    }

    /// How long a queued operation keeps being retried. Writes get a day (docs/behaviour.md); the
    /// key check is a read, but a background one with no interaction to answer within 15
    /// minutes, so it gets the same day.
    pub fn deadline(&self) -> Duration {
        WRITE_DEADLINE
    }

    /// The queue row for this operation in `guild_id`, asked by `requested_by`, next tried
    /// at `next_attempt_at_ms`, giving up [`Operation::deadline`] after `now_ms` (both in the
    /// engine's clock, [`super::engine::Engine::now_ms`]). The Discord layer fills in the
    /// interaction token, its expiry, the member's locale and the channel.
    pub fn new_job(
        &self,
        guild_id: u64,
        requested_by: u64,
        now_ms: i64,
        next_attempt_at_ms: i64,
    ) -> NewJob {
        let deadline_ms = i64::try_from(self.deadline().as_millis()).unwrap_or(i64::MAX);
        NewJob {
            guild_id,
            kind: self.kind().to_owned(),
            target: self.target(),
            payload: serde_json::to_value(self).unwrap_or_default(),
            requested_by,
            interaction_token: None,
            token_expires_at_ms: None,
            locale: None,
            channel_id: None,
            next_attempt_at_ms,
            deadline_at_ms: now_ms.saturating_add(deadline_ms),
        }
    }

    /// The moderation case this write is, asked by the Discord user `moderator_id`, from
    /// `source`; `None` for writes that act on no Roblox account (bindings, the key check).
    pub fn case(&self, source: CaseSource, moderator_id: u64) -> Option<NewCase> {
        let punish = |action, p: &Punish| {
            let (reason, duration) = (Some(p.reason.clone()), p.duration.clone());
            (
                action,
                p.roblox_id,
                Some(p.moderator_roblox_id),
                reason,
                duration,
            )
        };
        let lift = |action, l: &Lift| (action, l.roblox_id, None, l.reason.clone(), None);
        let (action, roblox_id, moderator_roblox_id, reason, duration) = match self {
            Operation::Ban(p) => punish(CaseAction::Ban, p),
            Operation::Mute(p) => punish(CaseAction::Mute, p),
            Operation::Unban(l) => lift(CaseAction::Unban, l),
            Operation::Unmute(l) => lift(CaseAction::Unmute, l),
            Operation::AddBinding(_) | Operation::RemoveBinding { .. } | Operation::VerifyKey => {
                return None;
            }
        };
        Some(NewCase {
            action,
            roblox_id,
            discord_id: None,
            moderator_id,
            moderator_roblox_id,
            reason,
            duration,
            source,
        })
    }

    /// The operation a queued job carries.
    pub fn from_job(job: &Job) -> Result<Operation, serde_json::Error> {
        Operation::deserialize(&job.payload)
    }

    /// Sends the operation once.
    pub async fn send(&self, client: &Client, key: &ApiKey) -> Result<(), ApiError> {
        let endpoint = self.endpoint();
        match self {
            Operation::Ban(punish) | Operation::Mute(punish) => {
                client.write(key, endpoint, punish).await
            }
            Operation::Unban(lift) | Operation::Unmute(lift) => {
                client.write(key, endpoint, lift).await
            }
            Operation::AddBinding(binding) => client.write(key, endpoint, binding).await,
            Operation::RemoveBinding { id } => client.remove_binding(key, id).await,
            Operation::VerifyKey => client.verify_key(key).await,
        }
    }

    /// Reads Technified's current state to tell whether the operation has taken effect, before
    /// re-sending it after an attempt that may have reached Technified, sent at some time in
    /// `sent` (unix ms, the engine's clock: from the first such attempt to now). Ban and mute
    /// status are read with `no_cache=true`: a cached "not banned" from before the write would
    /// cause exactly the duplicate this read exists to prevent.
    ///
    /// A ban or mute counts as applied only when the one read is the one asked for
    /// ([`punishment_matches`]): another ban, or a mute, is not this ban. Technified offers
    /// nothing else to tell two bans apart. A binding is applied when the list holds one with
    /// the same type, role and rule (priority is not part of a binding's identity: Technified
    /// answers 409 to a second one that differs only there). The key check is a read:
    /// re-sending it is harmless, so it never counts as applied.
    pub async fn already_applied(
        &self,
        client: &Client,
        key: &ApiKey,
        sent: RangeInclusive<i64>,
    ) -> Result<bool, ApiError> {
        match self {
            Operation::Ban(p) => Ok(punishment_matches(
                p,
                &client
                    .punishment_status(key, Punishment::Ban, p.roblox_id, None, true)
                    .await?,
                sent,
            )),
            Operation::Unban(l) => Ok(!client
                .punishment_status(key, Punishment::Ban, l.roblox_id, None, true)
                .await?
                .active),
            Operation::Mute(p) => Ok(punishment_matches(
                p,
                &client
                    .punishment_status(key, Punishment::Mute, p.roblox_id, None, true)
                    .await?,
                sent,
            )),
            Operation::Unmute(l) => Ok(!client
                .punishment_status(key, Punishment::Mute, l.roblox_id, None, true)
                .await?
                .active),
            Operation::AddBinding(wanted) => Ok(client.list_bindings(key).await?.iter().any(|b| {
                b.discord_role_id == wanted.discord_role_id && b.rule.as_ref() == Some(&wanted.rule)
            })),
            Operation::RemoveBinding { id } => {
                Ok(!client.list_bindings(key).await?.iter().any(|b| &b.id == id))
            }
            Operation::VerifyKey => Ok(false),
        }
    }

    /// Whether Technified's refusal of a re-send means an earlier attempt did the work, as
    /// the endpoint's route line says (409 on re-adding a binding, 404 on re-removing one,
    /// 404 on unbanning or unmuting someone who no longer is). Only Technified's own error
    /// envelope counts, not a proxy's page. Meaningful only after an attempt that may have
    /// been applied (`sent_once`).
    pub fn done_despite(&self, error: &ApiError) -> bool {
        let ErrorKind::Api { status, .. } = error.kind else {
            return false;
        };
        self.endpoint()
            .refusal(status)
            .is_some_and(|refusal| refusal.done_if_resent())
    }
}

/// How far Technified's clock may be from ours when an expiry is compared: generous for
/// hosts kept by NTP, and far below the shortest duration that tells two bans apart in
/// practice (minutes against days).
pub const CLOCK_SKEW: Duration = Duration::from_secs(120);

/// Whether the ban or mute `status` read back is the one `asked`, sent at some time in `sent`
/// (unix ms). Asked permanent (no duration, or `permanent`): the punishment read is
/// permanent. Asked for a duration: it is not permanent and expires within that duration of
/// the send, that is at or after the window's start plus the duration and at or before its
/// end plus the duration, each widened by [`CLOCK_SKEW`]. The window covers the queue delay:
/// the attempt that may have applied it was made after the job's first send and before now.
pub fn punishment_matches(
    asked: &Punish,
    status: &PunishmentStatus,
    sent: RangeInclusive<i64>,
) -> bool {
    let Some(info) = status.info.as_ref().filter(|_| status.active) else {
        return false;
    };
    let Some(secs) = asked.duration.as_deref().and_then(duration_secs) else {
        return info.is_permanent;
    };
    let (Some(expires_at), false) = (info.expires_at, info.is_permanent) else {
        return false;
    };
    let length_ms = i64::try_from(secs).unwrap_or(i64::MAX / 2_000) * 1_000;
    let skew_ms = CLOCK_SKEW.as_millis() as i64;
    let earliest = sent.start().saturating_add(length_ms) - skew_ms;
    let latest = sent.end().saturating_add(length_ms) + skew_ms;
    (earliest..=latest).contains(&expires_at.saturating_mul(1_000))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::technified::model::PunishmentInfo;
    use crate::technified::{AgePlatform, BindingRule};
    use serde_json::json;

    fn punish() -> Punish {
        Punish {
            roblox_id: 261,
            reason: "Exploiting".into(),
            moderator_roblox_id: 1000,
            duration: Some("1h".into()),
        }
    }

    fn lift() -> Lift {
        Lift {
            roblox_id: 261,
            reason: None,
        }
    }

    fn binding() -> NewBinding {
        NewBinding {
            discord_role_id: 555,
            rule: BindingRule::AccountAge {
                platform: AgePlatform::Roblox,
                min_days: 30,
            },
            priority: Some(2),
        }
    }

    fn all() -> Vec<Operation> {
        vec![
            Operation::Ban(punish()),
            Operation::Mute(punish()),
            Operation::Unban(lift()),
            Operation::Unmute(lift()),
            Operation::AddBinding(binding()),
            Operation::RemoveBinding { id: "17".into() },
            Operation::VerifyKey,
        ]
    }

    fn api(status: u16) -> ApiError {
        ApiError {
            endpoint: Endpoint::Ban,
            request_id: "r".into(),
            kind: ErrorKind::Api {
                status,
                message: String::new(),
                details: None,
                retry_after: None,
            },
        }
    }

    #[test]
    fn payloads_round_trip_and_carry_the_kind_as_tag() {
        for op in all() {
            let value = serde_json::to_value(&op).unwrap();
            assert_eq!(value["op"], json!(op.kind()), "{value}");
            let back: Operation = serde_json::from_value(value.clone()).unwrap();
            assert_eq!(back, op, "{value}");
        }
        assert_eq!(
            serde_json::to_value(Operation::AddBinding(binding())).unwrap(),
            json!({"op": "add_binding", "discord_role_id": "555",
                   "binding_type": "account_age", "account_age_platform": "roblox",
                   "account_age_min_days": 30, "priority": 2})
        );
        assert_eq!(
            serde_json::to_value(Operation::VerifyKey).unwrap(),
            json!({"op": "verify_key"})
        );
    }

    #[test]
    fn targets_order_bans_and_mutes_separately() {
        let targets: Vec<String> = all().iter().map(Operation::target).collect();
        assert_eq!(
            targets,
            [
                "ban:261", "mute:261", "ban:261", "mute:261", "bindings", "bindings", "key"
            ]
        );
    }

    #[test]
    fn new_job_carries_kind_target_payload_and_a_day() {
        let op = Operation::Unban(lift());
        let job = op.new_job(5, 6, 1_000, 2_000);
        assert_eq!(
            (job.guild_id, job.kind.as_str(), job.target.as_str()),
            (5, "unban", "ban:261")
        );
        assert_eq!(job.next_attempt_at_ms, 2_000);
        assert_eq!(job.deadline_at_ms, 1_000 + 86_400_000);
        assert_eq!(Operation::deserialize(&job.payload).unwrap(), op);
    }

    fn status(is_permanent: bool, expires_at: Option<i64>) -> PunishmentStatus {
        PunishmentStatus {
            active: true,
            info: Some(PunishmentInfo {
                reason: "Exploiting".into(),
                by: Some("1000".into()),
                created_at: None,
                expires_at,
                is_permanent,
            }),
        }
    }

    #[test]
    fn a_read_back_matches_only_the_punishment_asked() {
        const DAY: i64 = 86_400;
        let asked = |duration: Option<&str>| Punish {
            duration: duration.map(str::to_owned),
            ..punish()
        };
        // Sent between t = 1,000,000 s and an hour later (the queue delay).
        let (from, to) = (1_000_000_i64, 1_003_600_i64);
        let sent = from * 1_000..=to * 1_000;
        let seven_days = status(false, Some(from + 7 * DAY));
        let permanent = status(true, None);
        // Permanent asked: only a permanent ban matches (the issue's case: a 7-day ban is not it).
        assert!(punishment_matches(&asked(None), &permanent, sent.clone()));
        assert!(punishment_matches(
            &asked(Some("permanent")),
            &permanent,
            sent.clone()
        ));
        assert!(!punishment_matches(&asked(None), &seven_days, sent.clone()));
        // A duration asked: the expiry lies within it of the send, allowing the skew.
        let week = asked(Some("7d"));
        assert!(!punishment_matches(&week, &permanent, sent.clone()));
        let skew = CLOCK_SKEW.as_secs() as i64;
        for expires in [from + 7 * DAY - skew, from + 7 * DAY, to + 7 * DAY + skew] {
            assert!(
                punishment_matches(&week, &status(false, Some(expires)), sent.clone()),
                "{expires}"
            );
        }
        for expires in [
            from + 7 * DAY - skew - 1,
            to + 7 * DAY + skew + 1,
            from + DAY,
        ] {
            assert!(
                !punishment_matches(&week, &status(false, Some(expires)), sent.clone()),
                "{expires}"
            );
        }
        assert!(!punishment_matches(
            &asked(Some("1d")),
            &seven_days,
            sent.clone()
        ));
        // Nothing active, or no details to compare: not applied.
        let lifted = PunishmentStatus {
            active: false,
            info: None,
        };
        assert!(!punishment_matches(&asked(None), &lifted, sent.clone()));
        let bare = PunishmentStatus {
            active: true,
            info: None,
        };
        assert!(!punishment_matches(&asked(None), &bare, sent));
    }

    #[test]
    fn done_despite_only_for_the_documented_refusals() {
        let expect = [
            ("ban", None),
            ("mute", None),
            ("unban", Some(404)),
            ("unmute", Some(404)),
            ("add_binding", Some(409)),
            ("remove_binding", Some(404)),
            ("verify_key", None),
        ];
        for (op, (kind, status)) in all().iter().zip(expect) {
            assert_eq!(op.kind(), kind);
            for code in [400, 404, 409, 500, 503] {
                assert_eq!(
                    op.done_despite(&api(code)),
                    Some(code) == status,
                    "{kind} {code}"
                );
            }
            let proxy_page = ApiError {
                kind: ErrorKind::Malformed {
                    status: 404,
                    snippet: "<html>".into(),
                },
                ..api(404)
            };
            assert!(!op.done_despite(&proxy_page), "{kind}");
        }
    }
}
