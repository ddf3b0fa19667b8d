//! Languages through the real binary: a member's replies follow their Discord language (the
//! interaction's `locale`), posts in the log channel follow the server's preferred locale
//! (`GUILD_CREATE`), and both keep the colours and meanings of the English replies. The
//! expected sentences are read from the translation files themselves, and each is checked to
//! differ from the English one, so a reply that fell back to English fails.

mod support;

use serde_json::json;
use support::{AMBER, GREEN, GUILD, LOG_CHANNEL, RED, WAIT, World};
use technified_bot::discord::{Lang, text};

/// `sentence` in `lang`, lowercased as `embed_text` shows it, after checking that it is not
/// the English one.
fn said(lang: Lang, sentence: impl Fn(Lang) -> String) -> String {
    let translated = sentence(lang);
    assert_ne!(
        translated,
        sentence(Lang::english()),
        "{} has no translation of this sentence",
        lang.code()
    );
    translated.to_lowercase()
}

#[tokio::test]
async fn a_german_member_is_answered_in_german_and_the_log_channel_speaks_the_servers_language() {
    let (de, pt) = (Lang::of("de"), Lang::of("pt-BR"));
    let mut world = World::start_in("pt-BR", &[]).await;
    world.admin = world.admin.clone().locale("de");
    world.moderator = world.moderator.clone().locale("de");

    // /setup with something that is not a key: what is wrong with it, in German too.
    let malformed = world.setup("not-a-key").await;
    assert_eq!(malformed.color(), Some(RED));
    let problem = said(de, |lang| text::key_problem(lang, "missing-prefix"));
    assert!(
        malformed.embed_text().contains(&problem),
        "{}",
        malformed.embed_text()
    );

    // /setup: the dialog and the verdict in German.
    let key = world.technified.add_key(GUILD);
    let connected = world.setup(&key).await;
    assert_eq!(connected.color(), Some(GREEN));
    assert_eq!(
        connected.embed_title().map(|t| t.to_lowercase()),
        Some(said(de, text::connected_title))
    );
    world
        .technified
        .link(GUILD, world.admin.user_id, 1_000, "AdminOnRoblox");
    world
        .technified
        .link(GUILD, world.moderator.user_id, 1_001, "ModOnRoblox");
    world.set_log_channel().await;

    // A lookup.
    let admin_id = world.admin.user_id.to_string();
    let lookup = world
        .run(&world.admin, "lookup discord", json!({"user": admin_id}))
        .await;
    assert_eq!(lookup.color(), Some(GREEN));
    assert!(
        lookup.embed_text().contains(&said(de, text::verified)),
        "{}",
        lookup.embed_text()
    );

    // A ban during an outage: queued (amber) in German, then done (green) in German, edited
    // by the retry engine from the locale stored with the job.
    world.outage("POST /moderation");
    let ban = world.discord.command(
        GUILD,
        &world.moderator,
        "roblox ban",
        json!({"roblox_id": 261, "reason": "Exploiting", "duration": "1d"}),
    );
    let queued = ban.final_message(WAIT).await;
    assert_eq!(queued.color(), Some(AMBER));
    let queued_title = said(de, |lang| text::queued(lang, "", 0).title);
    assert_eq!(
        queued.embed_title().map(|t| t.to_lowercase()),
        Some(queued_title)
    );
    let before = world.discord.channel_messages(LOG_CHANNEL).len();
    world
        .technified
        .wait_for_requests("POST /moderation", 2, WAIT)
        .await;
    world.technified.clear_faults();
    let done = ban
        .wait_message(WAIT, "the result", |m| m.color() == Some(GREEN))
        .await;
    assert!(
        done.embed_text().contains(&said(de, text::late_done)),
        "{}",
        done.embed_text()
    );
    assert_eq!(world.technified.bans(GUILD).len(), 1);

    // Its audit line, in the log channel: Brazilian Portuguese, the server's language.
    let posted = world
        .discord
        .wait_channel_messages(LOG_CHANNEL, before + 1, WAIT)
        .await;
    let audit = posted.last().expect("the audit line");
    assert!(
        audit.text().contains(&said(pt, text::audit_done)),
        "{}",
        audit.text()
    );

    // An error: the key was revoked.
    world.technified.revoke_key(&key);
    let refused = world
        .run(&world.admin, "lookup discord", json!({"user": "5"}))
        .await;
    assert_eq!(refused.color(), Some(RED));
    assert_eq!(
        refused.embed_title().map(|t| t.to_lowercase()),
        Some(said(de, |lang| text::key_rejected(lang).title))
    );
    world.discord.assert_conformant();
}

#[tokio::test]
async fn a_language_the_bot_lacks_is_answered_in_english() {
    let (world, _key) = World::connected().await;
    let member = world.member.clone().locale("ja");
    let admin_id = world.admin.user_id.to_string();
    let lookup = world
        .run(&member, "lookup discord", json!({"user": admin_id}))
        .await;
    assert_eq!(lookup.color(), Some(GREEN));
    let english = text::verified(Lang::english()).to_lowercase();
    assert!(
        lookup.embed_text().contains(&english),
        "{}",
        lookup.embed_text()
    );
}

#[tokio::test]
async fn a_ban_sync_card_speaks_the_servers_language_and_a_refused_press_the_pressers() {
    use testkit::discord::AuditEvent;
    use testkit::discord::permissions::{BAN_MEMBERS, DEFAULT_BOT, VIEW_AUDIT_LOG};
    let (de, pt) = (Lang::of("de"), Lang::of("pt-BR"));
    let mut world = World::start_in("pt-BR", &[]).await;
    world.admin = world.admin.clone().locale("de");
    let key = world.technified.add_key(GUILD);
    assert_eq!(world.setup(&key).await.color(), Some(GREEN));
    let guild = world.discord.guild(GUILD).expect("the test server");
    world
        .discord
        .add_guild(guild.bot_permissions(DEFAULT_BOT | BAN_MEMBERS | VIEW_AUDIT_LOG));
    world.set_log_channel().await;
    world
        .technified
        .link(GUILD, support::MEMBER, 5_000, "MemberOnRoblox");
    assert_eq!(world.set_ban_sync("ask").await.color(), Some(GREEN));

    world.discord.ban_as_moderator(
        GUILD,
        &world.moderator,
        support::MEMBER,
        Some("raiding"),
        AuditEvent::AfterBanEvent,
    );
    let title = said(pt, text::card_banned_title);
    let mut seen = 1;
    let card = loop {
        let posts = world
            .discord
            .wait_channel_messages(LOG_CHANNEL, seen, WAIT)
            .await;
        seen = posts.len() + 1;
        if let Some(card) = posts.into_iter().find(|m| !m.buttons().is_empty()) {
            break card;
        }
    };
    assert!(card.embed_text().contains(&title), "{}", card.embed_text());
    let ban_button = text::card_ban_button(pt);
    let (custom_id, _, _) = card
        .buttons()
        .into_iter()
        .find(|(_, label, _)| *label == ban_button)
        .expect("the ban button, labelled in Portuguese");

    // A German member without Ban Members presses it: refused, in German, to them alone.
    let member = world.member.clone().locale("de");
    let refused = card.click(&member, &custom_id).final_message(WAIT).await;
    assert_eq!(refused.color(), Some(RED));
    assert!(refused.ephemeral());
    assert_eq!(
        refused.embed_title().map(|t| t.to_lowercase()),
        Some(said(de, |lang| text::missing_permission(lang, &[]).title))
    );
    world.discord.assert_conformant();
}
