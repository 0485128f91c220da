-- wrk script for bench/run-register.sh: bearer token from $TOKEN, optional JSON creates ($CREATE=1, unique names so a
-- uniqueness rule never turns the benchmark into a 409 test), and one Markdown table row per run with p50/p95/p99.
local token = os.getenv("TOKEN")
local label = os.getenv("LABEL") or "?"
local create = os.getenv("CREATE") == "1"
local counter = 0
local threads = {}

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  wrk.headers["Authorization"] = "Bearer " .. token
  if create then
    wrk.method = "POST"
    wrk.headers["Content-Type"] = "application/json"
  end
end

function request()
  if not create then
    return wrk.format()
  end
  counter = counter + 1
  local name = string.format("Created t%d-%d-%d", tid, os.time(), counter)
  local body = '{"name":"' .. name .. '","purpose":"Created by the benchmark","lifecycleStage":"deployment"}'
  return wrk.format(nil, nil, nil, body)
end

function done(summary, latency, requests)
  local ms = function(us) return string.format("%.1f", us / 1000) end
  local seconds = summary.duration / 1e6
  local bad = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("| %s | %s | %s | %s | %s | %.0f | %d |\n", label, ms(latency:percentile(50)),
    ms(latency:percentile(95)), ms(latency:percentile(99)), ms(latency.max), summary.requests / seconds, bad))
end
