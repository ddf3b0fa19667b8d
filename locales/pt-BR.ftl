# technified-bot: pt-BR
