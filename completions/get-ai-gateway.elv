
use builtin;
use str;

set edit:completion:arg-completer[get-ai-gateway] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'get-ai-gateway'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'get-ai-gateway'= {
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand start 'Create and start the gateway, start a stopped one, or show the running one (default)'
            cand stop 'Stop the gateway container'
            cand delete 'Remove the stopped gateway container (the data folder is kept)'
            cand status 'Show the gateway''s state, ports, providers and auto-routing'
            cand check 'Read every file the gateway reads, as the gateway reads it, and list each problem with its fix (exit 1 when there is one)'
            cand doctor 'Check the engine, ports, data folder, container, gateway and host limits; one line per check, each failure with its fix (exit 1 when one fails)'
            cand logs 'Show the gateway''s logs'
            cand route 'Manage auto-routing rules (model "higress/auto")'
            cand config 'Manage provider API keys'
            cand backup 'Save the data folder (keys, rules, settings) to a .tar.gz while the gateway runs'
            cand restore 'Replace the data folder by a backup (checked first) and start the gateway again'
            cand upgrade 'Move the gateway to another image: pull, back up, recreate, verify, roll back on failure'
            cand export 'Export the configuration for Kubernetes: Helm values and manifests for the Higress chart (from the running container, or from --data-folder alone)'
            cand apply 'Make the gateway what a Gateway file says, creating it when there is none (gateway as code; see docs/gateway-as-code.md)'
            cand diff 'Show what `apply` would change, and change nothing'
            cand schema 'Print the JSON Schema (draft 2020-12) of the Gateway file'
            cand usage 'Token usage and cost from the gateway''s access log'
            cand sessions 'Agent sessions in the gateway''s access log'
            cand plugin 'Install the Higress provider plugin for OpenClaw or Clawdbot'
            cand redis 'Redis beside the gateway (for token limits and quotas)'
            cand keys 'Gateway API keys: who may call the gateway (key-auth)'
            cand mcp 'MCP servers through the gateway: proxy existing ones, serve REST APIs as tools, under the gateway''s keys'
            cand console 'The console''s admin account (set by `start`; `console password --reset` when forgotten)'
            cand skills 'Install the agent skills (deploy, auto-routing) for OpenClaw, Clawdbot or Claude Code'
            cand metrics 'Live requests/s, errors, latency and tokens per provider, route, model or consumer (the gateway''s Prometheus metrics, two samples apart)'
            cand dashboard 'Print, or open in a browser, the Grafana of the -o11y image (through the console)'
            cand tracing 'Traces to an OpenTelemetry, Zipkin or SkyWalking collector (higress-config `tracing:`)'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'get-ai-gateway;start'= {
            cand --http-port 'Gateway HTTP port [default: 8080]'
            cand --https-port 'Gateway HTTPS port [default: 8443]'
            cand --console-port 'Console port [default: 8001]'
            cand --bind 'Publish the ports on this address of the host [default: 127.0.0.1; kept in default.cfg]. Another address makes the gateway and console reachable from the network'
            cand --image-repo 'Image repository [default: <registry>/higress/all-in-one]'
            cand --image-tag 'Image tag [default: latest]'
            cand --metrics-port 'Publish the gateway''s metrics (container port 15020, /stats/prometheus) on this port, on 127.0.0.1 unless an address is given'
            cand --plugin-registry 'Registry for the image and plugins [default: chosen from the timezone]'
            cand --auto-routing-default-model 'Model used when no auto-routing rule matches [default: qwen-turbo]'
            cand --wait-timeout 'Seconds to wait for the gateway to become ready'
            cand --console-password '`-`: read the console''s admin password from stdin [default: generated]. Used when the console has no admin yet; shown once'
            cand --redis-image 'The Redis image [default: <registry>/higress/redis-stack-server:7.4.0-v3]'
            cand --redis-url 'Use an existing Redis instead: redis://[user:password@]host[:port][/db]'
            cand --dashscope-key 'Aliyun Dashscope (Qwen) API key ("-" reads it from stdin)'
            cand --dashscope-models 'Models routed to Aliyun Dashscope (Qwen) [default: qwen*]'
            cand --deepseek-key 'DeepSeek API key ("-" reads it from stdin)'
            cand --deepseek-models 'Models routed to DeepSeek [default: deepseek-*]'
            cand --moonshot-key 'Moonshot (Kimi) API key ("-" reads it from stdin)'
            cand --moonshot-models 'Models routed to Moonshot (Kimi) [default: moonshot-*,kimi-*]'
            cand --zhipuai-key 'Zhipu AI API key ("-" reads it from stdin)'
            cand --zhipuai-models 'Models routed to Zhipu AI [default: GLM-*,glm-*]'
            cand --zhipuai-domain 'Zhipu AI domain (open.bigmodel.cn in China, api.z.ai international)'
            cand --minimax-key 'Minimax API key ("-" reads it from stdin)'
            cand --minimax-models 'Models routed to Minimax [default: abab-*,MiniMax-*,minimax-*]'
            cand --minimax-group-id 'Minimax group ID (only for ChatCompletion Pro)'
            cand --azure-key 'Azure OpenAI API key ("-" reads it from stdin)'
            cand --azure-models 'Models routed to Azure OpenAI [default: gpt-*,o1-*,o3-*]'
            cand --azure-service-url 'Azure OpenAI service URL (https://RESOURCE.openai.azure.com/openai/deployments/DEPLOYMENT/chat/completions?api-version=…)'
            cand --bedrock-key 'AWS Bedrock API key ("-" reads it from stdin)'
            cand --bedrock-models 'Models routed to AWS Bedrock [default: *]'
            cand --bedrock-region 'AWS region, e.g. us-east-1'
            cand --bedrock-access-key 'AWS access key (Signature V4 authentication)'
            cand --bedrock-secret-key 'AWS secret key (Signature V4 authentication)'
            cand --vertex-key 'Google Vertex AI API key ("-" reads it from stdin)'
            cand --vertex-models 'Models routed to Google Vertex AI [default: gemini-*]'
            cand --vertex-project-id 'Google Cloud project ID'
            cand --vertex-region 'Google Cloud region, e.g. us-central1'
            cand --vertex-auth-key-file 'Path to the service-account JSON key file (standard mode)'
            cand --vertex-auth-service-name 'Vertex AI auth service name (standard mode)'
            cand --openai-key 'OpenAI API key ("-" reads it from stdin)'
            cand --openai-models 'Models routed to OpenAI [default: gpt-*,o1-*,o3-*]'
            cand --openrouter-key 'OpenRouter API key ("-" reads it from stdin)'
            cand --openrouter-models 'Models routed to OpenRouter [default: *]'
            cand --yi-key '01.AI (Yi) API key ("-" reads it from stdin)'
            cand --yi-models 'Models routed to 01.AI (Yi) [default: yi-*]'
            cand --ai360-key '360 Zhinao API key ("-" reads it from stdin)'
            cand --ai360-models 'Models routed to 360 Zhinao [default: 360GPT-*]'
            cand --baichuan-key 'Baichuan AI API key ("-" reads it from stdin)'
            cand --baichuan-models 'Models routed to Baichuan AI [default: Baichuan*]'
            cand --baidu-key 'Baidu AI Cloud API key ("-" reads it from stdin)'
            cand --baidu-models 'Models routed to Baidu AI Cloud [default: ERNIE-*]'
            cand --claude-key 'Claude API key ("-" reads it from stdin)'
            cand --claude-models 'Models routed to Claude [default: claude-*]'
            cand --claude-version 'Claude API version'
            cand --claude-code-key 'Claude Code OAuth token (from `claude setup-token`); enables Claude Code mode'
            cand --cloudflare-key 'Cloudflare Workers AI API key ("-" reads it from stdin)'
            cand --cloudflare-models 'Models routed to Cloudflare Workers AI [default: *]'
            cand --cloudflare-account-id 'Cloudflare account ID'
            cand --cohere-key 'Cohere API key ("-" reads it from stdin)'
            cand --cohere-models 'Models routed to Cohere [default: command*]'
            cand --deepl-key 'DeepL API key ("-" reads it from stdin)'
            cand --deepl-models 'Models routed to DeepL [default: *]'
            cand --deepl-target-lang 'DeepL target language, e.g. EN, ZH, JA'
            cand --dify-key 'Dify API key ("-" reads it from stdin)'
            cand --dify-models 'Models routed to Dify [default: *]'
            cand --dify-api-url 'Dify API URL (leave empty for the cloud service)'
            cand --dify-bot-type 'Dify application type: Chat, Completion, Agent or Workflow'
            cand --dify-input-variable 'Dify workflow input variable name'
            cand --dify-output-variable 'Dify workflow output variable name'
            cand --doubao-key 'Doubao API key ("-" reads it from stdin)'
            cand --doubao-models 'Models routed to Doubao [default: doubao-*]'
            cand --fireworks-key 'Fireworks AI API key ("-" reads it from stdin)'
            cand --fireworks-models 'Models routed to Fireworks AI [default: *]'
            cand --github-key 'Github Models API key ("-" reads it from stdin)'
            cand --github-models 'Models routed to Github Models [default: *]'
            cand --gemini-key 'Google Gemini API key ("-" reads it from stdin)'
            cand --gemini-models 'Models routed to Google Gemini [default: gemini-*]'
            cand --grok-key 'Grok API key ("-" reads it from stdin)'
            cand --grok-models 'Models routed to Grok [default: grok-*]'
            cand --groq-key 'Groq API key ("-" reads it from stdin)'
            cand --groq-models 'Models routed to Groq [default: *]'
            cand --mistral-key 'Mistral AI API key ("-" reads it from stdin)'
            cand --mistral-models 'Models routed to Mistral AI [default: mistral-*,open-mistral-*]'
            cand --ollama-models 'Models routed to Ollama [default: llama*,codellama*]'
            cand --ollama-server-host 'Ollama server host'
            cand --ollama-server-port 'Ollama server port'
            cand --spark-key 'iFlyTek Spark API key ("-" reads it from stdin)'
            cand --spark-models 'Models routed to iFlyTek Spark [default: *]'
            cand --spark-secret 'iFlyTek Spark API secret (joined to the key as KEY:SECRET)'
            cand --stepfun-key 'Stepfun API key ("-" reads it from stdin)'
            cand --stepfun-models 'Models routed to Stepfun [default: step-*]'
            cand --hunyuan-models 'Models routed to Tencent Hunyuan [default: hunyuan-*]'
            cand --hunyuan-auth-id 'Tencent Hunyuan auth ID'
            cand --hunyuan-auth-key 'Tencent Hunyuan auth key'
            cand --togetherai-key 'Together AI API key ("-" reads it from stdin)'
            cand --togetherai-models 'Models routed to Together AI [default: *]'
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --o11y 'The observability image: the tag with `-o11y` appended (Prometheus, Grafana, Loki; Grafana at the console''s /grafana/)'
            cand --auto-routing 'Enable auto-routing (model "higress/auto")'
            cand --keys-from-env 'Take <PREFIX>_API_KEY of every provider from the environment (e.g. DEEPSEEK_API_KEY)'
            cand --dry-run 'Print what start would do (image, registry and why, ports, providers with masked keys, auto-routing) and change nothing'
            cand --require-key 'Require a gateway API key on every request (creates one named `default` when there is none, and shows it once). The default when --bind publishes beyond loopback'
            cand --no-auth 'With --bind beyond loopback: do not require gateway API keys (anyone who reaches the port spends your provider keys)'
            cand --json 'With --dry-run: print the plan as JSON'
            cand --redis 'Run Redis beside the gateway (container <name>-redis, data in <data folder>/redis, no published port, a generated password), for token limits and quotas'
            cand --zhipuai-code-plan-mode 'Enable Zhipu AI Code Plan mode'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;stop'= {
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;delete'= {
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand -f 'Stop and remove a running container'
            cand --force 'Stop and remove a running container'
            cand --redis-data 'Also delete the Redis data (<data folder>/redis); kept by default'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;status'= {
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --json 'Print JSON (stable keys, nothing else on stdout)'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;check'= {
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --json 'Print JSON (stable keys, nothing else on stdout)'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;doctor'= {
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --json 'Print JSON (stable keys, nothing else on stdout)'
            cand --providers 'Also send each configured provider the smallest request through the gateway (`config test`)'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;logs'= {
            cand -n 'Number of lines from the end'
            cand --tail 'Number of lines from the end'
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand -f 'Keep printing new lines'
            cand --follow 'Keep printing new lines'
            cand --access 'The gateway''s access log (/var/log/proxy/access.log) instead of the container output'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;route'= {
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a routing rule'
            cand list 'List the routing rules'
            cand remove 'Remove a routing rule by id (see `route list`)'
            cand test 'Show which rule and model the gateway would pick for a message'
            cand enable 'Turn auto-routing on'
            cand disable 'Turn auto-routing off (rules are kept)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'get-ai-gateway;route;add'= {
            cand --model 'Target model'
            cand --trigger 'Trigger phrases separated by | (the message must start with one of them)'
            cand --pattern 'A regular expression (RE2 syntax) tested against the last user message'
            cand --position 'Insert at this rule id instead of appending'
            cand --default-model 'Default model when auto-routing has to be created'
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;route;list'= {
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --json 'Print JSON (stable keys, nothing else on stdout)'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;route;remove'= {
            cand --rule-id 'Rule id'
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;route;test'= {
            cand --request 'A whole OpenAI chat request (JSON) in FILE, or `-` for standard input: the model, auto-routing and the last user message are taken from it as the gateway does'
            cand --path 'The request''s path (with --request; default /v1/chat/completions): the gateway reads bodies only on paths ending in one of the router''s enableOnPathSuffix; a query string is ignored'
            cand --content-type 'The request''s Content-Type (with --request; default application/json): only one containing `application/json` is auto-routed'
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --json 'Print JSON'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;route;enable'= {
            cand --default-model 'Model used when no rule matches'
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;route;disable'= {
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;route;help'= {
            cand add 'Add a routing rule'
            cand list 'List the routing rules'
            cand remove 'Remove a routing rule by id (see `route list`)'
            cand test 'Show which rule and model the gateway would pick for a message'
            cand enable 'Turn auto-routing on'
            cand disable 'Turn auto-routing off (rules are kept)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'get-ai-gateway;route;help;add'= {
        }
        &'get-ai-gateway;route;help;list'= {
        }
        &'get-ai-gateway;route;help;remove'= {
        }
        &'get-ai-gateway;route;help;test'= {
        }
        &'get-ai-gateway;route;help;enable'= {
        }
        &'get-ai-gateway;route;help;disable'= {
        }
        &'get-ai-gateway;route;help;help'= {
        }
        &'get-ai-gateway;config'= {
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add or update a provider''s API key (hot-reloaded)'
            cand list 'List the providers the running gateway uses, keys masked'
            cand remove 'Remove a provider''s API key (and the fallbacks to it)'
            cand set 'Set what happens when a provider fails: key retries, key failover, upstream retries'
            cand fallback 'Send a provider''s failed requests to other providers, or list the fallbacks'
            cand test 'Send each provider the smallest request, through the gateway (or --direct); exit 1 when one fails'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'get-ai-gateway;config;add'= {
            cand --provider 'Provider name (dashscope, deepseek, moonshot, …)'
            cand --key 'API key; several keys separated by commas [default: $<PREFIX>_API_KEY]'
            cand --models 'Model patterns this provider serves'
            cand --name 'With --provider openai-compatible: this server''s name (several can coexist)'
            cand --base-url 'With --provider openai-compatible: the server''s OpenAI base URL (e.g. http://192.168.1.20:8000/v1)'
            cand --dashscope-key 'Aliyun Dashscope (Qwen) API key ("-" reads it from stdin)'
            cand --dashscope-models 'Models routed to Aliyun Dashscope (Qwen) [default: qwen*]'
            cand --deepseek-key 'DeepSeek API key ("-" reads it from stdin)'
            cand --deepseek-models 'Models routed to DeepSeek [default: deepseek-*]'
            cand --moonshot-key 'Moonshot (Kimi) API key ("-" reads it from stdin)'
            cand --moonshot-models 'Models routed to Moonshot (Kimi) [default: moonshot-*,kimi-*]'
            cand --zhipuai-key 'Zhipu AI API key ("-" reads it from stdin)'
            cand --zhipuai-models 'Models routed to Zhipu AI [default: GLM-*,glm-*]'
            cand --zhipuai-domain 'Zhipu AI domain (open.bigmodel.cn in China, api.z.ai international)'
            cand --minimax-key 'Minimax API key ("-" reads it from stdin)'
            cand --minimax-models 'Models routed to Minimax [default: abab-*,MiniMax-*,minimax-*]'
            cand --minimax-group-id 'Minimax group ID (only for ChatCompletion Pro)'
            cand --azure-key 'Azure OpenAI API key ("-" reads it from stdin)'
            cand --azure-models 'Models routed to Azure OpenAI [default: gpt-*,o1-*,o3-*]'
            cand --azure-service-url 'Azure OpenAI service URL (https://RESOURCE.openai.azure.com/openai/deployments/DEPLOYMENT/chat/completions?api-version=…)'
            cand --bedrock-key 'AWS Bedrock API key ("-" reads it from stdin)'
            cand --bedrock-models 'Models routed to AWS Bedrock [default: *]'
            cand --bedrock-region 'AWS region, e.g. us-east-1'
            cand --bedrock-access-key 'AWS access key (Signature V4 authentication)'
            cand --bedrock-secret-key 'AWS secret key (Signature V4 authentication)'
            cand --vertex-key 'Google Vertex AI API key ("-" reads it from stdin)'
            cand --vertex-models 'Models routed to Google Vertex AI [default: gemini-*]'
            cand --vertex-project-id 'Google Cloud project ID'
            cand --vertex-region 'Google Cloud region, e.g. us-central1'
            cand --vertex-auth-key-file 'Path to the service-account JSON key file (standard mode)'
            cand --vertex-auth-service-name 'Vertex AI auth service name (standard mode)'
            cand --openai-key 'OpenAI API key ("-" reads it from stdin)'
            cand --openai-models 'Models routed to OpenAI [default: gpt-*,o1-*,o3-*]'
            cand --openrouter-key 'OpenRouter API key ("-" reads it from stdin)'
            cand --openrouter-models 'Models routed to OpenRouter [default: *]'
            cand --yi-key '01.AI (Yi) API key ("-" reads it from stdin)'
            cand --yi-models 'Models routed to 01.AI (Yi) [default: yi-*]'
            cand --ai360-key '360 Zhinao API key ("-" reads it from stdin)'
            cand --ai360-models 'Models routed to 360 Zhinao [default: 360GPT-*]'
            cand --baichuan-key 'Baichuan AI API key ("-" reads it from stdin)'
            cand --baichuan-models 'Models routed to Baichuan AI [default: Baichuan*]'
            cand --baidu-key 'Baidu AI Cloud API key ("-" reads it from stdin)'
            cand --baidu-models 'Models routed to Baidu AI Cloud [default: ERNIE-*]'
            cand --claude-key 'Claude API key ("-" reads it from stdin)'
            cand --claude-models 'Models routed to Claude [default: claude-*]'
            cand --claude-version 'Claude API version'
            cand --claude-code-key 'Claude Code OAuth token (from `claude setup-token`); enables Claude Code mode'
            cand --cloudflare-key 'Cloudflare Workers AI API key ("-" reads it from stdin)'
            cand --cloudflare-models 'Models routed to Cloudflare Workers AI [default: *]'
            cand --cloudflare-account-id 'Cloudflare account ID'
            cand --cohere-key 'Cohere API key ("-" reads it from stdin)'
            cand --cohere-models 'Models routed to Cohere [default: command*]'
            cand --deepl-key 'DeepL API key ("-" reads it from stdin)'
            cand --deepl-models 'Models routed to DeepL [default: *]'
            cand --deepl-target-lang 'DeepL target language, e.g. EN, ZH, JA'
            cand --dify-key 'Dify API key ("-" reads it from stdin)'
            cand --dify-models 'Models routed to Dify [default: *]'
            cand --dify-api-url 'Dify API URL (leave empty for the cloud service)'
            cand --dify-bot-type 'Dify application type: Chat, Completion, Agent or Workflow'
            cand --dify-input-variable 'Dify workflow input variable name'
            cand --dify-output-variable 'Dify workflow output variable name'
            cand --doubao-key 'Doubao API key ("-" reads it from stdin)'
            cand --doubao-models 'Models routed to Doubao [default: doubao-*]'
            cand --fireworks-key 'Fireworks AI API key ("-" reads it from stdin)'
            cand --fireworks-models 'Models routed to Fireworks AI [default: *]'
            cand --github-key 'Github Models API key ("-" reads it from stdin)'
            cand --github-models 'Models routed to Github Models [default: *]'
            cand --gemini-key 'Google Gemini API key ("-" reads it from stdin)'
            cand --gemini-models 'Models routed to Google Gemini [default: gemini-*]'
            cand --grok-key 'Grok API key ("-" reads it from stdin)'
            cand --grok-models 'Models routed to Grok [default: grok-*]'
            cand --groq-key 'Groq API key ("-" reads it from stdin)'
            cand --groq-models 'Models routed to Groq [default: *]'
            cand --mistral-key 'Mistral AI API key ("-" reads it from stdin)'
            cand --mistral-models 'Models routed to Mistral AI [default: mistral-*,open-mistral-*]'
            cand --ollama-models 'Models routed to Ollama [default: llama*,codellama*]'
            cand --ollama-server-host 'Ollama server host'
            cand --ollama-server-port 'Ollama server port'
            cand --spark-key 'iFlyTek Spark API key ("-" reads it from stdin)'
            cand --spark-models 'Models routed to iFlyTek Spark [default: *]'
            cand --spark-secret 'iFlyTek Spark API secret (joined to the key as KEY:SECRET)'
            cand --stepfun-key 'Stepfun API key ("-" reads it from stdin)'
            cand --stepfun-models 'Models routed to Stepfun [default: step-*]'
            cand --hunyuan-models 'Models routed to Tencent Hunyuan [default: hunyuan-*]'
            cand --hunyuan-auth-id 'Tencent Hunyuan auth ID'
            cand --hunyuan-auth-key 'Tencent Hunyuan auth key'
            cand --togetherai-key 'Together AI API key ("-" reads it from stdin)'
            cand --togetherai-models 'Models routed to Together AI [default: *]'
            cand --retries 'Retry a failed non-streaming request up to N times with another key of the provider (ai-proxy retryOnFailure)'
            cand --retry-timeout 'Time for the retries (e.g. 30s, 500ms) [default: ai-proxy''s 60s]'
            cand --health-model 'With --failover: the model the health check asks for'
            cand --failure-threshold 'With --failover: failed requests in a row that take a key out [default: 3]'
            cand --health-interval 'With --failover: time between health checks (e.g. 5s) [default: 5s]'
            cand --upstream-retries 'Let the gateway try the upstream N times on connection errors and timeouts (higress.io/proxy-next-upstream: error,timeout,non_idempotent)'
            cand --upstream-timeout 'With --upstream-retries: time for all tries (e.g. 120s; 0: no limit) [default: 0]'
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --key-stdin 'Read the API key from standard input'
            cand --zhipuai-code-plan-mode 'Enable Zhipu AI Code Plan mode'
            cand --no-retries 'Turn --retries off'
            cand --failover 'Take a failing key out of rotation until a health check passes (ai-proxy failover)'
            cand --no-failover 'Turn --failover off'
            cand --no-upstream-retries 'Turn --upstream-retries off'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;config;list'= {
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --json 'Print JSON (stable keys, nothing else on stdout)'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;config;remove'= {
            cand --provider 'Provider name'
            cand --name 'With --provider openai-compatible: the server''s name'
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;config;set'= {
            cand --retries 'Retry a failed non-streaming request up to N times with another key of the provider (ai-proxy retryOnFailure)'
            cand --retry-timeout 'Time for the retries (e.g. 30s, 500ms) [default: ai-proxy''s 60s]'
            cand --health-model 'With --failover: the model the health check asks for'
            cand --failure-threshold 'With --failover: failed requests in a row that take a key out [default: 3]'
            cand --health-interval 'With --failover: time between health checks (e.g. 5s) [default: 5s]'
            cand --upstream-retries 'Let the gateway try the upstream N times on connection errors and timeouts (higress.io/proxy-next-upstream: error,timeout,non_idempotent)'
            cand --upstream-timeout 'With --upstream-retries: time for all tries (e.g. 120s; 0: no limit) [default: 0]'
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --no-retries 'Turn --retries off'
            cand --failover 'Take a failing key out of rotation until a health check passes (ai-proxy failover)'
            cand --no-failover 'Turn --failover off'
            cand --no-upstream-retries 'Turn --upstream-retries off'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;config;fallback'= {
            cand --to 'Where they go: one provider, or several separated by commas'
            cand --on 'Which failed responses: 5xx, 4xx or 4xx,5xx [default: 4xx,5xx]'
            cand --strategy 'seq: the first fallback only; rand: all of them, spread evenly [default: rand]'
            cand --model-map 'The model a fallback gets instead of the one asked for (FROM may end in * or be *); PROVIDER:FROM=TO for one fallback only. Repeatable'
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --off 'Remove the provider''s fallback'
            cand --list 'List every fallback'
            cand --json 'With --list: print JSON'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;config;test'= {
            cand --model 'The model to ask for [default: the provider''s test model]'
            cand --gateway-url 'The gateway''s URL, when it is reached through something else than its published port (e.g. http://gw.lan:8080) [default: the published HTTP port]'
            cand --timeout 'Time each request may take (e.g. 10s)'
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --direct 'Ask the provider''s own API from this machine, not the gateway (OpenAI-compatible APIs only)'
            cand --json 'Print JSON'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;config;help'= {
            cand add 'Add or update a provider''s API key (hot-reloaded)'
            cand list 'List the providers the running gateway uses, keys masked'
            cand remove 'Remove a provider''s API key (and the fallbacks to it)'
            cand set 'Set what happens when a provider fails: key retries, key failover, upstream retries'
            cand fallback 'Send a provider''s failed requests to other providers, or list the fallbacks'
            cand test 'Send each provider the smallest request, through the gateway (or --direct); exit 1 when one fails'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'get-ai-gateway;config;help;add'= {
        }
        &'get-ai-gateway;config;help;list'= {
        }
        &'get-ai-gateway;config;help;remove'= {
        }
        &'get-ai-gateway;config;help;set'= {
        }
        &'get-ai-gateway;config;help;fallback'= {
        }
        &'get-ai-gateway;config;help;test'= {
        }
        &'get-ai-gateway;config;help;help'= {
        }
        &'get-ai-gateway;backup'= {
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --json 'Print JSON (stable keys, nothing else on stdout)'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;restore'= {
            cand --wait-timeout 'Seconds to wait for the gateway to become ready again'
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --json 'Print JSON (stable keys, nothing else on stdout)'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;upgrade'= {
            cand --image-tag 'Image tag to move to [default: the current one, pulled again]'
            cand --image-repo 'Image repository to move to [default: the current one]'
            cand --metrics-port 'Publish the gateway''s metrics (container port 15020) on this port as well, on 127.0.0.1 unless an address is given (ports are fixed when a container is created)'
            cand --wait-timeout 'Seconds to wait for the new gateway to become ready'
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --o11y 'Move to the observability image (the tag with `-o11y` appended)'
            cand --no-o11y 'Move from the observability image to the plain one (`-o11y` removed from the tag)'
            cand --check 'Only say whether the registry has a newer image; change nothing'
            cand --rollback 'Go back to the image and the data of before the last upgrade'
            cand --json 'Print JSON (stable keys, nothing else on stdout)'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;export'= {
            cand --format 'What to write'
            cand --out 'Folder to write into (`-` with --format k8s: standard output) [default: higress-export]; with --format gateway, the file (`-`: standard output) [default: gateway.yaml]'
            cand --namespace 'Namespace of the objects and of the chart'
            cand --registry 'Registry of the images and plugins [default: PLUGIN_REGISTRY of default.cfg, else higress-registry.cn-hangzhou.cr.aliyuncs.com]'
            cand --secrets 'API keys: inline or redact (the ai-proxy plugin cannot read keys from a Kubernetes Secret, so there is no `secret`)'
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --plugin-server 'Load the plugins from the chart''s plugin server (global.enablePluginServer) instead of oci://<registry>/plugins/'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'get-ai-gateway;apply'= {
            cand -f 'The Gateway file (`-`: standard input)'
            cand --file 'The Gateway file (`-`: standard input)'
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --prune 'Remove what the gateway has and the file lacks (built-in providers are reset to their placeholder key)'
            cand --dry-run 'Print the plan and change nothing'
            cand --json 'Print JSON (stable keys, nothing else on stdout)'
            cand -y 'Do not ask before applying (asked only on a terminal)'
            cand --yes 'Do not ask before applying (asked only on a terminal)'
            cand --recreate 'Carry out `start:` differences (image, ports, bind, data folder, metrics port) in one recreate through `upgrade` (checks, backup, recreate, verify, roll back on failure)'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;diff'= {
            cand -f 'The Gateway file (`-`: standard input)'
            cand --file 'The Gateway file (`-`: standard input)'
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --exit-code 'Exit 1 when there are differences'
            cand --prune 'With --prune''s eyes: list what `apply --prune` would remove'
            cand --json 'Print JSON (stable keys, nothing else on stdout)'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;schema'= {
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;usage'= {
            cand --by 'Group by'
            cand --since 'From this date (YYYY-MM-DD in the time zone) or time (RFC 3339) [default: 6 days before today for --by day, else the beginning]'
            cand --until 'Up to this date (inclusive) or time (exclusive)'
            cand --log 'Read this access-log file (and its rotated copies FILE.1 … FILE.5) instead of the gateway''s; no container needed'
            cand --pricing 'Prices in USD per 1M tokens that override the built-in table (JSON: {"model": {"input": 2.5, "output": 10, "cached": 1.25, "reasoning": 10}})'
            cand --timezone 'Time zone of dates (IANA name, e.g. Asia/Shanghai) [default: this machine''s]'
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --breakdown 'Also show each group per model'
            cand --no-cache 'Read the whole log again instead of only what is new since the last run'
            cand --json 'Print JSON (stable keys, nothing else on stdout)'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand export 'Write the report to a file as JSON or CSV'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'get-ai-gateway;usage;export'= {
            cand --format 'File format'
            cand --by 'Group by'
            cand --since 'From this date (YYYY-MM-DD in the time zone) or time (RFC 3339) [default: 6 days before today for --by day, else the beginning]'
            cand --until 'Up to this date (inclusive) or time (exclusive)'
            cand --log 'Read this access-log file (and its rotated copies FILE.1 … FILE.5) instead of the gateway''s; no container needed'
            cand --pricing 'Prices in USD per 1M tokens that override the built-in table (JSON: {"model": {"input": 2.5, "output": 10, "cached": 1.25, "reasoning": 10}})'
            cand --timezone 'Time zone of dates (IANA name, e.g. Asia/Shanghai) [default: this machine''s]'
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --breakdown 'Also show each group per model'
            cand --no-cache 'Read the whole log again instead of only what is new since the last run'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;usage;help'= {
            cand export 'Write the report to a file as JSON or CSV'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'get-ai-gateway;usage;help;export'= {
        }
        &'get-ai-gateway;usage;help;help'= {
        }
        &'get-ai-gateway;sessions'= {
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List sessions with their rounds, tokens and cost'
            cand show 'Show every round of a session: time, model, tokens, question, answer, reasoning, tool calls, cost'
            cand follow 'Print rounds as they happen'
            cand serve 'Serve a dashboard (overview, sessions, models, a page per session) and its JSON API'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'get-ai-gateway;sessions;list'= {
            cand --sort 'Order (largest or newest first)'
            cand --limit 'At most this many sessions'
            cand --model 'Only rounds of this model'
            cand --since 'Only rounds from this date (YYYY-MM-DD) or time (RFC 3339)'
            cand --log 'Read this access-log file (and its rotated copies FILE.1 … FILE.5) instead of the gateway''s; no container needed'
            cand --pricing 'Prices in USD per 1M tokens that override the built-in table (JSON: {"model": {"input": 2.5, "output": 10, "cached": 1.25, "reasoning": 10}})'
            cand --timezone 'Time zone of dates (IANA name, e.g. Asia/Shanghai) [default: this machine''s]'
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --json 'Print JSON'
            cand --no-cache 'Read the whole log again instead of only what is new since the last run'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;sessions;show'= {
            cand --log 'Read this access-log file (and its rotated copies FILE.1 … FILE.5) instead of the gateway''s; no container needed'
            cand --pricing 'Prices in USD per 1M tokens that override the built-in table (JSON: {"model": {"input": 2.5, "output": 10, "cached": 1.25, "reasoning": 10}})'
            cand --timezone 'Time zone of dates (IANA name, e.g. Asia/Shanghai) [default: this machine''s]'
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --json 'Print JSON'
            cand --no-cache 'Read the whole log again instead of only what is new since the last run'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;sessions;follow'= {
            cand --session 'Only this session'
            cand --log 'Read this access-log file (and its rotated copies FILE.1 … FILE.5) instead of the gateway''s; no container needed'
            cand --pricing 'Prices in USD per 1M tokens that override the built-in table (JSON: {"model": {"input": 2.5, "output": 10, "cached": 1.25, "reasoning": 10}})'
            cand --timezone 'Time zone of dates (IANA name, e.g. Asia/Shanghai) [default: this machine''s]'
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --no-cache 'Read the whole log again instead of only what is new since the last run'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;sessions;serve'= {
            cand --host 'Address to listen on (a non-local address exposes conversations to the network)'
            cand --port 'Port to listen on'
            cand --log 'Read this access-log file (and its rotated copies FILE.1 … FILE.5) instead of the gateway''s; no container needed'
            cand --pricing 'Prices in USD per 1M tokens that override the built-in table (JSON: {"model": {"input": 2.5, "output": 10, "cached": 1.25, "reasoning": 10}})'
            cand --timezone 'Time zone of dates (IANA name, e.g. Asia/Shanghai) [default: this machine''s]'
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --no-cache 'Read the whole log again instead of only what is new since the last run'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;sessions;help'= {
            cand list 'List sessions with their rounds, tokens and cost'
            cand show 'Show every round of a session: time, model, tokens, question, answer, reasoning, tool calls, cost'
            cand follow 'Print rounds as they happen'
            cand serve 'Serve a dashboard (overview, sessions, models, a page per session) and its JSON API'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'get-ai-gateway;sessions;help;list'= {
        }
        &'get-ai-gateway;sessions;help;show'= {
        }
        &'get-ai-gateway;sessions;help;follow'= {
        }
        &'get-ai-gateway;sessions;help;serve'= {
        }
        &'get-ai-gateway;sessions;help;help'= {
        }
        &'get-ai-gateway;plugin'= {
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand install 'Install (or update) the plugin into the runtime''s extensions folder'
            cand uninstall 'Remove the plugin'
            cand status 'Show whether the plugin is installed, enabled and configured'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'get-ai-gateway;plugin;install'= {
            cand --runtime 'Agent runtime'
            cand --home 'The runtime''s home folder [default: ~/.openclaw or ~/.clawdbot]'
            cand --dest 'Install into this folder instead of <home>/extensions/<plugin id>'
            cand --gateway-url 'Gateway URL [default: from the running container''s HTTP port]'
            cand --api-key 'API key the runtime sends to the gateway'
            cand --models 'Models to offer, comma-separated [default: from the gateway]'
            cand --default-model 'The runtime''s default model [default: higress/auto when auto-routing is on]'
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --force 'Replace an existing copy without keeping a backup'
            cand --configure 'Also configure the provider in the runtime''s config file (no interactive login)'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;plugin;uninstall'= {
            cand --runtime 'Agent runtime'
            cand --home 'The runtime''s home folder [default: ~/.openclaw or ~/.clawdbot]'
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;plugin;status'= {
            cand --runtime 'Agent runtime'
            cand --home 'The runtime''s home folder [default: ~/.openclaw or ~/.clawdbot]'
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --json 'Print JSON'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;plugin;help'= {
            cand install 'Install (or update) the plugin into the runtime''s extensions folder'
            cand uninstall 'Remove the plugin'
            cand status 'Show whether the plugin is installed, enabled and configured'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'get-ai-gateway;plugin;help;install'= {
        }
        &'get-ai-gateway;plugin;help;uninstall'= {
        }
        &'get-ai-gateway;plugin;help;status'= {
        }
        &'get-ai-gateway;plugin;help;help'= {
        }
        &'get-ai-gateway;redis'= {
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand status 'Show the Redis beside the gateway: container, reachability from the gateway, memory'
            cand start 'Start the Redis container beside the gateway'
            cand stop 'Stop the Redis container (token limits then let requests through: FAIL_OPEN)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'get-ai-gateway;redis;status'= {
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --json 'Print JSON (stable keys, nothing else on stdout)'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;redis;start'= {
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;redis;stop'= {
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;redis;help'= {
            cand status 'Show the Redis beside the gateway: container, reachability from the gateway, memory'
            cand start 'Start the Redis container beside the gateway'
            cand stop 'Stop the Redis container (token limits then let requests through: FAIL_OPEN)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'get-ai-gateway;redis;help;status'= {
        }
        &'get-ai-gateway;redis;help;start'= {
        }
        &'get-ai-gateway;redis;help;stop'= {
        }
        &'get-ai-gateway;redis;help;help'= {
        }
        &'get-ai-gateway;keys'= {
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Create a gateway API key for a client (shown once; clients send `Authorization: Bearer <key>`)'
            cand set 'Change which providers a gateway key may use, its request rate and its token limits'
            cand list 'List the gateway API keys (names, masked keys, providers, rates, token limits) and whether they are required'
            cand remove 'Delete a gateway API key (the last one turns the requirement off)'
            cand enable 'Require a gateway API key on every request'
            cand disable 'Stop requiring a gateway API key (the keys are kept)'
            cand quota 'Token quotas per key (ai-quota, kept in Redis): `quota enable|disable`, or `quota NAME --set N|--add N|--show`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'get-ai-gateway;keys;add'= {
            cand --providers 'The providers this key may use, e.g. openai,deepseek (an OpenAI-compatible server by its name), or all [add: all; set: unchanged]'
            cand --requests-per-second 'At most N requests a second with this key (counted in each gateway process)'
            cand --requests-per-minute 'At most N requests a minute with this key (counted in each gateway process)'
            cand --requests-per-hour 'At most N requests an hour with this key (counted in each gateway process)'
            cand --requests-per-day 'At most N requests a day with this key (counted in each gateway process)'
            cand --tokens-per-second 'Tokens (input + output) this key may use per second (0 removes the limit)'
            cand --tokens-per-minute 'Tokens this key may use per minute (0 removes the limit)'
            cand --tokens-per-hour 'Tokens this key may use per hour (0 removes the limit)'
            cand --tokens-per-day 'Tokens this key may use per day (0 removes the limit)'
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --unlimited 'No request rate for this key (set)'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;keys;set'= {
            cand --providers 'The providers this key may use, e.g. openai,deepseek (an OpenAI-compatible server by its name), or all [add: all; set: unchanged]'
            cand --requests-per-second 'At most N requests a second with this key (counted in each gateway process)'
            cand --requests-per-minute 'At most N requests a minute with this key (counted in each gateway process)'
            cand --requests-per-hour 'At most N requests an hour with this key (counted in each gateway process)'
            cand --requests-per-day 'At most N requests a day with this key (counted in each gateway process)'
            cand --tokens-per-second 'Tokens (input + output) this key may use per second (0 removes the limit)'
            cand --tokens-per-minute 'Tokens this key may use per minute (0 removes the limit)'
            cand --tokens-per-hour 'Tokens this key may use per hour (0 removes the limit)'
            cand --tokens-per-day 'Tokens this key may use per day (0 removes the limit)'
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --unlimited 'No request rate for this key (set)'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;keys;list'= {
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --json 'Print JSON (stable keys, nothing else on stdout)'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;keys;remove'= {
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;keys;enable'= {
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;keys;disable'= {
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;keys;quota'= {
            cand --set 'Set the key''s quota to N tokens (ai-quota''s refresh)'
            cand --add 'Add N tokens to the key''s quota (negative: take them off; ai-quota''s delta)'
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --show 'Show the key''s quota (the tokens it has left)'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand enable 'Turn quotas on: writes ai-quota (needs Redis: `start --redis`), requires keys, and makes the key the tool manages quotas with'
            cand disable 'Turn quotas off (the quotas stay in Redis; the tool''s admin key is removed)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'get-ai-gateway;keys;quota;enable'= {
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;keys;quota;disable'= {
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;keys;quota;help'= {
            cand enable 'Turn quotas on: writes ai-quota (needs Redis: `start --redis`), requires keys, and makes the key the tool manages quotas with'
            cand disable 'Turn quotas off (the quotas stay in Redis; the tool''s admin key is removed)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'get-ai-gateway;keys;quota;help;enable'= {
        }
        &'get-ai-gateway;keys;quota;help;disable'= {
        }
        &'get-ai-gateway;keys;quota;help;help'= {
        }
        &'get-ai-gateway;keys;help'= {
            cand add 'Create a gateway API key for a client (shown once; clients send `Authorization: Bearer <key>`)'
            cand set 'Change which providers a gateway key may use, its request rate and its token limits'
            cand list 'List the gateway API keys (names, masked keys, providers, rates, token limits) and whether they are required'
            cand remove 'Delete a gateway API key (the last one turns the requirement off)'
            cand enable 'Require a gateway API key on every request'
            cand disable 'Stop requiring a gateway API key (the keys are kept)'
            cand quota 'Token quotas per key (ai-quota, kept in Redis): `quota enable|disable`, or `quota NAME --set N|--add N|--show`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'get-ai-gateway;keys;help;add'= {
        }
        &'get-ai-gateway;keys;help;set'= {
        }
        &'get-ai-gateway;keys;help;list'= {
        }
        &'get-ai-gateway;keys;help;remove'= {
        }
        &'get-ai-gateway;keys;help;enable'= {
        }
        &'get-ai-gateway;keys;help;disable'= {
        }
        &'get-ai-gateway;keys;help;quota'= {
            cand enable 'Turn quotas on: writes ai-quota (needs Redis: `start --redis`), requires keys, and makes the key the tool manages quotas with'
            cand disable 'Turn quotas off (the quotas stay in Redis; the tool''s admin key is removed)'
        }
        &'get-ai-gateway;keys;help;quota;enable'= {
        }
        &'get-ai-gateway;keys;help;quota;disable'= {
        }
        &'get-ai-gateway;keys;help;help'= {
        }
        &'get-ai-gateway;mcp'= {
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Put an MCP server behind the gateway at /mcp-servers/NAME: proxy an existing one (--proxy URL) or serve a REST API as tools (--tools FILE --upstream URL)'
            cand list 'List the MCP servers behind the gateway'
            cand remove 'Remove an MCP server (the last one switches MCP off again)'
            cand tools 'List a server''s tools as the gateway serves them (from the file for --tools, from the server''s own tools/list for --proxy)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'get-ai-gateway;mcp;add'= {
            cand --proxy 'Proxy this MCP server, e.g. http://172.17.0.1:3000/mcp (an address the gateway''s container reaches; not localhost)'
            cand --transport 'How the gateway talks to the --proxy server [default: streamable]'
            cand --tools 'Serve a REST API as tools, from the mcp-server plugin''s server/tools YAML'
            cand --upstream 'The REST API the --tools file calls, e.g. https://api.example.com'
            cand --description 'What the server offers (shown in `mcp list` and the console)'
            cand --keys 'Only these gateway keys may call the server (names from `keys list`)'
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'get-ai-gateway;mcp;list'= {
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --json 'Print JSON (stable keys, nothing else on stdout)'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;mcp;remove'= {
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;mcp;tools'= {
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --json 'Print JSON (stable keys, nothing else on stdout)'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;mcp;help'= {
            cand add 'Put an MCP server behind the gateway at /mcp-servers/NAME: proxy an existing one (--proxy URL) or serve a REST API as tools (--tools FILE --upstream URL)'
            cand list 'List the MCP servers behind the gateway'
            cand remove 'Remove an MCP server (the last one switches MCP off again)'
            cand tools 'List a server''s tools as the gateway serves them (from the file for --tools, from the server''s own tools/list for --proxy)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'get-ai-gateway;mcp;help;add'= {
        }
        &'get-ai-gateway;mcp;help;list'= {
        }
        &'get-ai-gateway;mcp;help;remove'= {
        }
        &'get-ai-gateway;mcp;help;tools'= {
        }
        &'get-ai-gateway;mcp;help;help'= {
        }
        &'get-ai-gateway;console'= {
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand password 'The console''s admin password: masked, in full (--show), or a new one (--reset, also when the old one is forgotten)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'get-ai-gateway;console;password'= {
            cand --password 'With --reset: `-` reads the new password from stdin (never from the command line, where every local user could read it)'
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --show 'Print the password in full (alone on stdout)'
            cand --reset 'Set a new password (generated, or read from stdin with --password -) and show it once; needs no old password'
            cand --json 'Print JSON'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;console;help'= {
            cand password 'The console''s admin password: masked, in full (--show), or a new one (--reset, also when the old one is forgotten)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'get-ai-gateway;console;help;password'= {
        }
        &'get-ai-gateway;console;help;help'= {
        }
        &'get-ai-gateway;skills'= {
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand install 'Install (or update) the skills into the runtime''s skills folder'
            cand list 'List the skills and where they are installed'
            cand uninstall 'Remove the skills (other skills in the folder are kept)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'get-ai-gateway;skills;install'= {
            cand --runtime 'Agent runtime [auto: the one on PATH: openclaw, else clawdbot, else claude]'
            cand --home 'The runtime''s home folder [default: ~/.openclaw, ~/.clawdbot or ~/.claude]'
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --force 'Replace changed copies without keeping a backup'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;skills;list'= {
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --json 'Print JSON (stable keys, nothing else on stdout)'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;skills;uninstall'= {
            cand --runtime 'Agent runtime [auto: the one on PATH: openclaw, else clawdbot, else claude]'
            cand --home 'The runtime''s home folder [default: ~/.openclaw, ~/.clawdbot or ~/.claude]'
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;skills;help'= {
            cand install 'Install (or update) the skills into the runtime''s skills folder'
            cand list 'List the skills and where they are installed'
            cand uninstall 'Remove the skills (other skills in the folder are kept)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'get-ai-gateway;skills;help;install'= {
        }
        &'get-ai-gateway;skills;help;list'= {
        }
        &'get-ai-gateway;skills;help;uninstall'= {
        }
        &'get-ai-gateway;skills;help;help'= {
        }
        &'get-ai-gateway;metrics'= {
            cand --by 'Group by provider, route, model or consumer'
            cand --interval 'Seconds between the two samples the rates come from (and between redraws)'
            cand --count 'With --watch, stop after N intervals'
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --json 'Print JSON (one object; with --watch one line of JSON per interval)'
            cand --watch 'Keep going: redraw like `top` on a terminal, else print one line per interval'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'get-ai-gateway;dashboard'= {
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --open 'Open it in the browser (printed when there is no display)'
            cand --json 'Print JSON (stable keys, nothing else on stdout)'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;tracing'= {
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand enable 'Send traces to a collector: writes higress-config''s `tracing:` and the collector''s McpBridge registry (hot-reloaded)'
            cand disable 'Stop sending traces (the collector''s settings are kept)'
            cand status 'Show the tracing settings and whether the controller accepts them'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'get-ai-gateway;tracing;enable'= {
            cand --otlp 'An OpenTelemetry collector (OTLP over gRPC), e.g. otel.example.com:4317'
            cand --zipkin 'A Zipkin collector (HTTP JSON, /api/v2/spans), e.g. zipkin.example.com:9411'
            cand --skywalking 'A SkyWalking OAP server (gRPC), e.g. oap.example.com:11800'
            cand --sampling 'Percentage of requests traced, 0 to 100'
            cand --timeout 'Timeout of the gRPC export, in milliseconds (more than 0)'
            cand --access-token 'SkyWalking''s access token (with --skywalking)'
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;tracing;disable'= {
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;tracing;status'= {
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --json 'Print JSON (stable keys, nothing else on stdout)'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;tracing;help'= {
            cand enable 'Send traces to a collector: writes higress-config''s `tracing:` and the collector''s McpBridge registry (hot-reloaded)'
            cand disable 'Stop sending traces (the collector''s settings are kept)'
            cand status 'Show the tracing settings and whether the controller accepts them'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'get-ai-gateway;tracing;help;enable'= {
        }
        &'get-ai-gateway;tracing;help;disable'= {
        }
        &'get-ai-gateway;tracing;help;status'= {
        }
        &'get-ai-gateway;tracing;help;help'= {
        }
        &'get-ai-gateway;completions'= {
            cand --container-name 'Container name'
            cand --data-folder 'Data folder for `start` [default: the per-user data directory]; later commands find it from the container; `export` reads it directly when no container runs'
            cand --context 'Docker context to use, as `docker --context` [default: DOCKER_HOST, DOCKER_CONTEXT, the docker CLI''s current context, then the local sockets]'
            cand --non-interactive 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand --batch 'Never prompt (also --batch); the default when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'get-ai-gateway;help'= {
            cand start 'Create and start the gateway, start a stopped one, or show the running one (default)'
            cand stop 'Stop the gateway container'
            cand delete 'Remove the stopped gateway container (the data folder is kept)'
            cand status 'Show the gateway''s state, ports, providers and auto-routing'
            cand check 'Read every file the gateway reads, as the gateway reads it, and list each problem with its fix (exit 1 when there is one)'
            cand doctor 'Check the engine, ports, data folder, container, gateway and host limits; one line per check, each failure with its fix (exit 1 when one fails)'
            cand logs 'Show the gateway''s logs'
            cand route 'Manage auto-routing rules (model "higress/auto")'
            cand config 'Manage provider API keys'
            cand backup 'Save the data folder (keys, rules, settings) to a .tar.gz while the gateway runs'
            cand restore 'Replace the data folder by a backup (checked first) and start the gateway again'
            cand upgrade 'Move the gateway to another image: pull, back up, recreate, verify, roll back on failure'
            cand export 'Export the configuration for Kubernetes: Helm values and manifests for the Higress chart (from the running container, or from --data-folder alone)'
            cand apply 'Make the gateway what a Gateway file says, creating it when there is none (gateway as code; see docs/gateway-as-code.md)'
            cand diff 'Show what `apply` would change, and change nothing'
            cand schema 'Print the JSON Schema (draft 2020-12) of the Gateway file'
            cand usage 'Token usage and cost from the gateway''s access log'
            cand sessions 'Agent sessions in the gateway''s access log'
            cand plugin 'Install the Higress provider plugin for OpenClaw or Clawdbot'
            cand redis 'Redis beside the gateway (for token limits and quotas)'
            cand keys 'Gateway API keys: who may call the gateway (key-auth)'
            cand mcp 'MCP servers through the gateway: proxy existing ones, serve REST APIs as tools, under the gateway''s keys'
            cand console 'The console''s admin account (set by `start`; `console password --reset` when forgotten)'
            cand skills 'Install the agent skills (deploy, auto-routing) for OpenClaw, Clawdbot or Claude Code'
            cand metrics 'Live requests/s, errors, latency and tokens per provider, route, model or consumer (the gateway''s Prometheus metrics, two samples apart)'
            cand dashboard 'Print, or open in a browser, the Grafana of the -o11y image (through the console)'
            cand tracing 'Traces to an OpenTelemetry, Zipkin or SkyWalking collector (higress-config `tracing:`)'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'get-ai-gateway;help;start'= {
        }
        &'get-ai-gateway;help;stop'= {
        }
        &'get-ai-gateway;help;delete'= {
        }
        &'get-ai-gateway;help;status'= {
        }
        &'get-ai-gateway;help;check'= {
        }
        &'get-ai-gateway;help;doctor'= {
        }
        &'get-ai-gateway;help;logs'= {
        }
        &'get-ai-gateway;help;route'= {
            cand add 'Add a routing rule'
            cand list 'List the routing rules'
            cand remove 'Remove a routing rule by id (see `route list`)'
            cand test 'Show which rule and model the gateway would pick for a message'
            cand enable 'Turn auto-routing on'
            cand disable 'Turn auto-routing off (rules are kept)'
        }
        &'get-ai-gateway;help;route;add'= {
        }
        &'get-ai-gateway;help;route;list'= {
        }
        &'get-ai-gateway;help;route;remove'= {
        }
        &'get-ai-gateway;help;route;test'= {
        }
        &'get-ai-gateway;help;route;enable'= {
        }
        &'get-ai-gateway;help;route;disable'= {
        }
        &'get-ai-gateway;help;config'= {
            cand add 'Add or update a provider''s API key (hot-reloaded)'
            cand list 'List the providers the running gateway uses, keys masked'
            cand remove 'Remove a provider''s API key (and the fallbacks to it)'
            cand set 'Set what happens when a provider fails: key retries, key failover, upstream retries'
            cand fallback 'Send a provider''s failed requests to other providers, or list the fallbacks'
            cand test 'Send each provider the smallest request, through the gateway (or --direct); exit 1 when one fails'
        }
        &'get-ai-gateway;help;config;add'= {
        }
        &'get-ai-gateway;help;config;list'= {
        }
        &'get-ai-gateway;help;config;remove'= {
        }
        &'get-ai-gateway;help;config;set'= {
        }
        &'get-ai-gateway;help;config;fallback'= {
        }
        &'get-ai-gateway;help;config;test'= {
        }
        &'get-ai-gateway;help;backup'= {
        }
        &'get-ai-gateway;help;restore'= {
        }
        &'get-ai-gateway;help;upgrade'= {
        }
        &'get-ai-gateway;help;export'= {
        }
        &'get-ai-gateway;help;apply'= {
        }
        &'get-ai-gateway;help;diff'= {
        }
        &'get-ai-gateway;help;schema'= {
        }
        &'get-ai-gateway;help;usage'= {
            cand export 'Write the report to a file as JSON or CSV'
        }
        &'get-ai-gateway;help;usage;export'= {
        }
        &'get-ai-gateway;help;sessions'= {
            cand list 'List sessions with their rounds, tokens and cost'
            cand show 'Show every round of a session: time, model, tokens, question, answer, reasoning, tool calls, cost'
            cand follow 'Print rounds as they happen'
            cand serve 'Serve a dashboard (overview, sessions, models, a page per session) and its JSON API'
        }
        &'get-ai-gateway;help;sessions;list'= {
        }
        &'get-ai-gateway;help;sessions;show'= {
        }
        &'get-ai-gateway;help;sessions;follow'= {
        }
        &'get-ai-gateway;help;sessions;serve'= {
        }
        &'get-ai-gateway;help;plugin'= {
            cand install 'Install (or update) the plugin into the runtime''s extensions folder'
            cand uninstall 'Remove the plugin'
            cand status 'Show whether the plugin is installed, enabled and configured'
        }
        &'get-ai-gateway;help;plugin;install'= {
        }
        &'get-ai-gateway;help;plugin;uninstall'= {
        }
        &'get-ai-gateway;help;plugin;status'= {
        }
        &'get-ai-gateway;help;redis'= {
            cand status 'Show the Redis beside the gateway: container, reachability from the gateway, memory'
            cand start 'Start the Redis container beside the gateway'
            cand stop 'Stop the Redis container (token limits then let requests through: FAIL_OPEN)'
        }
        &'get-ai-gateway;help;redis;status'= {
        }
        &'get-ai-gateway;help;redis;start'= {
        }
        &'get-ai-gateway;help;redis;stop'= {
        }
        &'get-ai-gateway;help;keys'= {
            cand add 'Create a gateway API key for a client (shown once; clients send `Authorization: Bearer <key>`)'
            cand set 'Change which providers a gateway key may use, its request rate and its token limits'
            cand list 'List the gateway API keys (names, masked keys, providers, rates, token limits) and whether they are required'
            cand remove 'Delete a gateway API key (the last one turns the requirement off)'
            cand enable 'Require a gateway API key on every request'
            cand disable 'Stop requiring a gateway API key (the keys are kept)'
            cand quota 'Token quotas per key (ai-quota, kept in Redis): `quota enable|disable`, or `quota NAME --set N|--add N|--show`'
        }
        &'get-ai-gateway;help;keys;add'= {
        }
        &'get-ai-gateway;help;keys;set'= {
        }
        &'get-ai-gateway;help;keys;list'= {
        }
        &'get-ai-gateway;help;keys;remove'= {
        }
        &'get-ai-gateway;help;keys;enable'= {
        }
        &'get-ai-gateway;help;keys;disable'= {
        }
        &'get-ai-gateway;help;keys;quota'= {
            cand enable 'Turn quotas on: writes ai-quota (needs Redis: `start --redis`), requires keys, and makes the key the tool manages quotas with'
            cand disable 'Turn quotas off (the quotas stay in Redis; the tool''s admin key is removed)'
        }
        &'get-ai-gateway;help;keys;quota;enable'= {
        }
        &'get-ai-gateway;help;keys;quota;disable'= {
        }
        &'get-ai-gateway;help;mcp'= {
            cand add 'Put an MCP server behind the gateway at /mcp-servers/NAME: proxy an existing one (--proxy URL) or serve a REST API as tools (--tools FILE --upstream URL)'
            cand list 'List the MCP servers behind the gateway'
            cand remove 'Remove an MCP server (the last one switches MCP off again)'
            cand tools 'List a server''s tools as the gateway serves them (from the file for --tools, from the server''s own tools/list for --proxy)'
        }
        &'get-ai-gateway;help;mcp;add'= {
        }
        &'get-ai-gateway;help;mcp;list'= {
        }
        &'get-ai-gateway;help;mcp;remove'= {
        }
        &'get-ai-gateway;help;mcp;tools'= {
        }
        &'get-ai-gateway;help;console'= {
            cand password 'The console''s admin password: masked, in full (--show), or a new one (--reset, also when the old one is forgotten)'
        }
        &'get-ai-gateway;help;console;password'= {
        }
        &'get-ai-gateway;help;skills'= {
            cand install 'Install (or update) the skills into the runtime''s skills folder'
            cand list 'List the skills and where they are installed'
            cand uninstall 'Remove the skills (other skills in the folder are kept)'
        }
        &'get-ai-gateway;help;skills;install'= {
        }
        &'get-ai-gateway;help;skills;list'= {
        }
        &'get-ai-gateway;help;skills;uninstall'= {
        }
        &'get-ai-gateway;help;metrics'= {
        }
        &'get-ai-gateway;help;dashboard'= {
        }
        &'get-ai-gateway;help;tracing'= {
            cand enable 'Send traces to a collector: writes higress-config''s `tracing:` and the collector''s McpBridge registry (hot-reloaded)'
            cand disable 'Stop sending traces (the collector''s settings are kept)'
            cand status 'Show the tracing settings and whether the controller accepts them'
        }
        &'get-ai-gateway;help;tracing;enable'= {
        }
        &'get-ai-gateway;help;tracing;disable'= {
        }
        &'get-ai-gateway;help;tracing;status'= {
        }
        &'get-ai-gateway;help;completions'= {
        }
        &'get-ai-gateway;help;help'= {
        }
    ]
    $completions[$command]
}
