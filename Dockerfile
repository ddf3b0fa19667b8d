# syntax=docker/dockerfile:1
#
# technified-bot container image.
#
#   docker build -t technified-bot .      (or: docker compose up -d, see compose.yaml)
#
# Stages: chef (Rust toolchain + cargo-chef), planner (dependency recipe from the full source),
# builder (dependencies cooked into their own cached layer, then the bot itself, built exactly as
# .ci/run builds it), and a distroless runtime with only the binary and the data folder.
# tests/dockerfile.rs checks the invariants below (non-root numeric USER, exec-form ENTRYPOINT and
# HEALTHCHECK naming the built binary, VOLUME = the folder of DATABASE_URL, --locked builds).

FROM rust:1.95-slim-bookworm AS chef
RUN cargo install cargo-chef --locked --version 0.1.78
WORKDIR /app

FROM chef AS planner
COPY . .
RUN cargo chef prepare --recipe-path recipe.json

FROM chef AS builder
COPY --from=planner /app/recipe.json recipe.json
# Only the dependencies: this layer is reused until Cargo.toml or Cargo.lock change.
RUN cargo chef cook --release --locked --bin technified-bot --recipe-path recipe.json
COPY . .
# The data folder is created here because the runtime image has no shell to run mkdir.
RUN cargo build --release --locked --bin technified-bot \
    && mkdir -p /data

FROM gcr.io/distroless/cc-debian12:nonroot
ARG VERSION=0.1.0
ARG SOURCE_URL=""
LABEL org.opencontainers.image.title="technified-bot" \
      org.opencontainers.image.description="Self-hosted Discord bot for servers that use Technified" \
      org.opencontainers.image.source="${SOURCE_URL}" \
      org.opencontainers.image.licenses="MIT" \
      org.opencontainers.image.version="${VERSION}"
COPY --from=builder /app/target/release/technified-bot /app/technified-bot
COPY --from=builder --chown=65532:65532 /data /data
# The database and the generated encryption.key both live in /data: keep it on a volume.
ENV DATABASE_URL=sqlite:///data/technified-bot.db \
    HTTP_ADDR=0.0.0.0:8080
WORKDIR /app
USER 65532:65532
VOLUME /data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s CMD ["/app/technified-bot", "healthcheck"]
ENTRYPOINT ["/app/technified-bot"]
