use std::sync::Arc;

use poise::serenity_prelude as serenity;

use crate::discord::{Context, Error, buttons, calls, input, member_lang, reply, views, writes};
use crate::retry::operation::Operation;
use crate::technified::model::{AgePlatform, BindingRule, NewBinding};

/// Bindings per page of `/bindings list`.
const PAGE_SIZE: usize = 10;

#[poise::command(
    slash_command,
    guild_only,
    subcommands("list", "add", "remove", "test"),
    subcommand_required,
    default_member_permissions = "MANAGE_GUILD"
)]
pub async fn bindings(_: Context<'_>) -> Result<(), Error> {
    Err(Error::Outdated)
}

#[poise::command(slash_command, guild_only, required_permissions = "MANAGE_GUILD")]
async fn list(ctx: Context<'_>) -> Result<(), Error> {
    let lang = member_lang(ctx);
    let key = calls::guild_key(ctx).await?;
    let bindings =
        Arc::new(calls::read(ctx, &key, || ctx.data().technified.list_bindings(&key)).await?);
    ctx.data()
        .bindings
        .put(calls::guild_id(ctx), bindings.clone());
    let lines: Vec<String> = bindings
        .iter()
        .map(|binding| views::binding_line(lang, binding))
        .collect();
    let pages: Vec<_> = if lines.is_empty() {
        vec![views::bindings_page(lang, &[], 0, 1, 0)]
    } else {
        let count = lines.len().div_ceil(PAGE_SIZE);
        lines
            .chunks(PAGE_SIZE)
            .enumerate()
            .map(|(i, chunk)| views::bindings_page(lang, chunk, i, count, lines.len()))
            .collect()
    };
    buttons::paginate(ctx, pages).await
}

#[poise::command(
    slash_command,
    guild_only,
    subcommands("group_rank", "gamepass", "asset", "badge", "account_age"),
    subcommand_required,
    required_permissions = "MANAGE_GUILD"
)]
async fn add(_: Context<'_>) -> Result<(), Error> {
    Err(Error::Outdated)
}

#[poise::command(slash_command, guild_only, rename = "group-rank")]
async fn group_rank(
    ctx: Context<'_>,
    role: serenity::Role,
    #[min = 1] group_id: i64,
    #[min = 0]
    #[max = 255]
    min_rank: i64,
    #[min = 0]
    #[max = 255]
    max_rank: i64,
    #[min = 0]
    #[max = 1000]
    priority: Option<i64>,
) -> Result<(), Error> {
    let lang = member_lang(ctx);
    let (min_rank, max_rank) = input::rank_range(lang, min_rank, max_rank)?;
    let rule = BindingRule::GroupRank {
        group_id: input::positive_id(lang, "group_id", group_id)?,
        min_rank,
        max_rank,
    };
    add_binding(ctx, &role, rule, priority).await
}

#[poise::command(slash_command, guild_only)]
async fn gamepass(
    ctx: Context<'_>,
    role: serenity::Role,
    #[min = 1] gamepass_id: i64,
    #[min = 0]
    #[max = 1000]
    priority: Option<i64>,
) -> Result<(), Error> {
    let lang = member_lang(ctx);
    let rule = BindingRule::Gamepass {
        gamepass_id: input::positive_id(lang, "gamepass_id", gamepass_id)?,
    };
    add_binding(ctx, &role, rule, priority).await
}

#[poise::command(slash_command, guild_only)]
async fn asset(
    ctx: Context<'_>,
    role: serenity::Role,
    #[min = 1] asset_id: i64,
    #[min = 0]
    #[max = 1000]
    priority: Option<i64>,
) -> Result<(), Error> {
    let lang = member_lang(ctx);
    let rule = BindingRule::Asset {
        asset_id: input::positive_id(lang, "asset_id", asset_id)?,
    };
    add_binding(ctx, &role, rule, priority).await
}

#[poise::command(slash_command, guild_only)]
async fn badge(
    ctx: Context<'_>,
    role: serenity::Role,
    #[min = 1] badge_id: i64,
    #[min = 0]
    #[max = 1000]
    priority: Option<i64>,
) -> Result<(), Error> {
    let lang = member_lang(ctx);
    let rule = BindingRule::Badge {
        badge_id: input::positive_id(lang, "badge_id", badge_id)?,
    };
    add_binding(ctx, &role, rule, priority).await
}

/// Which account's age an account-age binding checks.
#[derive(Debug, Clone, Copy, poise::ChoiceParameter)]
enum Platform {
    #[name = "discord"]
    Discord,
    #[name = "roblox"]
    Roblox,
}

#[poise::command(slash_command, guild_only, rename = "account-age")]
async fn account_age(
    ctx: Context<'_>,
    role: serenity::Role,
    platform: Platform,
    #[min = 0] min_days: i64,
    #[min = 0]
    #[max = 1000]
    priority: Option<i64>,
) -> Result<(), Error> {
    let lang = member_lang(ctx);
    let rule = BindingRule::AccountAge {
        platform: match platform {
            Platform::Discord => AgePlatform::Discord,
            Platform::Roblox => AgePlatform::Roblox,
        },
        min_days: input::min_days(lang, min_days)?,
    };
    add_binding(ctx, &role, rule, priority).await
}

async fn add_binding(
    ctx: Context<'_>,
    role: &serenity::Role,
    rule: BindingRule,
    priority: Option<i64>,
) -> Result<(), Error> {
    let lang = member_lang(ctx);
    let binding = NewBinding {
        discord_role_id: role.id.get(),
        rule,
        priority: input::priority(lang, priority)?,
    };
    let done = writes::make(ctx, Operation::AddBinding(binding)).await;
    ctx.data().bindings.forget(calls::guild_id(ctx));
    done
}

#[poise::command(slash_command, guild_only, required_permissions = "MANAGE_GUILD")]
async fn remove(ctx: Context<'_>, #[autocomplete = "binding_ids"] id: String) -> Result<(), Error> {
    let lang = member_lang(ctx);
    let id = input::binding_id(lang, &id)?;
    let done = writes::make(ctx, Operation::RemoveBinding { id }).await;
    ctx.data().bindings.forget(calls::guild_id(ctx));
    done
}

#[poise::command(slash_command, guild_only, required_permissions = "MANAGE_GUILD")]
async fn test(
    ctx: Context<'_>,
    #[autocomplete = "binding_ids"] id: String,
    user: serenity::User,
) -> Result<(), Error> {
    let lang = member_lang(ctx);
    let id = input::binding_id(lang, &id)?;
    let key = calls::guild_key(ctx).await?;
    let member = user.id.get();
    let result = calls::read(ctx, &key, || {
        ctx.data().technified.test_binding(&key, &id, member)
    })
    .await?;
    reply::show(ctx, views::binding_test(lang, &result), Vec::new()).await?;
    Ok(())
}

/// Binding choices from this server's list (cached briefly, so typing doesn't spend quota).
async fn binding_ids(ctx: Context<'_>, partial: &str) -> serenity::CreateAutocompleteResponse {
    let lang = member_lang(ctx);
    let choices = calls::cached_bindings(ctx)
        .await
        .iter()
        .map(|b| (b.id.clone(), views::binding_choice(lang, b)))
        .filter(|(id, label)| {
            id.contains(partial) || label.to_lowercase().contains(&partial.to_lowercase())
        })
        .take(25)
        .map(|(id, label)| serenity::AutocompleteChoice::new(label, id))
        .collect();
    serenity::CreateAutocompleteResponse::new().set_choices(choices)
}
