# technified-bot: en-US
