// Node's built-in test runner on the plugin's index.ts as installed for one runtime.
// Run by tests/integration/plugin.rs: PLUGIN_DIR=<installed plugin> node --test this file.
import { test } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";

const dir = process.env.PLUGIN_DIR;
assert.ok(dir, "PLUGIN_DIR must point at an installed plugin");
const plugin = await import(pathToFileURL(path.join(dir, "index.ts")).href);
const runtime = plugin.RUNTIME;

test("the gateway URL gets /v1 exactly once", () => {
  for (const input of ["http://localhost:8080", "http://localhost:8080/", "http://localhost:8080/v1",
    "http://localhost:8080/v1/", " http://localhost:8080// ", "localhost:8080"]) {
    assert.equal(plugin.apiBaseUrl(input), "http://localhost:8080/v1", input);
  }
  assert.equal(plugin.apiBaseUrl(plugin.apiBaseUrl("https://gw.example.com")), "https://gw.example.com/v1");
  assert.equal(plugin.gatewayOrigin(""), plugin.DEFAULT_GATEWAY_URL);
  assert.equal(plugin.checkUrl("http://localhost:8080"), undefined);
  assert.notEqual(plugin.checkUrl("http://exa mple"), undefined);
});

test("model lists are trimmed and deduplicated", () => {
  assert.deepEqual(plugin.parseModels(" higress/auto, qwen-turbo,\nqwen-turbo ,, "), ["higress/auto", "qwen-turbo"]);
  assert.equal(plugin.FALLBACK_MODELS[0], "higress/auto");
});

test("model references follow the runtime and never double the prefix in OpenClaw", () => {
  assert.equal(plugin.modelRef("higress/auto", "openclaw"), "higress/auto");
  assert.equal(plugin.modelRef("qwen-turbo", "openclaw"), "higress/qwen-turbo");
  assert.equal(plugin.modelRef("higress/auto", "clawdbot"), "higress/higress/auto");
  const patch = plugin.configPatch("http://127.0.0.1:9/v1/", "k", ["higress/auto", "qwen-turbo"]);
  assert.equal(patch.models.providers.higress.baseUrl, "http://127.0.0.1:9/v1");
  assert.deepEqual(patch.models.providers.higress.models.map((m) => m.id), ["higress/auto", "qwen-turbo"]);
  const refs = Object.keys(patch.agents.defaults.models);
  assert.deepEqual(refs, runtime === "openclaw"
    ? ["higress/auto", "higress/qwen-turbo"]
    : ["higress/higress/auto", "higress/qwen-turbo"]);
});

test("models come from the gateway; a silent gateway times out", async () => {
  const server = http.createServer((req, res) => {
    if (req.url === "/v1/models") {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ data: [{ id: "higress/auto" }, { id: "deepseek-chat" }] }));
    }
    // Any other path: never answer.
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  try {
    assert.deepEqual(await plugin.fetchModels(`http://127.0.0.1:${port}/`), ["higress/auto", "deepseek-chat"]);
    const started = Date.now();
    assert.equal(await plugin.fetchModels(`http://127.0.0.1:${port}/hang`, 300), null);
    assert.ok(Date.now() - started < 5000);
  } finally {
    server.closeAllConnections();
    server.close();
  }
});

test("the plugin registers the higress provider synchronously", () => {
  const seen = [];
  const result = plugin.default.register({ registerProvider: (p) => seen.push(p) });
  assert.equal(result, undefined);
  assert.equal(seen.length, 1);
  assert.equal(seen[0].id, "higress");
  assert.equal(seen[0].auth[0].kind, "custom");
  assert.equal(typeof seen[0].auth[0].run, "function");
  assert.equal(plugin.default.id, "higress-ai-gateway");
});
