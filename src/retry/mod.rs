//! Retries of Technified calls: the pure policy, the queued operations, and the engine that
//! replays queued writes from the durable queue.

pub mod engine;
pub mod operation;
pub mod policy;
