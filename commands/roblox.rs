use poise::serenity_prelude as serenity;

use crate::discord::moderation::{self, BanReason, DiscordBan};
use crate::discord::writes::{self, Written};
use crate::discord::{
    Context, Error, bulk_file, buttons, calls, embeds, input, member_lang, reply, text, views,
};
use crate::retry::operation::Operation;
use crate::store::CaseAction;
use crate::technified::Punishment;
use crate::technified::model::{Lift, Punish};

#[poise::command(
    slash_command,
    guild_only,
    subcommands(
        "ban_status",
        "mute_status",
        "ban",
        "unban",
        "mute",
        "unmute",
        "bulk_ban",
        "bulk_unban"
    ),
    subcommand_required,
    default_member_permissions = "MODERATE_MEMBERS"
)]
pub async fn roblox(_: Context<'_>) -> Result<(), Error> {
    Err(Error::Outdated)
}

#[poise::command(
    slash_command,
    guild_only,
    rename = "ban-status",
    required_permissions = "BAN_MEMBERS"
)]
async fn ban_status(
    ctx: Context<'_>,
    #[min = 1] roblox_id: i64,
    #[min = 1] place_id: Option<i64>,
) -> Result<(), Error> {
    status(ctx, Punishment::Ban, roblox_id, place_id).await
}

#[poise::command(
    slash_command,
    guild_only,
    rename = "mute-status",
    required_permissions = "MODERATE_MEMBERS"
)]
async fn mute_status(
    ctx: Context<'_>,
    #[min = 1] roblox_id: i64,
    #[min = 1] place_id: Option<i64>,
) -> Result<(), Error> {
    status(ctx, Punishment::Mute, roblox_id, place_id).await
}

#[poise::command(slash_command, guild_only, required_permissions = "BAN_MEMBERS")]
async fn ban(
    ctx: Context<'_>,
    #[min = 1] roblox_id: i64,
    #[max_length = 500] reason: String,
    duration: Option<String>,
    discord: Option<bool>,
) -> Result<(), Error> {
    punish(
        ctx,
        Punishment::Ban,
        roblox_id,
        &reason,
        duration.as_deref(),
        discord.unwrap_or(false),
    )
    .await
}

#[poise::command(slash_command, guild_only, required_permissions = "BAN_MEMBERS")]
async fn unban(
    ctx: Context<'_>,
    #[min = 1] roblox_id: i64,
    #[max_length = 500] reason: Option<String>,
) -> Result<(), Error> {
    lift(ctx, Punishment::Ban, roblox_id, reason.as_deref()).await
}

#[poise::command(slash_command, guild_only, required_permissions = "MODERATE_MEMBERS")]
async fn mute(
    ctx: Context<'_>,
    #[min = 1] roblox_id: i64,
    #[max_length = 500] reason: String,
    duration: Option<String>,
) -> Result<(), Error> {
    punish(
        ctx,
        Punishment::Mute,
        roblox_id,
        &reason,
        duration.as_deref(),
        false,
    )
    .await
}

#[poise::command(slash_command, guild_only, required_permissions = "MODERATE_MEMBERS")]
async fn unmute(
    ctx: Context<'_>,
    #[min = 1] roblox_id: i64,
    #[max_length = 500] reason: Option<String>,
) -> Result<(), Error> {
    lift(ctx, Punishment::Mute, roblox_id, reason.as_deref()).await
}

#[poise::command(
    slash_command,
    guild_only,
    rename = "bulk-ban",
    required_permissions = "BAN_MEMBERS"
)]
async fn bulk_ban(
    ctx: Context<'_>,
    file: serenity::Attachment,
    #[max_length = 500] reason: String,
    duration: Option<String>,
) -> Result<(), Error> {
    let lang = member_lang(ctx);
    let reason = input::reason(lang, &reason)?;
    let duration = input::duration(lang, duration.as_deref())?;
    let list = read_file(ctx, &file).await?;
    let key = calls::guild_key(ctx).await?;
    let moderator = calls::moderator_roblox_id(ctx, &key).await?;
    if !confirm_bulk(ctx, CaseAction::Ban, &list, Some(&reason)).await? {
        return Ok(());
    }
    let bans = list.ids.iter().map(|&roblox_id| {
        Operation::Ban(Punish {
            roblox_id,
            reason: reason.clone(),
            moderator_roblox_id: moderator,
            duration: duration.clone(),
        })
    });
    writes::make_bulk(ctx, CaseAction::Ban, bans.collect()).await
}

#[poise::command(
    slash_command,
    guild_only,
    rename = "bulk-unban",
    required_permissions = "BAN_MEMBERS"
)]
async fn bulk_unban(
    ctx: Context<'_>,
    file: serenity::Attachment,
    #[max_length = 500] reason: Option<String>,
) -> Result<(), Error> {
    let lang = member_lang(ctx);
    let reason = input::optional_reason(lang, reason.as_deref())?;
    let list = read_file(ctx, &file).await?;
    calls::guild_key(ctx).await?;
    if !confirm_bulk(ctx, CaseAction::Unban, &list, reason.as_deref()).await? {
        return Ok(());
    }
    let unbans = list.ids.iter().map(|&roblox_id| {
        Operation::Unban(Lift {
            roblox_id,
            reason: reason.clone(),
        })
    });
    writes::make_bulk(ctx, CaseAction::Unban, unbans.collect()).await
}

/// Downloads and reads a bulk file; a file that cannot be used is bad input.
async fn read_file(
    ctx: Context<'_>,
    file: &serenity::Attachment,
) -> Result<bulk_file::IdList, Error> {
    let bytes = reply::quick_or_defer(ctx, bulk_file::download(&file.url, u64::from(file.size)))
        .await
        .map_err(|refusal| refusal.error(member_lang(ctx)))?;
    bulk_file::parse(&bytes).map_err(|refusal| refusal.error(member_lang(ctx)))
}

/// Shows the preview of a bulk run and asks to confirm it; `false` (and "Cancelled" shown)
/// when the member did not.
async fn confirm_bulk(
    ctx: Context<'_>,
    action: CaseAction,
    list: &bulk_file::IdList,
    reason: Option<&str>,
) -> Result<bool, Error> {
    let lang = member_lang(ctx);
    let preview = views::bulk_preview(
        lang,
        action,
        list.ids.len(),
        list.duplicates,
        &list.invalid_lines,
        reason,
    );
    let label = views::bulk_confirm(lang, action, list.ids.len());
    if buttons::confirm(ctx, embeds::working(&preview), &label).await? {
        return Ok(true);
    }
    let cancelled = embeds::info(&text::cancelled(lang), &text::nothing_changed(lang));
    reply::show(ctx, cancelled, Vec::new()).await?;
    Ok(false)
}

async fn status(
    ctx: Context<'_>,
    kind: Punishment,
    roblox_id: i64,
    place_id: Option<i64>,
) -> Result<(), Error> {
    let lang = member_lang(ctx);
    let roblox_id = input::positive_id(lang, "roblox_id", roblox_id)?;
    let place_id = place_id
        .map(|p| input::positive_id(lang, "place_id", p))
        .transpose()?;
    let key = calls::guild_key(ctx).await?;
    let client = &ctx.data().technified;
    let status = calls::read(ctx, &key, || {
        client.punishment_status(&key, kind, roblox_id, place_id, false)
    })
    .await?;
    reply::show(
        ctx,
        views::punishment_status(lang, kind, roblox_id, &status),
        Vec::new(),
    )
    .await?;
    Ok(())
}

/// A ban or mute on Roblox; with `also_discord` (bans only), the ban of the linked Discord
/// member too, checked before the confirmation so the question says what will happen there.
async fn punish(
    ctx: Context<'_>,
    kind: Punishment,
    roblox_id: i64,
    reason: &str,
    duration: Option<&str>,
    also_discord: bool,
) -> Result<(), Error> {
    let lang = member_lang(ctx);
    let roblox_id = input::positive_id(lang, "roblox_id", roblox_id)?;
    let reason = input::reason(lang, reason)?;
    let duration = input::duration(lang, duration)?;
    if also_discord && duration.is_some() {
        return Err(Error::invalid(text::discord_ban_needs_permanent(lang)));
    }
    let key = calls::guild_key(ctx).await?;
    let moderator = calls::moderator_roblox_id(ctx, &key).await?;
    let discord = if also_discord {
        Some(moderation::plan(ctx, &key, roblox_id).await)
    } else {
        None
    };
    if duration.is_none() && kind == Punishment::Ban {
        let question = match &discord {
            Some(plan) => text::both_bans_question(
                lang,
                roblox_id,
                &reason,
                &views::discord_ban_line(lang, plan, roblox_id),
            ),
            None => text::permanent_ban_question(lang, roblox_id, &reason),
        };
        if !buttons::confirm(ctx, embeds::working(&question), &text::ban_confirm(lang)).await? {
            reply::show(
                ctx,
                embeds::info(&text::cancelled(lang), &text::nothing_changed(lang)),
                Vec::new(),
            )
            .await?;
            return Ok(());
        }
    }
    let request = Punish {
        roblox_id,
        reason: reason.clone(),
        moderator_roblox_id: moderator,
        duration,
    };
    let operation = match kind {
        Punishment::Ban => Operation::Ban(request),
        Punishment::Mute => Operation::Mute(request),
    };
    match discord {
        None => writes::make(ctx, operation).await,
        Some(plan) => {
            let why = BanReason {
                roblox_id,
                reason: &reason,
            };
            ban_both(ctx, operation, plan, &why).await
        }
    }
}

/// The Roblox ban, then the Discord one, in one reply: the Roblox ban's embed as for any write
/// (green, the amber "queued" notice that the retry engine later edits, or red), and the
/// Discord ban's outcome in the line above it, which that later edit leaves alone. Neither
/// outcome stops, undoes or hides the other.
async fn ban_both(
    ctx: Context<'_>,
    operation: Operation,
    plan: DiscordBan,
    why: &BanReason<'_>,
) -> Result<(), Error> {
    let lang = member_lang(ctx);
    let done = views::operation_summary(lang, &operation, true);
    let (roblox, case) = writes::write(ctx, &operation, plan.user()).await;
    let discord = moderation::ban(ctx, plan, why).await;
    // Queued: the amber notice `write` showed stays, and the retry engine edits it with the
    // result. Failed: shown here so that the question leaves at once, then returned for
    // `on_error` to log and count like any failed write. Later edits change the embed only, so
    // the Discord line stays.
    let embed = match &roblox {
        Ok(Written::Done) => Some(
            embeds::Fitted::new(embeds::GREEN, &done, "")
                .case(lang, case)
                .into(),
        ),
        Ok(Written::Queued(_)) => None,
        Err(e) => Some(e.case_embed(lang, &ctx.data().clock, case)),
    };
    let line = views::discord_ban_line(lang, &discord, why.roblox_id);
    reply::show_line(ctx, &line, embed).await?;
    roblox.map(drop)
}

async fn lift(
    ctx: Context<'_>,
    kind: Punishment,
    roblox_id: i64,
    reason: Option<&str>,
) -> Result<(), Error> {
    let lang = member_lang(ctx);
    let roblox_id = input::positive_id(lang, "roblox_id", roblox_id)?;
    let reason = input::optional_reason(lang, reason)?;
    let request = Lift { roblox_id, reason };
    writes::make(
        ctx,
        match kind {
            Punishment::Ban => Operation::Unban(request),
            Punishment::Mute => Operation::Unmute(request),
        },
    )
    .await
}
