-- wrk script: POST /api/ask with the questions of a question set (one JSON object a line, field "question"),
-- in turn, each request naming no session, so the server issues a new one (the first question of a citizen). The file is named by the QUESTIONS environment variable.
-- Run from the project folder (bench/load.sh does).
local questions = {}
local counter = 0

local function escape(text)
  return (text:gsub('\\', '\\\\'):gsub('"', '\\"'))
end

function init(args)
  local file = assert(io.open(os.getenv("QUESTIONS"), "r"))
  for line in file:lines() do
    local question = line:match('"question"%s*:%s*"(.-[^\\])"')
    if question then table.insert(questions, question) end
  end
  file:close()
  assert(#questions > 0, "no questions read")
  counter = math.random(#questions)
end

function request()
  counter = counter + 1
  local question = questions[(counter % #questions) + 1]
  local body = '{"question":"' .. escape(question) .. '"}'
  return wrk.format("POST", "/api/ask", { ["Content-Type"] = "application/json" }, body)
end

done = dofile("bench/load/report.lua")
