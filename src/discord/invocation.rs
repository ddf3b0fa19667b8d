//! A command invocation's start and end: what it remembers while it runs (its start time, the
//! dialog it answered with, the case its write opened), and the one log line and
//! `commands_total` count when it ends.

use std::time::Instant;

use poise::serenity_prelude as serenity;

use super::{Data, Error};

/// What one command invocation remembers.
pub(super) struct Invocation {
    /// For the latency in the closing log line.
    started: Instant,
    /// The dialog's submit, once the command answered with a dialog: its answers go there.
    pub(super) modal: Option<serenity::ModalInteraction>,
    /// The moderation case the command's write opened: a failure shows it too.
    case: Option<i64>,
}

/// Start of a command: remembers when it began, for the latency in the closing log line.
pub async fn start_command(ctx: poise::Context<'_, Data, Error>) {
    ctx.set_invocation_data(Invocation {
        started: Instant::now(),
        modal: None,
        case: None,
    })
    .await;
}

/// Notes the case the command's write opened, if it opened one.
pub async fn note_case(ctx: super::Context<'_>, case: Option<i64>) {
    if let Some(mut invocation) = ctx.invocation_data::<Invocation>().await {
        invocation.case = case;
    }
}

/// The case the command's write opened, if any.
pub async fn case(ctx: poise::Context<'_, Data, Error>) -> Option<i64> {
    ctx.invocation_data::<Invocation>()
        .await
        .and_then(|invocation| invocation.case)
}

/// End of a command: one log line and one metric per interaction.
pub async fn finish_command(ctx: poise::Context<'_, Data, Error>, outcome: &'static str) {
    // Checks that fail before the command starts leave no start time: latency 0.
    let latency_ms = ctx
        .invocation_data::<Invocation>()
        .await
        .map_or(0, |invocation| {
            invocation.started.elapsed().as_millis() as u64
        });
    record_interaction(
        ctx.command().qualified_name.to_string(),
        ctx.guild_id().map_or(0, |g| g.get()),
        ctx.author().id.get(),
        latency_ms,
        outcome,
    );
}

/// The one log line and `commands_total` count of a finished interaction.
pub fn record_interaction(
    command: String,
    guild_id: u64,
    user_id: u64,
    latency_ms: u64,
    outcome: &'static str,
) {
    tracing::info!(
        command = %command,
        guild_id,
        user_id,
        latency_ms,
        outcome,
        "interaction done"
    );
    metrics::counter!("commands_total", "command" => command, "outcome" => outcome).increment(1);
}
