//! The one table that describes every LLM provider.
//!
//! Flags (`--<stem>-key`, `--<stem>-models`, extra settings), wizard entries, `default.cfg`
//! variable names, display names and the shapes written into the gateway's configuration are
//! all derived from [`PROVIDERS`]. No other module names a provider.

/// How an extra setting is written into the ai-proxy provider entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExtraKind {
    /// A string value (`zhipuDomain: "api.z.ai"`).
    Text,
    /// A boolean switch (`zhipuCodePlanMode: true`); set by a flag without a value.
    Switch,
    /// A port number (`ollamaServerPort: 11434`).
    Port,
    /// A URL starting with http:// or https:// (`difyApiUrl: http://…`).
    Url,
    /// A URL that must start with https:// (`azureServiceUrl: https://…`).
    HttpsUrl,
    /// A path to a file whose content (compacted to one line) is the value.
    File,
    /// A credential that replaces the API key and switches a mode on (`claudeCodeMode: true`).
    ModeKey,
    /// A second credential joined to the API key as `KEY:SECRET` (not a field of its own).
    KeySecret,
}

/// An extra setting a provider needs besides its API key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Extra {
    /// Flag name without the leading dashes, e.g. `azure-service-url`.
    pub flag: &'static str,
    /// Variable written to `default.cfg`, e.g. `AZURE_SERVICE_URL`.
    pub var: &'static str,
    /// Field name in the ai-proxy provider entry, e.g. `azureServiceUrl`.
    pub field: &'static str,
    pub kind: ExtraKind,
    /// Holds a credential: hidden input, masked output.
    pub secret: bool,
    /// Value used when the user gives none (written into the provider entry).
    pub default: Option<&'static str>,
    /// Prompt / help text.
    pub help: &'static str,
}

/// Where the upstream host comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Upstream {
    /// A fixed HTTPS host.
    Fixed(&'static str),
    /// The value of an extra setting, or the given default host.
    FromExtra {
        var: &'static str,
        default: &'static str,
    },
    /// The host part of a URL held by an extra setting, or the default host.
    UrlHost {
        var: &'static str,
        default: &'static str,
    },
    /// `format` with `{}` replaced by the value of `var` (or `default`).
    Templated {
        format: &'static str,
        var: &'static str,
        default: &'static str,
    },
    /// Plain HTTP to a host and port held by extra settings (Ollama).
    HostPort {
        host_var: &'static str,
        port_var: &'static str,
        /// What the template writes when no host was given.
        default_host: &'static str,
        default_port: u16,
    },
    /// Scheme, host and port of the URL held by an extra setting (OpenAI-compatible servers).
    Url { var: &'static str },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Provider {
    /// Display name.
    pub name: &'static str,
    /// Variable prefix (`DASHSCOPE` → `DASHSCOPE_API_KEY`, `DASHSCOPE_MODELS`).
    pub prefix: &'static str,
    /// Flag stem (`dashscope` → `--dashscope-key`, `--dashscope-models`).
    pub stem: &'static str,
    /// ai-proxy provider `id` (also the registry, configmap and ingress name).
    pub id: &'static str,
    /// ai-proxy provider `type`.
    pub kind: &'static str,
    pub upstream: Upstream,
    /// Default model patterns.
    pub models: &'static str,
    pub aliases: &'static [&'static str],
    /// The image's config template always creates this provider (with a placeholder key).
    pub always: bool,
    /// The provider authenticates with an API key (`<PREFIX>_API_KEY`).
    pub uses_key: bool,
    pub extras: &'static [Extra],
    /// Variables that, all set, make the provider configured without an API key.
    pub alt_credentials: &'static [&'static str],
    /// The cheap chat model `config test` asks for ("": the first of its models, or
    /// `--model`).
    pub test_model: &'static str,
    /// The provider's own OpenAI-compatible base URL, for `config test --direct` (None: its
    /// API is not OpenAI-compatible, or its address depends on settings).
    pub openai_base: Option<&'static str>,
}

const fn text(
    flag: &'static str,
    var: &'static str,
    field: &'static str,
    help: &'static str,
) -> Extra {
    Extra {
        flag,
        var,
        field,
        kind: ExtraKind::Text,
        secret: false,
        default: None,
        help,
    }
}

/// A text setting that holds a secret: masked in output, dropped when the provider goes.
const fn secret(extra: Extra) -> Extra {
    Extra {
        secret: true,
        ..extra
    }
}

const fn https(host: &'static str) -> Upstream {
    Upstream::Fixed(host)
}

macro_rules! provider {
    ($name:expr, $prefix:expr, $stem:expr, $id:expr, $kind:expr, $up:expr, $models:expr,
     aliases: $aliases:expr, always: $always:expr $(, $field:ident : $value:expr)* $(,)?) => {
        Provider {
            name: $name,
            prefix: $prefix,
            stem: $stem,
            id: $id,
            kind: $kind,
            upstream: $up,
            models: $models,
            aliases: $aliases,
            always: $always,
            $($field: $value,)*
            ..BASE
        }
    };
}

const BASE: Provider = Provider {
    name: "",
    prefix: "",
    stem: "",
    id: "",
    kind: "",
    upstream: Upstream::Fixed(""),
    models: "*",
    aliases: &[],
    always: false,
    uses_key: true,
    extras: &[],
    alt_credentials: &[],
    test_model: "",
    openai_base: None,
};

/// Every provider, in wizard order: the most used first, then alphabetical.
#[allow(clippy::needless_update)]
pub static PROVIDERS: &[Provider] = &[
    provider!("Aliyun Dashscope (Qwen)", "DASHSCOPE", "dashscope", "aliyun", "qwen",
        https("dashscope.aliyuncs.com"), "qwen*", aliases: &["qwen"], always: true, test_model: "qwen-turbo", openai_base: Some("https://dashscope.aliyuncs.com/compatible-mode/v1")),
    provider!("DeepSeek", "DEEPSEEK", "deepseek", "deepseek", "deepseek",
        https("api.deepseek.com"), "deepseek-*", aliases: &[], always: true, test_model: "deepseek-chat", openai_base: Some("https://api.deepseek.com/v1")),
    provider!("Moonshot (Kimi)", "MOONSHOT", "moonshot", "moonshot", "moonshot",
        https("api.moonshot.cn"), "moonshot-*,kimi-*", aliases: &["kimi"], always: true, test_model: "moonshot-v1-8k", openai_base: Some("https://api.moonshot.cn/v1")),
    provider!("Zhipu AI", "ZHIPUAI", "zhipuai", "zhipuai", "zhipuai",
    Upstream::FromExtra { var: "ZHIPUAI_DOMAIN", default: "open.bigmodel.cn" },
    "GLM-*,glm-*", aliases: &["zhipu"], always: true, test_model: "glm-4-flash", openai_base: None,
    extras: &[
        text("zhipuai-domain", "ZHIPUAI_DOMAIN", "zhipuDomain",
            "Zhipu AI domain (open.bigmodel.cn in China, api.z.ai international)"),
        Extra { kind: ExtraKind::Switch, ..text("zhipuai-code-plan-mode",
            "ZHIPUAI_CODE_PLAN_MODE", "zhipuCodePlanMode", "Enable Zhipu AI Code Plan mode") },
    ]),
    provider!("Minimax", "MINIMAX", "minimax", "minimax", "minimax",
        https("api.minimax.chat"), "abab-*,MiniMax-*,minimax-*", aliases: &[], always: true, test_model: "MiniMax-Text-01", openai_base: None,
        extras: &[text("minimax-group-id", "MINIMAX_GROUP_ID", "minimaxGroupId",
            "Minimax group ID (only for ChatCompletion Pro)")]),
    provider!("Azure OpenAI", "AZURE", "azure", "azure", "azure",
        Upstream::UrlHost { var: "AZURE_SERVICE_URL", default: "YOUR_RESOURCE_NAME.openai.azure.com" },
        "gpt-*,o1-*,o3-*", aliases: &[], always: false, test_model: "gpt-4o-mini", openai_base: None,
        extras: &[Extra { kind: ExtraKind::HttpsUrl, ..text("azure-service-url", "AZURE_SERVICE_URL",
            "azureServiceUrl",
            "Azure OpenAI service URL (https://RESOURCE.openai.azure.com/openai/deployments/DEPLOYMENT/chat/completions?api-version=…)") }]),
    provider!("AWS Bedrock", "BEDROCK", "bedrock", "bedrock", "bedrock",
        Upstream::Templated { format: "bedrock-runtime.{}.amazonaws.com", var: "BEDROCK_REGION",
            default: "us-east-1" },
        "*", aliases: &[], always: false, test_model: "anthropic.claude-3-haiku-20240307-v1:0", openai_base: None,
        extras: &[
            text("bedrock-region", "BEDROCK_REGION", "awsRegion", "AWS region, e.g. us-east-1"),
            secret(text("bedrock-access-key", "BEDROCK_ACCESS_KEY", "awsAccessKey",
                "AWS access key (Signature V4 authentication)")),
            secret(text("bedrock-secret-key", "BEDROCK_SECRET_KEY", "awsSecretKey",
                "AWS secret key (Signature V4 authentication)")),
        ],
        alt_credentials: &["BEDROCK_ACCESS_KEY", "BEDROCK_SECRET_KEY"]),
    provider!("Google Vertex AI", "VERTEX", "vertex", "vertex", "vertex",
        Upstream::Templated { format: "{}-aiplatform.googleapis.com", var: "VERTEX_REGION",
            default: "us-central1" },
        "gemini-*", aliases: &[], always: false, test_model: "gemini-2.0-flash-lite", openai_base: None,
        extras: &[
            text("vertex-project-id", "VERTEX_PROJECT_ID", "vertexProjectId",
                "Google Cloud project ID"),
            text("vertex-region", "VERTEX_REGION", "vertexRegion",
                "Google Cloud region, e.g. us-central1"),
            Extra { kind: ExtraKind::File, secret: true, ..text("vertex-auth-key-file",
                "VERTEX_AUTH_KEY", "vertexAuthKey",
                "Path to the service-account JSON key file (standard mode)") },
            text("vertex-auth-service-name", "VERTEX_AUTH_SERVICE_NAME", "vertexAuthServiceName",
                "Vertex AI auth service name (standard mode)"),
        ],
        alt_credentials: &["VERTEX_AUTH_KEY"]),
    provider!("OpenAI", "OPENAI", "openai", "openai", "openai",
        https("api.openai.com"), "gpt-*,o1-*,o3-*", aliases: &[], always: true, test_model: "gpt-4o-mini", openai_base: Some("https://api.openai.com/v1")),
    provider!("OpenRouter", "OPENROUTER", "openrouter", "openrouter", "openrouter",
        https("openrouter.ai"), "*", aliases: &[], always: false, test_model: "openai/gpt-4o-mini", openai_base: Some("https://openrouter.ai/api/v1")),
    provider!("01.AI (Yi)", "YI", "yi", "yi", "yi",
        https("api.lingyiwanwu.com"), "yi-*", aliases: &[], always: true, test_model: "yi-lightning", openai_base: Some("https://api.lingyiwanwu.com/v1")),
    provider!("360 Zhinao", "AI360", "ai360", "ai360", "ai360",
        https("api.360.cn"), "360GPT-*", aliases: &[], always: true, test_model: "360GPT_S2_V9", openai_base: None),
    provider!("Baichuan AI", "BAICHUAN", "baichuan", "baichuan", "baichuan",
        https("api.baichuan-ai.com"), "Baichuan*", aliases: &[], always: true, test_model: "Baichuan4-Air", openai_base: Some("https://api.baichuan-ai.com/v1")),
    provider!("Baidu AI Cloud", "BAIDU", "baidu", "baidu", "baidu",
        https("qianfan.baidubce.com"), "ERNIE-*", aliases: &[], always: true, test_model: "ERNIE-Speed-8K", openai_base: None),
    provider!("Claude", "CLAUDE", "claude", "claude", "claude",
    https("api.anthropic.com"), "claude-*", aliases: &[], always: true, test_model: "claude-3-5-haiku-latest", openai_base: None,
    extras: &[
        Extra { default: Some("2023-06-01"), ..text("claude-version", "CLAUDE_VERSION",
            "claudeVersion", "Claude API version") },
        Extra { kind: ExtraKind::ModeKey, secret: true, ..text("claude-code-key",
            "CLAUDE_CODE_API_KEY", "claudeCodeMode",
            "Claude Code OAuth token (from `claude setup-token`); enables Claude Code mode") },
    ]),
    provider!("Cloudflare Workers AI", "CLOUDFLARE", "cloudflare", "cloudflare", "cloudflare",
        https("api.cloudflare.com"), "*", aliases: &[], always: false, test_model: "@cf/meta/llama-3.1-8b-instruct", openai_base: None,
        extras: &[text("cloudflare-account-id", "CLOUDFLARE_ACCOUNT_ID", "cloudflareAccountId",
            "Cloudflare account ID")]),
    provider!("Cohere", "COHERE", "cohere", "cohere", "cohere",
        https("api.cohere.com"), "command*", aliases: &[], always: true, test_model: "command-r7b-12-2024", openai_base: None),
    provider!("DeepL", "DEEPL", "deepl", "deepl", "deepl",
        https("api.deepl.com"), "*", aliases: &[], always: false, test_model: "", openai_base: None,
        extras: &[text("deepl-target-lang", "DEEPL_TARGET_LANG", "targetLang",
            "DeepL target language, e.g. EN, ZH, JA")]),
    provider!("Dify", "DIFY", "dify", "dify", "dify",
    Upstream::UrlHost { var: "DIFY_API_URL", default: "api.dify.ai" },
    "*", aliases: &[], always: false, test_model: "", openai_base: None,
    extras: &[
        Extra { kind: ExtraKind::Url, ..text("dify-api-url", "DIFY_API_URL", "difyApiUrl",
            "Dify API URL (leave empty for the cloud service)") },
        Extra { default: Some("Chat"), ..text("dify-bot-type", "DIFY_BOT_TYPE", "botType",
            "Dify application type: Chat, Completion, Agent or Workflow") },
        text("dify-input-variable", "DIFY_INPUT_VARIABLE", "inputVariable",
            "Dify workflow input variable name"),
        text("dify-output-variable", "DIFY_OUTPUT_VARIABLE", "outputVariable",
            "Dify workflow output variable name"),
    ]),
    provider!("Doubao", "DOUBAO", "doubao", "doubao", "doubao",
        https("ark.cn-beijing.volces.com"), "doubao-*", aliases: &[], always: true, test_model: "doubao-1-5-lite-32k-250115", openai_base: Some("https://ark.cn-beijing.volces.com/api/v3")),
    provider!("Fireworks AI", "FIREWORKS", "fireworks", "fireworks", "fireworks",
        https("api.fireworks.ai"), "*", aliases: &[], always: false, test_model: "accounts/fireworks/models/llama-v3p1-8b-instruct", openai_base: Some("https://api.fireworks.ai/inference/v1")),
    provider!("Github Models", "GITHUB", "github", "github", "github",
        https("models.inference.ai.azure.com"), "*", aliases: &[], always: false, test_model: "gpt-4o-mini", openai_base: Some("https://models.inference.ai.azure.com")),
    provider!("Google Gemini", "GEMINI", "gemini", "gemini", "gemini",
        https("generativelanguage.googleapis.com"), "gemini-*", aliases: &[], always: true, test_model: "gemini-2.0-flash-lite", openai_base: Some("https://generativelanguage.googleapis.com/v1beta/openai")),
    provider!("Grok", "GROK", "grok", "grok", "grok",
        https("api.x.ai"), "grok-*", aliases: &[], always: false, test_model: "grok-3-mini", openai_base: Some("https://api.x.ai/v1")),
    provider!("Groq", "GROQ", "groq", "groq", "groq",
        https("api.groq.com"), "*", aliases: &[], always: false, test_model: "llama-3.1-8b-instant", openai_base: Some("https://api.groq.com/openai/v1")),
    provider!("Mistral AI", "MISTRAL", "mistral", "mistral", "mistral",
        https("api.mistral.ai"), "mistral-*,open-mistral-*", aliases: &[], always: true, test_model: "mistral-small-latest", openai_base: Some("https://api.mistral.ai/v1")),
    provider!("Ollama", "OLLAMA", "ollama", "ollama", "ollama",
        Upstream::HostPort { host_var: "OLLAMA_SERVER_HOST", port_var: "OLLAMA_SERVER_PORT",
            default_host: "YOUR_OLLAMA_SERVER_HOST",
            default_port: 11434 },
        "llama*,codellama*", aliases: &[], always: true, test_model: "", openai_base: None, uses_key: false,
        extras: &[
            text("ollama-server-host", "OLLAMA_SERVER_HOST", "ollamaServerHost",
                "Ollama server host"),
            Extra { kind: ExtraKind::Port, default: Some("11434"), ..text("ollama-server-port",
                "OLLAMA_SERVER_PORT", "ollamaServerPort", "Ollama server port") },
        ],
        alt_credentials: &["OLLAMA_SERVER_HOST"]),
    provider!("iFlyTek Spark", "SPARK", "spark", "spark", "spark",
        https("spark-api-open.xf-yun.com"), "*", aliases: &[], always: false, test_model: "lite", openai_base: None,
        extras: &[Extra { kind: ExtraKind::KeySecret, ..secret(text("spark-secret", "SPARK_API_SECRET",
            "", "iFlyTek Spark API secret (joined to the key as KEY:SECRET)")) }]),
    provider!("Stepfun", "STEPFUN", "stepfun", "stepfun", "stepfun",
        https("api.stepfun.com"), "step-*", aliases: &[], always: true, test_model: "step-1-8k", openai_base: Some("https://api.stepfun.com/v1")),
    provider!("Tencent Hunyuan", "HUNYUAN", "hunyuan", "hunyuan", "hunyuan",
        https("hunyuan.tencentcloudapi.com"), "hunyuan-*", aliases: &[], always: false, test_model: "hunyuan-lite", openai_base: None,
        uses_key: false,
        extras: &[
            text("hunyuan-auth-id", "HUNYUAN_AUTH_ID", "hunyuanAuthId", "Tencent Hunyuan auth ID"),
            secret(text("hunyuan-auth-key", "HUNYUAN_AUTH_KEY", "hunyuanAuthKey",
                "Tencent Hunyuan auth key")),
        ],
        alt_credentials: &["HUNYUAN_AUTH_ID", "HUNYUAN_AUTH_KEY"]),
    provider!("Together AI", "TOGETHERAI", "togetherai", "togetherai", "togetherai",
        https("api.together.xyz"), "*", aliases: &["together"], always: false, test_model: "meta-llama/Llama-3.2-3B-Instruct-Turbo", openai_base: Some("https://api.together.xyz/v1")),
];

/// A provider of the table by its ai-proxy id (`providers::by_id` also finds the
/// OpenAI-compatible servers the user added).
pub fn listed(id: &str) -> Option<&'static Provider> {
    PROVIDERS.iter().find(|p| p.id == id)
}

/// Providers that cannot be configured together (same model patterns, same upstream API).
pub const EXCLUSIVE: (&str, &str) = ("openai", "azure");

/// "OpenAI and Azure OpenAI cannot both be configured": the pair in the order of
/// [`EXCLUSIVE`], wherever the conflict is found.
pub fn exclusive_conflict() -> String {
    let name = |id| listed(id).map_or(id, |p| p.name);
    format!(
        "{} and {} cannot both be configured",
        name(EXCLUSIVE.0),
        name(EXCLUSIVE.1)
    )
}

impl Provider {
    /// Whether the provider cannot work without extra setting `e`: without it its upstream
    /// is a placeholder (Azure's service URL, Ollama's host), or it is a credential and
    /// there is no API key to use instead (`has_key`: the provider has one besides it).
    pub fn needs_extra(&self, e: &Extra, has_key: bool) -> bool {
        let placeholder = |var: &str, default: &str| var == e.var && default.starts_with("YOUR_");
        let upstream = match self.upstream {
            Upstream::Fixed(_) => false,
            Upstream::FromExtra { var, default }
            | Upstream::UrlHost { var, default }
            | Upstream::Templated { var, default, .. } => placeholder(var, default),
            Upstream::HostPort {
                host_var,
                default_host,
                ..
            } => placeholder(host_var, default_host),
            Upstream::Url { var } => var == e.var,
        };
        let credential = self.alt_credentials.contains(&e.var) && (!self.uses_key || !has_key);
        let mode_key = e.kind == ExtraKind::ModeKey && !has_key;
        upstream || credential || mode_key
    }

    /// The provider that cannot be configured together with this one.
    pub fn excludes(&self) -> Option<&'static Provider> {
        let (a, b) = EXCLUSIVE;
        match self.id {
            id if id == a => listed(b),
            id if id == b => listed(a),
            _ => None,
        }
    }

    /// `<PREFIX>_<suffix>`: the provider's variables in `default.cfg`.
    fn var(&self, suffix: &str) -> String {
        format!("{}_{suffix}", self.prefix)
    }

    pub fn key_var(&self) -> String {
        self.var("API_KEY")
    }

    pub fn models_var(&self) -> String {
        self.var("MODELS")
    }

    pub fn extra_configs_var(&self) -> String {
        self.var("EXTRA_CONFIGS")
    }

    pub fn key_flag(&self) -> String {
        format!("{}-key", self.stem)
    }

    pub fn models_flag(&self) -> String {
        format!("{}-models", self.stem)
    }

    /// The placeholder the image's template writes when no key was given.
    pub fn placeholder(&self) -> String {
        format!("YOUR_{}", self.key_var())
    }

    /// Every name `--provider` accepts for this provider.
    pub fn names(&self) -> impl Iterator<Item = &'static str> + '_ {
        [self.stem, self.id]
            .into_iter()
            .chain(self.aliases.iter().copied())
    }

    pub fn extra(&self, var: &str) -> Option<&'static Extra> {
        self.extras.iter().find(|e| e.var == var)
    }
}

/// Find a provider by flag stem, ai-proxy id or alias (case-insensitive).
pub fn find(name: &str) -> Option<&'static Provider> {
    let wanted = name.trim().to_ascii_lowercase();
    PROVIDERS.iter().find(|p| p.names().any(|n| n == wanted))
}

/// How a model pattern list routes: a prefix match or a regular expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModelMatch {
    Prefix(String),
    Regex(String),
}

impl ModelMatch {
    /// The match type as the gateway names it in route predicates.
    pub fn match_type(&self) -> &'static str {
        match self {
            ModelMatch::Prefix(_) => "PRE",
            ModelMatch::Regex(_) => "REGULAR",
        }
    }

    pub fn value(&self) -> &str {
        match self {
            ModelMatch::Prefix(v) | ModelMatch::Regex(v) => v,
        }
    }

    /// Route predicates: every alternative as a prefix.
    pub fn prefixes(&self) -> Vec<String> {
        match self {
            ModelMatch::Prefix(v) => vec![v.clone()],
            ModelMatch::Regex(v) => v
                .split('|')
                .map(|part| part.strip_suffix(".*").unwrap_or(part).to_string())
                .collect(),
        }
    }

    /// Whether a model name is routed by this match.
    pub fn covers(&self, model: &str) -> bool {
        match self {
            ModelMatch::Prefix(p) => model.starts_with(p.as_str()),
            ModelMatch::Regex(_) => self
                .prefixes()
                .iter()
                .any(|p| model.starts_with(p.as_str())),
        }
    }
}

/// Check a `--<provider>-models` value. Formats: `name-*`, `name`, comma lists of both, `*`.
pub fn validate_models(pattern: &str) -> Result<(), String> {
    let compact: String = pattern.chars().filter(|c| *c != ' ').collect();
    if compact.is_empty() {
        return Err("the model pattern is empty".into());
    }
    for item in compact.split(',') {
        if item.is_empty() {
            return Err(format!("empty entry in model pattern {compact:?}"));
        }
        let body = item.strip_suffix('*').unwrap_or(item);
        let ok = body
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._:/@+-".contains(c));
        if !ok {
            return Err(format!(
                "model pattern entry {item:?} is not a model name or a `name-*` prefix \
                 (allowed: letters, digits, . _ : / @ + - and one trailing *)"
            ));
        }
    }
    Ok(())
}

/// Turn a model pattern list into the gateway's match (as the image's template does).
pub fn model_match(pattern: &str) -> ModelMatch {
    let compact: String = pattern.chars().filter(|c| *c != ' ').collect();
    if compact.is_empty() || compact == "*" {
        return ModelMatch::Regex(".*".into());
    }
    if compact.contains(',') {
        let parts: Vec<String> = compact.split(',').map(|p| p.replace('*', ".*")).collect();
        return ModelMatch::Regex(parts.join("|"));
    }
    match compact.strip_suffix('*') {
        Some(prefix) if !prefix.contains('*') => ModelMatch::Prefix(prefix.to_string()),
        Some(_) => ModelMatch::Regex(compact.replace('*', ".*")),
        None => ModelMatch::Prefix(compact),
    }
}

/// Mask a secret for display: first 4 and last 4 characters, or first 2 when 8 or shorter.
pub fn mask(secret: &str) -> String {
    let chars: Vec<char> = secret.chars().collect();
    if chars.is_empty() {
        return "<not set>".into();
    }
    if chars.len() <= 8 {
        let head: String = chars.iter().take(2).collect();
        return format!("{head}***");
    }
    let head: String = chars[..4].iter().collect();
    let tail: String = chars[chars.len() - 4..].iter().collect();
    format!("{head}***{tail}")
}

/// Reject secrets that cannot be stored verbatim (empty, or with line breaks).
pub fn validate_secret(what: &str, value: &str) -> Result<(), String> {
    if value.is_empty() {
        return Err(format!("{what} is empty"));
    }
    if value.contains(['\n', '\r']) {
        return Err(format!(
            "{what} contains a line break; keys are stored on one line in default.cfg"
        ));
    }
    if value.contains('\0') {
        return Err(format!("{what} contains a NUL byte"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_provider_is_complete() {
        assert_eq!(PROVIDERS.len(), 31);
        for p in PROVIDERS {
            assert!(!p.name.is_empty(), "{p:?}");
            assert!(!p.prefix.is_empty() && p.prefix == p.prefix.to_ascii_uppercase());
            assert!(!p.stem.is_empty() && p.stem == p.stem.to_ascii_lowercase());
            assert!(!p.id.is_empty() && !p.kind.is_empty());
            assert!(validate_models(p.models).is_ok(), "{}: {}", p.id, p.models);
            match p.upstream {
                Upstream::Fixed(h) => assert!(h.contains('.'), "{}", p.id),
                Upstream::FromExtra { var, .. }
                | Upstream::UrlHost { var, .. }
                | Upstream::Templated { var, .. }
                | Upstream::Url { var } => assert!(p.extra(var).is_some(), "{}", p.id),
                Upstream::HostPort {
                    host_var, port_var, ..
                } => {
                    assert!(p.extra(host_var).is_some() && p.extra(port_var).is_some())
                }
            }
            for var in p.alt_credentials {
                assert!(p.extra(var).is_some(), "{}: {var}", p.id);
            }
        }
    }

    #[test]
    fn names_are_unique_and_resolve() {
        let mut seen = HashSet::new();
        for p in PROVIDERS {
            for n in p.names().collect::<HashSet<_>>() {
                assert!(seen.insert(n), "duplicate provider name {n}");
                assert_eq!(find(n).map(|f| f.id), Some(p.id));
            }
        }
        for (alias, id) in [
            ("qwen", "aliyun"),
            ("dashscope", "aliyun"),
            ("kimi", "moonshot"),
            ("zhipu", "zhipuai"),
            ("together", "togetherai"),
            ("QWEN", "aliyun"),
        ] {
            assert_eq!(find(alias).map(|p| p.id), Some(id), "{alias}");
        }
        assert!(find("nope").is_none());
    }

    #[test]
    fn spec_facts() {
        let facts = [
            ("aliyun", "qwen", "DASHSCOPE", "qwen*"),
            ("deepseek", "deepseek", "DEEPSEEK", "deepseek-*"),
            ("moonshot", "moonshot", "MOONSHOT", "moonshot-*,kimi-*"),
            ("zhipuai", "zhipuai", "ZHIPUAI", "GLM-*,glm-*"),
            (
                "minimax",
                "minimax",
                "MINIMAX",
                "abab-*,MiniMax-*,minimax-*",
            ),
            ("azure", "azure", "AZURE", "gpt-*,o1-*,o3-*"),
            ("bedrock", "bedrock", "BEDROCK", "*"),
            ("vertex", "vertex", "VERTEX", "gemini-*"),
            ("openai", "openai", "OPENAI", "gpt-*,o1-*,o3-*"),
            ("openrouter", "openrouter", "OPENROUTER", "*"),
            ("yi", "yi", "YI", "yi-*"),
            ("ai360", "ai360", "AI360", "360GPT-*"),
            ("baichuan", "baichuan", "BAICHUAN", "Baichuan*"),
            ("baidu", "baidu", "BAIDU", "ERNIE-*"),
            ("claude", "claude", "CLAUDE", "claude-*"),
            ("cloudflare", "cloudflare", "CLOUDFLARE", "*"),
            ("cohere", "cohere", "COHERE", "command*"),
            ("deepl", "deepl", "DEEPL", "*"),
            ("dify", "dify", "DIFY", "*"),
            ("doubao", "doubao", "DOUBAO", "doubao-*"),
            ("fireworks", "fireworks", "FIREWORKS", "*"),
            ("github", "github", "GITHUB", "*"),
            ("gemini", "gemini", "GEMINI", "gemini-*"),
            ("grok", "grok", "GROK", "grok-*"),
            ("groq", "groq", "GROQ", "*"),
            ("mistral", "mistral", "MISTRAL", "mistral-*,open-mistral-*"),
            ("ollama", "ollama", "OLLAMA", "llama*,codellama*"),
            ("spark", "spark", "SPARK", "*"),
            ("stepfun", "stepfun", "STEPFUN", "step-*"),
            ("hunyuan", "hunyuan", "HUNYUAN", "hunyuan-*"),
            ("togetherai", "togetherai", "TOGETHERAI", "*"),
        ];
        assert_eq!(facts.len(), PROVIDERS.len());
        for (id, kind, prefix, models) in facts {
            let p = listed(id).unwrap_or_else(|| panic!("missing {id}"));
            assert_eq!((p.kind, p.prefix, p.models), (kind, prefix, models), "{id}");
        }
        // Providers the template sets up only when configured (SPEC §5).
        let conditional: HashSet<&str> = PROVIDERS
            .iter()
            .filter(|p| !p.always)
            .map(|p| p.id)
            .collect();
        let expected: HashSet<&str> = [
            "azure",
            "bedrock",
            "vertex",
            "openrouter",
            "cloudflare",
            "deepl",
            "dify",
            "fireworks",
            "github",
            "grok",
            "groq",
            "spark",
            "hunyuan",
            "togetherai",
        ]
        .into_iter()
        .collect();
        assert_eq!(conditional, expected);
    }

    #[test]
    fn model_pattern_formats() {
        assert_eq!(model_match("qwen-*"), ModelMatch::Prefix("qwen-".into()));
        assert_eq!(model_match("qwen*"), ModelMatch::Prefix("qwen".into()));
        assert_eq!(
            model_match("gpt-4-turbo"),
            ModelMatch::Prefix("gpt-4-turbo".into())
        );
        assert_eq!(
            model_match("moonshot-*,kimi-*"),
            ModelMatch::Regex("moonshot-.*|kimi-.*".into())
        );
        assert_eq!(
            model_match("gpt-4-turbo, gpt-4o"),
            ModelMatch::Regex("gpt-4-turbo|gpt-4o".into())
        );
        assert_eq!(
            model_match("claude-3-5-sonnet-*,claude-opus-4-20250514"),
            ModelMatch::Regex("claude-3-5-sonnet-.*|claude-opus-4-20250514".into())
        );
        assert_eq!(model_match("*"), ModelMatch::Regex(".*".into()));
        assert_eq!(
            model_match("moonshot-*,kimi-*").prefixes(),
            vec!["moonshot-", "kimi-"]
        );
        assert!(model_match("moonshot-*,kimi-*").covers("kimi-k2"));
        assert!(!model_match("moonshot-*,kimi-*").covers("qwen-max"));
        assert!(model_match("*").covers("anything"));
        for ok in [
            "qwen-*",
            "gpt-4o",
            "a-*,b",
            "*",
            "@cf/meta/*",
            "deepseek-chat, deepseek-*",
        ] {
            assert!(validate_models(ok).is_ok(), "{ok}");
        }
        for bad in [
            "",
            "a,,b",
            "gpt-.*|o1-.*",
            "q\"wen",
            "a*b*",
            "x\ny",
            "$(id)",
        ] {
            assert!(validate_models(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn masking() {
        assert_eq!(mask("sk-abcdef123456ef12"), "sk-a***ef12");
        assert_eq!(mask("12345678"), "12***");
        assert_eq!(mask("123456789"), "1234***6789");
        assert_eq!(mask("ab"), "ab***");
        assert_eq!(mask(""), "<not set>");
        assert_eq!(mask("密钥密钥密钥密钥密钥"), "密钥密钥***密钥密钥");
    }

    #[test]
    fn secrets_are_checked() {
        assert!(validate_secret("key", "sk-'\"$(rm -rf /)\\ü").is_ok());
        assert!(validate_secret("key", "").is_err());
        assert!(validate_secret("key", "a\nb").is_err());
        assert!(validate_secret("key", "a\rb").is_err());
    }
}
