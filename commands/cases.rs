use poise::serenity_prelude as serenity;

use crate::discord::{
    Context, Error, buttons, calls, embeds, input, member_lang, reply, text, views,
};
use crate::store::CaseFilter;

/// Cases shown on one page of `/cases list`.
const PAGE_SIZE: usize = 10;
/// Cases `/cases list` reads at most (newest first); the export has every one.
const MAX_LISTED: u32 = 250;

#[poise::command(
    slash_command,
    guild_only,
    subcommands("list", "show", "export"),
    subcommand_required,
    default_member_permissions = "MODERATE_MEMBERS"
)]
pub async fn cases(_: Context<'_>) -> Result<(), Error> {
    Err(Error::Outdated)
}

#[poise::command(slash_command, guild_only, required_permissions = "MODERATE_MEMBERS")]
async fn list(
    ctx: Context<'_>,
    user: Option<serenity::User>,
    #[min = 1] roblox_id: Option<i64>,
    moderator: Option<serenity::User>,
) -> Result<(), Error> {
    let lang = member_lang(ctx);
    let roblox_id = roblox_id
        .map(|id| input::positive_id(lang, "roblox_id", id))
        .transpose()?;
    let member = user.map(|u| u.id.get());
    let linked_roblox_id = match member {
        Some(member) => linked_roblox_id(ctx, member).await?,
        None => None,
    };
    let filter = CaseFilter {
        member,
        linked_roblox_id,
        roblox_id,
        moderator: moderator.map(|u| u.id.get()),
    };
    let guild = calls::guild_id(ctx);
    let (cases, total) = ctx.data().store.cases(guild, filter, MAX_LISTED).await?;
    let lines: Vec<String> = cases
        .iter()
        .map(|case| views::case_line(lang, case))
        .collect();
    let cut = (total > lines.len() as i64).then(|| text::cases_cut(lang, lines.len(), total));
    let count = lines.len().div_ceil(PAGE_SIZE).max(1);
    let pages: Vec<_> = if lines.is_empty() {
        vec![views::cases_page(lang, &[], 0, 1, total, None)]
    } else {
        lines
            .chunks(PAGE_SIZE)
            .enumerate()
            .map(|(i, chunk)| views::cases_page(lang, chunk, i, count, total, cut.as_deref()))
            .collect()
    };
    buttons::paginate(ctx, pages).await
}

/// The Roblox account linked to `member`, whose cases are theirs too; `None` when they are
/// not verified (or the server has no key: then only cases naming the member count).
async fn linked_roblox_id(ctx: Context<'_>, member: u64) -> Result<Option<u64>, Error> {
    let key = match calls::guild_key(ctx).await {
        Ok(key) => key,
        Err(Error::NotConnected) => return Ok(None),
        Err(other) => return Err(other),
    };
    let result = calls::read(ctx, &key, || {
        ctx.data().technified.lookup_discord(&key, member)
    })
    .await;
    calls::seen(ctx, &result, calls::Seen::DiscordUnlinked(member));
    match result {
        Ok(link) => Ok(Some(link.roblox_id)),
        Err(Error::Technified { error, .. }) if error.status() == Some(404) => Ok(None),
        Err(other) => Err(other),
    }
}

#[poise::command(slash_command, guild_only, required_permissions = "MODERATE_MEMBERS")]
async fn show(
    ctx: Context<'_>,
    #[autocomplete = "case_numbers"]
    #[min = 1]
    case: i64,
) -> Result<(), Error> {
    let lang = member_lang(ctx);
    let guild = calls::guild_id(ctx);
    let embed = match ctx.data().store.case(guild, case).await? {
        Some(found) => views::case_details(lang, &found),
        None => embeds::error(&text::case_not_found(lang, case)),
    };
    reply::show(ctx, embed, Vec::new()).await?;
    Ok(())
}

async fn case_numbers(ctx: Context<'_>, partial: &str) -> serenity::CreateAutocompleteResponse {
    let lang = member_lang(ctx);
    let guild = calls::guild_id(ctx);
    let cases = match ctx.data().store.case_suggestions(guild, partial, 25).await {
        Ok(cases) => cases,
        Err(e) => {
            tracing::warn!(error = %e, "could not read cases for autocomplete");
            Vec::new()
        }
    };
    let choices = cases
        .iter()
        .map(|case| {
            let label = text::case_choice(
                lang,
                case.number,
                &views::case_action(lang, case.action),
                case.roblox_id,
            );
            serenity::AutocompleteChoice::new(label, case.number)
        })
        .collect();
    serenity::CreateAutocompleteResponse::new().set_choices(choices)
}

#[poise::command(slash_command, guild_only, required_permissions = "MANAGE_GUILD")]
async fn export(ctx: Context<'_>) -> Result<(), Error> {
    let lang = member_lang(ctx);
    // Discord takes files on an edit of the reply, not on its first answer.
    ctx.defer_ephemeral().await?;
    let cases = ctx.data().store.all_cases(calls::guild_id(ctx)).await?;
    let csv = views::cases_csv(&cases).map_err(|e| Error::Internal(e.to_string()))?;
    let file = serenity::CreateAttachment::bytes(csv, text::cases_file(lang));
    let notice = text::cases_exported(lang, cases.len());
    let edit = serenity::EditInteractionResponse::new()
        .embed(embeds::success(&notice.title, &notice.body))
        .new_attachment(file);
    ctx.interaction.edit_response(ctx.http(), edit).await?;
    Ok(())
}
