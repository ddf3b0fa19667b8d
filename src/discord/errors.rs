//! The one error type commands return, and the one place that turns any failure into the embed
//! a member sees (docs/behaviour.md, "Errors").

use std::time::Duration;

use poise::serenity_prelude as serenity;

use super::caches::{LOOKUP_COOLDOWN_USES, LOOKUP_COOLDOWN_WINDOW};
use super::embeds::{self, Fitted};
use super::lang::Lang;
use super::text::{self, Notice};
use super::views;
use crate::clock::Clock;
use crate::store::StoreError;
use crate::technified::{ApiError, ErrorKind, Refusal};

/// What went wrong, in terms a member can act on.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("this server has no API key")]
    NotConnected,
    #[error("the stored API key cannot be decrypted")]
    KeyUnreadable,
    /// Input that was checked before any call; the text says what to fix.
    #[error("invalid input: {0}")]
    Invalid(String),
    #[error("Technified: {error}")]
    Technified { error: ApiError, attempts: u32 },
    #[error("Shield: {0}")]
    ShieldOffline(ApiError),
    #[error("the moderator is not verified")]
    ModeratorNotVerified,
    #[error("the member's lookups are cooling down")]
    Cooldown { free_unix: i64 },
    /// The member lacks these permissions (checked again when a button is pressed).
    #[error("the member lacks {0:?}")]
    NotPermitted(serenity::Permissions),
    /// Discord refused the bot in `channel` for lack of these permissions.
    #[error("the bot lacks {missing:?} in channel {channel}")]
    BotLacks {
        channel: u64,
        missing: serenity::Permissions,
    },
    /// A command group without its subcommand: only a client with an outdated command list
    /// sends that (poise requires subcommands for prefix commands only, so the group runs).
    #[error("the command arrived in an outdated shape")]
    Outdated,
    #[error("the member did not answer in time")]
    TimedOut,
    /// Boxed: serenity's error is large and this type travels through every `?`.
    #[error("Discord: {0}")]
    Discord(Box<serenity::Error>),
    #[error("store: {0}")]
    Store(#[from] StoreError),
    /// A fault of the bot's own (a file it could not build).
    #[error("internal: {0}")]
    Internal(String),
}

impl From<serenity::Error> for Error {
    fn from(error: serenity::Error) -> Self {
        Self::Discord(Box::new(error))
    }
}

impl From<ApiError> for Error {
    fn from(error: ApiError) -> Self {
        Self::Technified { error, attempts: 1 }
    }
}

impl Error {
    pub fn invalid(what: impl Into<String>) -> Self {
        Self::Invalid(what.into())
    }

    /// The embed for this failure; a wait it mentions is shown as a time on `clock`.
    pub fn embed(&self, lang: Lang, clock: &Clock) -> serenity::CreateEmbed {
        self.case_embed(lang, clock, None)
    }

    /// [`Error::embed`] naming the moderation case the failure ended, when it ended one; the
    /// case line is counted with the rest against Discord's embed total.
    pub fn case_embed(
        &self,
        lang: Lang,
        clock: &Clock,
        case: Option<i64>,
    ) -> serenity::CreateEmbed {
        let (colour, notice, footer) = self.card(lang, clock);
        let embed = Fitted::new(colour, &notice.title, &notice.body).case(lang, case);
        match footer {
            Some(footer) => embed.footer(&footer),
            None => embed.into(),
        }
    }

    /// The embed's colour, notice and footer (Technified's own words, for whoever reports it).
    fn card(&self, lang: Lang, clock: &Clock) -> (u32, Notice, Option<String>) {
        let red = |notice| (embeds::RED, notice, None);
        match self {
            Self::NotConnected => red(text::not_connected(lang)),
            Self::KeyUnreadable => red(text::key_unreadable(lang)),
            Self::Invalid(what) => red(text::invalid_input(lang, what)),
            Self::Technified { error, attempts } => {
                let (colour, notice) = technified_notice(lang, error, *attempts, clock.unix_secs());
                (colour, notice, Some(footer(lang, error)))
            }
            Self::ShieldOffline(error) => (
                embeds::RED,
                text::shield_offline(lang),
                Some(footer(lang, error)),
            ),
            Self::ModeratorNotVerified => red(text::moderator_not_verified(lang)),
            Self::Cooldown { free_unix } => {
                (embeds::AMBER, lookup_cooldown(lang, *free_unix), None)
            }
            Self::NotPermitted(missing) => red(text::missing_permission(
                lang,
                &views::permission_names(lang, *missing),
            )),
            Self::BotLacks { channel, missing } => red(text::bot_missing_permission(
                lang,
                &views::permission_names(lang, *missing),
                &text::channel_mention(lang, *channel),
            )),
            Self::Outdated => red(text::command_outdated(lang)),
            Self::TimedOut => red(text::timed_out(lang)),
            Self::Discord(error) => red(discord_notice(lang, error)),
            Self::Store(StoreError::Undecryptable) => red(text::key_unreadable(lang)),
            Self::Store(StoreError::QueueFull) => {
                red(text::queue_full(lang, crate::store::MAX_PENDING_PER_GUILD))
            }
            Self::Store(_) | Self::Internal(_) => red(text::unexpected(lang)),
        }
    }

    /// The embed's title, for one-line reports such as the audit line.
    pub fn headline(&self, lang: Lang, clock: &Clock) -> String {
        match self {
            Self::NotConnected => text::not_connected(lang).title,
            Self::KeyUnreadable | Self::Store(StoreError::Undecryptable) => {
                text::key_unreadable(lang).title
            }
            Self::Invalid(_) => text::invalid_input(lang, "").title,
            Self::Technified { error, attempts } => {
                let title = technified_notice(lang, error, *attempts, clock.unix_secs())
                    .1
                    .title;
                format!("{title}, {}", text::request_id(lang, &error.request_id))
            }
            Self::ShieldOffline(_) => text::shield_offline(lang).title,
            Self::ModeratorNotVerified => text::moderator_not_verified(lang).title,
            Self::Cooldown { free_unix } => lookup_cooldown(lang, *free_unix).title,
            Self::NotPermitted(missing) => {
                text::missing_permission(lang, &views::permission_names(lang, *missing)).title
            }
            Self::BotLacks { missing, .. } => {
                let names = views::permission_names(lang, *missing);
                text::bot_missing_permission(lang, &names, "").title
            }
            Self::Outdated => text::command_outdated(lang).title,
            Self::TimedOut => text::timed_out(lang).title,
            Self::Discord(_) => text::discord_refused(lang, "").title,
            Self::Store(StoreError::QueueFull) => {
                text::queue_full(lang, crate::store::MAX_PENDING_PER_GUILD).title
            }
            Self::Store(_) | Self::Internal(_) => text::unexpected(lang).title,
        }
    }

    /// How the interaction ended, for `commands_total`.
    pub fn outcome(&self) -> &'static str {
        match self {
            _ if self.is_internal() => "internal_error",
            Self::NotPermitted(_) => "refused",
            _ => "failed",
        }
    }

    /// Whether this is the bot's own fault (logged as an error) rather than the member's or an
    /// upstream's (logged at info).
    pub fn is_internal(&self) -> bool {
        match self {
            Self::Store(StoreError::Undecryptable | StoreError::QueueFull) => false,
            Self::Store(_) | Self::Internal(_) => true,
            Self::Technified { error, .. } => internal_fault(error),
            _ => false,
        }
    }
}

/// `HTTP 401 · Invalid API key for this guild · request 1a2b3c`: for whoever reports it.
fn footer(lang: Lang, error: &ApiError) -> String {
    let status = match &error.kind {
        ErrorKind::Api { status, .. } | ErrorKind::Malformed { status, .. } => {
            text::http_status(lang, *status)
        }
        ErrorKind::Transport { timeout: true, .. } => text::timeout(lang).to_owned(),
        ErrorKind::Transport { .. } => text::no_connection(lang).to_owned(),
        ErrorKind::Paced { .. } => text::not_sent(lang).to_owned(),
    };
    let message = match &error.kind {
        ErrorKind::Api { message, .. } if !message.is_empty() => format!(" · {message}"),
        ErrorKind::Malformed { .. } => format!(" · {}", text::unreadable_answer(lang)),
        _ => String::new(),
    };
    format!(
        "{status}{message} · {}",
        text::request_id(lang, &error.request_id)
    )
}

fn internal_fault(error: &ApiError) -> bool {
    match &error.kind {
        ErrorKind::Api {
            status: 400,
            message,
            ..
        } => message.starts_with("Guild ID required"),
        ErrorKind::Api { status, .. } | ErrorKind::Malformed { status, .. } => *status == 426,
        ErrorKind::Transport { .. } | ErrorKind::Paced { .. } => false,
    }
}

/// Which sentence a Technified failure gets; the status class decides for unreadable bodies.
/// A wait is shown as a time after `now_unix`.
pub fn technified_notice(
    lang: Lang,
    error: &ApiError,
    attempts: u32,
    now_unix: i64,
) -> (u32, Notice) {
    let unix_in = |wait: Duration| now_unix.saturating_add(wait.as_secs() as i64);
    let status = error.status();
    if internal_fault(error) {
        return (embeds::RED, text::internal_fault(lang, &error.request_id));
    }
    let red = embeds::RED;
    match (&error.kind, status) {
        (ErrorKind::Paced { ready_in }, _) => (
            embeds::AMBER,
            text::rate_limited_until(lang, unix_in(*ready_in)),
        ),
        (
            ErrorKind::Api {
                message, details, ..
            },
            Some(400 | 422),
        ) => {
            let mut says = if message.is_empty() {
                text::request_not_valid(lang).to_owned()
            } else {
                message.trim_end_matches('.').to_owned()
            };
            if let Some(details) = details {
                says.push_str(&format!(" ({})", describe_details(details)));
            }
            (red, text::input_rejected(lang, &says))
        }
        (_, Some(401)) => (red, text::key_rejected(lang)),
        (_, Some(403)) => (red, text::key_other_guild(lang)),
        (_, Some(status @ (404 | 409))) => (red, refusal_notice(lang, error, status)),
        (_, Some(429)) => {
            let wait = match &error.kind {
                ErrorKind::Api { retry_after, .. } => retry_after.unwrap_or_default(),
                _ => Default::default(),
            };
            (embeds::AMBER, text::rate_limited(lang, unix_in(wait)))
        }
        (_, Some(400..=499)) => (
            red,
            text::input_rejected(lang, &text::request_not_valid(lang)),
        ),
        // 5xx, timeouts, connection failures, and unreadable 2xx bodies.
        _ if attempts > 1 => (red, text::gave_up(lang, attempts)),
        _ => (embeds::AMBER, text::write_not_retried(lang)),
    }
}

/// A 404 or 409 reads as what it means for the endpoint that gave it (its route line).
fn refusal_notice(lang: Lang, error: &ApiError, status: u16) -> Notice {
    match error.endpoint.refusal(status) {
        Some(Refusal::NotVerified) => text::not_verified(lang),
        // Technified's message says which is missing (its exact wording is undocumented, so
        // only "user" is looked for).
        Some(Refusal::NotVerifiedOrNoBinding) if mentions_user(error) => text::not_verified(lang),
        Some(Refusal::NoActiveBan) => text::no_active_ban(lang),
        Some(Refusal::NoActiveMute) => text::no_active_mute(lang),
        Some(Refusal::AlreadyThere) => text::already_exists(lang),
        None if status == 409 => text::already_exists(lang),
        Some(Refusal::NotVerifiedOrNoBinding | Refusal::AlreadyGone) | None => {
            text::not_found(lang)
        }
    }
}

fn mentions_user(error: &ApiError) -> bool {
    error
        .message()
        .is_some_and(|m| m.to_ascii_lowercase().contains("user"))
}

/// Technified's `details` (shape undocumented): strings and flat objects read naturally, the
/// rest as compact JSON.
fn describe_details(details: &serde_json::Value) -> String {
    match details {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Object(map) => map
            .iter()
            .map(|(k, v)| match v {
                serde_json::Value::String(s) => format!("{k}: {s}"),
                other => format!("{k}: {other}"),
            })
            .collect::<Vec<_>>()
            .join("; "),
        serde_json::Value::Array(items) => items
            .iter()
            .map(|item| match (item.get("field"), item.get("message")) {
                (Some(field), Some(message)) => format!(
                    "{}: {}",
                    field.as_str().unwrap_or_default(),
                    message.as_str().unwrap_or_default()
                ),
                _ => item
                    .as_str()
                    .map_or_else(|| item.to_string(), str::to_owned),
            })
            .collect::<Vec<_>>()
            .join("; "),
        other => other.to_string(),
    }
}

/// Discord's answers for a bot that may not see (50001) or act (50013) in a channel.
pub fn permission_refused(error: &serenity::Error) -> bool {
    matches!(
        error,
        serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(response))
            if matches!(response.error.code, 50001 | 50013)
    )
}

/// Discord-side failures: say which permission to grant, where.
fn discord_notice(lang: Lang, error: &serenity::Error) -> Notice {
    match error {
        serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(response)) => {
            match response.error.code {
                50001 => text::bot_missing_permission(
                    lang,
                    &views::permission_names(lang, serenity::Permissions::VIEW_CHANNEL),
                    &text::that_channel(lang),
                ),
                50013 => text::bot_missing_permission(
                    lang,
                    &views::permission_names(
                        lang,
                        serenity::Permissions::SEND_MESSAGES | serenity::Permissions::EMBED_LINKS,
                    ),
                    &text::that_channel(lang),
                ),
                _ => text::discord_refused(lang, &response.error.message),
            }
        }
        _ => text::unexpected(lang),
    }
}

/// The lookup cooldown's notice, with its limits.
fn lookup_cooldown(lang: Lang, free_unix: i64) -> Notice {
    text::lookup_cooldown(
        lang,
        LOOKUP_COOLDOWN_USES,
        LOOKUP_COOLDOWN_WINDOW.as_secs(),
        free_unix,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::technified::Endpoint;
    use std::time::Duration;

    fn api(endpoint: Endpoint, status: u16, message: &str) -> ApiError {
        ApiError {
            endpoint,
            request_id: "req-1".into(),
            kind: ErrorKind::Api {
                status,
                message: message.into(),
                details: None,
                retry_after: None,
            },
        }
    }

    fn title(error: &ApiError) -> String {
        technified_notice(Lang::english(), error, 1, 0).1.title
    }

    #[test]
    fn each_documented_case_has_its_meaning() {
        let lang = crate::discord::Lang::english();
        use Endpoint::*;
        assert_eq!(
            title(&api(LookupDiscord, 401, "Missing API key")),
            text::key_rejected(lang).title
        );
        assert_eq!(
            title(&api(ListBindings, 401, "Invalid API key for this guild")),
            text::key_rejected(lang).title
        );
        assert_eq!(
            title(&api(Ban, 403, "API key does not match target guild")),
            text::key_other_guild(lang).title
        );
        let guild_missing = api(
            ListBindings,
            400,
            "Guild ID required for API key (use route :guildId or X-Guild-ID)",
        );
        let (_, notice) = technified_notice(Lang::english(), &guild_missing, 1, 0);
        assert!(notice.body.contains("req-1"));
        assert_eq!(
            title(&api(AddBinding, 422, "min_rank > max_rank")),
            text::input_rejected(lang, "").title
        );
        assert_eq!(
            title(&api(LookupDiscord, 404, "")),
            text::not_verified(lang).title
        );
        assert_eq!(
            title(&api(LookupRoblox, 404, "")),
            text::not_verified(lang).title
        );
        assert_eq!(title(&api(Unban, 404, "")), text::no_active_ban(lang).title);
        assert_eq!(
            title(&api(Unmute, 404, "")),
            text::no_active_mute(lang).title
        );
        assert_eq!(
            title(&api(RemoveBinding, 404, "")),
            text::not_found(lang).title
        );
        assert_eq!(
            title(&api(TestBinding, 404, "User not found")),
            text::not_verified(lang).title
        );
        assert_eq!(
            title(&api(TestBinding, 404, "Binding not found")),
            text::not_found(lang).title
        );
        assert_eq!(
            title(&api(AddBinding, 409, "")),
            text::already_exists(lang).title
        );
        assert_eq!(
            technified_notice(
                Lang::english(),
                &api(Ban, 426, "Expected WebSocket upgrade"),
                1,
                0
            )
            .1
            .title,
            text::internal_fault(lang, "x").title
        );
        let (colour, notice) = technified_notice(Lang::english(), &api(Ban, 503, ""), 1, 0);
        assert_eq!(colour, embeds::AMBER);
        assert_eq!(notice.title, text::write_not_retried(lang).title);
    }

    #[test]
    fn details_are_shown_with_the_message() {
        let mut error = api(Endpoint::AddBinding, 422, "Validation failed");
        if let ErrorKind::Api { details, .. } = &mut error.kind {
            *details = Some(serde_json::json!({"min_rank": "must be at most max_rank"}));
        }
        let body = technified_notice(Lang::english(), &error, 1, 0).1.body;
        assert!(body.contains("Validation failed"), "{body}");
        assert!(
            body.contains("min_rank: must be at most max_rank"),
            "{body}"
        );
    }

    #[test]
    fn unreadable_bodies_follow_their_status_class() {
        let lang = crate::discord::Lang::english();
        let html = |status| ApiError {
            endpoint: Endpoint::LookupDiscord,
            request_id: "r".into(),
            kind: ErrorKind::Malformed {
                status,
                snippet: "<html>".into(),
            },
        };
        assert_eq!(
            technified_notice(Lang::english(), &html(502), 1, 0).0,
            embeds::AMBER
        );
        assert_eq!(title(&html(404)), text::not_verified(lang).title);
        assert_eq!(title(&html(401)), text::key_rejected(lang).title);
    }

    #[test]
    fn rate_limit_says_when() {
        let mut error = api(Endpoint::LookupDiscord, 429, "Rate limit exceeded");
        if let ErrorKind::Api { retry_after, .. } = &mut error.kind {
            *retry_after = Some(Duration::from_secs(17));
        }
        let (colour, notice) = technified_notice(Lang::english(), &error, 1, 0);
        assert_eq!(colour, embeds::AMBER);
        assert!(notice.body.contains("<t:"), "{}", notice.body);
    }

    /// Technified's longest refusal fills the embed to Discord's total; the case line is
    /// counted with it, so the whole still fits and the footer gives way.
    #[test]
    fn a_full_length_refusal_with_its_case_stays_within_discords_total() {
        let lang = Lang::english();
        let failure = Error::Technified {
            error: api(Endpoint::Ban, 400, &"Reason is too short ".repeat(400)),
            attempts: 2,
        };
        let embed = failure.case_embed(lang, &Clock::new(), Some(99_999));
        assert_eq!(embeds::tests::discord_count(&embed), embeds::TOTAL_MAX);
        let json = serde_json::to_value(&embed).unwrap();
        assert_eq!(json["author"]["name"], text::case_title(lang, 99_999));
    }

    #[test]
    fn footer_has_status_message_and_request() {
        let text = footer(
            Lang::english(),
            &api(
                Endpoint::LookupDiscord,
                401,
                "Invalid API key for this guild",
            ),
        );
        assert_eq!(
            text,
            "HTTP 401 · Invalid API key for this guild · request req-1"
        );
    }
}
