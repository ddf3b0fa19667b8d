//! The gateway at `/ws`: HELLO, heartbeat ACKs, IDENTIFY → READY + GUILD_CREATE, RESUME, and the
//! dispatches the driver queues (INTERACTION_CREATE, ...). One live session, like a single shard.

use std::sync::Arc;

use axum::extract::State as AxumState;
use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::response::Response;
use serde_json::{Value, json};

use super::fixtures::{self, HEARTBEAT_INTERVAL_MS};
use super::ids::next_snowflake;
use super::state::{GatewayMode, Inner, Session, State};

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
    let hello = json!({"op": 10, "s": null, "t": null, "d": {"heartbeat_interval": HEARTBEAT_INTERVAL_MS, "_trace": ["fake-discord"]}});
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
            match s.gateway.close_request {
                Some((c, code)) if c == conn => {
                    s.gateway.close_request = None;
                    s.gateway.active_conn = None;
                    Step::Close(code)
                }
                _ => match flush(&mut s, conn) {
                    (frames, next_due) if frames.is_empty() => Step::Idle(next_due),
                    (frames, _) => Step::Send(frames),
                },
            }
        };
        let next_due = match step {
            Step::Close(code) => {
                let frame = CloseFrame {
                    code,
                    reason: "closed by the test".into(),
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
    inner.update(|s| {
        if s.gateway.active_conn == Some(conn) {
            s.gateway.active_conn = None;
        }
    });
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

/// Takes the queued dispatches this connection should send now (in order, up to the first
/// one not yet due), numbering them; also returns when the next one falls due.
fn flush(s: &mut State, conn: u64) -> (Vec<Value>, Option<tokio::time::Instant>) {
    let g = &mut s.gateway;
    let Some(session) = g.session.as_mut().filter(|_| g.active_conn == Some(conn)) else {
        return (Vec::new(), None);
    };
    let now = tokio::time::Instant::now();
    let mut out = Vec::new();
    while let Some(ev) = g.events.get(g.delivered) {
        if ev.due > now {
            return (out, Some(ev.due));
        }
        g.delivered += 1;
        if session.intents & ev.intent != ev.intent {
            continue;
        }
        if ev.nudge {
            out.push(json!({"op": 11, "s": null, "t": null, "d": null}));
        }
        out.push(numbered(session, &ev.t, ev.d.clone()));
    }
    (out, None)
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
    s.gateway.identifies.push(d);
    let mut session = Session {
        id: format!("{:032x}", u128::from(next_snowflake()) << 20),
        intents,
        seq: 0,
        sent: Vec::new(),
    };
    let resume_url = format!("ws://127.0.0.1:{}/ws", s.port);
    let guild_ids: Vec<u64> = s.guilds.iter().map(|g| g.id).collect();
    let ready = fixtures::ready(s.app_id, &s.bot_user, &guild_ids, &session.id, &resume_url);
    let mut frames = vec![numbered(&mut session, "READY", ready)];
    for g in &s.guilds {
        frames.push(numbered(
            &mut session,
            "GUILD_CREATE",
            fixtures::guild_create(g, &s.bot_user),
        ));
    }
    s.gateway.session = Some(session);
    s.gateway.active_conn = Some(conn);
    s.gateway.readies += 1;
    frames
}

fn resume(s: &mut State, conn: u64, d: Value) -> Vec<Value> {
    s.gateway.resumes.push(d.clone());
    let accepted = !s.gateway.reject_resume
        && s.gateway
            .session
            .as_ref()
            .is_some_and(|sess| d["session_id"].as_str() == Some(sess.id.as_str()));
    let Some(session) = s.gateway.session.as_mut().filter(|_| accepted) else {
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
    s.gateway.active_conn = Some(conn);
    s.gateway.resumed += 1;
    frames
}
