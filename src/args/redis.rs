//! The clap types of `redis status/start/stop`, `start --redis*` and the token limits of
//! `keys add/set` (re-exported by `args`).

use clap::{Args, Subcommand};

use super::JsonArgs;

#[derive(Debug, Subcommand)]
pub enum RedisCommand {
    /// Show the Redis beside the gateway: container, reachability from the gateway, memory
    Status(JsonArgs),
    /// Start the Redis container beside the gateway
    Start,
    /// Stop the Redis container (token limits then let requests through: FAIL_OPEN)
    Stop,
}

/// `start --redis`, `--redis-image`, `--redis-url`.
#[derive(Debug, Clone, Default, Args)]
pub struct RedisStartArgs {
    /// Run Redis beside the gateway (container <name>-redis, data in <data folder>/redis,
    /// no published port, a generated password), for token limits and quotas
    #[arg(long)]
    pub redis: bool,
    /// The Redis image [default: <registry>/higress/redis-stack-server:7.4.0-v3]
    #[arg(long, value_name = "IMAGE", requires = "redis")]
    pub redis_image: Option<String>,
    /// Use an existing Redis instead: redis://[user:password@]host[:port][/db]
    #[arg(long, value_name = "URL", conflicts_with = "redis")]
    pub redis_url: Option<String>,
}

/// Token limits of a key, counted across the gateway in Redis (0 removes a limit).
#[derive(Debug, Clone, Default, Args)]
pub struct TokenLimitArgs {
    /// Tokens (input + output) this key may use per second (0 removes the limit)
    #[arg(long, value_name = "N")]
    pub tokens_per_second: Option<u64>,
    /// Tokens this key may use per minute (0 removes the limit)
    #[arg(long, value_name = "N")]
    pub tokens_per_minute: Option<u64>,
    /// Tokens this key may use per hour (0 removes the limit)
    #[arg(long, value_name = "N")]
    pub tokens_per_hour: Option<u64>,
    /// Tokens this key may use per day (0 removes the limit)
    #[arg(long, value_name = "N")]
    pub tokens_per_day: Option<u64>,
}

/// `keys set NAME ...`.
#[derive(Debug, Args)]
pub struct KeySetArgs {
    /// The key's name
    pub name: String,
    #[command(flatten)]
    pub tokens: TokenLimitArgs,
}
