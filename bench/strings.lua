-- strings: string building and manipulation (see strings.go).
-- Go's strings.Split has no Lua builtin; split() below is the usual
-- plain-find loop with the same semantics (empty fields kept).
local function split(s, sep)
  local out = {}
  local n = 0
  local start = 1
  local seplen = #sep
  while true do
    local a = string.find(s, sep, start, true)
    if a == nil then
      break
    end
    n = n + 1
    out[n] = string.sub(s, start, a - 1)
    start = a + seplen
  end
  n = n + 1
  out[n] = string.sub(s, start)
  return out
end

local n = 120000
if arg and arg[1] then
  n = math.tointeger(tonumber(arg[1]))
end
local parts = {}
local total = 0
local found = 0
local commas = 0
local digits = 0
local nfields = 0
for i = 0, n - 1 do
  local s = ""
  for j = 1, 12 do
    s = s .. tostring(i * j) .. ","
  end
  local fields = split(s, ",")
  nfields = nfields + #fields
  for k = 1, #fields do
    local f = fields[k]
    if #f > 0 then
      local v = math.tointeger(tonumber(f))
      total = total + v % 1000
    end
  end
  if string.find(s, "77", 1, true) ~= nil then
    found = found + 1
  end
  for k = 1, #s do
    local c = string.byte(s, k)
    if c == 44 then -- ','
      commas = commas + 1
    else
      digits = digits + (c - 48) -- '0'
    end
  end
  local pad = string.rep("-", i % 7)
  parts[#parts + 1] = pad .. fields[i % 12 + 1]
end
local joined = table.concat(parts, "|")
local h = 0
for k = 1, #joined do
  h = (h * 31 + string.byte(joined, k)) % 1000000007
end
local back = split(joined, "|")
io.write(string.format("total=%d found=%d commas=%d digits=%d fields=%d\n", total, found, commas, digits, nfields))
io.write(string.format("joined=%d hash=%d parts=%d last=%s\n", #joined, h, #back, back[#back]))
