use std::sync::atomic::Ordering;
use std::time::Duration;

use poise::serenity_prelude as serenity;

use crate::discord::{Context, Error, calls, embeds, member_lang, text, views, writes};
use crate::retry::operation::Operation;
use crate::retry::policy::{self, Decision};
use crate::technified::ApiKey;

/// How long the "Connect Technified" dialog waits, well inside the 15-minute interaction token.
const MODAL_TIMEOUT: Duration = Duration::from_secs(10 * 60);

#[poise::command(
    slash_command,
    guild_only,
    default_member_permissions = "MANAGE_GUILD",
    required_permissions = "MANAGE_GUILD"
)]
pub async fn setup(ctx: Context<'_>) -> Result<(), Error> {
    let lang = member_lang(ctx);
    // The dialog must be the first answer to the command (nothing slow before it).
    let modal = serenity::CreateQuickModal::new(text::setup_modal_title(lang))
        .timeout(MODAL_TIMEOUT)
        .field(
            serenity::CreateInputText::new(
                serenity::InputTextStyle::Short,
                text::setup_key_label(lang),
                "",
            )
            .placeholder(text::setup_key_placeholder(lang))
            .min_length(1)
            .max_length(200)
            .required(true),
        );
    let answer = ctx
        .interaction
        .quick_modal(ctx.serenity_context(), modal)
        .await?;
    ctx.has_sent_initial_response.store(true, Ordering::SeqCst);
    let Some(answer) = answer else {
        return Ok(()); // The admin closed the dialog or let it time out: nothing to do.
    };
    let submit = answer.interaction;
    // The command's own reply is the dialog, which cannot show anything: whatever follows,
    // errors included, is answered on the submit.
    crate::discord::reply::answer_on_modal(ctx, &submit).await;
    let typed = answer.inputs.into_iter().next().unwrap_or_default();
    let (embed, deferred) = connect(ctx, &submit, &typed).await;
    // The verdict is shown on the dialog's own interaction, so the admin sees it right there.
    if deferred {
        let edit = serenity::EditInteractionResponse::new().embed(embed);
        submit.edit_response(ctx.http(), edit).await?;
    } else {
        let message = serenity::CreateInteractionResponseMessage::new()
            .embed(embed)
            .ephemeral(true);
        let answer = serenity::CreateInteractionResponse::Message(message);
        submit.create_response(ctx.http(), answer).await?;
    }
    Ok(())
}

/// The key setup steps of docs/behaviour.md, in order; returns the verdict to show and whether the
/// dialog's interaction was deferred (then the verdict edits it, else it answers it).
async fn connect(
    ctx: Context<'_>,
    submit: &serenity::ModalInteraction,
    typed: &str,
) -> (serenity::CreateEmbed, bool) {
    let lang = member_lang(ctx);
    let guild = calls::guild_id(ctx);
    // 1 and 2: format and guild, without any network call.
    let key = match ApiKey::parse(typed) {
        Ok(key) => key,
        Err(problem) => {
            return (
                embeds::error(&text::key_malformed(
                    lang,
                    &views::key_problem(lang, problem),
                )),
                false,
            );
        }
    };
    if key.guild_id() != guild {
        return (
            embeds::error(&text::key_for_other_server(lang, key.guild_id())),
            false,
        );
    }
    // 3: one cheap authenticated read, after deferring (it may take longer than 3 s).
    let thinking = serenity::CreateInteractionResponse::Defer(
        serenity::CreateInteractionResponseMessage::new().ephemeral(true),
    );
    let deferred = match submit.create_response(ctx.http(), thinking).await {
        Ok(()) => true,
        Err(e) => {
            tracing::warn!(error = %e, "could not defer the setup answer");
            false
        }
    };
    (verify_and_store(ctx, submit, key).await, deferred)
}

/// Steps 3 to 5: the key is stored when Technified accepts it, or when Technified cannot be
/// reached (then as "not yet verified", with a queued check that reports back here).
async fn verify_and_store(
    ctx: Context<'_>,
    submit: &serenity::ModalInteraction,
    key: ApiKey,
) -> serenity::CreateEmbed {
    let lang = member_lang(ctx);
    let data = ctx.data();
    let guild = key.guild_id();
    let by = ctx.author().id.get();
    let check = Operation::VerifyKey;
    let unreachable = match data.technified.verify_key(&key).await {
        Ok(()) => None,
        Err(error) => {
            let first = policy::Attempt::default();
            match policy::decide(&error, first, check.deadline(), policy::random_jitter()) {
                // No answer or a server fault: kept as "not yet verified", checked again later.
                Decision::Retry { after, .. } => Some((error, after)),
                // 401, 403 and the rest: rejected; nothing stored.
                Decision::GiveUp(_) => return Error::from(error).embed(lang, &data.clock),
            }
        }
    };
    // 4 and 5: stored encrypted. A verified key replaces any previous one; an unverified one
    // waits beside a key in use (staged) until its check accepts it.
    let now = data.clock.unix_secs();
    let staged = match &unreachable {
        None => data
            .store
            .put_key(guild, &key, by, true, now)
            .await
            .map(|()| false),
        Some(_) => data.store.stage_key(guild, &key, by, now).await,
    };
    let staged = match staged {
        Ok(staged) => staged,
        Err(e) => return Error::from(e).embed(lang, &data.clock),
    };
    tracing::info!(guild_id = guild, by, verified = unreachable.is_none(), staged, key = %key.masked(), "API key saved");
    let Some((error, delay)) = unreachable else {
        return embeds::success(
            &text::connected_title(lang),
            &text::connected(lang, &key.masked()),
        );
    };
    let now_ms = data.clock.now_ms();
    let mut job = check.new_job(guild, by, now_ms, now_ms + delay.as_millis() as i64);
    let reply = writes::Reply {
        token: &submit.token,
        channel: submit.channel_id.get(),
        locale: &submit.locale,
    };
    writes::reply_to(&mut job, reply, now_ms);
    if let Err(e) = data.engine.submit_after(job, &error).await {
        return Error::from(e).embed(lang, &data.clock);
    }
    if staged {
        embeds::working(&text::key_staged(lang))
    } else {
        embeds::working(&text::key_checking(lang))
    }
}
