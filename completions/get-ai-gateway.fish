# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_get_ai_gateway_global_optspecs
    string join \n container-name= non-interactive data-folder= context= h/help V/version
end

function __fish_get_ai_gateway_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_get_ai_gateway_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_get_ai_gateway_using_subcommand
    set -l cmd (__fish_get_ai_gateway_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c get-ai-gateway -n "__fish_get_ai_gateway_needs_command" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_needs_command" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_needs_command" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_needs_command" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_needs_command" -s V -l version -d 'Print version'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_needs_command" -f -a "start" -d 'Create and start the gateway, start a stopped one, or show the running one (default)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_needs_command" -f -a "stop" -d 'Stop the gateway container'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_needs_command" -f -a "delete" -d 'Remove the stopped gateway container (the data folder is kept)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_needs_command" -f -a "status" -d 'Show the gateway\'s state, ports, providers and auto-routing'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_needs_command" -f -a "check" -d 'Read every file the gateway reads, as the gateway reads it, and list each problem with its fix (exit 1 when there is one)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_needs_command" -f -a "doctor" -d 'Check the engine, ports, data folder, container, gateway and host limits; one line per check, each failure with its fix (exit 1 when one fails)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_needs_command" -f -a "logs" -d 'Show the gateway\'s logs'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_needs_command" -f -a "route" -d 'Manage auto-routing rules (model "higress/auto")'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_needs_command" -f -a "config" -d 'Manage provider API keys'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_needs_command" -f -a "backup" -d 'Save the data folder (keys, rules, settings) to a .tar.gz while the gateway runs'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_needs_command" -f -a "restore" -d 'Replace the data folder by a backup (checked first) and start the gateway again'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_needs_command" -f -a "upgrade" -d 'Move the gateway to another image: pull, back up, recreate, verify, roll back on failure'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_needs_command" -f -a "export" -d 'Export the configuration for Kubernetes: Helm values and manifests for the Higress chart (from the running container, or from --data-folder alone)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_needs_command" -f -a "apply" -d 'Make the gateway what a Gateway file says, creating it when there is none (gateway as code; see docs/gateway-as-code.md)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_needs_command" -f -a "diff" -d 'Show what `apply` would change, and change nothing'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_needs_command" -f -a "schema" -d 'Print the JSON Schema (draft 2020-12) of the Gateway file'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_needs_command" -f -a "usage" -d 'Token usage and cost from the gateway\'s access log'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_needs_command" -f -a "sessions" -d 'Agent sessions in the gateway\'s access log'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_needs_command" -f -a "plugin" -d 'Install the Higress provider plugin for OpenClaw or Clawdbot'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_needs_command" -f -a "redis" -d 'Redis beside the gateway (for token limits and quotas)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_needs_command" -f -a "keys" -d 'Gateway API keys: who may call the gateway (key-auth)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_needs_command" -f -a "mcp" -d 'MCP servers through the gateway: proxy existing ones, serve REST APIs as tools, under the gateway\'s keys'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_needs_command" -f -a "console" -d 'The console\'s admin account (set by `start`; `console password --reset` when forgotten)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_needs_command" -f -a "skills" -d 'Install the agent skills (deploy, auto-routing) for OpenClaw, Clawdbot or Claude Code'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_needs_command" -f -a "metrics" -d 'Live requests/s, errors, latency and tokens per provider, route, model or consumer (the gateway\'s Prometheus metrics, two samples apart)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_needs_command" -f -a "dashboard" -d 'Print, or open in a browser, the Grafana of the -o11y image (through the console)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_needs_command" -f -a "tracing" -d 'Traces to an OpenTelemetry, Zipkin or SkyWalking collector (higress-config `tracing:`)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l http-port -d 'Gateway HTTP port [default: 8080]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l https-port -d 'Gateway HTTPS port [default: 8443]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l console-port -d 'Console port [default: 8001]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l bind -d 'Publish the ports on this address of the host [default: 127.0.0.1; kept in default.cfg]. Another address makes the gateway and console reachable from the network' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l image-repo -d 'Image repository [default: <registry>/higress/all-in-one]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l image-tag -d 'Image tag [default: latest]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l metrics-port -d 'Publish the gateway\'s metrics (container port 15020, /stats/prometheus) on this port, on 127.0.0.1 unless an address is given' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l plugin-registry -d 'Registry for the image and plugins [default: chosen from the timezone]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l auto-routing-default-model -d 'Model used when no auto-routing rule matches [default: qwen-turbo]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l wait-timeout -d 'Seconds to wait for the gateway to become ready' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l console-password -d '`-`: read the console\'s admin password from stdin [default: generated]. Used when the console has no admin yet; shown once' -r -f -a "-\t''"
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l redis-image -d 'The Redis image [default: <registry>/higress/redis-stack-server:7.4.0-v3]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l redis-url -d 'Use an existing Redis instead: redis://[user:password@]host[:port][/db]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l dashscope-key -d 'Aliyun Dashscope (Qwen) API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l dashscope-models -d 'Models routed to Aliyun Dashscope (Qwen) [default: qwen*]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l deepseek-key -d 'DeepSeek API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l deepseek-models -d 'Models routed to DeepSeek [default: deepseek-*]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l moonshot-key -d 'Moonshot (Kimi) API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l moonshot-models -d 'Models routed to Moonshot (Kimi) [default: moonshot-*,kimi-*]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l zhipuai-key -d 'Zhipu AI API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l zhipuai-models -d 'Models routed to Zhipu AI [default: GLM-*,glm-*]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l zhipuai-domain -d 'Zhipu AI domain (open.bigmodel.cn in China, api.z.ai international)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l minimax-key -d 'Minimax API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l minimax-models -d 'Models routed to Minimax [default: abab-*,MiniMax-*,minimax-*]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l minimax-group-id -d 'Minimax group ID (only for ChatCompletion Pro)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l azure-key -d 'Azure OpenAI API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l azure-models -d 'Models routed to Azure OpenAI [default: gpt-*,o1-*,o3-*]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l azure-service-url -d 'Azure OpenAI service URL (https://RESOURCE.openai.azure.com/openai/deployments/DEPLOYMENT/chat/completions?api-version=…)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l bedrock-key -d 'AWS Bedrock API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l bedrock-models -d 'Models routed to AWS Bedrock [default: *]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l bedrock-region -d 'AWS region, e.g. us-east-1' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l bedrock-access-key -d 'AWS access key (Signature V4 authentication)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l bedrock-secret-key -d 'AWS secret key (Signature V4 authentication)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l vertex-key -d 'Google Vertex AI API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l vertex-models -d 'Models routed to Google Vertex AI [default: gemini-*]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l vertex-project-id -d 'Google Cloud project ID' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l vertex-region -d 'Google Cloud region, e.g. us-central1' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l vertex-auth-key-file -d 'Path to the service-account JSON key file (standard mode)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l vertex-auth-service-name -d 'Vertex AI auth service name (standard mode)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l openai-key -d 'OpenAI API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l openai-models -d 'Models routed to OpenAI [default: gpt-*,o1-*,o3-*]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l openrouter-key -d 'OpenRouter API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l openrouter-models -d 'Models routed to OpenRouter [default: *]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l yi-key -d '01.AI (Yi) API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l yi-models -d 'Models routed to 01.AI (Yi) [default: yi-*]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l ai360-key -d '360 Zhinao API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l ai360-models -d 'Models routed to 360 Zhinao [default: 360GPT-*]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l baichuan-key -d 'Baichuan AI API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l baichuan-models -d 'Models routed to Baichuan AI [default: Baichuan*]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l baidu-key -d 'Baidu AI Cloud API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l baidu-models -d 'Models routed to Baidu AI Cloud [default: ERNIE-*]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l claude-key -d 'Claude API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l claude-models -d 'Models routed to Claude [default: claude-*]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l claude-version -d 'Claude API version' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l claude-code-key -d 'Claude Code OAuth token (from `claude setup-token`); enables Claude Code mode' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l cloudflare-key -d 'Cloudflare Workers AI API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l cloudflare-models -d 'Models routed to Cloudflare Workers AI [default: *]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l cloudflare-account-id -d 'Cloudflare account ID' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l cohere-key -d 'Cohere API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l cohere-models -d 'Models routed to Cohere [default: command*]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l deepl-key -d 'DeepL API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l deepl-models -d 'Models routed to DeepL [default: *]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l deepl-target-lang -d 'DeepL target language, e.g. EN, ZH, JA' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l dify-key -d 'Dify API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l dify-models -d 'Models routed to Dify [default: *]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l dify-api-url -d 'Dify API URL (leave empty for the cloud service)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l dify-bot-type -d 'Dify application type: Chat, Completion, Agent or Workflow' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l dify-input-variable -d 'Dify workflow input variable name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l dify-output-variable -d 'Dify workflow output variable name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l doubao-key -d 'Doubao API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l doubao-models -d 'Models routed to Doubao [default: doubao-*]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l fireworks-key -d 'Fireworks AI API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l fireworks-models -d 'Models routed to Fireworks AI [default: *]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l github-key -d 'Github Models API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l github-models -d 'Models routed to Github Models [default: *]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l gemini-key -d 'Google Gemini API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l gemini-models -d 'Models routed to Google Gemini [default: gemini-*]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l grok-key -d 'Grok API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l grok-models -d 'Models routed to Grok [default: grok-*]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l groq-key -d 'Groq API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l groq-models -d 'Models routed to Groq [default: *]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l mistral-key -d 'Mistral AI API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l mistral-models -d 'Models routed to Mistral AI [default: mistral-*,open-mistral-*]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l ollama-models -d 'Models routed to Ollama [default: llama*,codellama*]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l ollama-server-host -d 'Ollama server host' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l ollama-server-port -d 'Ollama server port' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l spark-key -d 'iFlyTek Spark API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l spark-models -d 'Models routed to iFlyTek Spark [default: *]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l spark-secret -d 'iFlyTek Spark API secret (joined to the key as KEY:SECRET)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l stepfun-key -d 'Stepfun API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l stepfun-models -d 'Models routed to Stepfun [default: step-*]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l hunyuan-models -d 'Models routed to Tencent Hunyuan [default: hunyuan-*]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l hunyuan-auth-id -d 'Tencent Hunyuan auth ID' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l hunyuan-auth-key -d 'Tencent Hunyuan auth key' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l togetherai-key -d 'Together AI API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l togetherai-models -d 'Models routed to Together AI [default: *]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l o11y -d 'The observability image: the tag with `-o11y` appended (Prometheus, Grafana, Loki; Grafana at the console\'s /grafana/)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l auto-routing -d 'Enable auto-routing (model "higress/auto")'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l keys-from-env -d 'Take <PREFIX>_API_KEY of every provider from the environment (e.g. DEEPSEEK_API_KEY)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l dry-run -d 'Print what start would do (image, registry and why, ports, providers with masked keys, auto-routing) and change nothing'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l require-key -d 'Require a gateway API key on every request (creates one named `default` when there is none, and shows it once). The default when --bind publishes beyond loopback'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l no-auth -d 'With --bind beyond loopback: do not require gateway API keys (anyone who reaches the port spends your provider keys)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l json -d 'With --dry-run: print the plan as JSON'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l redis -d 'Run Redis beside the gateway (container <name>-redis, data in <data folder>/redis, no published port, a generated password), for token limits and quotas'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l zhipuai-code-plan-mode -d 'Enable Zhipu AI Code Plan mode'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand start" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand stop" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand stop" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand stop" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand stop" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand stop" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand delete" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand delete" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand delete" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand delete" -s f -l force -d 'Stop and remove a running container'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand delete" -l redis-data -d 'Also delete the Redis data (<data folder>/redis); kept by default'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand delete" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand delete" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand status" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand status" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand status" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand status" -l json -d 'Print JSON (stable keys, nothing else on stdout)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand status" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand status" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand check" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand check" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand check" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand check" -l json -d 'Print JSON (stable keys, nothing else on stdout)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand check" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand check" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand doctor" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand doctor" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand doctor" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand doctor" -l json -d 'Print JSON (stable keys, nothing else on stdout)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand doctor" -l providers -d 'Also send each configured provider the smallest request through the gateway (`config test`)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand doctor" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand doctor" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand logs" -s n -l tail -d 'Number of lines from the end' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand logs" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand logs" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand logs" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand logs" -s f -l follow -d 'Keep printing new lines'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand logs" -l access -d 'The gateway\'s access log (/var/log/proxy/access.log) instead of the container output'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand logs" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand logs" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and not __fish_seen_subcommand_from add list remove test enable disable help" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and not __fish_seen_subcommand_from add list remove test enable disable help" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and not __fish_seen_subcommand_from add list remove test enable disable help" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and not __fish_seen_subcommand_from add list remove test enable disable help" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and not __fish_seen_subcommand_from add list remove test enable disable help" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and not __fish_seen_subcommand_from add list remove test enable disable help" -f -a "add" -d 'Add a routing rule'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and not __fish_seen_subcommand_from add list remove test enable disable help" -f -a "list" -d 'List the routing rules'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and not __fish_seen_subcommand_from add list remove test enable disable help" -f -a "remove" -d 'Remove a routing rule by id (see `route list`)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and not __fish_seen_subcommand_from add list remove test enable disable help" -f -a "test" -d 'Show which rule and model the gateway would pick for a message'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and not __fish_seen_subcommand_from add list remove test enable disable help" -f -a "enable" -d 'Turn auto-routing on'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and not __fish_seen_subcommand_from add list remove test enable disable help" -f -a "disable" -d 'Turn auto-routing off (rules are kept)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and not __fish_seen_subcommand_from add list remove test enable disable help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from add" -l model -d 'Target model' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from add" -l trigger -d 'Trigger phrases separated by | (the message must start with one of them)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from add" -l pattern -d 'A regular expression (RE2 syntax) tested against the last user message' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from add" -l position -d 'Insert at this rule id instead of appending' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from add" -l default-model -d 'Default model when auto-routing has to be created' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from add" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from add" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from add" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from add" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from list" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from list" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from list" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from list" -l json -d 'Print JSON (stable keys, nothing else on stdout)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from list" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from remove" -l rule-id -d 'Rule id' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from remove" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from remove" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from remove" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from remove" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from test" -l request -d 'A whole OpenAI chat request (JSON) in FILE, or `-` for standard input: the model, auto-routing and the last user message are taken from it as the gateway does' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from test" -l path -d 'The request\'s path (with --request; default /v1/chat/completions): the gateway reads bodies only on paths ending in one of the router\'s enableOnPathSuffix; a query string is ignored' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from test" -l content-type -d 'The request\'s Content-Type (with --request; default application/json): only one containing `application/json` is auto-routed' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from test" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from test" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from test" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from test" -l json -d 'Print JSON'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from test" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from test" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from enable" -l default-model -d 'Model used when no rule matches' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from enable" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from enable" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from enable" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from enable" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from disable" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from disable" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from disable" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from disable" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a routing rule'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the routing rules'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a routing rule by id (see `route list`)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from help" -f -a "test" -d 'Show which rule and model the gateway would pick for a message'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Turn auto-routing on'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Turn auto-routing off (rules are kept)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand route; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and not __fish_seen_subcommand_from add list remove set fallback test help" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and not __fish_seen_subcommand_from add list remove set fallback test help" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and not __fish_seen_subcommand_from add list remove set fallback test help" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and not __fish_seen_subcommand_from add list remove set fallback test help" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and not __fish_seen_subcommand_from add list remove set fallback test help" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and not __fish_seen_subcommand_from add list remove set fallback test help" -f -a "add" -d 'Add or update a provider\'s API key (hot-reloaded)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and not __fish_seen_subcommand_from add list remove set fallback test help" -f -a "list" -d 'List the providers the running gateway uses, keys masked'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and not __fish_seen_subcommand_from add list remove set fallback test help" -f -a "remove" -d 'Remove a provider\'s API key (and the fallbacks to it)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and not __fish_seen_subcommand_from add list remove set fallback test help" -f -a "set" -d 'Set what happens when a provider fails: key retries, key failover, upstream retries'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and not __fish_seen_subcommand_from add list remove set fallback test help" -f -a "fallback" -d 'Send a provider\'s failed requests to other providers, or list the fallbacks'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and not __fish_seen_subcommand_from add list remove set fallback test help" -f -a "test" -d 'Send each provider the smallest request, through the gateway (or --direct); exit 1 when one fails'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and not __fish_seen_subcommand_from add list remove set fallback test help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l provider -d 'Provider name (dashscope, deepseek, moonshot, …)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l key -d 'API key; several keys separated by commas [default: $<PREFIX>_API_KEY]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l models -d 'Model patterns this provider serves' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l name -d 'With --provider openai-compatible: this server\'s name (several can coexist)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l base-url -d 'With --provider openai-compatible: the server\'s OpenAI base URL (e.g. http://192.168.1.20:8000/v1)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l dashscope-key -d 'Aliyun Dashscope (Qwen) API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l dashscope-models -d 'Models routed to Aliyun Dashscope (Qwen) [default: qwen*]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l deepseek-key -d 'DeepSeek API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l deepseek-models -d 'Models routed to DeepSeek [default: deepseek-*]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l moonshot-key -d 'Moonshot (Kimi) API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l moonshot-models -d 'Models routed to Moonshot (Kimi) [default: moonshot-*,kimi-*]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l zhipuai-key -d 'Zhipu AI API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l zhipuai-models -d 'Models routed to Zhipu AI [default: GLM-*,glm-*]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l zhipuai-domain -d 'Zhipu AI domain (open.bigmodel.cn in China, api.z.ai international)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l minimax-key -d 'Minimax API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l minimax-models -d 'Models routed to Minimax [default: abab-*,MiniMax-*,minimax-*]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l minimax-group-id -d 'Minimax group ID (only for ChatCompletion Pro)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l azure-key -d 'Azure OpenAI API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l azure-models -d 'Models routed to Azure OpenAI [default: gpt-*,o1-*,o3-*]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l azure-service-url -d 'Azure OpenAI service URL (https://RESOURCE.openai.azure.com/openai/deployments/DEPLOYMENT/chat/completions?api-version=…)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l bedrock-key -d 'AWS Bedrock API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l bedrock-models -d 'Models routed to AWS Bedrock [default: *]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l bedrock-region -d 'AWS region, e.g. us-east-1' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l bedrock-access-key -d 'AWS access key (Signature V4 authentication)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l bedrock-secret-key -d 'AWS secret key (Signature V4 authentication)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l vertex-key -d 'Google Vertex AI API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l vertex-models -d 'Models routed to Google Vertex AI [default: gemini-*]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l vertex-project-id -d 'Google Cloud project ID' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l vertex-region -d 'Google Cloud region, e.g. us-central1' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l vertex-auth-key-file -d 'Path to the service-account JSON key file (standard mode)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l vertex-auth-service-name -d 'Vertex AI auth service name (standard mode)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l openai-key -d 'OpenAI API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l openai-models -d 'Models routed to OpenAI [default: gpt-*,o1-*,o3-*]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l openrouter-key -d 'OpenRouter API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l openrouter-models -d 'Models routed to OpenRouter [default: *]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l yi-key -d '01.AI (Yi) API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l yi-models -d 'Models routed to 01.AI (Yi) [default: yi-*]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l ai360-key -d '360 Zhinao API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l ai360-models -d 'Models routed to 360 Zhinao [default: 360GPT-*]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l baichuan-key -d 'Baichuan AI API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l baichuan-models -d 'Models routed to Baichuan AI [default: Baichuan*]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l baidu-key -d 'Baidu AI Cloud API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l baidu-models -d 'Models routed to Baidu AI Cloud [default: ERNIE-*]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l claude-key -d 'Claude API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l claude-models -d 'Models routed to Claude [default: claude-*]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l claude-version -d 'Claude API version' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l claude-code-key -d 'Claude Code OAuth token (from `claude setup-token`); enables Claude Code mode' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l cloudflare-key -d 'Cloudflare Workers AI API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l cloudflare-models -d 'Models routed to Cloudflare Workers AI [default: *]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l cloudflare-account-id -d 'Cloudflare account ID' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l cohere-key -d 'Cohere API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l cohere-models -d 'Models routed to Cohere [default: command*]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l deepl-key -d 'DeepL API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l deepl-models -d 'Models routed to DeepL [default: *]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l deepl-target-lang -d 'DeepL target language, e.g. EN, ZH, JA' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l dify-key -d 'Dify API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l dify-models -d 'Models routed to Dify [default: *]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l dify-api-url -d 'Dify API URL (leave empty for the cloud service)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l dify-bot-type -d 'Dify application type: Chat, Completion, Agent or Workflow' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l dify-input-variable -d 'Dify workflow input variable name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l dify-output-variable -d 'Dify workflow output variable name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l doubao-key -d 'Doubao API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l doubao-models -d 'Models routed to Doubao [default: doubao-*]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l fireworks-key -d 'Fireworks AI API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l fireworks-models -d 'Models routed to Fireworks AI [default: *]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l github-key -d 'Github Models API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l github-models -d 'Models routed to Github Models [default: *]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l gemini-key -d 'Google Gemini API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l gemini-models -d 'Models routed to Google Gemini [default: gemini-*]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l grok-key -d 'Grok API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l grok-models -d 'Models routed to Grok [default: grok-*]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l groq-key -d 'Groq API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l groq-models -d 'Models routed to Groq [default: *]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l mistral-key -d 'Mistral AI API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l mistral-models -d 'Models routed to Mistral AI [default: mistral-*,open-mistral-*]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l ollama-models -d 'Models routed to Ollama [default: llama*,codellama*]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l ollama-server-host -d 'Ollama server host' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l ollama-server-port -d 'Ollama server port' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l spark-key -d 'iFlyTek Spark API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l spark-models -d 'Models routed to iFlyTek Spark [default: *]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l spark-secret -d 'iFlyTek Spark API secret (joined to the key as KEY:SECRET)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l stepfun-key -d 'Stepfun API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l stepfun-models -d 'Models routed to Stepfun [default: step-*]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l hunyuan-models -d 'Models routed to Tencent Hunyuan [default: hunyuan-*]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l hunyuan-auth-id -d 'Tencent Hunyuan auth ID' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l hunyuan-auth-key -d 'Tencent Hunyuan auth key' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l togetherai-key -d 'Together AI API key ("-" reads it from stdin)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l togetherai-models -d 'Models routed to Together AI [default: *]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l retries -d 'Retry a failed non-streaming request up to N times with another key of the provider (ai-proxy retryOnFailure)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l retry-timeout -d 'Time for the retries (e.g. 30s, 500ms) [default: ai-proxy\'s 60s]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l health-model -d 'With --failover: the model the health check asks for' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l failure-threshold -d 'With --failover: failed requests in a row that take a key out [default: 3]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l health-interval -d 'With --failover: time between health checks (e.g. 5s) [default: 5s]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l upstream-retries -d 'Let the gateway try the upstream N times on connection errors and timeouts (higress.io/proxy-next-upstream: error,timeout,non_idempotent)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l upstream-timeout -d 'With --upstream-retries: time for all tries (e.g. 120s; 0: no limit) [default: 0]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l key-stdin -d 'Read the API key from standard input'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l zhipuai-code-plan-mode -d 'Enable Zhipu AI Code Plan mode'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l no-retries -d 'Turn --retries off'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l failover -d 'Take a failing key out of rotation until a health check passes (ai-proxy failover)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l no-failover -d 'Turn --failover off'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l no-upstream-retries -d 'Turn --upstream-retries off'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from list" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from list" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from list" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from list" -l json -d 'Print JSON (stable keys, nothing else on stdout)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from list" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from remove" -l provider -d 'Provider name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from remove" -l name -d 'With --provider openai-compatible: the server\'s name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from remove" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from remove" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from remove" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from remove" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from set" -l retries -d 'Retry a failed non-streaming request up to N times with another key of the provider (ai-proxy retryOnFailure)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from set" -l retry-timeout -d 'Time for the retries (e.g. 30s, 500ms) [default: ai-proxy\'s 60s]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from set" -l health-model -d 'With --failover: the model the health check asks for' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from set" -l failure-threshold -d 'With --failover: failed requests in a row that take a key out [default: 3]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from set" -l health-interval -d 'With --failover: time between health checks (e.g. 5s) [default: 5s]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from set" -l upstream-retries -d 'Let the gateway try the upstream N times on connection errors and timeouts (higress.io/proxy-next-upstream: error,timeout,non_idempotent)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from set" -l upstream-timeout -d 'With --upstream-retries: time for all tries (e.g. 120s; 0: no limit) [default: 0]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from set" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from set" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from set" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from set" -l no-retries -d 'Turn --retries off'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from set" -l failover -d 'Take a failing key out of rotation until a health check passes (ai-proxy failover)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from set" -l no-failover -d 'Turn --failover off'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from set" -l no-upstream-retries -d 'Turn --upstream-retries off'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from set" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from fallback" -l to -d 'Where they go: one provider, or several separated by commas' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from fallback" -l on -d 'Which failed responses: 5xx, 4xx or 4xx,5xx [default: 4xx,5xx]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from fallback" -l strategy -d 'seq: the first fallback only; rand: all of them, spread evenly [default: rand]' -r -f -a "seq\t''
rand\t''"
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from fallback" -l model-map -d 'The model a fallback gets instead of the one asked for (FROM may end in * or be *); PROVIDER:FROM=TO for one fallback only. Repeatable' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from fallback" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from fallback" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from fallback" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from fallback" -l off -d 'Remove the provider\'s fallback'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from fallback" -l list -d 'List every fallback'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from fallback" -l json -d 'With --list: print JSON'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from fallback" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from fallback" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from test" -l model -d 'The model to ask for [default: the provider\'s test model]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from test" -l gateway-url -d 'The gateway\'s URL, when it is reached through something else than its published port (e.g. http://gw.lan:8080) [default: the published HTTP port]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from test" -l timeout -d 'Time each request may take (e.g. 10s)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from test" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from test" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from test" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from test" -l direct -d 'Ask the provider\'s own API from this machine, not the gateway (OpenAI-compatible APIs only)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from test" -l json -d 'Print JSON'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from test" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from test" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add or update a provider\'s API key (hot-reloaded)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the providers the running gateway uses, keys masked'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a provider\'s API key (and the fallbacks to it)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set what happens when a provider fails: key retries, key failover, upstream retries'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "fallback" -d 'Send a provider\'s failed requests to other providers, or list the fallbacks'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "test" -d 'Send each provider the smallest request, through the gateway (or --direct); exit 1 when one fails'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand backup" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand backup" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand backup" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand backup" -l json -d 'Print JSON (stable keys, nothing else on stdout)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand backup" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand backup" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand restore" -l wait-timeout -d 'Seconds to wait for the gateway to become ready again' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand restore" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand restore" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand restore" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand restore" -l json -d 'Print JSON (stable keys, nothing else on stdout)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand restore" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand restore" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand upgrade" -l image-tag -d 'Image tag to move to [default: the current one, pulled again]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand upgrade" -l image-repo -d 'Image repository to move to [default: the current one]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand upgrade" -l metrics-port -d 'Publish the gateway\'s metrics (container port 15020) on this port as well, on 127.0.0.1 unless an address is given (ports are fixed when a container is created)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand upgrade" -l wait-timeout -d 'Seconds to wait for the new gateway to become ready' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand upgrade" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand upgrade" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand upgrade" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand upgrade" -l o11y -d 'Move to the observability image (the tag with `-o11y` appended)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand upgrade" -l no-o11y -d 'Move from the observability image to the plain one (`-o11y` removed from the tag)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand upgrade" -l check -d 'Only say whether the registry has a newer image; change nothing'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand upgrade" -l rollback -d 'Go back to the image and the data of before the last upgrade'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand upgrade" -l json -d 'Print JSON (stable keys, nothing else on stdout)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand upgrade" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand upgrade" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand export" -l format -d 'What to write' -r -f -a "helm\t'values.yaml, manifests.yaml and README.md, for `helm install` + `kubectl apply`'
k8s\t'manifests.yaml alone, for a cluster that runs the chart already'
gateway\t'One Gateway file (gateway.yaml) for `apply`, secrets as ${VAR} references'"
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand export" -l out -d 'Folder to write into (`-` with --format k8s: standard output) [default: higress-export]; with --format gateway, the file (`-`: standard output) [default: gateway.yaml]' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand export" -l namespace -d 'Namespace of the objects and of the chart' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand export" -l registry -d 'Registry of the images and plugins [default: PLUGIN_REGISTRY of default.cfg, else higress-registry.cn-hangzhou.cr.aliyuncs.com]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand export" -l secrets -d 'API keys: inline or redact (the ai-proxy plugin cannot read keys from a Kubernetes Secret, so there is no `secret`)' -r -f -a "inline\t'Keys in the ai-proxy WasmPlugin, as the all-in-one keeps them (files mode 0600)'
redact\t'Placeholders (YOUR_<PREFIX>_API_KEY) instead of the keys'"
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand export" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand export" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand export" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand export" -l plugin-server -d 'Load the plugins from the chart\'s plugin server (global.enablePluginServer) instead of oci://<registry>/plugins/'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand export" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand apply" -s f -l file -d 'The Gateway file (`-`: standard input)' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand apply" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand apply" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand apply" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand apply" -l prune -d 'Remove what the gateway has and the file lacks (built-in providers are reset to their placeholder key)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand apply" -l dry-run -d 'Print the plan and change nothing'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand apply" -l json -d 'Print JSON (stable keys, nothing else on stdout)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand apply" -s y -l yes -d 'Do not ask before applying (asked only on a terminal)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand apply" -l recreate -d 'Carry out `start:` differences (image, ports, bind, data folder, metrics port) in one recreate through `upgrade` (checks, backup, recreate, verify, roll back on failure)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand apply" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand apply" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand diff" -s f -l file -d 'The Gateway file (`-`: standard input)' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand diff" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand diff" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand diff" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand diff" -l exit-code -d 'Exit 1 when there are differences'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand diff" -l prune -d 'With --prune\'s eyes: list what `apply --prune` would remove'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand diff" -l json -d 'Print JSON (stable keys, nothing else on stdout)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand diff" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand diff" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand schema" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand schema" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand schema" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand schema" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand schema" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand usage; and not __fish_seen_subcommand_from export help" -l by -d 'Group by' -r -f -a "day\t''
month\t''
session\t''
model\t''
consumer\t''"
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand usage; and not __fish_seen_subcommand_from export help" -l since -d 'From this date (YYYY-MM-DD in the time zone) or time (RFC 3339) [default: 6 days before today for --by day, else the beginning]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand usage; and not __fish_seen_subcommand_from export help" -l until -d 'Up to this date (inclusive) or time (exclusive)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand usage; and not __fish_seen_subcommand_from export help" -l log -d 'Read this access-log file (and its rotated copies FILE.1 … FILE.5) instead of the gateway\'s; no container needed' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand usage; and not __fish_seen_subcommand_from export help" -l pricing -d 'Prices in USD per 1M tokens that override the built-in table (JSON: {"model": {"input": 2.5, "output": 10, "cached": 1.25, "reasoning": 10}})' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand usage; and not __fish_seen_subcommand_from export help" -l timezone -d 'Time zone of dates (IANA name, e.g. Asia/Shanghai) [default: this machine\'s]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand usage; and not __fish_seen_subcommand_from export help" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand usage; and not __fish_seen_subcommand_from export help" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand usage; and not __fish_seen_subcommand_from export help" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand usage; and not __fish_seen_subcommand_from export help" -l breakdown -d 'Also show each group per model'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand usage; and not __fish_seen_subcommand_from export help" -l no-cache -d 'Read the whole log again instead of only what is new since the last run'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand usage; and not __fish_seen_subcommand_from export help" -l json -d 'Print JSON (stable keys, nothing else on stdout)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand usage; and not __fish_seen_subcommand_from export help" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand usage; and not __fish_seen_subcommand_from export help" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand usage; and not __fish_seen_subcommand_from export help" -f -a "export" -d 'Write the report to a file as JSON or CSV'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand usage; and not __fish_seen_subcommand_from export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand usage; and __fish_seen_subcommand_from export" -l format -d 'File format' -r -f -a "json\t''
csv\t''"
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand usage; and __fish_seen_subcommand_from export" -l by -d 'Group by' -r -f -a "day\t''
month\t''
session\t''
model\t''
consumer\t''"
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand usage; and __fish_seen_subcommand_from export" -l since -d 'From this date (YYYY-MM-DD in the time zone) or time (RFC 3339) [default: 6 days before today for --by day, else the beginning]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand usage; and __fish_seen_subcommand_from export" -l until -d 'Up to this date (inclusive) or time (exclusive)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand usage; and __fish_seen_subcommand_from export" -l log -d 'Read this access-log file (and its rotated copies FILE.1 … FILE.5) instead of the gateway\'s; no container needed' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand usage; and __fish_seen_subcommand_from export" -l pricing -d 'Prices in USD per 1M tokens that override the built-in table (JSON: {"model": {"input": 2.5, "output": 10, "cached": 1.25, "reasoning": 10}})' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand usage; and __fish_seen_subcommand_from export" -l timezone -d 'Time zone of dates (IANA name, e.g. Asia/Shanghai) [default: this machine\'s]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand usage; and __fish_seen_subcommand_from export" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand usage; and __fish_seen_subcommand_from export" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand usage; and __fish_seen_subcommand_from export" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand usage; and __fish_seen_subcommand_from export" -l breakdown -d 'Also show each group per model'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand usage; and __fish_seen_subcommand_from export" -l no-cache -d 'Read the whole log again instead of only what is new since the last run'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand usage; and __fish_seen_subcommand_from export" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand usage; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand usage; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write the report to a file as JSON or CSV'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand usage; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and not __fish_seen_subcommand_from list show follow serve help" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and not __fish_seen_subcommand_from list show follow serve help" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and not __fish_seen_subcommand_from list show follow serve help" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and not __fish_seen_subcommand_from list show follow serve help" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and not __fish_seen_subcommand_from list show follow serve help" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and not __fish_seen_subcommand_from list show follow serve help" -f -a "list" -d 'List sessions with their rounds, tokens and cost'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and not __fish_seen_subcommand_from list show follow serve help" -f -a "show" -d 'Show every round of a session: time, model, tokens, question, answer, reasoning, tool calls, cost'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and not __fish_seen_subcommand_from list show follow serve help" -f -a "follow" -d 'Print rounds as they happen'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and not __fish_seen_subcommand_from list show follow serve help" -f -a "serve" -d 'Serve a dashboard (overview, sessions, models, a page per session) and its JSON API'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and not __fish_seen_subcommand_from list show follow serve help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from list" -l sort -d 'Order (largest or newest first)' -r -f -a "cost\t''
tokens\t''
updated\t''"
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from list" -l limit -d 'At most this many sessions' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from list" -l model -d 'Only rounds of this model' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from list" -l since -d 'Only rounds from this date (YYYY-MM-DD) or time (RFC 3339)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from list" -l log -d 'Read this access-log file (and its rotated copies FILE.1 … FILE.5) instead of the gateway\'s; no container needed' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from list" -l pricing -d 'Prices in USD per 1M tokens that override the built-in table (JSON: {"model": {"input": 2.5, "output": 10, "cached": 1.25, "reasoning": 10}})' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from list" -l timezone -d 'Time zone of dates (IANA name, e.g. Asia/Shanghai) [default: this machine\'s]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from list" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from list" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from list" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from list" -l json -d 'Print JSON'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from list" -l no-cache -d 'Read the whole log again instead of only what is new since the last run'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from list" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from show" -l log -d 'Read this access-log file (and its rotated copies FILE.1 … FILE.5) instead of the gateway\'s; no container needed' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from show" -l pricing -d 'Prices in USD per 1M tokens that override the built-in table (JSON: {"model": {"input": 2.5, "output": 10, "cached": 1.25, "reasoning": 10}})' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from show" -l timezone -d 'Time zone of dates (IANA name, e.g. Asia/Shanghai) [default: this machine\'s]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from show" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from show" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from show" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from show" -l json -d 'Print JSON'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from show" -l no-cache -d 'Read the whole log again instead of only what is new since the last run'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from show" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from follow" -l session -d 'Only this session' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from follow" -l log -d 'Read this access-log file (and its rotated copies FILE.1 … FILE.5) instead of the gateway\'s; no container needed' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from follow" -l pricing -d 'Prices in USD per 1M tokens that override the built-in table (JSON: {"model": {"input": 2.5, "output": 10, "cached": 1.25, "reasoning": 10}})' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from follow" -l timezone -d 'Time zone of dates (IANA name, e.g. Asia/Shanghai) [default: this machine\'s]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from follow" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from follow" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from follow" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from follow" -l no-cache -d 'Read the whole log again instead of only what is new since the last run'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from follow" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from follow" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from serve" -l host -d 'Address to listen on (a non-local address exposes conversations to the network)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from serve" -l port -d 'Port to listen on' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from serve" -l log -d 'Read this access-log file (and its rotated copies FILE.1 … FILE.5) instead of the gateway\'s; no container needed' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from serve" -l pricing -d 'Prices in USD per 1M tokens that override the built-in table (JSON: {"model": {"input": 2.5, "output": 10, "cached": 1.25, "reasoning": 10}})' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from serve" -l timezone -d 'Time zone of dates (IANA name, e.g. Asia/Shanghai) [default: this machine\'s]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from serve" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from serve" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from serve" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from serve" -l no-cache -d 'Read the whole log again instead of only what is new since the last run'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from serve" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from help" -f -a "list" -d 'List sessions with their rounds, tokens and cost'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show every round of a session: time, model, tokens, question, answer, reasoning, tool calls, cost'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from help" -f -a "follow" -d 'Print rounds as they happen'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Serve a dashboard (overview, sessions, models, a page per session) and its JSON API'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand sessions; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand plugin; and not __fish_seen_subcommand_from install uninstall status help" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand plugin; and not __fish_seen_subcommand_from install uninstall status help" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand plugin; and not __fish_seen_subcommand_from install uninstall status help" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand plugin; and not __fish_seen_subcommand_from install uninstall status help" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand plugin; and not __fish_seen_subcommand_from install uninstall status help" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand plugin; and not __fish_seen_subcommand_from install uninstall status help" -f -a "install" -d 'Install (or update) the plugin into the runtime\'s extensions folder'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand plugin; and not __fish_seen_subcommand_from install uninstall status help" -f -a "uninstall" -d 'Remove the plugin'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand plugin; and not __fish_seen_subcommand_from install uninstall status help" -f -a "status" -d 'Show whether the plugin is installed, enabled and configured'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand plugin; and not __fish_seen_subcommand_from install uninstall status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand plugin; and __fish_seen_subcommand_from install" -l runtime -d 'Agent runtime' -r -f -a "auto\t''
openclaw\t''
clawdbot\t''"
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand plugin; and __fish_seen_subcommand_from install" -l home -d 'The runtime\'s home folder [default: ~/.openclaw or ~/.clawdbot]' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand plugin; and __fish_seen_subcommand_from install" -l dest -d 'Install into this folder instead of <home>/extensions/<plugin id>' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand plugin; and __fish_seen_subcommand_from install" -l gateway-url -d 'Gateway URL [default: from the running container\'s HTTP port]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand plugin; and __fish_seen_subcommand_from install" -l api-key -d 'API key the runtime sends to the gateway' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand plugin; and __fish_seen_subcommand_from install" -l models -d 'Models to offer, comma-separated [default: from the gateway]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand plugin; and __fish_seen_subcommand_from install" -l default-model -d 'The runtime\'s default model [default: higress/auto when auto-routing is on]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand plugin; and __fish_seen_subcommand_from install" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand plugin; and __fish_seen_subcommand_from install" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand plugin; and __fish_seen_subcommand_from install" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand plugin; and __fish_seen_subcommand_from install" -l force -d 'Replace an existing copy without keeping a backup'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand plugin; and __fish_seen_subcommand_from install" -l configure -d 'Also configure the provider in the runtime\'s config file (no interactive login)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand plugin; and __fish_seen_subcommand_from install" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand plugin; and __fish_seen_subcommand_from install" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l runtime -d 'Agent runtime' -r -f -a "auto\t''
openclaw\t''
clawdbot\t''"
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l home -d 'The runtime\'s home folder [default: ~/.openclaw or ~/.clawdbot]' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand plugin; and __fish_seen_subcommand_from status" -l runtime -d 'Agent runtime' -r -f -a "auto\t''
openclaw\t''
clawdbot\t''"
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand plugin; and __fish_seen_subcommand_from status" -l home -d 'The runtime\'s home folder [default: ~/.openclaw or ~/.clawdbot]' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand plugin; and __fish_seen_subcommand_from status" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand plugin; and __fish_seen_subcommand_from status" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand plugin; and __fish_seen_subcommand_from status" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand plugin; and __fish_seen_subcommand_from status" -l json -d 'Print JSON'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand plugin; and __fish_seen_subcommand_from status" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand plugin; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand plugin; and __fish_seen_subcommand_from help" -f -a "install" -d 'Install (or update) the plugin into the runtime\'s extensions folder'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand plugin; and __fish_seen_subcommand_from help" -f -a "uninstall" -d 'Remove the plugin'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand plugin; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show whether the plugin is installed, enabled and configured'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand plugin; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand redis; and not __fish_seen_subcommand_from status start stop help" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand redis; and not __fish_seen_subcommand_from status start stop help" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand redis; and not __fish_seen_subcommand_from status start stop help" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand redis; and not __fish_seen_subcommand_from status start stop help" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand redis; and not __fish_seen_subcommand_from status start stop help" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand redis; and not __fish_seen_subcommand_from status start stop help" -f -a "status" -d 'Show the Redis beside the gateway: container, reachability from the gateway, memory'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand redis; and not __fish_seen_subcommand_from status start stop help" -f -a "start" -d 'Start the Redis container beside the gateway'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand redis; and not __fish_seen_subcommand_from status start stop help" -f -a "stop" -d 'Stop the Redis container (token limits then let requests through: FAIL_OPEN)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand redis; and not __fish_seen_subcommand_from status start stop help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand redis; and __fish_seen_subcommand_from status" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand redis; and __fish_seen_subcommand_from status" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand redis; and __fish_seen_subcommand_from status" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand redis; and __fish_seen_subcommand_from status" -l json -d 'Print JSON (stable keys, nothing else on stdout)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand redis; and __fish_seen_subcommand_from status" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand redis; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand redis; and __fish_seen_subcommand_from start" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand redis; and __fish_seen_subcommand_from start" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand redis; and __fish_seen_subcommand_from start" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand redis; and __fish_seen_subcommand_from start" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand redis; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand redis; and __fish_seen_subcommand_from stop" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand redis; and __fish_seen_subcommand_from stop" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand redis; and __fish_seen_subcommand_from stop" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand redis; and __fish_seen_subcommand_from stop" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand redis; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand redis; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show the Redis beside the gateway: container, reachability from the gateway, memory'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand redis; and __fish_seen_subcommand_from help" -f -a "start" -d 'Start the Redis container beside the gateway'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand redis; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Stop the Redis container (token limits then let requests through: FAIL_OPEN)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand redis; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and not __fish_seen_subcommand_from add set list remove enable disable quota help" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and not __fish_seen_subcommand_from add set list remove enable disable quota help" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and not __fish_seen_subcommand_from add set list remove enable disable quota help" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and not __fish_seen_subcommand_from add set list remove enable disable quota help" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and not __fish_seen_subcommand_from add set list remove enable disable quota help" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and not __fish_seen_subcommand_from add set list remove enable disable quota help" -f -a "add" -d 'Create a gateway API key for a client (shown once; clients send `Authorization: Bearer <key>`)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and not __fish_seen_subcommand_from add set list remove enable disable quota help" -f -a "set" -d 'Change which providers a gateway key may use, its request rate and its token limits'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and not __fish_seen_subcommand_from add set list remove enable disable quota help" -f -a "list" -d 'List the gateway API keys (names, masked keys, providers, rates, token limits) and whether they are required'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and not __fish_seen_subcommand_from add set list remove enable disable quota help" -f -a "remove" -d 'Delete a gateway API key (the last one turns the requirement off)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and not __fish_seen_subcommand_from add set list remove enable disable quota help" -f -a "enable" -d 'Require a gateway API key on every request'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and not __fish_seen_subcommand_from add set list remove enable disable quota help" -f -a "disable" -d 'Stop requiring a gateway API key (the keys are kept)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and not __fish_seen_subcommand_from add set list remove enable disable quota help" -f -a "quota" -d 'Token quotas per key (ai-quota, kept in Redis): `quota enable|disable`, or `quota NAME --set N|--add N|--show`'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and not __fish_seen_subcommand_from add set list remove enable disable quota help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from add" -l providers -d 'The providers this key may use, e.g. openai,deepseek (an OpenAI-compatible server by its name), or all [add: all; set: unchanged]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from add" -l requests-per-second -d 'At most N requests a second with this key (counted in each gateway process)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from add" -l requests-per-minute -d 'At most N requests a minute with this key (counted in each gateway process)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from add" -l requests-per-hour -d 'At most N requests an hour with this key (counted in each gateway process)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from add" -l requests-per-day -d 'At most N requests a day with this key (counted in each gateway process)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from add" -l tokens-per-second -d 'Tokens (input + output) this key may use per second (0 removes the limit)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from add" -l tokens-per-minute -d 'Tokens this key may use per minute (0 removes the limit)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from add" -l tokens-per-hour -d 'Tokens this key may use per hour (0 removes the limit)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from add" -l tokens-per-day -d 'Tokens this key may use per day (0 removes the limit)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from add" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from add" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from add" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from add" -l unlimited -d 'No request rate for this key (set)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from add" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from set" -l providers -d 'The providers this key may use, e.g. openai,deepseek (an OpenAI-compatible server by its name), or all [add: all; set: unchanged]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from set" -l requests-per-second -d 'At most N requests a second with this key (counted in each gateway process)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from set" -l requests-per-minute -d 'At most N requests a minute with this key (counted in each gateway process)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from set" -l requests-per-hour -d 'At most N requests an hour with this key (counted in each gateway process)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from set" -l requests-per-day -d 'At most N requests a day with this key (counted in each gateway process)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from set" -l tokens-per-second -d 'Tokens (input + output) this key may use per second (0 removes the limit)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from set" -l tokens-per-minute -d 'Tokens this key may use per minute (0 removes the limit)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from set" -l tokens-per-hour -d 'Tokens this key may use per hour (0 removes the limit)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from set" -l tokens-per-day -d 'Tokens this key may use per day (0 removes the limit)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from set" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from set" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from set" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from set" -l unlimited -d 'No request rate for this key (set)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from set" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from list" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from list" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from list" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from list" -l json -d 'Print JSON (stable keys, nothing else on stdout)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from list" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from remove" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from remove" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from remove" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from remove" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from enable" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from enable" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from enable" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from enable" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from disable" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from disable" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from disable" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from disable" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from quota" -l set -d 'Set the key\'s quota to N tokens (ai-quota\'s refresh)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from quota" -l add -d 'Add N tokens to the key\'s quota (negative: take them off; ai-quota\'s delta)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from quota" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from quota" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from quota" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from quota" -l show -d 'Show the key\'s quota (the tokens it has left)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from quota" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from quota" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from quota" -a "enable" -d 'Turn quotas on: writes ai-quota (needs Redis: `start --redis`), requires keys, and makes the key the tool manages quotas with'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from quota" -a "disable" -d 'Turn quotas off (the quotas stay in Redis; the tool\'s admin key is removed)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from quota" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "add" -d 'Create a gateway API key for a client (shown once; clients send `Authorization: Bearer <key>`)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change which providers a gateway key may use, its request rate and its token limits'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the gateway API keys (names, masked keys, providers, rates, token limits) and whether they are required'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Delete a gateway API key (the last one turns the requirement off)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Require a gateway API key on every request'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Stop requiring a gateway API key (the keys are kept)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "quota" -d 'Token quotas per key (ai-quota, kept in Redis): `quota enable|disable`, or `quota NAME --set N|--add N|--show`'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and not __fish_seen_subcommand_from add list remove tools help" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and not __fish_seen_subcommand_from add list remove tools help" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and not __fish_seen_subcommand_from add list remove tools help" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and not __fish_seen_subcommand_from add list remove tools help" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and not __fish_seen_subcommand_from add list remove tools help" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and not __fish_seen_subcommand_from add list remove tools help" -f -a "add" -d 'Put an MCP server behind the gateway at /mcp-servers/NAME: proxy an existing one (--proxy URL) or serve a REST API as tools (--tools FILE --upstream URL)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and not __fish_seen_subcommand_from add list remove tools help" -f -a "list" -d 'List the MCP servers behind the gateway'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and not __fish_seen_subcommand_from add list remove tools help" -f -a "remove" -d 'Remove an MCP server (the last one switches MCP off again)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and not __fish_seen_subcommand_from add list remove tools help" -f -a "tools" -d 'List a server\'s tools as the gateway serves them (from the file for --tools, from the server\'s own tools/list for --proxy)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and not __fish_seen_subcommand_from add list remove tools help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and __fish_seen_subcommand_from add" -l proxy -d 'Proxy this MCP server, e.g. http://172.17.0.1:3000/mcp (an address the gateway\'s container reaches; not localhost)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and __fish_seen_subcommand_from add" -l transport -d 'How the gateway talks to the --proxy server [default: streamable]' -r -f -a "streamable\t'Streamable HTTP (POST): needs no Redis'
sse\t'Server-sent events (GET .../sse): the gateway keeps sessions in Redis'"
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and __fish_seen_subcommand_from add" -l tools -d 'Serve a REST API as tools, from the mcp-server plugin\'s server/tools YAML' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and __fish_seen_subcommand_from add" -l upstream -d 'The REST API the --tools file calls, e.g. https://api.example.com' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and __fish_seen_subcommand_from add" -l description -d 'What the server offers (shown in `mcp list` and the console)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and __fish_seen_subcommand_from add" -l keys -d 'Only these gateway keys may call the server (names from `keys list`)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and __fish_seen_subcommand_from add" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and __fish_seen_subcommand_from add" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and __fish_seen_subcommand_from add" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and __fish_seen_subcommand_from add" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and __fish_seen_subcommand_from list" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and __fish_seen_subcommand_from list" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and __fish_seen_subcommand_from list" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and __fish_seen_subcommand_from list" -l json -d 'Print JSON (stable keys, nothing else on stdout)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and __fish_seen_subcommand_from list" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and __fish_seen_subcommand_from remove" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and __fish_seen_subcommand_from remove" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and __fish_seen_subcommand_from remove" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and __fish_seen_subcommand_from remove" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and __fish_seen_subcommand_from tools" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and __fish_seen_subcommand_from tools" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and __fish_seen_subcommand_from tools" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and __fish_seen_subcommand_from tools" -l json -d 'Print JSON (stable keys, nothing else on stdout)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and __fish_seen_subcommand_from tools" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and __fish_seen_subcommand_from tools" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and __fish_seen_subcommand_from help" -f -a "add" -d 'Put an MCP server behind the gateway at /mcp-servers/NAME: proxy an existing one (--proxy URL) or serve a REST API as tools (--tools FILE --upstream URL)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the MCP servers behind the gateway'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove an MCP server (the last one switches MCP off again)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and __fish_seen_subcommand_from help" -f -a "tools" -d 'List a server\'s tools as the gateway serves them (from the file for --tools, from the server\'s own tools/list for --proxy)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand mcp; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand console; and not __fish_seen_subcommand_from password help" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand console; and not __fish_seen_subcommand_from password help" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand console; and not __fish_seen_subcommand_from password help" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand console; and not __fish_seen_subcommand_from password help" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand console; and not __fish_seen_subcommand_from password help" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand console; and not __fish_seen_subcommand_from password help" -f -a "password" -d 'The console\'s admin password: masked, in full (--show), or a new one (--reset, also when the old one is forgotten)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand console; and not __fish_seen_subcommand_from password help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand console; and __fish_seen_subcommand_from password" -l password -d 'With --reset: `-` reads the new password from stdin (never from the command line, where every local user could read it)' -r -f -a "-\t''"
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand console; and __fish_seen_subcommand_from password" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand console; and __fish_seen_subcommand_from password" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand console; and __fish_seen_subcommand_from password" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand console; and __fish_seen_subcommand_from password" -l show -d 'Print the password in full (alone on stdout)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand console; and __fish_seen_subcommand_from password" -l reset -d 'Set a new password (generated, or read from stdin with --password -) and show it once; needs no old password'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand console; and __fish_seen_subcommand_from password" -l json -d 'Print JSON'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand console; and __fish_seen_subcommand_from password" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand console; and __fish_seen_subcommand_from password" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand console; and __fish_seen_subcommand_from help" -f -a "password" -d 'The console\'s admin password: masked, in full (--show), or a new one (--reset, also when the old one is forgotten)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand console; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand skills; and not __fish_seen_subcommand_from install list uninstall help" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand skills; and not __fish_seen_subcommand_from install list uninstall help" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand skills; and not __fish_seen_subcommand_from install list uninstall help" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand skills; and not __fish_seen_subcommand_from install list uninstall help" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand skills; and not __fish_seen_subcommand_from install list uninstall help" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand skills; and not __fish_seen_subcommand_from install list uninstall help" -f -a "install" -d 'Install (or update) the skills into the runtime\'s skills folder'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand skills; and not __fish_seen_subcommand_from install list uninstall help" -f -a "list" -d 'List the skills and where they are installed'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand skills; and not __fish_seen_subcommand_from install list uninstall help" -f -a "uninstall" -d 'Remove the skills (other skills in the folder are kept)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand skills; and not __fish_seen_subcommand_from install list uninstall help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand skills; and __fish_seen_subcommand_from install" -l runtime -d 'Agent runtime [auto: the one on PATH: openclaw, else clawdbot, else claude]' -r -f -a "auto\t''
openclaw\t''
clawdbot\t''
claude\t''"
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand skills; and __fish_seen_subcommand_from install" -l home -d 'The runtime\'s home folder [default: ~/.openclaw, ~/.clawdbot or ~/.claude]' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand skills; and __fish_seen_subcommand_from install" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand skills; and __fish_seen_subcommand_from install" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand skills; and __fish_seen_subcommand_from install" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand skills; and __fish_seen_subcommand_from install" -l force -d 'Replace changed copies without keeping a backup'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand skills; and __fish_seen_subcommand_from install" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand skills; and __fish_seen_subcommand_from install" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand skills; and __fish_seen_subcommand_from list" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand skills; and __fish_seen_subcommand_from list" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand skills; and __fish_seen_subcommand_from list" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand skills; and __fish_seen_subcommand_from list" -l json -d 'Print JSON (stable keys, nothing else on stdout)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand skills; and __fish_seen_subcommand_from list" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand skills; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand skills; and __fish_seen_subcommand_from uninstall" -l runtime -d 'Agent runtime [auto: the one on PATH: openclaw, else clawdbot, else claude]' -r -f -a "auto\t''
openclaw\t''
clawdbot\t''
claude\t''"
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand skills; and __fish_seen_subcommand_from uninstall" -l home -d 'The runtime\'s home folder [default: ~/.openclaw, ~/.clawdbot or ~/.claude]' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand skills; and __fish_seen_subcommand_from uninstall" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand skills; and __fish_seen_subcommand_from uninstall" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand skills; and __fish_seen_subcommand_from uninstall" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand skills; and __fish_seen_subcommand_from uninstall" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand skills; and __fish_seen_subcommand_from uninstall" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand skills; and __fish_seen_subcommand_from help" -f -a "install" -d 'Install (or update) the skills into the runtime\'s skills folder'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand skills; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the skills and where they are installed'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand skills; and __fish_seen_subcommand_from help" -f -a "uninstall" -d 'Remove the skills (other skills in the folder are kept)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand skills; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand metrics" -l by -d 'Group by provider, route, model or consumer' -r -f -a "provider\t'The upstream cluster (Envoy\'s counters and latency histogram, and ai-statistics)'
route\t'The route (ai-statistics)'
model\t'The model (ai-statistics)'
consumer\t'The consumer, i.e. the key\'s name (ai-statistics)'"
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand metrics" -l interval -d 'Seconds between the two samples the rates come from (and between redraws)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand metrics" -l count -d 'With --watch, stop after N intervals' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand metrics" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand metrics" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand metrics" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand metrics" -l json -d 'Print JSON (one object; with --watch one line of JSON per interval)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand metrics" -l watch -d 'Keep going: redraw like `top` on a terminal, else print one line per interval'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand metrics" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand metrics" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand dashboard" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand dashboard" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand dashboard" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand dashboard" -l open -d 'Open it in the browser (printed when there is no display)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand dashboard" -l json -d 'Print JSON (stable keys, nothing else on stdout)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand dashboard" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand dashboard" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand tracing; and not __fish_seen_subcommand_from enable disable status help" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand tracing; and not __fish_seen_subcommand_from enable disable status help" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand tracing; and not __fish_seen_subcommand_from enable disable status help" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand tracing; and not __fish_seen_subcommand_from enable disable status help" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand tracing; and not __fish_seen_subcommand_from enable disable status help" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand tracing; and not __fish_seen_subcommand_from enable disable status help" -f -a "enable" -d 'Send traces to a collector: writes higress-config\'s `tracing:` and the collector\'s McpBridge registry (hot-reloaded)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand tracing; and not __fish_seen_subcommand_from enable disable status help" -f -a "disable" -d 'Stop sending traces (the collector\'s settings are kept)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand tracing; and not __fish_seen_subcommand_from enable disable status help" -f -a "status" -d 'Show the tracing settings and whether the controller accepts them'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand tracing; and not __fish_seen_subcommand_from enable disable status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand tracing; and __fish_seen_subcommand_from enable" -l otlp -d 'An OpenTelemetry collector (OTLP over gRPC), e.g. otel.example.com:4317' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand tracing; and __fish_seen_subcommand_from enable" -l zipkin -d 'A Zipkin collector (HTTP JSON, /api/v2/spans), e.g. zipkin.example.com:9411' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand tracing; and __fish_seen_subcommand_from enable" -l skywalking -d 'A SkyWalking OAP server (gRPC), e.g. oap.example.com:11800' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand tracing; and __fish_seen_subcommand_from enable" -l sampling -d 'Percentage of requests traced, 0 to 100' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand tracing; and __fish_seen_subcommand_from enable" -l timeout -d 'Timeout of the gRPC export, in milliseconds (more than 0)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand tracing; and __fish_seen_subcommand_from enable" -l access-token -d 'SkyWalking\'s access token (with --skywalking)' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand tracing; and __fish_seen_subcommand_from enable" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand tracing; and __fish_seen_subcommand_from enable" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand tracing; and __fish_seen_subcommand_from enable" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand tracing; and __fish_seen_subcommand_from enable" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand tracing; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand tracing; and __fish_seen_subcommand_from disable" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand tracing; and __fish_seen_subcommand_from disable" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand tracing; and __fish_seen_subcommand_from disable" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand tracing; and __fish_seen_subcommand_from disable" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand tracing; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand tracing; and __fish_seen_subcommand_from status" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand tracing; and __fish_seen_subcommand_from status" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand tracing; and __fish_seen_subcommand_from status" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand tracing; and __fish_seen_subcommand_from status" -l json -d 'Print JSON (stable keys, nothing else on stdout)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand tracing; and __fish_seen_subcommand_from status" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand tracing; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand tracing; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Send traces to a collector: writes higress-config\'s `tracing:` and the collector\'s McpBridge registry (hot-reloaded)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand tracing; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Stop sending traces (the collector\'s settings are kept)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand tracing; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show the tracing settings and whether the controller accepts them'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand tracing; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand completions" -l container-name -d 'Container name' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand completions" -l data-folder -d 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs' -r -F
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand completions" -l context -d 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI\'s current context, then the local sockets]' -r
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand completions" -l non-interactive -l batch -d 'Never prompt (also --batch); the default when stdin is not a terminal'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand completions" -s h -l help -d 'Print help'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and not __fish_seen_subcommand_from start stop delete status check doctor logs route config backup restore upgrade export apply diff schema usage sessions plugin redis keys mcp console skills metrics dashboard tracing completions help" -f -a "start" -d 'Create and start the gateway, start a stopped one, or show the running one (default)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and not __fish_seen_subcommand_from start stop delete status check doctor logs route config backup restore upgrade export apply diff schema usage sessions plugin redis keys mcp console skills metrics dashboard tracing completions help" -f -a "stop" -d 'Stop the gateway container'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and not __fish_seen_subcommand_from start stop delete status check doctor logs route config backup restore upgrade export apply diff schema usage sessions plugin redis keys mcp console skills metrics dashboard tracing completions help" -f -a "delete" -d 'Remove the stopped gateway container (the data folder is kept)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and not __fish_seen_subcommand_from start stop delete status check doctor logs route config backup restore upgrade export apply diff schema usage sessions plugin redis keys mcp console skills metrics dashboard tracing completions help" -f -a "status" -d 'Show the gateway\'s state, ports, providers and auto-routing'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and not __fish_seen_subcommand_from start stop delete status check doctor logs route config backup restore upgrade export apply diff schema usage sessions plugin redis keys mcp console skills metrics dashboard tracing completions help" -f -a "check" -d 'Read every file the gateway reads, as the gateway reads it, and list each problem with its fix (exit 1 when there is one)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and not __fish_seen_subcommand_from start stop delete status check doctor logs route config backup restore upgrade export apply diff schema usage sessions plugin redis keys mcp console skills metrics dashboard tracing completions help" -f -a "doctor" -d 'Check the engine, ports, data folder, container, gateway and host limits; one line per check, each failure with its fix (exit 1 when one fails)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and not __fish_seen_subcommand_from start stop delete status check doctor logs route config backup restore upgrade export apply diff schema usage sessions plugin redis keys mcp console skills metrics dashboard tracing completions help" -f -a "logs" -d 'Show the gateway\'s logs'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and not __fish_seen_subcommand_from start stop delete status check doctor logs route config backup restore upgrade export apply diff schema usage sessions plugin redis keys mcp console skills metrics dashboard tracing completions help" -f -a "route" -d 'Manage auto-routing rules (model "higress/auto")'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and not __fish_seen_subcommand_from start stop delete status check doctor logs route config backup restore upgrade export apply diff schema usage sessions plugin redis keys mcp console skills metrics dashboard tracing completions help" -f -a "config" -d 'Manage provider API keys'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and not __fish_seen_subcommand_from start stop delete status check doctor logs route config backup restore upgrade export apply diff schema usage sessions plugin redis keys mcp console skills metrics dashboard tracing completions help" -f -a "backup" -d 'Save the data folder (keys, rules, settings) to a .tar.gz while the gateway runs'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and not __fish_seen_subcommand_from start stop delete status check doctor logs route config backup restore upgrade export apply diff schema usage sessions plugin redis keys mcp console skills metrics dashboard tracing completions help" -f -a "restore" -d 'Replace the data folder by a backup (checked first) and start the gateway again'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and not __fish_seen_subcommand_from start stop delete status check doctor logs route config backup restore upgrade export apply diff schema usage sessions plugin redis keys mcp console skills metrics dashboard tracing completions help" -f -a "upgrade" -d 'Move the gateway to another image: pull, back up, recreate, verify, roll back on failure'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and not __fish_seen_subcommand_from start stop delete status check doctor logs route config backup restore upgrade export apply diff schema usage sessions plugin redis keys mcp console skills metrics dashboard tracing completions help" -f -a "export" -d 'Export the configuration for Kubernetes: Helm values and manifests for the Higress chart (from the running container, or from --data-folder alone)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and not __fish_seen_subcommand_from start stop delete status check doctor logs route config backup restore upgrade export apply diff schema usage sessions plugin redis keys mcp console skills metrics dashboard tracing completions help" -f -a "apply" -d 'Make the gateway what a Gateway file says, creating it when there is none (gateway as code; see docs/gateway-as-code.md)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and not __fish_seen_subcommand_from start stop delete status check doctor logs route config backup restore upgrade export apply diff schema usage sessions plugin redis keys mcp console skills metrics dashboard tracing completions help" -f -a "diff" -d 'Show what `apply` would change, and change nothing'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and not __fish_seen_subcommand_from start stop delete status check doctor logs route config backup restore upgrade export apply diff schema usage sessions plugin redis keys mcp console skills metrics dashboard tracing completions help" -f -a "schema" -d 'Print the JSON Schema (draft 2020-12) of the Gateway file'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and not __fish_seen_subcommand_from start stop delete status check doctor logs route config backup restore upgrade export apply diff schema usage sessions plugin redis keys mcp console skills metrics dashboard tracing completions help" -f -a "usage" -d 'Token usage and cost from the gateway\'s access log'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and not __fish_seen_subcommand_from start stop delete status check doctor logs route config backup restore upgrade export apply diff schema usage sessions plugin redis keys mcp console skills metrics dashboard tracing completions help" -f -a "sessions" -d 'Agent sessions in the gateway\'s access log'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and not __fish_seen_subcommand_from start stop delete status check doctor logs route config backup restore upgrade export apply diff schema usage sessions plugin redis keys mcp console skills metrics dashboard tracing completions help" -f -a "plugin" -d 'Install the Higress provider plugin for OpenClaw or Clawdbot'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and not __fish_seen_subcommand_from start stop delete status check doctor logs route config backup restore upgrade export apply diff schema usage sessions plugin redis keys mcp console skills metrics dashboard tracing completions help" -f -a "redis" -d 'Redis beside the gateway (for token limits and quotas)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and not __fish_seen_subcommand_from start stop delete status check doctor logs route config backup restore upgrade export apply diff schema usage sessions plugin redis keys mcp console skills metrics dashboard tracing completions help" -f -a "keys" -d 'Gateway API keys: who may call the gateway (key-auth)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and not __fish_seen_subcommand_from start stop delete status check doctor logs route config backup restore upgrade export apply diff schema usage sessions plugin redis keys mcp console skills metrics dashboard tracing completions help" -f -a "mcp" -d 'MCP servers through the gateway: proxy existing ones, serve REST APIs as tools, under the gateway\'s keys'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and not __fish_seen_subcommand_from start stop delete status check doctor logs route config backup restore upgrade export apply diff schema usage sessions plugin redis keys mcp console skills metrics dashboard tracing completions help" -f -a "console" -d 'The console\'s admin account (set by `start`; `console password --reset` when forgotten)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and not __fish_seen_subcommand_from start stop delete status check doctor logs route config backup restore upgrade export apply diff schema usage sessions plugin redis keys mcp console skills metrics dashboard tracing completions help" -f -a "skills" -d 'Install the agent skills (deploy, auto-routing) for OpenClaw, Clawdbot or Claude Code'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and not __fish_seen_subcommand_from start stop delete status check doctor logs route config backup restore upgrade export apply diff schema usage sessions plugin redis keys mcp console skills metrics dashboard tracing completions help" -f -a "metrics" -d 'Live requests/s, errors, latency and tokens per provider, route, model or consumer (the gateway\'s Prometheus metrics, two samples apart)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and not __fish_seen_subcommand_from start stop delete status check doctor logs route config backup restore upgrade export apply diff schema usage sessions plugin redis keys mcp console skills metrics dashboard tracing completions help" -f -a "dashboard" -d 'Print, or open in a browser, the Grafana of the -o11y image (through the console)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and not __fish_seen_subcommand_from start stop delete status check doctor logs route config backup restore upgrade export apply diff schema usage sessions plugin redis keys mcp console skills metrics dashboard tracing completions help" -f -a "tracing" -d 'Traces to an OpenTelemetry, Zipkin or SkyWalking collector (higress-config `tracing:`)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and not __fish_seen_subcommand_from start stop delete status check doctor logs route config backup restore upgrade export apply diff schema usage sessions plugin redis keys mcp console skills metrics dashboard tracing completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and not __fish_seen_subcommand_from start stop delete status check doctor logs route config backup restore upgrade export apply diff schema usage sessions plugin redis keys mcp console skills metrics dashboard tracing completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and __fish_seen_subcommand_from route" -f -a "add" -d 'Add a routing rule'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and __fish_seen_subcommand_from route" -f -a "list" -d 'List the routing rules'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and __fish_seen_subcommand_from route" -f -a "remove" -d 'Remove a routing rule by id (see `route list`)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and __fish_seen_subcommand_from route" -f -a "test" -d 'Show which rule and model the gateway would pick for a message'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and __fish_seen_subcommand_from route" -f -a "enable" -d 'Turn auto-routing on'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and __fish_seen_subcommand_from route" -f -a "disable" -d 'Turn auto-routing off (rules are kept)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "add" -d 'Add or update a provider\'s API key (hot-reloaded)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "list" -d 'List the providers the running gateway uses, keys masked'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "remove" -d 'Remove a provider\'s API key (and the fallbacks to it)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Set what happens when a provider fails: key retries, key failover, upstream retries'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "fallback" -d 'Send a provider\'s failed requests to other providers, or list the fallbacks'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "test" -d 'Send each provider the smallest request, through the gateway (or --direct); exit 1 when one fails'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and __fish_seen_subcommand_from usage" -f -a "export" -d 'Write the report to a file as JSON or CSV'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and __fish_seen_subcommand_from sessions" -f -a "list" -d 'List sessions with their rounds, tokens and cost'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and __fish_seen_subcommand_from sessions" -f -a "show" -d 'Show every round of a session: time, model, tokens, question, answer, reasoning, tool calls, cost'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and __fish_seen_subcommand_from sessions" -f -a "follow" -d 'Print rounds as they happen'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and __fish_seen_subcommand_from sessions" -f -a "serve" -d 'Serve a dashboard (overview, sessions, models, a page per session) and its JSON API'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and __fish_seen_subcommand_from plugin" -f -a "install" -d 'Install (or update) the plugin into the runtime\'s extensions folder'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and __fish_seen_subcommand_from plugin" -f -a "uninstall" -d 'Remove the plugin'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and __fish_seen_subcommand_from plugin" -f -a "status" -d 'Show whether the plugin is installed, enabled and configured'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and __fish_seen_subcommand_from redis" -f -a "status" -d 'Show the Redis beside the gateway: container, reachability from the gateway, memory'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and __fish_seen_subcommand_from redis" -f -a "start" -d 'Start the Redis container beside the gateway'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and __fish_seen_subcommand_from redis" -f -a "stop" -d 'Stop the Redis container (token limits then let requests through: FAIL_OPEN)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "add" -d 'Create a gateway API key for a client (shown once; clients send `Authorization: Bearer <key>`)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "set" -d 'Change which providers a gateway key may use, its request rate and its token limits'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "list" -d 'List the gateway API keys (names, masked keys, providers, rates, token limits) and whether they are required'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "remove" -d 'Delete a gateway API key (the last one turns the requirement off)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "enable" -d 'Require a gateway API key on every request'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "disable" -d 'Stop requiring a gateway API key (the keys are kept)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "quota" -d 'Token quotas per key (ai-quota, kept in Redis): `quota enable|disable`, or `quota NAME --set N|--add N|--show`'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and __fish_seen_subcommand_from mcp" -f -a "add" -d 'Put an MCP server behind the gateway at /mcp-servers/NAME: proxy an existing one (--proxy URL) or serve a REST API as tools (--tools FILE --upstream URL)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and __fish_seen_subcommand_from mcp" -f -a "list" -d 'List the MCP servers behind the gateway'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and __fish_seen_subcommand_from mcp" -f -a "remove" -d 'Remove an MCP server (the last one switches MCP off again)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and __fish_seen_subcommand_from mcp" -f -a "tools" -d 'List a server\'s tools as the gateway serves them (from the file for --tools, from the server\'s own tools/list for --proxy)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and __fish_seen_subcommand_from console" -f -a "password" -d 'The console\'s admin password: masked, in full (--show), or a new one (--reset, also when the old one is forgotten)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and __fish_seen_subcommand_from skills" -f -a "install" -d 'Install (or update) the skills into the runtime\'s skills folder'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and __fish_seen_subcommand_from skills" -f -a "list" -d 'List the skills and where they are installed'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and __fish_seen_subcommand_from skills" -f -a "uninstall" -d 'Remove the skills (other skills in the folder are kept)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and __fish_seen_subcommand_from tracing" -f -a "enable" -d 'Send traces to a collector: writes higress-config\'s `tracing:` and the collector\'s McpBridge registry (hot-reloaded)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and __fish_seen_subcommand_from tracing" -f -a "disable" -d 'Stop sending traces (the collector\'s settings are kept)'
complete -c get-ai-gateway -n "__fish_get_ai_gateway_using_subcommand help; and __fish_seen_subcommand_from tracing" -f -a "status" -d 'Show the tracing settings and whether the controller accepts them'
