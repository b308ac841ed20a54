-- mapops: hash-map workload (see mapops.go). Maps are Lua tables; the
-- keys slice is a 1-based table (keys[i+1] holds Go's keys[i]).
local function intKeys(n)
  local m = {}
  for i = 0, n - 1 do
    m[i * 3] = i
  end
  local hits = 0
  local sum = 0
  for i = 0, n * 3 - 1 do
    local v = m[i]
    if v ~= nil then
      hits = hits + 1
      sum = sum + v
    end
  end
  for i = 0, n - 1, 2 do
    m[i * 3] = nil
  end
  local count = 0
  local ksum = 0
  for k, v in pairs(m) do
    count = count + 1
    ksum = ksum + (k - v)
  end
  io.write(string.format("int keys: hits=%d sum=%d count=%d ksum=%d\n", hits, sum, count, ksum))
end

local function stringKeys(n)
  local keys = {}
  for i = 0, n - 1 do
    keys[i + 1] = "key" .. tostring(i)
  end
  local m = {}
  for i = 0, n - 1, 2 do
    m[keys[i + 1]] = i
  end
  local hits = 0
  local sum = 0
  for _ = 0, 1 do
    for i = 0, n - 1 do
      local v = m[keys[i + 1]]
      if v ~= nil then
        hits = hits + 1
        sum = sum + v
      end
    end
  end
  for i = 0, n - 1, 6 do
    local k = keys[i + 1]
    m[k] = m[k] + 1
  end
  for i = 0, n - 1, 4 do
    m[keys[i + 1]] = nil
  end
  local count = 0
  local vsum = 0
  local klen = 0
  for k, v in pairs(m) do
    count = count + 1
    vsum = vsum + v
    klen = klen + #k
  end
  io.write(string.format("string keys: hits=%d sum=%d count=%d vsum=%d klen=%d\n", hits, sum, count, vsum, klen))
end

local n = 200000
if arg and arg[1] then
  n = math.tointeger(tonumber(arg[1]))
end
intKeys(n)
stringKeys(n)
