# technified-bot: pl
