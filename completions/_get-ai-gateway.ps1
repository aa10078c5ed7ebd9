
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'get-ai-gateway' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'get-ai-gateway'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'get-ai-gateway' {
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Create and start the gateway, start a stopped one, or show the running one (default)')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the gateway container')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove the stopped gateway container (the data folder is kept)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the gateway''s state, ports, providers and auto-routing')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Read every file the gateway reads, as the gateway reads it, and list each problem with its fix (exit 1 when there is one)')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the engine, ports, data folder, container, gateway and host limits; one line per check, each failure with its fix (exit 1 when one fails)')
            [CompletionResult]::new('logs', 'logs', [CompletionResultType]::ParameterValue, 'Show the gateway''s logs')
            [CompletionResult]::new('route', 'route', [CompletionResultType]::ParameterValue, 'Manage auto-routing rules (model "higress/auto")')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Manage provider API keys')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Save the data folder (keys, rules, settings) to a .tar.gz while the gateway runs')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Replace the data folder by a backup (checked first) and start the gateway again')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Move the gateway to another image: pull, back up, recreate, verify, roll back on failure')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export the configuration for Kubernetes: Helm values and manifests for the Higress chart (from the running container, or from --data-folder alone)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the gateway what a Gateway file says, creating it when there is none (gateway as code; see docs/gateway-as-code.md)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what `apply` would change, and change nothing')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the JSON Schema (draft 2020-12) of the Gateway file')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Token usage and cost from the gateway''s access log')
            [CompletionResult]::new('sessions', 'sessions', [CompletionResultType]::ParameterValue, 'Agent sessions in the gateway''s access log')
            [CompletionResult]::new('plugin', 'plugin', [CompletionResultType]::ParameterValue, 'Install the Higress provider plugin for OpenClaw or Clawdbot')
            [CompletionResult]::new('redis', 'redis', [CompletionResultType]::ParameterValue, 'Redis beside the gateway (for token limits and quotas)')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Gateway API keys: who may call the gateway (key-auth)')
            [CompletionResult]::new('mcp', 'mcp', [CompletionResultType]::ParameterValue, 'MCP servers through the gateway: proxy existing ones, serve REST APIs as tools, under the gateway''s keys')
            [CompletionResult]::new('console', 'console', [CompletionResultType]::ParameterValue, 'The console''s admin account (set by `start`; `console password --reset` when forgotten)')
            [CompletionResult]::new('skills', 'skills', [CompletionResultType]::ParameterValue, 'Install the agent skills (deploy, auto-routing) for OpenClaw, Clawdbot or Claude Code')
            [CompletionResult]::new('metrics', 'metrics', [CompletionResultType]::ParameterValue, 'Live requests/s, errors, latency and tokens per provider, route, model or consumer (the gateway''s Prometheus metrics, two samples apart)')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'Print, or open in a browser, the Grafana of the -o11y image (through the console)')
            [CompletionResult]::new('tracing', 'tracing', [CompletionResultType]::ParameterValue, 'Traces to an OpenTelemetry, Zipkin or SkyWalking collector (higress-config `tracing:`)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'get-ai-gateway;start' {
            [CompletionResult]::new('--http-port', '--http-port', [CompletionResultType]::ParameterName, 'Gateway HTTP port [default: 8080]')
            [CompletionResult]::new('--https-port', '--https-port', [CompletionResultType]::ParameterName, 'Gateway HTTPS port [default: 8443]')
            [CompletionResult]::new('--console-port', '--console-port', [CompletionResultType]::ParameterName, 'Console port [default: 8001]')
            [CompletionResult]::new('--bind', '--bind', [CompletionResultType]::ParameterName, 'Publish the ports on this address of the host [default: 127.0.0.1; kept in default.cfg]. Another address makes the gateway and console reachable from the network')
            [CompletionResult]::new('--image-repo', '--image-repo', [CompletionResultType]::ParameterName, 'Image repository [default: <registry>/higress/all-in-one]')
            [CompletionResult]::new('--image-tag', '--image-tag', [CompletionResultType]::ParameterName, 'Image tag [default: latest]')
            [CompletionResult]::new('--metrics-port', '--metrics-port', [CompletionResultType]::ParameterName, 'Publish the gateway''s metrics (container port 15020, /stats/prometheus) on this port, on 127.0.0.1 unless an address is given')
            [CompletionResult]::new('--plugin-registry', '--plugin-registry', [CompletionResultType]::ParameterName, 'Registry for the image and plugins [default: chosen from the timezone]')
            [CompletionResult]::new('--auto-routing-default-model', '--auto-routing-default-model', [CompletionResultType]::ParameterName, 'Model used when no auto-routing rule matches [default: qwen-turbo]')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the gateway to become ready')
            [CompletionResult]::new('--console-password', '--console-password', [CompletionResultType]::ParameterName, '`-`: read the console''s admin password from stdin [default: generated]. Used when the console has no admin yet; shown once')
            [CompletionResult]::new('--redis-image', '--redis-image', [CompletionResultType]::ParameterName, 'The Redis image [default: <registry>/higress/redis-stack-server:7.4.0-v3]')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'Use an existing Redis instead: redis://[user:password@]host[:port][/db]')
            [CompletionResult]::new('--dashscope-key', '--dashscope-key', [CompletionResultType]::ParameterName, 'Aliyun Dashscope (Qwen) API key ("-" reads it from stdin)')
            [CompletionResult]::new('--dashscope-models', '--dashscope-models', [CompletionResultType]::ParameterName, 'Models routed to Aliyun Dashscope (Qwen) [default: qwen*]')
            [CompletionResult]::new('--deepseek-key', '--deepseek-key', [CompletionResultType]::ParameterName, 'DeepSeek API key ("-" reads it from stdin)')
            [CompletionResult]::new('--deepseek-models', '--deepseek-models', [CompletionResultType]::ParameterName, 'Models routed to DeepSeek [default: deepseek-*]')
            [CompletionResult]::new('--moonshot-key', '--moonshot-key', [CompletionResultType]::ParameterName, 'Moonshot (Kimi) API key ("-" reads it from stdin)')
            [CompletionResult]::new('--moonshot-models', '--moonshot-models', [CompletionResultType]::ParameterName, 'Models routed to Moonshot (Kimi) [default: moonshot-*,kimi-*]')
            [CompletionResult]::new('--zhipuai-key', '--zhipuai-key', [CompletionResultType]::ParameterName, 'Zhipu AI API key ("-" reads it from stdin)')
            [CompletionResult]::new('--zhipuai-models', '--zhipuai-models', [CompletionResultType]::ParameterName, 'Models routed to Zhipu AI [default: GLM-*,glm-*]')
            [CompletionResult]::new('--zhipuai-domain', '--zhipuai-domain', [CompletionResultType]::ParameterName, 'Zhipu AI domain (open.bigmodel.cn in China, api.z.ai international)')
            [CompletionResult]::new('--minimax-key', '--minimax-key', [CompletionResultType]::ParameterName, 'Minimax API key ("-" reads it from stdin)')
            [CompletionResult]::new('--minimax-models', '--minimax-models', [CompletionResultType]::ParameterName, 'Models routed to Minimax [default: abab-*,MiniMax-*,minimax-*]')
            [CompletionResult]::new('--minimax-group-id', '--minimax-group-id', [CompletionResultType]::ParameterName, 'Minimax group ID (only for ChatCompletion Pro)')
            [CompletionResult]::new('--azure-key', '--azure-key', [CompletionResultType]::ParameterName, 'Azure OpenAI API key ("-" reads it from stdin)')
            [CompletionResult]::new('--azure-models', '--azure-models', [CompletionResultType]::ParameterName, 'Models routed to Azure OpenAI [default: gpt-*,o1-*,o3-*]')
            [CompletionResult]::new('--azure-service-url', '--azure-service-url', [CompletionResultType]::ParameterName, 'Azure OpenAI service URL (https://RESOURCE.openai.azure.com/openai/deployments/DEPLOYMENT/chat/completions?api-version=…)')
            [CompletionResult]::new('--bedrock-key', '--bedrock-key', [CompletionResultType]::ParameterName, 'AWS Bedrock API key ("-" reads it from stdin)')
            [CompletionResult]::new('--bedrock-models', '--bedrock-models', [CompletionResultType]::ParameterName, 'Models routed to AWS Bedrock [default: *]')
            [CompletionResult]::new('--bedrock-region', '--bedrock-region', [CompletionResultType]::ParameterName, 'AWS region, e.g. us-east-1')
            [CompletionResult]::new('--bedrock-access-key', '--bedrock-access-key', [CompletionResultType]::ParameterName, 'AWS access key (Signature V4 authentication)')
            [CompletionResult]::new('--bedrock-secret-key', '--bedrock-secret-key', [CompletionResultType]::ParameterName, 'AWS secret key (Signature V4 authentication)')
            [CompletionResult]::new('--vertex-key', '--vertex-key', [CompletionResultType]::ParameterName, 'Google Vertex AI API key ("-" reads it from stdin)')
            [CompletionResult]::new('--vertex-models', '--vertex-models', [CompletionResultType]::ParameterName, 'Models routed to Google Vertex AI [default: gemini-*]')
            [CompletionResult]::new('--vertex-project-id', '--vertex-project-id', [CompletionResultType]::ParameterName, 'Google Cloud project ID')
            [CompletionResult]::new('--vertex-region', '--vertex-region', [CompletionResultType]::ParameterName, 'Google Cloud region, e.g. us-central1')
            [CompletionResult]::new('--vertex-auth-key-file', '--vertex-auth-key-file', [CompletionResultType]::ParameterName, 'Path to the service-account JSON key file (standard mode)')
            [CompletionResult]::new('--vertex-auth-service-name', '--vertex-auth-service-name', [CompletionResultType]::ParameterName, 'Vertex AI auth service name (standard mode)')
            [CompletionResult]::new('--openai-key', '--openai-key', [CompletionResultType]::ParameterName, 'OpenAI API key ("-" reads it from stdin)')
            [CompletionResult]::new('--openai-models', '--openai-models', [CompletionResultType]::ParameterName, 'Models routed to OpenAI [default: gpt-*,o1-*,o3-*]')
            [CompletionResult]::new('--openrouter-key', '--openrouter-key', [CompletionResultType]::ParameterName, 'OpenRouter API key ("-" reads it from stdin)')
            [CompletionResult]::new('--openrouter-models', '--openrouter-models', [CompletionResultType]::ParameterName, 'Models routed to OpenRouter [default: *]')
            [CompletionResult]::new('--yi-key', '--yi-key', [CompletionResultType]::ParameterName, '01.AI (Yi) API key ("-" reads it from stdin)')
            [CompletionResult]::new('--yi-models', '--yi-models', [CompletionResultType]::ParameterName, 'Models routed to 01.AI (Yi) [default: yi-*]')
            [CompletionResult]::new('--ai360-key', '--ai360-key', [CompletionResultType]::ParameterName, '360 Zhinao API key ("-" reads it from stdin)')
            [CompletionResult]::new('--ai360-models', '--ai360-models', [CompletionResultType]::ParameterName, 'Models routed to 360 Zhinao [default: 360GPT-*]')
            [CompletionResult]::new('--baichuan-key', '--baichuan-key', [CompletionResultType]::ParameterName, 'Baichuan AI API key ("-" reads it from stdin)')
            [CompletionResult]::new('--baichuan-models', '--baichuan-models', [CompletionResultType]::ParameterName, 'Models routed to Baichuan AI [default: Baichuan*]')
            [CompletionResult]::new('--baidu-key', '--baidu-key', [CompletionResultType]::ParameterName, 'Baidu AI Cloud API key ("-" reads it from stdin)')
            [CompletionResult]::new('--baidu-models', '--baidu-models', [CompletionResultType]::ParameterName, 'Models routed to Baidu AI Cloud [default: ERNIE-*]')
            [CompletionResult]::new('--claude-key', '--claude-key', [CompletionResultType]::ParameterName, 'Claude API key ("-" reads it from stdin)')
            [CompletionResult]::new('--claude-models', '--claude-models', [CompletionResultType]::ParameterName, 'Models routed to Claude [default: claude-*]')
            [CompletionResult]::new('--claude-version', '--claude-version', [CompletionResultType]::ParameterName, 'Claude API version')
            [CompletionResult]::new('--claude-code-key', '--claude-code-key', [CompletionResultType]::ParameterName, 'Claude Code OAuth token (from `claude setup-token`); enables Claude Code mode')
            [CompletionResult]::new('--cloudflare-key', '--cloudflare-key', [CompletionResultType]::ParameterName, 'Cloudflare Workers AI API key ("-" reads it from stdin)')
            [CompletionResult]::new('--cloudflare-models', '--cloudflare-models', [CompletionResultType]::ParameterName, 'Models routed to Cloudflare Workers AI [default: *]')
            [CompletionResult]::new('--cloudflare-account-id', '--cloudflare-account-id', [CompletionResultType]::ParameterName, 'Cloudflare account ID')
            [CompletionResult]::new('--cohere-key', '--cohere-key', [CompletionResultType]::ParameterName, 'Cohere API key ("-" reads it from stdin)')
            [CompletionResult]::new('--cohere-models', '--cohere-models', [CompletionResultType]::ParameterName, 'Models routed to Cohere [default: command*]')
            [CompletionResult]::new('--deepl-key', '--deepl-key', [CompletionResultType]::ParameterName, 'DeepL API key ("-" reads it from stdin)')
            [CompletionResult]::new('--deepl-models', '--deepl-models', [CompletionResultType]::ParameterName, 'Models routed to DeepL [default: *]')
            [CompletionResult]::new('--deepl-target-lang', '--deepl-target-lang', [CompletionResultType]::ParameterName, 'DeepL target language, e.g. EN, ZH, JA')
            [CompletionResult]::new('--dify-key', '--dify-key', [CompletionResultType]::ParameterName, 'Dify API key ("-" reads it from stdin)')
            [CompletionResult]::new('--dify-models', '--dify-models', [CompletionResultType]::ParameterName, 'Models routed to Dify [default: *]')
            [CompletionResult]::new('--dify-api-url', '--dify-api-url', [CompletionResultType]::ParameterName, 'Dify API URL (leave empty for the cloud service)')
            [CompletionResult]::new('--dify-bot-type', '--dify-bot-type', [CompletionResultType]::ParameterName, 'Dify application type: Chat, Completion, Agent or Workflow')
            [CompletionResult]::new('--dify-input-variable', '--dify-input-variable', [CompletionResultType]::ParameterName, 'Dify workflow input variable name')
            [CompletionResult]::new('--dify-output-variable', '--dify-output-variable', [CompletionResultType]::ParameterName, 'Dify workflow output variable name')
            [CompletionResult]::new('--doubao-key', '--doubao-key', [CompletionResultType]::ParameterName, 'Doubao API key ("-" reads it from stdin)')
            [CompletionResult]::new('--doubao-models', '--doubao-models', [CompletionResultType]::ParameterName, 'Models routed to Doubao [default: doubao-*]')
            [CompletionResult]::new('--fireworks-key', '--fireworks-key', [CompletionResultType]::ParameterName, 'Fireworks AI API key ("-" reads it from stdin)')
            [CompletionResult]::new('--fireworks-models', '--fireworks-models', [CompletionResultType]::ParameterName, 'Models routed to Fireworks AI [default: *]')
            [CompletionResult]::new('--github-key', '--github-key', [CompletionResultType]::ParameterName, 'Github Models API key ("-" reads it from stdin)')
            [CompletionResult]::new('--github-models', '--github-models', [CompletionResultType]::ParameterName, 'Models routed to Github Models [default: *]')
            [CompletionResult]::new('--gemini-key', '--gemini-key', [CompletionResultType]::ParameterName, 'Google Gemini API key ("-" reads it from stdin)')
            [CompletionResult]::new('--gemini-models', '--gemini-models', [CompletionResultType]::ParameterName, 'Models routed to Google Gemini [default: gemini-*]')
            [CompletionResult]::new('--grok-key', '--grok-key', [CompletionResultType]::ParameterName, 'Grok API key ("-" reads it from stdin)')
            [CompletionResult]::new('--grok-models', '--grok-models', [CompletionResultType]::ParameterName, 'Models routed to Grok [default: grok-*]')
            [CompletionResult]::new('--groq-key', '--groq-key', [CompletionResultType]::ParameterName, 'Groq API key ("-" reads it from stdin)')
            [CompletionResult]::new('--groq-models', '--groq-models', [CompletionResultType]::ParameterName, 'Models routed to Groq [default: *]')
            [CompletionResult]::new('--mistral-key', '--mistral-key', [CompletionResultType]::ParameterName, 'Mistral AI API key ("-" reads it from stdin)')
            [CompletionResult]::new('--mistral-models', '--mistral-models', [CompletionResultType]::ParameterName, 'Models routed to Mistral AI [default: mistral-*,open-mistral-*]')
            [CompletionResult]::new('--ollama-models', '--ollama-models', [CompletionResultType]::ParameterName, 'Models routed to Ollama [default: llama*,codellama*]')
            [CompletionResult]::new('--ollama-server-host', '--ollama-server-host', [CompletionResultType]::ParameterName, 'Ollama server host')
            [CompletionResult]::new('--ollama-server-port', '--ollama-server-port', [CompletionResultType]::ParameterName, 'Ollama server port')
            [CompletionResult]::new('--spark-key', '--spark-key', [CompletionResultType]::ParameterName, 'iFlyTek Spark API key ("-" reads it from stdin)')
            [CompletionResult]::new('--spark-models', '--spark-models', [CompletionResultType]::ParameterName, 'Models routed to iFlyTek Spark [default: *]')
            [CompletionResult]::new('--spark-secret', '--spark-secret', [CompletionResultType]::ParameterName, 'iFlyTek Spark API secret (joined to the key as KEY:SECRET)')
            [CompletionResult]::new('--stepfun-key', '--stepfun-key', [CompletionResultType]::ParameterName, 'Stepfun API key ("-" reads it from stdin)')
            [CompletionResult]::new('--stepfun-models', '--stepfun-models', [CompletionResultType]::ParameterName, 'Models routed to Stepfun [default: step-*]')
            [CompletionResult]::new('--hunyuan-models', '--hunyuan-models', [CompletionResultType]::ParameterName, 'Models routed to Tencent Hunyuan [default: hunyuan-*]')
            [CompletionResult]::new('--hunyuan-auth-id', '--hunyuan-auth-id', [CompletionResultType]::ParameterName, 'Tencent Hunyuan auth ID')
            [CompletionResult]::new('--hunyuan-auth-key', '--hunyuan-auth-key', [CompletionResultType]::ParameterName, 'Tencent Hunyuan auth key')
            [CompletionResult]::new('--togetherai-key', '--togetherai-key', [CompletionResultType]::ParameterName, 'Together AI API key ("-" reads it from stdin)')
            [CompletionResult]::new('--togetherai-models', '--togetherai-models', [CompletionResultType]::ParameterName, 'Models routed to Together AI [default: *]')
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--o11y', '--o11y', [CompletionResultType]::ParameterName, 'The observability image: the tag with `-o11y` appended (Prometheus, Grafana, Loki; Grafana at the console''s /grafana/)')
            [CompletionResult]::new('--auto-routing', '--auto-routing', [CompletionResultType]::ParameterName, 'Enable auto-routing (model "higress/auto")')
            [CompletionResult]::new('--keys-from-env', '--keys-from-env', [CompletionResultType]::ParameterName, 'Take <PREFIX>_API_KEY of every provider from the environment (e.g. DEEPSEEK_API_KEY)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what start would do (image, registry and why, ports, providers with masked keys, auto-routing) and change nothing')
            [CompletionResult]::new('--require-key', '--require-key', [CompletionResultType]::ParameterName, 'Require a gateway API key on every request (creates one named `default` when there is none, and shows it once). The default when --bind publishes beyond loopback')
            [CompletionResult]::new('--no-auth', '--no-auth', [CompletionResultType]::ParameterName, 'With --bind beyond loopback: do not require gateway API keys (anyone who reaches the port spends your provider keys)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'With --dry-run: print the plan as JSON')
            [CompletionResult]::new('--redis', '--redis', [CompletionResultType]::ParameterName, 'Run Redis beside the gateway (container <name>-redis, data in <data folder>/redis, no published port, a generated password), for token limits and quotas')
            [CompletionResult]::new('--zhipuai-code-plan-mode', '--zhipuai-code-plan-mode', [CompletionResultType]::ParameterName, 'Enable Zhipu AI Code Plan mode')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;stop' {
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;delete' {
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Stop and remove a running container')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Stop and remove a running container')
            [CompletionResult]::new('--redis-data', '--redis-data', [CompletionResultType]::ParameterName, 'Also delete the Redis data (<data folder>/redis); kept by default')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;status' {
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (stable keys, nothing else on stdout)')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;check' {
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (stable keys, nothing else on stdout)')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;doctor' {
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (stable keys, nothing else on stdout)')
            [CompletionResult]::new('--providers', '--providers', [CompletionResultType]::ParameterName, 'Also send each configured provider the smallest request through the gateway (`config test`)')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;logs' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Number of lines from the end')
            [CompletionResult]::new('--tail', '--tail', [CompletionResultType]::ParameterName, 'Number of lines from the end')
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Keep printing new lines')
            [CompletionResult]::new('--follow', '--follow', [CompletionResultType]::ParameterName, 'Keep printing new lines')
            [CompletionResult]::new('--access', '--access', [CompletionResultType]::ParameterName, 'The gateway''s access log (/var/log/proxy/access.log) instead of the container output')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;route' {
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a routing rule')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the routing rules')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a routing rule by id (see `route list`)')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Show which rule and model the gateway would pick for a message')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn auto-routing on')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn auto-routing off (rules are kept)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'get-ai-gateway;route;add' {
            [CompletionResult]::new('--model', '--model', [CompletionResultType]::ParameterName, 'Target model')
            [CompletionResult]::new('--trigger', '--trigger', [CompletionResultType]::ParameterName, 'Trigger phrases separated by | (the message must start with one of them)')
            [CompletionResult]::new('--pattern', '--pattern', [CompletionResultType]::ParameterName, 'A regular expression (RE2 syntax) tested against the last user message')
            [CompletionResult]::new('--position', '--position', [CompletionResultType]::ParameterName, 'Insert at this rule id instead of appending')
            [CompletionResult]::new('--default-model', '--default-model', [CompletionResultType]::ParameterName, 'Default model when auto-routing has to be created')
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;route;list' {
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (stable keys, nothing else on stdout)')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;route;remove' {
            [CompletionResult]::new('--rule-id', '--rule-id', [CompletionResultType]::ParameterName, 'Rule id')
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;route;test' {
            [CompletionResult]::new('--request', '--request', [CompletionResultType]::ParameterName, 'A whole OpenAI chat request (JSON) in FILE, or `-` for standard input: the model, auto-routing and the last user message are taken from it as the gateway does')
            [CompletionResult]::new('--path', '--path', [CompletionResultType]::ParameterName, 'The request''s path (with --request; default /v1/chat/completions): the gateway reads bodies only on paths ending in one of the router''s enableOnPathSuffix; a query string is ignored')
            [CompletionResult]::new('--content-type', '--content-type', [CompletionResultType]::ParameterName, 'The request''s Content-Type (with --request; default application/json): only one containing `application/json` is auto-routed')
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;route;enable' {
            [CompletionResult]::new('--default-model', '--default-model', [CompletionResultType]::ParameterName, 'Model used when no rule matches')
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;route;disable' {
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;route;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a routing rule')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the routing rules')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a routing rule by id (see `route list`)')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Show which rule and model the gateway would pick for a message')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn auto-routing on')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn auto-routing off (rules are kept)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'get-ai-gateway;route;help;add' {
            break
        }
        'get-ai-gateway;route;help;list' {
            break
        }
        'get-ai-gateway;route;help;remove' {
            break
        }
        'get-ai-gateway;route;help;test' {
            break
        }
        'get-ai-gateway;route;help;enable' {
            break
        }
        'get-ai-gateway;route;help;disable' {
            break
        }
        'get-ai-gateway;route;help;help' {
            break
        }
        'get-ai-gateway;config' {
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add or update a provider''s API key (hot-reloaded)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the providers the running gateway uses, keys masked')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a provider''s API key (and the fallbacks to it)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set what happens when a provider fails: key retries, key failover, upstream retries')
            [CompletionResult]::new('fallback', 'fallback', [CompletionResultType]::ParameterValue, 'Send a provider''s failed requests to other providers, or list the fallbacks')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Send each provider the smallest request, through the gateway (or --direct); exit 1 when one fails')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'get-ai-gateway;config;add' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Provider name (dashscope, deepseek, moonshot, …)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'API key; several keys separated by commas [default: $<PREFIX>_API_KEY]')
            [CompletionResult]::new('--models', '--models', [CompletionResultType]::ParameterName, 'Model patterns this provider serves')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'With --provider openai-compatible: this server''s name (several can coexist)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'With --provider openai-compatible: the server''s OpenAI base URL (e.g. http://192.168.1.20:8000/v1)')
            [CompletionResult]::new('--dashscope-key', '--dashscope-key', [CompletionResultType]::ParameterName, 'Aliyun Dashscope (Qwen) API key ("-" reads it from stdin)')
            [CompletionResult]::new('--dashscope-models', '--dashscope-models', [CompletionResultType]::ParameterName, 'Models routed to Aliyun Dashscope (Qwen) [default: qwen*]')
            [CompletionResult]::new('--deepseek-key', '--deepseek-key', [CompletionResultType]::ParameterName, 'DeepSeek API key ("-" reads it from stdin)')
            [CompletionResult]::new('--deepseek-models', '--deepseek-models', [CompletionResultType]::ParameterName, 'Models routed to DeepSeek [default: deepseek-*]')
            [CompletionResult]::new('--moonshot-key', '--moonshot-key', [CompletionResultType]::ParameterName, 'Moonshot (Kimi) API key ("-" reads it from stdin)')
            [CompletionResult]::new('--moonshot-models', '--moonshot-models', [CompletionResultType]::ParameterName, 'Models routed to Moonshot (Kimi) [default: moonshot-*,kimi-*]')
            [CompletionResult]::new('--zhipuai-key', '--zhipuai-key', [CompletionResultType]::ParameterName, 'Zhipu AI API key ("-" reads it from stdin)')
            [CompletionResult]::new('--zhipuai-models', '--zhipuai-models', [CompletionResultType]::ParameterName, 'Models routed to Zhipu AI [default: GLM-*,glm-*]')
            [CompletionResult]::new('--zhipuai-domain', '--zhipuai-domain', [CompletionResultType]::ParameterName, 'Zhipu AI domain (open.bigmodel.cn in China, api.z.ai international)')
            [CompletionResult]::new('--minimax-key', '--minimax-key', [CompletionResultType]::ParameterName, 'Minimax API key ("-" reads it from stdin)')
            [CompletionResult]::new('--minimax-models', '--minimax-models', [CompletionResultType]::ParameterName, 'Models routed to Minimax [default: abab-*,MiniMax-*,minimax-*]')
            [CompletionResult]::new('--minimax-group-id', '--minimax-group-id', [CompletionResultType]::ParameterName, 'Minimax group ID (only for ChatCompletion Pro)')
            [CompletionResult]::new('--azure-key', '--azure-key', [CompletionResultType]::ParameterName, 'Azure OpenAI API key ("-" reads it from stdin)')
            [CompletionResult]::new('--azure-models', '--azure-models', [CompletionResultType]::ParameterName, 'Models routed to Azure OpenAI [default: gpt-*,o1-*,o3-*]')
            [CompletionResult]::new('--azure-service-url', '--azure-service-url', [CompletionResultType]::ParameterName, 'Azure OpenAI service URL (https://RESOURCE.openai.azure.com/openai/deployments/DEPLOYMENT/chat/completions?api-version=…)')
            [CompletionResult]::new('--bedrock-key', '--bedrock-key', [CompletionResultType]::ParameterName, 'AWS Bedrock API key ("-" reads it from stdin)')
            [CompletionResult]::new('--bedrock-models', '--bedrock-models', [CompletionResultType]::ParameterName, 'Models routed to AWS Bedrock [default: *]')
            [CompletionResult]::new('--bedrock-region', '--bedrock-region', [CompletionResultType]::ParameterName, 'AWS region, e.g. us-east-1')
            [CompletionResult]::new('--bedrock-access-key', '--bedrock-access-key', [CompletionResultType]::ParameterName, 'AWS access key (Signature V4 authentication)')
            [CompletionResult]::new('--bedrock-secret-key', '--bedrock-secret-key', [CompletionResultType]::ParameterName, 'AWS secret key (Signature V4 authentication)')
            [CompletionResult]::new('--vertex-key', '--vertex-key', [CompletionResultType]::ParameterName, 'Google Vertex AI API key ("-" reads it from stdin)')
            [CompletionResult]::new('--vertex-models', '--vertex-models', [CompletionResultType]::ParameterName, 'Models routed to Google Vertex AI [default: gemini-*]')
            [CompletionResult]::new('--vertex-project-id', '--vertex-project-id', [CompletionResultType]::ParameterName, 'Google Cloud project ID')
            [CompletionResult]::new('--vertex-region', '--vertex-region', [CompletionResultType]::ParameterName, 'Google Cloud region, e.g. us-central1')
            [CompletionResult]::new('--vertex-auth-key-file', '--vertex-auth-key-file', [CompletionResultType]::ParameterName, 'Path to the service-account JSON key file (standard mode)')
            [CompletionResult]::new('--vertex-auth-service-name', '--vertex-auth-service-name', [CompletionResultType]::ParameterName, 'Vertex AI auth service name (standard mode)')
            [CompletionResult]::new('--openai-key', '--openai-key', [CompletionResultType]::ParameterName, 'OpenAI API key ("-" reads it from stdin)')
            [CompletionResult]::new('--openai-models', '--openai-models', [CompletionResultType]::ParameterName, 'Models routed to OpenAI [default: gpt-*,o1-*,o3-*]')
            [CompletionResult]::new('--openrouter-key', '--openrouter-key', [CompletionResultType]::ParameterName, 'OpenRouter API key ("-" reads it from stdin)')
            [CompletionResult]::new('--openrouter-models', '--openrouter-models', [CompletionResultType]::ParameterName, 'Models routed to OpenRouter [default: *]')
            [CompletionResult]::new('--yi-key', '--yi-key', [CompletionResultType]::ParameterName, '01.AI (Yi) API key ("-" reads it from stdin)')
            [CompletionResult]::new('--yi-models', '--yi-models', [CompletionResultType]::ParameterName, 'Models routed to 01.AI (Yi) [default: yi-*]')
            [CompletionResult]::new('--ai360-key', '--ai360-key', [CompletionResultType]::ParameterName, '360 Zhinao API key ("-" reads it from stdin)')
            [CompletionResult]::new('--ai360-models', '--ai360-models', [CompletionResultType]::ParameterName, 'Models routed to 360 Zhinao [default: 360GPT-*]')
            [CompletionResult]::new('--baichuan-key', '--baichuan-key', [CompletionResultType]::ParameterName, 'Baichuan AI API key ("-" reads it from stdin)')
            [CompletionResult]::new('--baichuan-models', '--baichuan-models', [CompletionResultType]::ParameterName, 'Models routed to Baichuan AI [default: Baichuan*]')
            [CompletionResult]::new('--baidu-key', '--baidu-key', [CompletionResultType]::ParameterName, 'Baidu AI Cloud API key ("-" reads it from stdin)')
            [CompletionResult]::new('--baidu-models', '--baidu-models', [CompletionResultType]::ParameterName, 'Models routed to Baidu AI Cloud [default: ERNIE-*]')
            [CompletionResult]::new('--claude-key', '--claude-key', [CompletionResultType]::ParameterName, 'Claude API key ("-" reads it from stdin)')
            [CompletionResult]::new('--claude-models', '--claude-models', [CompletionResultType]::ParameterName, 'Models routed to Claude [default: claude-*]')
            [CompletionResult]::new('--claude-version', '--claude-version', [CompletionResultType]::ParameterName, 'Claude API version')
            [CompletionResult]::new('--claude-code-key', '--claude-code-key', [CompletionResultType]::ParameterName, 'Claude Code OAuth token (from `claude setup-token`); enables Claude Code mode')
            [CompletionResult]::new('--cloudflare-key', '--cloudflare-key', [CompletionResultType]::ParameterName, 'Cloudflare Workers AI API key ("-" reads it from stdin)')
            [CompletionResult]::new('--cloudflare-models', '--cloudflare-models', [CompletionResultType]::ParameterName, 'Models routed to Cloudflare Workers AI [default: *]')
            [CompletionResult]::new('--cloudflare-account-id', '--cloudflare-account-id', [CompletionResultType]::ParameterName, 'Cloudflare account ID')
            [CompletionResult]::new('--cohere-key', '--cohere-key', [CompletionResultType]::ParameterName, 'Cohere API key ("-" reads it from stdin)')
            [CompletionResult]::new('--cohere-models', '--cohere-models', [CompletionResultType]::ParameterName, 'Models routed to Cohere [default: command*]')
            [CompletionResult]::new('--deepl-key', '--deepl-key', [CompletionResultType]::ParameterName, 'DeepL API key ("-" reads it from stdin)')
            [CompletionResult]::new('--deepl-models', '--deepl-models', [CompletionResultType]::ParameterName, 'Models routed to DeepL [default: *]')
            [CompletionResult]::new('--deepl-target-lang', '--deepl-target-lang', [CompletionResultType]::ParameterName, 'DeepL target language, e.g. EN, ZH, JA')
            [CompletionResult]::new('--dify-key', '--dify-key', [CompletionResultType]::ParameterName, 'Dify API key ("-" reads it from stdin)')
            [CompletionResult]::new('--dify-models', '--dify-models', [CompletionResultType]::ParameterName, 'Models routed to Dify [default: *]')
            [CompletionResult]::new('--dify-api-url', '--dify-api-url', [CompletionResultType]::ParameterName, 'Dify API URL (leave empty for the cloud service)')
            [CompletionResult]::new('--dify-bot-type', '--dify-bot-type', [CompletionResultType]::ParameterName, 'Dify application type: Chat, Completion, Agent or Workflow')
            [CompletionResult]::new('--dify-input-variable', '--dify-input-variable', [CompletionResultType]::ParameterName, 'Dify workflow input variable name')
            [CompletionResult]::new('--dify-output-variable', '--dify-output-variable', [CompletionResultType]::ParameterName, 'Dify workflow output variable name')
            [CompletionResult]::new('--doubao-key', '--doubao-key', [CompletionResultType]::ParameterName, 'Doubao API key ("-" reads it from stdin)')
            [CompletionResult]::new('--doubao-models', '--doubao-models', [CompletionResultType]::ParameterName, 'Models routed to Doubao [default: doubao-*]')
            [CompletionResult]::new('--fireworks-key', '--fireworks-key', [CompletionResultType]::ParameterName, 'Fireworks AI API key ("-" reads it from stdin)')
            [CompletionResult]::new('--fireworks-models', '--fireworks-models', [CompletionResultType]::ParameterName, 'Models routed to Fireworks AI [default: *]')
            [CompletionResult]::new('--github-key', '--github-key', [CompletionResultType]::ParameterName, 'Github Models API key ("-" reads it from stdin)')
            [CompletionResult]::new('--github-models', '--github-models', [CompletionResultType]::ParameterName, 'Models routed to Github Models [default: *]')
            [CompletionResult]::new('--gemini-key', '--gemini-key', [CompletionResultType]::ParameterName, 'Google Gemini API key ("-" reads it from stdin)')
            [CompletionResult]::new('--gemini-models', '--gemini-models', [CompletionResultType]::ParameterName, 'Models routed to Google Gemini [default: gemini-*]')
            [CompletionResult]::new('--grok-key', '--grok-key', [CompletionResultType]::ParameterName, 'Grok API key ("-" reads it from stdin)')
            [CompletionResult]::new('--grok-models', '--grok-models', [CompletionResultType]::ParameterName, 'Models routed to Grok [default: grok-*]')
            [CompletionResult]::new('--groq-key', '--groq-key', [CompletionResultType]::ParameterName, 'Groq API key ("-" reads it from stdin)')
            [CompletionResult]::new('--groq-models', '--groq-models', [CompletionResultType]::ParameterName, 'Models routed to Groq [default: *]')
            [CompletionResult]::new('--mistral-key', '--mistral-key', [CompletionResultType]::ParameterName, 'Mistral AI API key ("-" reads it from stdin)')
            [CompletionResult]::new('--mistral-models', '--mistral-models', [CompletionResultType]::ParameterName, 'Models routed to Mistral AI [default: mistral-*,open-mistral-*]')
            [CompletionResult]::new('--ollama-models', '--ollama-models', [CompletionResultType]::ParameterName, 'Models routed to Ollama [default: llama*,codellama*]')
            [CompletionResult]::new('--ollama-server-host', '--ollama-server-host', [CompletionResultType]::ParameterName, 'Ollama server host')
            [CompletionResult]::new('--ollama-server-port', '--ollama-server-port', [CompletionResultType]::ParameterName, 'Ollama server port')
            [CompletionResult]::new('--spark-key', '--spark-key', [CompletionResultType]::ParameterName, 'iFlyTek Spark API key ("-" reads it from stdin)')
            [CompletionResult]::new('--spark-models', '--spark-models', [CompletionResultType]::ParameterName, 'Models routed to iFlyTek Spark [default: *]')
            [CompletionResult]::new('--spark-secret', '--spark-secret', [CompletionResultType]::ParameterName, 'iFlyTek Spark API secret (joined to the key as KEY:SECRET)')
            [CompletionResult]::new('--stepfun-key', '--stepfun-key', [CompletionResultType]::ParameterName, 'Stepfun API key ("-" reads it from stdin)')
            [CompletionResult]::new('--stepfun-models', '--stepfun-models', [CompletionResultType]::ParameterName, 'Models routed to Stepfun [default: step-*]')
            [CompletionResult]::new('--hunyuan-models', '--hunyuan-models', [CompletionResultType]::ParameterName, 'Models routed to Tencent Hunyuan [default: hunyuan-*]')
            [CompletionResult]::new('--hunyuan-auth-id', '--hunyuan-auth-id', [CompletionResultType]::ParameterName, 'Tencent Hunyuan auth ID')
            [CompletionResult]::new('--hunyuan-auth-key', '--hunyuan-auth-key', [CompletionResultType]::ParameterName, 'Tencent Hunyuan auth key')
            [CompletionResult]::new('--togetherai-key', '--togetherai-key', [CompletionResultType]::ParameterName, 'Together AI API key ("-" reads it from stdin)')
            [CompletionResult]::new('--togetherai-models', '--togetherai-models', [CompletionResultType]::ParameterName, 'Models routed to Together AI [default: *]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retry a failed non-streaming request up to N times with another key of the provider (ai-proxy retryOnFailure)')
            [CompletionResult]::new('--retry-timeout', '--retry-timeout', [CompletionResultType]::ParameterName, 'Time for the retries (e.g. 30s, 500ms) [default: ai-proxy''s 60s]')
            [CompletionResult]::new('--health-model', '--health-model', [CompletionResultType]::ParameterName, 'With --failover: the model the health check asks for')
            [CompletionResult]::new('--failure-threshold', '--failure-threshold', [CompletionResultType]::ParameterName, 'With --failover: failed requests in a row that take a key out [default: 3]')
            [CompletionResult]::new('--health-interval', '--health-interval', [CompletionResultType]::ParameterName, 'With --failover: time between health checks (e.g. 5s) [default: 5s]')
            [CompletionResult]::new('--upstream-retries', '--upstream-retries', [CompletionResultType]::ParameterName, 'Let the gateway try the upstream N times on connection errors and timeouts (higress.io/proxy-next-upstream: error,timeout,non_idempotent)')
            [CompletionResult]::new('--upstream-timeout', '--upstream-timeout', [CompletionResultType]::ParameterName, 'With --upstream-retries: time for all tries (e.g. 120s; 0: no limit) [default: 0]')
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the API key from standard input')
            [CompletionResult]::new('--zhipuai-code-plan-mode', '--zhipuai-code-plan-mode', [CompletionResultType]::ParameterName, 'Enable Zhipu AI Code Plan mode')
            [CompletionResult]::new('--no-retries', '--no-retries', [CompletionResultType]::ParameterName, 'Turn --retries off')
            [CompletionResult]::new('--failover', '--failover', [CompletionResultType]::ParameterName, 'Take a failing key out of rotation until a health check passes (ai-proxy failover)')
            [CompletionResult]::new('--no-failover', '--no-failover', [CompletionResultType]::ParameterName, 'Turn --failover off')
            [CompletionResult]::new('--no-upstream-retries', '--no-upstream-retries', [CompletionResultType]::ParameterName, 'Turn --upstream-retries off')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;config;list' {
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (stable keys, nothing else on stdout)')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;config;remove' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Provider name')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'With --provider openai-compatible: the server''s name')
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;config;set' {
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retry a failed non-streaming request up to N times with another key of the provider (ai-proxy retryOnFailure)')
            [CompletionResult]::new('--retry-timeout', '--retry-timeout', [CompletionResultType]::ParameterName, 'Time for the retries (e.g. 30s, 500ms) [default: ai-proxy''s 60s]')
            [CompletionResult]::new('--health-model', '--health-model', [CompletionResultType]::ParameterName, 'With --failover: the model the health check asks for')
            [CompletionResult]::new('--failure-threshold', '--failure-threshold', [CompletionResultType]::ParameterName, 'With --failover: failed requests in a row that take a key out [default: 3]')
            [CompletionResult]::new('--health-interval', '--health-interval', [CompletionResultType]::ParameterName, 'With --failover: time between health checks (e.g. 5s) [default: 5s]')
            [CompletionResult]::new('--upstream-retries', '--upstream-retries', [CompletionResultType]::ParameterName, 'Let the gateway try the upstream N times on connection errors and timeouts (higress.io/proxy-next-upstream: error,timeout,non_idempotent)')
            [CompletionResult]::new('--upstream-timeout', '--upstream-timeout', [CompletionResultType]::ParameterName, 'With --upstream-retries: time for all tries (e.g. 120s; 0: no limit) [default: 0]')
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--no-retries', '--no-retries', [CompletionResultType]::ParameterName, 'Turn --retries off')
            [CompletionResult]::new('--failover', '--failover', [CompletionResultType]::ParameterName, 'Take a failing key out of rotation until a health check passes (ai-proxy failover)')
            [CompletionResult]::new('--no-failover', '--no-failover', [CompletionResultType]::ParameterName, 'Turn --failover off')
            [CompletionResult]::new('--no-upstream-retries', '--no-upstream-retries', [CompletionResultType]::ParameterName, 'Turn --upstream-retries off')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;config;fallback' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Where they go: one provider, or several separated by commas')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'Which failed responses: 5xx, 4xx or 4xx,5xx [default: 4xx,5xx]')
            [CompletionResult]::new('--strategy', '--strategy', [CompletionResultType]::ParameterName, 'seq: the first fallback only; rand: all of them, spread evenly [default: rand]')
            [CompletionResult]::new('--model-map', '--model-map', [CompletionResultType]::ParameterName, 'The model a fallback gets instead of the one asked for (FROM may end in * or be *); PROVIDER:FROM=TO for one fallback only. Repeatable')
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--off', '--off', [CompletionResultType]::ParameterName, 'Remove the provider''s fallback')
            [CompletionResult]::new('--list', '--list', [CompletionResultType]::ParameterName, 'List every fallback')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'With --list: print JSON')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;config;test' {
            [CompletionResult]::new('--model', '--model', [CompletionResultType]::ParameterName, 'The model to ask for [default: the provider''s test model]')
            [CompletionResult]::new('--gateway-url', '--gateway-url', [CompletionResultType]::ParameterName, 'The gateway''s URL, when it is reached through something else than its published port (e.g. http://gw.lan:8080) [default: the published HTTP port]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time each request may take (e.g. 10s)')
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Ask the provider''s own API from this machine, not the gateway (OpenAI-compatible APIs only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;config;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add or update a provider''s API key (hot-reloaded)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the providers the running gateway uses, keys masked')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a provider''s API key (and the fallbacks to it)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set what happens when a provider fails: key retries, key failover, upstream retries')
            [CompletionResult]::new('fallback', 'fallback', [CompletionResultType]::ParameterValue, 'Send a provider''s failed requests to other providers, or list the fallbacks')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Send each provider the smallest request, through the gateway (or --direct); exit 1 when one fails')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'get-ai-gateway;config;help;add' {
            break
        }
        'get-ai-gateway;config;help;list' {
            break
        }
        'get-ai-gateway;config;help;remove' {
            break
        }
        'get-ai-gateway;config;help;set' {
            break
        }
        'get-ai-gateway;config;help;fallback' {
            break
        }
        'get-ai-gateway;config;help;test' {
            break
        }
        'get-ai-gateway;config;help;help' {
            break
        }
        'get-ai-gateway;backup' {
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (stable keys, nothing else on stdout)')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;restore' {
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the gateway to become ready again')
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (stable keys, nothing else on stdout)')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;upgrade' {
            [CompletionResult]::new('--image-tag', '--image-tag', [CompletionResultType]::ParameterName, 'Image tag to move to [default: the current one, pulled again]')
            [CompletionResult]::new('--image-repo', '--image-repo', [CompletionResultType]::ParameterName, 'Image repository to move to [default: the current one]')
            [CompletionResult]::new('--metrics-port', '--metrics-port', [CompletionResultType]::ParameterName, 'Publish the gateway''s metrics (container port 15020) on this port as well, on 127.0.0.1 unless an address is given (ports are fixed when a container is created)')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the new gateway to become ready')
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--o11y', '--o11y', [CompletionResultType]::ParameterName, 'Move to the observability image (the tag with `-o11y` appended)')
            [CompletionResult]::new('--no-o11y', '--no-o11y', [CompletionResultType]::ParameterName, 'Move from the observability image to the plain one (`-o11y` removed from the tag)')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Only say whether the registry has a newer image; change nothing')
            [CompletionResult]::new('--rollback', '--rollback', [CompletionResultType]::ParameterName, 'Go back to the image and the data of before the last upgrade')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (stable keys, nothing else on stdout)')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;export' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to write')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Folder to write into (`-` with --format k8s: standard output) [default: higress-export]; with --format gateway, the file (`-`: standard output) [default: gateway.yaml]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace of the objects and of the chart')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of the images and plugins [default: PLUGIN_REGISTRY of default.cfg, else higress-registry.cn-hangzhou.cr.aliyuncs.com]')
            [CompletionResult]::new('--secrets', '--secrets', [CompletionResultType]::ParameterName, 'API keys: inline or redact (the ai-proxy plugin cannot read keys from a Kubernetes Secret, so there is no `secret`)')
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--plugin-server', '--plugin-server', [CompletionResultType]::ParameterName, 'Load the plugins from the chart''s plugin server (global.enablePluginServer) instead of oci://<registry>/plugins/')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'get-ai-gateway;apply' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The Gateway file (`-`: standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The Gateway file (`-`: standard input)')
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Remove what the gateway has and the file lacks (built-in providers are reset to their placeholder key)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and change nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (stable keys, nothing else on stdout)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before applying (asked only on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before applying (asked only on a terminal)')
            [CompletionResult]::new('--recreate', '--recreate', [CompletionResultType]::ParameterName, 'Carry out `start:` differences (image, ports, bind, data folder, metrics port) in one recreate through `upgrade` (checks, backup, recreate, verify, roll back on failure)')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;diff' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The Gateway file (`-`: standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The Gateway file (`-`: standard input)')
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'Exit 1 when there are differences')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'With --prune''s eyes: list what `apply --prune` would remove')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (stable keys, nothing else on stdout)')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;schema' {
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;usage' {
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Group by')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'From this date (YYYY-MM-DD in the time zone) or time (RFC 3339) [default: 6 days before today for --by day, else the beginning]')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Up to this date (inclusive) or time (exclusive)')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Read this access-log file (and its rotated copies FILE.1 … FILE.5) instead of the gateway''s; no container needed')
            [CompletionResult]::new('--pricing', '--pricing', [CompletionResultType]::ParameterName, 'Prices in USD per 1M tokens that override the built-in table (JSON: {"model": {"input": 2.5, "output": 10, "cached": 1.25, "reasoning": 10}})')
            [CompletionResult]::new('--timezone', '--timezone', [CompletionResultType]::ParameterName, 'Time zone of dates (IANA name, e.g. Asia/Shanghai) [default: this machine''s]')
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--breakdown', '--breakdown', [CompletionResultType]::ParameterName, 'Also show each group per model')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read the whole log again instead of only what is new since the last run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (stable keys, nothing else on stdout)')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the report to a file as JSON or CSV')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'get-ai-gateway;usage;export' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'File format')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Group by')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'From this date (YYYY-MM-DD in the time zone) or time (RFC 3339) [default: 6 days before today for --by day, else the beginning]')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Up to this date (inclusive) or time (exclusive)')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Read this access-log file (and its rotated copies FILE.1 … FILE.5) instead of the gateway''s; no container needed')
            [CompletionResult]::new('--pricing', '--pricing', [CompletionResultType]::ParameterName, 'Prices in USD per 1M tokens that override the built-in table (JSON: {"model": {"input": 2.5, "output": 10, "cached": 1.25, "reasoning": 10}})')
            [CompletionResult]::new('--timezone', '--timezone', [CompletionResultType]::ParameterName, 'Time zone of dates (IANA name, e.g. Asia/Shanghai) [default: this machine''s]')
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--breakdown', '--breakdown', [CompletionResultType]::ParameterName, 'Also show each group per model')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read the whole log again instead of only what is new since the last run')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;usage;help' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the report to a file as JSON or CSV')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'get-ai-gateway;usage;help;export' {
            break
        }
        'get-ai-gateway;usage;help;help' {
            break
        }
        'get-ai-gateway;sessions' {
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List sessions with their rounds, tokens and cost')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every round of a session: time, model, tokens, question, answer, reasoning, tool calls, cost')
            [CompletionResult]::new('follow', 'follow', [CompletionResultType]::ParameterValue, 'Print rounds as they happen')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve a dashboard (overview, sessions, models, a page per session) and its JSON API')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'get-ai-gateway;sessions;list' {
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order (largest or newest first)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many sessions')
            [CompletionResult]::new('--model', '--model', [CompletionResultType]::ParameterName, 'Only rounds of this model')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only rounds from this date (YYYY-MM-DD) or time (RFC 3339)')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Read this access-log file (and its rotated copies FILE.1 … FILE.5) instead of the gateway''s; no container needed')
            [CompletionResult]::new('--pricing', '--pricing', [CompletionResultType]::ParameterName, 'Prices in USD per 1M tokens that override the built-in table (JSON: {"model": {"input": 2.5, "output": 10, "cached": 1.25, "reasoning": 10}})')
            [CompletionResult]::new('--timezone', '--timezone', [CompletionResultType]::ParameterName, 'Time zone of dates (IANA name, e.g. Asia/Shanghai) [default: this machine''s]')
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read the whole log again instead of only what is new since the last run')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;sessions;show' {
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Read this access-log file (and its rotated copies FILE.1 … FILE.5) instead of the gateway''s; no container needed')
            [CompletionResult]::new('--pricing', '--pricing', [CompletionResultType]::ParameterName, 'Prices in USD per 1M tokens that override the built-in table (JSON: {"model": {"input": 2.5, "output": 10, "cached": 1.25, "reasoning": 10}})')
            [CompletionResult]::new('--timezone', '--timezone', [CompletionResultType]::ParameterName, 'Time zone of dates (IANA name, e.g. Asia/Shanghai) [default: this machine''s]')
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read the whole log again instead of only what is new since the last run')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;sessions;follow' {
            [CompletionResult]::new('--session', '--session', [CompletionResultType]::ParameterName, 'Only this session')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Read this access-log file (and its rotated copies FILE.1 … FILE.5) instead of the gateway''s; no container needed')
            [CompletionResult]::new('--pricing', '--pricing', [CompletionResultType]::ParameterName, 'Prices in USD per 1M tokens that override the built-in table (JSON: {"model": {"input": 2.5, "output": 10, "cached": 1.25, "reasoning": 10}})')
            [CompletionResult]::new('--timezone', '--timezone', [CompletionResultType]::ParameterName, 'Time zone of dates (IANA name, e.g. Asia/Shanghai) [default: this machine''s]')
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read the whole log again instead of only what is new since the last run')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;sessions;serve' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Address to listen on (a non-local address exposes conversations to the network)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port to listen on')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Read this access-log file (and its rotated copies FILE.1 … FILE.5) instead of the gateway''s; no container needed')
            [CompletionResult]::new('--pricing', '--pricing', [CompletionResultType]::ParameterName, 'Prices in USD per 1M tokens that override the built-in table (JSON: {"model": {"input": 2.5, "output": 10, "cached": 1.25, "reasoning": 10}})')
            [CompletionResult]::new('--timezone', '--timezone', [CompletionResultType]::ParameterName, 'Time zone of dates (IANA name, e.g. Asia/Shanghai) [default: this machine''s]')
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read the whole log again instead of only what is new since the last run')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;sessions;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List sessions with their rounds, tokens and cost')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every round of a session: time, model, tokens, question, answer, reasoning, tool calls, cost')
            [CompletionResult]::new('follow', 'follow', [CompletionResultType]::ParameterValue, 'Print rounds as they happen')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve a dashboard (overview, sessions, models, a page per session) and its JSON API')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'get-ai-gateway;sessions;help;list' {
            break
        }
        'get-ai-gateway;sessions;help;show' {
            break
        }
        'get-ai-gateway;sessions;help;follow' {
            break
        }
        'get-ai-gateway;sessions;help;serve' {
            break
        }
        'get-ai-gateway;sessions;help;help' {
            break
        }
        'get-ai-gateway;plugin' {
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Install (or update) the plugin into the runtime''s extensions folder')
            [CompletionResult]::new('uninstall', 'uninstall', [CompletionResultType]::ParameterValue, 'Remove the plugin')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show whether the plugin is installed, enabled and configured')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'get-ai-gateway;plugin;install' {
            [CompletionResult]::new('--runtime', '--runtime', [CompletionResultType]::ParameterName, 'Agent runtime')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'The runtime''s home folder [default: ~/.openclaw or ~/.clawdbot]')
            [CompletionResult]::new('--dest', '--dest', [CompletionResultType]::ParameterName, 'Install into this folder instead of <home>/extensions/<plugin id>')
            [CompletionResult]::new('--gateway-url', '--gateway-url', [CompletionResultType]::ParameterName, 'Gateway URL [default: from the running container''s HTTP port]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key the runtime sends to the gateway')
            [CompletionResult]::new('--models', '--models', [CompletionResultType]::ParameterName, 'Models to offer, comma-separated [default: from the gateway]')
            [CompletionResult]::new('--default-model', '--default-model', [CompletionResultType]::ParameterName, 'The runtime''s default model [default: higress/auto when auto-routing is on]')
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing copy without keeping a backup')
            [CompletionResult]::new('--configure', '--configure', [CompletionResultType]::ParameterName, 'Also configure the provider in the runtime''s config file (no interactive login)')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;plugin;uninstall' {
            [CompletionResult]::new('--runtime', '--runtime', [CompletionResultType]::ParameterName, 'Agent runtime')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'The runtime''s home folder [default: ~/.openclaw or ~/.clawdbot]')
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;plugin;status' {
            [CompletionResult]::new('--runtime', '--runtime', [CompletionResultType]::ParameterName, 'Agent runtime')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'The runtime''s home folder [default: ~/.openclaw or ~/.clawdbot]')
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;plugin;help' {
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Install (or update) the plugin into the runtime''s extensions folder')
            [CompletionResult]::new('uninstall', 'uninstall', [CompletionResultType]::ParameterValue, 'Remove the plugin')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show whether the plugin is installed, enabled and configured')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'get-ai-gateway;plugin;help;install' {
            break
        }
        'get-ai-gateway;plugin;help;uninstall' {
            break
        }
        'get-ai-gateway;plugin;help;status' {
            break
        }
        'get-ai-gateway;plugin;help;help' {
            break
        }
        'get-ai-gateway;redis' {
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the Redis beside the gateway: container, reachability from the gateway, memory')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start the Redis container beside the gateway')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the Redis container (token limits then let requests through: FAIL_OPEN)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'get-ai-gateway;redis;status' {
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (stable keys, nothing else on stdout)')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;redis;start' {
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;redis;stop' {
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;redis;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the Redis beside the gateway: container, reachability from the gateway, memory')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start the Redis container beside the gateway')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the Redis container (token limits then let requests through: FAIL_OPEN)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'get-ai-gateway;redis;help;status' {
            break
        }
        'get-ai-gateway;redis;help;start' {
            break
        }
        'get-ai-gateway;redis;help;stop' {
            break
        }
        'get-ai-gateway;redis;help;help' {
            break
        }
        'get-ai-gateway;keys' {
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a gateway API key for a client (shown once; clients send `Authorization: Bearer <key>`)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change which providers a gateway key may use, its request rate and its token limits')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the gateway API keys (names, masked keys, providers, rates, token limits) and whether they are required')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete a gateway API key (the last one turns the requirement off)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Require a gateway API key on every request')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop requiring a gateway API key (the keys are kept)')
            [CompletionResult]::new('quota', 'quota', [CompletionResultType]::ParameterValue, 'Token quotas per key (ai-quota, kept in Redis): `quota enable|disable`, or `quota NAME --set N|--add N|--show`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'get-ai-gateway;keys;add' {
            [CompletionResult]::new('--providers', '--providers', [CompletionResultType]::ParameterName, 'The providers this key may use, e.g. openai,deepseek (an OpenAI-compatible server by its name), or all [add: all; set: unchanged]')
            [CompletionResult]::new('--requests-per-second', '--requests-per-second', [CompletionResultType]::ParameterName, 'At most N requests a second with this key (counted in each gateway process)')
            [CompletionResult]::new('--requests-per-minute', '--requests-per-minute', [CompletionResultType]::ParameterName, 'At most N requests a minute with this key (counted in each gateway process)')
            [CompletionResult]::new('--requests-per-hour', '--requests-per-hour', [CompletionResultType]::ParameterName, 'At most N requests an hour with this key (counted in each gateway process)')
            [CompletionResult]::new('--requests-per-day', '--requests-per-day', [CompletionResultType]::ParameterName, 'At most N requests a day with this key (counted in each gateway process)')
            [CompletionResult]::new('--tokens-per-second', '--tokens-per-second', [CompletionResultType]::ParameterName, 'Tokens (input + output) this key may use per second (0 removes the limit)')
            [CompletionResult]::new('--tokens-per-minute', '--tokens-per-minute', [CompletionResultType]::ParameterName, 'Tokens this key may use per minute (0 removes the limit)')
            [CompletionResult]::new('--tokens-per-hour', '--tokens-per-hour', [CompletionResultType]::ParameterName, 'Tokens this key may use per hour (0 removes the limit)')
            [CompletionResult]::new('--tokens-per-day', '--tokens-per-day', [CompletionResultType]::ParameterName, 'Tokens this key may use per day (0 removes the limit)')
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--unlimited', '--unlimited', [CompletionResultType]::ParameterName, 'No request rate for this key (set)')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;keys;set' {
            [CompletionResult]::new('--providers', '--providers', [CompletionResultType]::ParameterName, 'The providers this key may use, e.g. openai,deepseek (an OpenAI-compatible server by its name), or all [add: all; set: unchanged]')
            [CompletionResult]::new('--requests-per-second', '--requests-per-second', [CompletionResultType]::ParameterName, 'At most N requests a second with this key (counted in each gateway process)')
            [CompletionResult]::new('--requests-per-minute', '--requests-per-minute', [CompletionResultType]::ParameterName, 'At most N requests a minute with this key (counted in each gateway process)')
            [CompletionResult]::new('--requests-per-hour', '--requests-per-hour', [CompletionResultType]::ParameterName, 'At most N requests an hour with this key (counted in each gateway process)')
            [CompletionResult]::new('--requests-per-day', '--requests-per-day', [CompletionResultType]::ParameterName, 'At most N requests a day with this key (counted in each gateway process)')
            [CompletionResult]::new('--tokens-per-second', '--tokens-per-second', [CompletionResultType]::ParameterName, 'Tokens (input + output) this key may use per second (0 removes the limit)')
            [CompletionResult]::new('--tokens-per-minute', '--tokens-per-minute', [CompletionResultType]::ParameterName, 'Tokens this key may use per minute (0 removes the limit)')
            [CompletionResult]::new('--tokens-per-hour', '--tokens-per-hour', [CompletionResultType]::ParameterName, 'Tokens this key may use per hour (0 removes the limit)')
            [CompletionResult]::new('--tokens-per-day', '--tokens-per-day', [CompletionResultType]::ParameterName, 'Tokens this key may use per day (0 removes the limit)')
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--unlimited', '--unlimited', [CompletionResultType]::ParameterName, 'No request rate for this key (set)')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;keys;list' {
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (stable keys, nothing else on stdout)')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;keys;remove' {
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;keys;enable' {
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;keys;disable' {
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;keys;quota' {
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Set the key''s quota to N tokens (ai-quota''s refresh)')
            [CompletionResult]::new('--add', '--add', [CompletionResultType]::ParameterName, 'Add N tokens to the key''s quota (negative: take them off; ai-quota''s delta)')
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--show', '--show', [CompletionResultType]::ParameterName, 'Show the key''s quota (the tokens it has left)')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn quotas on: writes ai-quota (needs Redis: `start --redis`), requires keys, and makes the key the tool manages quotas with')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn quotas off (the quotas stay in Redis; the tool''s admin key is removed)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'get-ai-gateway;keys;quota;enable' {
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;keys;quota;disable' {
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;keys;quota;help' {
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn quotas on: writes ai-quota (needs Redis: `start --redis`), requires keys, and makes the key the tool manages quotas with')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn quotas off (the quotas stay in Redis; the tool''s admin key is removed)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'get-ai-gateway;keys;quota;help;enable' {
            break
        }
        'get-ai-gateway;keys;quota;help;disable' {
            break
        }
        'get-ai-gateway;keys;quota;help;help' {
            break
        }
        'get-ai-gateway;keys;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a gateway API key for a client (shown once; clients send `Authorization: Bearer <key>`)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change which providers a gateway key may use, its request rate and its token limits')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the gateway API keys (names, masked keys, providers, rates, token limits) and whether they are required')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete a gateway API key (the last one turns the requirement off)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Require a gateway API key on every request')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop requiring a gateway API key (the keys are kept)')
            [CompletionResult]::new('quota', 'quota', [CompletionResultType]::ParameterValue, 'Token quotas per key (ai-quota, kept in Redis): `quota enable|disable`, or `quota NAME --set N|--add N|--show`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'get-ai-gateway;keys;help;add' {
            break
        }
        'get-ai-gateway;keys;help;set' {
            break
        }
        'get-ai-gateway;keys;help;list' {
            break
        }
        'get-ai-gateway;keys;help;remove' {
            break
        }
        'get-ai-gateway;keys;help;enable' {
            break
        }
        'get-ai-gateway;keys;help;disable' {
            break
        }
        'get-ai-gateway;keys;help;quota' {
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn quotas on: writes ai-quota (needs Redis: `start --redis`), requires keys, and makes the key the tool manages quotas with')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn quotas off (the quotas stay in Redis; the tool''s admin key is removed)')
            break
        }
        'get-ai-gateway;keys;help;quota;enable' {
            break
        }
        'get-ai-gateway;keys;help;quota;disable' {
            break
        }
        'get-ai-gateway;keys;help;help' {
            break
        }
        'get-ai-gateway;mcp' {
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Put an MCP server behind the gateway at /mcp-servers/NAME: proxy an existing one (--proxy URL) or serve a REST API as tools (--tools FILE --upstream URL)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the MCP servers behind the gateway')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an MCP server (the last one switches MCP off again)')
            [CompletionResult]::new('tools', 'tools', [CompletionResultType]::ParameterValue, 'List a server''s tools as the gateway serves them (from the file for --tools, from the server''s own tools/list for --proxy)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'get-ai-gateway;mcp;add' {
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Proxy this MCP server, e.g. http://172.17.0.1:3000/mcp (an address the gateway''s container reaches; not localhost)')
            [CompletionResult]::new('--transport', '--transport', [CompletionResultType]::ParameterName, 'How the gateway talks to the --proxy server [default: streamable]')
            [CompletionResult]::new('--tools', '--tools', [CompletionResultType]::ParameterName, 'Serve a REST API as tools, from the mcp-server plugin''s server/tools YAML')
            [CompletionResult]::new('--upstream', '--upstream', [CompletionResultType]::ParameterName, 'The REST API the --tools file calls, e.g. https://api.example.com')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What the server offers (shown in `mcp list` and the console)')
            [CompletionResult]::new('--keys', '--keys', [CompletionResultType]::ParameterName, 'Only these gateway keys may call the server (names from `keys list`)')
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'get-ai-gateway;mcp;list' {
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (stable keys, nothing else on stdout)')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;mcp;remove' {
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;mcp;tools' {
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (stable keys, nothing else on stdout)')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;mcp;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Put an MCP server behind the gateway at /mcp-servers/NAME: proxy an existing one (--proxy URL) or serve a REST API as tools (--tools FILE --upstream URL)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the MCP servers behind the gateway')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an MCP server (the last one switches MCP off again)')
            [CompletionResult]::new('tools', 'tools', [CompletionResultType]::ParameterValue, 'List a server''s tools as the gateway serves them (from the file for --tools, from the server''s own tools/list for --proxy)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'get-ai-gateway;mcp;help;add' {
            break
        }
        'get-ai-gateway;mcp;help;list' {
            break
        }
        'get-ai-gateway;mcp;help;remove' {
            break
        }
        'get-ai-gateway;mcp;help;tools' {
            break
        }
        'get-ai-gateway;mcp;help;help' {
            break
        }
        'get-ai-gateway;console' {
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'The console''s admin password: masked, in full (--show), or a new one (--reset, also when the old one is forgotten)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'get-ai-gateway;console;password' {
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'With --reset: `-` reads the new password from stdin (never from the command line, where every local user could read it)')
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--show', '--show', [CompletionResultType]::ParameterName, 'Print the password in full (alone on stdout)')
            [CompletionResult]::new('--reset', '--reset', [CompletionResultType]::ParameterName, 'Set a new password (generated, or read from stdin with --password -) and show it once; needs no old password')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;console;help' {
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'The console''s admin password: masked, in full (--show), or a new one (--reset, also when the old one is forgotten)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'get-ai-gateway;console;help;password' {
            break
        }
        'get-ai-gateway;console;help;help' {
            break
        }
        'get-ai-gateway;skills' {
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Install (or update) the skills into the runtime''s skills folder')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the skills and where they are installed')
            [CompletionResult]::new('uninstall', 'uninstall', [CompletionResultType]::ParameterValue, 'Remove the skills (other skills in the folder are kept)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'get-ai-gateway;skills;install' {
            [CompletionResult]::new('--runtime', '--runtime', [CompletionResultType]::ParameterName, 'Agent runtime [auto: the one on PATH: openclaw, else clawdbot, else claude]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'The runtime''s home folder [default: ~/.openclaw, ~/.clawdbot or ~/.claude]')
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace changed copies without keeping a backup')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;skills;list' {
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (stable keys, nothing else on stdout)')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;skills;uninstall' {
            [CompletionResult]::new('--runtime', '--runtime', [CompletionResultType]::ParameterName, 'Agent runtime [auto: the one on PATH: openclaw, else clawdbot, else claude]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'The runtime''s home folder [default: ~/.openclaw, ~/.clawdbot or ~/.claude]')
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;skills;help' {
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Install (or update) the skills into the runtime''s skills folder')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the skills and where they are installed')
            [CompletionResult]::new('uninstall', 'uninstall', [CompletionResultType]::ParameterValue, 'Remove the skills (other skills in the folder are kept)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'get-ai-gateway;skills;help;install' {
            break
        }
        'get-ai-gateway;skills;help;list' {
            break
        }
        'get-ai-gateway;skills;help;uninstall' {
            break
        }
        'get-ai-gateway;skills;help;help' {
            break
        }
        'get-ai-gateway;metrics' {
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Group by provider, route, model or consumer')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds between the two samples the rates come from (and between redraws)')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'With --watch, stop after N intervals')
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (one object; with --watch one line of JSON per interval)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Keep going: redraw like `top` on a terminal, else print one line per interval')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'get-ai-gateway;dashboard' {
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Open it in the browser (printed when there is no display)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (stable keys, nothing else on stdout)')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;tracing' {
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Send traces to a collector: writes higress-config''s `tracing:` and the collector''s McpBridge registry (hot-reloaded)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop sending traces (the collector''s settings are kept)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the tracing settings and whether the controller accepts them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'get-ai-gateway;tracing;enable' {
            [CompletionResult]::new('--otlp', '--otlp', [CompletionResultType]::ParameterName, 'An OpenTelemetry collector (OTLP over gRPC), e.g. otel.example.com:4317')
            [CompletionResult]::new('--zipkin', '--zipkin', [CompletionResultType]::ParameterName, 'A Zipkin collector (HTTP JSON, /api/v2/spans), e.g. zipkin.example.com:9411')
            [CompletionResult]::new('--skywalking', '--skywalking', [CompletionResultType]::ParameterName, 'A SkyWalking OAP server (gRPC), e.g. oap.example.com:11800')
            [CompletionResult]::new('--sampling', '--sampling', [CompletionResultType]::ParameterName, 'Percentage of requests traced, 0 to 100')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of the gRPC export, in milliseconds (more than 0)')
            [CompletionResult]::new('--access-token', '--access-token', [CompletionResultType]::ParameterName, 'SkyWalking''s access token (with --skywalking)')
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;tracing;disable' {
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;tracing;status' {
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (stable keys, nothing else on stdout)')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;tracing;help' {
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Send traces to a collector: writes higress-config''s `tracing:` and the collector''s McpBridge registry (hot-reloaded)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop sending traces (the collector''s settings are kept)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the tracing settings and whether the controller accepts them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'get-ai-gateway;tracing;help;enable' {
            break
        }
        'get-ai-gateway;tracing;help;disable' {
            break
        }
        'get-ai-gateway;tracing;help;status' {
            break
        }
        'get-ai-gateway;tracing;help;help' {
            break
        }
        'get-ai-gateway;completions' {
            [CompletionResult]::new('--container-name', '--container-name', [CompletionResultType]::ParameterName, 'Container name')
            [CompletionResult]::new('--data-folder', '--data-folder', [CompletionResultType]::ParameterName, 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]')
            [CompletionResult]::new('--non-interactive', '--non-interactive', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Never prompt (also --batch); the default when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'get-ai-gateway;help' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Create and start the gateway, start a stopped one, or show the running one (default)')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the gateway container')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove the stopped gateway container (the data folder is kept)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the gateway''s state, ports, providers and auto-routing')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Read every file the gateway reads, as the gateway reads it, and list each problem with its fix (exit 1 when there is one)')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the engine, ports, data folder, container, gateway and host limits; one line per check, each failure with its fix (exit 1 when one fails)')
            [CompletionResult]::new('logs', 'logs', [CompletionResultType]::ParameterValue, 'Show the gateway''s logs')
            [CompletionResult]::new('route', 'route', [CompletionResultType]::ParameterValue, 'Manage auto-routing rules (model "higress/auto")')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Manage provider API keys')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Save the data folder (keys, rules, settings) to a .tar.gz while the gateway runs')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Replace the data folder by a backup (checked first) and start the gateway again')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Move the gateway to another image: pull, back up, recreate, verify, roll back on failure')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export the configuration for Kubernetes: Helm values and manifests for the Higress chart (from the running container, or from --data-folder alone)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the gateway what a Gateway file says, creating it when there is none (gateway as code; see docs/gateway-as-code.md)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what `apply` would change, and change nothing')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the JSON Schema (draft 2020-12) of the Gateway file')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Token usage and cost from the gateway''s access log')
            [CompletionResult]::new('sessions', 'sessions', [CompletionResultType]::ParameterValue, 'Agent sessions in the gateway''s access log')
            [CompletionResult]::new('plugin', 'plugin', [CompletionResultType]::ParameterValue, 'Install the Higress provider plugin for OpenClaw or Clawdbot')
            [CompletionResult]::new('redis', 'redis', [CompletionResultType]::ParameterValue, 'Redis beside the gateway (for token limits and quotas)')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Gateway API keys: who may call the gateway (key-auth)')
            [CompletionResult]::new('mcp', 'mcp', [CompletionResultType]::ParameterValue, 'MCP servers through the gateway: proxy existing ones, serve REST APIs as tools, under the gateway''s keys')
            [CompletionResult]::new('console', 'console', [CompletionResultType]::ParameterValue, 'The console''s admin account (set by `start`; `console password --reset` when forgotten)')
            [CompletionResult]::new('skills', 'skills', [CompletionResultType]::ParameterValue, 'Install the agent skills (deploy, auto-routing) for OpenClaw, Clawdbot or Claude Code')
            [CompletionResult]::new('metrics', 'metrics', [CompletionResultType]::ParameterValue, 'Live requests/s, errors, latency and tokens per provider, route, model or consumer (the gateway''s Prometheus metrics, two samples apart)')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'Print, or open in a browser, the Grafana of the -o11y image (through the console)')
            [CompletionResult]::new('tracing', 'tracing', [CompletionResultType]::ParameterValue, 'Traces to an OpenTelemetry, Zipkin or SkyWalking collector (higress-config `tracing:`)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'get-ai-gateway;help;start' {
            break
        }
        'get-ai-gateway;help;stop' {
            break
        }
        'get-ai-gateway;help;delete' {
            break
        }
        'get-ai-gateway;help;status' {
            break
        }
        'get-ai-gateway;help;check' {
            break
        }
        'get-ai-gateway;help;doctor' {
            break
        }
        'get-ai-gateway;help;logs' {
            break
        }
        'get-ai-gateway;help;route' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a routing rule')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the routing rules')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a routing rule by id (see `route list`)')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Show which rule and model the gateway would pick for a message')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn auto-routing on')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn auto-routing off (rules are kept)')
            break
        }
        'get-ai-gateway;help;route;add' {
            break
        }
        'get-ai-gateway;help;route;list' {
            break
        }
        'get-ai-gateway;help;route;remove' {
            break
        }
        'get-ai-gateway;help;route;test' {
            break
        }
        'get-ai-gateway;help;route;enable' {
            break
        }
        'get-ai-gateway;help;route;disable' {
            break
        }
        'get-ai-gateway;help;config' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add or update a provider''s API key (hot-reloaded)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the providers the running gateway uses, keys masked')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a provider''s API key (and the fallbacks to it)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set what happens when a provider fails: key retries, key failover, upstream retries')
            [CompletionResult]::new('fallback', 'fallback', [CompletionResultType]::ParameterValue, 'Send a provider''s failed requests to other providers, or list the fallbacks')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Send each provider the smallest request, through the gateway (or --direct); exit 1 when one fails')
            break
        }
        'get-ai-gateway;help;config;add' {
            break
        }
        'get-ai-gateway;help;config;list' {
            break
        }
        'get-ai-gateway;help;config;remove' {
            break
        }
        'get-ai-gateway;help;config;set' {
            break
        }
        'get-ai-gateway;help;config;fallback' {
            break
        }
        'get-ai-gateway;help;config;test' {
            break
        }
        'get-ai-gateway;help;backup' {
            break
        }
        'get-ai-gateway;help;restore' {
            break
        }
        'get-ai-gateway;help;upgrade' {
            break
        }
        'get-ai-gateway;help;export' {
            break
        }
        'get-ai-gateway;help;apply' {
            break
        }
        'get-ai-gateway;help;diff' {
            break
        }
        'get-ai-gateway;help;schema' {
            break
        }
        'get-ai-gateway;help;usage' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the report to a file as JSON or CSV')
            break
        }
        'get-ai-gateway;help;usage;export' {
            break
        }
        'get-ai-gateway;help;sessions' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List sessions with their rounds, tokens and cost')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every round of a session: time, model, tokens, question, answer, reasoning, tool calls, cost')
            [CompletionResult]::new('follow', 'follow', [CompletionResultType]::ParameterValue, 'Print rounds as they happen')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve a dashboard (overview, sessions, models, a page per session) and its JSON API')
            break
        }
        'get-ai-gateway;help;sessions;list' {
            break
        }
        'get-ai-gateway;help;sessions;show' {
            break
        }
        'get-ai-gateway;help;sessions;follow' {
            break
        }
        'get-ai-gateway;help;sessions;serve' {
            break
        }
        'get-ai-gateway;help;plugin' {
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Install (or update) the plugin into the runtime''s extensions folder')
            [CompletionResult]::new('uninstall', 'uninstall', [CompletionResultType]::ParameterValue, 'Remove the plugin')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show whether the plugin is installed, enabled and configured')
            break
        }
        'get-ai-gateway;help;plugin;install' {
            break
        }
        'get-ai-gateway;help;plugin;uninstall' {
            break
        }
        'get-ai-gateway;help;plugin;status' {
            break
        }
        'get-ai-gateway;help;redis' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the Redis beside the gateway: container, reachability from the gateway, memory')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start the Redis container beside the gateway')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the Redis container (token limits then let requests through: FAIL_OPEN)')
            break
        }
        'get-ai-gateway;help;redis;status' {
            break
        }
        'get-ai-gateway;help;redis;start' {
            break
        }
        'get-ai-gateway;help;redis;stop' {
            break
        }
        'get-ai-gateway;help;keys' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a gateway API key for a client (shown once; clients send `Authorization: Bearer <key>`)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change which providers a gateway key may use, its request rate and its token limits')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the gateway API keys (names, masked keys, providers, rates, token limits) and whether they are required')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete a gateway API key (the last one turns the requirement off)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Require a gateway API key on every request')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop requiring a gateway API key (the keys are kept)')
            [CompletionResult]::new('quota', 'quota', [CompletionResultType]::ParameterValue, 'Token quotas per key (ai-quota, kept in Redis): `quota enable|disable`, or `quota NAME --set N|--add N|--show`')
            break
        }
        'get-ai-gateway;help;keys;add' {
            break
        }
        'get-ai-gateway;help;keys;set' {
            break
        }
        'get-ai-gateway;help;keys;list' {
            break
        }
        'get-ai-gateway;help;keys;remove' {
            break
        }
        'get-ai-gateway;help;keys;enable' {
            break
        }
        'get-ai-gateway;help;keys;disable' {
            break
        }
        'get-ai-gateway;help;keys;quota' {
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn quotas on: writes ai-quota (needs Redis: `start --redis`), requires keys, and makes the key the tool manages quotas with')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn quotas off (the quotas stay in Redis; the tool''s admin key is removed)')
            break
        }
        'get-ai-gateway;help;keys;quota;enable' {
            break
        }
        'get-ai-gateway;help;keys;quota;disable' {
            break
        }
        'get-ai-gateway;help;mcp' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Put an MCP server behind the gateway at /mcp-servers/NAME: proxy an existing one (--proxy URL) or serve a REST API as tools (--tools FILE --upstream URL)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the MCP servers behind the gateway')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an MCP server (the last one switches MCP off again)')
            [CompletionResult]::new('tools', 'tools', [CompletionResultType]::ParameterValue, 'List a server''s tools as the gateway serves them (from the file for --tools, from the server''s own tools/list for --proxy)')
            break
        }
        'get-ai-gateway;help;mcp;add' {
            break
        }
        'get-ai-gateway;help;mcp;list' {
            break
        }
        'get-ai-gateway;help;mcp;remove' {
            break
        }
        'get-ai-gateway;help;mcp;tools' {
            break
        }
        'get-ai-gateway;help;console' {
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'The console''s admin password: masked, in full (--show), or a new one (--reset, also when the old one is forgotten)')
            break
        }
        'get-ai-gateway;help;console;password' {
            break
        }
        'get-ai-gateway;help;skills' {
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Install (or update) the skills into the runtime''s skills folder')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the skills and where they are installed')
            [CompletionResult]::new('uninstall', 'uninstall', [CompletionResultType]::ParameterValue, 'Remove the skills (other skills in the folder are kept)')
            break
        }
        'get-ai-gateway;help;skills;install' {
            break
        }
        'get-ai-gateway;help;skills;list' {
            break
        }
        'get-ai-gateway;help;skills;uninstall' {
            break
        }
        'get-ai-gateway;help;metrics' {
            break
        }
        'get-ai-gateway;help;dashboard' {
            break
        }
        'get-ai-gateway;help;tracing' {
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Send traces to a collector: writes higress-config''s `tracing:` and the collector''s McpBridge registry (hot-reloaded)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop sending traces (the collector''s settings are kept)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the tracing settings and whether the controller accepts them')
            break
        }
        'get-ai-gateway;help;tracing;enable' {
            break
        }
        'get-ai-gateway;help;tracing;disable' {
            break
        }
        'get-ai-gateway;help;tracing;status' {
            break
        }
        'get-ai-gateway;help;completions' {
            break
        }
        'get-ai-gateway;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
