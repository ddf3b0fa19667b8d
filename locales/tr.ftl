# technified-bot: tr
