-- wrk script for the Health Code benchmark (docs/adr/0014). One request file per run:
--   args: <scenario> <requests file> <auth file> <scan id prefix> <wrk threads> <sha256 hash or ->
--         <document, JSON-escaped>
-- The document is the registered one (modules/app/src/main/webapp/WEB-INF/persisted-operations/).
-- With a hash the request is the persisted form (docs/adr/0040): extensions.persistedQuery and the
-- variables, no query text; with "-" the document travels as "query", as before.
-- scenario scan:   requests file lines "codeToken<TAB>temperature"; auth file: SCANNER bearer tokens.
--                  Each thread takes every n-th line (distinct tokens, never reused), a device
--                  token round-robin and a scan id unique to the run.
-- scenario issue:  requests file lines "personId"; auth file: the CITIZEN token of each line.
-- scenario counts: auth file: one ANALYST token.
-- scenario noop:   GET of the bare servlet.
-- scenario gqlnoop: POST { __typename } to the GraphQL endpoint, anonymous (the no-op GraphQL baseline).
-- Every answer is checked: HTTP 200 and no "errors" member, else it counts as an error.

local threads = {}
local counter = 0

function setup(thread)
  thread:set("tid", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

local function lines(path)
  local list = {}
  if path == nil or path == "-" then return list end
  for line in io.lines(path) do
    if #line > 0 then table.insert(list, line) end
  end
  return list
end

function init(args)
  scenario = args[1]
  items = lines(args[2])
  auth = lines(args[3])
  prefix = args[4] or "b"
  nthreads = tonumber(args[5])
  hash = args[6]
  if hash == "" or hash == "-" then hash = nil end
  document = args[7]
  sent = 0
  n = 0
  ok = 0
  errors = 0
  admit = 0
  deny = 0
  refer = 0
  exhausted = 0
  first_error = ""
  wrk.headers["Content-Type"] = "application/json"
  if scenario == "noop" then
    wrk.method = "GET"
  else
    wrk.method = "POST"
  end
end

local SCAN_VARS = '"variables":{"in":{"scanId":"%s","codeToken":"%s","temperature":%s}}}'
local ISSUE_VARS = '"variables":{"p":"%s"}}'
local COUNTS = '{"query":"{ colourCounts { colour district residency count suppressed } }"}'
local GQLNOOP = '{"query":"{ __typename }"}'

local function head()
  if hash then
    return '{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"' .. hash .. '"}},'
  end
  return '{"query":"' .. document .. '",'
end

local function counted(req)
  sent = sent + #req
  return req
end

function request()
  return counted(build())
end

function build()
  n = n + 1
  if scenario == "noop" then
    return wrk.format(nil, nil)
  elseif scenario == "gqlnoop" then
    return wrk.format(nil, nil, nil, GQLNOOP)
  elseif scenario == "scan" then
    local index = (n - 1) * nthreads + tid + 1
    if index > #items then
      exhausted = exhausted + 1
      index = ((index - 1) % #items) + 1
    end
    local line = items[index]
    local tab = line:find("\t", 1, true)
    local token = line:sub(1, tab - 1)
    local temperature = line:sub(tab + 1)
    local device = auth[((n - 1) * nthreads + tid) % #auth + 1]
    local body = string.format(head() .. SCAN_VARS, prefix .. "-" .. tid .. "-" .. n, token, temperature)
    return wrk.format(nil, nil, { ["Authorization"] = "Bearer " .. device }, body)
  elseif scenario == "issue" then
    local index = ((n - 1) * nthreads + tid) % #items + 1
    local body = string.format(head() .. ISSUE_VARS, items[index])
    return wrk.format(nil, nil, { ["Authorization"] = "Bearer " .. auth[index] }, body)
  else
    return wrk.format(nil, nil, { ["Authorization"] = "Bearer " .. auth[1] }, COUNTS)
  end
end

function response(status, headers, body)
  if status ~= 200 or (scenario ~= "noop" and body:find('"errors"', 1, true)) then
    errors = errors + 1
    if first_error == "" then first_error = status .. " " .. body:sub(1, 300) end
  else
    ok = ok + 1
    if scenario == "scan" then
      if body:find('"ADMIT"', 1, true) then admit = admit + 1
      elseif body:find('"DENY"', 1, true) then deny = deny + 1
      elseif body:find('"REFER"', 1, true) then refer = refer + 1 end
    end
  end
end

local function json_string(text)
  return '"' .. text:gsub('\\', '\\\\'):gsub('"', '\\"'):gsub('[%c]', ' ') .. '"'
end

function done(summary, latency, requests)
  local total = { ok = 0, errors = 0, admit = 0, deny = 0, refer = 0, exhausted = 0, sent = 0 }
  local first = ""
  for _, thread in ipairs(threads) do
    for key, _ in pairs(total) do
      total[key] = total[key] + (thread:get(key) or 0)
    end
    local e = thread:get("first_error")
    if first == "" and e ~= nil then first = e end
  end
  io.write(string.format(
    'RESULT {"requests":%d,"duration_us":%d,"socket_errors":%d,"non2xx":%d,"ok":%d,"errors":%d,'
      .. '"admit":%d,"deny":%d,"refer":%d,"exhausted":%d,"bytes_sent":%d,"bytes_read":%d,'
      .. '"p50_us":%d,"p90_us":%d,"p95_us":%d,"p99_us":%d,"max_us":%d,"mean_us":%.1f,"first_error":%s}\n',
    summary.requests, summary.duration,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, total.ok, total.errors, total.admit, total.deny, total.refer, total.exhausted,
    total.sent, summary.bytes,
    latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99),
    latency.max, latency.mean, json_string(first)))
end
