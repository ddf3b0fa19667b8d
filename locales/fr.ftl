# technified-bot: fr
