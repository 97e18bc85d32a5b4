-- wrk script: GET /api/suggest?q=… with what a citizen has typed so far: the first 2 to 6 characters of the
-- questions of a question set (one JSON object a line, field "question"), in turn. The file is named by the
-- QUESTIONS environment variable. Run from the project folder (bench/load.sh does).
local prefixes = {}
local counter = 0

local function encode(text)
  return (text:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function characters(text, count)
  local result = {}
  for character in text:gmatch("[%z\1-\127\194-\244][\128-\191]*") do
    if #result == count then break end
    table.insert(result, character)
  end
  return table.concat(result)
end

function init(args)
  local file = assert(io.open(os.getenv("QUESTIONS"), "r"))
  for line in file:lines() do
    local question = line:match('"question"%s*:%s*"(.-[^\\])"')
    if question then
      for length = 2, 6, 2 do table.insert(prefixes, encode(characters(question, length))) end
    end
  end
  file:close()
  assert(#prefixes > 0, "no questions read")
  counter = math.random(#prefixes)
end

function request()
  counter = counter + 1
  return wrk.format("GET", "/api/suggest?q=" .. prefixes[(counter % #prefixes) + 1])
end

done = dofile("bench/load/report.lua")
