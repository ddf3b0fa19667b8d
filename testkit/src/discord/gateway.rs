//! The gateway at `/ws`: HELLO, heartbeat ACKs, IDENTIFY → READY + GUILD_CREATE, RESUME, and the
//! dispatches the driver queues (INTERACTION_CREATE, ...). One session per shard: IDENTIFY's
//! `shard: [shard_id, num_shards]` picks the servers (`(guild_id >> 22) % num_shards`) whose
//! events that connection carries. As Discord does, an IDENTIFY faster than its bucket allows
//! (one per 5 s per `shard_id % max_concurrency`) gets op 9 Invalid Session (`d: false`), and a
//! shard that would carry too many servers is closed with 4011 Sharding required.

use std::sync::Arc;

use axum::extract::State as AxumState;
use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::response::Response;
use serde_json::{Value, json};

use std::time::Duration;

use super::fixtures;
use super::ids::next_snowflake;
use super::state::{GatewayMode, Inner, Session, State, shard_of};

/// Discord allows `max_concurrency` IDENTIFYs per this window, one per bucket.
pub const IDENTIFY_WINDOW: Duration = Duration::from_secs(5);
/// Scheduling and network delay the fake forgives between a client's spaced IDENTIFYs: a
/// client that waits the window before connecting may still arrive a little early here.
const IDENTIFY_SLACK: Duration = Duration::from_millis(250);

pub(crate) async fn upgrade(
    AxumState(inner): AxumState<Arc<Inner>>,
    ws: WebSocketUpgrade,
) -> Response {
    let mode = inner.update(|s| {
        s.gateway.attempts += 1;
        s.gateway.mode
    });
    match mode {
        // A refused address is only handed out by `GET /gateway`; a resume comes here.
        GatewayMode::Serve | GatewayMode::Refuse => {
            ws.on_upgrade(move |socket| connection(socket, inner))
        }
        GatewayMode::Drop => ws.on_upgrade(|socket| async move { drop(socket) }),
        GatewayMode::Silent => std::future::pending().await,
    }
}

enum Step {
    Send(Vec<Value>),
    Close(u16),
    /// Nothing to send until this time (a queued event not yet due) or a change.
    Idle(Option<tokio::time::Instant>),
}

async fn connection(mut socket: WebSocket, inner: Arc<Inner>) {
    let conn = inner.update(|s| {
        s.gateway.next_conn += 1;
        s.gateway.next_conn
    });
    let interval = inner.lock().gateway.heartbeat_interval.as_millis() as u64;
    let hello = json!({"op": 10, "s": null, "t": null, "d": {"heartbeat_interval": interval, "_trace": ["fake-discord"]}});
    if send(&mut socket, &[hello]).await.is_err() {
        return;
    }
    let mut rx = inner.subscribe();
    loop {
        // Pending dispatches and close requests first, then wait for the client or a change.
        let step = {
            let mut s = inner.lock();
            if s.gateway.shutdown {
                return;
            }
            let g = &mut s.gateway;
            match g.close_requests.iter().position(|(c, _)| *c == conn) {
                Some(i) => {
                    let (_, code) = g.close_requests.remove(i);
                    disconnect(&mut s, conn);
                    Step::Close(code)
                }
                None => match flush(&mut s, conn) {
                    (frames, next_due) if frames.is_empty() => Step::Idle(next_due),
                    (frames, _) => Step::Send(frames),
                },
            }
        };
        let next_due = match step {
            Step::Close(code) => {
                let reason = match code {
                    4010 => "Invalid shard",
                    4011 => "Sharding required",
                    _ => "closed by the test",
                };
                let frame = CloseFrame {
                    code,
                    reason: reason.into(),
                };
                let _ = socket.send(Message::Close(Some(frame))).await;
                inner.notify();
                return;
            }
            Step::Send(frames) => {
                inner.notify();
                if send(&mut socket, &frames).await.is_err() {
                    break;
                }
                continue;
            }
            Step::Idle(next_due) => next_due,
        };
        tokio::select! {
            msg = socket.recv() => match msg {
                Some(Ok(Message::Text(text))) => {
                    let Ok(payload) = serde_json::from_str::<Value>(text.as_str()) else { continue };
                    let replies = inner.update(|s| handle_op(s, conn, &payload));
                    if send(&mut socket, &replies).await.is_err() {
                        break;
                    }
                }
                Some(Ok(Message::Close(_))) | Some(Err(_)) | None => break,
                Some(Ok(_)) => {}
            },
            changed = rx.changed() => if changed.is_err() { break },
            () = sleep_until_due(next_due) => {}
        }
    }
    inner.update(|s| disconnect(s, conn));
}

/// The session served by `conn` (if any) has no live connection any more.
fn disconnect(s: &mut State, conn: u64) {
    for session in s.gateway.sessions.values_mut() {
        if session.conn == Some(conn) {
            session.conn = None;
        }
    }
}

async fn sleep_until_due(due: Option<tokio::time::Instant>) {
    match due {
        Some(due) => tokio::time::sleep_until(due).await,
        None => std::future::pending().await,
    }
}

async fn send(socket: &mut WebSocket, frames: &[Value]) -> Result<(), axum::Error> {
    for f in frames {
        socket.send(Message::Text(f.to_string().into())).await?;
    }
    Ok(())
}

/// Takes the queued dispatches this connection's shard should send now (in order, up to the
/// first one not yet due), numbering them; also returns when the next one falls due.
fn flush(s: &mut State, conn: u64) -> (Vec<Value>, Option<tokio::time::Instant>) {
    let g = &mut s.gateway;
    let Some(session) = g.sessions.values_mut().find(|s| s.conn == Some(conn)) else {
        return (Vec::new(), None);
    };
    let [shard, total] = session.shard;
    let now = tokio::time::Instant::now();
    let mut out = Vec::new();
    let mut next_due = None;
    let start = session.looked_to.max(g.sent_before);
    session.looked_to = g.events.len();
    for (i, ev) in g.events.iter_mut().enumerate().skip(start) {
        if ev.sent || shard_of(ev.guild, total) != shard {
            continue;
        }
        if ev.due > now {
            next_due = Some(ev.due);
            session.looked_to = i;
            break;
        }
        ev.sent = true;
        if session.intents & ev.intent != ev.intent {
            continue;
        }
        if ev.nudge {
            out.push(json!({"op": 11, "s": null, "t": null, "d": null}));
        }
        out.push(numbered(session, &ev.t, ev.d.clone()));
    }
    while g.events.get(g.sent_before).is_some_and(|e| e.sent) {
        g.sent_before += 1;
    }
    (out, next_due)
}

fn numbered(session: &mut Session, t: &str, d: Value) -> Value {
    session.seq += 1;
    let frame = json!({"op": 0, "s": session.seq, "t": t, "d": d});
    session.sent.push(frame.clone());
    frame
}

/// Answers one client payload; returns the frames to send back.
fn handle_op(s: &mut State, conn: u64, payload: &Value) -> Vec<Value> {
    match payload["op"].as_u64() {
        Some(1) => {
            s.gateway.heartbeats += 1;
            vec![json!({"op": 11, "s": null, "t": null, "d": null})]
        }
        Some(2) => identify(s, conn, payload["d"].clone()),
        Some(6) => resume(s, conn, payload["d"].clone()),
        _ => Vec::new(),
    }
}

fn identify(s: &mut State, conn: u64, d: Value) -> Vec<Value> {
    let intents = d["intents"].as_u64().unwrap_or(0);
    s.gateway.identifies.push(d.clone());
    let Some([shard, total]) = identified_shard(&d["shard"]) else {
        s.gateway.close_requests.push((conn, 4010));
        return Vec::new();
    };
    let sharding = &mut s.gateway.sharding;
    let bucket = shard % sharding.max_concurrency.max(1);
    let now = tokio::time::Instant::now();
    if sharding
        .last_identify
        .get(&bucket)
        .is_some_and(|last| now < *last + sharding.identify_window.saturating_sub(IDENTIFY_SLACK))
    {
        sharding.rate_limited += 1;
        return vec![json!({"op": 9, "s": null, "t": null, "d": false})];
    }
    sharding.last_identify.insert(bucket, now);
    let guilds: Vec<&super::model::FakeGuild> = s
        .guilds
        .iter()
        .filter(|g| shard_of(Some(g.id), total) == shard)
        .collect();
    if guilds.len() > sharding.guilds_per_shard {
        // From now on Discord recommends enough shards for every server.
        let ids: Vec<u64> = s.guilds.iter().map(|g| g.id).collect();
        let limit = sharding.guilds_per_shard;
        sharding.recommended = (total + 1..)
            .find(|n| fits(&ids, *n, limit))
            .unwrap_or(total + 1);
        sharding.sharding_required += 1;
        s.gateway.close_requests.push((conn, 4011));
        return Vec::new();
    }
    let mut session = Session {
        id: format!("{:032x}", u128::from(next_snowflake()) << 20),
        intents,
        shard: [shard, total],
        conn: Some(conn),
        seq: 0,
        sent: Vec::new(),
        looked_to: 0,
    };
    let resume_url = format!("ws://127.0.0.1:{}/ws", s.port);
    let guild_ids: Vec<u64> = guilds.iter().map(|g| g.id).collect();
    let ready = fixtures::ready(
        s.app_id,
        &s.bot_user,
        &guild_ids,
        &session.id,
        &resume_url,
        [shard, total],
    );
    let mut frames = vec![numbered(&mut session, "READY", ready)];
    for g in guilds {
        frames.push(numbered(
            &mut session,
            "GUILD_CREATE",
            fixtures::guild_create(g, &s.bot_user),
        ));
    }
    s.gateway.sessions.insert(shard, session);
    s.gateway.readies += 1;
    frames
}

/// IDENTIFY's `shard`: `[shard_id, num_shards]` with `shard_id < num_shards`; absent is
/// `[0, 1]`. `None` is what Discord closes with 4010 Invalid shard.
fn identified_shard(value: &Value) -> Option<[u32; 2]> {
    if value.is_null() {
        return Some([0, 1]);
    }
    let pair = value.as_array().filter(|a| a.len() == 2)?;
    let number = |v: &Value| v.as_u64().and_then(|n| u32::try_from(n).ok());
    let (shard, total) = (number(&pair[0])?, number(&pair[1])?);
    (shard < total).then_some([shard, total])
}

/// No shard of `total` would carry more than `limit` of these servers.
fn fits(guild_ids: &[u64], total: u32, limit: usize) -> bool {
    (0..total).all(|shard| {
        guild_ids
            .iter()
            .filter(|id| shard_of(Some(**id), total) == shard)
            .count()
            <= limit
    })
}

fn resume(s: &mut State, conn: u64, d: Value) -> Vec<Value> {
    s.gateway.resumes.push(d.clone());
    let reject = s.gateway.reject_resume;
    let session = s
        .gateway
        .sessions
        .values_mut()
        .find(|sess| d["session_id"].as_str() == Some(sess.id.as_str()));
    let Some(session) = session.filter(|_| !reject) else {
        // Op 9 with `d: false`: the client must IDENTIFY again.
        return vec![json!({"op": 9, "s": null, "t": null, "d": false})];
    };
    let seq = d["seq"].as_u64().unwrap_or(0);
    let mut frames: Vec<Value> = session
        .sent
        .iter()
        .filter(|f| f["s"].as_u64().unwrap_or(0) > seq)
        .cloned()
        .collect();
    frames.push(numbered(
        session,
        "RESUMED",
        json!({"_trace": ["fake-discord"]}),
    ));
    session.conn = Some(conn);
    s.gateway.resumed += 1;
    frames
}
