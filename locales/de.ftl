# technified-bot: de
