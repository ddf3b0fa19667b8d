//! What every command shares.

use super::{Error, caches};
use crate::clock::Clock;
use crate::retry::engine::Engine;
use crate::store::Store;
use crate::technified;

/// Everything a command needs, shared by all of them.
pub struct Data {
    pub technified: technified::Client,
    pub store: Store,
    pub bindings: caches::BindingsCache,
    pub lookups: caches::LookupCooldown,
    pub moderators: caches::ModeratorCache,
    /// Ban and unban entries of the audit log, waiting for their ban events (ban sync).
    pub audit_entries: caches::AuditEntries,
    /// When each server's last ban or audit-log event arrived, for `/doctor`.
    pub moderation_seen: caches::ModerationSeen,
    pub engine: Engine,
    /// The process's one clock, shared with the engine: "now" for replies and job times.
    pub clock: Clock,
}

pub type Context<'a> = poise::ApplicationContext<'a, Data, Error>;
