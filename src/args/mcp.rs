//! The clap types of `mcp add/list/remove/tools` (re-exported by `args`).

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

use super::JsonArgs;

#[derive(Debug, Subcommand)]
pub enum McpCommand {
    /// Put an MCP server behind the gateway at /mcp-servers/NAME: proxy an existing one
    /// (--proxy URL) or serve a REST API as tools (--tools FILE --upstream URL)
    Add(McpAddArgs),
    /// List the MCP servers behind the gateway
    List(JsonArgs),
    /// Remove an MCP server (the last one switches MCP off again)
    Remove(McpNameArgs),
    /// List a server's tools as the gateway serves them (from the file for --tools, from
    /// the server's own tools/list for --proxy)
    Tools(McpToolsArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TransportArg {
    /// Streamable HTTP (POST): needs no Redis
    Streamable,
    /// Server-sent events (GET .../sse): the gateway keeps sessions in Redis
    Sse,
}

#[derive(Debug, Args)]
pub struct McpAddArgs {
    /// The server's name: 1 to 40 lowercase letters, digits and dashes; it serves at
    /// /mcp-servers/NAME
    pub name: String,
    /// Proxy this MCP server, e.g. http://172.17.0.1:3000/mcp (an address the gateway's
    /// container reaches; not localhost)
    #[arg(
        long,
        value_name = "URL",
        conflicts_with_all = ["tools", "upstream"],
        required_unless_present = "tools"
    )]
    pub proxy: Option<String>,
    /// How the gateway talks to the --proxy server [default: streamable]
    #[arg(long, value_enum, requires = "proxy")]
    pub transport: Option<TransportArg>,
    /// Serve a REST API as tools, from the mcp-server plugin's server/tools YAML
    #[arg(long, value_name = "FILE", requires = "upstream")]
    pub tools: Option<PathBuf>,
    /// The REST API the --tools file calls, e.g. https://api.example.com
    #[arg(long, value_name = "URL", requires = "tools")]
    pub upstream: Option<String>,
    /// What the server offers (shown in `mcp list` and the console)
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
    /// Only these gateway keys may call the server (names from `keys list`)
    #[arg(long, value_name = "K1,K2", value_delimiter = ',')]
    pub keys: Vec<String>,
}

#[derive(Debug, Args)]
pub struct McpNameArgs {
    /// The server's name (see `mcp list`)
    pub name: String,
}

#[derive(Debug, Args)]
pub struct McpToolsArgs {
    /// The server's name (see `mcp list`)
    pub name: String,
    /// Print JSON (stable keys, nothing else on stdout)
    #[arg(long)]
    pub json: bool,
}
